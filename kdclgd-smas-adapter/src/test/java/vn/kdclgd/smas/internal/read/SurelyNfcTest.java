package vn.kdclgd.smas.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

/** The normaliser is skipped only for texts that really are NFC: every such character, and every pair. */
class SurelyNfcTest {
    private static boolean safe(char c) {
        return SheetContext.surelyNfc(String.valueOf(c));
    }

    @Test
    void everyCharacterAndEveryPairItAcceptsIsNfc() {
        StringBuilder accepted = new StringBuilder();
        for (char c = 0; c < 0x2000; c++) {
            if (Character.isSurrogate(c)) {
                continue;
            }
            if (safe(c)) {
                accepted.append(c);
                assertThat(Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFC)).as("U+%04X", (int) c).isTrue();
            }
        }
        String a = accepted.toString();
        char[] pair = new char[2];
        for (int i = 0; i < a.length(); i++) {
            for (int j = 0; j < a.length(); j++) {
                pair[0] = a.charAt(i);
                pair[1] = a.charAt(j);
                String s = new String(pair);
                if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
                    throw new AssertionError(String.format("U+%04X U+%04X is accepted but not NFC", (int) pair[0], (int) pair[1]));
                }
            }
        }
    }

    @Test
    void combiningMarksAndDecomposedTextGoToTheNormaliser() {
        assertThat(SheetContext.surelyNfc("Nguyễn Thị Ơn Đức")).isTrue();
        assertThat(SheetContext.surelyNfc(Normalizer.normalize("Nguyễn", Normalizer.Form.NFD))).isFalse();
        assertThat(SheetContext.surelyNfc("a\u0301")).isFalse();
        assertThat(SheetContext.nfc(Normalizer.normalize("Nguyễn", Normalizer.Form.NFD))).isEqualTo("Nguyễn");
    }

    /** The byte check of a shared string gives the character check's answer for every code point, and no for bad UTF-8. */
    @Test
    void theUtf8CheckAgreesWithTheCharacterCheck() {
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                continue;
            }
            String s = "a" + new String(Character.toChars(cp)) + "b";
            byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(SheetContext.surelyNfcUtf8(utf8, utf8.length)).as("U+%04X", cp).isEqualTo(SheetContext.surelyNfc(s));
        }
        byte[] nfd = Normalizer.normalize("Nguyễn", Normalizer.Form.NFD).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(SheetContext.surelyNfcUtf8(nfd, nfd.length)).isFalse();
        assertThat(SheetContext.surelyNfcUtf8(new byte[] {(byte) 0xE1}, 1)).as("a cut sequence").isFalse();
        assertThat(SheetContext.surelyNfcUtf8(new byte[] {(byte) 0xFF, 'a'}, 2)).as("not UTF-8").isFalse();
    }
}
