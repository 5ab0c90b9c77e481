package vn.kdclgd.smas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kdclgd.rules.KdclException;

/**
 * The mapping layer on rows as the reading layer hands them over: header search, aliases, tolerance
 * for titles, banners, repeated headers and signatures, value tables, duplicates, unknown ≠ 0, the
 * JSON contract, and templates as data.
 */
class MappingTest {
    static final String NFD_HEADER = java.text.Normalizer.normalize("Mã học\nsinh (*)", java.text.Normalizer.Form.NFD);

    private final Map<String, RowsSource> files = new HashMap<>();

    private ImportResult read(ImportOptions options, RowsSource... sources) {
        List<Path> paths = new ArrayList<>();
        for (RowsSource s : sources) {
            files.put(s.file().getFileName().toString(), s);
            paths.add(s.file());
        }
        return new SchoolDataImporter(options, (p, l) -> files.get(p.getFileName().toString())).read(paths, "2025-2026");
    }

    private ImportResult read(RowsSource... sources) {
        return read(ImportOptions.defaults(), sources);
    }

    static List<Object> row(Object... v) {
        return Arrays.asList(v);
    }

    /** A CSDL-style C1-HocSinh sheet: titles, a header with a line break in NFD, columns reordered and added. */
    static RowsSource csdl(String name) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("SỞ GIÁO DỤC VÀ ĐÀO TẠO"));
        rows.add(row("DANH SÁCH HỌC SINH NĂM HỌC 2025-2026"));
        rows.add(row());
        rows.add(row("STT", "Họ và tên", NFD_HEADER, "Mã lớp", "Tên lớp", "Cột mới của Bộ", "Ngày sinh", "Giới tính", "Dân tộc",
                "Trạng thái HS", "Loại khuyết tật"));
        rows.add(row(1, "Nguyễn Thị An", "7900000001", "L6A1", "6A1", "x", LocalDate.of(2014, 3, 2), "Nữ", "Kinh", "Đang học", ""));
        rows.add(row(2, "Trần Văn Bình", 7900000002L, "L6A1", "6A1", "x", "15/07/2014", "Nam", "Tày", "Đang học", "Khuyết tật vận động"));
        rows.add(row(3, "Lê Thị Cúc", "7900000003", "L6A2", "6A2", "", "31/02/2014", "NỮ", "Kinh", "Đang học", "Không"));
        rows.add(row(4, "Phạm Văn Dũng", "7900000004", "L7A1", "7A1", "", "01/01/2013", "nam", "Kinh", "Chuyển trường", ""));
        rows.add(row(5, "Nguyễn Thị An", "7900000001", "L6A1", "6A1", "", "02/03/2014", "Nữ", "Kinh", "Đang học", ""));
        rows.add(row(6, "Hoàng Thị Em", "7900000005", "L7A1", "7A1", "", "03/03/2013", "Nữ", "H'Mông", "Đang học", ""));
        rows.add(row());
        rows.add(row("", "Tổng cộng: 6 học sinh"));
        rows.add(row("", "", "", "", "", "", "", "Người lập biểu", "", "Hiệu trưởng"));
        return new RowsSource(Path.of(name)).sheet("C1-HocSinh", rows)
                .sheet("DM_DanToc", List.of(row("Mã", "Tên dân tộc"), row("01", "Kinh"), row("02", "Tày")));
    }

    @Test
    void csdlStudentListGivesExactCountsAndPreciseWarnings() {
        ImportResult r = read(csdl("hs.xlsx"));
        assertThat(r.errors()).isEmpty();
        assertThat(r.sources()).singleElement().satisfies(s -> {
            assertThat(s.template()).isEqualTo("csdl-c1-hocsinh");
            assertThat(s.sheet()).isEqualTo("C1-HocSinh");
            assertThat(s.headerRow()).isEqualTo(4);
            assertThat(s.records()).isEqualTo(4);
        });
        assertThat(r.counts()).containsEntry("students.total", 4).containsEntry("students.female", 3)
                .containsEntry("students.ethnicMinority", 2).containsEntry("students.disability", 1)
                .containsEntry("students.grade.6", 3).containsEntry("students.grade.7", 1)
                .containsEntry("classes.total", 3).containsEntry("classes.grade.6", 2).containsEntry("classes.grade.7", 1);
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("KDCL-9206");
            assertThat(w.row()).isEqualTo(9);
            assertThat(w.column()).isEqualTo("C");
            assertThat(w.message()).contains("7900000001").contains("dòng 5");
        });
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.code() + w.row() + w.column()).isEqualTo("KDCL-92096C"));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.code() + w.row() + w.column()).isEqualTo("KDCL-92077G"));
        assertThat(r.studentsPerClass()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1.33"));
    }

    @Test
    void aMissingColumnIsUnknownNotZero() throws IOException {
        List<List<Object>> rows = List.of(row("Mã lớp", "Mã học sinh", "Họ tên"), row("L1", "HS1", "A"), row("L1", "HS2", "B"));
        ImportResult r = read(new RowsSource(Path.of("no-gender.xlsx")).sheet("Sheet1", rows));
        assertThat(r.count("students.total")).hasValue(2);
        assertThat(r.count("students.female")).isEmpty();
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("KDCL-9210");
            assertThat(w.message()).contains("gender").contains("unknown (null), not 0");
        });
        JsonNode json = new ObjectMapper().readTree(r.toJson());
        assertThat(json.at("/students/total").asInt()).isEqualTo(2);
        assertThat(json.at("/students/female").isNull()).isTrue();
        assertThat(json.at("/students/ethnicMinority").isNull()).isTrue();
        assertThat(json.at("/students/byGrade").isNull()).as("class L1 tells no grade").isTrue();
        assertThat(json.at("/staff").isNull()).isTrue();
        // one blank gender among known ones also makes the figure unknown, with the row named
        List<List<Object>> blank = List.of(row("Mã lớp", "Mã học sinh", "Họ tên", "Giới tính"), row("6A", "HS1", "A", "Nữ"),
                row("6A", "HS2", "B", ""));
        ImportResult b = read(new RowsSource(Path.of("blank-gender.xlsx")).sheet("Sheet1", blank));
        assertThat(b.count("students.female")).isEmpty();
        assertThat(b.warnings()).anySatisfy(w -> assertThat(w.code() + "@" + w.row() + w.column()).isEqualTo("KDCL-9210@3D"));
    }

    @Test
    void smasListWithBannersRepeatedHeadersSignaturesAndHiddenColumns() {
        List<Object> header = row("STT", "Mã học sinh", "Họ và tên", "Ngày sinh", "Giới tính", "Mã nội bộ");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("TRƯỜNG THCS NGUYỄN DU"));
        rows.add(row("DANH SÁCH HỌC SINH"));
        rows.add(header);
        rows.add(row("Lớp: 6A1"));
        rows.add(row(1, "HS001", "An", "01/01/2014", "Nữ", "x1"));
        rows.add(row(2, "HS002", "Bình", "02/01/2014", "Nam", "x2"));
        rows.add(header);
        rows.add(row("LỚP 7A2"));
        rows.add(row(1, "HS003", "Cúc", "03/01/2013", "Nữ", "x3"));
        rows.add(row());
        rows.add(row("", "", "", "Ngày 20 tháng 9 năm 2025"));
        rows.add(row("", "", "", "HIỆU TRƯỞNG"));
        ImportResult r = read(new RowsSource(Path.of("smas.xls")).sheet("DSHS", rows).hidden("DSHS", 5));
        assertThat(r.errors()).isEmpty();
        assertThat(r.sources()).singleElement().satisfies(s -> assertThat(s.template()).isEqualTo("smas-vnedu-hocsinh"));
        assertThat(r.counts()).containsEntry("students.total", 3).containsEntry("students.female", 2)
                .containsEntry("classes.total", 2).containsEntry("students.grade.6", 2).containsEntry("students.grade.7", 1);
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).contains("1 repeated header rows and 2 class banner rows"));
    }

    @Test
    void anUnknownStatusIsAnErrorAndTheResultCannotBeCommitted() {
        List<List<Object>> rows = List.of(row("Mã lớp", "Mã học sinh", "Họ tên", "Trạng thái HS"),
                row("6A", "HS1", "A", "Đang học"), row("6A", "HS2", "B", "Nghỉ học tạm thời"), row("6A", "HS3", "C", "Nghỉ học tạm thời"),
                row("6A", "", "D", "Đang học"));
        ImportResult r = read(new RowsSource(Path.of("status.xlsx")).sheet("Sheet1", rows));
        assertThat(r.usable()).isFalse();
        assertThat(r.errors()).anySatisfy(e -> {
            assertThat(e.code()).isEqualTo("KDCL-9205");
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.column()).isEqualTo("D");
            assertThat(e.occurrences()).isEqualTo(2);
            assertThat(e.message()).contains("Nghỉ học tạm thời").contains("\"values\".status");
        });
        assertThat(r.errors()).anySatisfy(e -> assertThat(e.code() + "@" + e.row() + e.column()).isEqualTo("KDCL-9204@5B"));
        assertThatThrownBy(() -> new SchoolDataImporter(ImportOptions.defaults()).commit(null, null, null, r))
                .isInstanceOfSatisfying(KdclException.class, e -> assertThat(e.code()).isEqualTo("KDCL-9212"));
    }

    @Test
    void staffListCountsByRoleTrainingAndStandard() {
        List<List<Object>> rows = List.of(row("DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN"),
                row("Mã cán bộ", "Họ và tên", "Giới tính", "Dân tộc", "Vị trí việc làm", "Trình độ đào tạo", "Chuẩn nghề nghiệp", "Trạng thái"),
                row("CB1", "Ngô Văn Hùng", "Nam", "Kinh", "Hiệu trưởng", "Thạc sĩ", "Tốt", "Đang làm việc"),
                row("CB2", "Lý Thị Lan", "Nữ", "Kinh", "Giáo viên THCS hạng II", "Đại học", "Khá", "Đang làm việc"),
                row("CB3", "Đặng Thị Mai", "Nữ", "Mường", "Giáo viên THCS hạng III", "Cao đẳng", "Đạt", "Đang làm việc"),
                row("CB4", "Võ Văn Nam", "Nam", "Kinh", "Nhân viên kế toán", "Trung cấp", "", "Đang làm việc"),
                row("CB5", "Bùi Văn Phúc", "Nam", "Kinh", "Giáo viên", "Đại học", "Đạt", "Nghỉ hưu"));
        ImportResult r = read(new RowsSource(Path.of("gv.xlsx")).sheet("CSDL_GiaoVien", rows));
        assertThat(r.errors()).isEmpty();
        assertThat(r.counts()).containsEntry("staff.total", 4).containsEntry("staff.female", 2).containsEntry("staff.ethnicMinority", 1)
                .containsEntry("staff.role.MANAGER", 1).containsEntry("staff.role.TEACHER", 2).containsEntry("staff.role.SUPPORT", 1)
                .containsEntry("staff.training.MASTER", 1).containsEntry("staff.training.BACHELOR", 1)
                .containsEntry("staff.training.COLLEGE", 1).containsEntry("staff.training.INTERMEDIATE", 1)
                .containsEntry("staff.training.DOCTORATE", 0)
                .doesNotContainKey("staff.standard.GOOD").as("one blank standard: unknown");
        assertThat(r.kinds()).containsExactly(ImportKind.STAFF);
    }

    @Test
    void theJsonContract() throws IOException {
        JsonNode j = new ObjectMapper().readTree(read(csdl("hs.xlsx")).toJson());
        assertThat(j.get("schoolYear").asText()).isEqualTo("2025-2026");
        assertThat(j.at("/sources/0/file").asText()).isEqualTo("hs.xlsx");
        assertThat(j.at("/sources/0/kind").asText()).isEqualTo("XLSX");
        assertThat(j.at("/sources/0/headerRow").asInt()).isEqualTo(4);
        assertThat(j.at("/sources/0/encoding").asText()).isEqualTo("Unicode");
        assertThat(j.at("/sources/0/rowsRead").asInt()).isEqualTo(11);
        assertThat(j.at("/students/total").asInt()).isEqualTo(4);
        assertThat(j.at("/students/female").asInt()).isEqualTo(3);
        assertThat(j.at("/students/ethnicMinority").asInt()).isEqualTo(2);
        assertThat(j.at("/students/byGrade/6").asInt()).isEqualTo(3);
        assertThat(j.at("/classes/total").asInt()).isEqualTo(3);
        assertThat(j.at("/classes/byGrade/7").asInt()).isEqualTo(1);
        assertThat(j.at("/warnings/0/file").asText()).isEqualTo("hs.xlsx");
        assertThat(j.at("/warnings/0").has("row")).isTrue();
        assertThat(j.at("/warnings/0").has("column")).isTrue();
        assertThat(j.get("errors").isArray()).isTrue();
    }

    @Test
    void noHeaderAnywhereIsAnErrorNamingTheSheets() {
        ImportResult r = read(new RowsSource(Path.of("other.xlsx")).sheet("Điểm", List.of(row("Môn", "Điểm"), row("Toán", 8))));
        assertThat(r.usable()).isFalse();
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("KDCL-9203");
            assertThat(e.message()).contains("Điểm").contains("Mã học sinh");
        });
    }

    @Test
    void aVendorTemplateIsAMappingFileAndBadOnesAreRefusedWithTheirPath(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("vendor.json");
        Files.writeString(good, """
                {"format": "kdclgd-import-template/1", "id": "vendor-hs", "title": "Vendor", "source": "Vendor X", "kind": "STUDENTS",
                 "columns": {"studentCode": {"aliases": ["Student ID"], "required": true},
                             "className": {"aliases": ["Class"]},
                             "gender": {"aliases": ["Sex"]}},
                 "values": {"gender": {"map": {"girl": "FEMALE", "boy": "MALE"}}}}
                """);
        ImportTemplates t = ImportTemplates.builder().addBundled().addPath(good).build();
        ImportResult r = read(ImportOptions.defaults().withTemplates(t).withTemplate("vendor-hs"),
                new RowsSource(Path.of("v.csv")).sheet("v", List.of(row("Student ID", "Class", "Sex"), row("1", "10A1", "girl"),
                        row("2", "11A1", "boy"))));
        assertThat(r.counts()).containsEntry("students.total", 2).containsEntry("students.female", 1).containsEntry("students.grade.10", 1);

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, """
                {"format": "kdclgd-import-template/1", "id": "bad", "title": "B", "source": "S", "kind": "STUDENTS",
                 "columns": {"shoeSize": {"aliases": ["Size"], "required": true}},
                 "values": {"gender": {"map": {"x": "WOMAN"}}}, "classBanner": "([a"}
                """);
        assertThatThrownBy(() -> ImportTemplates.builder().addPath(bad).build())
                .isInstanceOfSatisfying(KdclException.class, e -> assertThat(e.problems()).extracting(p -> p.where())
                        .anySatisfy(w -> assertThat(w).endsWith("$.columns.shoeSize"))
                        .anySatisfy(w -> assertThat(w).endsWith("$.values.gender.map.x"))
                        .anySatisfy(w -> assertThat(w).endsWith("$.classBanner")));
        assertThatThrownBy(() -> ImportTemplates.builder().addBundled().addBundled().build())
                .isInstanceOfSatisfying(KdclException.class, e -> assertThat(e.code()).isEqualTo("KDCL-9202"));
    }

    @Test
    void gradesOfEveryLevelFromClassNames() {
        String[][] cases = {{"6A1", "6"}, {"Lớp 10A2", "10"}, {"12 Toán", "12"}, {"1A", "1"}, {"Lá 1", "MG-5-6"}, {"Chồi 2", "MG-4-5"},
            {"Mầm", "MG-3-4"}, {"Nhóm trẻ 25-36 tháng", "NT-25-36"}, {"Mẫu giáo 5-6 tuổi A", "MG-5-6"}};
        for (String[] c : cases) {
            ImportResult r = read(new RowsSource(Path.of("g.xlsx")).sheet("s", List.of(row("Mã lớp", "Mã học sinh", "Họ tên"),
                    row(c[0], "HS1", "A"))));
            assertThat(r.counts()).as(c[0]).containsEntry("students.grade." + c[1], 1);
        }
    }
}
