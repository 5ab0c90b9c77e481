package vn.kdclgd.rules.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;

class EvidenceCodeParseTest {

    static Stream<Arguments> valid() {
        return Stream.of(
                // old scheme: canonical and lenient forms
                Arguments.of("[H1-1.10-03]", "[H1-1.10-03]"),
                Arguments.of("[H1-1.1-01]", "[H1-1.1-01]"),
                Arguments.of("H1-1.10-03", "[H1-1.10-03]"),
                Arguments.of("[ H1 - 1.10 - 03 ]", "[H1-1.10-03]"),
                Arguments.of("  [H1-1.10-03]  ", "[H1-1.10-03]"),
                Arguments.of("(H1-1.10-03)", "[H1-1.10-03]"),
                Arguments.of("h1-1.10-03", "[H1-1.10-03]"),
                Arguments.of("[h 1 - 1 . 10 - 03]", "[H1-1.10-03]"),
                Arguments.of("\t[H3-3.2-15]\n", "[H3-3.2-15]"),
                Arguments.of("[H5-5.6-99]", "[H5-5.6-99]"),
                Arguments.of("[H99-99.99-99]", "[H99-99.99-99]"),
                Arguments.of("[H2-1.1-01]", "[H2-1.1-01]"),            // box ≠ standard is allowed
                Arguments.of("[H1–1.1–01]", "[H1-1.1-01]"),            // en dash, as Word writes it
                Arguments.of("[H1\u20111.1\u201101]", "[H1-1.1-01]"),  // non-breaking hyphen
                Arguments.of("\u00A0[H1-1.1-01]\u00A0", "[H1-1.1-01]"), // no-break spaces
                Arguments.of("\u200B[H1-1.1-01]", "[H1-1.1-01]"),      // zero-width space from the web
                // TT57 scheme
                Arguments.of("MC.1.3.02", "MC.1.3.02"),
                Arguments.of("MC.1.1.01", "MC.1.1.01"),
                Arguments.of("(MC.1.1.01)", "MC.1.1.01"),
                Arguments.of("[MC.1.1.01]", "MC.1.1.01"),
                Arguments.of("mc.1.1.01", "MC.1.1.01"),
                Arguments.of("Mc.4.3.10", "MC.4.3.10"),
                Arguments.of(" ( MC . 1 . 3 . 02 ) ", "MC.1.3.02"),
                Arguments.of("MC.1.10.99", "MC.1.10.99"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("valid")
    void parsesValidVariantsToCanonicalText(String input, String canonical) {
        EvidenceCode code = EvidenceCodes.parse(input);
        assertThat(code.format()).isEqualTo(canonical);
        assertThat(EvidenceCodes.isValid(input)).isTrue();
        assertThat(EvidenceCodes.check(input, null)).isEmpty();
        assertThat(EvidenceCodes.parse(input, code.scheme())).isEqualTo(code);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of(null, EvidenceCodeErrors.EMPTY),
                Arguments.of("", EvidenceCodeErrors.EMPTY),
                Arguments.of("   ", EvidenceCodeErrors.EMPTY),
                Arguments.of("[]", EvidenceCodeErrors.EMPTY),
                Arguments.of("( )", EvidenceCodeErrors.EMPTY),
                Arguments.of("X1-1.1-01", EvidenceCodeErrors.NOT_AN_EVIDENCE_CODE),
                Arguments.of("1.1-01", EvidenceCodeErrors.NOT_AN_EVIDENCE_CODE),
                Arguments.of("HH1-1.1-01", EvidenceCodeErrors.NOT_AN_EVIDENCE_CODE),
                Arguments.of("MCX.1.1.01", EvidenceCodeErrors.NOT_AN_EVIDENCE_CODE),
                Arguments.of("M.1.1.01", EvidenceCodeErrors.NOT_AN_EVIDENCE_CODE),
                Arguments.of("#H1-1.1-01", EvidenceCodeErrors.NOT_AN_EVIDENCE_CODE),
                Arguments.of("Ｈ1-1.1-01", EvidenceCodeErrors.NOT_AN_EVIDENCE_CODE), // full-width H
                Arguments.of("[H1-1.1]", EvidenceCodeErrors.MALFORMED),
                Arguments.of("[H1-1.1-]", EvidenceCodeErrors.MALFORMED),
                Arguments.of("[H1-1-01]", EvidenceCodeErrors.MALFORMED),
                Arguments.of("[H1.1.1.01]", EvidenceCodeErrors.MALFORMED),
                Arguments.of("[H1-1.1.01]", EvidenceCodeErrors.MALFORMED),
                Arguments.of("[H1-1.1-01-02]", EvidenceCodeErrors.MALFORMED),
                Arguments.of("[H1-1.1-01a]", EvidenceCodeErrors.MALFORMED),
                Arguments.of("[H1-1.1.2-01]", EvidenceCodeErrors.MALFORMED),
                Arguments.of("[H-1.1-01]", EvidenceCodeErrors.MALFORMED),
                Arguments.of("[H1-1,1-01]", EvidenceCodeErrors.MALFORMED),
                Arguments.of("[H1_1.1_01]", EvidenceCodeErrors.MALFORMED),
                Arguments.of("MC.1.1", EvidenceCodeErrors.MALFORMED),
                Arguments.of("MC.1.1.", EvidenceCodeErrors.MALFORMED),
                Arguments.of("MC1.1.01", EvidenceCodeErrors.MALFORMED),
                Arguments.of("MC.1.1.01.02", EvidenceCodeErrors.MALFORMED),
                Arguments.of("MC-1-1-01", EvidenceCodeErrors.MALFORMED),
                Arguments.of("MC.1.1-01", EvidenceCodeErrors.MALFORMED),
                Arguments.of("MC.1.1.01 x", EvidenceCodeErrors.MALFORMED),
                Arguments.of("MC.1.1.0 1", EvidenceCodeErrors.MALFORMED),
                Arguments.of("[H01-1.1-01]", EvidenceCodeErrors.LEADING_ZERO),
                Arguments.of("[H1-01.1-01]", EvidenceCodeErrors.LEADING_ZERO),
                Arguments.of("[H1-1.01-01]", EvidenceCodeErrors.LEADING_ZERO),
                Arguments.of("[H00-1.1-01]", EvidenceCodeErrors.LEADING_ZERO),
                Arguments.of("MC.01.1.01", EvidenceCodeErrors.LEADING_ZERO),
                Arguments.of("MC.1.01.01", EvidenceCodeErrors.LEADING_ZERO),
                Arguments.of("[H1-1.1-1]", EvidenceCodeErrors.BAD_SEQUENCE),
                Arguments.of("[H1-1.1-001]", EvidenceCodeErrors.BAD_SEQUENCE),
                Arguments.of("[H1-1.1-00]", EvidenceCodeErrors.BAD_SEQUENCE),
                Arguments.of("[H1-1.1-100]", EvidenceCodeErrors.BAD_SEQUENCE),
                Arguments.of("MC.1.1.1", EvidenceCodeErrors.BAD_SEQUENCE),
                Arguments.of("MC.1.1.001", EvidenceCodeErrors.BAD_SEQUENCE),
                Arguments.of("MC.1.1.00", EvidenceCodeErrors.BAD_SEQUENCE),
                Arguments.of("MC.1.1.99999999999999999999", EvidenceCodeErrors.BAD_SEQUENCE),
                Arguments.of("[H0-1.1-01]", EvidenceCodeErrors.NUMBER_OUT_OF_RANGE),
                Arguments.of("[H1-0.1-01]", EvidenceCodeErrors.NUMBER_OUT_OF_RANGE),
                Arguments.of("[H1-1.0-01]", EvidenceCodeErrors.NUMBER_OUT_OF_RANGE),
                Arguments.of("[H100-1.1-01]", EvidenceCodeErrors.NUMBER_OUT_OF_RANGE),
                Arguments.of("[H1-1.99999999999999999999-01]", EvidenceCodeErrors.NUMBER_OUT_OF_RANGE),
                Arguments.of("MC.0.1.01", EvidenceCodeErrors.NUMBER_OUT_OF_RANGE),
                Arguments.of("MC.1.100.01", EvidenceCodeErrors.NUMBER_OUT_OF_RANGE),
                Arguments.of("[H１-1.1-01]", EvidenceCodeErrors.NON_ASCII_DIGIT),   // full-width digit
                Arguments.of("MC.1.1.０１", EvidenceCodeErrors.NON_ASCII_DIGIT),
                Arguments.of("MC.١.1.01", EvidenceCodeErrors.NON_ASCII_DIGIT),      // Arabic-Indic digit
                Arguments.of("MC.1.1.0\u0967", EvidenceCodeErrors.NON_ASCII_DIGIT), // Devanagari one
                Arguments.of("[H1-1.1-01", EvidenceCodeErrors.UNBALANCED_BRACKETS),
                Arguments.of("H1-1.1-01]", EvidenceCodeErrors.UNBALANCED_BRACKETS),
                Arguments.of("[H1-1.1-01)", EvidenceCodeErrors.UNBALANCED_BRACKETS),
                Arguments.of("(MC.1.1.01]", EvidenceCodeErrors.UNBALANCED_BRACKETS),
                Arguments.of("[[H1-1.1-01]]", EvidenceCodeErrors.UNBALANCED_BRACKETS),
                Arguments.of("(MC.1.1.01, MC.1.1.02)", EvidenceCodeErrors.MALFORMED),
                Arguments.of("[", EvidenceCodeErrors.UNBALANCED_BRACKETS),
                Arguments.of(")", EvidenceCodeErrors.UNBALANCED_BRACKETS));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("invalid")
    void rejectsInvalidInputWithTheRightCode(String input, String expectedCode) {
        KdclException e = catchThrowableOfType(KdclException.class, () -> EvidenceCodes.parse(input));
        assertThat(e).as("parse(%s) must fail", input).isNotNull();
        assertThat(e.problems()).hasSize(1);
        assertThat(e.code()).isEqualTo(expectedCode);
        assertThat(e.getCause()).isNull();
        Problem p = e.problems().get(0);
        assertThat(p.message()).contains(" / ");
        assertThat(p.where()).startsWith("\"");
        assertThat(EvidenceCodes.isValid(input)).isFalse();
        assertThat(EvidenceCodes.check(input, null)).containsExactly(p);
    }

    @Test
    void messageSaysWhatIsWrongAndShowsTheCorrectedCode() {
        KdclException e = catchThrowableOfType(KdclException.class, () -> EvidenceCodes.parse("[H1-1.1-1]"));
        Problem p = e.problems().get(0);
        assertThat(p.code()).isEqualTo("KDCL-3006");
        assertThat(p.where()).isEqualTo("\"[H1-1.1-1]\" (ký tự/char 9)");
        assertThat(p.message()).startsWith("Mã minh chứng \"[H1-1.1-1]\" không hợp lệ: số thứ tự phải có 2 chữ số "
                + "(01–99)");
        assertThat(p.message()).contains("ví dụ [H1-1.1-01] / Invalid evidence code \"[H1-1.1-1]\": "
                + "the sequence number must have two digits (01–99)");
        assertThat(p.message()).endsWith("e.g. [H1-1.1-01]");
    }

    @Test
    void suggestionDropsLeadingZerosAndReplacesForeignDigits() {
        assertThat(messageOf("[H01-1.01-01]")).contains("ví dụ [H1-1.1-01]").contains("e.g. [H1-1.1-01]");
        assertThat(messageOf("MC.1.1.００１")).contains("ví dụ MC.1.1.01");
        assertThat(messageOf("MC.1.1.001")).contains("ví dụ MC.1.1.01");
        // nothing sensible to suggest: the generic example of the scheme
        assertThat(messageOf("MC.1.1.00")).contains("ví dụ MC.1.1.01");
        assertThat(messageOf("[H0-1.1-01]")).contains("ví dụ [H1-1.1-01]");
    }

    @Test
    void positionPointsAtTheOffendingPart() {
        assertThat(whereOf("[H1-1.01-01]")).isEqualTo("\"[H1-1.01-01]\" (ký tự/char 7)");
        assertThat(whereOf("  MC.1.1.01.02")).isEqualTo("\"  MC.1.1.01.02\" (ký tự/char 12)");
        assertThat(whereOf("[H1-1.1-01")).isEqualTo("\"[H1-1.1-01\" (ký tự/char 1)");
        assertThat(whereOf("")).isEqualTo("\"\"");
    }

    @Test
    void longInputIsShortenedInMessages() {
        String input = "H1-1.1-01" + "x".repeat(500);
        Problem p = catchThrowableOfType(KdclException.class, () -> EvidenceCodes.parse(input)).problems().get(0);
        assertThat(p.where()).hasSizeLessThan(100).contains("…");
        assertThat(p.message()).hasSizeLessThan(600);
    }

    @Test
    void requiredSchemeIsEnforced() {
        assertThat(EvidenceCodes.parse("[H1-1.1-01]", EvidenceCodeScheme.H)).isEqualTo(EvidenceCode.h(1, 1, 1, 1));
        assertThat(EvidenceCodes.parse("(MC.1.1.01)", EvidenceCodeScheme.MC)).isEqualTo(EvidenceCode.mc(1, 1, 1));

        KdclException e = catchThrowableOfType(KdclException.class,
                () -> EvidenceCodes.parse("MC.1.1.01", EvidenceCodeScheme.H));
        assertThat(e.code()).isEqualTo(EvidenceCodeErrors.WRONG_SCHEME);
        assertThat(e.problems().get(0).message())
                .contains("MC.a.b.cd").contains("[Hn-a.b-cd]").contains("ví dụ [H1-1.1-01]");

        assertThatThrownBy(() -> EvidenceCodes.parse("[H1-1.1-01]", EvidenceCodeScheme.MC))
                .isInstanceOf(KdclException.class)
                .extracting(t -> ((KdclException) t).code()).isEqualTo(EvidenceCodeErrors.WRONG_SCHEME);

        // an unknown prefix under a required scheme names only that scheme
        assertThat(messageOf("X.1.1.01", EvidenceCodeScheme.MC))
                .contains("\"MC\"").doesNotContain("[Hn-a.b-cd]");
        assertThat(EvidenceCodes.check("MC.1.1.01", EvidenceCodeScheme.H))
                .extracting(Problem::code).containsExactly(EvidenceCodeErrors.WRONG_SCHEME);
    }

    @Test
    void detectsTheScheme() {
        assertThat(EvidenceCodes.parse("[H2-1.3-04]").scheme()).isEqualTo(EvidenceCodeScheme.H);
        assertThat(EvidenceCodes.parse("MC.2.1.04").scheme()).isEqualTo(EvidenceCodeScheme.MC);
        EvidenceCode h = EvidenceCodes.parse("[H2-1.3-04]");
        assertThat(h.box()).hasValue(2);
        assertThat(h.standard()).isEqualTo(1);
        assertThat(h.criterion()).isEqualTo(3);
        assertThat(h.sequence()).isEqualTo(4);
    }

    private static String messageOf(String input) {
        return catchThrowableOfType(KdclException.class, () -> EvidenceCodes.parse(input)).problems().get(0).message();
    }

    private static String messageOf(String input, EvidenceCodeScheme scheme) {
        return catchThrowableOfType(KdclException.class, () -> EvidenceCodes.parse(input, scheme))
                .problems().get(0).message();
    }

    private static String whereOf(String input) {
        return catchThrowableOfType(KdclException.class, () -> EvidenceCodes.parse(input)).problems().get(0).where();
    }
}
