package vn.kdclgd.smas.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.kdclgd.smas.internal.legacy.LegacyEncoding;
import vn.kdclgd.smas.testing.Fixtures;
import vn.kdclgd.smas.testing.RawXlsx;

/** Legacy text is converted per cell by the cell's font in workbooks, and only on request in CSV. */
class LegacyReadingTest {
    @TempDir
    Path dir;

    private Path write(String kind, List<List<Object>> rows) {
        Fixtures.Book book = Fixtures.book().sheet("HocSinh", rows);
        return kind.equals("xlsx") ? book.xlsx(dir.resolve("old.xlsx")) : book.xls(dir.resolve("old.xls"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void eachCellIsDecidedByItsFont(String kind) {
        Path f = write(kind, List.of(
                Arrays.asList(Fixtures.font(".VnTimeH", "danh s¸ch häc sinh")),
                Arrays.asList("Họ và tên", Fixtures.font(".VnTime", "NguyÔn V¨n An"), Fixtures.font("VNI-Times", "Nguyeãn Vaên An")),
                Arrays.asList("Hå ChÝ Minh", Fixtures.font(".VnTime", "10A1"), Fixtures.font(".VnTime", "Nguyễn Văn An"),
                        Fixtures.font("Times New Roman", "Hå ChÝ Minh"))));
        Reads.Sheet sheet = Reads.read(f, 0);
        List<RawRow> rows = sheet.rows();

        RawCell title = rows.get(0).cell(0);
        assertThat(title.text()).isEqualTo("DANH SÁCH HỌC SINH");
        assertThat(title.legacy()).isEqualTo("TCVN3");

        assertThat(rows.get(1).cell(0).legacy()).isNull();
        assertThat(rows.get(1).cell(1).text()).isEqualTo("Nguyễn Văn An");
        assertThat(rows.get(1).cell(1).legacy()).isEqualTo("TCVN3");
        assertThat(rows.get(1).cell(2).text()).isEqualTo("Nguyễn Văn An");
        assertThat(rows.get(1).cell(2).legacy()).isEqualTo("VNI");

        // default font: left as typed, even though it looks like TCVN3
        assertThat(rows.get(2).cell(0).text()).isEqualTo("Hå ChÝ Minh");
        assertThat(rows.get(2).cell(0).legacy()).isNull();
        // nothing to convert in ASCII; Unicode typed into a .VnTime cell is left alone
        assertThat(rows.get(2).cell(1).text()).isEqualTo("10A1");
        assertThat(rows.get(2).cell(1).legacy()).isNull();
        assertThat(rows.get(2).cell(2).text()).isEqualTo("Nguyễn Văn An");
        assertThat(rows.get(2).cell(2).legacy()).isNull();
        assertThat(rows.get(2).cell(3).text()).isEqualTo("Hå ChÝ Minh");

        assertThat(sheet.stats().legacyConversions()).isEqualTo(Map.of("TCVN3", 2, "VNI", 1));
    }

    @Test
    void xlsxCellsWithoutAStyleTakeTheDefaultFont() {
        // an old workbook converted to xlsx: the Normal style's font is .VnTime and plain cells have no s="…"
        Path f = RawXlsx.workbook(List.of("HocSinh"), List.of(false), ".VnTime")
                .part("xl/worksheets/sheet1.xml", RawXlsx.sheet("", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                        + "<c r=\"B1\" t=\"inlineStr\"><is><t>Líp 6A</t></is></c><c r=\"C1\"><v>7.5</v></c></row>"))
                .part("xl/sharedStrings.xml", RawXlsx.sharedStrings(List.of("NguyÔn ThÞ Hoa")))
                .write(dir.resolve("default-font.xlsx"));
        Reads.Sheet sheet = Reads.read(f, 0);
        assertThat(sheet.texts()).containsExactly(List.of("Nguyễn Thị Hoa", "Lớp 6A", "7.5"));
        assertThat(sheet.stats().legacyConversions()).isEqualTo(Map.of("TCVN3", 2));
    }

    @Test
    void aWorkbookWithoutLegacyFontsConvertsNothing() {
        Path f = Fixtures.xlsx(dir.resolve("new.xlsx"), "HocSinh", List.of(List.of("Hå ChÝ Minh", "Nguyeãn")));
        Reads.Sheet sheet = Reads.read(f, 0);
        assertThat(sheet.texts()).containsExactly(List.of("Hå ChÝ Minh", "Nguyeãn"));
        assertThat(sheet.stats().legacyConversions()).isEmpty();
    }

    @Test
    void csvIsConvertedOnlyWhenTheCallerSaysSo() {
        byte[] tcvn3 = "Hä vµ tªn;Líp\r\nNguyÔn V¨n An;10A1\r\n".getBytes(StandardCharsets.ISO_8859_1);
        Path f = Fixtures.bytes(dir.resolve("old.csv"), tcvn3);

        Reads.Sheet asIs = Reads.read(f, 0);
        assertThat(asIs.stats().legacyConversions()).isEmpty();
        assertThat(asIs.rows().get(0).cell(0).legacy()).isNull();

        Reads.Sheet converted = Reads.read(f, 0, ReadLimits.defaults(), LegacyEncoding.TCVN3);
        assertThat(converted.texts()).containsExactly(List.of("Họ và tên", "Lớp"), List.of("Nguyễn Văn An", "10A1"));
        assertThat(converted.rows().get(1).cell(0).legacy()).isEqualTo("TCVN3");
        assertThat(converted.rows().get(1).cell(1).legacy()).isNull();
        assertThat(converted.stats().legacyConversions()).isEqualTo(Map.of("TCVN3", 3));
    }

    @Test
    void vniCsvSavedAsUtf8IsConvertedOnRequest() {
        Path f = Fixtures.csv(dir.resolve("vni.csv"), "Hoï teân,Lôùp\nTröôøng Thò Thuûy,6A\n", StandardCharsets.UTF_8, false);
        Reads.Sheet sheet = Reads.read(f, 0, ReadLimits.defaults(), LegacyEncoding.VNI);
        assertThat(sheet.texts()).containsExactly(List.of("Họ tên", "Lớp"), List.of("Trường Thị Thủy", "6A"));
    }
}
