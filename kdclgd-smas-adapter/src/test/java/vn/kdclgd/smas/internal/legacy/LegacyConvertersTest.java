package vn.kdclgd.smas.internal.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Vietnamese letter, lower and upper case, through both converters. The expected letters are typed
 * here, not composed, so a wrong composition in the converter shows. Byte values: glibc's TCVN5712-1
 * charmap and the xvnkb tables (TCVN3); the xvnkb and VBKey tables (VNI).
 */
class LegacyConvertersTest {

    /** lower, upper, TCVN3 byte (hex) — all 67 non-ASCII letters. */
    private static final String TCVN3 = """
            á Á B8
            à À B5
            ả Ả B6
            ã Ã B7
            ạ Ạ B9
            ă Ă A8
            ắ Ắ BE
            ằ Ằ BB
            ẳ Ẳ BC
            ẵ Ẵ BD
            ặ Ặ C6
            â Â A9
            ấ Ấ CA
            ầ Ầ C7
            ẩ Ẩ C8
            ẫ Ẫ C9
            ậ Ậ CB
            é É D0
            è È CC
            ẻ Ẻ CE
            ẽ Ẽ CF
            ẹ Ẹ D1
            ê Ê AA
            ế Ế D5
            ề Ề D2
            ể Ể D3
            ễ Ễ D4
            ệ Ệ D6
            í Í DD
            ì Ì D7
            ỉ Ỉ D8
            ĩ Ĩ DC
            ị Ị DE
            ó Ó E3
            ò Ò DF
            ỏ Ỏ E1
            õ Õ E2
            ọ Ọ E4
            ô Ô AB
            ố Ố E8
            ồ Ồ E5
            ổ Ổ E6
            ỗ Ỗ E7
            ộ Ộ E9
            ơ Ơ AC
            ớ Ớ ED
            ờ Ờ EA
            ở Ở EB
            ỡ Ỡ EC
            ợ Ợ EE
            ú Ú F3
            ù Ù EF
            ủ Ủ F1
            ũ Ũ F2
            ụ Ụ F4
            ư Ư AD
            ứ Ứ F8
            ừ Ừ F5
            ử Ử F6
            ữ Ữ F7
            ự Ự F9
            ý Ý FD
            ỳ Ỳ FA
            ỷ Ỷ FB
            ỹ Ỹ FC
            ỵ Ỵ FE
            đ Đ AE
            """;

    /** lower, upper, VNI lower, VNI upper — all 67 non-ASCII letters. */
    private static final String VNI = """
            á Á aù AÙ
            à À aø AØ
            ả Ả aû AÛ
            ã Ã aõ AÕ
            ạ Ạ aï AÏ
            ă Ă aê AÊ
            ắ Ắ aé AÉ
            ằ Ằ aè AÈ
            ẳ Ẳ aú AÚ
            ẵ Ẵ aü AÜ
            ặ Ặ aë AË
            â Â aâ AÂ
            ấ Ấ aá AÁ
            ầ Ầ aà AÀ
            ẩ Ẩ aå AÅ
            ẫ Ẫ aã AÃ
            ậ Ậ aä AÄ
            é É eù EÙ
            è È eø EØ
            ẻ Ẻ eû EÛ
            ẽ Ẽ eõ EÕ
            ẹ Ẹ eï EÏ
            ê Ê eâ EÂ
            ế Ế eá EÁ
            ề Ề eà EÀ
            ể Ể eå EÅ
            ễ Ễ eã EÃ
            ệ Ệ eä EÄ
            í Í í Í
            ì Ì ì Ì
            ỉ Ỉ æ Æ
            ĩ Ĩ ó Ó
            ị Ị ò Ò
            ó Ó où OÙ
            ò Ò oø OØ
            ỏ Ỏ oû OÛ
            õ Õ oõ OÕ
            ọ Ọ oï OÏ
            ô Ô oâ OÂ
            ố Ố oá OÁ
            ồ Ồ oà OÀ
            ổ Ổ oå OÅ
            ỗ Ỗ oã OÃ
            ộ Ộ oä OÄ
            ơ Ơ ô Ô
            ớ Ớ ôù ÔÙ
            ờ Ờ ôø ÔØ
            ở Ở ôû ÔÛ
            ỡ Ỡ ôõ ÔÕ
            ợ Ợ ôï ÔÏ
            ú Ú uù UÙ
            ù Ù uø UØ
            ủ Ủ uû UÛ
            ũ Ũ uõ UÕ
            ụ Ụ uï UÏ
            ư Ư ö Ö
            ứ Ứ öù ÖÙ
            ừ Ừ öø ÖØ
            ử Ử öû ÖÛ
            ữ Ữ öõ ÖÕ
            ự Ự öï ÖÏ
            ý Ý yù YÙ
            ỳ Ỳ yø YØ
            ỷ Ỷ yû YÛ
            ỹ Ỹ yõ YÕ
            ỵ Ỵ î Î
            đ Đ ñ Ñ
            """;

    static Stream<Arguments> tcvn3Letters() {
        return TCVN3.lines().map(l -> l.split(" ")).map(p -> Arguments.of(p[0], p[1], (char) Integer.parseInt(p[2], 16)));
    }

    static Stream<Arguments> vniLetters() {
        return VNI.lines().map(l -> l.split(" ")).map(p -> Arguments.of(p[0], p[1], p[2], p[3]));
    }

    @Test
    void theTablesCoverEveryVietnameseLetterOnce() {
        assertThat(TCVN3.lines()).hasSize(67);
        assertThat(VNI.lines()).hasSize(67);
        assertThat(TCVN3.lines().map(l -> l.substring(0, 1)).distinct()).hasSize(67);
        assertThat(TCVN3.lines().map(l -> l.split(" ")[2]).distinct()).hasSize(67);
        assertThat(VNI.lines().map(l -> l.split(" ")[2]).distinct()).hasSize(67);
    }

    @ParameterizedTest(name = "TCVN3 {2} → {0} / {1}")
    @MethodSource("tcvn3Letters")
    void tcvn3LetterInNormalAndCapitalFont(String lower, String upper, char code) {
        assertThat(LegacyConverters.fromTcvn3(String.valueOf(code), false)).isEqualTo(lower);
        assertThat(LegacyConverters.fromTcvn3(String.valueOf(code), true)).isEqualTo(upper);
    }

    @ParameterizedTest(name = "VNI {2} → {0}, {3} → {1}")
    @MethodSource("vniLetters")
    void vniLetterLowerAndUpper(String lower, String upper, String vniLower, String vniUpper) {
        assertThat(LegacyConverters.fromVni(vniLower)).isEqualTo(lower);
        assertThat(LegacyConverters.fromVni(vniUpper)).isEqualTo(upper);
    }

    @Test
    void tcvn3BaseCapitalsHaveTheirOwnCodesInTheNormalFont() {
        assertThat(LegacyConverters.fromTcvn3("\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7", false))
                .isEqualTo("ĂÂÊÔƠƯĐ");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Hå ChÝ Minh|Hồ Chí Minh",
        "B¶o Th¾ng|Bảo Thắng",
        "M\u00ADêng Kh\u00AD¬ng|Mường Khương",
        "Tr\u00ADêng THPT NguyÔn Tr·i|Trường THPT Nguyễn Trãi",
        "§ç ThÞ Thu H»ng|Đỗ Thị Thu Hằng",
        "Häc sinh n÷: 12°C, 30%|Học sinh nữ: 12°C, 30%",
    })
    void tcvn3Words(String tcvn3, String unicode) {
        assertThat(LegacyConverters.fromTcvn3(tcvn3, false)).isEqualTo(unicode);
    }

    @Test
    void tcvn3CapitalFontUpperCasesAsciiToo() {
        assertThat(LegacyConverters.fromTcvn3("tr\u00ADêng thpt nguyÔn tr·i", true))
                .isEqualTo("TRƯỜNG THPT NGUYỄN TRÃI");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Nguyeãn Vaên AÙnh|Nguyễn Văn Ánh",
        "Hoà Chí Minh|Hồ Chí Minh",
        "Tröôøng Tieåu hoïc Ñaëng Thò Thuûy|Trường Tiểu học Đặng Thị Thủy",
        "Lôùp 10A1 – naêm hoïc 2009-2010|Lớp 10A1 – năm học 2009-2010",
        "TRÖÔØNG THCS LEÂ LÔÏI|TRƯỜNG THCS LÊ LỢI",
        "Kyø thi, khuyeát taät|Kỳ thi, khuyết tật",
    })
    void vniWords(String vni, String unicode) {
        assertThat(LegacyConverters.fromVni(vni)).isEqualTo(unicode);
    }

    @Test
    void outputIsNfc() {
        String out = LegacyConverters.fromVni("Nguyeãn") + LegacyConverters.fromTcvn3("NguyÔn", true);
        assertThat(Normalizer.isNormalized(out, Normalizer.Form.NFC)).isTrue();
    }
}
