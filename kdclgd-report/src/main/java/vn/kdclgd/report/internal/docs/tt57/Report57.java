package vn.kdclgd.report.internal.docs.tt57;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.kdclgd.report.ReportInput;
import vn.kdclgd.report.ReportTexts;
import vn.kdclgd.report.internal.docs.Context;
import vn.kdclgd.report.internal.docs.DocxDocument;
import vn.kdclgd.report.internal.docx.DocxRenderer;
import vn.kdclgd.report.internal.docx.Styles;
import vn.kdclgd.report.internal.docx.TemplateBuilder;
import vn.kdclgd.report.internal.docx.Wml;
import vn.kdclgd.report.internal.tables.DataTable;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Standard;
import vn.kdclgd.rules.rating.CriterionResult;

/**
 * TT57 self-assessment report (Biểu 1 / Mẫu 1 Phụ lục V), sections in the order of FORMS.md §2: Bìa ngoài,
 * Bìa trong, MỤC LỤC (a TOC field), DANH MỤC CÁC CHỮ VIẾT TẮT, Phần I TỔNG QUAN, Phần II TỰ ĐÁNH GIÁ (per
 * standard and criterion), Phần III KẾT LUẬN, Phần IV PHỤ LỤC. The pre-printed sentences FORMS.md quotes are
 * in the template verbatim; the loops and tables are blocks.
 *
 * <p>Decisions and uncertainties:
 * <ul>
 * <li>Bìa trong: it is UNCERTAIN which inner cover the form requires (family B: the managing body, the school
 * and the report's name without the national motto; family A: "DANH SÁCH VÀ CHỮ KÝ HỘI ĐỒNG TỰ ĐÁNH GIÁ"
 * TT | Họ và tên | Chức vụ | Vai trò | Chữ ký). This prints both on the inner cover page.</li>
 * <li>The quy mô table of Phần I.1 e) is family B's layout ("may be the application's").</li>
 * <li>"(tiêu chí bắt buộc)" after a mandatory criterion's name is family B's marking, not the appendix's.</li>
 * <li>Mô tả hiện trạng: a school that wrote one text for both levels gets it split on lines starting
 * "Mức 1:" / "Mức 2:"; otherwise the whole text is in the Mức 1 row and Mức 2 shows missing. A level not
 * considered because a lower one is not met is printed "Không đạt"; a level with missing judgements is
 * printed as missing.</li>
 * <li>The result tables put one × in the column of the level reached (exactly). The quoted note "từ mức đạt
 * thấp nhất đến mức đạt cao nhất của tiêu chí" could also mean a × in every level reached: UNCERTAIN. The
 * Phần III.2 a) header reads FORMS.md's "Không đạt Mức 1 | Đạt → Mức 1, Mức 2" literally (a "Mức 1"
 * under "Không đạt"). The counts of Bảng tổng hợp chung follow the same exact-level reading, so they add
 * up to 100 %.</li>
 * <li>Phần III.4 a)–c) print the generic addressees of FORMS.md ("Với cơ quan quản lý", …).</li>
 * <li>The HIỆU TRƯỞNG signature after the closing sentence is the application's.</li>
 * </ul>
 */
public final class Report57 implements DocxDocument {
    /** The mô tả hiện trạng table's header (family B's wording, FORMS.md §2). */
    static final List<String> STATE_COLUMNS = List.of("Mức",
            "Hiện trạng, kết quả đạt được của tiêu chí đến thời điểm đánh giá (kèm theo mã minh chứng)",
            "Đánh giá (Đạt/Không đạt)");
    /** Lưu ý 1 (QUOTED). */
    static final String NOTE_1 = "Nội dung mô tả hiện trạng phải bám sát, thể hiện rõ mức đáp ứng từng yêu cầu của từng mức đánh giá; sử dụng số liệu cụ thể và viện dẫn mã minh chứng tương ứng.";
    /** The closing sentence (QUOTED). */
    static final String CLOSING = "Hiệu trưởng chịu trách nhiệm về tính trung thực, chính xác của thông tin, số liệu và minh chứng trong báo cáo tự đánh giá./.";
    /** The Phần III.2 a) note (QUOTED). */
    static final String MARK_NOTE = "Đánh dấu (×) vào ô kết quả Đạt hoặc Không đạt (từ mức đạt thấp nhất đến mức đạt cao nhất của tiêu chí).";
    /** A TT57 evidence code. */
    static final Pattern CITATION = Pattern.compile("MC\\.\\d+\\.\\d+\\.\\d{2}");
    private static final Pattern LEVEL_LINE = Pattern.compile("^\\s*Mức\\s+(\\d+)\\s*:\\s*(.*)$");

    /** The free texts the report prints as blocks {@code text.<key>}. */
    static final List<String> TEXT_KEYS = List.of(ReportTexts.CONTEXT_ECONOMY, ReportTexts.CONTEXT_ADVANTAGES,
            ReportTexts.CONTEXT_DIFFICULTIES, ReportTexts.CONTEXT_LEARNERS, ReportTexts.PROCESS_PLANNING,
            ReportTexts.PROCESS_IMPLEMENTATION, ReportTexts.PROCESS_REVIEW, ReportTexts.PROCESS_CONFIRMATION,
            ReportTexts.CONCLUSION_OVERVIEW, ReportTexts.RECOMMEND_AUTHORITY, ReportTexts.RECOMMEND_OWNER,
            ReportTexts.RECOMMEND_OTHERS);

    @Override
    public byte[] defaultTemplate() {
        TemplateBuilder t = TemplateBuilder.portrait();
        // Bìa ngoài
        t.p(Styles.CENTER, "{{school.PARENT_BODY}}")
                .p(Styles.TITLE, "{{school.NAME}}")
                .p(Styles.CENTER, "")
                .p(Styles.TITLE, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .p(Styles.TITLE, "Độc lập - Tự do - Hạnh phúc");
        blankLines(t, 9);
        t.p(Styles.TITLE, "BÁO CÁO TỰ ĐÁNH GIÁ")
                .p(Styles.TITLE, "Năm học {{schoolYear}}");
        blankLines(t, 12);
        t.p(Styles.CENTER, "{{place}}, {{date}}")
                .pageBreak();
        // Bìa trong
        t.p(Styles.CENTER, "{{school.PARENT_BODY}}")
                .p(Styles.TITLE, "{{school.NAME}}");
        blankLines(t, 3);
        t.p(Styles.TITLE, "BÁO CÁO TỰ ĐÁNH GIÁ")
                .p(Styles.TITLE, "Năm học {{schoolYear}}");
        blankLines(t, 2);
        t.p(Styles.TITLE, "DANH SÁCH VÀ CHỮ KÝ HỘI ĐỒNG TỰ ĐÁNH GIÁ")
                .block("council")
                .pageBreak();
        // Mục lục, chữ viết tắt
        t.p(Styles.TITLE, "MỤC LỤC")
                .block("toc")
                .pageBreak()
                .p(Styles.TITLE, "DANH MỤC CÁC CHỮ VIẾT TẮT")
                .block("abbreviations")
                .pageBreak();
        // Phần I
        t.p(Styles.HEADING1, "Phần I. TỔNG QUAN")
                .labelled(Styles.PLAIN, "1. Thông tin chung", "")
                .labelled(Styles.BODY, "a) Tên cơ sở giáo dục: ", "{{school.name}}")
                .labelled(Styles.BODY, "b) Địa chỉ, thông tin liên hệ: ", "{{school.contact}}")
                .labelled(Styles.BODY, "c) Cơ quan quản lý trực tiếp: ", "{{school.governingBody}}")
                .labelled(Styles.BODY, "d) Loại hình và cấp học: ", "{{school.typeAndLevels}}")
                .labelled(Styles.BODY, "đ) Năm thành lập: ", "{{school.founded}}")
                .labelled(Styles.BODY, "e) Quy mô nhà trường năm học {{schoolYear}}", "").keepNext()
                .block("scale")
                .labelled(Styles.PLAIN, "2. Bối cảnh và đặc điểm", "")
                .labelled(Styles.BODY, "a) Điều kiện kinh tế - xã hội địa phương", "")
                .block("text." + ReportTexts.CONTEXT_ECONOMY)
                .labelled(Styles.BODY, "b) Thuận lợi", "")
                .block("text." + ReportTexts.CONTEXT_ADVANTAGES)
                .labelled(Styles.BODY, "c) Khó khăn", "")
                .block("text." + ReportTexts.CONTEXT_DIFFICULTIES)
                .labelled(Styles.BODY, "d) Đặc điểm người học", "")
                .block("text." + ReportTexts.CONTEXT_LEARNERS)
                .labelled(Styles.PLAIN, "3. Mục đích, phạm vi, thời gian thực hiện tự đánh giá", "")
                .labelled(Styles.BODY, "a) Mục đích", "")
                .p(Styles.BODY, "Báo cáo tự đánh giá được xây dựng nhằm:")
                .p(Styles.BODY, "- Phân tích thực trạng chất lượng giáo dục của cơ sở giáo dục trên cơ sở các tiêu chuẩn, tiêu chí bảo đảm chất lượng;")
                .p(Styles.BODY, "- Xác định điểm mạnh, điểm hạn chế và nguyên nhân của những hạn chế trong quá trình tổ chức và thực hiện hoạt động giáo dục;")
                .p(Styles.BODY, "- Làm căn cứ để xây dựng, điều chỉnh và triển khai kế hoạch cải tiến chất lượng giáo dục theo hướng liên tục, thực chất và có minh chứng;")
                .p(Styles.BODY, "- Tăng cường năng lực tự chủ, tự chịu trách nhiệm của cơ sở giáo dục trong quản lý và bảo đảm chất lượng.")
                .labelled(Styles.BODY, "b) Phạm vi", "")
                .p(Styles.BODY, "Phạm vi tự đánh giá bao gồm toàn bộ hoạt động của cơ sở giáo dục liên quan đến việc bảo đảm chất lượng giáo dục, cụ thể:")
                .p(Styles.BODY, "- Các điều kiện bảo đảm chất lượng (đội ngũ, cơ sở vật chất, thiết bị, môi trường giáo dục…);")
                .p(Styles.BODY, "- Hoạt động tổ chức và thực hiện chương trình giáo dục;")
                .p(Styles.BODY, "- Hoạt động giáo dục, dạy học, trải nghiệm và hỗ trợ người học;")
                .p(Styles.BODY, "- Kết quả giáo dục và sự phát triển toàn diện của người học;")
                .p(Styles.BODY, "- Công tác quản lý, điều hành và cải tiến chất lượng của cơ sở giáo dục.")
                .p(Styles.BODY, "Việc tự đánh giá được thực hiện theo từng tiêu chuẩn, tiêu chí quy định, bảo đảm tính hệ thống, đầy đủ và dựa trên minh chứng.")
                .labelled(Styles.BODY, "c) Thời gian thực hiện tự đánh giá", "")
                .p(Styles.BODY, "- Tự đánh giá được thực hiện định kỳ hằng năm, gắn với chu kỳ kế hoạch năm học … của cơ sở giáo dục;")
                .p(Styles.BODY, "- Thời gian tổng hợp, hoàn thiện báo cáo tự đánh giá được thực hiện vào cuối năm học hoặc thời điểm phù hợp theo kế hoạch bảo đảm chất lượng của nhà trường;")
                .p(Styles.BODY, "- Kết quả tự đánh giá được cập nhật liên tục làm cơ sở cho việc xây dựng và điều chỉnh kế hoạch cải tiến chất lượng giáo dục của năm học tiếp theo.")
                .labelled(Styles.PLAIN, "4. Quá trình thực hiện tự đánh giá", "")
                .labelled(Styles.BODY, "a) Lập kế hoạch tự đánh giá", "")
                .block("text." + ReportTexts.PROCESS_PLANNING)
                .labelled(Styles.BODY, "b) Tổ chức thực hiện", "")
                .block("text." + ReportTexts.PROCESS_IMPLEMENTATION)
                .labelled(Styles.BODY, "c) Kiểm tra, phân tích", "")
                .block("text." + ReportTexts.PROCESS_REVIEW)
                .labelled(Styles.BODY, "d) Tổng hợp và xác nhận kết quả tự đánh giá", "")
                .block("text." + ReportTexts.PROCESS_CONFIRMATION)
                .pageBreak();
        // Phần II
        t.p(Styles.HEADING1, "Phần II. TỰ ĐÁNH GIÁ")
                .block("standards")
                .pageBreak();
        // Phần III
        t.p(Styles.HEADING1, "Phần III. KẾT LUẬN")
                .labelled(Styles.PLAIN, "1. Khái quát về mức độ đáp ứng tiêu chuẩn chất lượng giáo dục của cơ sở giáo dục", "")
                .block("text." + ReportTexts.CONCLUSION_OVERVIEW)
                .labelled(Styles.PLAIN, "2. Tổng hợp kết quả tự đánh giá", "")
                .labelled(Styles.BODY, "a) Bảng tổng hợp kết quả đánh giá tiêu chí", "").keepNext()
                .block("criteriaSummary")
                .p(Styles.NOTE, MARK_NOTE)
                .labelled(Styles.BODY, "b) Bảng tổng hợp chung", "").keepNext()
                .block("overallSummary")
                .labelled(Styles.PLAIN, "3. Mức đạt của cơ sở giáo dục", "")
                .block("schoolLevel")
                .labelled(Styles.PLAIN, "4. Đề xuất, kiến nghị", "")
                .labelled(Styles.BODY, "a) Với cơ quan quản lý", "")
                .block("text." + ReportTexts.RECOMMEND_AUTHORITY)
                .labelled(Styles.BODY, "b) Với Ủy ban nhân dân / đơn vị chủ quản", "")
                .block("text." + ReportTexts.RECOMMEND_OWNER)
                .labelled(Styles.BODY, "c) Với tổ chức, cá nhân liên quan (nếu có)", "")
                .block("text." + ReportTexts.RECOMMEND_OTHERS)
                .p(Styles.BODY, CLOSING)
                .signatures(List.of(""), List.of("{{place}}, {{date}}", "HIỆU TRƯỞNG", "*(Ký, ghi rõ họ tên và đóng dấu)*", "", "", "", "{{school.principal}}"))
                .pageBreak();
        // Phần IV
        t.p(Styles.HEADING1, "Phần IV. PHỤ LỤC")
                .p(Styles.CENTER, "(Kèm theo báo cáo tự đánh giá)")
                .p(Styles.BODY, "Phụ lục kèm theo báo cáo tự đánh giá gồm có:")
                .labelled(Styles.PLAIN, "1. Cơ sở dữ liệu (theo biểu mẫu đính kèm)", "").keepNext()
                .block("dataTables")
                .labelled(Styles.PLAIN, "2. Các tư liệu, tài liệu liên quan: ", "Quyết định thành lập Hội đồng tự đánh giá; kế hoạch tự đánh giá; các bảng biểu tổng hợp, thống kê.")
                .labelled(Styles.PLAIN, "3. Danh mục minh chứng", "").keepNext()
                .block("evidenceList")
                .labelled(Styles.PLAIN, "4. Văn bản, tài liệu khác có liên quan", "");
        return t.build();
    }

    private static void blankLines(TemplateBuilder t, int n) {
        for (int i = 0; i < n; i++) {
            t.p(Styles.CENTER, "");
        }
    }

    @Override
    public Map<String, Optional<String>> values(Context c) {
        Map<String, Optional<String>> v = new LinkedHashMap<>(c.commonValues());
        ReportInput.School s = c.input().school();
        List<String> contact = new ArrayList<>();
        s.address().ifPresent(contact::add);
        c.text(ReportTexts.SCHOOL_PHONE).ifPresent(x -> contact.add("Điện thoại: " + x));
        c.text(ReportTexts.SCHOOL_WEBSITE).ifPresent(x -> contact.add("Website: " + x));
        v.put("school.contact", contact.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", contact)));
        v.put("school.governingBody", s.governingBody());
        List<String> typeAndLevels = new ArrayList<>();
        c.text(ReportTexts.SCHOOL_OWNERSHIP).ifPresent(typeAndLevels::add);
        if (!s.levelsTaught().isEmpty()) {
            typeAndLevels.add(String.join(", ", s.levelsTaught()));
        }
        v.put("school.typeAndLevels", typeAndLevels.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", typeAndLevels)));
        v.put("school.founded", c.text(ReportTexts.SCHOOL_FOUNDED));
        return v;
    }

    @Override
    public Map<String, DocxRenderer.Block> blocks(Context c) {
        Map<String, DocxRenderer.Block> b = new LinkedHashMap<>();
        b.put("council", w -> council(w, c.input().council()));
        b.put("toc", w -> w.toc("Mục lục sẽ được cập nhật khi mở tài liệu (trong LibreOffice: Công cụ ▸ Cập nhật)."));
        b.put("abbreviations", w -> abbreviations(w, c.text(ReportTexts.ABBREVIATIONS)));
        b.put("scale", w -> scale(w, c));
        for (String key : TEXT_KEYS) {
            b.put("text." + key, w -> Parts57.paragraphs(w, c.text(key)));
        }
        b.put("standards", w -> standards(w, c));
        b.put("criteriaSummary", w -> criteriaSummary(w, c));
        b.put("overallSummary", w -> overallSummary(w, c));
        b.put("schoolLevel", w -> schoolLevel(w, c));
        b.put("dataTables", w -> dataTables(w, c.tables(), Context.PORTRAIT_WIDTH));
        b.put("evidenceList", w -> {
            if (c.input().evidence().isEmpty()) {
                w.p(Styles.BODY, Wml.missing());
            } else {
                EvidenceList57.table(w, c.input().evidence(), Context.PORTRAIT_WIDTH);
            }
        });
        return b;
    }

    // ------------------------------------------------------------------ front matter

    static void council(Wml w, ReportInput.Council council) {
        w.tableStart(new int[] {600, 2600, 2300, 2055, 1800}, true);
        w.headerRow(List.of(Wml.cell("TT"), Wml.cell("Họ và tên"), Wml.cell("Chức vụ"), Wml.cell("Vai trò"), Wml.cell("Chữ ký")));
        if (council.members().isEmpty()) {
            w.row(Wml.cell(Wml.missing()).span(5));
        }
        int n = 0;
        for (ReportInput.Member m : council.members()) {
            n++;
            w.row(Wml.cell(Integer.toString(n)).center(), Wml.cell(m.fullName()),
                    Wml.cell(m.title().filter(x -> !x.isBlank()).or(() -> position(m.position()))),
                    Wml.cell(role(m.role())), Wml.cellOf(List.of(List.of(), List.of())));
        }
        w.tableEnd();
    }

    static Optional<String> position(String position) {
        return Optional.ofNullable(switch (position) {
            case "PRINCIPAL" -> "Hiệu trưởng";
            case "VICE_PRINCIPAL" -> "Phó hiệu trưởng";
            case "HEAD_OF_TEAM" -> "Tổ trưởng";
            case "TEACHER" -> "Giáo viên";
            case "STAFF" -> "Nhân viên";
            default -> null;
        });
    }

    static Optional<String> role(String role) {
        return Optional.ofNullable(switch (role) {
            case "CHAIR" -> "Chủ tịch Hội đồng";
            case "VICE_CHAIR" -> "Phó Chủ tịch Hội đồng";
            case "SECRETARY" -> "Thư ký Hội đồng";
            case "MEMBER" -> "Ủy viên";
            default -> null;
        });
    }

    static void abbreviations(Wml w, Optional<String> text) {
        List<String> lines = Parts57.lines(text);
        if (lines.isEmpty()) {
            w.p(Styles.CENTER, Wml.missing());
            return;
        }
        w.tableStart(new int[] {2500, 6855}, true);
        w.headerRow(List.of(Wml.cell("Chữ viết tắt"), Wml.cell("Nội dung")));
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                w.row(Wml.cell(line), Wml.cell(Wml.missing()));
            } else {
                w.row(Wml.cell(line.substring(0, colon).strip()), Wml.cell(Optional.of(line.substring(colon + 1).strip())));
            }
        }
        w.tableEnd();
    }

    static void scale(Wml w, Context c) {
        Map<String, Long> counts = c.input().profiles().getOrDefault(c.input().schoolYear(), Map.of());
        w.tableStart(new int[] {1300, 1500, 1755, 1600, 1600, 1600}, true);
        w.headerRow(List.of(Wml.cell("Số lớp"), Wml.cell("Số học sinh"), Wml.cell("Tổng số CBQL, GV, NV"),
                Wml.cell("Cán bộ quản lý"), Wml.cell("Giáo viên"), Wml.cell("Nhân sự hỗ trợ giáo dục")));
        w.row(count(counts, "classes.total"), count(counts, "students.total"), count(counts, "staff.total"),
                count(counts, "staff.role.PRINCIPAL", "staff.role.VICE_PRINCIPAL"), count(counts, "staff.role.TEACHER"),
                count(counts, "staff.role.STAFF"));
        w.tableEnd();
    }

    /** The sum of the keys' counts, centred; missing when any key is unknown. */
    private static Wml.Cell count(Map<String, Long> counts, String... keys) {
        long sum = 0;
        for (String k : keys) {
            Long v = counts.get(k);
            if (v == null) {
                return Wml.cell(Wml.missing()).center();
            }
            sum += v;
        }
        return Wml.cell(Long.toString(sum)).center();
    }

    // ------------------------------------------------------------------ Phần II

    static void standards(Wml w, Context c) {
        for (Standard s : c.catalog().standards()) {
            w.p(Styles.HEADING2, "Tiêu chuẩn " + s.number() + ": " + Parts57.upper(s.name()));
            for (Criterion cr : s.criteria()) {
                criterion(w, c, cr);
            }
            standardComment(w, c, s);
        }
    }

    private static void criterion(Wml w, Context c, Criterion cr) {
        w.p(Styles.HEADING3, "Tiêu chí " + cr.code() + ". " + cr.name() + (cr.mandatory() ? " (tiêu chí bắt buộc)" : ""));
        for (int level = 1; level <= cr.maxLevel(); level++) {
            w.p(Styles.BODY, Wml.bold("Mức " + level + ": "), Wml.value(Parts57.levelText(cr, level)));
        }
        w.pKeepNext(Styles.PLAIN, Wml.bold("Mô tả hiện trạng:"));
        Optional<ReportInput.Evaluation> ev = c.input().evaluation(cr.code());
        Map<Integer, String> state = splitByLevel(ev.flatMap(ReportInput.Evaluation::currentState), cr.maxLevel());
        CriterionResult r = c.rating().criteria().get(cr.code());
        w.tableStart(new int[] {1100, 6355, 1900}, true);
        w.headerRow(STATE_COLUMNS.stream().map(Wml::cell).toList());
        for (int level = 1; level <= cr.maxLevel(); level++) {
            Optional<String> verdict = r == null ? Optional.empty() : Parts57.metText(r.status(level));
            w.row(Wml.cell("Mức " + level).center(), Parts57.cellLines(Optional.ofNullable(state.get(level))),
                    Wml.cell(verdict).center());
        }
        w.tableEnd();
        w.p(Styles.NOTE, Wml.italic("Lưu ý: " + NOTE_1));
        w.p(Styles.BODY, Wml.bold("Tự đánh giá: "), Wml.value(r == null ? Optional.empty() : Parts57.levelSentence(r)));
    }

    /**
     * The current-state text per level: split on lines starting "Mức n:" when the school wrote them so;
     * otherwise all of it for Mức 1.
     */
    static Map<Integer, String> splitByLevel(Optional<String> text, int maxLevel) {
        Map<Integer, String> out = new LinkedHashMap<>();
        if (text.isEmpty() || text.get().isBlank()) {
            return out;
        }
        String[] lines = text.get().split("\\R");
        boolean marked = false;
        for (String line : lines) {
            Matcher m = LEVEL_LINE.matcher(line);
            if (m.matches()) {
                int l = Integer.parseInt(m.group(1));
                if (l >= 1 && l <= maxLevel) {
                    marked = true;
                    break;
                }
            }
        }
        if (!marked) {
            out.put(1, text.get().strip());
            return out;
        }
        Integer current = null;
        StringBuilder before = new StringBuilder();
        for (String line : lines) {
            Matcher m = LEVEL_LINE.matcher(line);
            if (m.matches() && Integer.parseInt(m.group(1)) >= 1 && Integer.parseInt(m.group(1)) <= maxLevel) {
                current = Integer.parseInt(m.group(1));
                out.merge(current, m.group(2).strip(), (a, b) -> a + "\n" + b);
            } else if (current == null) {
                before.append(line).append('\n');
            } else {
                out.merge(current, line, (a, b) -> a + "\n" + b);
            }
        }
        if (!before.toString().isBlank()) {
            // text before the first "Mức n:" line belongs to Mức 1
            out.merge(1, before.toString().strip(), (a, b) -> b + "\n" + a);
        }
        out.replaceAll((k, v) -> v.strip());
        out.values().removeIf(String::isBlank);
        return out;
    }

    private static void standardComment(Wml w, Context c, Standard s) {
        int n = s.number();
        w.p(Styles.PLAIN, Wml.bold("Đánh giá chung về Tiêu chuẩn " + n + ":"));
        w.p(Styles.BODY, Wml.bold("1. Điểm mạnh nổi bật của Tiêu chuẩn " + n));
        Parts57.paragraphs(w, c.text(ReportTexts.standard(n, "strengths")));
        w.p(Styles.BODY, Wml.bold("2. Điểm hạn chế trọng tâm của Tiêu chuẩn " + n + " và nguyên nhân cốt lõi"));
        Parts57.paragraphs(w, c.text(ReportTexts.standard(n, "weaknesses")));
        w.p(Styles.BODY, Wml.bold("3. Định hướng cải tiến chất lượng"));
        w.p(Styles.BODY, Wml.italic("a) Phân tích chung về xu hướng chất lượng của Tiêu chuẩn " + n + " trong 03 năm học liên tiếp"));
        Parts57.paragraphs(w, c.text(ReportTexts.standard(n, "trend")));
        w.p(Styles.BODY, Wml.italic("b) Các vấn đề trọng tâm cần ưu tiên cải tiến ở Tiêu chuẩn " + n));
        Parts57.paragraphs(w, c.text(ReportTexts.standard(n, "priorities")));
        w.pKeepNext(Styles.BODY, Wml.bold("4. Tổng hợp kết quả đánh giá các tiêu chí của Tiêu chuẩn " + n));
        w.tableStart(new int[] {3355, 2000, 2000, 2000}, true);
        w.headerRow(List.of(Wml.cell("Tiêu chí").mergeDown(), Wml.cell("Kết quả đánh giá tiêu chí").span(3)));
        w.headerRow(List.of(Wml.merged(), Wml.cell("Không đạt").mergeDown(), Wml.cell("Đạt").span(2)));
        w.headerRow(List.of(Wml.merged(), Wml.merged(), Wml.cell("Mức 1"), Wml.cell("Mức 2")));
        for (Criterion cr : s.criteria()) {
            w.row(resultRow("Tiêu chí " + cr.code(), c.rating().criteria().get(cr.code()), false));
        }
        w.tableEnd();
    }

    /** A row: label, then × in the column of the level reached (Không đạt, Mức 1, Mức 2). */
    private static List<Wml.Cell> resultRow(String label, CriterionResult r, boolean bold) {
        List<Wml.Cell> cells = new ArrayList<>();
        cells.add(bold ? Wml.cell(label).bolded() : Wml.cell(label));
        if (r == null || (r.level() == 0 && !r.determined())) {
            cells.add(Wml.cell(Wml.missing()).span(3).center());
            return cells;
        }
        for (int col = 0; col <= 2; col++) {
            cells.add(Wml.cell(Math.min(r.level(), 2) == col ? "×" : "").center());
        }
        return cells;
    }

    // ------------------------------------------------------------------ Phần III

    static void criteriaSummary(Wml w, Context c) {
        w.tableStart(new int[] {3355, 2000, 2000, 2000}, true);
        w.headerRow(List.of(Wml.cell("Tiêu chuẩn, Tiêu chí").mergeDown(), Wml.cell("Kết quả đánh giá tiêu chí").span(3)));
        w.headerRow(List.of(Wml.merged(), Wml.cell("Không đạt"), Wml.cell("Đạt").span(2)));
        w.headerRow(List.of(Wml.merged(), Wml.cell("Mức 1"), Wml.cell("Mức 1"), Wml.cell("Mức 2")));
        long[] total = new long[3];
        for (Standard s : c.catalog().standards()) {
            w.row(Wml.cell("Tiêu chuẩn " + s.number()).bolded().span(4));
            for (Criterion cr : s.criteria()) {
                CriterionResult r = c.rating().criteria().get(cr.code());
                w.row(resultRow("Tiêu chí " + cr.code(), r, false));
                if (r != null && (r.level() > 0 || r.determined())) {
                    total[Math.min(r.level(), 2)]++;
                }
            }
        }
        w.row(Wml.cell("Cộng chung").bolded(), Wml.cell(Long.toString(total[0])).center().bolded(),
                Wml.cell(Long.toString(total[1])).center().bolded(), Wml.cell(Long.toString(total[2])).center().bolded());
        w.tableEnd();
    }

    static void overallSummary(Wml w, Context c) {
        w.tableStart(new int[] {1800, 1255, 1050, 1050, 1050, 1050, 1050, 1050}, true);
        w.headerRow(List.of(Wml.cell("Tiêu chuẩn").mergeDown(), Wml.cell("Tổng số tiêu chí").mergeDown(),
                Wml.cell("Tổng hợp kết quả đánh giá tiêu chí trong tiêu chuẩn").span(6)));
        w.headerRow(List.of(Wml.merged(), Wml.merged(), Wml.cell("Không đạt").span(2), Wml.cell("Mức 1").span(2), Wml.cell("Mức 2").span(2)));
        w.headerRow(List.of(Wml.merged(), Wml.merged(), Wml.cell("SL"), Wml.cell("%"), Wml.cell("SL"), Wml.cell("%"), Wml.cell("SL"), Wml.cell("%")));
        long[] all = new long[4];
        for (Standard s : c.catalog().standards()) {
            long[] n = new long[4]; // 0..2 exact level, 3 = open
            for (Criterion cr : s.criteria()) {
                CriterionResult r = c.rating().criteria().get(cr.code());
                if (r == null || (r.level() == 0 && !r.determined())) {
                    n[3]++;
                } else {
                    n[Math.min(r.level(), 2)]++;
                }
            }
            for (int i = 0; i < 4; i++) {
                all[i] += n[i];
            }
            w.row(summaryRow("Tiêu chuẩn " + s.number(), s.criteria().size(), n, false));
        }
        w.row(summaryRow("Cộng chung", c.catalog().standards().stream().mapToInt(s -> s.criteria().size()).sum(), all, true));
        w.tableEnd();
        if (all[3] > 0) {
            w.p(Styles.NOTE, Wml.italic(all[3] + " tiêu chí chưa đủ đánh giá nên chưa được tính."));
        }
    }

    private static List<Wml.Cell> summaryRow(String label, long criteria, long[] n, boolean bold) {
        List<Wml.Cell> cells = new ArrayList<>();
        cells.add(Wml.cell(label));
        cells.add(Wml.cell(Long.toString(criteria)).center());
        for (int i = 0; i < 3; i++) {
            cells.add(Wml.cell(Long.toString(n[i])).center());
            cells.add(Wml.cell(Parts57.percent(n[i], criteria)).center());
        }
        return bold ? cells.stream().map(Wml.Cell::bolded).toList() : cells;
    }

    static void schoolLevel(Wml w, Context c) {
        int level = c.rating().schoolLevel();
        boolean open = !c.rating().complete() && level < c.rating().schoolLevelUpperBound();
        if (level == 0 && open) {
            w.p(Styles.BODY, Wml.missing());
            return;
        }
        w.p(Styles.BODY, level == 0 ? "Cơ sở giáo dục không đạt Mức 1." : "Cơ sở giáo dục đạt Mức " + level + ".");
        if (open) {
            w.p(Styles.NOTE, Wml.italic("Kết quả chưa đầy đủ: còn thiếu đánh giá có thể làm thay đổi mức đạt."));
        }
    }

    // ------------------------------------------------------------------ Phần IV

    /** Every data table, or one "chưa có dữ liệu" paragraph when there is none. */
    static void dataTables(Wml w, List<DataTable> tables, int width) {
        if (tables.isEmpty()) {
            w.p(Styles.BODY, Wml.missing());
            return;
        }
        for (DataTable t : tables) {
            w.dataTable(t, width);
        }
    }
}
