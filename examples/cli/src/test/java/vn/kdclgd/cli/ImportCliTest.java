package vn.kdclgd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import vn.kdclgd.core.model.SchoolProfile;
import vn.kdclgd.core.service.OrganisationService;
import vn.kdclgd.rules.catalog.CatalogRegistry;

/**
 * The {@code import} command's contract (README, docs/import.md): the JSON fields, unknown as null, a
 * duplicate counted once and warned, exit 2 for unusable input, and a commit that replaces the year's
 * figures in the demo school's profile — and writes nothing when the input is unusable.
 */
class ImportCliTest {
    private static final String YEAR = "2025-2026";

    @TempDir
    Path dir;

    private Path students() throws IOException {
        Path f = dir.resolve("C1-HocSinh.xlsx");
        String[][] rows = {
            {"DANH SÁCH HỌC SINH"},
            {"STT", "Mã lớp", "Mã học sinh", "Họ tên", "Giới tính", "Dân tộc", "Trạng thái HS"},
            {"1", "6A1", "HS01", "Nguyễn Thị An", "Nữ", "Kinh", "Đang học"},
            {"2", "6A1", "HS02", "Trần Văn Bình", "Nam", "Tày", "Đang học"},
            {"3", "7A1", "HS03", "Lê Thị Cúc", "Nữ", "Kinh", "Đang học"},
            {"4", "7A1", "HS03", "Lê Thị Cúc", "Nữ", "Kinh", "Đang học"},
            {"5", "7A2", "HS04", "Phạm Văn Dũng", "Nam", "Kinh", "Đang học"},
        };
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet("C1-HocSinh");
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.createSheet("DM_DanToc").createRow(0).createCell(0).setCellValue("Mã");
            wb.write(out);
        }
        return f;
    }

    private Path staffCsv() throws IOException {
        return Files.writeString(dir.resolve("giao-vien.csv"), "Mã cán bộ;Họ và tên;Vị trí việc làm;Trình độ đào tạo\r\n"
                + "CB1;Ngô Văn Hùng;Hiệu trưởng;Thạc sĩ\r\nCB2;Lý Thị Lan;Giáo viên;Đại học\r\nCB3;Đặng Thị Mai;Giáo viên;Đại học\r\n",
                StandardCharsets.UTF_8);
    }

    @Test
    void dryRunJsonHasTheContractFields() throws Exception {
        Path hs = students();
        Path gv = staffCsv();
        CliTest.Run r = CliTest.run("import", hs.toString(), gv.toString(), "--school-year", YEAR, "--dry-run", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("schoolYear").asText()).isEqualTo(YEAR);
        assertThat(j.get("dryRun").asBoolean()).isTrue();
        assertThat(j.get("committed").asBoolean()).isFalse();

        assertThat(j.get("sources")).hasSize(2);
        JsonNode s0 = j.at("/sources/0");
        assertThat(s0.get("file").asText()).isEqualTo("C1-HocSinh.xlsx");
        assertThat(s0.get("kind").asText()).isEqualTo("XLSX");
        assertThat(s0.get("headerRow").asInt()).isEqualTo(2);
        assertThat(s0.get("encoding").asText()).isEqualTo("Unicode");
        assertThat(s0.get("rowsRead").asInt()).isEqualTo(7);
        assertThat(j.at("/sources/1/kind").asText()).isEqualTo("CSV");
        assertThat(j.at("/sources/1/encoding").asText()).isEqualTo("UTF-8");

        assertThat(j.at("/students/total").asInt()).isEqualTo(4);
        assertThat(j.at("/students/female").asInt()).isEqualTo(2);
        assertThat(j.at("/students/ethnicMinority").asInt()).isEqualTo(1);
        assertThat(j.at("/students/withDisability").isNull()).as("no disability column: unknown, not 0").isTrue();
        assertThat(j.at("/students/byGrade/6").asInt()).isEqualTo(2);
        assertThat(j.at("/students/byGrade/7").asInt()).isEqualTo(2);
        assertThat(j.at("/classes/total").asInt()).isEqualTo(3);
        assertThat(j.at("/classes/byGrade/7").asInt()).isEqualTo(2);
        assertThat(j.at("/staff/total").asInt()).isEqualTo(3);
        assertThat(j.at("/staff/female").isNull()).as("no gender column in the staff file").isTrue();
        assertThat(j.at("/staff/byRole/TEACHER").asInt()).isEqualTo(2);
        assertThat(j.at("/staff/byRole/MANAGER").asInt()).isEqualTo(1);
        assertThat(j.get("facilities").isNull()).as("no room list given").isTrue();

        assertThat(j.get("errors")).isEmpty();
        JsonNode dup = null;
        for (JsonNode w : j.get("warnings")) {
            if (w.get("code").asText().equals("KDCL-9206")) {
                dup = w;
            }
        }
        assertThat(dup).as("the duplicate student is warned").isNotNull();
        assertThat(dup.get("file").asText()).isEqualTo("C1-HocSinh.xlsx");
        assertThat(dup.get("row").asInt()).isEqualTo(6);
        assertThat(dup.get("column").asText()).isEqualTo("C");
        assertThat(dup.get("message").asText()).contains("HS03");
    }

    private Path roomsCsv() throws IOException {
        return Files.writeString(dir.resolve("phong-hoc.csv"), "Mã phòng,Tên phòng,Loại phòng,Loại công trình,Diện tích\r\n"
                + "P1,Phòng 6A1,Phòng học,Kiên cố,54\r\nP2,Phòng 6A2,Phòng học,Bán kiên cố,\"48,5\"\r\nP3,Phòng Tin học,Phòng học bộ môn,Kiên cố,70\r\n"
                + "P4,Thư viện,Thư viện,Kiên cố,60\r\nP4,Thư viện,Thư viện,Kiên cố,60\r\nB1,Bếp,Nhà bếp,Tạm,\r\n", StandardCharsets.UTF_8);
    }

    @Test
    void aRoomListGivesTheFacilitiesSection() throws Exception {
        Path rooms = roomsCsv();
        CliTest.Run r = CliTest.run("import", rooms.toString(), "--school-year", YEAR, "--dry-run", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.at("/sources/0/data").asText()).isEqualTo("FACILITIES");
        assertThat(j.at("/sources/0/template").asText()).isEqualTo("csdl-phonghoc");
        assertThat(j.at("/facilities/total").asInt()).as("P4 twice: counted once").isEqualTo(5);
        assertThat(j.at("/facilities/area").isNull()).as("the kitchen has no area: the total area is unknown, not 0").isTrue();
        assertThat(j.at("/facilities/byType/CLASSROOM/total").asInt()).isEqualTo(2);
        assertThat(j.at("/facilities/byType/CLASSROOM/byBuildingGrade/SOLID").asInt()).isEqualTo(1);
        assertThat(j.at("/facilities/byType/CLASSROOM/byBuildingGrade/SEMI_SOLID").asInt()).isEqualTo(1);
        assertThat(j.at("/facilities/byType/CLASSROOM/area").asInt()).isEqualTo(103);
        assertThat(j.at("/facilities/byType/SUBJECT_ROOM/total").asInt()).isEqualTo(1);
        assertThat(j.at("/facilities/byType/LIBRARY/total").asInt()).isEqualTo(1);
        assertThat(j.at("/facilities/byType/KITCHEN/byBuildingGrade/TEMPORARY").asInt()).isEqualTo(1);
        assertThat(j.at("/facilities/byType/KITCHEN/area").isNull()).isTrue();
        assertThat(j.at("/facilities/byType/OTHER/total").asInt()).isZero();
        assertThat(j.at("/counts/facilities.rooms.total").asInt()).isEqualTo(5);
        assertThat(j.get("staff").isNull()).isTrue();

        CliTest.Run human = CliTest.run("import", rooms.toString(), "--school-year", YEAR, "--dry-run");
        assertThat(human.code()).isZero();
        assertThat(human.out()).contains("facilities.rooms.total = 5").contains("diện tích / area chưa biết / unknown")
                .contains("facilities.rooms.CLASSROOM = 2 (kiên cố / solid 1, bán kiên cố / semi-solid 1, tạm / temporary 0), 103 m²");
    }

    @Test
    void unusableInputExitsTwoWithTheErrorPlaced() throws Exception {
        Path bad = Files.writeString(dir.resolve("status.csv"), "Mã lớp,Mã học sinh,Họ tên,Trạng thái HS\n6A,HS1,An,Đang học\n"
                + "6A,HS2,Bình,Đi du học tự túc\n", StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.run("import", bad.toString(), "--school-year", YEAR, "--dry-run", "--json");
        assertThat(r.code()).isEqualTo(2);
        JsonNode e = r.json().at("/errors/0");
        assertThat(e.get("code").asText()).isEqualTo("KDCL-9205");
        assertThat(e.get("file").asText()).isEqualTo("status.csv");
        assertThat(e.get("row").asInt()).isEqualTo(3);
        assertThat(e.get("column").asText()).isEqualTo("D");

        CliTest.Run missing = CliTest.run("import", dir.resolve("nope.xlsx").toString(), "--school-year", YEAR, "--dry-run");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.xlsx").contains("KDCL-1002");
    }

    @Test
    void commitReplacesTheYearsFiguresAndUnusableInputWritesNothing() throws Exception {
        Path db = dir.resolve("demo");
        assertThat(CliTest.run("demo", "--db", db.toString()).code()).isZero();
        Path hs = students();

        CliTest.Run first = CliTest.run("import", hs.toString(), "--school-year", YEAR, "--db", db.toString(), "--json");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.json().get("committed").asBoolean()).isTrue();
        Map<String, Integer> afterFirst = profile(db);
        assertThat(afterFirst).containsEntry("students.total", 4).containsEntry("students.female", 2)
                .containsEntry("classes.total", 3).doesNotContainKey("students.disability");

        // the same file again: the same figures (re-import replaces, never adds)
        assertThat(CliTest.run("import", hs.toString(), "--school-year", YEAR, "--db", db.toString()).code()).isZero();
        assertThat(profile(db)).isEqualTo(afterFirst);

        // an unusable file: exit 2, nothing written
        Path bad = Files.writeString(dir.resolve("bad.csv"), "Mã lớp,Mã học sinh,Họ tên,Trạng thái HS\n6A,HS1,An,???\n",
                StandardCharsets.UTF_8);
        CliTest.Run refused = CliTest.run("import", bad.toString(), "--school-year", YEAR, "--db", db.toString(), "--json");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.json().get("committed").asBoolean()).isFalse();
        assertThat(profile(db)).isEqualTo(afterFirst);

        // the human-readable form says what happened
        CliTest.Run human = CliTest.run("import", hs.toString(), "--school-year", YEAR, "--db", db.toString());
        assertThat(human.out()).contains("students.total = 4").contains("students.disability = chưa biết / unknown")
                .contains(DemoCommand.SCHOOL_CODE);
    }

    private static Map<String, Integer> profile(Path db) {
        try (LocalDatabase local = LocalDatabase.open(db, false, CatalogRegistry.defaultRegistry())) {
            return local.tx.run(() -> {
                UUID id = local.tx.current().createQuery("select s.id from School s where s.code = :code", UUID.class)
                        .setParameter("code", DemoCommand.SCHOOL_CODE).getSingleResult();
                return new OrganisationService(local.kdclgd).profile(LocalDatabase.admin(id), id, YEAR)
                        .map(SchoolProfile::getCounts).map(Map::copyOf).orElse(Map.of());
            });
        }
    }

    /** The sample files the README shows (examples/cli/samples/import) give the figures docs/import.md quotes. */
    @Test
    void theReadmeSamplesImportWithTheDocumentedFigures() throws Exception {
        CliTest.Run r = CliTest.run("import", "samples/import/C1-HocSinh.csv", "samples/import/CSDL_GiaoVien.csv", "--school-year", YEAR,
                "--dry-run", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.at("/students/total").asInt()).isEqualTo(11);
        assertThat(j.at("/students/female").asInt()).isEqualTo(6);
        assertThat(j.at("/students/ethnicMinority").asInt()).isEqualTo(4);
        assertThat(j.at("/students/withDisability").asInt()).isEqualTo(1);
        assertThat(j.at("/classes/total").asInt()).isEqualTo(5);
        assertThat(j.at("/staff/total").asInt()).isEqualTo(7);
        assertThat(j.at("/staff/byRole/TEACHER").asInt()).isEqualTo(4);
        assertThat(j.at("/ratios/studentsPerClass").decimalValue()).isEqualByComparingTo("2.20");
        assertThat(j.at("/ratios/teachersPerClass").decimalValue()).isEqualByComparingTo("0.80");
        assertThat(j.get("warnings")).singleElement().satisfies(w -> assertThat(w.get("code").asText()).isEqualTo("KDCL-9206"));
        assertThat(j.get("errors")).isEmpty();
    }

    @Test
    void theHelpNamesEveryOption() {
        CliTest.Run r = CliTest.run("import", "--help");
        assertThat(r.code()).isZero();
        for (String o : List.of("--school-year", "--dry-run", "--json", "--db", "--school", "--template", "--templates", "--max-rows")) {
            assertThat(r.out()).contains(o);
        }
    }
}
