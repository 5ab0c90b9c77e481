package vn.kdclgd.core.service;

import java.time.LocalDate;
import java.util.List;

/**
 * The description of an evidence item (minh chứng).
 *
 * @param title          title, e.g. "Kế hoạch giáo dục nhà trường năm học 2026-2027"
 * @param documentNumber số văn bản, may be null
 * @param issuedOn       ngày ban hành, may be null (an undated document is weak evidence)
 * @param issuer         nơi ban hành, may be null
 * @param validFrom      valid from, may be null
 * @param validUntil     valid until, may be null (expired evidence is weak)
 * @param links          links to where the document is kept (TT57: ideally a link)
 */
public record EvidenceInput(String title, String documentNumber, LocalDate issuedOn, String issuer, LocalDate validFrom,
                            LocalDate validUntil, List<String> links) {
    /** Makes the links immutable (null = none). */
    public EvidenceInput {
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** An item with a title and an issue date only. */
    public static EvidenceInput of(String title, LocalDate issuedOn) {
        return new EvidenceInput(title, null, issuedOn, null, null, null, List.of());
    }
}
