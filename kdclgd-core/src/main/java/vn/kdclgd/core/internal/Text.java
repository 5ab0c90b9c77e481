package vn.kdclgd.core.internal;

import java.text.Normalizer;

/** Text at the service boundary: Unicode NFC, blanks kept as given (null stays null). */
public final class Text {
    private Text() {
    }

    /** {@code s} in NFC, or null. */
    public static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** {@code s} in NFC and stripped; null when null or blank. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = nfc(s).strip();
        return t.isEmpty() ? null : t;
    }

    /** Whether {@code s} is null or blank. */
    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
