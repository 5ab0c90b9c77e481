package vn.kdclgd.report.internal.docs.common;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kdclgd.report.internal.docs.common.FormsTestSupport.*;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import vn.kdclgd.report.DocumentKind;
import vn.kdclgd.report.ReportInput;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Item;

class CriterionFormsTest {
    @Test
    void tt2018Thcs() {
        check("TT18-2018", "tt2018-criterion-forms.docx", 3);
        ReportInput in = sample("TT18-2018");
        XWPFDocument doc = render(DocumentKind.CRITERION_FORMS, in, null);
        var p = paragraphs(doc);
        assertThat(p).contains("Trường: Trường THCS Mẫu (dữ liệu minh hoạ)", "Nhóm, cá nhân: Nhóm công tác tiêu chuẩn 1",
                "1. Mô tả hiện trạng:", "2. Điểm mạnh:", "3. Điểm yếu:", "4. Kế hoạch cải tiến chất lượng:", "5. Tự đánh giá:");
        assertThat(p).containsSubsequence("Ghi chú:", "- Trường hợp tiêu chí không ghi cụ thể chỉ báo a/b/c (tại mức đánh giá 2 hoặc 3),"
                + " đề nghị đánh dấu sao (*) vào ô chỉ báo và ghi kết quả đánh giá đạt/không đạt.",
                "- Đối với các ô không có chỉ báo: đánh dấu gạch ngang (–).");
        assertThat(p).filteredOn("Ghi chú:"::equals).hasSize(catalog("TT18-2018").criteria().size());
        // 1.1 has one Mức-2 and one Mức-3 indicator: unlettered "*"; Mức 1 a, b, c
        XWPFTable t = judgementTables(doc).get(0);
        assertThat(cell(t, 2, 0)).isEqualTo("a");
        assertThat(cell(t, 2, 2)).isEqualTo("*");
        assertThat(cell(t, 3, 2)).isEqualTo("-");
        assertThat(cell(t, 3, 3)).isEqualTo("-");
        // Mức 1/2/3 sub-headings of the current state
        assertThat(p).containsSubsequence("1. Mô tả hiện trạng:", "Mức 1:", "Mức 2:", "Mức 3:", "2. Điểm mạnh:");
        // Mức 4 (5b): one form per item, khoản 1 not met in the sample
        var l4 = catalog("TT18-2018").level4().orElseThrow();
        assertThat(p).filteredOn("PHIẾU ĐÁNH GIÁ TIÊU CHÍ MỨC 4"::equals).hasSize(l4.items().size());
        assertThat(p).filteredOn(s -> s.startsWith("5. Tự đánh giá: ")).containsExactlyElementsOf(
                l4.items().stream().map(it -> "5. Tự đánh giá: " + (it.key().equals("1") ? "Không đạt" : "Đạt")).toList());
        assertThat(p).contains("Tiêu chí (Khoản 1 Điều 22): " + l4.items().get(0).text());
    }

    @Test
    void tt2018MamNon() {
        check("TT19-2018", "tt2018-mn-criterion-forms.docx", 3);
    }

    @Test
    void tt57() {
        check("TT57-2026-PT", "tt57-criterion-forms.docx", 2);
        XWPFDocument doc = render(DocumentKind.CRITERION_FORMS, sample("TT57-2026-PT"), null);
        var p = paragraphs(doc);
        Criterion first = catalog("TT57-2026-PT").criteria().get(0);
        assertThat(p).containsSubsequence("Tiêu chí 1.1: " + first.name(), "Mức 1:", first.levelTexts().get(1), "Mức 2:", first.levelTexts().get(2));
        assertThat(p).noneMatch(s -> s.startsWith("Ghi chú:") || s.contains("MỨC 4") || s.startsWith("Mức 3"));
    }

    @Test
    void sparseInputIsVisiblyMissing() {
        Catalog c = catalog("TT18-2018");
        XWPFDocument doc = render(DocumentKind.CRITERION_FORMS, sparse("TT18-2018"), null);
        var p = paragraphs(doc);
        assertThat(p).filteredOn("PHIẾU ĐÁNH GIÁ TIÊU CHÍ"::equals).hasSize(c.criteria().size());
        assertThat(p).contains("Nhóm, cá nhân: chưa có dữ liệu", "Kết quả: chưa có dữ liệu");
        assertThat(p).filteredOn("chưa có dữ liệu"::equals).hasSizeGreaterThanOrEqualTo(4 * c.criteria().size());
        assertThat(cell(judgementTables(doc).get(0), 2, 1)).isEqualTo("chưa có dữ liệu");
    }

    /** Tables of 5. Tự đánh giá, in form order. */
    private static List<XWPFTable> judgementTables(XWPFDocument doc) {
        return tables(doc, "Mức 1", "Mức 2");
    }

    /** Every criterion has its form, in catalog order, with the judgement marks and the result of the input. */
    private static void check(String catalogId, String file, int groups) {
        Catalog catalog = catalog(catalogId);
        ReportInput in = sample(catalogId);
        XWPFDocument doc = render(DocumentKind.CRITERION_FORMS, in, file);
        var p = paragraphs(doc);
        assertThat(p).filteredOn("PHIẾU ĐÁNH GIÁ TIÊU CHÍ"::equals).hasSize(catalog.criteria().size());
        assertThat(p).containsSubsequence(catalog.criteria().stream().map(c -> "Tiêu chí " + c.code() + ": " + c.name()).toList());
        assertThat(p.stream().filter(s -> s.startsWith("Tiêu chí ") && !s.startsWith("Tiêu chí (")).toList())
                .hasSize(catalog.criteria().size());
        List<XWPFTable> tables = judgementTables(doc);
        assertThat(tables).hasSize(catalog.criteria().size());
        List<String> results = p.stream().filter(s -> s.startsWith("Kết quả: ")).toList();
        assertThat(results).hasSize(catalog.criteria().size());
        int i = 0;
        for (var s : catalog.standards()) {
            for (Criterion c : s.criteria()) {
                XWPFTable t = tables.get(i);
                assertThat(t.getRow(0).getTableCells()).hasSize(groups);
                assertThat(t.getRow(1).getTableCells()).hasSize(2 * groups);
                ReportInput.Evaluation e = in.evaluation(c.code()).orElseThrow();
                for (int level = 1; level <= Math.min(groups, c.maxLevel()); level++) {
                    List<Item> items = c.items(level);
                    for (int k = 0; k < items.size(); k++) {
                        int lv = level;
                        String key = items.get(k).key();
                        boolean met = e.judgements().stream().filter(j -> j.level() == lv && j.itemKey().equals(key)).findFirst()
                                .orElseThrow().met();
                        assertThat(cell(t, 2 + k, 2 * (level - 1) + 1)).as("%s Mức %d %s", c.code(), level, key)
                                .isEqualTo(met ? "Đạt" : "Không đạt");
                    }
                }
                boolean weak = c == s.criteria().get(0);
                // the sample leaves item 0 of Mức 2 unmet in the first criterion of each standard
                assertThat(cell(t, 2, 3)).as(c.code()).isEqualTo(weak ? "Không đạt" : "Đạt");
                assertThat(results.get(i)).as(c.code()).isEqualTo(weak ? "Kết quả: Đạt Mức 1" : "Kết quả: Đạt Mức " + Math.min(groups, c.maxLevel()));
                i++;
            }
        }
    }
}
