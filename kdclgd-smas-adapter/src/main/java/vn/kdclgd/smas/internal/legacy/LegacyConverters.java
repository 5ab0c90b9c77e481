package vn.kdclgd.smas.internal.legacy;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Converts text typed in the two pre-Unicode Vietnamese encodings still met in old school files into
 * Unicode NFC.
 *
 * <p>Excel (and a CSV read byte for byte) keeps such text as one character per byte, U+0000–U+00FF:
 * "Hå ChÝ Minh" is TCVN3 for "Hồ Chí Minh", "Nguyeãn" is VNI for "Nguyễn". The tables follow
 * <ul>
 *   <li><b>TCVN3</b> (ABC, TCVN 5712:1993 VN3, fonts {@code .VnTime}, {@code .VnArial} …): one byte per
 *       letter; the lowercase letters and the seven base capitals Ă Â Ê Ô Ơ Ư Đ of the TCVN 5712 table
 *       (as in glibc's {@code TCVN5712-1} charmap and the xvnkb keyboard's table, which agree). Capitals with
 *       a tone mark have no code: the "H" fonts ({@code .VnTimeH}) draw the lowercase codes as capitals,
 *       so text in such a font is converted and then upper-cased. Codes outside VN3 (the VN1-only
 *       capitals, the combining marks 0xB0–0xB4) are left as they are: in VN3 fonts they are punctuation.</li>
 *   <li><b>VNI</b> (VNI-Windows, fonts {@code VNI-Times} …): a base letter followed by one mark byte
 *       (e.g. {@code a}+0xF9 = á, {@code a}+0xE2 = â, {@code a}+0xE1 = ấ); đ, ơ, ư, the toned i and ỵ have
 *       one byte each; capitals use the marks 0x20 lower (as in the xvnkb and VBKey tables, which agree).</li>
 * </ul>
 */
public final class LegacyConverters {
    private static final char ACUTE = '\u0301';
    private static final char GRAVE = '\u0300';
    private static final char HOOK = '\u0309';
    private static final char TILDE = '\u0303';
    private static final char DOT = '\u0323';
    /** Tone marks in the column order of the tables below. */
    private static final char[] TONES = {ACUTE, GRAVE, HOOK, TILDE, DOT};

    /** TCVN3 byte → Unicode letter (NFC), for the bytes VN3 defines. */
    private static final char[] TCVN3 = new char[256];
    /** VNI one- or two-character sequences → Unicode letter (NFC). */
    private static final Map<String, Character> VNI = new HashMap<>();

    static {
        // TCVN3: base letter (its own byte, or 0 when it is the ASCII letter), then acute, grave, hook, tilde, dot.
        tcvn3('a', 0, 0xB8, 0xB5, 0xB6, 0xB7, 0xB9);
        tcvn3('ă', 0xA8, 0xBE, 0xBB, 0xBC, 0xBD, 0xC6);
        tcvn3('â', 0xA9, 0xCA, 0xC7, 0xC8, 0xC9, 0xCB);
        tcvn3('e', 0, 0xD0, 0xCC, 0xCE, 0xCF, 0xD1);
        tcvn3('ê', 0xAA, 0xD5, 0xD2, 0xD3, 0xD4, 0xD6);
        tcvn3('i', 0, 0xDD, 0xD7, 0xD8, 0xDC, 0xDE);
        tcvn3('o', 0, 0xE3, 0xDF, 0xE1, 0xE2, 0xE4);
        tcvn3('ô', 0xAB, 0xE8, 0xE5, 0xE6, 0xE7, 0xE9);
        tcvn3('ơ', 0xAC, 0xED, 0xEA, 0xEB, 0xEC, 0xEE);
        tcvn3('u', 0, 0xF3, 0xEF, 0xF1, 0xF2, 0xF4);
        tcvn3('ư', 0xAD, 0xF8, 0xF5, 0xF6, 0xF7, 0xF9);
        tcvn3('y', 0, 0xFD, 0xFA, 0xFB, 0xFC, 0xFE);
        TCVN3[0xAE] = 'đ';
        String capitals = "ĂÂÊÔƠƯĐ";
        for (int i = 0; i < capitals.length(); i++) {
            TCVN3[0xA1 + i] = capitals.charAt(i);
        }

        // VNI: plain vowels take the tone marks acute F9, grave F8, hook FB, tilde F5, dot EF.
        int[] tones = {0xF9, 0xF8, 0xFB, 0xF5, 0xEF};
        for (char base : new char[] {'a', 'e', 'o', 'u', 'y'}) {
            vni(String.valueOf(base), base, tones, base == 'y' ? 4 : 5);
        }
        // ơ (F4) and ư (F6) are one byte each and take the same tone marks.
        vniStandalone(0xF4, 'ơ');
        vniStandalone(0xF6, 'ư');
        vni(String.valueOf((char) 0xF4), 'ơ', tones, 5);
        vni(String.valueOf((char) 0xF6), 'ư', tones, 5);
        // Circumflex: base + E2; with tones E1, E0, E5, E3, E4.
        for (char base : new char[] {'a', 'e', 'o'}) {
            char withHat = compose(base, '\u0302');
            vniPair(base, 0xE2, withHat);
            vni(String.valueOf(base), withHat, new int[] {0xE1, 0xE0, 0xE5, 0xE3, 0xE4}, 5);
        }
        // Breve: a + EA; with tones E9, E8, FA, FC, EB.
        vniPair('a', 0xEA, 'ă');
        vni("a", 'ă', new int[] {0xE9, 0xE8, 0xFA, 0xFC, 0xEB}, 5);
        // One-byte letters: the toned i (acute ED, grave EC, hook E6, tilde F3, dot F2), ỵ (EE) and đ (F1).
        int[] iBytes = {0xED, 0xEC, 0xE6, 0xF3, 0xF2};
        for (int t = 0; t < TONES.length; t++) {
            vniStandalone(iBytes[t], compose('i', TONES[t]));
        }
        vniStandalone(0xEE, 'ỵ');
        vniStandalone(0xF1, 'đ');
    }

    private LegacyConverters() {
    }

    /**
     * TCVN3 (ABC) text → Unicode NFC.
     *
     * @param text        the text as stored, one character per byte
     * @param capitalFont whether the text is drawn with a capital-letter font ({@code .VnTimeH},
     *                    {@code .VnArialH} …), which shows every letter as a capital
     */
    public static String fromTcvn3(String text, boolean capitalFont) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char mapped = c < 256 ? TCVN3[c] : 0;
            sb.append(mapped != 0 ? mapped : c);
        }
        String out = sb.toString();
        if (capitalFont) {
            out = out.toUpperCase(Locale.ROOT);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** VNI (VNI-Windows) text → Unicode NFC. */
    public static String fromVni(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            Character two = i + 1 < text.length() ? VNI.get(text.substring(i, i + 2)) : null;
            if (two != null) {
                sb.append(two.charValue());
                i += 2;
                continue;
            }
            Character one = VNI.get(text.substring(i, i + 1));
            sb.append(one != null ? one.charValue() : text.charAt(i));
            i++;
        }
        return Normalizer.normalize(sb.toString(), Normalizer.Form.NFC);
    }

    private static void tcvn3(char base, int baseByte, int... toneBytes) {
        if (baseByte != 0) {
            TCVN3[baseByte] = base;
        }
        for (int t = 0; t < TONES.length; t++) {
            TCVN3[toneBytes[t]] = compose(base, TONES[t]);
        }
    }

    /** Registers base+mark for the first {@code count} tones, lowercase and capital (mark − 0x20). */
    private static void vni(String base, char letter, int[] marks, int count) {
        for (int t = 0; t < count; t++) {
            char toned = compose(letter, TONES[t]);
            VNI.put(base + (char) marks[t], toned);
            VNI.put(upper(base) + (char) (marks[t] - 0x20), Character.toUpperCase(toned));
        }
    }

    private static void vniPair(char base, int mark, char letter) {
        VNI.put("" + base + (char) mark, letter);
        VNI.put("" + Character.toUpperCase(base) + (char) (mark - 0x20), Character.toUpperCase(letter));
    }

    private static void vniStandalone(int code, char letter) {
        VNI.put(String.valueOf((char) code), letter);
        VNI.put(String.valueOf((char) (code - 0x20)), Character.toUpperCase(letter));
    }

    /** The capital form of a VNI base: an ASCII letter, or the byte 0x20 lower for ơ/ư. */
    private static String upper(String base) {
        char b = base.charAt(0);
        return String.valueOf(b >= 0x80 ? (char) (b - 0x20) : Character.toUpperCase(b));
    }

    private static char compose(char base, char mark) {
        String s = Normalizer.normalize(base + String.valueOf(mark), Normalizer.Form.NFC);
        if (s.length() != 1) {
            throw new IllegalStateException("no precomposed letter for " + base + " + U+" + Integer.toHexString(mark));
        }
        return s.charAt(0);
    }
}
