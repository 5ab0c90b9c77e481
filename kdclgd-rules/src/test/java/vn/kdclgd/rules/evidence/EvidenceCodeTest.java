package vn.kdclgd.rules.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import vn.kdclgd.rules.KdclException;

class EvidenceCodeTest {

    @Test
    void formatsBothSchemes() {
        assertThat(EvidenceCode.h(1, 1, 10, 3).format()).isEqualTo("[H1-1.10-03]");
        assertThat(EvidenceCode.mc(1, 3, 2).format()).isEqualTo("MC.1.3.02");
        assertThat(EvidenceCode.mc(4, 3, 99).toString()).isEqualTo("MC.4.3.99");
        assertThat(EvidenceCode.h(3, 3, 2, 15)).hasToString("[H3-3.2-15]");
        assertThat(EvidenceCodes.format(EvidenceCodeScheme.H, OptionalInt.of(2), 1, 10, 3)).isEqualTo("[H2-1.10-03]");
        assertThat(EvidenceCodes.format(EvidenceCodeScheme.MC, OptionalInt.empty(), 2, 1, 4)).isEqualTo("MC.2.1.04");
    }

    @Test
    void criterionCode() {
        assertThat(EvidenceCode.h(1, 1, 10, 3).criterionCode()).isEqualTo("1.10");
        assertThat(EvidenceCode.mc(3, 5, 1).criterionCode()).isEqualTo("3.5");
    }

    @Test
    void validatesComponents() {
        assertCode(() -> new EvidenceCode(EvidenceCodeScheme.H, OptionalInt.empty(), 1, 1, 1),
                EvidenceCodeErrors.BOX_MISMATCH);
        assertCode(() -> new EvidenceCode(EvidenceCodeScheme.MC, OptionalInt.of(1), 1, 1, 1),
                EvidenceCodeErrors.BOX_MISMATCH);
        assertCode(() -> EvidenceCode.h(0, 1, 1, 1), EvidenceCodeErrors.NUMBER_OUT_OF_RANGE);
        assertCode(() -> EvidenceCode.h(100, 1, 1, 1), EvidenceCodeErrors.NUMBER_OUT_OF_RANGE);
        assertCode(() -> EvidenceCode.mc(0, 1, 1), EvidenceCodeErrors.NUMBER_OUT_OF_RANGE);
        assertCode(() -> EvidenceCode.mc(1, -1, 1), EvidenceCodeErrors.NUMBER_OUT_OF_RANGE);
        assertCode(() -> EvidenceCode.mc(1, 1, 0), EvidenceCodeErrors.BAD_SEQUENCE);
        assertCode(() -> EvidenceCode.mc(1, 1, 100), EvidenceCodeErrors.BAD_SEQUENCE);
        assertCode(() -> EvidenceCodes.format(EvidenceCodeScheme.MC, OptionalInt.of(1), 1, 1, 1),
                EvidenceCodeErrors.BOX_MISMATCH);
    }

    @Test
    void componentProblemsSayWhatIsWrong() {
        KdclException e = catchThrowableOfType(KdclException.class, () -> EvidenceCode.h(0, 1, 1, 1));
        assertThat(e.problems().get(0).where()).isEqualTo("scheme=H box=0 standard=1 criterion=1 sequence=1");
        assertThat(e.problems().get(0).message()).isEqualTo(
                "số hộp phải từ 1 đến 99 (đang là 0) / the box number must be from 1 to 99 (found 0)");
    }

    @Test
    void valueEquality() {
        assertThat(EvidenceCode.h(1, 1, 1, 1)).isEqualTo(EvidenceCodes.parse("h1-1.1-01"))
                .hasSameHashCodeAs(EvidenceCodes.parse("[H1-1.1-01]"));
        assertThat(EvidenceCode.h(1, 1, 1, 1)).isNotEqualTo(EvidenceCode.h(2, 1, 1, 1));
    }

    @Test
    void naturalOrderIsNumeric() {
        List<EvidenceCode> codes = new ArrayList<>(List.of(
                EvidenceCode.mc(1, 10, 1), EvidenceCode.mc(1, 2, 1), EvidenceCode.mc(2, 1, 1),
                EvidenceCode.mc(1, 2, 10), EvidenceCode.mc(1, 2, 2)));
        Collections.shuffle(codes);
        Collections.sort(codes);
        assertThat(codes).extracting(EvidenceCode::format)
                .containsExactly("MC.1.2.01", "MC.1.2.02", "MC.1.2.10", "MC.1.10.01", "MC.2.1.01");
        assertThat(EvidenceCode.h(2, 1, 1, 1)).isGreaterThan(EvidenceCode.h(1, 1, 1, 1));
        assertThat(EvidenceCode.h(9, 1, 1, 1)).isLessThan(EvidenceCode.h(1, 1, 1, 2));
    }

    private static void assertCode(Runnable r, String code) {
        KdclException e = catchThrowableOfType(KdclException.class, r::run);
        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.problems().get(0).message()).contains(" / ");
    }
}
