package vn.kdclgd.smas.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.kdclgd.smas.testing.Fixtures;

/** Charset and delimiter detection and RFC 4180 quoting. */
class CsvReadingTest {
    private static final List<List<String>> TABLE = List.of(
            List.of("Mã HS", "Họ và tên", "Lớp"),
            List.of("HS01", "Nguyễn Thị Ánh", "6A"),
            List.of("HS02", "Đặng Văn Ưng", "6B"));

    @TempDir
    Path dir;

    private static String charsetOf(Path f) throws IOException {
        try (TabularSource s = Sources.open(f, ReadLimits.defaults())) {
            return s.charset().orElseThrow();
        }
    }

    @ParameterizedTest(name = "{0} bom={1}")
    @CsvSource({"UTF-8,false", "UTF-8,true", "UTF-16LE,true", "UTF-16BE,true"})
    void unicodeCharsetsAreDetected(String charset, boolean bom) throws IOException {
        Path f = Fixtures.csv(dir.resolve("a.csv"), Fixtures.csvText(TABLE, ','), Charset.forName(charset), bom);
        assertThat(charsetOf(f)).isEqualTo(charset);
        assertThat(Reads.read(f, 0).texts()).isEqualTo(TABLE);
    }

    @Test
    void textThatIsNotUtf8IsVietnameseAnsi() throws IOException {
        // windows-1258 keeps ê and ă whole but writes tone marks as combining characters
        String text = "Họ tên\r\nNguy\u00EA\u0303n \u0110\u00E0o V\u0103n Tr\u00ED\r\n";
        Path f = Fixtures.csv(dir.resolve("ansi.csv"), text.replace("Họ", "Ho\u0323"), Charset.forName("windows-1258"), false);
        assertThat(charsetOf(f)).isEqualTo("windows-1258");
        List<List<String>> rows = Reads.read(f, 0).texts();
        assertThat(rows).containsExactly(List.of("Họ tên"), List.of("Nguyễn Đào Văn Trí"));
    }

    @ParameterizedTest(name = "delimiter {0}")
    @CsvSource(delimiter = '|', value = {"','", "';'", "'\t'"})
    void delimiterIsDetected(char delimiter) throws IOException {
        List<List<String>> table = List.of(
                List.of("DANH SÁCH LỚP 6A, NĂM HỌC 2025-2026", "", ""),
                List.of("Mã HS", "Họ và tên", "Ghi chú"),
                List.of("HS01", "Nguyễn Thị Ánh", "ở với bà; bố mẹ đi làm xa, \"gửi\" học"));
        Path f = Fixtures.csv(dir.resolve("d.csv"), Fixtures.csvText(table, delimiter), StandardCharsets.UTF_8, false);
        try (TabularSource s = Sources.open(f, ReadLimits.defaults())) {
            assertThat(((CsvTextSource) s).delimiter()).isEqualTo(delimiter);
        }
        assertThat(Reads.read(f, 0).texts()).containsExactly(
                List.of("DANH SÁCH LỚP 6A, NĂM HỌC 2025-2026"),
                List.of("Mã HS", "Họ và tên", "Ghi chú"),
                List.of("HS01", "Nguyễn Thị Ánh", "ở với bà; bố mẹ đi làm xa, \"gửi\" học"));
    }

    @Test
    void quotedFieldsMayHoldLineBreaksAndRowNumbersCountRecords() {
        String text = "a,\"dòng 1\ndòng 2\",c\r\n\r\n\"x\"\"y\",,\"\"\rlast,\"\",\n";
        Path f = Fixtures.csv(dir.resolve("q.csv"), text, StandardCharsets.UTF_8, false);
        List<RawRow> rows = Reads.read(f, 0).rows();
        assertThat(rows).extracting(RawRow::number).containsExactly(1, 3, 4);
        assertThat(rows.get(0).cells()).extracting(RawCell::text).containsExactly("a", "dòng 1\ndòng 2", "c");
        assertThat(rows.get(1).cells()).extracting(RawCell::text).containsExactly("x\"y");
        assertThat(rows.get(2).cells()).extracting(RawCell::column).containsExactly(0);
        assertThat(rows.get(2).cell(0).number()).isNull();
    }

    @Test
    void aQuoteNeverClosedIsAnErrorAtItsRecord() {
        String text = "a,b\r\nc,\"never closed\r\nmore text\r\n";
        Path f = Fixtures.csv(dir.resolve("open.csv"), text, StandardCharsets.UTF_8, false);
        Reads.fails(f, ReadErrors.UNCLOSED_QUOTE).satisfies(e -> assertThat(Reads.where(e)).isEqualTo("open.csv row 2 column B"));
    }

    @Test
    void numbersInCsvStayText() {
        Path f = Fixtures.csv(dir.resolve("n.csv"), "1234567,0123\n", StandardCharsets.UTF_8, false);
        RawRow row = Reads.read(f, 0).rows().get(0);
        assertThat(row.cells()).extracting(RawCell::text).containsExactly("1234567", "0123");
        assertThat(row.cell(0).number()).isNull();
        assertThat(row.cell(0).date()).isFalse();
    }
}
