package vn.kdclgd.smas.internal.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegacyEncodingTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        ".VnTime|TCVN3",
        ".VnArial|TCVN3",
        ".VnArial Narrow|TCVN3",
        ".VnCentury Schoolbook|TCVN3",
        ".VnTimeH|TCVN3_CAPITALS",
        ".VnArialH|TCVN3_CAPITALS",
        ".VnArial NarrowH|TCVN3_CAPITALS",
        ".vntime|TCVN3",
        "VNI-Times|VNI",
        "VNI-Helve|VNI",
        "vni-times|VNI",
        "Times New Roman|NONE",
        "Arial|NONE",
        "Calibri|NONE",
        "VnTime|NONE",
        ".Vn|NONE",
        "null|NONE",
    })
    void fontNameDecides(String font, LegacyEncoding expected) {
        assertThat(LegacyEncoding.ofFont(font)).isEqualTo(expected);
    }

    @Test
    void convertsOnlyTextThatIsInTheEncoding() {
        assertThat(LegacyEncoding.TCVN3.convert("Hå ChÝ Minh")).isEqualTo("Hồ Chí Minh");
        assertThat(LegacyEncoding.VNI.convert("Nguyeãn")).isEqualTo("Nguyễn");
        // Unicode typed into a cell that kept its old font: a letter beyond U+00FF says so
        assertThat(LegacyEncoding.TCVN3.convert("Nguyễn Thị Hà")).isEqualTo("Nguyễn Thị Hà");
        assertThat(LegacyEncoding.VNI.convert("Đào Văn Á")).isEqualTo("Đào Văn Á");
        // NFD Unicode: the combining mark says so too
        assertThat(LegacyEncoding.TCVN3.convert("Ha\u0300 Nam")).isEqualTo("Ha\u0300 Nam");
        // ASCII has nothing to convert, except that a capital font shows it in capitals
        String ascii = "10A1";
        assertThat(LegacyEncoding.TCVN3.convert(ascii)).isSameAs(ascii);
        assertThat(LegacyEncoding.TCVN3_CAPITALS.convert("lop 10a1")).isEqualTo("LOP 10A1");
        assertThat(LegacyEncoding.NONE.convert("Hå ChÝ Minh")).isEqualTo("Hå ChÝ Minh");
        // punctuation beyond U+00FF (typographic quotes, dashes) does not stop the conversion
        assertThat(LegacyEncoding.TCVN3.convert("\u201CTr\u00ADêng\u201D \u2013 2009"))
                .isEqualTo("\u201CTrường\u201D \u2013 2009");
    }

    @Test
    void labels() {
        assertThat(LegacyEncoding.TCVN3.label()).isEqualTo("TCVN3");
        assertThat(LegacyEncoding.TCVN3_CAPITALS.label()).isEqualTo("TCVN3");
        assertThat(LegacyEncoding.VNI.label()).isEqualTo("VNI");
        assertThat(LegacyEncoding.NONE.label()).isNull();
    }
}
