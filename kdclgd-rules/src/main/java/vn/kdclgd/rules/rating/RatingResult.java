package vn.kdclgd.rules.rating;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The result of rating a school against a catalog.
 *
 * <p>A judgement is <em>missing</em> only when it could change a result: levels are considered in
 * order ("chỉ xem xét Mức 2 khi Mức 1 đã đạt"), so the items of a level above a level that is not met
 * are not asked for. When {@link #complete()} is false, every level given is the level reached for
 * sure with the judgements at hand, and {@link #missing()} lists exactly what is needed.
 *
 * @param catalogId              the catalog used
 * @param complete               no missing judgement can change any result
 * @param missing                the missing judgements that matter, in catalog order
 * @param criteria               criterion code → result, in catalog order
 * @param standards              counts per standard
 * @param schoolLevel            school level (0 = không đạt Mức 1), for sure
 * @param schoolLevelUpperBound  the level if every missing judgement were "met"
 * @param level4                 Mức-4 item key → met (given judgements only)
 * @param accreditationLevel     cấp độ (2018 regime: 0–4) by level alone; empty when the catalog has no accreditation
 * @param nationalStandardDegree chuẩn quốc gia mức độ (0–2) by level alone; empty when it does not apply
 * @param explanation            Vietnamese explanation citing the articles, one sentence a line
 * @param explanationEn          the same in English
 * @param gaps                   for each level above the current one, what is still needed
 * @param parts                  cấp học → its own result, for a multi-level school rated per cấp học
 */
public record RatingResult(
        String catalogId,
        boolean complete,
        List<JudgementRef> missing,
        Map<String, CriterionResult> criteria,
        List<StandardResult> standards,
        int schoolLevel,
        int schoolLevelUpperBound,
        Map<String, Boolean> level4,
        OptionalInt accreditationLevel,
        OptionalInt nationalStandardDegree,
        List<String> explanation,
        List<String> explanationEn,
        List<Gap> gaps,
        Map<String, RatingResult> parts) {

    /** Validates the components and makes them immutable (maps keep their order). */
    public RatingResult {
        Objects.requireNonNull(catalogId, "catalogId");
        missing = List.copyOf(missing);
        criteria = Collections.unmodifiableMap(new LinkedHashMap<>(criteria));
        standards = List.copyOf(standards);
        level4 = Collections.unmodifiableMap(new LinkedHashMap<>(level4));
        Objects.requireNonNull(accreditationLevel, "accreditationLevel");
        Objects.requireNonNull(nationalStandardDegree, "nationalStandardDegree");
        explanation = List.copyOf(explanation);
        explanationEn = List.copyOf(explanationEn);
        gaps = List.copyOf(gaps);
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    /** The result of one criterion. */
    public CriterionResult criterion(String code) {
        CriterionResult r = criteria.get(code);
        if (r == null) {
            throw new IllegalArgumentException("no criterion " + code + " in catalog " + catalogId);
        }
        return r;
    }
}
