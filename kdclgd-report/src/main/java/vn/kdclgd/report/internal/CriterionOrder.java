package vn.kdclgd.report.internal;

import java.util.Comparator;

/** Criterion codes in the act's order: 1.2 before 1.10; anything that is not {@code n.m} after, by text. */
public final class CriterionOrder {
    /** The comparator. */
    public static final Comparator<String> COMPARATOR = CriterionOrder::compare;

    private CriterionOrder() {
    }

    static int compare(String a, String b) {
        int[] x = parse(a);
        int[] y = parse(b);
        if (x != null && y != null) {
            return x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]);
        }
        if (x != null || y != null) {
            return x != null ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static int[] parse(String code) {
        int dot = code.indexOf('.');
        if (dot <= 0 || dot == code.length() - 1) {
            return null;
        }
        try {
            return new int[] {Integer.parseInt(code.substring(0, dot)), Integer.parseInt(code.substring(dot + 1))};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
