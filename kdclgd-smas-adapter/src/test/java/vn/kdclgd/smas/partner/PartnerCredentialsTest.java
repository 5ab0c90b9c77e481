package vn.kdclgd.smas.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;

class PartnerCredentialsTest {

    @Test
    void acceptsWellFormedCodesAndNeverPrintsTheSecret() {
        PartnerCredentials c = new PartnerCredentials("79", "79000123", "Zx-81_secret.value");

        assertThat(c.toString()).contains("79000123").contains("79").contains("***").doesNotContain("Zx-81_secret.value");
        assertThat(c.secret()).isEqualTo("Zx-81_secret.value");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "123456789", "1234567a", "12 345678", "١٢٣٤٥٦٧٨", ""})
    void theSchoolCodeIsExactlyEightAsciiDigits(String schoolCode) {
        KdclException e = catchThrowableOfType(KdclException.class,
                () -> new PartnerCredentials("01", schoolCode, "secret"));

        assertThat(e.problems()).extracting(Problem::code).containsExactly("KDCL-9302");
        assertThat(e.problems().get(0).where()).isEqualTo("schoolCode \"" + schoolCode + "\"");
        assertThat(e.problems().get(0).message()).contains("8 chữ số").contains("8 digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"HN", "", "0001", "0-1"})
    void theProvinceCodeIsDigits(String provinceCode) {
        KdclException e = catchThrowableOfType(KdclException.class,
                () -> new PartnerCredentials(provinceCode, "12345678", "secret"));

        assertThat(e.problems()).extracting(Problem::where).containsExactly("provinceCode \"" + provinceCode + "\"");
    }

    @Test
    void everyProblemIsReportedAtOnceAndTheSecretIsNeverQuoted() {
        KdclException e = catchThrowableOfType(KdclException.class,
                () -> new PartnerCredentials(null, "1234", "half a secret\n"));

        assertThat(e.problems()).extracting(Problem::where)
                .containsExactly("provinceCode (null)", "schoolCode \"1234\"", "secret");
        assertThat(e.getMessage()).doesNotContain("half a secret");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void aBlankSecretIsRefused(String secret) {
        KdclException e = catchThrowableOfType(KdclException.class,
                () -> new PartnerCredentials("01", "12345678", secret));

        assertThat(e.problems()).extracting(Problem::where).containsExactly("secret");
        assertThat(e.problems().get(0).message()).contains("missing");
    }

    @Test
    void aNullSecretIsRefusedLikeABlankOne() {
        KdclException e = catchThrowableOfType(KdclException.class, () -> new PartnerCredentials("01", "12345678", null));

        assertThat(e.code()).isEqualTo("KDCL-9302");
    }
}
