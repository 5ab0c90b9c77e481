package vn.kdclgd.report.internal;

import java.util.Comparator;

/** Criterion codes in the act's order: 1.2 before 1.10; anything that is not {@code n.m} after, by text. */
public final class CriterionOrder {
    /** The comparator. */
    public static final Comparator<String> COMPARATOR = CriterionOrder::compare;

    /**
     * Evidence codes in natural order: runs of digits compare as numbers (of any length), the rest as text
     * ignoring case — MC.1.2.01 before MC.1.10.01, [H1-1.2-01] before [H1-1.10-01].
     */
    public static final Comparator<String> EVIDENCE_CODES = CriterionOrder::compareCodes;

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

    private static int compareCodes(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                int c = compareDigits(a.substring(si, i), b.substring(sj, j));
                if (c != 0) {
                    return c;
                }
            } else {
                int c = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
                if (c != 0) {
                    return c;
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private static int compareDigits(String x, String y) {
        String a = x.replaceFirst("^0+(?=.)", "");
        String b = y.replaceFirst("^0+(?=.)", "");
        int c = Integer.compare(a.length(), b.length());
        return c != 0 ? c : a.compareTo(b);
    }
}
