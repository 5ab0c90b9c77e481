package vn.kdclgd.smas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.kdclgd.smas.testing.Fixtures;

/**
 * The whole import on real files, end to end: files the tests generate (xlsx and xls written by POI, CSV
 * bytes in several charsets, hand-edited xlsx parts) go through content detection, the reading layer and
 * the mapping layer, and the result is checked against what the files contain. One test per tolerance the
 * issue lists; the mapping rules themselves are table-tested in {@link MappingTest}.
 */
class ImportFilesTest {
    private static final String YEAR = "2025-2026";

    @TempDir
    Path dir;

    private static List<Object> row(Object... v) {
        return Arrays.asList(v);
    }

    /**
     * Reads with the options given (kdclgd's xlsx reader by default) and again with
     * {@link XlsxReader#FASTEXCEL}, asserting the same result: every import of these tests is also a
     * comparison of the two xlsx readers end to end.
     */
    private static ImportResult read(ImportOptions options, Path... files) {
        ImportResult result = new SchoolDataImporter(options).read(List.of(files), YEAR);
        ImportResult other = new SchoolDataImporter(options.withXlsxReader(
                options.xlsxReader() == XlsxReader.KDCLGD ? XlsxReader.FASTEXCEL : XlsxReader.KDCLGD)).read(List.of(files), YEAR);
        assertThat(other.toJson()).as("the same result with the other xlsx reader").isEqualTo(result.toJson());
        assertThat(other.people()).as("the same people with the other xlsx reader").isEqualTo(result.people());
        return result;
    }

    private static ImportResult read(Path... files) {
        return read(ImportOptions.defaults(), files);
    }

    private static Set<String> codes(List<ImportIssue> issues) {
        return issues.stream().map(ImportIssue::code).collect(Collectors.toSet());
    }

    /**
     * A CSDL ngành C1-HocSinh export as the Ministry's system writes it: titles above the header, a header
     * with a line break and decomposed (NFD) accents, a column added by a newer template version between
     * the known ones, a code stored as a number, a duplicate student, Excel and text dates, totals and
     * signatures below, lookup sheets after the data sheet.
     */
    private static List<List<Object>> csdlRows(boolean workbook) {
        Object date = workbook ? LocalDate.of(2014, 3, 2) : "02/03/2014";
        Object numericCode = workbook ? (Object) 7_900_000_002L : "7900000002";
        String nfdHeader = Normalizer.normalize("Mã học\nsinh", Normalizer.Form.NFD);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LÀO CAI"));
        rows.add(row("DANH SÁCH HỌC SINH NĂM HỌC 2025-2026"));
        rows.add(row());
        rows.add(row("STT", "Họ và tên", nfdHeader, "  MÃ   LỚP ", "Tên lớp", "Mã định danh cá nhân", "Ngày sinh", "Giới tính",
                "Dân tộc", "Trạng thái HS", "Loại khuyết tật"));
        rows.add(row(1, "Nguyễn Thị An", "7900000001", "L6A1", "6A1", "001214000001", date, "Nữ", "Kinh", "Đang học", ""));
        rows.add(row(2, "Trần Văn Bình", numericCode, "L6A1", "6A1", "001214000002", "15/07/2014", "Nam", "Tày", "Đang học",
                "Khuyết tật vận động"));
        rows.add(row(3, "Lê Thị Cúc", "7900000003", "L6A2", "6A2", "", "20/02/2014", "NỮ", "Kinh", "Đang học", "Không"));
        rows.add(row(4, "Phạm Văn Dũng", "7900000004", "L7A1", "7A1", "", "01/01/2013", "nam", "Kinh", "Chuyển trường", ""));
        rows.add(row(5, "Nguyễn Thị An", "7900000001", "L6A1", "6A1", "001214000001", "02/03/2014", "Nữ", "Kinh", "Đang học", ""));
        rows.add(row(6, "Hoàng Thị Em", "7900000005", "L7A1", "7A1", "", "03/03/2013", "Nữ", "H'Mông", "Đang học", ""));
        rows.add(row());
        rows.add(row("", "Tổng cộng: 6 học sinh"));
        rows.add(row("", "", "", "", "", "", "", "Người lập biểu", "", "Hiệu trưởng"));
        return rows;
    }

    private static List<List<String>> asText(List<List<Object>> rows) {
        List<List<String>> out = new ArrayList<>();
        for (List<Object> r : rows) {
            out.add(r.stream().map(v -> v == null ? "" : v.toString()).toList());
        }
        return out;
    }

    private Path csdlFile(String format) {
        return switch (format) {
            case "xlsx" -> Fixtures.book().sheet("C1-HocSinh", csdlRows(true))
                    .sheet("DM_DanToc", List.of(row("Mã", "Tên dân tộc"), row("01", "Kinh"), row("02", "Tày")))
                    .sheet("DM_TrangThai", List.of(row("Mã", "Trạng thái"), row("1", "Đang học"))).hidden()
                    .xlsx(dir.resolve("C1-HocSinh.xlsx"));
            case "xls" -> Fixtures.book().sheet("C1-HocSinh", csdlRows(true))
                    .sheet("DM_DanToc", List.of(row("Mã", "Tên dân tộc"), row("01", "Kinh")))
                    .xls(dir.resolve("C1-HocSinh.xls"));
            case "xlsx-named-xls" -> Fixtures.book().sheet("C1-HocSinh", csdlRows(true)).xlsx(dir.resolve("C1-HocSinh-really-xlsx.xls"));
            case "xls-named-xlsx" -> Fixtures.book().sheet("C1-HocSinh", csdlRows(true)).xls(dir.resolve("C1-HocSinh-really-xls.xlsx"));
            case "csv-utf8-bom" -> Fixtures.csv(dir.resolve("C1-HocSinh.csv"), Fixtures.csvText(asText(csdlRows(false)), ','),
                    StandardCharsets.UTF_8, true);
            case "csv-utf8-semicolon" -> Fixtures.csv(dir.resolve("C1-HocSinh-semicolon.csv"),
                    Fixtures.csvText(asText(csdlRows(false)), ';'), StandardCharsets.UTF_8, false);
            case "csv-utf16le-tab-named-xlsx" -> Fixtures.csv(dir.resolve("C1-HocSinh-text.xlsx"),
                    Fixtures.csvText(asText(csdlRows(false)), '\t'), StandardCharsets.UTF_16LE, true);
            default -> throw new IllegalArgumentException(format);
        };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xlsx", "xls", "xlsx-named-xls", "xls-named-xlsx", "csv-utf8-bom", "csv-utf8-semicolon",
        "csv-utf16le-tab-named-xlsx"})
    void aCsdlStudentExportGivesExactCountsInEveryFormat(String format) {
        Path file = csdlFile(format);
        ImportResult r = read(ImportOptions.defaults().keepingPersonal(Set.of(PersonalField.CODE, PersonalField.BIRTH_DATE)), file);

        assertThat(r.errors()).isEmpty();
        assertThat(r.usable()).isTrue();
        String expectedKind = format.startsWith("csv") ? "CSV" : format.startsWith("xlsx") ? "XLSX" : "XLS";
        assertThat(r.sources()).singleElement().satisfies(s -> {
            assertThat(s.file()).isEqualTo(file.getFileName().toString());
            assertThat(s.fileKind()).as("decided by content, not by the name").isEqualTo(expectedKind);
            assertThat(s.template()).isEqualTo("csdl-c1-hocsinh");
            assertThat(s.headerRow()).isEqualTo(4);
            assertThat(s.records()).isEqualTo(4);
            assertThat(s.sheetName()).isEqualTo(format.startsWith("csv") ? java.util.Optional.empty()
                    : java.util.Optional.of("C1-HocSinh"));
        });
        // 6 rows: one duplicate (counted once), one transferred out → 4 enrolled students
        assertThat(r.counts()).containsEntry("students.total", 4).containsEntry("students.female", 3)
                .containsEntry("students.ethnicMinority", 2).containsEntry("students.disability", 1)
                .containsEntry("students.grade.6", 3).containsEntry("students.grade.7", 1)
                .containsEntry("classes.total", 3).containsEntry("classes.grade.6", 2).containsEntry("classes.grade.7", 1);
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("KDCL-9206");
            assertThat(w.file()).isEqualTo(file.getFileName().toString());
            assertThat(w.row()).isEqualTo(9);
            assertThat(w.column()).isEqualTo("C");
            assertThat(w.message()).contains("7900000001");
        });
        if (!format.startsWith("csv")) {
            assertThat(r.warnings()).as("a code stored as a number is named, with its row and column")
                    .anySatisfy(w -> assertThat(w.code() + "@" + w.row() + w.column()).isEqualTo("KDCL-9209@6C"));
        }
        // the Excel serial date and the text date give the same day; the number code lost no digits
        assertThat(r.people()).extracting(p -> p.code().orElseThrow() + " " + p.birthDate().map(LocalDate::toString).orElse("?"))
                .contains("7900000001 2014-03-02", "7900000002 2014-07-15", "7900000003 2014-02-20");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xlsx", "xls"})
    void aSmasListWithTitlesBannersRepeatedHeadersHiddenColumnsAndSignatures(String format) {
        List<Object> header = row("STT", "Mã học sinh", "Họ và tên", "Ngày sinh", "Giới tính", "Giới tính (cũ)");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("PHÒNG GD&ĐT (cũ) — TRƯỜNG THCS NGUYỄN DU"));
        rows.add(row("DANH SÁCH HỌC SINH"));
        rows.add(row());
        rows.add(header);
        rows.add(row("Lớp: 6A1"));
        rows.add(row(1, "HS001", "An", "01/01/2014", "Nữ", "x"));
        rows.add(row(2, "HS002", "Bình", "02/01/2014", "Nam", "x"));
        rows.add(row());
        rows.add(header);
        rows.add(row("LỚP 7A2"));
        rows.add(row(1, "HS003", "Cúc", "03/01/2013", "Nữ", "x"));
        rows.add(row(2, "HS004", "Dung", "04/01/2013", "Nữ", "x"));
        rows.add(row());
        rows.add(row("", "", "", "Ngày 20 tháng 9 năm 2025"));
        rows.add(row("", "", "", "HIỆU TRƯỞNG"));
        rows.add(row("", "", "", "(Ký, ghi rõ họ tên, đóng dấu)"));
        Fixtures.Book book = Fixtures.book().sheet("DSHS", rows).hideColumns(5);
        Path file = format.equals("xlsx") ? book.xlsx(dir.resolve("smas.xlsx")) : book.xls(dir.resolve("smas.xls"));

        ImportResult r = read(file);
        assertThat(r.errors()).isEmpty();
        assertThat(r.sources()).singleElement().satisfies(s -> {
            assertThat(s.template()).isEqualTo("smas-vnedu-hocsinh");
            assertThat(s.headerRow()).isEqualTo(4);
            assertThat(s.records()).isEqualTo(4);
        });
        assertThat(r.counts()).containsEntry("students.total", 4).containsEntry("students.female", 3)
                .containsEntry("classes.total", 2).containsEntry("students.grade.6", 2).containsEntry("students.grade.7", 2)
                .containsEntry("classes.grade.6", 1).containsEntry("classes.grade.7", 1);
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).contains("1 repeated header rows and 2 class banner rows"));
    }

    @Test
    void theMinistryAddingColumnsBetweenTemplateVersionsChangesNothing() {
        List<List<Object>> v2024 = List.of(row("Mã lớp", "Mã học sinh", "Họ tên", "Giới tính", "Dân tộc"),
                row("6A", "HS1", "An", "Nữ", "Kinh"), row("6A", "HS2", "Bình", "Nam", "Thái"), row("7B", "HS3", "Cúc", "Nữ", "Kinh"));
        List<List<Object>> v2026 = List.of(
                row("Mã định danh", "Dân tộc", "Mã lớp", "Số CCCD", "Họ tên", "Mã học sinh", "Ghi chú", "Giới tính", "Nhóm máu"),
                row("x1", "Kinh", "6A", "0", "An", "HS1", "", "Nữ", "O"), row("x2", "Thái", "6A", "0", "Bình", "HS2", "", "Nam", "A"),
                row("x3", "Kinh", "7B", "0", "Cúc", "HS3", "", "Nữ", "B"));
        ImportResult old = read(Fixtures.xlsx(dir.resolve("2024.xlsx"), "C1-HocSinh", v2024));
        ImportResult now = read(Fixtures.xlsx(dir.resolve("2026.xlsx"), "C1-HocSinh", v2026));
        assertThat(old.errors()).isEmpty();
        assertThat(now.errors()).isEmpty();
        assertThat(now.counts()).isEqualTo(old.counts()).containsEntry("students.total", 3).containsEntry("students.female", 2)
                .containsEntry("students.ethnicMinority", 1);
    }

    @Test
    void aMissingColumnIsUnknownInTheJsonNotZero() throws IOException {
        Path file = Fixtures.csv(dir.resolve("no-gender.csv"),
                Fixtures.csvText(List.of(List.of("Mã lớp", "Mã học sinh", "Họ tên"), List.of("6A", "HS1", "An"),
                        List.of("6A", "HS2", "Bình")), ','), StandardCharsets.UTF_8, false);
        ImportResult r = read(file);
        JsonNode json = new ObjectMapper().readTree(r.toJson());
        assertThat(json.at("/students/total").asInt()).isEqualTo(2);
        assertThat(json.at("/students/female").isNull()).isTrue();
        assertThat(json.at("/students/ethnicMinority").isNull()).isTrue();
        assertThat(json.at("/students/byGrade/6").asInt()).isEqualTo(2);
        assertThat(json.at("/warnings").findValuesAsText("code")).contains("KDCL-9210");
    }

    /** TCVN3 in ".VnTime" (and ".VnTimeH" capitals) and VNI text, decided per cell by its font, then mapped. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xlsx", "xls"})
    void legacyEncodedCellsAreConvertedByTheirFontAndReported(String format) {
        List<List<Object>> rows = List.of(
                row(Fixtures.font(".VnTimeH", "danh s¸ch häc sinh")),
                row(Fixtures.font(".VnTime", "M· líp"), Fixtures.font(".VnTime", "M· häc sinh"), Fixtures.font(".VnTime", "Hä vµ tªn"),
                        Fixtures.font(".VnTime", "Giíi tÝnh"), Fixtures.font(".VnTime", "D©n téc"),
                        Fixtures.font(".VnTime", "Tr¹ng th¸i HS")),
                row("6A", "HS1", Fixtures.font(".VnTime", "NguyÔn ThÞ Hoa"), Fixtures.font(".VnTime", "N÷"),
                        Fixtures.font(".VnTime", "Tµy"), Fixtures.font(".VnTime", "§ang häc")),
                row("6A", "HS2", Fixtures.font("VNI-Times", "Nguyeãn Vaên An"), Fixtures.font("VNI-Times", "Nam"),
                        Fixtures.font("VNI-Times", "Taøy"), Fixtures.font("VNI-Times", "Ñang hoïc")),
                row("7A", "HS3", "Lê Thị Mai", "Nữ", "Kinh", "Đang học"));
        Fixtures.Book book = Fixtures.book().sheet("HocSinh", rows);
        Path file = format.equals("xlsx") ? book.xlsx(dir.resolve("old.xlsx")) : book.xls(dir.resolve("old.xls"));

        ImportResult r = read(ImportOptions.defaults().keepingPersonal(Set.of(PersonalField.FULL_NAME)), file);
        assertThat(r.errors()).isEmpty();
        assertThat(r.counts()).containsEntry("students.total", 3).containsEntry("students.female", 2)
                .containsEntry("students.ethnicMinority", 2);
        assertThat(r.people()).extracting(p -> p.fullName().orElseThrow())
                .containsExactly("Nguyễn Thị Hoa", "Nguyễn Văn An", "Lê Thị Mai");
        assertThat(r.sources()).singleElement().satisfies(s -> {
            assertThat(s.headerRow()).isEqualTo(2);
            assertThat(s.encoding()).contains("TCVN3 → Unicode").contains("VNI → Unicode");
        });
        assertThat(r.warnings()).as("never silently").anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("KDCL-9215");
            assertThat(w.message()).contains("TCVN3").contains("Unicode");
        });
    }

    /** A code that went through a number ("….0" in a CSV written by another tool) is the same student. */
    @Test
    void aCodeWithANumbersTailIsTheSameCode() {
        Path file = Fixtures.csv(dir.resolve("codes.csv"), Fixtures.csvText(List.of(List.of("Mã lớp", "Mã học sinh", "Họ tên"),
                List.of("6A", "7900000002.0", "An"), List.of("6A", "7900000002", "An"), List.of("6A", "7900000003.00", "Bình"),
                List.of("6A", "HS.0", "Cúc"), List.of("6A", "12.50", "Dung")), ','), StandardCharsets.UTF_8, false);
        ImportResult r = read(ImportOptions.defaults().keepingPersonal(Set.of(PersonalField.CODE)), file);
        assertThat(r.count("students.total")).hasValue(4);
        assertThat(r.people()).extracting(p -> p.code().orElseThrow()).containsExactly("7900000002", "7900000003", "HS.0", "12.50");
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.code() + "@" + w.row() + w.column()).isEqualTo("KDCL-9209@2B"));
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.code() + "@" + w.row()).isEqualTo("KDCL-9206@3");
            assertThat(w.message()).contains("7900000002");
        });
        assertThat(r.warnings()).noneSatisfy(w -> assertThat(w.code() + "@" + w.row()).isIn("KDCL-9209@5", "KDCL-9209@6"));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).contains("\"Giới tính\" (gender)"));
    }

    @Test
    void aWrongSheetDimensionAndBlankRowsLoseNoStudent() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("Mã lớp", "Mã học sinh", "Họ tên"));
        for (int i = 1; i <= 30; i++) {
            rows.add(i % 7 == 0 ? row() : row("6A", "HS" + i, "Học sinh " + i));
        }
        Path file = Fixtures.xlsx(dir.resolve("dim.xlsx"), "C1-HocSinh", rows);
        Fixtures.rewritePart(file, "xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("<dimension ref=\"[^\"]*\"/>", "<dimension ref=\"A1:B2\"/>"));
        assertThat(Fixtures.readPart(file, "xl/worksheets/sheet1.xml")).contains("<dimension ref=\"A1:B2\"/>");
        ImportResult r = read(file);
        assertThat(r.errors()).isEmpty();
        assertThat(r.count("students.total")).hasValue(30 - 4);
    }

    @Test
    void studentStaffAndClassFilesTogetherGiveTheRatios() {
        Path students = Fixtures.xlsx(dir.resolve("hs.xlsx"), "C1-HocSinh", List.of(row("Mã lớp", "Mã học sinh", "Họ tên", "Giới tính"),
                row("6A", "HS1", "A", "Nữ"), row("6A", "HS2", "B", "Nam"), row("6B", "HS3", "C", "Nữ"),
                row("7A", "HS4", "D", "Nam"), row("7A", "HS5", "E", "Nam")));
        Path staff = Fixtures.xls(dir.resolve("gv.xls"), "CSDL_GiaoVien", List.of(
                row("Mã cán bộ", "Họ và tên", "Giới tính", "Vị trí việc làm", "Trình độ đào tạo", "Trạng thái"),
                row("CB1", "Ngô Văn Hùng", "Nam", "Hiệu trưởng", "Thạc sĩ", "Đang làm việc"),
                row("CB2", "Lý Thị Lan", "Nữ", "Giáo viên THCS hạng II", "Đại học", "Đang làm việc"),
                row("CB3", "Đặng Thị Mai", "Nữ", "Giáo viên THCS hạng III", "Đại học", "Đang làm việc"),
                row("CB4", "Võ Văn Nam", "Nam", "Giáo viên", "Cao đẳng", "Đang làm việc"),
                row("CB5", "Bùi Văn Phúc", "Nam", "Nhân viên thư viện", "Trung cấp", "Đang làm việc")));
        Path classes = Fixtures.csv(dir.resolve("lop.csv"), Fixtures.csvText(List.of(List.of("Tên lớp", "Khối", "Sĩ số"),
                List.of("6A", "6", "2"), List.of("6B", "6", "1"), List.of("7A", "7", "2")), ','), StandardCharsets.UTF_8, true);

        ImportResult r = read(students, staff, classes);
        assertThat(r.errors()).isEmpty();
        assertThat(r.kinds()).containsExactlyInAnyOrder(ImportKind.STUDENTS, ImportKind.STAFF, ImportKind.CLASSES);
        assertThat(r.counts()).containsEntry("students.total", 5).containsEntry("classes.total", 3)
                .containsEntry("staff.total", 5).containsEntry("staff.role.TEACHER", 3).containsEntry("staff.role.MANAGER", 1)
                .containsEntry("staff.training.BACHELOR", 2);
        assertThat(r.studentsPerClass()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1.67"));
        assertThat(r.teachersPerClass()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1.00"));
    }

    /**
     * A mầm non room list (the headers are kdclgd's assumption, template csdl-phonghoc): titles, sites, a
     * duplicate room code, a room not in use, a decimal area, a total line and signatures.
     */
    private static List<List<Object>> roomRows(boolean workbook) {
        Object decimalArea = workbook ? (Object) 58.5 : "58,5";
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("TRƯỜNG MẦM NON HOA SEN"));
        rows.add(row("DANH SÁCH PHÒNG NĂM HỌC 2025-2026"));
        rows.add(row("STT", "Điểm trường", "Mã phòng", "Tên phòng", "Loại phòng", "Loại công trình", "Diện tích (m²)", "Tình trạng sử dụng"));
        rows.add(row(1, "Điểm chính", "MN01", "Lớp Lá 1", "Phòng sinh hoạt chung", "Kiên cố", 60, "Đang sử dụng"));
        rows.add(row(2, "Điểm chính", "MN02", "Lớp Chồi 1", "Phòng sinh hoạt chung", "Kiên cố", decimalArea, "Đang sử dụng"));
        rows.add(row(3, "Điểm Bản Mù", "MN03", "Nhóm trẻ 25-36 tháng", "Phòng nhóm trẻ", "Bán kiên cố", 45, "Đang sử dụng"));
        rows.add(row(4, "Điểm chính", "MN04", "Phòng giáo dục nghệ thuật", "Khối phòng phục vụ học tập", "Kiên cố", 50, "Đang sử dụng"));
        rows.add(row(5, "Điểm chính", "MN05", "Văn phòng trường", "Khối phòng hành chính quản trị", "Kiên cố", 30, "Đang sử dụng"));
        rows.add(row(6, "Điểm chính", "MN06", "Bếp một chiều", "Nhà bếp", "Kiên cố", 40, "Đang sử dụng"));
        rows.add(row(7, "Điểm Bản Mù", "MN07", "Bếp cũ", "Nhà bếp", "Tạm", 15, "Không sử dụng"));
        rows.add(row(8, "Điểm Bản Mù", "MN03", "Nhóm trẻ 25-36 tháng", "Phòng nhóm trẻ", "Bán kiên cố", 45, "Đang sử dụng"));
        rows.add(row());
        rows.add(row("", "", "", "Tổng cộng", "", "", workbook ? (Object) 343.5 : "343,5"));
        rows.add(row("", "", "", "", "", "Người lập biểu", "", "Hiệu trưởng"));
        return rows;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"xlsx", "xls", "csv-utf8-bom", "csv-utf8-semicolon"})
    void aRoomListGivesRoomsPerTypeAndBuildingGradeInEveryFormat(String format) throws IOException {
        Path file = switch (format) {
            case "xlsx" -> Fixtures.book().sheet("Phòng học", roomRows(true)).sheet("DM_LoaiPhong", List.of(row("Mã", "Loại phòng"),
                    row("1", "Phòng học"))).xlsx(dir.resolve("PhongHoc.xlsx"));
            case "xls" -> Fixtures.xls(dir.resolve("PhongHoc.xls"), "Phòng học", roomRows(true));
            case "csv-utf8-bom" -> Fixtures.csv(dir.resolve("PhongHoc.csv"), Fixtures.csvText(asText(roomRows(false)), ','),
                    StandardCharsets.UTF_8, true);
            case "csv-utf8-semicolon" -> Fixtures.csv(dir.resolve("PhongHoc-semicolon.csv"), Fixtures.csvText(asText(roomRows(false)), ';'),
                    StandardCharsets.UTF_8, false);
            default -> throw new IllegalArgumentException(format);
        };
        ImportResult r = read(file);

        assertThat(r.errors()).isEmpty();
        assertThat(r.usable()).isTrue();
        assertThat(r.kinds()).containsExactly(ImportKind.FACILITIES);
        assertThat(r.sources()).singleElement().satisfies(s -> {
            assertThat(s.template()).isEqualTo("csdl-phonghoc");
            assertThat(s.fileKind()).isEqualTo(format.startsWith("csv") ? "CSV" : format.toUpperCase());
            assertThat(s.headerRow()).isEqualTo(3);
            assertThat(s.records()).as("8 rooms listed, one twice, one not in use").isEqualTo(6);
        });
        // mầm non table: I nhóm trẻ, lớp mẫu giáo = CLASSROOM; II phục vụ học tập = LEARNING_SUPPORT (+ SUBJECT_ROOM,
        // LIBRARY); III hành chính quản trị = ADMINISTRATION; IV tổ chức ăn = KITCHEN
        assertThat(r.counts()).containsEntry("facilities.rooms.total", 6)
                .containsEntry("facilities.rooms.CLASSROOM", 3).containsEntry("facilities.rooms.CLASSROOM.SOLID", 2)
                .containsEntry("facilities.rooms.CLASSROOM.SEMI_SOLID", 1).containsEntry("facilities.rooms.CLASSROOM.TEMPORARY", 0)
                .containsEntry("facilities.rooms.LEARNING_SUPPORT.SOLID", 1).containsEntry("facilities.rooms.SUBJECT_ROOM", 0)
                .containsEntry("facilities.rooms.ADMINISTRATION.SOLID", 1)
                .containsEntry("facilities.rooms.KITCHEN", 1).containsEntry("facilities.rooms.KITCHEN.TEMPORARY", 0)
                .containsEntry("facilities.rooms.OTHER", 0)
                .containsEntry("facilities.rooms.area", 284).containsEntry("facilities.rooms.CLASSROOM.area", 164);
        assertThat(r.warnings()).anySatisfy(w -> {
            assertThat(w.code()).isEqualTo("KDCL-9206");
            assertThat(w.file()).isEqualTo(file.getFileName().toString());
            assertThat(w.row()).isEqualTo(11);
            assertThat(w.column()).isEqualTo("C");
            assertThat(w.message()).contains("MN03").contains("Điểm Bản Mù");
        });
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).contains("1 rooms not in use were not counted"));
        JsonNode json = new ObjectMapper().readTree(r.toJson());
        assertThat(json.at("/facilities/total").asInt()).isEqualTo(6);
        assertThat(json.at("/facilities/byType/CLASSROOM/byBuildingGrade/SEMI_SOLID").asInt()).isEqualTo(1);
        assertThat(json.at("/facilities/byType/KITCHEN/area").asInt()).isEqualTo(40);
        assertThat(json.at("/staff").isNull()).isTrue();
    }

    @Test
    void aFileWithMoreRowsThanASchoolHasIsRefusedWithTheLimitNamed() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("Mã lớp", "Mã học sinh", "Họ tên"));
        for (int i = 1; i <= 50; i++) {
            rows.add(row("6A", "HS" + i, "X"));
        }
        Path file = Fixtures.xlsx(dir.resolve("many.xlsx"), "C1-HocSinh", rows);
        ImportResult r = read(ImportOptions.defaults().withLimits(ImportLimits.defaults().withMaxRowsPerSheet(20)), file);
        assertThat(r.usable()).isFalse();
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).startsWith("KDCL-91");
            assertThat(e.file()).isEqualTo("many.xlsx");
            assertThat(e.message()).contains("20");
        });
        assertThat(r.count("students.total")).as("nothing half-counted").isEmpty();
        // the same file with the default limits is fine
        assertThat(read(file).count("students.total")).hasValue(50);
    }

    @Test
    void hostileAndBrokenFilesAreRefusedWithAClearErrorAndNothingCounted() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Path xxe = Fixtures.xlsx(dir.resolve("xxe.xlsx"), "C1-HocSinh", List.of(row("Mã lớp", "Mã học sinh", "Họ tên"),
                row("6A", "HS1", "An")));
        Fixtures.rewritePart(xxe, "xl/sharedStrings.xml", xml -> xml.replaceFirst("\\?>",
                "?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>").replace(">An<", ">&xxe;<"));
        Path bytes = Fixtures.bytes(dir.resolve("scan.xlsx"), "%PDF-1.7 not a spreadsheet".getBytes(StandardCharsets.US_ASCII));
        Path truncated = dir.resolve("truncated.xlsx");
        byte[] whole = Files.readAllBytes(Fixtures.xlsx(dir.resolve("whole.xlsx"), "s", List.of(row("Mã lớp"))));
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));

        for (Path f : List.of(xxe, bytes, truncated)) {
            ImportResult r = read(f);
            assertThat(r.usable()).as(f.getFileName().toString()).isFalse();
            assertThat(r.errors()).as(f.getFileName().toString()).isNotEmpty().allSatisfy(e -> {
                assertThat(e.file()).isEqualTo(f.getFileName().toString());
                assertThat(e.code()).matches("KDCL-9[12]\\d\\d");
                assertThat(e.message()).doesNotContain("TOP-SECRET");
            });
            assertThat(r.counts()).as(f.getFileName().toString()).isEmpty();
            assertThat(r.toJson()).doesNotContain("TOP-SECRET");
        }
    }

    @Test
    void aHugeCellIsRefusedWithItsPlace() {
        String huge = "x".repeat(40_000);
        Path csv = Fixtures.csv(dir.resolve("huge.csv"), Fixtures.csvText(List.of(List.of("Mã lớp", "Mã học sinh", "Họ tên"),
                List.of("6A", "HS1", huge)), ','), StandardCharsets.UTF_8, false);
        List<List<Object>> rows = List.of(row("Mã lớp", "Mã học sinh", "Họ tên"), row("6A", "HS1", "An"),
                row("6A", "HS2", "x".repeat(32_000)));
        ImportOptions smallCells = ImportOptions.defaults().withLimits(new ImportLimits(200L << 20, 1L << 30, 200, 100_000, 1_000, 1_000));
        ImportResult small = read(smallCells, Fixtures.xls(dir.resolve("huge.xls"), "C1-HocSinh", rows));
        for (ImportResult r : List.of(read(csv), small)) {
            assertThat(r.usable()).isFalse();
            assertThat(r.errors()).singleElement().satisfies(e -> {
                assertThat(e.code()).isEqualTo("KDCL-9115");
                assertThat(e.column()).isEqualTo("C");
                assertThat(e.message()).doesNotStartWith("KDCL").contains("ký tự").contains("characters");
            });
        }
        assertThat(read(csv).errors().get(0)).satisfies(e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.sheet()).isEmpty();
        });
        assertThat(small.errors().get(0)).satisfies(e -> {
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.sheet()).isEqualTo("C1-HocSinh");
        });
        // in an xlsx the shared-strings table is checked before any row is read: the place is that part
        ImportResult xlsx = read(smallCells, Fixtures.xlsx(dir.resolve("huge.xlsx"), "C1-HocSinh", rows));
        assertThat(xlsx.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("KDCL-9115");
            assertThat(e.message()).startsWith("xl/sharedStrings.xml: ").contains("1000");
        });
    }
}
