package vn.kdclgd.smas.internal.legacy;

import java.util.Locale;

/**
 * How the text of a cell is encoded, as told by the font it is drawn with (workbooks) or by the caller
 * (CSV, which has no fonts).
 *
 * <p>Text typed in a legacy font is stored one character per byte (U+0000–U+00FF). A cell whose text
 * holds a letter or combining mark beyond U+00FF is Unicode already — someone typed Unicode into a cell
 * that kept its old font — and is left alone; so is text without any character in U+0080–U+00FF, except
 * that a capital-letter font still upper-cases it.
 */
public enum LegacyEncoding {
    /** Unicode; nothing to convert. */
    NONE(null),
    /** TCVN3 (ABC), fonts {@code .VnTime}, {@code .VnArial}, {@code .VnCentury Schoolbook} …. */
    TCVN3("TCVN3"),
    /** TCVN3 in a capital-letter font ({@code .VnTimeH}, {@code .VnArialH} …): every letter shows as a capital. */
    TCVN3_CAPITALS("TCVN3"),
    /** VNI-Windows, fonts {@code VNI-Times}, {@code VNI-Helve} …. */
    VNI("VNI");

    private final String label;

    LegacyEncoding(String label) {
        this.label = label;
    }

    /** The label counted in {@code ReadStats.legacyConversions} and put in {@code RawCell.legacy}; null for NONE. */
    public String label() {
        return label;
    }

    /**
     * The encoding a font implies: a name starting with {@code .Vn} is TCVN3 (a capital-letter font when
     * it ends in an upper-case {@code H}, e.g. {@code .VnTimeH}); one starting with {@code VNI-} or
     * {@code VNI } is VNI; anything else, or no font, is {@link #NONE}.
     */
    public static LegacyEncoding ofFont(String fontName) {
        if (fontName == null) {
            return NONE;
        }
        String name = fontName.strip();
        if (name.regionMatches(true, 0, ".Vn", 0, 3) && name.length() > 3) {
            return name.endsWith("H") ? TCVN3_CAPITALS : TCVN3;
        }
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.startsWith("VNI-") || upper.startsWith("VNI ")) {
            return VNI;
        }
        return NONE;
    }

    /**
     * The text converted to Unicode NFC, or {@code text} itself (the same instance) when this encoding is
     * {@link #NONE} or the text is not in it (see the class comment).
     */
    public String convert(String text) {
        if (this == NONE || !looksEncoded(text)) {
            return text;
        }
        String out = switch (this) {
            case TCVN3 -> LegacyConverters.fromTcvn3(text, false);
            case TCVN3_CAPITALS -> LegacyConverters.fromTcvn3(text, true);
            case VNI -> LegacyConverters.fromVni(text);
            case NONE -> text;
        };
        return out.equals(text) ? text : out;
    }

    private boolean looksEncoded(String text) {
        boolean high = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0xFF) {
                high = true;
            } else if (c > 0xFF && (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK)) {
                return false;
            }
        }
        return high || this == TCVN3_CAPITALS;
    }
}
