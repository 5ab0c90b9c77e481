package vn.kdclgd.rules.catalog;

import java.util.List;
import java.util.Objects;

/**
 * TT57 "thông tin minh chứng" of a criterion: the evidence group, the suggested evidence and the key
 * quantitative data (dữ liệu định lượng chính), verbatim.
 *
 * @param group                      "nhóm nội dung" heading of the evidence row
 * @param suggestedEvidence          the suggested evidence, split at "; "
 * @param suggestedEvidenceText      the exact cell
 * @param quantitativeData           key quantitative data, split at "; "; empty when none
 * @param quantitativeDataText       the exact cell
 * @param noSeparateQuantitativeData true when the act says "Không yêu cầu dữ liệu định lượng riêng."
 */
public record EvidenceGuidance(
        String group,
        List<String> suggestedEvidence,
        String suggestedEvidenceText,
        List<String> quantitativeData,
        String quantitativeDataText,
        boolean noSeparateQuantitativeData) {

    /** Validates the components and makes them immutable. */
    public EvidenceGuidance {
        Objects.requireNonNull(group, "group");
        suggestedEvidence = List.copyOf(suggestedEvidence);
        Objects.requireNonNull(suggestedEvidenceText, "suggestedEvidenceText");
        quantitativeData = List.copyOf(quantitativeData);
        Objects.requireNonNull(quantitativeDataText, "quantitativeDataText");
    }
}
