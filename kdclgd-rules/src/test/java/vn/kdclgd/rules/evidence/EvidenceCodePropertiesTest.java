package vn.kdclgd.rules.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import vn.kdclgd.rules.KdclException;

/** Round-trip and robustness properties of parsing and formatting. */
class EvidenceCodePropertiesTest {

    @Provide
    Arbitrary<EvidenceCode> codes() {
        Arbitrary<Integer> n = Arbitraries.integers().between(1, 99);
        Arbitrary<EvidenceCode> h = Combinators.combine(n, n, n, n).as(EvidenceCode::h);
        Arbitrary<EvidenceCode> mc = Combinators.combine(n, n, n).as(EvidenceCode::mc);
        return Arbitraries.oneOf(h, mc);
    }

    /** A valid code written the way people write it: spaces, brackets, lower case, en dashes. */
    @Provide
    Arbitrary<String> writtenCodes() {
        Arbitrary<String> space = Arbitraries.of("", "", " ", "  ", "\t", "\u00A0");
        return Combinators.combine(codes(), space.list().ofSize(12), Arbitraries.of("", "[]", "()"),
                        Arbitraries.of(true, false), Arbitraries.of("-", "-", "–"))
                .as((code, sp, brackets, lower, dash) -> {
                    String prefix = code.scheme() == EvidenceCodeScheme.H ? "H" : "MC";
                    if (lower) {
                        prefix = prefix.toLowerCase(java.util.Locale.ROOT);
                    }
                    String seq = String.format("%02d", code.sequence());
                    String body = code.scheme() == EvidenceCodeScheme.H
                            ? prefix + sp.get(0) + code.box().getAsInt() + sp.get(1) + dash + sp.get(2)
                            + code.standard() + sp.get(3) + "." + sp.get(4) + code.criterion() + sp.get(5) + dash
                            + sp.get(6) + seq
                            : prefix + sp.get(0) + "." + sp.get(1) + code.standard() + sp.get(2) + "." + sp.get(3)
                            + code.criterion() + sp.get(4) + "." + sp.get(5) + seq;
                    String inner = sp.get(7) + body + sp.get(8);
                    String bracketed = brackets.isEmpty() ? inner
                            : brackets.charAt(0) + inner + brackets.charAt(1);
                    return sp.get(9) + bracketed + sp.get(10);
                });
    }

    @Property
    void parseOfFormatIsIdentity(@ForAll("codes") EvidenceCode code) {
        assertThat(EvidenceCodes.parse(code.format())).isEqualTo(code);
        assertThat(EvidenceCodes.parse(code.format(), code.scheme())).isEqualTo(code);
        assertThat(EvidenceCodes.format(code.scheme(), code.box(), code.standard(), code.criterion(),
                code.sequence())).isEqualTo(code.format());
    }

    @Property
    void formatOfParseIsIdempotent(@ForAll("writtenCodes") String written) {
        String once = EvidenceCodes.parse(written).format();
        String twice = EvidenceCodes.parse(once).format();
        assertThat(twice).isEqualTo(once);
    }

    @Property
    void componentsSurviveTheRoundTrip(@ForAll("codes") EvidenceCode code) {
        EvidenceCode back = EvidenceCodes.parse(code.format());
        assertThat(back.box()).isEqualTo(code.scheme() == EvidenceCodeScheme.H ? code.box() : OptionalInt.empty());
        assertThat(back.criterionCode()).isEqualTo(code.standard() + "." + code.criterion());
    }

    @Property
    void aCodeInASentenceIsFound(@ForAll("codes") EvidenceCode code) {
        String cited = code.scheme() == EvidenceCodeScheme.H ? code.format() : "(" + code.format() + ")";
        assertThat(EvidenceCodes.findAll("Nhà trường đã ban hành kế hoạch " + cited + ".")).containsExactly(code);
    }

    /** Whatever the input, parsing either succeeds or throws KdclException with exactly one problem. */
    @Property(tries = 2000)
    void onlyKdclExceptionForAnyInput(@ForAll("noise") String input) {
        try {
            EvidenceCodes.parse(input);
        } catch (KdclException e) {
            assertThat(e.problems()).hasSize(1);
            assertThat(e.code()).startsWith("KDCL-30");
            assertThat(e.problems().get(0).message()).contains(" / ");
        }
        EvidenceCodes.scan(input); // must not throw either
    }

    @Provide
    Arbitrary<String> noise() {
        Arbitrary<Character> chars = Arbitraries.oneOf(
                Arbitraries.of('H', 'h', 'M', 'C', 'c', 'X', '-', '.', '[', ']', '(', ')', ' ', '0', '1', '9',
                        '–', '١', '１', 'Ｈ', '\u00A0', ','),
                Arbitraries.chars().numeric(),
                Arbitraries.chars().all());
        Arbitrary<String> random = chars.list().ofMaxSize(30)
                .map(l -> l.stream().map(String::valueOf).reduce("", String::concat));
        Arbitrary<String> mutated = Combinators.combine(codes(), Arbitraries.integers().between(0, 14), chars)
                .as((code, pos, c) -> {
                    String s = code.format();
                    int p = Math.min(pos, s.length());
                    return s.substring(0, p) + c + s.substring(p);
                });
        return Arbitraries.oneOf(random, mutated, writtenCodes());
    }
}
