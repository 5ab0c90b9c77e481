package vn.kdclgd.smas.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.kdclgd.smas.testing.Fixtures;

/** xlsx and xls read the same way; CSV of the same text table gives the same rows. */
class WorkbookReadingTest {
    @TempDir
    Path dir;

    private Path write(String kind, String name, Fixtures.Book book) {
        return kind.equals("xlsx") ? book.xlsx(dir.resolve(name + ".xlsx")) : book.xls(dir.resolve(name + ".xls"));
    }

    private Path write(String kind, List<List<Object>> rows) {
        return write(kind, "hs", Fixtures.book().sheet("HocSinh", rows));
    }

    @Test
    void theSameTextTableReadsTheSameFromXlsxXlsAndCsv() {
        List<List<String>> table = List.of(
                List.of("DANH SÁCH HỌC SINH"),
                List.of(),
                List.of("STT", "Mã học sinh", "Họ và tên", "Giới tính", "Ghi chú"),
                List.of("1", "0123456789", "Nguyễn Thị Ánh", "Nữ", ""),
                List.of("2", "0123456790", "Trần Văn Đức", "Nam", "chuyển đến, \"lớp 6A\""),
                List.of("3", "0123456791", "Lê Hoàng\nYến", "Nữ", "dòng 1\r\ndòng 2"));
        List<List<Object>> objects = table.stream().map(r -> List.<Object>copyOf(r)).toList();
        Path xlsx = Fixtures.xlsx(dir.resolve("a.xlsx"), "HocSinh", objects);
        Path xls = Fixtures.xls(dir.resolve("a.xls"), "HocSinh", objects);
        Path csv = Fixtures.csv(dir.resolve("a.csv"), Fixtures.csvText(table, ','), StandardCharsets.UTF_8, true);

        List<RawRow> fromXlsx = Reads.read(xlsx, 0).rows();
        assertThat(Reads.read(xls, 0).rows()).isEqualTo(fromXlsx);
        assertThat(Reads.read(csv, 0).rows()).isEqualTo(fromXlsx);
        assertThat(fromXlsx).extracting(RawRow::number).containsExactly(1, 3, 4, 5, 6);
        assertThat(fromXlsx.get(1).cell(2).text()).isEqualTo("Họ và tên");
        assertThat(fromXlsx.get(2).cell(4)).isNull();
        assertThat(fromXlsx.get(4).cell(2).text()).isEqualTo("Lê Hoàng\nYến");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void numbersGivePlainDecimalTextAndTheirValue(String kind) {
        Path f = write(kind, List.of(Arrays.asList(1234567.0, 0.1 + 0.2, 1e20, -42.5, 1e-7, 0, 12345678901234567.0)));
        RawRow row = Reads.read(f, 0).rows().get(0);
        assertThat(row.cells()).extracting(RawCell::text)
                .containsExactly("1234567", "0.3", "100000000000000000000", "-42.5", "0.0000001", "0", "12345678901234600");
        assertThat(row.cell(0).number()).isEqualTo(1234567.0);
        assertThat(row.cell(0).date()).isFalse();
        assertThat(row.cell(0).legacy()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void dateFormattedSerialsAreFlagged(String kind) {
        LocalDate birth = LocalDate.of(2010, 5, 17);
        Path f = write(kind, List.of(Arrays.asList(birth, 40315, "17/05/2010")));
        RawRow row = Reads.read(f, 0).rows().get(0);
        RawCell date = row.cell(0);
        assertThat(date.date()).isTrue();
        assertThat(date.number()).isEqualTo(DateUtil.getExcelDate(birth));
        assertThat(date.text()).isEqualTo("40315");
        assertThat(row.cell(1).date()).as("the same serial without a date format").isFalse();
        assertThat(row.cell(2).date()).as("a date typed as text").isFalse();
        assertThat(row.cell(2).number()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void formulaCellsGiveTheirCachedResult(String kind) {
        Path f = write(kind, List.of(Arrays.asList("Nguyễn", "An",
                Fixtures.formula("A1&\" \"&B1", "Nguyễn An"), Fixtures.formula("2+3", 5), Fixtures.formula("1=1", true),
                true)));
        RawRow row = Reads.read(f, 0).rows().get(0);
        assertThat(row.cells()).extracting(RawCell::text).containsExactly("Nguyễn", "An", "Nguyễn An", "5", "TRUE", "TRUE");
        assertThat(row.cell(3).number()).isEqualTo(5.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void hiddenSheetsAndColumnsAreReported(String kind) throws IOException {
        Path f = write(kind, "h", Fixtures.book()
                .sheet("HocSinh", List.of(List.of("a", "b", "c", "d"))).hideColumns(1, 3)
                .sheet("Cu", List.of(List.of("x"))).hidden());
        try (TabularSource s = Sources.open(f, ReadLimits.defaults())) {
            assertThat(s.sheets()).containsExactly(new SheetInfo(0, "HocSinh", false), new SheetInfo(1, "Cu", true));
            Reads.Sheet first = Reads.read(s, 0);
            assertThat(first.stats().hiddenColumns()).containsExactlyInAnyOrder(1, 3);
            assertThat(first.texts()).containsExactly(List.of("a", "b", "c", "d"));
            Reads.Sheet second = Reads.read(s, 1);
            assertThat(second.stats().hiddenColumns()).isEmpty();
            assertThat(second.texts()).containsExactly(List.of("x"));
            assertThat(Reads.read(s, 0).texts()).as("a sheet can be read again").containsExactly(List.of("a", "b", "c", "d"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void decomposedTextComesOutNfc(String kind) throws IOException {
        String nfd = Normalizer.normalize("Nguyễn Thị Hằng", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Nguyễn Thị Hằng");
        Path f = write(kind, "nfd", Fixtures.book().sheet(Normalizer.normalize("Học sinh", Normalizer.Form.NFD),
                List.of(List.of(nfd))));
        try (TabularSource s = Sources.open(f, ReadLimits.defaults())) {
            assertThat(s.sheets().get(0).name()).isEqualTo("Học sinh");
            String text = Reads.read(s, 0).rows().get(0).cell(0).text();
            assertThat(text).isEqualTo("Nguyễn Thị Hằng");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void theHandlerCanStopTheRead(String kind) throws IOException {
        Path f = write(kind, List.of(List.of("1"), List.of("2"), List.of("3")));
        try (TabularSource s = Sources.open(f, ReadLimits.defaults())) {
            List<RawRow> seen = new ArrayList<>();
            ReadStats stats = s.read(0, r -> {
                seen.add(r);
                return seen.size() < 2;
            });
            assertThat(seen).hasSize(2);
            assertThat(stats.rowsRead()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void cellsKeepTheirColumnsAcrossGaps(String kind) {
        Path f = write(kind, List.of(Arrays.asList("a", null, null, "d", null, "f")));
        RawRow row = Reads.read(f, 0).rows().get(0);
        assertThat(row.cells()).extracting(RawCell::column).containsExactly(0, 3, 5);
        assertThat(row.cell(3).text()).isEqualTo("d");
        assertThat(row.cell(1)).isNull();
    }
}
