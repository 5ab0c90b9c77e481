package vn.kdclgd.smas.internal.map;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The form headers and coded values are compared in: NFC, lower case, Vietnamese diacritics removed
 * ({@code đ} → {@code d}), every run of white space (line breaks, non-breaking spaces) one space,
 * required-column stars and parenthesised notes dropped, trimmed. {@code "Mã học\nsinh (*)"} and
 * {@code "MA HOC SINH"} both fold to {@code "ma hoc sinh"}.
 */
public final class Fold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOTES = Pattern.compile("\\([^)]*\\)|\\[[^]]*]|\\*");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+");
    private static final Pattern EDGE = Pattern.compile("^[\\s:.;,-]+|[\\s:.;,-]+$");

    private Fold() {
    }

    /** {@code s} in NFC (null stays null). */
    public static String nfc(String s) {
        return s == null || Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** The folded form of a header or an alias. */
    public static String header(String s) {
        return value(NOTES.matcher(s).replaceAll(" "));
    }

    /** The folded form of a coded value (notes in brackets are kept: they can be the value). */
    public static String value(String s) {
        if (s == null) {
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFD);
        t = MARKS.matcher(t).replaceAll("").replace('đ', 'd').replace('Đ', 'd').toLowerCase(java.util.Locale.ROOT);
        t = SPACE.matcher(t).replaceAll(" ");
        return EDGE.matcher(t).replaceAll("");
    }
}
