package vn.kdclgd.app.school;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.kdclgd.report.DocumentKind;

/**
 * One document of the report in one format ({@code report.docx}, {@code evidence-list.xlsx}), with its
 * Vietnamese / English label and file name. Which documents exist follows docs/report.md: every
 * {@link DocumentKind} as DOCX except the results summary (XLSX only) and the improvement plan (TT57 only);
 * the evidence list, the data tables and the results summary as XLSX.
 *
 * @param kind the document
 * @param xlsx true for the XLSX form, false for DOCX
 */
public record ReportFile(DocumentKind kind, boolean xlsx) {
    private static final List<DocumentKind> XLSX_KINDS = List.of(DocumentKind.EVIDENCE_LIST, DocumentKind.DATA_TABLES,
            DocumentKind.RESULTS_SUMMARY);

    /** The documents of a catalog's regime ({@code TT57-…} or the 2018 regime), DOCX first then XLSX. */
    public static List<ReportFile> forRegime(String regime) {
        boolean tt57 = regime.startsWith("TT57");
        List<ReportFile> out = new ArrayList<>();
        for (DocumentKind k : DocumentKind.values()) {
            if (k != DocumentKind.RESULTS_SUMMARY && (tt57 || k != DocumentKind.IMPROVEMENT_PLAN)) {
                out.add(new ReportFile(k, false));
            }
        }
        XLSX_KINDS.forEach(k -> out.add(new ReportFile(k, true)));
        return out;
    }

    /** The file named {@code report.docx}, {@code evidence-list.xlsx} …, if it is one of {@code forRegime(regime)}. */
    public static Optional<ReportFile> byName(String regime, String name, String extension) {
        return forRegime(regime).stream().filter(f -> f.kind.cliName().equals(name) && f.extension().equals(extension)).findFirst();
    }

    /** {@code docx} or {@code xlsx}. */
    public String extension() {
        return xlsx ? "xlsx" : "docx";
    }

    /** {@code report.docx}: the last part of the download path. */
    public String path() {
        return kind.cliName() + "." + extension();
    }

    /** The media type. */
    public String mediaType() {
        return xlsx ? Downloads.XLSX : Downloads.DOCX;
    }

    /** Format shown beside the label. */
    public String format() {
        return extension().toUpperCase(Locale.ROOT);
    }

    /** Vietnamese / English label. */
    public String label() {
        return switch (kind) {
            case REPORT -> "Báo cáo tự đánh giá / self-assessment report";
            case PLAN -> "Kế hoạch tự đánh giá / self-assessment plan";
            case COUNCIL_DECISION -> "Quyết định thành lập hội đồng tự đánh giá / council decision";
            case CRITERION_FORMS -> "Phiếu đánh giá tiêu chí / criterion evaluation forms";
            case IMPROVEMENT_PLAN -> "Kế hoạch cải tiến chất lượng / improvement plan";
            case EVIDENCE_LIST -> "Danh mục minh chứng / evidence list";
            case DATA_TABLES -> "Bảng số liệu (Phần I) / data tables";
            case RESULTS_SUMMARY -> "Tổng hợp kết quả đánh giá / results summary";
        };
    }

    /** The Vietnamese file name, e.g. {@code Báo cáo tự đánh giá - 79701001 - 2026-2027.docx}. */
    public String fileName(String schoolCode, String schoolYear) {
        String vi = label().substring(0, label().indexOf(" / "));
        return vi + " - " + schoolCode + " - " + schoolYear + "." + extension();
    }
}
