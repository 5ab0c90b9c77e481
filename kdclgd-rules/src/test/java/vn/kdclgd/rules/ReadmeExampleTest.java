package vn.kdclgd.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.CatalogRegistry;
import vn.kdclgd.rules.evidence.EvidenceCode;
import vn.kdclgd.rules.evidence.EvidenceCodeBook;
import vn.kdclgd.rules.evidence.EvidenceCodes;
import vn.kdclgd.rules.rating.Judgements;
import vn.kdclgd.rules.rating.RatingEngine;
import vn.kdclgd.rules.rating.RatingResult;

/** The library example of README.md, line for line, so the README stays true. */
class ReadmeExampleTest {
    @Test
    void theReadmeExampleWorksAsDescribed() {
        CatalogRegistry catalogs = CatalogRegistry.defaultRegistry();
        Catalog catalog = catalogs.forSchool(SchoolType.THCS, LocalDate.of(2026, 9, 5)).orElseThrow();
        assertThat(catalog.id()).isEqualTo("TT57-2026-PT");

        Judgements judgements = Judgements.builder()
                .level("1.1", 1, true).item("1.1", 2, "a", true).item("1.1", 2, "b", false)
                .build();
        RatingResult result = RatingEngine.rate(catalog, judgements);
        assertThat(result.schoolLevel()).isZero();
        assertThat(result.nationalStandardDegree()).hasValue(0);
        assertThat(result.missing()).isNotEmpty();
        assertThat(result.gaps()).hasSize(2);
        assertThat(result.explanation()).isNotEmpty();
        assertThat(result.criterion("1.1").level()).isEqualTo(1);

        EvidenceCode code = EvidenceCodes.parse("[ H1 - 1.10 - 03 ]");
        assertThat(code.format()).isEqualTo("[H1-1.10-03]");
        EvidenceCodeBook book = EvidenceCodeBook.empty(catalog).assign("decision-2025-17", "1.3");
        assertThat(book.codeOf("decision-2025-17").orElseThrow().format()).isEqualTo("MC.1.3.01");
        assertThat(book.assign("decision-2025-17", "2.1").codeOf("decision-2025-17").orElseThrow().format())
                .as("first-use rule").isEqualTo("MC.1.3.01");
    }
}
