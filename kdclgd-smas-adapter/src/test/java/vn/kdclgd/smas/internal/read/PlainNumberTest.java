package vn.kdclgd.smas.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Numbers are shown as Excel shows them; the whole-number shortcut agrees with the general rule. */
class PlainNumberTest {
    private static String reference(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(15, java.math.RoundingMode.HALF_EVEN)).stripTrailingZeros().toPlainString();
    }

    @Test
    void examples() {
        assertThat(SheetContext.plain(1234567.0)).isEqualTo("1234567");
        assertThat(SheetContext.plain(7_900_000_002.0)).isEqualTo("7900000002");
        assertThat(SheetContext.plain(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(SheetContext.plain(-0.0)).isEqualTo("0");
        assertThat(SheetContext.plain(1e15)).isEqualTo("1000000000000000");
        assertThat(SheetContext.plain(-42)).isEqualTo("-42");
    }

    @Test
    void agreesWithTheGeneralRule() {
        Random random = new Random(15);
        double[] edges = {1, -1, 999_999_999_999_999d, 1e15 - 1, 1e15, 1e15 + 1, 9_007_199_254_740_992d, 123_456_789_012_345_678d,
            Long.MAX_VALUE, 0.5, 1.5, 45_000.25, 2_958_465};
        for (double v : edges) {
            assertThat(SheetContext.plain(v)).as("%s", v).isEqualTo(reference(v));
            assertThat(SheetContext.plain(-v)).as("%s", -v).isEqualTo(reference(-v));
        }
        for (int i = 0; i < 200_000; i++) {
            double v = switch (i % 4) {
                case 0 -> random.nextInt();
                case 1 -> (double) (random.nextLong() >> random.nextInt(64));
                case 2 -> Math.rint(random.nextDouble() * Math.pow(10, random.nextInt(20)));
                default -> random.nextDouble() * Math.pow(10, random.nextInt(12));
            };
            assertThat(SheetContext.plain(v)).as("%s", v).isEqualTo(reference(v));
        }
    }

    /** The fast path for a cell's raw number: only plain digits, and then exactly {@link Double#parseDouble}. */
    @Test
    void wholeNumbersAreReadAsParseDoubleReadsThem() {
        for (String raw : new String[] {"0", "7", "0012", "123456789012345", "999999999999999"}) {
            assertThat((double) XlsxSource.wholeNumber(raw)).as(raw).isEqualTo(Double.parseDouble(raw));
        }
        for (String raw : new String[] {"", "1234567890123456", "-1", "+1", "1.5", "1e3", " 1", "1 ", "١٢", "0x1F", "NaN"}) {
            assertThat(XlsxSource.wholeNumber(raw)).as("'%s' is left to Double.parseDouble", raw).isEqualTo(-1);
        }
        Random random = new Random(16);
        for (int i = 0; i < 100_000; i++) {
            String raw = Long.toString(Math.abs(random.nextLong()) >> random.nextInt(64));
            long whole = XlsxSource.wholeNumber(raw);
            if (raw.length() <= 15) {
                assertThat((double) whole).as(raw).isEqualTo(Double.parseDouble(raw));
            } else {
                assertThat(whole).as(raw).isEqualTo(-1);
            }
        }
    }
}
