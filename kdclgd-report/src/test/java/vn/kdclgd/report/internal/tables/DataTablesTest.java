package vn.kdclgd.report.internal.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.kdclgd.report.ReportException;
import vn.kdclgd.report.ReportInput;

class DataTablesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    // ---------- fixtures

    static ReportInput input(String type, List<String> levels, Map<String, Map<String, Long>> profiles, Map<String, String> texts) {
        ReportInput.School school = new ReportInput.School("S1", "Trường THCS Nguyễn Du", type, levels,
                Optional.of("Phòng Giáo dục và Đào tạo Quận 1"), Optional.of("Thành phố Hồ Chí Minh"),
                Optional.of("Phường Bến Nghé"), Optional.empty(), 2);
        return new ReportInput(school, "X", "2026-2027", Optional.empty(),
                new ReportInput.Council(Optional.empty(), Optional.empty(), List.of(), List.of()),
                new ReportInput.Plan(Optional.empty(), List.of(), List.of()), List.of(), List.of(), List.of(),
                new TreeMap<>(profiles), texts);
    }

    static ReportInput input(String type, Map<String, Map<String, Long>> profiles) {
        return input(type, List.of(), profiles, Map.of());
    }

    static DataTable table(List<DataTable> tables, String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no table " + id));
    }

    /** The label column of a table: the first column that is neither "TT" nor a value. */
    static int labelColumn(DataTable t) {
        return t.header().get(0).get(0).text().equals("TT") ? 1 : 0;
    }

    static List<String> labels(DataTable t) {
        int c = labelColumn(t);
        return t.rows().stream().map(r -> r.cells().get(c).orElseThrow()).toList();
    }

    /** The cell of the row with {@code label} (n-th occurrence, 1-based) in the column with header {@code column}. */
    static Optional<String> cell(DataTable t, String label, int occurrence, String column) {
        int col = -1;
        int i = 0;
        for (List<DataTable.HeaderCell> hr : t.header()) {
            i = 0;
            for (DataTable.HeaderCell h : hr) {
                if (h.text().equals(column)) {
                    col = i;
                }
                i += h.colSpan();
            }
        }
        if (t.header().size() == 2 && col >= 0 && t.header().get(1).stream().anyMatch(h -> h.text().equals(column))) {
            // second header row: its cells sit under the group, after the row-spanning first cells
            int before = 0;
            for (DataTable.HeaderCell h : t.header().get(0)) {
                if (h.colSpan() > 1) {
                    break;
                }
                before++;
            }
            col = before + t.header().get(1).stream().map(DataTable.HeaderCell::text).toList().indexOf(column);
        }
        assertThat(col).as("column " + column + " in " + t.id()).isGreaterThanOrEqualTo(0);
        int seen = 0;
        int lc = labelColumn(t);
        for (DataTable.Row r : t.rows()) {
            if (r.cells().get(lc).orElse("").equals(label) && ++seen == occurrence) {
                return r.cells().get(col);
            }
        }
        throw new AssertionError("no row " + label + " #" + occurrence + " in " + t.id());
    }

    static Optional<String> cell(DataTable t, String label, String column) {
        return cell(t, label, 1, column);
    }

    static JsonNode source(String name) throws Exception {
        try (InputStream in = DataTablesTest.class.getResourceAsStream("/vn/kdclgd/report/tables/" + name)) {
            return JSON.readTree(in);
        }
    }

    // ---------- labels equal the sources

    static Stream<Arguments> oldVariants() {
        return Stream.of(
                Arguments.of("MAM_NON", List.of(), "MAM_NON"),
                Arguments.of("TIEU_HOC", List.of(), "TIEU_HOC"),
                Arguments.of("THCS", List.of(), "THCS"),
                Arguments.of("PHO_THONG_NHIEU_CAP", List.of("TIEU_HOC", "THCS"), "TIEU_HOC_VA_THCS"));
    }

    @ParameterizedTest(name = "TT2018 {0} {1}: titles, row labels and row numbers equal CSDL-tables.json {2}")
    @MethodSource("oldVariants")
    void oldRegimeLabelsEqualSource(String type, List<String> levels, String variant) throws Exception {
        List<DataTable> tables = DataTables.of(input(type, levels, Map.of(), Map.of()), DataTables.TT2018);
        JsonNode src = source("CSDL-tables.json").path("schoolTypes").path(variant);
        assertThat(tables).hasSize(src.size());
        for (int i = 0; i < src.size(); i++) {
            JsonNode s = src.get(i);
            DataTable t = tables.get(i);
            assertThat(t.title()).isEqualTo(s.path("title").asText());
            List<String> expected = new ArrayList<>();
            s.path("rows").forEach(r -> expected.add(r.path("label").asText()));
            assertThat(labels(t)).as(t.title()).containsExactlyElementsOf(expected);
            assertThat(t.columns()).as(t.title()).isEqualTo(s.path("columns").size());
            for (DataTable.Row r : t.rows()) {
                assertThat(r.cells()).hasSize(t.columns());
            }
            if (t.header().get(0).get(0).text().equals("TT")) {
                List<String> numbers = new ArrayList<>();
                s.path("rows").forEach(r -> numbers.add(r.path("no").asText("")));
                assertThat(t.rows().stream().map(r -> r.cells().get(0).orElseThrow()).toList()).containsExactlyElementsOf(numbers);
            }
        }
    }

    @Test
    void oldRegimeHasFiveYearColumnsEndingAtTheAssessedYear() {
        DataTable t = table(DataTables.of(input("THCS", Map.of()), DataTables.TT2018), "classes");
        assertThat(t.header().get(0).stream().map(DataTable.HeaderCell::text).toList()).containsExactly("Số lớp học",
                "Năm học 2022-2023", "Năm học 2023-2024", "Năm học 2024-2025", "Năm học 2025-2026", "Năm học 2026-2027");
    }

    @Test
    void tt57ThcsLabelsEqualSource() throws Exception {
        List<DataTable> tables = DataTables.of(input("THCS", Map.of()), DataTables.TT57);
        JsonNode src = source("TT57-2026-PLV-BIEU1-PHAN-I.json");
        JsonNode header = src.path("header");
        DataTable names = table(tables, "school.names");
        assertThat(names.rows().stream().map(r -> r.cells().get(0).orElseThrow()).toList())
                .containsExactlyElementsOf(texts(header.path("lines")));
        DataTable school = table(tables, "school");
        assertThat(school.rows().stream().map(r -> r.cells().get(0).orElseThrow()).toList())
                .containsExactlyElementsOf(texts(header.path("leftTable")));
        assertThat(school.rows().stream().map(r -> r.cells().get(2).orElseThrow()).filter(s -> !s.isEmpty()).toList())
                .containsExactlyElementsOf(texts(header.path("rightTable")));
        assertThat(school.notes()).containsExactly(header.path("sentenceAfterHeader").asText());

        List<JsonNode> parts = new ArrayList<>();
        for (JsonNode t : src.path("tables")) {
            if (t.has("subtables")) {
                t.path("subtables").forEach(s -> {
                    if (s.path("rows").size() > 0) {
                        parts.add(s);
                    }
                });
            } else if (t.path("rows").size() > 0) { // 5. Các số liệu khác: free, no rows
                parts.add(t);
            }
        }
        List<DataTable> numbered = tables.subList(2, tables.size());
        assertThat(numbered).hasSize(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            List<String> expected = new ArrayList<>();
            List<String> tt = new ArrayList<>();
            parts.get(i).path("rows").forEach(r -> {
                expected.add(r.path("label").asText());
                tt.add(r.path("tt").asText(""));
            });
            DataTable t = numbered.get(i);
            assertThat(labels(t)).as(t.title()).containsExactlyElementsOf(expected);
            if (labelColumn(t) == 1) {
                assertThat(t.rows().stream().map(r -> r.cells().get(0).orElseThrow()).toList()).containsExactlyElementsOf(tt);
            }
            assertThat(t.header().get(0).stream().filter(h -> h.text().startsWith("Năm học")).map(DataTable.HeaderCell::text).toList())
                    .as(t.title()).isIn(List.of(), List.of("Năm học 2024-2025", "Năm học 2025-2026", "Năm học 2026-2027"));
            assertThat(t.notes()).as(t.title()).noneMatch(n -> n.contains("Chưa tìm thấy các dòng chính thức"));
        }
        DataTable now = table(tables, "staff.now");
        assertThat(now.header()).hasSize(2);
        assertThat(now.header().get(1).stream().map(DataTable.HeaderCell::text).toList())
                .containsExactly("Chưa đạt chuẩn", "Đạt chuẩn", "Trên chuẩn");
        assertThat(now.columns()).isEqualTo(8);
        assertThat(now.rows()).allSatisfy(r -> assertThat(r.cells()).hasSize(8));
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static Stream<Arguments> gradesPerType() {
        return Stream.of(
                Arguments.of(DataTables.TT2018, "THPT", List.of(), List.of("10", "11", "12")),
                Arguments.of(DataTables.TT2018, "PHO_THONG_NHIEU_CAP", List.of("THCS", "THPT"), List.of("6", "7", "8", "9", "10", "11", "12")),
                Arguments.of(DataTables.TT2018, "PHO_THONG_NHIEU_CAP", List.of("TIEU_HOC", "THCS", "THPT"),
                        List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12")),
                Arguments.of(DataTables.TT57, "TIEU_HOC", List.of(), List.of("1", "2", "3", "4", "5")),
                Arguments.of(DataTables.TT57, "THPT", List.of(), List.of("10", "11", "12")),
                Arguments.of(DataTables.TT57, "PHO_THONG_NHIEU_CAP", List.of("TIEU_HOC", "THCS"), List.of("1", "2", "3", "4", "5", "6", "7", "8", "9")),
                Arguments.of(DataTables.TT57, "TRUNG_TAM_GDTX", List.of(), List.of("6", "7", "8", "9", "10", "11", "12")));
    }

    @ParameterizedTest(name = "{0} {1} {2}: lists the grades {3}, in classes and students")
    @MethodSource("gradesPerType")
    void schoolListsAllItsGrades(String regime, String type, List<String> levels, List<String> grades) {
        List<DataTable> tables = DataTables.of(input(type, levels, Map.of(), Map.of()), regime);
        List<String> classRows = new ArrayList<>(grades.stream().map(g -> "Khối lớp " + g).toList());
        classRows.add("Cộng");
        assertThat(labels(table(tables, "classes"))).containsExactlyElementsOf(classRows);
        assertThat(labels(table(tables, "students")).stream().filter(l -> l.startsWith("- Khối lớp")).toList())
                .containsExactlyElementsOf(grades.stream().map(g -> "- Khối lớp " + g).toList());
        boolean inferred = regime.equals(DataTables.TT57) || levels.contains("THPT") || type.equals("THPT");
        assertThat(table(tables, "classes").notes()).as("a note says the rows are not the official ones")
                .hasSize(inferred ? 1 : 0);
    }

    @Test
    void tt57NonThcsTablesSayTheOfficialRowsWereNotFound() {
        List<DataTable> tables = DataTables.of(input("TIEU_HOC", Map.of()), DataTables.TT57);
        for (String id : List.of("classes", "rooms", "staff.now", "staff.years", "students", "results")) {
            assertThat(table(tables, id).notes()).as(id).anyMatch(n -> n.startsWith("Chưa tìm thấy"));
        }
    }

    @Test
    void tt57MamNonUsesTheAgeGroupsAsGrades() {
        List<DataTable> tables = DataTables.of(input("MAM_NON", List.of("MAM_NON"), Map.of("2026-2027",
                Map.of("classes.grade.MG-5-6", 4L)), Map.of()), DataTables.TT57);
        DataTable classes = table(tables, "classes");
        assertThat(labels(classes)).startsWith("Nhóm trẻ từ 3 đến 12 tháng tuổi").endsWith("Lớp mẫu giáo 5-6 tuổi", "Cộng");
        assertThat(cell(classes, "Lớp mẫu giáo 5-6 tuổi", "Năm học 2026-2027")).contains("4");
    }

    @Test
    void oldRegimeHasNoFormForGdtxAndUnknownRegimeIsRefused() {
        assertThatThrownBy(() -> DataTables.of(input("TRUNG_TAM_GDTX", Map.of()), DataTables.TT2018))
                .isInstanceOf(ReportException.class).hasMessageContaining("KDCL-9405");
        assertThatThrownBy(() -> DataTables.of(input("THCS", Map.of()), "TT99"))
                .isInstanceOf(ReportException.class).hasMessageContaining("KDCL-9405");
    }

    // ---------- values

    @Test
    void valuesLandInTheirYearColumn() {
        Map<String, Map<String, Long>> p = Map.of(
                "2022-2023", Map.of("students.total", 900L),
                "2024-2025", Map.of("students.total", 940L),
                "2026-2027", Map.of("students.total", 962L));
        DataTable t = table(DataTables.of(input("THCS", p), DataTables.TT2018), "students");
        assertThat(cell(t, "Tổng số học sinh", "Năm học 2022-2023")).contains("900");
        assertThat(cell(t, "Tổng số học sinh", "Năm học 2023-2024")).isEmpty();
        assertThat(cell(t, "Tổng số học sinh", "Năm học 2024-2025")).contains("940");
        assertThat(cell(t, "Tổng số học sinh", "Năm học 2025-2026")).isEmpty();
        assertThat(cell(t, "Tổng số học sinh", "Năm học 2026-2027")).contains("962");

        DataTable t57 = table(DataTables.of(input("THCS", p), DataTables.TT57), "students");
        assertThat(t57.header().get(0).stream().map(DataTable.HeaderCell::text).toList()).containsExactly("TT", "Số liệu",
                "Năm học 2024-2025", "Năm học 2025-2026", "Năm học 2026-2027", "Ghi chú");
        assertThat(cell(t57, "Tổng số học sinh", "Năm học 2024-2025")).contains("940");
        assertThat(cell(t57, "Tổng số học sinh", "Năm học 2026-2027")).contains("962");
        assertThat(cell(t57, "Tổng số học sinh", "Ghi chú")).contains("");
    }

    static Stream<String> regimes() {
        return Stream.of(DataTables.TT2018, DataTables.TT57);
    }

    @ParameterizedTest(name = "{0}: an absent key is missing, a 0 count is \"0\"")
    @MethodSource("regimes")
    void unknownIsNotZero(String regime) {
        Map<String, Long> y = new HashMap<>();
        y.put("students.total", 500L);
        y.put("students.female", 0L);
        DataTable t = table(DataTables.of(input("THCS", Map.of("2026-2027", y)), regime), "students");
        assertThat(cell(t, "- Nữ", "Năm học 2026-2027")).contains("0");
        assertThat(cell(t, "- Dân tộc thiểu số", "Năm học 2026-2027")).isEmpty();
        assertThat(cell(t, "Bình quân số học sinh/lớp học", "Năm học 2026-2027")).as("no classes.total").isEmpty();
    }

    @ParameterizedTest(name = "{0}: Cộng of classes only when every grade is known")
    @MethodSource("regimes")
    void sumOnlyWhenEveryOperandIsKnown(String regime) {
        Map<String, Map<String, Long>> p = Map.of(
                "2025-2026", Map.of("classes.grade.6", 5L, "classes.grade.7", 5L, "classes.grade.8", 4L),
                "2026-2027", Map.of("classes.grade.6", 6L, "classes.grade.7", 5L, "classes.grade.8", 5L, "classes.grade.9", 4L));
        DataTable t = table(DataTables.of(input("THCS", p), regime), "classes");
        assertThat(cell(t, "Khối lớp 9", "Năm học 2025-2026")).isEmpty();
        assertThat(cell(t, "Cộng", "Năm học 2025-2026")).isEmpty();
        assertThat(cell(t, "Cộng", "Năm học 2026-2027")).contains("20");
    }

    @Test
    void anAbsentGradeIsZeroOnlyWhenTheOtherGradesAddUpToTheTotal() {
        Map<String, Map<String, Long>> p = Map.of(
                "2025-2026", Map.of("classes.total", 14L, "classes.grade.6", 5L, "classes.grade.7", 5L, "classes.grade.8", 4L),
                "2026-2027", Map.of("classes.total", 18L, "classes.grade.6", 5L, "classes.grade.7", 5L, "classes.grade.8", 4L));
        DataTable t = table(DataTables.of(input("THCS", p), DataTables.TT2018), "classes");
        assertThat(cell(t, "Khối lớp 9", "Năm học 2025-2026")).contains("0");
        assertThat(cell(t, "Cộng", "Năm học 2025-2026")).contains("14");
        assertThat(cell(t, "Khối lớp 9", "Năm học 2026-2027")).isEmpty();
        assertThat(cell(t, "Cộng", "Năm học 2026-2027")).as("falls back to classes.total").contains("18");
    }

    @ParameterizedTest(name = "{0}: ratios with a decimal comma, only when both operands are known")
    @MethodSource("regimes")
    void ratios(String regime) {
        Map<String, Map<String, Long>> p = Map.of(
                "2025-2026", Map.of("staff.role.TEACHER", 37L),
                "2026-2027", Map.of("staff.role.TEACHER", 37L, "classes.total", 20L, "students.total", 962L));
        List<DataTable> tables = DataTables.of(input("THCS", p), regime);
        DataTable staff = table(tables, "staff.years");
        String perClass = regime.equals(DataTables.TT57) ? "Tỉ lệ giáo viên/lớp" : "Tỷ lệ giáo viên/lớp";
        assertThat(cell(staff, "Tổng số giáo viên", "Năm học 2026-2027")).contains("37");
        assertThat(cell(staff, perClass, "Năm học 2026-2027")).contains("1,85");
        assertThat(cell(staff, perClass, "Năm học 2025-2026")).isEmpty();
        assertThat(cell(table(tables, "students"), "Bình quân số học sinh/lớp học", "Năm học 2026-2027")).contains("48,10");
    }

    @Test
    void percentagesAndCountWithPercentage() {
        Map<String, Map<String, Long>> p = Map.of("2026-2027", Map.of("results.rated", 800L, "results.learning.good", 100L,
                "results.learning.fair", 0L, "students.total", 962L, "students.rightAge", 850L));
        List<DataTable> tables = DataTables.of(input("THCS", p), DataTables.TT57);
        DataTable r = table(tables, "results");
        assertThat(cell(r, "Tỉ lệ học sinh có kết quả học tập xếp loại Tốt", "Năm học 2026-2027")).contains("12,5%");
        assertThat(cell(r, "Tỉ lệ học sinh có kết quả học tập xếp loại Khá", "Năm học 2026-2027")).contains("0%");
        assertThat(cell(r, "Tỉ lệ học sinh có kết quả học tập xếp loại Chưa đạt", "Năm học 2026-2027")).isEmpty();
        assertThat(cell(table(tables, "students"), "Số lượng và tỉ lệ % đi học đúng độ tuổi", "Năm học 2026-2027"))
                .contains("850 (88,36%)");
    }

    @Test
    void roomsSumTheirBlocks() {
        Map<String, Long> y = new HashMap<>();
        y.put("facilities.rooms.total", 40L);
        for (String t : List.of("CLASSROOM", "SUBJECT_ROOM", "LEARNING_SUPPORT", "ADMINISTRATION")) {
            y.put("facilities.rooms." + t + ".SOLID", 3L);
            y.put("facilities.rooms." + t + ".SEMI_SOLID", 2L);
            y.put("facilities.rooms." + t + ".TEMPORARY", 0L);
        }
        y.put("facilities.rooms.LIBRARY", 1L);
        y.put("facilities.rooms.KITCHEN", 1L);
        // OTHER unknown: IV and Cộng by rows are unknown, Cộng falls back to the total
        DataTable t = table(DataTables.of(input("THCS", Map.of("2026-2027", y)), DataTables.TT2018), "rooms");
        String col = "Năm học 2026-2027";
        assertThat(cell(t, "Phòng học", col)).contains("5");
        assertThat(cell(t, "Phòng kiên cố", 1, col)).contains("3");
        assertThat(cell(t, "Phòng tạm", 1, col)).contains("0");
        assertThat(cell(t, "Phòng học, phòng học bộ môn và khối phục vụ học tập", col)).contains("15");
        assertThat(cell(t, "Khối phòng hành chính - quản trị", col)).contains("5");
        assertThat(cell(t, "Thư viện", col)).contains("1");
        assertThat(cell(t, "Các công trình, khối phòng chức năng khác (nếu có)", col)).isEmpty();
        assertThat(cell(t, "Cộng", col)).contains("40");
        assertThat(t.rows().get(0).emphasis()).isTrue();
        assertThat(cell(t, "Phòng học", "Ghi chú")).contains("");
    }

    @Test
    void mamNonRoomBlocksAndChildren() {
        Map<String, Long> y = new HashMap<>();
        for (String t : List.of("CLASSROOM", "SUBJECT_ROOM", "LEARNING_SUPPORT", "LIBRARY", "ADMINISTRATION", "KITCHEN")) {
            y.put("facilities.rooms." + t, 2L);
        }
        y.put("students.total", 300L);
        y.put("students.grade.MG-5-6", 100L);
        y.put("students.twoSessions", 290L);
        DataTable rooms = table(DataTables.of(input("MAM_NON", Map.of("2026-2027", y)), DataTables.TT2018), "rooms");
        assertThat(cell(rooms, "Khối phòng phục vụ học tập", "Năm học 2026-2027")).contains("6");
        assertThat(cell(rooms, "Cộng", "Năm học 2026-2027")).contains("12");
        DataTable children = table(DataTables.of(input("MAM_NON", Map.of("2026-2027", y)), DataTables.TT2018), "students");
        assertThat(cell(children, "- Trẻ em từ 5-6 tuổi", "Năm học 2026-2027")).contains("100");
        assertThat(cell(children, "- Trẻ em từ 3-4 tuổi", "Năm học 2026-2027")).as("other groups don't add up").isEmpty();
        assertThat(cell(children, "Học 2 buổi/ngày", 1, "Năm học 2026-2027")).contains("290");
        assertThat(cell(children, "Học 2 buổi/ngày", 2, "Năm học 2026-2027")).isEmpty();
        assertThat(children.notes()).anyMatch(n -> n.contains("Học 2 buổi/ngày"));
    }

    @ParameterizedTest(name = "{0}: staff at the time of the assessment")
    @MethodSource("regimes")
    void staffNow(String regime) {
        Map<String, Long> y = new HashMap<>();
        y.put("staff.total", 50L);
        y.put("staff.female", 38L);
        y.put("staff.role.TEACHER", 40L);
        y.put("personnel.PRINCIPAL.total", 1L);
        y.put("personnel.PRINCIPAL.female", 0L);
        y.put("personnel.PRINCIPAL.aboveStandard", 1L);
        DataTable t = table(DataTables.of(input("THCS", Map.of("2025-2026", Map.of("staff.total", 1L), "2026-2027", y)), regime), "staff.now");
        assertThat(cell(t, "Hiệu trưởng", "Tổng số")).contains("1");
        assertThat(cell(t, "Hiệu trưởng", "Nữ")).contains("0");
        assertThat(cell(t, "Hiệu trưởng", "Dân tộc")).isEmpty();
        assertThat(cell(t, "Hiệu trưởng", "Trên chuẩn")).contains("1");
        assertThat(cell(t, "Giáo viên", "Tổng số")).contains("40");
        assertThat(cell(t, "Giáo viên", "Nữ")).isEmpty();
        assertThat(cell(t, "Cộng", "Tổng số")).as("the assessed year's staff.total").contains("50");
        assertThat(cell(t, "Cộng", "Nữ")).contains("38");
        assertThat(cell(t, "Cộng", "Trên chuẩn")).as("needs every role").isEmpty();
    }

    @Test
    void schoolInformation() {
        Map<String, String> texts = Map.of("school.principal", "Nguyễn Văn A", "school.ownership", "Công lập", "school.phone", " ");
        List<DataTable> tables = DataTables.of(input("THCS", List.of(), Map.of(), texts), DataTables.TT2018);
        DataTable s = table(tables, "school");
        assertThat(s.title()).isEqualTo("Thông tin nhà trường");
        assertThat(cell(s, "Tên trường", "Nội dung")).contains("Trường THCS Nguyễn Du");
        assertThat(cell(s, "Sở (Phòng) Giáo dục và Đào tạo", "Nội dung")).contains("Phòng Giáo dục và Đào tạo Quận 1");
        assertThat(cell(s, "Họ và tên hiệu trưởng", "Nội dung")).contains("Nguyễn Văn A");
        assertThat(cell(s, "Công lập", "Nội dung")).contains("x");
        assertThat(cell(s, "Tư thục", "Nội dung")).contains("");
        assertThat(cell(s, "Điện thoại", "Nội dung")).as("blank text is missing").isEmpty();
        assertThat(cell(s, "Website", "Nội dung")).isEmpty();
        assertThat(cell(s, "Số điểm trường", "Nội dung")).contains("2");

        List<DataTable> t57 = DataTables.of(input("THCS", List.of(), Map.of(), Map.of()), DataTables.TT57);
        DataTable names = table(t57, "school.names");
        assertThat(names.rows().get(0).cells()).containsExactly(Optional.of("Tên trường (theo quyết định mới nhất):"),
                Optional.of("Trường THCS Nguyễn Du"));
        assertThat(names.rows().get(1).cells().get(1)).isEmpty();
        DataTable right = table(t57, "school");
        assertThat(right.rows().get(0).cells()).containsExactly(Optional.of("Tỉnh/thành phố trực thuộc Trung ương"),
                Optional.of("Thành phố Hồ Chí Minh"), Optional.of("Họ và tên hiệu trưởng"), Optional.empty());
        assertThat(right.rows().get(4).cells().get(1)).as("ownership unknown").isEmpty();
    }

    @Test
    void yearsAreTheMostRecentEndingAtTheAssessedYear() {
        assertThat(DataTables.years("2026-2027", 3)).containsExactly("2024-2025", "2025-2026", "2026-2027");
        assertThatThrownBy(() -> DataTables.years("2026-2028", 3)).isInstanceOf(ReportException.class);
        assertThatThrownBy(() -> DataTables.years("2026", 3)).isInstanceOf(ReportException.class);
    }
}
