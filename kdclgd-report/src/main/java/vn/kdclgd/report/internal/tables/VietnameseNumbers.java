package vn.kdclgd.report.internal.tables;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How the data tables print numbers: counts as plain integers ("1250"), ratios with a decimal comma and two
 * decimals ("1,85"), percentages with a decimal comma, at most two decimals and no trailing zeros ("12,5%",
 * "100%"). A division by zero gives no value (the cell is printed as missing).
 */
final class VietnameseNumbers {
    private VietnameseNumbers() {
    }

    /** A count: "0", "962". */
    static String count(long n) {
        return Long.toString(n);
    }

    /** {@code a / b} with two decimals and a decimal comma; empty when {@code b} is 0. */
    static Optional<String> ratio(long a, long b) {
        if (b == 0) {
            return Optional.empty();
        }
        BigDecimal r = BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), 2, RoundingMode.HALF_UP);
        return Optional.of(r.toPlainString().replace('.', ','));
    }

    /** {@code a / b} as a percentage, at most two decimals, trailing zeros dropped; empty when {@code b} is 0. */
    static Optional<String> percent(long a, long b) {
        if (b == 0) {
            return Optional.empty();
        }
        BigDecimal p = BigDecimal.valueOf(a).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(b), 2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (p.scale() < 0) {
            p = p.setScale(0);
        }
        return Optional.of(p.toPlainString().replace('.', ',') + "%");
    }
}
