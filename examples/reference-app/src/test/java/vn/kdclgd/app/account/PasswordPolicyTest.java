package vn.kdclgd.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.kdclgd.rules.Problem;

/** The password policy: length in characters and in BCrypt's bytes, the user name, guessable passwords, generated passwords. */
class PasswordPolicyTest {

    private static boolean ok(String username, String password) {
        return PasswordPolicy.check(username, password, "p").isEmpty();
    }

    @Test
    void eightCharactersAreTheMinimum() {
        assertThat(ok("leloi.gv3", "Ab3$xyz")).isFalse();
        assertThat(ok("leloi.gv3", "Ab3$xyzq")).isTrue();
        assertThat(ok("leloi.gv3", null)).isFalse();
        assertThat(ok("leloi.gv3", "")).isFalse();
        assertThat(PasswordPolicy.check("leloi.gv3", "short", "newPassword"))
                .extracting(Problem::code, Problem::where).containsExactly(org.assertj.core.groups.Tuple.tuple("KDCL-9510", "newPassword"));
    }

    @Test
    void atMostSeventyTwoBytesBecauseBcryptReadsNoFurther() {
        assertThat(ok("leloi.gv3", "x".repeat(72))).as("72 ASCII bytes, but one character repeated").isFalse();
        String seventyTwo = "correct horse battery staple ".repeat(3).substring(0, 72);
        assertThat(seventyTwo.getBytes(StandardCharsets.UTF_8)).hasSize(72);
        assertThat(ok("leloi.gv3", seventyTwo)).isTrue();
        assertThat(ok("leloi.gv3", seventyTwo + "!")).isFalse();
        // 30 characters, but "ệ" is 3 bytes in UTF-8: 25 × 3 + 5 = 80 bytes
        String thirty = "ệệệệệệệệệệệệệệệệệệệệệệệệệabcde";
        assertThat(thirty).hasSize(30);
        assertThat(ok("leloi.gv3", thirty)).isFalse();
        assertThat(PasswordPolicy.check("leloi.gv3", thirty, "p").get(0).message()).contains("72");
    }

    @Test
    void bytesAreCountedOnTheNfcForm() {
        String nfc = "Mật khẩu tiếng Việt của trường";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(nfc);
        assertThat(ok("leloi.gv3", nfc)).isTrue();
        assertThat(ok("leloi.gv3", nfd)).as("the decomposed form is longer in bytes but the same password").isTrue();
    }

    @Test
    void notTheUserNameAndNotContainingIt() {
        assertThat(ok("leloi.gv3", "leloi.gv3")).isFalse();
        assertThat(ok("leloi.gv3", "LELOI.GV3")).isFalse();
        assertThat(ok("leloi.gv3", "my-leloi.gv3-2026")).isFalse();
        assertThat(ok("leloi.gv3", "leloi-2026-gv")).isTrue();
    }

    @Test
    void guessablePasswordsAreRefused() {
        assertThat(ok("leloi.gv3", "12345678")).isFalse();
        assertThat(ok("leloi.gv3", "Password")).isFalse();
        assertThat(ok("leloi.gv3", "matkhau123")).isFalse();
        assertThat(ok("leloi.gv3", "aaaaaaaaaaaa")).isFalse();
        assertThat(ok("leloi.gv3", "kdclgd-demo")).as("the demo password stays usable for the demo data").isTrue();
    }

    @Test
    void generatedPasswordsAreRandomReadableAndAccepted() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String p = PasswordPolicy.generate("abc");
            assertThat(p).hasSize(PasswordPolicy.GENERATED_LENGTH).matches("[a-km-np-zA-HJ-NP-Z2-9]+").doesNotContainIgnoringCase("abc");
            assertThat(ok("abc", p)).isTrue();
            seen.add(p);
        }
        assertThat(seen).hasSize(500);
    }
}
