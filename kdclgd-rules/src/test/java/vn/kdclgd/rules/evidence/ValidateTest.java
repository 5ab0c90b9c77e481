package vn.kdclgd.rules.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.catalog.Catalog;

class ValidateTest {

    private final Catalog old = TestCatalogs.oldRegime();
    private final Catalog tt57 = TestCatalogs.tt57();

    @Test
    void codesOfTheCatalogAreValid() {
        assertThat(EvidenceCodes.validate(EvidenceCodes.parse("[H1-1.10-03]"), old)).isEmpty();
        assertThat(EvidenceCodes.validate(EvidenceCodes.parse("[H5-5.6-01]"), old)).isEmpty();
        assertThat(EvidenceCodes.validate(EvidenceCodes.parse("MC.1.3.02"), tt57)).isEmpty();
        assertThat(EvidenceCodes.validate(EvidenceCodes.parse("MC.4.3.99"), tt57)).isEmpty();
    }

    @Test
    void boxMayDifferFromTheStandard() {
        assertThat(EvidenceCodes.validate(EvidenceCode.h(7, 1, 1, 1), old)).isEmpty();
        assertThat(EvidenceCodes.validate(EvidenceCode.h(1, 3, 2, 1), old)).isEmpty();
    }

    @Test
    void schemeMustBeTheCatalogs() {
        List<Problem> problems = EvidenceCodes.validate(EvidenceCode.mc(1, 1, 1), old);
        assertThat(problems).extracting(Problem::code).containsExactly(EvidenceCodeErrors.SCHEME_NOT_OF_CATALOG);
        assertThat(problems.get(0).where()).isEqualTo("\"MC.1.1.01\"");
        assertThat(problems.get(0).message()).contains("TEST-H").contains("[Hn-a.b-cd]").contains(" / ");

        assertThat(EvidenceCodes.validate(EvidenceCode.h(1, 1, 1, 1), tt57))
                .extracting(Problem::code).containsExactly(EvidenceCodeErrors.SCHEME_NOT_OF_CATALOG);
    }

    @Test
    void criterionMustExist() {
        List<Problem> problems = EvidenceCodes.validate(EvidenceCode.mc(1, 5, 1), tt57);
        assertThat(problems).extracting(Problem::code).containsExactly(EvidenceCodeErrors.UNKNOWN_CRITERION);
        assertThat(problems.get(0).message()).contains("\"1.5\"").contains("TEST-MC");
        assertThat(EvidenceCodes.validate(EvidenceCode.mc(5, 1, 1), tt57)).hasSize(1);
        assertThat(EvidenceCodes.validate(EvidenceCode.h(1, 1, 11, 1), old)).hasSize(1);
    }

    @Test
    void allProblemsAtOnce() {
        assertThat(EvidenceCodes.validate(EvidenceCode.h(1, 1, 9, 1), tt57)).extracting(Problem::code)
                .containsExactly(EvidenceCodeErrors.SCHEME_NOT_OF_CATALOG, EvidenceCodeErrors.UNKNOWN_CRITERION);
    }
}
