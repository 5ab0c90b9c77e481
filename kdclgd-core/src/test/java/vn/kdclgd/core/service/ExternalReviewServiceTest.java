package vn.kdclgd.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import vn.kdclgd.core.access.AccessDeniedException;
import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.model.AuditEntry;
import vn.kdclgd.core.model.ExternalReview;
import vn.kdclgd.core.model.PublishedVersion;
import vn.kdclgd.core.model.ReviewerAssignment;
import vn.kdclgd.core.model.ReviewerJudgement;
import vn.kdclgd.core.model.School;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.model.SupervisingUnit;
import vn.kdclgd.core.model.UnitKind;
import vn.kdclgd.core.testing.Databases;
import vn.kdclgd.rules.KdclException;

/** External review: registration on a frozen snapshot, the team, reviewers' own judgements, side by side, decision. */
class ExternalReviewServiceTest {
    static final LocalDate TODAY = LocalDate.of(2027, 3, 1);

    /** A province, a commune under it, a THCS school in the commune, and the services. */
    static final class World {
        final ReviewFixture f;
        final SupervisingUnit province;
        final SupervisingUnit commune;
        final School school;
        final ExternalReviewService reviews;

        World(Databases db) {
            f = new ReviewFixture(db, TODAY);
            province = f.unit("Sở GDĐT", UnitKind.PROVINCE, null, LocalDate.of(2008, 1, 1), null);
            commune = f.unit("Phường 1", UnitKind.COMMUNE_WARD, province, LocalDate.of(2025, 7, 1), null);
            school = f.school("THCS", commune, LocalDate.of(2025, 7, 1));
            reviews = new ExternalReviewService(f.k);
        }

        PublishedVersion published(String catalog, String year, String json, String hash) {
            SelfAssessment a = f.assessment(school, year, catalog);
            return f.publish(a, 1, LocalDate.of(2026, 6, 1), 2, json, hash);
        }

        PublishedVersion published(String catalog, String year) {
            return published(catalog, year, ReviewFixture.snapshot(catalog, Map.of(), Map.of()), null);
        }

        ExternalReview registered(PublishedVersion pv) {
            boolean accreditation = !pv.getAssessment().getCatalogId().startsWith("TT57");
            return f.tx(() -> reviews.register(ReviewFixture.chair(school), pv.getId(), LocalDate.of(2026, 6, 10), accreditation, true));
        }

        ExternalReview inReview(PublishedVersion pv, String... reviewers) {
            ExternalReview r = registered(pv);
            List<ReviewerAssignment> team = Stream.of(reviewers).map(id -> new ReviewerAssignment(id, "Ông/Bà " + id, "Thành viên")).toList();
            f.run(() -> reviews.assignTeam(ReviewFixture.officer(province), r.getId(), team));
            return r;
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void registrationReferencesThePublishedVersionAndIsAudited(Databases db) {
        World w = new World(db);
        PublishedVersion pv = w.published("TT18-2018", "2025-2026");
        ExternalReview r = w.f.tx(() -> w.reviews.register(ReviewFixture.admin(w.school), pv.getId(), LocalDate.of(2026, 6, 10), true, false));

        ExternalReview stored = w.f.read(em -> em.find(ExternalReview.class, r.getId()));
        assertThat(stored.getState()).isEqualTo(ExternalReview.State.REGISTERED);
        UUID snapshotId = w.f.read(em -> em.find(ExternalReview.class, r.getId()).getSnapshot().getId());
        assertThat(snapshotId).isEqualTo(pv.getId());
        assertThat(stored.isSeeksAccreditation()).isTrue();
        assertThat(stored.isSeeksNationalStandard()).isFalse();
        List<AuditEntry> audit = w.f.read(em -> em.createQuery("select a from AuditEntry a where a.entityId = :id", AuditEntry.class)
                .setParameter("id", r.getId()).getResultList());
        assertThat(audit).singleElement().satisfies(a -> {
            assertThat(a.getAction()).isEqualTo("review.register");
            assertThat(a.getDetail()).contains(pv.getContentHash());
        });
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aSnapshotWhoseHashNoLongerMatchesIsRefusedAtRegistrationAndLater(Databases db) {
        World w = new World(db);
        String json = ReviewFixture.snapshot("TT18-2018", Map.of("1.1", Map.of("1", true)), Map.of());
        PublishedVersion wrongHash = w.published("TT18-2018", "2024-2025", json, "0".repeat(64));
        assertThatThrownBy(() -> w.f.run(() -> w.reviews.register(ReviewFixture.chair(w.school), wrongHash.getId(), LocalDate.of(2026, 6, 10), true, true)))
                .isInstanceOf(ReviewException.class).extracting(e -> ((KdclException) e).code()).isEqualTo(ExternalReviewService.HASH_MISMATCH);

        // registered on a good snapshot, then the snapshot is changed behind the library's back
        PublishedVersion pv = w.published("TT18-2018", "2025-2026", json, null);
        ExternalReview r = w.registered(pv);
        w.f.run(() -> w.f.tx.current().createNativeQuery("update kdcl_published_version set snapshot = :s where id = :id")
                .setParameter("s", json.replace("true", "false")).setParameter("id", pv.getId()).executeUpdate());
        assertThatThrownBy(() -> w.f.run(() -> w.reviews.assignTeam(ReviewFixture.officer(w.province), r.getId(),
                List.of(new ReviewerAssignment("r1", "A", null)))))
                .isInstanceOf(ReviewException.class).extracting(e -> ((KdclException) e).code()).isEqualTo(ExternalReviewService.HASH_MISMATCH);
        ExternalReview.State state = w.f.read(em -> em.find(ExternalReview.class, r.getId()).getState());
        assertThat(state).isEqualTo(ExternalReview.State.REGISTERED);
    }

    static Stream<Arguments> whatMayBeSought() {
        return Stream.of(
                // catalog, school type, accreditation, national standard, expected code (null = accepted)
                Arguments.of("TT18-2018", "THCS", true, true, null),
                Arguments.of("TT18-2018", "THCS", true, false, null),
                Arguments.of("TT17-2018", "TIEU_HOC", false, true, null),
                Arguments.of("TT19-2018", "MAM_NON", false, false, ExternalReviewService.NOTHING_SOUGHT),
                Arguments.of("TT57-2026-PT", "THCS", false, true, null),
                Arguments.of("TT57-2026-PT", "THCS", true, false, ExternalReviewService.NO_SCHEME),
                Arguments.of("TT57-2026-PT", "THCS", true, true, ExternalReviewService.NO_SCHEME),
                Arguments.of("TT57-2026-MN", "MAM_NON", false, true, null),
                Arguments.of("TT57-2026-GDTX", "TRUNG_TAM_GDTX", false, true, ExternalReviewService.NO_SCHEME),
                Arguments.of("TT57-2026-GDTX", "TRUNG_TAM_GDTX", true, false, ExternalReviewService.NO_SCHEME));
    }

    @ParameterizedTest
    @MethodSource("whatMayBeSought")
    void registrationIsRefusedWhenTheCatalogHasNoSchemeForWhatIsSought(String catalog, String type, boolean acc, boolean ns, String code) {
        for (Databases db : Databases.values()) {
            ReviewFixture f = new ReviewFixture(db, TODAY);
            SupervisingUnit u = f.unit("Sở", UnitKind.PROVINCE, null, LocalDate.of(2008, 1, 1), null);
            School s = f.school(type, u, LocalDate.of(2008, 1, 1));
            PublishedVersion pv = f.publish(f.assessment(s, "2026-2027", catalog), 1, LocalDate.of(2027, 1, 10), 1);
            ExternalReviewService service = new ExternalReviewService(f.k);
            if (code == null) {
                assertThat(f.tx(() -> service.register(ReviewFixture.chair(s), pv.getId(), LocalDate.of(2027, 1, 20), acc, ns)).getState())
                        .isEqualTo(ExternalReview.State.REGISTERED);
            } else {
                assertThatThrownBy(() -> f.run(() -> service.register(ReviewFixture.chair(s), pv.getId(), LocalDate.of(2027, 1, 20), acc, ns)))
                        .as(db + " " + catalog).isInstanceOf(ReviewException.class)
                        .satisfies(e -> assertThat(((KdclException) e).problems()).allSatisfy(p -> assertThat(p.code()).isEqualTo(code))
                                .anySatisfy(p -> assertThat(p.message()).contains(catalog.equals("TT57-2026-GDTX") || !acc ? "" : "cấp độ")));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void oneOpenRegistrationPerSchoolAndNoneBeforePublication(Databases db) {
        World w = new World(db);
        PublishedVersion pv = w.published("TT18-2018", "2025-2026");
        assertThatThrownBy(() -> w.f.run(() -> w.reviews.register(ReviewFixture.chair(w.school), pv.getId(), LocalDate.of(2026, 5, 31), true, true)))
                .extracting(e -> ((KdclException) e).code()).isEqualTo(ExternalReviewService.BAD_DATE);
        w.registered(pv);
        assertThatThrownBy(() -> w.registered(pv)).extracting(e -> ((KdclException) e).code()).isEqualTo(ExternalReviewService.ALREADY_REGISTERED);
        assertThatThrownBy(() -> w.f.run(() -> w.reviews.register(ReviewFixture.chair(w.school), UUID.randomUUID(), TODAY, true, true)))
                .extracting(e -> ((KdclException) e).code()).isEqualTo(ExternalReviewService.NOT_FOUND);
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aReviewerWritesOnlyTheirOwnJudgementsOfItemsOfTheCatalog(Databases db) {
        World w = new World(db);
        PublishedVersion pv = w.published("TT18-2018", "2025-2026");
        ExternalReview registered = w.registered(pv);
        Actor r1 = ReviewFixture.reviewer("r1", registered.getId());
        Actor r2 = ReviewFixture.reviewer("r2", registered.getId());
        // no team yet: the review is not IN_REVIEW
        assertThatThrownBy(() -> w.f.run(() -> w.reviews.recordJudgement(r1, registered.getId(), new ReviewerJudgement("r1", "1.1", 1, "a", true))))
                .isInstanceOf(AccessDeniedException.class);
        w.f.run(() -> w.reviews.assignTeam(ReviewFixture.officer(w.province), registered.getId(),
                List.of(new ReviewerAssignment("r1", "Nguyễn Văn A", "Trưởng đoàn"), new ReviewerAssignment("r2", "Trần Thị B", "Thư ký"))));
        UUID id = registered.getId();

        w.f.run(() -> w.reviews.recordJudgement(r1, id, new ReviewerJudgement("r1", "1.1", 1, "a", true)));
        w.f.run(() -> w.reviews.recordJudgements(r2, id, List.of(new ReviewerJudgement("r2", "1.1", 1, "a", false),
                new ReviewerJudgement("r2", "MUC4", 4, "6", true))));
        // r1 changes their mind: replaces, does not add
        w.f.run(() -> w.reviews.recordJudgement(r1, id, new ReviewerJudgement("r1", "1.1", 1, "a", false)));

        // r1 writing as r2, a reviewer granted on the review but not on the team, a reviewer of another review
        assertThatThrownBy(() -> w.f.run(() -> w.reviews.recordJudgement(r1, id, new ReviewerJudgement("r2", "1.1", 1, "b", true))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> w.f.run(() -> w.reviews.recordJudgement(ReviewFixture.reviewer("r3", id), id, new ReviewerJudgement("r3", "1.1", 1, "b", true))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> w.f.run(() -> w.reviews.recordJudgement(ReviewFixture.reviewer("r1", UUID.randomUUID()), id,
                new ReviewerJudgement("r1", "1.1", 1, "b", true)))).isInstanceOf(AccessDeniedException.class);

        // criterion, level, item or Mức-4 khoản the catalog does not have: all reported, nothing written
        assertThatThrownBy(() -> w.f.run(() -> w.reviews.recordJudgements(r1, id, List.of(
                new ReviewerJudgement("r1", "1.2", 1, "a", true),
                new ReviewerJudgement("r1", "9.9", 1, "a", true),
                new ReviewerJudgement("r1", "1.2", 3, "a", true),
                new ReviewerJudgement("r1", "1.1", 1, "z", true),
                new ReviewerJudgement("r1", "MUC4", 4, "7", true)))))
                .isInstanceOf(ReviewException.class)
                .satisfies(e -> assertThat(((KdclException) e).problems()).hasSize(4)
                        .allSatisfy(p -> assertThat(p.code()).isEqualTo(ExternalReviewService.NOT_IN_CATALOG)));

        ExternalReview stored = w.f.read(em -> {
            ExternalReview r = em.find(ExternalReview.class, id);
            r.getJudgements().size();
            return r;
        });
        assertThat(stored.getJudgements()).containsExactlyInAnyOrder(
                new ReviewerJudgement("r1", "1.1", 1, "a", false),
                new ReviewerJudgement("r2", "1.1", 1, "a", false),
                new ReviewerJudgement("r2", "MUC4", 4, "6", true));

        // a reviewer with judgements cannot be dropped; after the decision nobody writes
        assertThatThrownBy(() -> w.f.run(() -> w.reviews.assignTeam(ReviewFixture.officer(w.province), id, List.of(new ReviewerAssignment("r1", "A", null)))))
                .extracting(e -> ((KdclException) e).code()).isEqualTo(ExternalReviewService.BAD_TEAM);
        assertThatThrownBy(() -> w.f.run(() -> w.reviews.assignTeam(ReviewFixture.officer(w.province), id,
                List.of(new ReviewerAssignment("r1", "A", null), new ReviewerAssignment("r2", "B", null), new ReviewerAssignment("r1", "A", null)))))
                .extracting(e -> ((KdclException) e).code()).isEqualTo(ExternalReviewService.BAD_TEAM);
        w.f.run(() -> w.reviews.decide(ReviewFixture.officer(w.province), id, 2, LocalDate.of(2026, 9, 1)));
        assertThatThrownBy(() -> w.f.run(() -> w.reviews.recordJudgement(r1, id, new ReviewerJudgement("r1", "1.1", 1, "b", true))))
                .extracting(e -> ((KdclException) e).code()).isEqualTo(ExternalReviewService.WRONG_STATE);
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void sideBySideShowsTheSchoolsJudgementFromTheSnapshotNextToEachReviewers(Databases db) {
        World w = new World(db);
        // the school: 1.1 Mức 1 judged as a whole (met), Mức 2 item a not met; 1.3 item by item; Mức-4 khoản 1 met
        String json = ReviewFixture.snapshot("TT18-2018", Map.of(
                "1.1", Map.of("1", true, "2", Map.of("a", false)),
                "1.3", Map.of("1", Map.of("a", true, "b", false))), Map.of("1", true));
        PublishedVersion pv = w.published("TT18-2018", "2025-2026", json, null);
        ExternalReview r = w.inReview(pv, "r1", "r2");
        w.f.run(() -> w.reviews.recordJudgements(ReviewFixture.reviewer("r1", r.getId()), r.getId(), List.of(
                new ReviewerJudgement("r1", "1.1", 1, "b", false), new ReviewerJudgement("r1", "1.1", 2, "a", false),
                new ReviewerJudgement("r1", "MUC4", 4, "1", false))));
        w.f.run(() -> w.reviews.recordJudgement(ReviewFixture.reviewer("r2", r.getId()), r.getId(), new ReviewerJudgement("r2", "1.1", 1, "b", true)));

        SideBySide view = w.f.tx(() -> w.reviews.sideBySide(ReviewFixture.officer(w.province), r.getId()));
        assertThat(view.catalogId()).isEqualTo("TT18-2018");
        assertThat(view.snapshotHash()).isEqualTo(ReviewFixture.sha256(json));
        assertThat(view.team()).extracting(SideBySide.Reviewer::actorId).containsExactly("r1", "r2");
        assertThat(view.criteria()).hasSize(28 + 1);
        assertThat(view.criteria().get(28).criterion()).isEqualTo("MUC4");
        SideBySide.CriterionRow c11 = view.criterion("1.1").orElseThrow();
        assertThat(c11.items()).extracting(i -> i.level() + i.itemKey()).containsExactly("1a", "1b", "1c", "2a", "3a");
        // table: level, key, school, reviewers
        record Row(int level, String key, Optional<Boolean> school, Map<String, Boolean> reviewers, boolean differs) {
        }
        List<Row> expected = List.of(
                new Row(1, "a", Optional.of(true), Map.of(), false),
                new Row(1, "b", Optional.of(true), Map.of("r1", false, "r2", true), true),
                new Row(1, "c", Optional.of(true), Map.of(), false),
                new Row(2, "a", Optional.of(false), Map.of("r1", false), false),
                new Row(3, "a", Optional.empty(), Map.of(), false));
        assertThat(c11.items()).extracting(i -> new Row(i.level(), i.itemKey(), i.school(), i.reviewers(), i.differs()))
                .containsExactlyElementsOf(expected);
        assertThat(view.criterion("1.3").orElseThrow().item(1, "b").orElseThrow().school()).contains(false);
        assertThat(view.criterion("1.2").orElseThrow().items()).allSatisfy(i -> assertThat(i.school()).isEmpty());
        assertThat(view.criterion("MUC4").orElseThrow().item(4, "1").orElseThrow())
                .satisfies(i -> assertThat(i.school()).contains(true)).satisfies(i -> assertThat(i.reviewers()).containsEntry("r1", false));

        // the reviewers see it; the school only once decided
        assertThat(w.f.tx(() -> w.reviews.sideBySide(ReviewFixture.reviewer("r2", r.getId()), r.getId())).criteria()).hasSize(29);
        assertThatThrownBy(() -> w.f.tx(() -> w.reviews.sideBySide(ReviewFixture.admin(w.school), r.getId()))).isInstanceOf(AccessDeniedException.class);
        w.f.run(() -> w.reviews.decide(ReviewFixture.officer(w.commune), r.getId(), 1, LocalDate.of(2026, 9, 1)));
        assertThat(w.f.tx(() -> w.reviews.sideBySide(ReviewFixture.teacher(w.school), r.getId())).criteria()).hasSize(29);
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void theDecisionNeedsATeamALevelOfTheCatalogAndADateAfterRegistration(Databases db) {
        World w = new World(db);
        ExternalReview tt57 = w.registered(w.published("TT57-2026-PT", "2026-2027"));
        Actor officer = ReviewFixture.officer(w.province);
        assertThatThrownBy(() -> w.f.run(() -> w.reviews.decide(officer, tt57.getId(), 1, LocalDate.of(2026, 9, 1))))
                .extracting(e -> ((KdclException) e).code()).isEqualTo(ExternalReviewService.WRONG_STATE);
        w.f.run(() -> w.reviews.assignTeam(officer, tt57.getId(), List.of(new ReviewerAssignment("t1", "Thẩm định viên", null))));
        // TT57: Mức 0–2 only; the 2018 regime goes to Mức 4
        assertThatThrownBy(() -> w.f.run(() -> w.reviews.decide(officer, tt57.getId(), 3, LocalDate.of(2026, 9, 1))))
                .extracting(e -> ((KdclException) e).code()).isEqualTo(ExternalReviewService.BAD_LEVEL);
        assertThatThrownBy(() -> w.f.run(() -> w.reviews.decide(officer, tt57.getId(), -1, LocalDate.of(2026, 9, 1))))
                .extracting(e -> ((KdclException) e).code()).isEqualTo(ExternalReviewService.BAD_LEVEL);
        assertThatThrownBy(() -> w.f.run(() -> w.reviews.decide(officer, tt57.getId(), 2, LocalDate.of(2026, 6, 9))))
                .extracting(e -> ((KdclException) e).code()).isEqualTo(ExternalReviewService.BAD_DATE);
        w.f.run(() -> w.reviews.decide(officer, tt57.getId(), 2, LocalDate.of(2026, 9, 1)));
        ExternalReview decided = w.f.read(em -> em.find(ExternalReview.class, tt57.getId()));
        assertThat(decided.getState()).isEqualTo(ExternalReview.State.DECIDED);
        assertThat(decided.getResultLevel()).isEqualTo(2);
        assertThat(decided.getDecidedOn()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThatThrownBy(() -> w.f.run(() -> w.reviews.decide(officer, tt57.getId(), 2, LocalDate.of(2026, 9, 1))))
                .extracting(e -> ((KdclException) e).code()).isEqualTo(ExternalReviewService.WRONG_STATE);

        // once decided, the school may register again; the 2018 regime goes to Mức 4
        ExternalReview old = w.inReview(w.published("TT18-2018", "2025-2026"), "x1");
        w.f.run(() -> w.reviews.decide(officer, old.getId(), 4, LocalDate.of(2026, 9, 1)));
        Integer level = w.f.read(em -> em.find(ExternalReview.class, old.getId()).getResultLevel());
        assertThat(level).isEqualTo(4);
    }
}
