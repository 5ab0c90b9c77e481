package vn.kdclgd.smas.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.kdclgd.smas.testing.Fixtures;

/** Row, column and cell-length limits fail with errors naming file, sheet, row and column — in all three kinds. */
class LimitsTest {
    private static final ReadLimits SMALL = new ReadLimits(200L << 20, 1L << 30, 200, 3, 3, 10);

    @TempDir
    Path dir;

    private Path write(String kind, List<List<Object>> rows) {
        return switch (kind) {
            case "xlsx" -> Fixtures.xlsx(dir.resolve("hs.xlsx"), "HocSinh", rows);
            case "xls" -> Fixtures.xls(dir.resolve("hs.xls"), "HocSinh", rows);
            default -> {
                List<List<String>> text = rows.stream()
                        .map(r -> r.stream().map(v -> v == null ? "" : v.toString()).toList()).toList();
                yield Fixtures.csv(dir.resolve("hs.csv"), Fixtures.csvText(text, ','), StandardCharsets.UTF_8, false);
            }
        };
    }

    private static String place(String kind, String rowAndColumn) {
        return kind.equals("csv") ? "hs.csv " + rowAndColumn : "hs." + kind + " sheet \"HocSinh\" " + rowAndColumn;
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls", "csv"})
    void tooManyRows(String kind) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            rows.add(List.of("r" + i));
        }
        rows.add(1, List.of());
        Path f = write(kind, rows);
        Reads.fails(f, SMALL, ReadErrors.TOO_MANY_ROWS)
                .satisfies(e -> assertThat(Reads.where(e)).isEqualTo(place(kind, "row 5")))
                .hasMessageContaining("3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls", "csv"})
    void exactlyAtTheLimitsIsFine(String kind) {
        Path f = write(kind, List.of(List.of("a", "b", "0123456789"), List.of("d"), List.of("e")));
        assertThat(Reads.read(f, 0, SMALL, vn.kdclgd.smas.internal.legacy.LegacyEncoding.NONE).rows()).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls", "csv"})
    void tooManyColumns(String kind) {
        Path f = write(kind, List.of(List.of("a"), Arrays.asList("a", "b", "c", "d")));
        Reads.fails(f, SMALL, ReadErrors.TOO_MANY_COLUMNS)
                .satisfies(e -> assertThat(Reads.where(e)).isEqualTo(place(kind, "row 2 column D")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls", "csv"})
    void emptyCellsBeyondTheColumnLimitDoNotCount(String kind) {
        Path f = write(kind, List.of(Arrays.asList("a", "b", "c", "", "")));
        assertThat(Reads.read(f, 0, SMALL, vn.kdclgd.smas.internal.legacy.LegacyEncoding.NONE).texts())
                .containsExactly(List.of("a", "b", "c"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls", "csv"})
    void cellTooLong(String kind) {
        Path f = write(kind, List.of(List.of("ok"), List.of("ok", "mười một ký")));
        Reads.fails(f, SMALL, ReadErrors.CELL_TOO_LONG)
                .satisfies(e -> assertThat(Reads.where(e)).isEqualTo(place(kind, "row 2 column B")))
                .hasMessageContaining("10");
    }
}
