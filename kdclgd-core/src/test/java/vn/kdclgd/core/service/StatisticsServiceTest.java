package vn.kdclgd.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.model.ActionReview;
import vn.kdclgd.core.model.ExternalReview;
import vn.kdclgd.core.model.ImprovementAction;
import vn.kdclgd.core.model.PublishedVersion;
import vn.kdclgd.core.model.School;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.model.SupervisingUnit;
import vn.kdclgd.core.model.UnitKind;
import vn.kdclgd.core.service.UnitStatistics.KindCount;
import vn.kdclgd.core.service.UnitStatistics.LevelCount;
import vn.kdclgd.core.service.UnitStatistics.OverdueReviews;
import vn.kdclgd.core.service.UnitStatistics.SchoolCounts;
import vn.kdclgd.core.testing.Databases;
import vn.kdclgd.rules.KdclException;

/**
 * Every statistics figure against a small hand-built province with known answers:
 *
 * <pre>
 * P  Sở (2008–)
 * ├─ D  Phòng GDĐT huyện (2000 – 30/6/2025)          S6 THCS until 30/6/2025
 * ├─ C1 phường (1/7/2025–)                             S1 THCS; S2 THCS until 31/1/2026
 * ├─ C2 phường (1/7/2025–)                             S2 from 1/2/2026 (moved); S3 TIỂU HỌC; S6 from 1/7/2025
 * ├─ X  xã (1/7/2025 – 31/12/2026) ┐ merged into Z     S4 MẦM NON
 * ├─ Y  xã (1/7/2025 – 31/12/2026) ┘                   S5 THCS
 * └─ Z  xã (1/1/2027–)                                 S4, S5 from 1/1/2027
 * </pre>
 *
 * School year 2026-2027 (TT57): S1 published Mức 1 on 1/11/2026 and Mức 2 on 1/2/2027; S2 Mức 1 on
 * 15/3/2027; S3 never published; S4 (MN) Mức 2 on 1/12/2026; S5 Mức 0 on 1/5/2027; S6 has no
 * self-assessment. 2025-2026 (TT18): S1 Mức 3 on 1/12/2025. Reviews: S4 registered 10/12/2026, decided
 * 1/2/2027; S1 registered 1/3/2027, in review; S2 registered 20/3/2027 and withdrew. Certificates: S5
 * accreditation 1/9/2022–1/9/2027; S1 national standard 1/10/2021–1/10/2026; S2 national standard
 * 1/1/2023–1/1/2028 revoked 15/1/2027; S6 accreditation 1/1/2022–1/1/2027 superseded by 1/2/2024–1/2/2029;
 * S4 national standard 1/3/2027–1/3/2032. Improvement actions (2026-2027): S1 A1 reviewed 20/1 and
 * 30/6/2027, A2 20/1/2027, A3 dropped; S2 A4 none; S3 A5 15/7/2026 (previous year) and 1/5/2027; S4 A6
 * 20/12/2026 and 10/3/2027; S1 2025-2026 (TT18) A7 none.
 */
class StatisticsServiceTest {
    static final String PT = "TT57-2026-PT";
    static final String MN = "TT57-2026-MN";

    static final class Province {
        final ReviewFixture f;
        final SupervisingUnit p;
        final SupervisingUnit c1;
        final SupervisingUnit c2;
        final SupervisingUnit x;
        final SupervisingUnit z;
        final StatisticsService stats;
        final Actor officer;

        Province(Databases db) {
            f = new ReviewFixture(db, LocalDate.of(2027, 8, 15));
            LocalDate july2025 = LocalDate.of(2025, 7, 1);
            LocalDate endOf2026 = LocalDate.of(2026, 12, 31);
            LocalDate jan2027 = LocalDate.of(2027, 1, 1);
            p = f.unit("Sở GDĐT", UnitKind.PROVINCE, null, LocalDate.of(2008, 1, 1), null);
            SupervisingUnit d = f.unit("Phòng GDĐT huyện", UnitKind.DISTRICT_LEGACY, p, LocalDate.of(2000, 1, 1), LocalDate.of(2025, 6, 30));
            c1 = f.unit("Phường 1", UnitKind.COMMUNE_WARD, p, july2025, null);
            c2 = f.unit("Phường 2", UnitKind.COMMUNE_WARD, p, july2025, null);
            x = f.unit("Xã X", UnitKind.COMMUNE_WARD, p, july2025, endOf2026);
            SupervisingUnit y = f.unit("Xã Y", UnitKind.COMMUNE_WARD, p, july2025, endOf2026);
            z = f.unit("Xã Z (hợp nhất X và Y)", UnitKind.COMMUNE_WARD, p, jan2027, null);

            School s1 = f.school("THCS", c1, july2025);
            School s2 = f.school("THCS", c1, july2025);
            f.leave(s2, LocalDate.of(2026, 1, 31));
            f.member(s2, c2, LocalDate.of(2026, 2, 1), null);
            School s3 = f.school("TIEU_HOC", c2, july2025);
            School s4 = f.school("MAM_NON", x, july2025);
            School s5 = f.school("THCS", y, july2025);
            for (School merged : List.of(s4, s5)) {
                f.leave(merged, endOf2026);
                f.member(merged, z, jan2027, null);
            }
            School s6 = f.school("THCS", d, LocalDate.of(2020, 1, 1));
            f.leave(s6, LocalDate.of(2025, 6, 30));
            f.member(s6, c2, july2025, null);

            SelfAssessment a1old = f.assessment(s1, "2025-2026", "TT18-2018");
            f.publish(a1old, 1, LocalDate.of(2025, 12, 1), 3);
            SelfAssessment a1 = f.assessment(s1, "2026-2027", PT);
            f.publish(a1, 1, LocalDate.of(2026, 11, 1), 1);
            PublishedVersion pv1 = f.publish(a1, 2, LocalDate.of(2027, 2, 1), 2);
            SelfAssessment a2 = f.assessment(s2, "2026-2027", PT);
            PublishedVersion pv2 = f.publish(a2, 1, LocalDate.of(2027, 3, 15), 1);
            SelfAssessment a3 = f.assessment(s3, "2026-2027", PT);
            SelfAssessment a4 = f.assessment(s4, "2026-2027", MN);
            PublishedVersion pv4 = f.publish(a4, 1, LocalDate.of(2026, 12, 1), 2);
            SelfAssessment a5 = f.assessment(s5, "2026-2027", PT);
            f.publish(a5, 1, LocalDate.of(2027, 5, 1), 0);

            review(pv4, LocalDate.of(2026, 12, 10), ExternalReview.State.DECIDED, LocalDate.of(2027, 2, 1));
            review(pv1, LocalDate.of(2027, 3, 1), ExternalReview.State.IN_REVIEW, null);
            review(pv2, LocalDate.of(2027, 3, 20), ExternalReview.State.WITHDRAWN, null);

            f.certificate(s5, "accreditation", 1, "TT18-2018", LocalDate.of(2022, 9, 1), LocalDate.of(2027, 9, 1), c -> { });
            f.certificate(s1, "nationalStandard", 1, "TT18-2018", LocalDate.of(2021, 10, 1), LocalDate.of(2026, 10, 1), c -> { });
            f.certificate(s2, "nationalStandard", 1, "TT18-2018", LocalDate.of(2023, 1, 1), LocalDate.of(2028, 1, 1),
                    c -> c.revoke(LocalDate.of(2027, 1, 15), "không còn đáp ứng"));
            f.certificate(s6, "accreditation", 1, "TT18-2018", LocalDate.of(2022, 1, 1), LocalDate.of(2027, 1, 1), c -> { });
            f.certificate(s6, "accreditation", 2, "TT18-2018", LocalDate.of(2024, 2, 1), LocalDate.of(2029, 2, 1), c -> { });
            f.certificate(s4, "nationalStandard", 2, MN, LocalDate.of(2027, 3, 1), LocalDate.of(2032, 3, 1), c -> { });

            action(a1, ImprovementAction.Status.IN_PROGRESS, "2027-01-20", "2027-06-30");
            action(a1, ImprovementAction.Status.IN_PROGRESS, "2027-01-20");
            action(a1, ImprovementAction.Status.DROPPED);
            action(a2, ImprovementAction.Status.PLANNED);
            action(a3, ImprovementAction.Status.IN_PROGRESS, "2026-07-15", "2027-05-01");
            action(a4, ImprovementAction.Status.DONE, "2026-12-20", "2027-03-10");
            action(a1old, ImprovementAction.Status.PLANNED);

            stats = new StatisticsService(f.k);
            officer = ReviewFixture.officer(p);
        }

        private void review(PublishedVersion pv, LocalDate registered, ExternalReview.State state, LocalDate decided) {
            f.run(() -> {
                ExternalReview r = new ExternalReview(f.tx.current().find(PublishedVersion.class, pv.getId()), registered, false, true);
                r.setState(state);
                if (decided != null) {
                    r.setDecidedOn(decided);
                    r.setResultLevel(2);
                }
                f.tx.current().persist(r);
            });
        }

        private void action(SelfAssessment a, ImprovementAction.Status status, String... reviews) {
            f.run(() -> {
                ImprovementAction ia = new ImprovementAction(f.tx.current().find(SelfAssessment.class, a.getId()), "1.1",
                        "Rà soát kế hoạch", "Phó hiệu trưởng", LocalDate.of(2027, 5, 31));
                ia.setStatus(status);
                for (String r : reviews) {
                    ia.getReviews().add(new ActionReview(LocalDate.parse(r), "Hội đồng", "Đã rà soát"));
                }
                f.tx.current().persist(ia);
            });
        }

        UnitStatistics summary(StatisticsScope scope, int months) {
            return f.tx(() -> stats.summary(officer, scope, months));
        }
    }

    static LevelCount level(String catalog, int level, long schools) {
        return new LevelCount(catalog, level, schools);
    }

    static KindCount kind(String kind, long n) {
        return new KindCount(kind, n);
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void everyFigureMatchesTheHandBuiltProvince(Databases db) {
        Province w = new Province(db);
        record Case(String label, StatisticsScope scope, int months, SchoolCounts counts, List<LevelCount> levels,
                    List<KindCount> expiring, OverdueReviews overdue) {
        }
        List<Case> cases = List.of(
                new Case("province mid-term (X and Y still exist)", StatisticsScope.onDate(w.p.getId(), LocalDate.of(2026, 12, 15)), 12,
                        new SchoolCounts(6, 2, 33.3, 1, 0), List.of(level(MN, 2, 1), level(PT, 1, 1)),
                        List.of(kind("accreditation", 1)), new OverdueReviews(0, 0, 0)),
                new Case("province, 13-month window reaches S2's certificate", StatisticsScope.onDate(w.p.getId(), LocalDate.of(2026, 12, 15)), 13,
                        new SchoolCounts(6, 2, 33.3, 1, 0), List.of(level(MN, 2, 1), level(PT, 1, 1)),
                        List.of(kind("accreditation", 1), kind("nationalStandard", 1)), new OverdueReviews(0, 0, 0)),
                new Case("province after the merger and semester I", StatisticsScope.onDate(w.p.getId(), LocalDate.of(2027, 3, 1)), 6,
                        new SchoolCounts(6, 2, 33.3, 2, 1), List.of(level(MN, 2, 1), level(PT, 2, 1)),
                        List.of(kind("accreditation", 1)), new OverdueReviews(1, 2, 2)),
                new Case("province, whole school year", StatisticsScope.forYear(w.p.getId(), "2026-2027"), 6,
                        new SchoolCounts(6, 4, 66.7, 2, 1), List.of(level(MN, 2, 1), level(PT, 0, 1), level(PT, 1, 1), level(PT, 2, 1)),
                        List.of(kind("accreditation", 1)), new OverdueReviews(2, 3, 3)),
                new Case("province, THCS only", StatisticsScope.forYear(w.p.getId(), "THCS", "2026-2027"), 6,
                        new SchoolCounts(4, 3, 75.0, 1, 0), List.of(level(PT, 0, 1), level(PT, 1, 1), level(PT, 2, 1)),
                        List.of(kind("accreditation", 1)), new OverdueReviews(2, 2, 2)),
                new Case("merged unit Z", StatisticsScope.forYear(w.z.getId(), "2026-2027"), 6,
                        new SchoolCounts(2, 2, 100.0, 1, 1), List.of(level(MN, 2, 1), level(PT, 0, 1)),
                        List.of(kind("accreditation", 1)), new OverdueReviews(2, 0, 0)),
                new Case("X after it was merged", StatisticsScope.onDate(w.x.getId(), LocalDate.of(2027, 3, 1)), 6,
                        new SchoolCounts(0, 0, 0, 0, 0), List.of(), List.of(), new OverdueReviews(1, 0, 0)),
                new Case("X before the merger", StatisticsScope.onDate(w.x.getId(), LocalDate.of(2026, 12, 15)), 6,
                        new SchoolCounts(1, 1, 100.0, 1, 0), List.of(level(MN, 2, 1)), List.of(), new OverdueReviews(0, 0, 0)),
                new Case("C1 before S2 moved (2025-2026, TT18)", StatisticsScope.onDate(w.c1.getId(), LocalDate.of(2026, 1, 15)), 6,
                        new SchoolCounts(2, 1, 50.0, 0, 0), List.of(level("TT18-2018", 3, 1)), List.of(), new OverdueReviews(0, 0, 0)),
                new Case("C1 after S2 moved; TT18 actions are not counted", StatisticsScope.onDate(w.c1.getId(), LocalDate.of(2026, 3, 1)), 6,
                        new SchoolCounts(1, 1, 100.0, 0, 0), List.of(level("TT18-2018", 3, 1)), List.of(), new OverdueReviews(1, 0, 0)),
                new Case("C2 after S2 moved", StatisticsScope.onDate(w.c2.getId(), LocalDate.of(2026, 3, 1)), 6,
                        new SchoolCounts(3, 0, 0, 0, 0), List.of(), List.of(), new OverdueReviews(1, 0, 0)),
                new Case("province before the districts ended", StatisticsScope.onDate(w.p.getId(), LocalDate.of(2025, 5, 1)), 6,
                        new SchoolCounts(1, 0, 0, 0, 0), List.of(), List.of(), new OverdueReviews(1, 0, 0)));
        for (Case c : cases) {
            UnitStatistics s = w.summary(c.scope(), c.months());
            assertThat(s).as(db + " " + c.label())
                    .isEqualTo(new UnitStatistics(c.scope(), c.counts(), c.levels(), c.months(), c.expiring(), c.overdue()));
            // the single-figure methods agree with the summary
            assertThat(w.f.tx(() -> w.stats.schoolCounts(w.officer, c.scope()))).isEqualTo(c.counts());
            assertThat(w.f.tx(() -> w.stats.levelDistribution(w.officer, c.scope()))).isEqualTo(c.levels());
            assertThat(w.f.tx(() -> w.stats.expiringCertificates(w.officer, c.scope(), c.months()))).isEqualTo(c.expiring());
            assertThat(w.f.tx(() -> w.stats.overdueImprovementReviews(w.officer, c.scope()))).isEqualTo(c.overdue());
        }
        assertThat(w.summary(StatisticsScope.forYear(w.p.getId(), "2026-2027"), 6).expiringTotal()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void anOfficerSeesOnlyTheirSubtreeAndBadScopesAreRefused(Databases db) {
        Province w = new Province(db);
        Actor c1Officer = ReviewFixture.officer(w.c1);
        assertThat(w.f.tx(() -> w.stats.schoolCounts(c1Officer, StatisticsScope.onDate(w.c1.getId(), LocalDate.of(2026, 3, 1)))).schools())
                .isEqualTo(1);
        assertThatThrownBy(() -> w.f.tx(() -> w.stats.schoolCounts(c1Officer, StatisticsScope.onDate(w.p.getId(), LocalDate.of(2026, 3, 1)))))
                .isInstanceOf(vn.kdclgd.core.access.AccessDeniedException.class);
        assertThatThrownBy(() -> w.f.tx(() -> w.stats.schoolCounts(c1Officer, StatisticsScope.onDate(w.c2.getId(), LocalDate.of(2026, 3, 1)))))
                .isInstanceOf(vn.kdclgd.core.access.AccessDeniedException.class);
        assertThatThrownBy(() -> StatisticsScope.forYear(w.p.getId(), "2026-2028"))
                .extracting(e -> ((KdclException) e).code()).isEqualTo(StatisticsService.BAD_SCOPE);
        StatisticsScope badYear = new StatisticsScope(w.p.getId(), Optional.empty(), "2026/27", LocalDate.of(2026, 3, 1));
        assertThatThrownBy(() -> w.f.tx(() -> w.stats.schoolCounts(w.officer, badYear)))
                .extracting(e -> ((KdclException) e).code()).isEqualTo(StatisticsService.BAD_SCOPE);
        StatisticsScope badType = StatisticsScope.onDate(w.p.getId(), "thcs", LocalDate.of(2026, 3, 1));
        assertThatThrownBy(() -> w.f.tx(() -> w.stats.levelDistribution(w.officer, badType)))
                .extracting(e -> ((KdclException) e).code()).isEqualTo(StatisticsService.BAD_SCOPE);
        assertThatThrownBy(() -> w.f.tx(() -> w.stats.expiringCertificates(w.officer, StatisticsScope.forYear(w.p.getId(), "2026-2027"), -1)))
                .extracting(e -> ((KdclException) e).code()).isEqualTo(StatisticsService.BAD_SCOPE);
    }
}
