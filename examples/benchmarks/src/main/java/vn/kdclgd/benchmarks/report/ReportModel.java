package vn.kdclgd.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import vn.kdclgd.core.service.AssessmentService;
import vn.kdclgd.report.ReportInput;
import vn.kdclgd.report.ReportTexts;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Item;
import vn.kdclgd.rules.catalog.Standard;
import vn.kdclgd.rules.rating.RatingResult;

/**
 * The content the two other contenders (poi-tl and POI XWPF used directly) render, made from the same
 * {@link ReportInput} as kdclgd's document: plain strings, already decided (missing values as
 * {@value #MISSING}), so the two differ only in how they write the DOCX. Building it is part of every measured
 * operation, as kdclgd's own rating and context are part of its.
 *
 * <p>A full report ({@code report == true}): the cover lines, the council table, the school's general texts,
 * per standard a heading and its texts, per criterion a heading, the level requirements (TT57: the level
 * paragraph; 2018: the items), the school's four texts, the self-assessed level and a judgement table (one
 * row per item), then (2018) the Mức-4 items the same way, a results table (one row per criterion), the
 * five-year data table of the school's counts and the evidence list table (five columns). An evidence list
 * ({@code report == false}): its title lines and the evidence table only — what
 * {@code DocumentKind.EVIDENCE_LIST} prints.
 *
 * @param report     full report (true) or evidence list only
 * @param parentBody the body above the school (upper case)
 * @param schoolName the school's name (upper case)
 * @param title      the document's title
 * @param subtitle   the line under it (school year)
 * @param dateLine   place and date
 * @param council    council rows: TT, họ và tên, chức vụ, nhiệm vụ
 * @param overview   the school's general texts (heading, text)
 * @param standards  per standard
 * @param results    results rows: TT, tiêu chí, mức đạt
 * @param years      the data table's years (columns after the label)
 * @param data       data rows: label, then one value per year
 * @param evidence   evidence rows: TT, mã, link (may be empty), tên, nơi lưu (lines), ghi chú
 */
public record ReportModel(boolean report, String parentBody, String schoolName, String title, String subtitle, String dateLine,
                          List<List<String>> council, List<Section> overview, List<StandardPart> standards,
                          List<List<String>> results, List<String> years, List<List<String>> data, List<EvidenceRow> evidence) {
    /** How missing data is printed (as kdclgd prints it). */
    public static final String MISSING = "chưa có dữ liệu";

    /** A heading and its text. */
    public record Section(String heading, String text) {
    }

    /** A standard: its heading, its texts, its criteria. */
    public record StandardPart(String heading, List<Section> texts, List<CriterionPart> criteria) {
    }

    /**
     * A criterion: heading, the level requirements, the school's texts, the level reached, the judgement rows
     * (mức, yêu cầu, kết quả).
     */
    public record CriterionPart(String heading, List<Section> levels, List<Section> texts, String reached,
                                List<List<String>> judgements) {
    }

    /** One evidence row. {@code where} holds the file names, then the links. */
    public record EvidenceRow(String number, String code, String link, String title, List<String> where, List<String> links,
                              String note) {
        /** The storage column as one text, a line each. */
        public String whereText() {
            if (where.isEmpty() && links.isEmpty()) {
                return MISSING;
            }
            List<String> all = new ArrayList<>(where);
            all.addAll(links);
            return String.join("\n", all);
        }
    }

    /** The content of a report ({@code report}) or of the evidence list alone. */
    public static ReportModel of(ReportInput in, Catalog catalog, RatingResult rating, boolean report) {
        boolean tt57 = catalog.regime().startsWith("TT57");
        String parent = upper(in.text(ReportTexts.SCHOOL_PARENT_BODY).or(() -> in.school().governingBody()).orElse(MISSING));
        String name = upper(in.school().name());
        String place = in.text(ReportTexts.SCHOOL_PLACE).or(() -> in.school().province()).orElse("……………");
        String date = place + ", " + in.reportDate().map(d -> "ngày " + d.getDayOfMonth() + " tháng " + d.getMonthValue() + " năm "
                + d.getYear()).orElse("ngày … tháng … năm …");
        List<EvidenceRow> evidence = evidence(in.evidence());
        if (!report) {
            return new ReportModel(false, parent, name, "DANH MỤC MINH CHỨNG", "Năm học " + in.schoolYear(), date, List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of(), evidence);
        }
        List<List<String>> council = new ArrayList<>();
        int n = 0;
        for (ReportInput.Member m : in.council().members()) {
            council.add(List.of(Integer.toString(++n), m.fullName(), m.title().orElse(m.position()), role(m.role())));
        }
        List<Section> overview = new ArrayList<>();
        for (Map.Entry<String, String> t : in.texts().entrySet()) {
            if (!t.getKey().startsWith("standard.") && !t.getKey().startsWith("school.")) {
                overview.add(new Section(t.getKey(), t.getValue()));
            }
        }
        List<StandardPart> standards = new ArrayList<>();
        List<List<String>> results = new ArrayList<>();
        for (Standard s : catalog.standards()) {
            List<Section> texts = new ArrayList<>();
            for (String part : ReportTexts.STANDARD_PARTS) {
                texts.add(new Section(part, in.text(ReportTexts.standard(s.number(), part)).orElse(MISSING)));
            }
            List<CriterionPart> criteria = new ArrayList<>();
            for (Criterion c : s.criteria()) {
                List<Section> levels = new ArrayList<>();
                for (int level = 1; level <= c.maxLevel(); level++) {
                    String text = c.levelTexts().get(level);
                    if (text == null) {
                        StringBuilder sb = new StringBuilder();
                        for (Item it : c.items(level)) {
                            sb.append(sb.length() == 0 ? "" : "\n").append(it.key().isEmpty() ? "" : it.key() + ") ").append(it.text());
                        }
                        text = sb.toString();
                    }
                    levels.add(new Section("Mức " + level, text));
                }
                Optional<ReportInput.Evaluation> e = in.evaluation(c.code());
                int reached = rating.criterion(c.code()).level();
                String reachedText = reached == 0 ? "Không đạt Mức 1" : "Đạt Mức " + reached;
                criteria.add(new CriterionPart((tt57 ? "Tiêu chí " : "Tiêu chí ") + c.code() + ": " + c.name(), levels,
                        criterionTexts(e), reachedText, judgements(c, e)));
                results.add(List.of(Integer.toString(results.size() + 1), "Tiêu chí " + c.code(), reachedText));
            }
            standards.add(new StandardPart("Tiêu chuẩn " + s.number() + ": " + s.name(), texts, criteria));
        }
        catalog.level4().ifPresent(l4 -> {
            Optional<ReportInput.Evaluation> e = in.evaluation(AssessmentService.LEVEL4);
            StringBuilder sb = new StringBuilder();
            List<List<String>> js = new ArrayList<>();
            for (Item it : l4.items()) {
                sb.append(sb.length() == 0 ? "" : "\n").append(it.key()).append(". ").append(it.text());
                js.add(List.of("4", it.key() + ". " + it.text(), met(e, 4, it.key())));
            }
            standards.add(new StandardPart("Đánh giá tiêu chí Mức 4", List.of(), List.of(new CriterionPart("Mức 4 (" + l4.article() + ")",
                    List.of(new Section("Mức 4", sb.toString())), criterionTexts(e), "", js))));
        });
        TreeSet<String> keys = new TreeSet<>();
        in.profiles().values().forEach(m -> keys.addAll(m.keySet()));
        List<String> years = List.copyOf(in.profiles().keySet());
        List<List<String>> data = new ArrayList<>();
        for (String k : keys) {
            List<String> row = new ArrayList<>();
            row.add(k);
            for (String y : years) {
                Long v = in.profiles().get(y).get(k);
                row.add(v == null ? MISSING : String.format("%,d", v).replace(',', '.'));
            }
            data.add(row);
        }
        return new ReportModel(true, parent, name, "BÁO CÁO TỰ ĐÁNH GIÁ", "Năm học " + in.schoolYear(), date, council, overview,
                standards, results, years, data, evidence);
    }

    private static List<Section> criterionTexts(Optional<ReportInput.Evaluation> e) {
        return List.of(
                new Section("Mô tả hiện trạng", e.flatMap(ReportInput.Evaluation::currentState).orElse(MISSING)),
                new Section("Điểm mạnh", e.flatMap(ReportInput.Evaluation::strengths).orElse(MISSING)),
                new Section("Điểm yếu", e.flatMap(ReportInput.Evaluation::weaknesses).orElse(MISSING)),
                new Section("Kế hoạch cải tiến chất lượng", e.flatMap(ReportInput.Evaluation::improvementPlan).orElse(MISSING)));
    }

    private static List<List<String>> judgements(Criterion c, Optional<ReportInput.Evaluation> e) {
        List<List<String>> rows = new ArrayList<>();
        for (int level = 1; level <= c.maxLevel(); level++) {
            for (Item it : c.items(level)) {
                rows.add(List.of(Integer.toString(level), (it.key().isEmpty() ? "" : it.key() + ") ") + it.text(), met(e, level, it.key())));
            }
        }
        return rows;
    }

    private static String met(Optional<ReportInput.Evaluation> e, int level, String key) {
        if (e.isEmpty()) {
            return MISSING;
        }
        for (ReportInput.Judgement j : e.get().judgements()) {
            if (j.level() == level && j.itemKey().equals(key)) {
                return j.met() ? "Đạt" : "Không đạt";
            }
        }
        return MISSING;
    }

    private static List<EvidenceRow> evidence(List<ReportInput.Evidence> items) {
        List<ReportInput.Evidence> sorted = new ArrayList<>(items);
        sorted.sort((a, b) -> vn.kdclgd.report.internal.CriterionOrder.EVIDENCE_CODES.compare(a.code(), b.code()));
        List<EvidenceRow> rows = new ArrayList<>(sorted.size());
        int n = 0;
        for (ReportInput.Evidence e : sorted) {
            List<String> note = new ArrayList<>();
            if (e.criteria().size() > 1) {
                note.add("Dùng cho tiêu chí " + String.join(", ", e.criteria()));
            }
            e.previousCode().ifPresent(p -> note.add("Mã cũ " + p));
            e.validUntil().ifPresent(d -> note.add(String.format("Hiệu lực đến %02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear())));
            rows.add(new EvidenceRow(Integer.toString(++n), e.code(), e.links().isEmpty() ? "" : e.links().get(0), e.title(), e.fileNames(),
                    e.links(), String.join("; ", note)));
        }
        return rows;
    }

    private static String role(String role) {
        return switch (role) {
            case "CHAIR" -> "Chủ tịch Hội đồng";
            case "VICE_CHAIR" -> "Phó Chủ tịch Hội đồng";
            case "SECRETARY" -> "Thư ký Hội đồng";
            default -> "Ủy viên";
        };
    }

    private static String upper(String s) {
        return s.toUpperCase(java.util.Locale.forLanguageTag("vi"));
    }
}
