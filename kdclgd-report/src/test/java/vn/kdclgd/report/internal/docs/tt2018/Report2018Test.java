package vn.kdclgd.report.internal.docs.tt2018;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import vn.kdclgd.report.DocumentKind;
import vn.kdclgd.report.ReportDocuments;
import vn.kdclgd.report.ReportInput;
import vn.kdclgd.report.ReportSamples;
import vn.kdclgd.report.ReportTexts;
import vn.kdclgd.report.internal.docx.Wml;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.CatalogRegistry;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Item;
import vn.kdclgd.rules.catalog.Standard;
import vn.kdclgd.rules.rating.RatingResult;

class Report2018Test {
    private static final CatalogRegistry REGISTRY = CatalogRegistry.bundled();
    private static final ReportDocuments DOCS = new ReportDocuments(REGISTRY);
    private static final Pattern CITATION = Pattern.compile("\\[H\\d+-\\d+\\.\\d+-\\d{2}]");

    @Test
    void tt18SampleHasTheGuidanceStructureAndEveryCitationResolves() throws Exception {
        Catalog catalog = REGISTRY.get("TT18-2018");
        ReportInput input = ReportSamples.sample(catalog, "2024-2025", 11);
        assertThat(input.evidence()).hasSize(catalog.criteria().size() * 11).hasSizeGreaterThanOrEqualTo(300);
        byte[] docx = render(input);
        Files.createDirectories(Path.of("target/samples"));
        Files.write(Path.of("target/samples/tt2018-report.docx"), docx);

        try (XWPFDocument doc = open(docx)) {
            assertStructure(doc, catalog);
            RatingResult rating = DOCS.rating(input);
            List<String> texts = paragraphs(doc);

            // front matter in order
            assertThat(texts).containsSubsequence("UBND PHƯỜNG BẾN THÀNH — PHÒNG VĂN HÓA – XÃ HỘI", "TRƯỜNG THCS MẪU (DỮ LIỆU MINH HOẠ)",
                    "BÁO CÁO TỰ ĐÁNH GIÁ", "Năm học 2024-2025", "Thành phố Hồ Chí Minh, năm 2025",
                    "DANH SÁCH VÀ CHỮ KÝ THÀNH VIÊN HỘI ĐỒNG TỰ ĐÁNH GIÁ", "MỤC LỤC", "DANH MỤC CÁC CHỮ VIẾT TẮT",
                    "TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ", "1. Kết quả đánh giá", "1.1. Đánh giá tiêu chí Mức 1, 2 và 3",
                    "Kết quả: Đạt Mức 1", "1.2. Đánh giá tiêu chí Mức 4", "2. Kết luận: Trường đạt Mức 1");
            assertThat(rating.schoolLevel()).isEqualTo(1);
            assertThat(doc.getParagraphs().stream().anyMatch(p -> p.getCTP().xmlText().contains("TOC \\o"))).isTrue();

            // council list: every member, Nhiệm vụ from the role
            XWPFTable council = table(doc, "STT", "Họ và tên", "Chức vụ, chức danh", "Nhiệm vụ", "Chữ ký");
            assertThat(council.getRows()).hasSize(1 + input.council().members().size());
            assertThat(cells(council.getRow(1))).containsExactly("1", "Nguyễn Thị Hoa", "Hiệu trưởng", "Chủ tịch", "");
            assertThat(cells(council.getRow(3))).contains("Thư ký");
            assertThat(cells(council.getRow(4))).contains("Ủy viên");

            // abbreviations
            XWPFTable abbr = table(doc, "Chữ viết tắt", "Nội dung viết tắt");
            assertThat(abbr.getRows()).hasSize(1 + 5);
            assertThat(cells(abbr.getRow(1))).containsExactly("CBQL", "Cán bộ quản lý");

            // summary 1.1: three header rows, one row per standard, one per criterion with an x where the level is
            XWPFTable summary = table(doc, "Tiêu chuẩn, tiêu chí", "Kết quả");
            assertThat(summary.getRows()).hasSize(3 + catalog.standards().size() + catalog.criteria().size());
            assertThat(cells(summary.getRow(1))).containsExactly("", "Không đạt", "Đạt");
            assertThat(cells(summary.getRow(2))).containsExactly("", "", "Mức 1", "Mức 2", "Mức 3");
            int r = 3;
            for (Standard s : catalog.standards()) {
                assertThat(cells(summary.getRow(r++))).containsExactly("Tiêu chuẩn " + s.number() + ": " + s.name());
                for (Criterion c : s.criteria()) {
                    List<String> row = cells(summary.getRow(r++));
                    int level = rating.criterion(c.code()).level();
                    assertThat(row.get(0)).isEqualTo("Tiêu chí " + c.code());
                    assertThat(row.get(1 + level)).as(c.code()).isEqualTo("x");
                    assertThat(row.stream().filter("x"::equals).count()).isEqualTo(1);
                    assertThat(row.get(4)).isEqualTo(c.maxLevel() < 3 ? "-" : level == 3 ? "x" : "");
                }
            }

            // summary 1.2: Mức 4 items (the sample fails khoản 1)
            XWPFTable l4 = table(doc, "Tiêu chí (Khoản, Điều)", "Kết quả", "Ghi chú");
            assertThat(l4.getRows()).hasSize(2 + catalog.level4().orElseThrow().items().size());
            assertThat(cells(l4.getRow(2))).containsExactly("Khoản 1 Điều 22", "", "x", "");
            assertThat(cells(l4.getRow(3))).containsExactly("Khoản 2 Điều 22", "x", "", "");

            // one self-assessment table per criterion, in the §7 layout
            List<XWPFTable> forms = doc.getTables().stream().filter(t -> cells(t.getRow(0)).equals(List.of("Mức 1", "Mức 2", "Mức 3"))).toList();
            assertThat(forms).hasSize(catalog.criteria().size());
            XWPFTable first = forms.get(0); // 1.1: Mức 1 a b c, Mức 2 a (not met), Mức 3 a
            assertThat(cells(first.getRow(1))).containsExactly("Chỉ báo", "Đạt/Không đạt", "Chỉ báo", "Đạt/Không đạt", "Chỉ báo", "Đạt/Không đạt");
            assertThat(cells(first.getRow(2))).containsExactly("a", "Đạt", "a", "Không đạt", "a", "Đạt");
            assertThat(cells(first.getRow(3))).containsExactly("b", "Đạt", "-", "-", "-", "-");
            assertThat(cells(first.getRow(5))).containsExactly("Đạt", "Không đạt", "Không đạt");
            assertThat(cells(first.getRow(6))).containsExactly("Kết quả: Đạt Mức 1");
            Criterion twoLevels = catalog.criteria().stream().filter(c -> c.maxLevel() == 2).findFirst().orElseThrow();
            XWPFTable formTwo = forms.get(catalog.criteria().indexOf(twoLevels));
            assertThat(cells(formTwo.getRow(2)).subList(4, 6)).containsExactly("-", "-");
            assertThat(cells(formTwo.getRow(formTwo.getRows().size() - 1))).containsExactly("Kết quả: Đạt Mức 2");

            // Mô tả hiện trạng split into Mức 1/2/3; the Ghi chú printed once
            assertThat(texts.stream().filter(t -> t.equals(Report2018.FORM_NOTE)).count()).isEqualTo(1);
            assertThat(texts).containsSubsequence("Tiêu chí 1.1: " + catalog.criterion("1.1").orElseThrow().name(), "Mức 1:",
                    "a) " + catalog.criterion("1.1").orElseThrow().items(1).get(0).text(), "1. Mô tả hiện trạng", "Mức 1", "Mức 2", "Mức 3",
                    "2. Điểm mạnh", "3. Điểm yếu", "4. Kế hoạch cải tiến chất lượng", "5. Tự đánh giá");

            // Kết luận về Tiêu chuẩn n with B2's counts
            for (Standard s : catalog.standards()) {
                var sr = rating.standards().get(s.number() - 1);
                assertThat(texts).containsSubsequence("Kết luận về Tiêu chuẩn " + s.number(), "1. Những điểm mạnh nổi bật",
                        "2. Những điểm yếu cơ bản", "Kết quả tự đánh giá Tiêu chuẩn " + s.number() + ": Tiêu chí đạt mức 1: "
                                + sr.reached(1) + "/" + sr.outOf(1) + "; Tiêu chí đạt mức 2: " + sr.reached(2) + "/" + sr.outOf(2)
                                + "; Tiêu chí đạt mức 3: " + sr.reached(3) + "/" + sr.outOf(3));
            }
            assertThat(texts).contains("Kết quả tự đánh giá Tiêu chuẩn 1: Tiêu chí đạt mức 1: 10/10; Tiêu chí đạt mức 2: 9/10; Tiêu chí đạt mức 3: 4/5");

            // Mức 4 items judged, conclusion
            assertThat(texts).containsSubsequence("Tiêu chí (Khoản 1 Điều 22)", "5. Tự đánh giá: Không đạt", "Tiêu chí (Khoản 2 Điều 22)",
                    "5. Tự đánh giá: Đạt", "Kết luận về đánh giá tiêu chí Mức 4", "Phần III. KẾT LUẬN CHUNG", "Trường đạt Mức 1.");

            // Phần IV: every evidence item once, numbered continuously, codes in natural order; every citation listed
            XWPFTable evidence = table(doc, EvidenceList2018.COLUMNS.toArray(String[]::new));
            assertThat(evidence.getRows()).hasSize(1 + input.evidence().size());
            List<String> codes = new ArrayList<>();
            for (int i = 1; i < evidence.getRows().size(); i++) {
                assertThat(evidence.getRow(i).getCell(0).getText()).isEqualTo(Integer.toString(i));
                codes.add(evidence.getRow(i).getCell(1).getText());
            }
            assertThat(codes).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(input.evidence().stream().map(ReportInput.Evidence::code).toList());
            assertThat(codes.indexOf("[H1-1.2-01]")).isLessThan(codes.indexOf("[H1-1.10-01]"));
            Set<String> cited = citations(input);
            assertThat(cited).isNotEmpty();
            assertThat(codes).containsAll(cited);
            // and the citations are printed in the report text
            String all = String.join("\n", texts);
            assertThat(cited).allMatch(all::contains);
        }
    }

    @Test
    void tt19PreschoolAndTt17PrimaryAndAmendedCatalogs() throws Exception {
        for (String id : List.of("TT19-2018", "TT17-2018", "TT18-2018+TT22-2024", "TT17-2018+TT22-2024", "TT19-2018+TT22-2024")) {
            if (REGISTRY.find(id).isEmpty()) {
                continue; // an amendment that has no target for this base
            }
            Catalog catalog = REGISTRY.get(id);
            ReportInput input = ReportSamples.sample(catalog, "2024-2025", 2);
            byte[] docx = render(input);
            try (XWPFDocument doc = open(docx)) {
                assertStructure(doc, catalog);
                List<XWPFTable> forms = doc.getTables().stream().filter(t -> cells(t.getRow(0)).equals(List.of("Mức 1", "Mức 2", "Mức 3"))).toList();
                assertThat(forms).as(id).hasSize(catalog.criteria().size());
                XWPFTable evidence = table(doc, EvidenceList2018.COLUMNS.toArray(String[]::new));
                List<String> codes = new ArrayList<>();
                for (int i = 1; i < evidence.getRows().size(); i++) {
                    codes.add(evidence.getRow(i).getCell(1).getText());
                }
                assertThat(codes).as(id).containsAll(citations(input));
                assertThat(paragraphs(doc)).as(id).contains("Tiêu chí (Khoản " + catalog.level4().orElseThrow().items().size() + " Điều 22)");
            }
        }
        assertThat(REGISTRY.find("TT18-2018+TT22-2024")).isPresent();
    }

    @Test
    void amendedCriterionWithoutItemsShowsDashes() throws Exception {
        Catalog catalog = REGISTRY.get("TT18-2018+TT22-2024");
        Criterion c15 = catalog.criterion("1.5").orElseThrow();
        ReportInput input = ReportSamples.sample(catalog, "2024-2025", 1);
        try (XWPFDocument doc = open(render(input))) {
            List<XWPFTable> forms = doc.getTables().stream().filter(t -> cells(t.getRow(0)).equals(List.of("Mức 1", "Mức 2", "Mức 3"))).toList();
            XWPFTable f = forms.get(catalog.criteria().indexOf(c15));
            for (int level = 2; level <= 3; level++) {
                if (c15.items(level).isEmpty()) {
                    assertThat(cells(f.getRow(2)).subList(2 * level - 2, 2 * level)).containsExactly("-", "-");
                }
            }
        }
    }

    @Test
    void sparseInputShowsMissingDataVisibly() throws Exception {
        Catalog catalog = REGISTRY.get("TT18-2018");
        ReportInput input = new ReportInput(
                new ReportInput.School("X", "Trường THCS Thưa", "THCS", List.of("THCS"), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), 1),
                catalog.id(), "2024-2025", Optional.empty(),
                new ReportInput.Council(Optional.empty(), Optional.empty(), List.of(), List.of()),
                new ReportInput.Plan(Optional.empty(), List.of(), List.of()),
                List.of(), List.of(), List.of(), new TreeMap<>(), Map.of());
        byte[] docx = render(input);
        Files.createDirectories(Path.of("target/samples"));
        Files.write(Path.of("target/samples/tt2018-report-sparse.docx"), docx);
        try (XWPFDocument doc = open(docx)) {
            assertStructure(doc, catalog);
            List<String> texts = paragraphs(doc);
            // cơ quan chủ quản unknown; texts missing; dates to fill in
            assertThat(texts).contains(Wml.MISSING, "……………, năm ……");
            assertThat(texts).containsSubsequence("1. Tình hình chung của nhà trường", Wml.MISSING, "2. Mục đích tự đánh giá", Wml.MISSING,
                    "Mở đầu", Wml.MISSING, "1. Mô tả hiện trạng", Wml.MISSING, "2. Điểm mạnh", Wml.MISSING,
                    "Kết luận về Tiêu chuẩn 1", "1. Những điểm mạnh nổi bật", Wml.MISSING, "5. Tự đánh giá: " + Wml.MISSING,
                    "Kết luận về đánh giá tiêu chí Mức 4", Wml.MISSING, "Phần III. KẾT LUẬN CHUNG", Wml.MISSING);
            assertThat(texts).anyMatch(t -> t.startsWith("2. Kết luận: Trường chưa đạt Mức 1 (" + Wml.MISSING));
            assertThat(texts).contains("Kết quả: " + Wml.MISSING);
            XWPFTable council = table(doc, "STT", "Họ và tên", "Chức vụ, chức danh", "Nhiệm vụ", "Chữ ký");
            assertThat(council.getText()).contains(Wml.MISSING);
            assertThat(table(doc, "Chữ viết tắt", "Nội dung viết tắt").getText()).contains(Wml.MISSING);
            XWPFTable summary = table(doc, "Tiêu chuẩn, tiêu chí", "Kết quả");
            assertThat(cells(summary.getRow(4)).get(1)).isEqualTo(Wml.MISSING);
            assertThat(summary.getRows().stream().flatMap(row -> cells(row).stream())).doesNotContain("x");
            XWPFTable evidence = table(doc, EvidenceList2018.COLUMNS.toArray(String[]::new));
            assertThat(evidence.getRows()).hasSize(2);
            assertThat(evidence.getText()).contains(Wml.MISSING);
            List<XWPFTable> forms = doc.getTables().stream().filter(t -> cells(t.getRow(0)).equals(List.of("Mức 1", "Mức 2", "Mức 3"))).toList();
            assertThat(forms).hasSize(catalog.criteria().size());
            assertThat(cells(forms.get(0).getRow(2))).containsExactly("a", Wml.MISSING, "a", Wml.MISSING, "a", Wml.MISSING);
        }
    }

    @Test
    void helpers() {
        assertThat(Report2018.duty("VICE_CHAIR")).isEqualTo("Phó Chủ tịch");
        assertThat(Report2018.title(new ReportInput.Member("A", Optional.empty(), "VICE_PRINCIPAL", "MEMBER"))).contains("Phó Hiệu trưởng");
        assertThat(Report2018.title(new ReportInput.Member("A", Optional.empty(), "OTHER", "MEMBER"))).isEmpty();
        assertThat(Report2018.clause(Optional.of("Khoản 1: một\nhai\nKhoản 2: ba"), "1")).contains("một\nhai");
        assertThat(Report2018.clause(Optional.of("Khoản 1: một\nKhoản 2: ba"), "3")).isEmpty();
        assertThat(Report2018.clause(Optional.of("chung"), "3")).contains("chung");
    }

    // ------------------------------------------------------------------ helpers

    static byte[] render(ReportInput input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DOCS.writeDocx(DocumentKind.REPORT, input, Optional.empty(), out);
        return out.toByteArray();
    }

    static XWPFDocument open(byte[] docx) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    /** The Heading1/2/3 sequence the catalog asks for (Phần I's data-table titles left out: they come from elsewhere). */
    static void assertStructure(XWPFDocument doc, Catalog catalog) {
        List<String> expected = new ArrayList<>(List.of("Phần I. CƠ SỞ DỮ LIỆU", "Phần II. TỰ ĐÁNH GIÁ", "A. ĐẶT VẤN ĐỀ", "B. TỰ ĐÁNH GIÁ",
                "I. TỰ ĐÁNH GIÁ TIÊU CHÍ MỨC 1, 2 VÀ 3"));
        for (Standard s : catalog.standards()) {
            expected.add("Tiêu chuẩn " + s.number() + ": " + s.name());
            s.criteria().forEach(c -> expected.add("Tiêu chí " + c.code() + ": " + c.name()));
        }
        catalog.level4().ifPresent(l4 -> {
            expected.add("II. TỰ ĐÁNH GIÁ TIÊU CHÍ MỨC 4");
            for (Item it : l4.items()) {
                expected.add("Tiêu chí (Khoản " + it.key() + " " + l4.article() + ")");
            }
        });
        expected.add("Phần III. KẾT LUẬN CHUNG");
        expected.add("Phần IV. PHỤ LỤC");
        List<String> headings = new ArrayList<>();
        boolean inPartOne = false;
        boolean partOneHasContent = false;
        for (XWPFParagraph p : doc.getParagraphs()) {
            String style = p.getStyleID();
            String text = p.getText();
            if (text.equals("Phần II. TỰ ĐÁNH GIÁ")) {
                inPartOne = false;
            }
            if (inPartOne && (text.equals(Wml.MISSING) || "Heading3".equals(style))) {
                partOneHasContent = true;
            }
            if (style != null && style.matches("Heading[123]") && !inPartOne) {
                headings.add(text);
            }
            if (text.equals("Phần I. CƠ SỞ DỮ LIỆU")) {
                inPartOne = true;
            }
        }
        assertThat(headings).isEqualTo(expected);
        assertThat(partOneHasContent).as("Phần I shows its tables or that data is missing").isTrue();
    }

    static List<String> paragraphs(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText().strip()).toList();
    }

    /** The first table whose first row starts with {@code header}. */
    static XWPFTable table(XWPFDocument doc, String... header) {
        return doc.getTables().stream().filter(t -> {
            List<String> first = cells(t.getRow(0));
            return first.size() >= header.length && first.subList(0, header.length).equals(List.of(header));
        }).findFirst().orElseThrow(() -> new AssertionError("no table " + List.of(header)));
    }

    /** Every [Hn-a.b-cd] code in the evaluations' texts. */
    static Set<String> citations(ReportInput input) {
        Set<String> found = new LinkedHashSet<>();
        for (ReportInput.Evaluation e : input.evaluations()) {
            for (Optional<String> t : List.of(e.currentState(), e.strengths(), e.weaknesses(), e.improvementPlan())) {
                t.ifPresent(s -> {
                    Matcher m = CITATION.matcher(s);
                    while (m.find()) {
                        found.add(m.group());
                    }
                });
            }
        }
        input.texts().values().forEach(s -> {
            Matcher m = CITATION.matcher(s);
            while (m.find()) {
                found.add(m.group());
            }
        });
        return found;
    }

    static String text(ReportInput input, String key) {
        return input.text(key).orElse(ReportTexts.ABBREVIATIONS);
    }
}
