package vn.kdclgd.report.internal.docs.tt57;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import vn.kdclgd.report.DocumentKind;
import vn.kdclgd.report.ReportInput;
import vn.kdclgd.report.internal.docx.Styles;
import vn.kdclgd.report.internal.docx.Wml;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Standard;

class Report57Test {
    @Test
    void sectionsInOrderWithEveryCriterion() {
        ReportInput input = Docs57.sample();
        byte[] bytes = Docs57.write(DocumentKind.REPORT, input);
        Docs57.save("tt57-report.docx", bytes);
        Catalog cat = Docs57.catalog();
        try (XWPFDocument doc = Docs57.open(bytes)) {
            List<String> expected = new ArrayList<>();
            expected.add("H1 Phần I. TỔNG QUAN");
            expected.add("H1 Phần II. TỰ ĐÁNH GIÁ");
            for (Standard s : cat.standards()) {
                expected.add("H2 Tiêu chuẩn " + s.number() + ": " + s.name().toUpperCase(java.util.Locale.forLanguageTag("vi")));
                for (Criterion c : s.criteria()) {
                    expected.add("H3 Tiêu chí " + c.code() + ". " + c.name() + (c.mandatory() ? " (tiêu chí bắt buộc)" : ""));
                }
            }
            expected.add("H1 Phần III. KẾT LUẬN");
            expected.add("H1 Phần IV. PHỤ LỤC");
            List<String> headings = doc.getParagraphs().stream()
                    .filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                    .map(p -> "H" + p.getStyle().substring(7) + " " + p.getText()).toList();
            // after Phần IV come the Phần I data tables' own titles (Heading 3, from context.tables())
            assertThat(headings.subList(0, Math.min(headings.size(), expected.size()))).containsExactlyElementsOf(expected);
            assertThat(headings.subList(expected.size(), headings.size())).isNotEmpty().allMatch(h -> h.startsWith("H3 "));

            List<String> titles = Docs57.paragraphs(doc, Styles.TITLE);
            assertThat(titles).containsSubsequence("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO TỰ ĐÁNH GIÁ",
                    "Năm học 2026-2027", "BÁO CÁO TỰ ĐÁNH GIÁ", "DANH SÁCH VÀ CHỮ KÝ HỘI ĐỒNG TỰ ĐÁNH GIÁ", "MỤC LỤC",
                    "DANH MỤC CÁC CHỮ VIẾT TẮT");
            String all = Docs57.allText(doc);
            assertThat(doc.getDocument().xmlText()).contains("TOC \\o \"1-3\"");
            // the sample fills every text; only the Phần I data tables (Phần IV) have rows no import fills
            assertThat(all.substring(0, all.lastIndexOf("Phần IV. PHỤ LỤC"))).doesNotContain(Wml.MISSING + "\n" + Wml.MISSING);
            assertThat(all)
                    .contains(Report57.CLOSING, Report57.MARK_NOTE,
                            "- Tăng cường năng lực tự chủ, tự chịu trách nhiệm của cơ sở giáo dục trong quản lý và bảo đảm chất lượng.",
                            "Việc tự đánh giá được thực hiện theo từng tiêu chuẩn, tiêu chí quy định, bảo đảm tính hệ thống, đầy đủ và dựa trên minh chứng.");
            // one current-state table per criterion, rows Mức 1 and Mức 2, the sample's Mức-2 weakness shows
            List<XWPFTable> state = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Mức")).toList();
            int criteria = cat.standards().stream().mapToInt(s -> s.criteria().size()).sum();
            assertThat(state).hasSize(criteria);
            assertThat(state.get(0).getRow(0).getCell(1).getText()).isEqualTo(Report57.STATE_COLUMNS.get(1));
            assertThat(state.get(0).getRow(1).getCell(2).getText()).isEqualTo("Đạt");
            assertThat(state.get(0).getRow(2).getCell(2).getText()).isEqualTo("Không đạt");
            assertThat(state.get(1).getRow(2).getCell(2).getText()).isEqualTo("Đạt");
            assertThat(state.get(0).getRow(2).getCell(1).getText()).doesNotStartWith("Mức 2:").isNotEmpty();
            assertThat(all).contains("Tự đánh giá: Tiêu chí đạt Mức 1.", "Tự đánh giá: Tiêu chí đạt Mức 2.");
            // council, abbreviations, quy mô
            XWPFTable council = table(doc, "TT", "Họ và tên");
            assertThat(council.getRows()).hasSize(1 + input.council().members().size());
            assertThat(council.getRow(0).getCell(4).getText()).isEqualTo("Chữ ký");
            XWPFTable abbr = table(doc, "Chữ viết tắt", "Nội dung");
            assertThat(abbr.getRows()).hasSize(6);
            assertThat(abbr.getRow(1).getCell(0).getText()).isEqualTo("CBQL");
            XWPFTable scale = table(doc, "Số lớp", "Số học sinh");
            var counts = input.profiles().get("2026-2027");
            assertThat(scale.getRow(1).getCell(0).getText()).isEqualTo(counts.get("classes.total").toString());
            assertThat(scale.getRow(1).getCell(3).getText())
                    .isEqualTo(Long.toString(counts.get("staff.role.PRINCIPAL") + counts.get("staff.role.VICE_PRINCIPAL")));
            // per-standard result tables and the Phần III tables
            List<XWPFTable> perStandard = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Tiêu chí")).toList();
            assertThat(perStandard).hasSize(cat.standards().size());
            assertThat(perStandard.get(0).getRows()).hasSize(3 + cat.standards().get(0).criteria().size());
            assertThat(perStandard.get(0).getRow(3).getCell(2).getText()).isEqualTo("×"); // 1.1: Mức 1
            assertThat(perStandard.get(0).getRow(4).getCell(3).getText()).isEqualTo("×"); // 1.2: Mức 2
            XWPFTable summary = table(doc, "Tiêu chuẩn, Tiêu chí", "Kết quả đánh giá tiêu chí");
            assertThat(summary.getRows()).hasSize(3 + cat.standards().size() + criteria + 1);
            var last = summary.getRow(summary.getRows().size() - 1);
            assertThat(last.getCell(0).getText()).isEqualTo("Cộng chung");
            assertThat(last.getCell(2).getText()).isEqualTo(Integer.toString(cat.standards().size()));
            assertThat(last.getCell(3).getText()).isEqualTo(Integer.toString(criteria - cat.standards().size()));
            XWPFTable overall = table(doc, "Tiêu chuẩn", "Tổng số tiêu chí");
            assertThat(overall.getRows()).hasSize(3 + cat.standards().size() + 1);
            assertThat(overall.getRow(overall.getRows().size() - 1).getCell(1).getText()).isEqualTo(Integer.toString(criteria));
            assertThat(all).contains("Cơ sở giáo dục đạt Mức 1.");
            // evidence list: every item once, every citation resolves
            XWPFTable evidence = table(doc, "TT", "Mã minh chứng");
            assertThat(evidence.getRows()).hasSize(1 + input.evidence().size());
            Set<String> listed = new TreeSet<>();
            for (int i = 1; i < evidence.getRows().size(); i++) {
                listed.add(evidence.getRow(i).getCell(1).getText());
            }
            Set<String> cited = new TreeSet<>();
            for (ReportInput.Evaluation e : input.evaluations()) {
                for (Optional<String> t : List.of(e.currentState(), e.strengths(), e.weaknesses(), e.improvementPlan())) {
                    Matcher m = Report57.CITATION.matcher(t.orElse(""));
                    while (m.find()) {
                        cited.add(m.group());
                    }
                }
            }
            assertThat(cited).isNotEmpty();
            assertThat(listed).containsAll(cited);
            Matcher m = Report57.CITATION.matcher(all.substring(all.indexOf("Phần II. TỰ ĐÁNH GIÁ"), all.indexOf("Phần IV. PHỤ LỤC")));
            while (m.find()) {
                assertThat(listed).contains(m.group());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void sparseInputShowsMissing() throws Exception {
        ReportInput sparse = Docs57.sparse();
        byte[] bytes = Docs57.write(DocumentKind.REPORT, sparse);
        Docs57.save("tt57-report-sparse.docx", bytes);
        try (XWPFDocument doc = Docs57.open(bytes)) {
            String all = Docs57.allText(doc);
            assertThat(all).contains(Wml.MISSING);
            XWPFTable scale = table(doc, "Số lớp", "Số học sinh");
            for (int i = 0; i < 6; i++) {
                assertThat(scale.getRow(1).getCell(i).getText()).isEqualTo(Wml.MISSING);
            }
            assertThat(all).contains("DANH MỤC CÁC CHỮ VIẾT TẮT\n" + Wml.MISSING);
            assertThat(all).contains("1. Điểm mạnh nổi bật của Tiêu chuẩn 1\n" + Wml.MISSING);
            assertThat(all).contains(Report57.CLOSING);
        }
    }

    @Test
    void currentStateSplitsOnLevelLines() {
        assertThat(Report57.splitByLevel(Optional.of("Mức 1: a\nthêm\nMức 2: b"), 2)).containsEntry(1, "a\nthêm").containsEntry(2, "b");
        assertThat(Report57.splitByLevel(Optional.of("Một đoạn chung"), 2)).containsOnlyKeys(1);
        assertThat(Report57.splitByLevel(Optional.empty(), 2)).isEmpty();
    }

    static XWPFTable table(XWPFDocument doc, String first, String second) {
        return doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals(first)
                && t.getRow(0).getTableCells().size() > 1 && t.getRow(0).getCell(1).getText().equals(second)).findFirst().orElseThrow();
    }
}
