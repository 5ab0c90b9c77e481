package vn.kdclgd.smas.internal.map;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form headers and coded values are compared in: NFC, lower case, Vietnamese diacritics removed
 * ({@code đ} → {@code d}), every run of white space (line breaks, non-breaking spaces) one space,
 * required-column stars and parenthesised notes dropped, trimmed. {@code "Mã học\nsinh (*)"} and
 * {@code "MA HOC SINH"} both fold to {@code "ma hoc sinh"}.
 */
public final class Fold {
    private Fold() {
    }

    /** {@code s} in NFC (null stays null). */
    public static String nfc(String s) {
        return s == null || Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** The folded form of a header or an alias. */
    public static String header(String s) {
        return value(s == null ? null : dropNotes(s));
    }

    /**
     * The folded form of a coded value (notes in brackets are kept: they can be the value).
     *
     * <p>One pass over the decomposed text instead of regular expressions: this runs for cells of every
     * data row (repeated-header checks, value tables), so it is on the import's hot path.
     */
    public static String value(String s) {
        if (s == null) {
            return "";
        }
        String t = ascii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(t.length());
        boolean pendingSpace = false;
        boolean nonAscii = false;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (isMark(cp)) {
                continue;
            }
            if (isSpace(cp)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && out.length() > 0) {
                out.append(' ');
            }
            pendingSpace = false;
            if (cp == 'đ' || cp == 'Đ') {
                out.append('d');
            } else if (cp < 0x80) {
                out.append(cp >= 'A' && cp <= 'Z' ? (char) (cp + 32) : (char) cp);
            } else {
                out.appendCodePoint(cp);
                nonAscii = true;
            }
        }
        // lower-case other letters with the whole string, as String.toLowerCase does (context: final sigma)
        return trimEdges(nonAscii ? new StringBuilder(out.toString().toLowerCase(Locale.ROOT)) : out);
    }

    /**
     * False only when {@code raw} surely does not fold (as a header) to {@code folded}: it folds the start
     * of {@code raw} character by character — Latin letters with Vietnamese diacritics through a table, no
     * normaliser — and stops at the first character that differs. Lets a per-row check skip the full fold
     * of nearly every data cell. Whenever unsure (a bracket or star, a character the table does not know,
     * punctuation that might be trimmed from the end) it answers true and the full fold decides.
     */
    public static boolean mayFoldTo(String raw, String folded) {
        int j = 0;
        boolean started = false;
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '(' || c == '[' || c == '*') {
                return true;
            }
            if (isSpace(c)) {
                pendingSpace = started;
                continue;
            }
            char b;
            if (c < 0x80) {
                b = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            } else {
                b = base(c);
                if (b == UNKNOWN) {
                    return true;
                }
                if (b == MARK) {
                    continue;
                }
            }
            if (!started && edge(b)) {
                continue;
            }
            if (edge(b)) {
                return true; // inner or trailing punctuation: kept or trimmed, the full fold knows
            }
            if (pendingSpace) {
                if (j >= folded.length() || folded.charAt(j) != ' ') {
                    return false;
                }
                j++;
                pendingSpace = false;
            }
            started = true;
            if (j >= folded.length() || folded.charAt(j) != b) {
                return false;
            }
            j++;
        }
        return started || folded.isEmpty();
    }

    private static final char MARK = '\u0001';
    private static final char UNKNOWN = '\u0000';
    /** Folded ASCII base letter of U+0080–U+024F and U+1E00–U+1EFF; MARK for U+0300–U+036F; UNKNOWN otherwise. */
    private static final char[] BASE = new char[0x2000];

    static {
        for (char c = 0x80; c < 0x2000; c++) {
            if (c >= 0x300 && c <= 0x36F) {
                BASE[c] = MARK;
            } else if (c <= 0x24F || c >= 0x1E00) {
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                char first = d.charAt(0);
                boolean marksOnly = true;
                for (int k = 1; k < d.length(); k++) {
                    int type = Character.getType(d.charAt(k));
                    marksOnly &= type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                            || type == Character.COMBINING_SPACING_MARK;
                }
                if (first < 0x80 && Character.isLetter(first) && marksOnly) {
                    BASE[c] = Character.toLowerCase(first);
                }
            }
        }
        BASE['đ'] = 'd';
        BASE['Đ'] = 'd';
    }

    private static char base(char c) {
        return c < BASE.length ? BASE[c] : UNKNOWN;
    }

    /** Replaces each {@code (…)}, {@code […]} and {@code *} by a space, as a required-column star or a note. */
    private static String dropNotes(String s) {
        if (s.indexOf('(') < 0 && s.indexOf('[') < 0 && s.indexOf('*') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int close = c == '(' ? s.indexOf(')', i + 1) : c == '[' ? s.indexOf(']', i + 1) : -1;
            if (close >= 0) {
                out.append(' ');
                i = close;
            } else if (c == '*') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** White space as {@code \s} sees it, plus the no-break and zero-width-no-break spaces. */
    private static boolean isSpace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f' || cp == '\r'
                || cp == 0x00A0 || cp == 0x2007 || cp == 0x202F || cp == 0xFEFF;
    }

    /** Drops leading and trailing white space and {@code : . ; , -} (the string has single inner spaces). */
    private static String trimEdges(StringBuilder s) {
        int from = 0;
        int to = s.length();
        while (from < to && edge(s.charAt(from))) {
            from++;
        }
        while (to > from && edge(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean edge(char c) {
        return c == ' ' || c == ':' || c == '.' || c == ';' || c == ',' || c == '-';
    }
}
