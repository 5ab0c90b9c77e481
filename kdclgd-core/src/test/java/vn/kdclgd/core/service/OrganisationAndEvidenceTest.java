package vn.kdclgd.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.access.Grant;
import vn.kdclgd.core.model.EvidenceItem;
import vn.kdclgd.core.model.School;
import vn.kdclgd.core.model.SchoolProfile;
import vn.kdclgd.core.model.UnitKind;
import vn.kdclgd.core.model.UnitMembership;
import vn.kdclgd.core.testing.Databases;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;

/** Units merging on a date, membership history, profiles (unknown is not zero) and the evidence checks. */
class OrganisationAndEvidenceTest {

    @Test
    void communesMergeSchoolsMoveAndHistoryStays() {
        try (Fixture f = new Fixture(Databases.H2, "org").world()) {
            LocalDate merge = LocalDate.of(2026, 1, 1);
            UUID newWard = f.tx(() -> f.org.createUnit(f.officer, "79-27000", "Phường mới", UnitKind.COMMUNE_WARD, f.provinceId, merge)).getId();
            Actor wardOfficer = Actor.of("ward", Grant.unitOfficer(f.communeId));
            // the old ward cannot close while its school belongs to it
            assertThatThrownBy(() -> f.run(() -> f.org.closeUnit(f.officer, f.communeId, merge.minusDays(1))))
                    .isInstanceOfSatisfying(WorkflowException.class, e -> assertThat(e.problems()).extracting(Problem::code).containsExactly("KDCL-7081"));
            assertThatThrownBy(() -> f.run(() -> f.org.moveSchool(wardOfficer, f.schoolId, newWard, merge)))
                    .as("an officer of the old ward only").isInstanceOf(vn.kdclgd.core.access.AccessDeniedException.class);
            assertThatThrownBy(() -> f.run(() -> f.org.moveSchool(f.officer, f.schoolId, newWard, LocalDate.of(2025, 7, 1))))
                    .isInstanceOfSatisfying(KdclException.class, e -> assertThat(e.code()).isEqualTo("KDCL-7083"));
            assertThatThrownBy(() -> f.run(() -> f.org.moveSchool(f.officer, f.schoolId, newWard, LocalDate.of(2025, 12, 1))))
                    .as("the new ward does not exist yet").isInstanceOfSatisfying(KdclException.class, e -> assertThat(e.code()).isEqualTo("KDCL-7084"));
            f.run(() -> f.org.moveSchool(f.officer, f.schoolId, newWard, merge));
            f.run(() -> f.org.closeUnit(f.officer, f.communeId, merge.minusDays(1)));

            List<UnitMembership> history = f.tx(() -> f.org.memberships(f.viewer, f.schoolId));
            assertThat(history).hasSize(2);
            assertThat(history.get(0).getValidTo()).isEqualTo(LocalDate.of(2025, 12, 31));
            assertThat(history.get(1).getValidFrom()).isEqualTo(merge);
            assertThat(history.get(1).getValidTo()).isNull();
            assertThat(f.tx(() -> f.org.schools(f.officer, f.provinceId, LocalDate.of(2025, 9, 1)))).extracting(School::getCode).containsExactly("79000701");
            assertThat(f.tx(() -> f.org.schools(f.officer, newWard, LocalDate.of(2025, 9, 1)))).isEmpty();
            assertThat(f.tx(() -> f.org.schools(f.officer, newWard, LocalDate.of(2026, 9, 1)))).hasSize(1);
            assertThat(f.tx(() -> f.org.schools(wardOfficer, f.communeId, LocalDate.of(2025, 9, 1)))).as("history of the old ward").hasSize(1);
            assertThat(f.tx(() -> f.org.school(Actor.of("new-ward", Grant.unitOfficer(newWard)), f.schoolId)).getCode()).isEqualTo("79000701");

            // the profile: merge, unknown again with null, never negative
            Map<String, Integer> counts = new HashMap<>();
            counts.put("students.total", 466);
            counts.put("students.female", 0);
            f.run(() -> f.org.recordProfile(f.admin, f.schoolId, "2025-2026", counts));
            Map<String, Integer> correction = new HashMap<>();
            correction.put("students.female", null);
            correction.put("classes", 12);
            SchoolProfile p = f.tx(() -> f.org.recordProfile(f.secretary, f.schoolId, "2025-2026", correction));
            assertThat(p.getCounts()).containsOnly(Map.entry("students.total", 466), Map.entry("classes", 12));
            assertThat(p.count("students.female")).isEmpty();
            assertThatThrownBy(() -> f.run(() -> f.org.recordProfile(f.admin, f.schoolId, "2025-2026", Map.of("classes", -1))))
                    .isInstanceOfSatisfying(KdclException.class, e -> assertThat(e.code()).isEqualTo("KDCL-7085"));

            // replace (an import re-run): the groups named are replaced whole, the others kept
            f.run(() -> f.org.recordProfile(f.admin, f.schoolId, "2025-2026", Map.of("students.grade.6", 120, "facilities.rooms", 20)));
            SchoolProfile r = f.tx(() -> f.org.replaceProfile(f.admin, f.schoolId, "2025-2026", List.of("students.", "classes"),
                    Map.of("students.total", 470)));
            assertThat(r.getCounts()).containsOnly(Map.entry("students.total", 470), Map.entry("facilities.rooms", 20));
            assertThatThrownBy(() -> f.run(() -> f.org.replaceProfile(f.admin, f.schoolId, "2025-2026", List.of("students."),
                    Map.of("staff.total", 30))))
                    .isInstanceOfSatisfying(KdclException.class, e -> assertThat(e.problems().get(0).where()).isEqualTo("counts.staff.total"));
            assertThat(f.tx(() -> f.org.profile(f.admin, f.schoolId, "2025-2026")).orElseThrow().getCounts())
                    .as("a refused replace changes nothing").containsOnly(Map.entry("students.total", 470), Map.entry("facilities.rooms", 20));
        }
    }

    @Test
    void anItemAddedEarlierInTheSameTransactionCanBeUsedAtOnce() {
        try (Fixture f = new Fixture(Databases.H2, "same-tx").world()) {
            UUID id = f.assessmentToEvidence("2026-2027", "TT57-2026-PT", Fixture.tt57Council());
            byte[] pdf = "tệp đính kèm".getBytes(StandardCharsets.UTF_8);
            EvidenceItem item = f.tx(() -> {
                EvidenceItem added = f.evidence.addItem(f.secretary, id, "1.1", EvidenceInput.of("Quyết định", LocalDate.of(2026, 9, 1)));
                f.evidence.attachFile(f.secretary, added.getId(), new ByteArrayInputStream(pdf), "qd.pdf", "application/pdf");
                f.evidence.link(f.secretary, id, added.getId(), "1.2");
                return added;
            });
            assertThat(f.tx(() -> f.evidence.items(f.viewer, f.schoolId))).filteredOn(i -> i.getId().equals(item.getId()))
                    .singleElement().satisfies(i -> assertThat(i.getFiles()).hasSize(1));
            assertThatThrownBy(() -> f.run(() -> f.evidence.attachFile(f.secretary, java.util.UUID.randomUUID(),
                    new ByteArrayInputStream(pdf), "x.pdf", "application/pdf")))
                    .as("an id that exists nowhere is still not found").isInstanceOf(vn.kdclgd.core.service.NotFoundException.class);
        }
    }

    @Test
    void evidenceChecksFindExpiredUndatedUnusedAndDuplicates() {
        try (Fixture f = new Fixture(Databases.H2, "evidence").world()) {
            UUID id = f.assessmentToEvidence("2026-2027", "TT57-2026-PT", Fixture.tt57Council());
            EvidenceItem expired = f.tx(() -> f.evidence.addItem(f.secretary, id, "1.1", new EvidenceInput("Giấy chứng nhận",
                    "12/GCN", LocalDate.of(2020, 1, 1), "Sở", LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1), List.of("https://example.invalid/1"))));
            EvidenceItem undated = f.tx(() -> f.evidence.addItem(f.member1, id, "1.1", EvidenceInput.of("Ảnh hoạt động", null)));
            EvidenceItem other = f.tx(() -> f.evidence.addItem(f.member2, id, "3.1", EvidenceInput.of("Biên bản", LocalDate.of(2026, 9, 1))));
            assertThat(List.of(expired.getCode(), undated.getCode(), other.getCode())).containsExactly("MC.1.1.01", "MC.1.1.02", "MC.3.1.01");
            f.run(() -> f.evidence.link(f.member1, id, other.getId(), "1.2"));
            assertThat(f.tx(() -> f.evidence.items(f.viewer, f.schoolId))).filteredOn(i -> i.getId().equals(other.getId()))
                    .extracting(EvidenceItem::getCode).as("never renumbered by a later use").containsExactly("MC.3.1.01");
            byte[] pdf = "cùng một tệp".getBytes(StandardCharsets.UTF_8);
            f.run(() -> f.evidence.attachFile(f.secretary, expired.getId(), new ByteArrayInputStream(pdf), "a.pdf", "application/pdf"));
            f.run(() -> f.evidence.attachFile(f.member2, other.getId(), new ByteArrayInputStream(pdf), "b.pdf", "application/pdf"));
            assertThat(f.storedFiles()).as("content-addressed: stored once").isEqualTo(1);
            f.run(() -> f.evidence.unlink(f.member1, id, undated.getId(), "1.1"));
            f.run(() -> f.assessments.saveEvaluation(f.member1, id, "1.1", 0, new EvaluationInput(
                    "Mức 1:\nNhà trường có giấy chứng nhận (MC.1.1.01). Hoạt động được tổ chức thường xuyên. Có biên bản (MC.9.9.01).",
                    null, null, null, List.of())));

            EvidenceReport r = f.tx(() -> f.evidence.checks(f.viewer, id, LocalDate.of(2026, 10, 1)));
            assertThat(r.expired()).containsExactly("MC.1.1.01");
            assertThat(r.undated()).isEmpty();
            assertThat(r.unused()).containsExactly("MC.1.1.02");
            assertThat(r.duplicateContent()).hasSize(1);
            assertThat(r.duplicateContent().get(0).codes()).containsExactly("MC.1.1.01", "MC.3.1.01");
            assertThat(r.criteriaWithoutEvidence()).contains("1.3", "4.3").doesNotContain("1.1", "1.2", "3.1");
            assertThat(r.uncitedStatements()).containsExactly(new EvidenceReport.UncitedStatement("1.1", "Hoạt động được tổ chức thường xuyên."));
            assertThat(r.unknownCitations()).containsExactly(new EvidenceReport.UnknownCitation("1.1", "MC.9.9.01"));
            assertThat(r.isClean()).isFalse();

            f.run(() -> f.evidence.link(f.secretary, id, undated.getId(), "1.1"));
            assertThat(f.tx(() -> f.evidence.checks(f.viewer, id, LocalDate.of(2026, 10, 1))).undated()).containsExactly("MC.1.1.02");
            assertThat(f.tx(() -> f.evidence.updateItem(f.member1, undated.getId(), EvidenceInput.of("Ảnh hoạt động", LocalDate.of(2026, 9, 20))))
                    .getIssuedOn()).isEqualTo(LocalDate.of(2026, 9, 20));
            assertThatThrownBy(() -> f.run(() -> f.evidence.addItem(f.secretary, id, "9.9", EvidenceInput.of("x", null))))
                    .isInstanceOfSatisfying(KdclException.class, e -> assertThat(e.code()).isEqualTo("KDCL-7030"));
            assertThatThrownBy(() -> f.run(() -> f.evidence.addItem(f.secretary, id, "1.1", EvidenceInput.of(" ", null))))
                    .isInstanceOfSatisfying(KdclException.class, e -> assertThat(e.code()).isEqualTo("KDCL-7001"));
            assertThat(Set.of(expired.getId(), undated.getId(), other.getId())).hasSize(3);
        }
    }
}
