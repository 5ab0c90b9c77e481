package vn.kdclgd.smas.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** {@link RawRow#cell}: the cell of a column, found directly, by search, or none — against a plain scan. */
class RawRowTest {
    @Test
    void everyColumnOfRowsWithAndWithoutGaps() {
        Random random = new Random(17);
        for (int n = 0; n < 2_000; n++) {
            List<RawCell> cells = new ArrayList<>();
            for (int column = 0; column < 40; column++) {
                if (random.nextInt(n % 4 + 1) == 0) { // from dense rows to sparse ones
                    cells.add(new RawCell(column, "v" + column, null, false, null));
                }
            }
            RawRow row = new RawRow(n + 1, List.copyOf(cells));
            for (int column = 0; column < 45; column++) {
                RawCell expected = null;
                for (RawCell c : cells) {
                    if (c.column() == column) {
                        expected = c;
                    }
                }
                assertThat(row.cell(column)).as("row %s column %s of %s", n, column, cells).isEqualTo(expected);
            }
        }
        assertThat(new RawRow(1, List.of()).cell(0)).isNull();
    }
}
