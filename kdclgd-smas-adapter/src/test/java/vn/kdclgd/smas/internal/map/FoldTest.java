package vn.kdclgd.smas.internal.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@link Fold} folds exactly as its definition says. The definition is kept here as the regular
 * expressions it was first written with; the one-pass implementation must agree with them on examples
 * and on random strings over the characters that matter (Vietnamese letters precomposed and decomposed,
 * every kind of space, brackets, stars, edge punctuation).
 */
class FoldTest {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOTES = Pattern.compile("\\([^)]*\\)|\\[[^]]*]|\\*");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+");
    private static final Pattern EDGE = Pattern.compile("^[\\s:.;,-]+|[\\s:.;,-]+$");

    static String referenceValue(String s) {
        if (s == null) {
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFD);
        t = MARKS.matcher(t).replaceAll("").replace('đ', 'd').replace('Đ', 'd').toLowerCase(Locale.ROOT);
        t = SPACE.matcher(t).replaceAll(" ");
        return EDGE.matcher(t).replaceAll("");
    }

    static String referenceHeader(String s) {
        return referenceValue(NOTES.matcher(s).replaceAll(" "));
    }

    @Test
    void examples() {
        String[][] cases = {
            {"Mã học\nsinh (*)", "ma hoc sinh"},
            {"MA HOC SINH", "ma hoc sinh"},
            {Normalizer.normalize("Mã  lớp\u00A0", Normalizer.Form.NFD), "ma lop"},
            {" - Đang học.", "dang hoc"},
            {"Ngày sinh [dd/mm/yyyy]", "ngay sinh"},
            {"Họ tên (", "ho ten ("},
            {"", ""},
            {"***", ""},
        };
        for (String[] c : cases) {
            assertThat(Fold.header(c[0])).as(c[0]).isEqualTo(c[1]).isEqualTo(referenceHeader(c[0]));
        }
        assertThat(Fold.value("Khuyết tật (nhẹ)")).isEqualTo("khuyet tat (nhe)");
        assertThat(Fold.value(null)).isEmpty();
        assertThat(Fold.mayFoldTo("Nguyễn Văn An", "ho va ten")).isFalse();
        assertThat(Fold.mayFoldTo("7900000001", "ma hoc sinh")).isFalse();
        assertThat(Fold.mayFoldTo(" - HỌ VÀ TÊN", "ho va ten")).isTrue();
        assertThat(Fold.mayFoldTo("(*) Họ tên", "ho ten")).isTrue();
        assertThat(Fold.mayFoldTo("Đang học", "dang hoc")).isTrue();
        assertThat(Fold.mayFoldTo(" .- ", "x")).isFalse();
        assertThat(Fold.mayFoldTo("Hoàng Văn An", "ho va ten")).isFalse();
        assertThat(Fold.mayFoldTo("Đang học", "trang thai hs")).isFalse();
        assertThat(Fold.mayFoldTo("HỌ VÀ  TÊN", "ho va ten")).isTrue();
        assertThat(Fold.mayFoldTo(java.text.Normalizer.normalize("Họ và tên", java.text.Normalizer.Form.NFD), "ho va ten")).isTrue();
        assertThat(Fold.mayFoldTo("\u0001ab", "\u0001ab")).isTrue();
    }

    @Test
    void agreesWithTheDefinitionOnRandomStrings() {
        String alphabet = "aAzZ09 đĐăâêôơưĂÂÊÔƠƯáàảãạấầẩẫậÁÀẢÃẠỳỹỵ\u0301\u0300\u0309\u0303\u0323\u0306\u0302\t\n\r\f\u000B\u00A0\u2007\u202F\uFEFF"
                + "()[]*:.;,-_/'\"Çßİı"; // no Greek capital sigma: its word-final lower case depends on context the fold removes
        Random random = new Random(20261123);
        for (int i = 0; i < 200_000; i++) {
            int n = random.nextInt(14);
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < n; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertThat(Fold.value(s)).as("value of \"%s\"", s).isEqualTo(referenceValue(s));
            assertThat(Fold.header(s)).as("header of \"%s\"", s).isEqualTo(referenceHeader(s));
            // HeaderMatch.repeats skips a fold when mayFoldTo says no: it must never say no wrongly
            assertThat(Fold.mayFoldTo(s, Fold.header(s))).as("\"%s\" may fold to its own fold", s).isTrue();
            String own = Fold.header(s);
            String[] others = {Fold.header(alphabet.substring(random.nextInt(alphabet.length()))),
                own.substring(0, random.nextInt(own.length() + 1)), own + "a", own.replace('a', 'o'), " " + own, own + " x",
                Fold.header(s.substring(random.nextInt(s.length() + 1)))};
            for (String other : others) {
                if (!Fold.mayFoldTo(s, other)) {
                    assertThat(own).as("\"%s\" said not to fold to \"%s\"", s, other).isNotEqualTo(other);
                }
            }
            // HeaderMatch.repeats skips cells shorter than the folded header on this property
            assertThat(Fold.header(s).length()).as("header of \"%s\" is not longer", s).isLessThanOrEqualTo(s.length());
        }
    }
}
