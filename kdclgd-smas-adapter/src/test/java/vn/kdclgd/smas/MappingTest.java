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

    // ---- rooms (FACILITIES) ----

    private ImportResult rooms(List<List<Object>> rows) {
        return read(new RowsSource(Path.of("phong.xlsx")).sheet("Phòng học", rows));
    }

    /** Every block row of the "Cơ cấu khối công trình" table of every school type (CSDL-tables.json) has spellings that reach it. */
    @Test
    void roomTypesOfEveryBlockOfEverySchoolTypeMapToTheirCanonicalValue() {
        String[][] cases = {
            // phổ thông I.1 Phòng học / mầm non I Khối phòng nhóm trẻ, lớp mẫu giáo
            {"Phòng học", "CLASSROOM"}, {"Phòng học văn hóa", "CLASSROOM"}, {"PHÒNG HỌC", "CLASSROOM"}, {"Lớp học", "CLASSROOM"},
            {"Khối phòng nhóm trẻ, lớp mẫu giáo", "CLASSROOM"}, {"Phòng sinh hoạt chung", "CLASSROOM"},
            {"Phòng nhóm trẻ 25-36 tháng", "CLASSROOM"}, {"Phòng lớp mẫu giáo 5-6 tuổi", "CLASSROOM"}, {"Phòng ngủ", "CLASSROOM"},
            // I.2 Phòng học bộ môn
            {"Phòng học bộ môn", "SUBJECT_ROOM"}, {"Phòng bộ môn Vật lí", "SUBJECT_ROOM"}, {"Phòng Tin học", "SUBJECT_ROOM"},
            {"Phòng thí nghiệm Hóa học", "SUBJECT_ROOM"}, {"Phòng Âm nhạc", "SUBJECT_ROOM"}, {"Phòng Mĩ thuật", "SUBJECT_ROOM"},
            {"Phòng Khoa học - Công nghệ", "SUBJECT_ROOM"}, {"Phòng Ngoại ngữ", "SUBJECT_ROOM"}, {"Phòng đa chức năng", "SUBJECT_ROOM"},
            // I.3 / mầm non II Khối phòng phục vụ học tập
            {"Khối phòng phục vụ học tập", "LEARNING_SUPPORT"}, {"Phòng thiết bị giáo dục", "LEARNING_SUPPORT"},
            {"Phòng tư vấn học đường", "LEARNING_SUPPORT"}, {"Phòng Đội", "LEARNING_SUPPORT"}, {"Phòng truyền thống", "LEARNING_SUPPORT"},
            {"Phòng giáo dục thể chất", "LEARNING_SUPPORT"},
            // II / mầm non III Khối phòng hành chính quản trị
            {"Khối phòng hành chính - quản trị", "ADMINISTRATION"}, {"Khối phòng hành chính quản trị", "ADMINISTRATION"},
            {"Phòng Hiệu trưởng", "ADMINISTRATION"}, {"Phòng Phó hiệu trưởng", "ADMINISTRATION"}, {"Văn phòng", "ADMINISTRATION"},
            {"Phòng y tế", "ADMINISTRATION"}, {"Phòng họp", "ADMINISTRATION"}, {"Phòng giáo viên", "ADMINISTRATION"},
            {"Phòng bảo vệ", "ADMINISTRATION"},
            // III Thư viện
            {"Thư viện", "LIBRARY"}, {"Phòng thư viện", "LIBRARY"}, {"Phòng đọc", "LIBRARY"},
            // mầm non IV Khối phòng tổ chức ăn
            {"Khối phòng tổ chức ăn", "KITCHEN"}, {"Nhà bếp", "KITCHEN"}, {"Bếp ăn bán trú", "KITCHEN"}, {"Kho bếp", "KITCHEN"},
            {"Nhà ăn", "KITCHEN"},
            // IV Các công trình, khối phòng chức năng khác
            {"Các công trình, khối phòng chức năng khác (nếu có)", "OTHER"}, {"Nhà đa năng", "OTHER"}, {"Nhà vệ sinh", "OTHER"},
            {"Nhà xe", "OTHER"}, {"Phòng ở nội trú", "OTHER"}, {"Nhà kho", "OTHER"}, {"Khác", "OTHER"},
        };
        for (String[] c : cases) {
            ImportResult r = rooms(List.of(row("Tên phòng", "Loại phòng"), row("P1", c[0])));
            assertThat(r.errors()).as(c[0]).isEmpty();
            assertThat(r.counts()).as(c[0]).containsEntry("facilities.rooms.total", 1).containsEntry("facilities.rooms." + c[1], 1);
        }
    }

    @Test
    void buildingGradesMapToSolidSemiSolidAndTemporary() {
        String[][] cases = {{"Kiên cố", "SOLID"}, {"KIÊN CỐ", "SOLID"}, {"Phòng kiên cố", "SOLID"}, {"KC", "SOLID"},
            {"Bán kiên cố", "SEMI_SOLID"}, {"Phòng bán kiên cố", "SEMI_SOLID"}, {"BKC", "SEMI_SOLID"},
            {"Tạm", "TEMPORARY"}, {"Phòng tạm", "TEMPORARY"}, {"Nhà tạm thời", "TEMPORARY"}};
        for (String[] c : cases) {
            ImportResult r = rooms(List.of(row("Tên phòng", "Loại phòng", "Loại công trình"), row("P1", "Phòng học", c[0])));
            assertThat(r.errors()).as(c[0]).isEmpty();
            assertThat(r.warnings()).as(c[0]).noneSatisfy(w -> assertThat(w.code()).isEqualTo("KDCL-9205"));
            assertThat(r.counts()).as(c[0]).containsEntry("facilities.rooms.CLASSROOM." + c[1], 1);
        }
    }

    /** Titles, a duplicate room, a room not in use, areas with a decimal comma, a total row and signatures. */
    static List<List<Object>> roomRows() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("TRƯỜNG THCS NGUYỄN DU"));
        rows.add(row("DANH SÁCH PHÒNG HỌC, PHÒNG CHỨC NĂNG NĂM HỌC 2025-2026"));
        rows.add(row("STT", "Mã phòng", "Tên phòng", "Loại phòng", "Loại công trình", "Diện tích (m2)", "Tình trạng sử dụng"));
        rows.add(row(1, "P101", "Phòng 6A1", "Phòng học", "Kiên cố", 54, "Đang sử dụng"));
        rows.add(row(2, "P102", "Phòng 6A2", "Phòng học", "Kiên cố", "54,5", "Đang sử dụng"));
        rows.add(row(3, "P103", "Phòng 7A1", "Phòng học", "Bán kiên cố", 48, "Đang sử dụng"));
        rows.add(row(4, "P104", "Phòng cũ dãy C", "Phòng học", "Tạm", 30, "Không sử dụng"));
        rows.add(row(5, "P201", "Phòng Tin học", "Phòng học bộ môn", "Kiên cố", 70, "Đang sử dụng"));
        rows.add(row(6, "P202", "Phòng thiết bị", "Khối phòng phục vụ học tập", "Bán kiên cố", 36, ""));
        rows.add(row(7, "P301", "Phòng Hiệu trưởng", "Khối phòng hành chính - quản trị", "Kiên cố", 24, "Đang sử dụng"));
        rows.add(row(8, "P302", "Thư viện", "Thư viện", "Kiên cố", 60, "Đang sử dụng"));
        rows.add(row(9, "P101", "Phòng 6A1", "Phòng học", "Kiên cố", 54, "Đang sử dụng"));
        rows.add(row(10, "P401", "Nhà xe giáo viên", "Công trình khác", "Tạm", 40, "Đang sử dụng"));
        rows.add(row());
        rows.add(row("", "", "Tổng cộng: 10 phòng", "", "", 470.5));
        rows.add(row("", "", "", "", "", "Hiệu trưởng"));
        return rows;
    }

    @Test
    void aRoomListCountsRoomsPerTypeAndBuildingGrade() throws IOException {
        ImportResult r = rooms(roomRows());
        assertThat(r.errors()).isEmpty();
        assertThat(r.kinds()).containsExactly(ImportKind.FACILITIES);
        assertThat(r.sources()).singleElement().satisfies(s -> {
            assertThat(s.template()).isEqualTo("csdl-phonghoc");
            assertThat(s.kind()).isEqualTo(ImportKind.FACILITIES);
            assertThat(s.headerRow()).isEqualTo(3);
            assertThat(s.records()).as("10 rows, one duplicate, one not in use").isEqualTo(8);
        });
        assertThat(r.counts()).containsEntry("facilities.rooms.total", 8)
                .containsEntry("facilities.rooms.CLASSROOM", 3).containsEntry("facilities.rooms.CLASSROOM.SOLID", 2)
                .containsEntry("facilities.rooms.CLASSROOM.SEMI_SOLID", 1).containsEntry("facilities.rooms.CLASSROOM.TEMPORARY", 0)
                .containsEntry("facilities.rooms.SUBJECT_ROOM", 1).containsEntry("facilities.rooms.SUBJECT_ROOM.SOLID", 1)
                .containsEntry("facilities.rooms.LEARNING_SUPPORT", 1).containsEntry("facilities.rooms.LEARNING_SUPPORT.SEMI_SOLID", 1)
                .containsEntry("facilities.rooms.ADMINISTRATION.SOLID", 1).containsEntry("facilities.rooms.LIBRARY", 1)
                .containsEntry("facilities.rooms.KITCHEN", 0).containsEntry("facilities.rooms.KITCHEN.SOLID", 0)
                .containsEntry("facilities.rooms.OTHER", 1).containsEntry("facilities.rooms.OTHER.TEMPORARY", 1)
                .containsEntry("facilities.rooms.area", 387).containsEntry("facilities.rooms.CLASSROOM.area", 157)
                .containsEntry("facilities.rooms.KITCHEN.area", 0);
        assertThat(r.counts().keySet()).allSatisfy(k -> assertThat(k).startsWith("facilities.rooms."));
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("KDCL-9206");
            assertThat(w.row()).isEqualTo(12);
            assertThat(w.column()).isEqualTo("B");
            assertThat(w.message()).contains("P101").contains("dòng 4").contains("counted once");
        });
        assertThat(r.warnings()).as("the room not in use is named in a notice").anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("KDCL-9215");
            assertThat(w.message()).contains("1 rooms not in use were not counted");
        });
        assertThat(r.warnings()).as("a blank in-use cell counts the room, with a notice").anySatisfy(w ->
                assertThat(w.code() + "@" + w.row() + w.column()).isEqualTo("KDCL-9215@9G"));

        JsonNode j = new ObjectMapper().readTree(r.toJson());
        assertThat(j.at("/facilities/total").asInt()).isEqualTo(8);
        assertThat(j.at("/facilities/area").asInt()).isEqualTo(387);
        assertThat(j.at("/facilities/byType/CLASSROOM/total").asInt()).isEqualTo(3);
        assertThat(j.at("/facilities/byType/CLASSROOM/byBuildingGrade/SOLID").asInt()).isEqualTo(2);
        assertThat(j.at("/facilities/byType/CLASSROOM/byBuildingGrade/TEMPORARY").asInt()).isEqualTo(0);
        assertThat(j.at("/facilities/byType/CLASSROOM/area").asInt()).isEqualTo(157);
        assertThat(j.at("/facilities/byType/KITCHEN/total").asInt()).isEqualTo(0);
        assertThat(j.at("/staff").isNull()).isTrue();
        assertThat(j.at("/students/total").isNull()).isTrue();
    }

    /**
     * The room type decides the row of the report's table, as the status decides whether a pupil is counted:
     * a value the template does not know is an error; a blank one is a required value missing.
     */
    @Test
    void anUnknownRoomTypeIsAnErrorAndABlankOneIsARequiredValueMissing() throws IOException {
        ImportResult r = rooms(List.of(row("Tên phòng", "Loại phòng", "Loại công trình"),
                row("P1", "Phòng học", "Kiên cố"), row("P2", "Phòng karaoke", "Kiên cố"), row("P3", "Phòng karaoke", "Tạm"),
                row("P4", "", "Kiên cố")));
        assertThat(r.usable()).isFalse();
        assertThat(r.errors()).anySatisfy(e -> {
            assertThat(e.code()).isEqualTo("KDCL-9205");
            assertThat(e.file()).isEqualTo("phong.xlsx");
            assertThat(e.sheet()).isEqualTo("Phòng học");
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.column()).isEqualTo("B");
            assertThat(e.occurrences()).isEqualTo(2);
            assertThat(e.message()).contains("Phòng karaoke").contains("\"values\".roomType");
        });
        assertThat(r.errors()).anySatisfy(e -> assertThat(e.code() + "@" + e.row() + e.column()).isEqualTo("KDCL-9204@5B"));
        assertThat(r.counts()).as("the total is known, the rows of the table are not").containsEntry("facilities.rooms.total", 3)
                .doesNotContainKey("facilities.rooms.CLASSROOM").doesNotContainKey("facilities.rooms.CLASSROOM.SOLID");
        JsonNode j = new ObjectMapper().readTree(r.toJson());
        assertThat(j.at("/facilities/byType").isNull()).isTrue();
        assertThatThrownBy(() -> new SchoolDataImporter(ImportOptions.defaults()).commit(null, null, null, r))
                .isInstanceOfSatisfying(KdclException.class, e -> assertThat(e.code()).isEqualTo("KDCL-9212"));
    }

    @Test
    void aMissingBuildingGradeColumnMakesEverySplitUnknownNotZero() throws IOException {
        ImportResult r = rooms(List.of(row("Tên phòng", "Loại phòng"), row("P1", "Phòng học"), row("P2", "Thư viện")));
        assertThat(r.errors()).isEmpty();
        assertThat(r.counts()).containsEntry("facilities.rooms.total", 2).containsEntry("facilities.rooms.CLASSROOM", 1)
                .containsEntry("facilities.rooms.LIBRARY", 1).doesNotContainKey("facilities.rooms.CLASSROOM.SOLID")
                .doesNotContainKey("facilities.rooms.KITCHEN.SOLID").doesNotContainKey("facilities.rooms.area");
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("KDCL-9210");
            assertThat(w.message()).contains("buildingGrade").contains("unknown (null), not 0");
        });
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).contains("(area) column"));
        JsonNode j = new ObjectMapper().readTree(r.toJson());
        assertThat(j.at("/facilities/byType/CLASSROOM/total").asInt()).isEqualTo(1);
        assertThat(j.at("/facilities/byType/CLASSROOM/byBuildingGrade").isNull()).isTrue();
        assertThat(j.at("/facilities/area").isNull()).isTrue();
        assertThat(j.at("/facilities/byType/CLASSROOM/area").isNull()).isTrue();
    }

    /** A blank or unknown grade makes only its own type's split unknown, with the cell named; the other types stay known. */
    @Test
    void aBlankOrUnknownBuildingGradeMakesItsTypesSplitUnknown() {
        ImportResult r = rooms(List.of(row("Tên phòng", "Loại phòng", "Loại công trình", "Diện tích"),
                row("P1", "Phòng học", "Kiên cố", 50), row("P2", "Phòng học", "Tạm", 40), row("TV", "Thư viện", "", 60),
                row("B1", "Nhà bếp", "Cấp 4", 30), row("P3", "Phòng Tin học", "Kiên cố", ""), row("P4", "Phòng Âm nhạc", "Kiên cố", "1.250")));
        assertThat(r.errors()).as("a grade or area is a breakdown: warnings only").isEmpty();
        assertThat(r.counts()).containsEntry("facilities.rooms.total", 6)
                .containsEntry("facilities.rooms.CLASSROOM.SOLID", 1).containsEntry("facilities.rooms.CLASSROOM.TEMPORARY", 1)
                .containsEntry("facilities.rooms.LIBRARY", 1).doesNotContainKey("facilities.rooms.LIBRARY.SOLID")
                .containsEntry("facilities.rooms.KITCHEN", 1).doesNotContainKey("facilities.rooms.KITCHEN.SOLID")
                .containsEntry("facilities.rooms.SUBJECT_ROOM.SOLID", 2)
                .containsEntry("facilities.rooms.CLASSROOM.area", 90).containsEntry("facilities.rooms.LIBRARY.area", 60)
                .doesNotContainKey("facilities.rooms.SUBJECT_ROOM.area").doesNotContainKey("facilities.rooms.area");
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.code() + "@" + w.row() + w.column()).isEqualTo("KDCL-9210@4C");
            assertThat(w.message()).contains("LIBRARY");
        });
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.code() + "@" + w.row() + w.column()).isEqualTo("KDCL-9205@5C");
            assertThat(w.message()).contains("Cấp 4").contains("buildingGrade");
        });
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.code() + "@" + w.row() + w.column()).isEqualTo("KDCL-9210@6D"));
        assertThat(r.warnings()).as("1.250 could be 1250 or 1.25: unknown, not a guess").anySatisfy(w -> {
            assertThat(w.code() + "@" + w.row() + w.column()).isEqualTo("KDCL-9214@7D");
            assertThat(w.message()).contains("1.250");
        });
    }

    @Test
    void duplicatesAreByRoomCodeElseByNameWithinASite() {
        ImportResult byName = rooms(List.of(row("Điểm trường", "Tên phòng", "Loại phòng"),
                row("Điểm chính", "Phòng học 1", "Phòng học"), row("Điểm Bản Mù", "Phòng học 1", "Phòng học"),
                row("Điểm chính", "PHÒNG HỌC 1", "Phòng học")));
        assertThat(byName.counts()).as("the same name on two sites is two rooms").containsEntry("facilities.rooms.CLASSROOM", 2);
        assertThat(byName.warnings()).anySatisfy(w -> {
            assertThat(w.code() + "@" + w.row() + w.column()).isEqualTo("KDCL-9206@4B");
            assertThat(w.message()).contains("Điểm chính").contains("dòng 2");
        });
        ImportResult byCode = rooms(List.of(row("Mã phòng", "Tên phòng", "Loại phòng"),
                row("A1", "Phòng học", "Phòng học"), row("A2", "Phòng học", "Phòng học"), row("a1", "Phòng 6A", "Phòng học")));
        assertThat(byCode.counts()).as("same names, different codes: two rooms; a code again: once")
                .containsEntry("facilities.rooms.CLASSROOM", 2);
        assertThat(byCode.warnings()).anySatisfy(w -> assertThat(w.code() + "@" + w.row() + w.column()).isEqualTo("KDCL-9206@4A"));
    }

    @Test
    void roomsNotInUseAreNotCountedAndAnUnknownInUseValueIsAnError(@TempDir Path dir) throws IOException {
        ImportResult r = rooms(List.of(row("Tên phòng", "Loại phòng", "Tình trạng sử dụng"),
                row("P1", "Phòng học", "Đang sử dụng"), row("P2", "Phòng học", "Ngừng sử dụng"), row("P3", "Phòng học", "Chờ sửa")));
        assertThat(r.usable()).isFalse();
        assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.code() + "@" + e.row() + e.column()).isEqualTo("KDCL-9205@4C"));

        // a checkbox-style export ("Đang sử dụng": x or blank) says so in its template: blank means not in use
        Path t = dir.resolve("checkbox.json");
        Files.writeString(t, """
                {"format": "kdclgd-import-template/1", "id": "vendor-phong", "title": "Vendor rooms", "source": "Vendor X", "kind": "FACILITIES",
                 "columns": {"roomName": {"aliases": ["Phòng"], "required": true}, "roomType": {"aliases": ["Loại"], "required": true},
                             "inUse": {"aliases": ["Đang sử dụng"]}},
                 "values": {"inUse": {"blank": "NOT_IN_USE"}}}
                """);
        ImportResult c = read(ImportOptions.defaults().withTemplates(ImportTemplates.builder().addBundled().addPath(t).build())
                .withTemplate("vendor-phong"), new RowsSource(Path.of("v.xlsx")).sheet("s", List.of(row("Phòng", "Loại", "Đang sử dụng"),
                row("P1", "Phòng học", "x"), row("P2", "Phòng học", ""), row("P3", "Thư viện", "x"))));
        assertThat(c.errors()).isEmpty();
        assertThat(c.counts()).containsEntry("facilities.rooms.total", 2).containsEntry("facilities.rooms.CLASSROOM", 1)
                .containsEntry("facilities.rooms.LIBRARY", 1);
    }

    @Test
    void aRoomImportOwnsOnlyTheRoomCategories() {
        assertThat(vn.kdclgd.smas.internal.map.Figures.ownedPrefixes(java.util.Set.of(ImportKind.FACILITIES)))
                .as("hand-entered facilities.* categories (land area, …) are not the import's").containsExactly("facilities.rooms.");
    }
}
