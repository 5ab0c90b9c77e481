package vn.kdclgd.report;

import java.util.Arrays;
import java.util.Optional;

/** The documents kdclgd makes, with the names the CLI uses ({@code report --document NAME}). */
public enum DocumentKind {
    /** The self-assessment report (2018: CV 5932/5942 structure; TT57: Biểu/Mẫu 1). */
    REPORT("report"),
    /** The self-assessment plan (kế hoạch tự đánh giá). */
    PLAN("plan"),
    /** The decision setting up the council, with its member lists. */
    COUNCIL_DECISION("council-decision"),
    /** The criterion evaluation forms (phiếu đánh giá tiêu chí), one per criterion (2018: also Mức 4). */
    CRITERION_FORMS("criterion-forms"),
    /** The improvement plan (TT57: Mẫu 2, landscape). */
    IMPROVEMENT_PLAN("improvement-plan"),
    /** The evidence list (danh mục minh chứng), DOCX or XLSX. */
    EVIDENCE_LIST("evidence-list"),
    /** The Phần I data tables, DOCX or XLSX. */
    DATA_TABLES("data-tables"),
    /** The school's results summary with a chart of levels per standard (XLSX). */
    RESULTS_SUMMARY("results-summary");

    private final String cliName;

    DocumentKind(String cliName) {
        this.cliName = cliName;
    }

    /** The name on the command line, e.g. {@code council-decision}. */
    public String cliName() {
        return cliName;
    }

    /** The kind named {@code name} on the command line. */
    public static Optional<DocumentKind> byCliName(String name) {
        return Arrays.stream(values()).filter(k -> k.cliName.equals(name)).findFirst();
    }
}
