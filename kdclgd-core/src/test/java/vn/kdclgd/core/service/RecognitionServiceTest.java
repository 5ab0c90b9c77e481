package vn.kdclgd.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.model.Certificate;
import vn.kdclgd.core.model.ExternalReview;
import vn.kdclgd.core.model.PublishedVersion;
import vn.kdclgd.core.model.School;
import vn.kdclgd.core.model.SupervisingUnit;
import vn.kdclgd.core.model.UnitKind;
import vn.kdclgd.core.testing.Databases;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.catalog.RecognitionKind;

/** Certificates: levels per regime from the catalog, validity, upgrade wait, revocation, reminders. */
class RecognitionServiceTest {
    static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    static final RecognitionKind ACC = RecognitionKind.ACCREDITATION;
    static final RecognitionKind NS = RecognitionKind.NATIONAL_STANDARD;

    /** A province with one school; reviews are built decided, directly as entities. */
    static final class World {
        final ReviewFixture f;
        final SupervisingUnit province;
        final SupervisingUnit commune;
        final RecognitionService recognition;
        final Actor officer;
        private int year = 2000;

        World(Databases db) {
            f = new ReviewFixture(db, TODAY);
            province = f.unit("Sở GDĐT", UnitKind.PROVINCE, null, LocalDate.of(2008, 1, 1), null);
            commune = f.unit("Xã", UnitKind.COMMUNE_WARD, province, LocalDate.of(2008, 1, 1), null);
            recognition = new RecognitionService(f.k);
            officer = ReviewFixture.officer(province);
        }

        School school(String type) {
            return f.school(type, commune, LocalDate.of(2008, 1, 1));
        }

        /** A review of {@code school} on {@code catalog}, decided at {@code level} on {@code decidedOn}. */
        ExternalReview decided(School school, String catalog, int level, LocalDate decidedOn) {
            year++;
            PublishedVersion pv = f.publish(f.assessment(school, year + "-" + (year + 1), catalog), 1, decidedOn.minusMonths(3), level);
            UUID id = f.tx(() -> {
                ExternalReview m = new ExternalReview(f.tx.current().find(PublishedVersion.class, pv.getId()), decidedOn.minusMonths(2),
                        !catalog.startsWith("TT57"), !catalog.contains("GDTX"));
                m.setState(ExternalReview.State.DECIDED);
                m.setResultLevel(level);
                m.setDecidedOn(decidedOn);
                f.tx.current().persist(m);
                return m.getId();
            });
            return f.read(em -> em.find(ExternalReview.class, id));
        }

        Certificate issue(ExternalReview r, RecognitionKind kind, LocalDate on) {
            return f.tx(() -> recognition.issueCertificate(officer, r.getId(), kind, "QĐ " + on, on));
        }
    }

    static String code(Throwable e) {
        return ((KdclException) e).code();
    }

    static Stream<Arguments> levels() {
        return Stream.of(
                // catalog, school type, kind, decided school level, expected certificate level (0 = refused KDCL-7204)
                Arguments.of("TT18-2018", "THCS", ACC, 0, 0),
                Arguments.of("TT18-2018", "THCS", ACC, 1, 1),
                Arguments.of("TT18-2018", "THCS", ACC, 2, 2),
                Arguments.of("TT18-2018", "THCS", ACC, 3, 3),
                Arguments.of("TT18-2018", "THCS", ACC, 4, 4),
                Arguments.of("TT18-2018", "THCS", NS, 1, 0),
                Arguments.of("TT18-2018", "THCS", NS, 2, 1),
                Arguments.of("TT18-2018", "THCS", NS, 3, 2),
                Arguments.of("TT18-2018", "THCS", NS, 4, 2),
                Arguments.of("TT17-2018", "TIEU_HOC", ACC, 3, 3),
                Arguments.of("TT17-2018", "TIEU_HOC", NS, 2, 1),
                Arguments.of("TT19-2018", "MAM_NON", NS, 3, 2),
                Arguments.of("TT19-2018", "MAM_NON", ACC, 4, 4),
                Arguments.of("TT57-2026-PT", "THCS", NS, 0, 0),
                Arguments.of("TT57-2026-PT", "THCS", NS, 1, 1),
                Arguments.of("TT57-2026-PT", "THCS", NS, 2, 2),
                Arguments.of("TT57-2026-MN", "MAM_NON", NS, 1, 1),
                Arguments.of("TT57-2026-MN", "MAM_NON", NS, 2, 2));
    }

    @ParameterizedTest(name = "{0} {2} Mức {3} → {4}")
    @MethodSource("levels")
    void theCertificateLevelComesFromTheCatalogsScheme(String catalog, String type, RecognitionKind kind, int decided, int expected) {
        for (Databases db : Databases.values()) {
            World w = new World(db);
            ExternalReview r = w.decided(w.school(type), catalog, decided, LocalDate.of(2026, 5, 4));
            if (expected == 0) {
                assertThatThrownBy(() -> w.issue(r, kind, LocalDate.of(2026, 5, 10))).as(db.name())
                        .isInstanceOf(ReviewException.class).extracting(RecognitionServiceTest::code).isEqualTo(RecognitionService.NO_LEVEL);
            } else {
                Certificate c = w.issue(r, kind, LocalDate.of(2026, 5, 10));
                assertThat(c.getLevel()).as(db.name()).isEqualTo(expected);
                assertThat(c.getKind()).isEqualTo(kind.jsonName());
                assertThat(c.getCatalogId()).isEqualTo(catalog);
                assertThat(c.getDecisionNumber()).isEqualTo("QĐ 2026-05-10");
                assertThat(c.getValidUntil()).as("05 năm").isEqualTo(LocalDate.of(2031, 5, 10));
                UUID reviewOfCertificate = w.f.read(em -> em.find(Certificate.class, c.getId()).getReview().getId());
                assertThat(reviewOfCertificate).isEqualTo(r.getId());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aGdtxCentreHasNoRecognitionAndTt57NoAccreditation(Databases db) {
        World w = new World(db);
        ExternalReview gdtx = w.decided(w.school("TRUNG_TAM_GDTX"), "TT57-2026-GDTX", 2, LocalDate.of(2026, 5, 4));
        assertThatThrownBy(() -> w.issue(gdtx, NS, LocalDate.of(2026, 5, 10))).extracting(RecognitionServiceTest::code)
                .isEqualTo(RecognitionService.NOT_SOUGHT);
        ExternalReview tt57 = w.decided(w.school("THCS"), "TT57-2026-PT", 2, LocalDate.of(2026, 5, 4));
        assertThatThrownBy(() -> w.issue(tt57, ACC, LocalDate.of(2026, 5, 10))).extracting(RecognitionServiceTest::code)
                .isEqualTo(RecognitionService.NOT_SOUGHT);
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void issuingNeedsADecidedReviewAValidDateAndADecisionNumberOncePerKind(Databases db) {
        World w = new World(db);
        School s = w.school("THCS");
        ExternalReview r = w.decided(s, "TT18-2018", 3, LocalDate.of(2026, 5, 4));
        assertThatThrownBy(() -> w.issue(r, ACC, LocalDate.of(2026, 5, 3))).extracting(RecognitionServiceTest::code).isEqualTo(RecognitionService.BAD_DATE);
        assertThatThrownBy(() -> w.f.run(() -> w.recognition.issueCertificate(w.officer, r.getId(), ACC, " ", LocalDate.of(2026, 5, 10))))
                .extracting(RecognitionServiceTest::code).isEqualTo(RecognitionService.BLANK);
        w.issue(r, ACC, LocalDate.of(2026, 5, 10));
        w.issue(r, NS, LocalDate.of(2026, 5, 10));
        assertThatThrownBy(() -> w.issue(r, ACC, LocalDate.of(2026, 5, 11))).extracting(RecognitionServiceTest::code)
                .isEqualTo(RecognitionService.ALREADY_ISSUED);
        ExternalReview open = w.decided(s, "TT18-2018", 3, LocalDate.of(2026, 5, 4));
        w.f.run(() -> w.f.tx.current().find(ExternalReview.class, open.getId()).setState(ExternalReview.State.IN_REVIEW));
        assertThatThrownBy(() -> w.issue(open, ACC, LocalDate.of(2026, 5, 10))).extracting(RecognitionServiceTest::code)
                .isEqualTo(RecognitionService.NOT_DECIDED);
        assertThatThrownBy(() -> w.f.run(() -> w.recognition.issueCertificate(w.officer, UUID.randomUUID(), ACC, "QĐ", TODAY)))
                .extracting(RecognitionServiceTest::code).isEqualTo(ExternalReviewService.NOT_FOUND);
    }

    static Stream<Arguments> upgrades() {
        return Stream.of(
                // catalog, type, kind, first level, first issued, second level, second issued, expected (null = issued)
                // TT57 khoản 4 Điều 19: mức độ 2 at least 02 năm after mức độ 1
                Arguments.of("TT57-2026-PT", "THCS", NS, 1, "2026-09-10", 2, "2028-09-09", RecognitionService.UPGRADE_WAIT),
                Arguments.of("TT57-2026-PT", "THCS", NS, 1, "2026-09-10", 2, "2028-09-10", null),
                // the same level again (re-recognition) has no waiting period
                Arguments.of("TT57-2026-PT", "THCS", NS, 2, "2026-09-10", 2, "2027-01-10", null),
                // 2018 accreditation: 2 years (the catalog's figure; TT22/2024 reportedly 1 year, UNCERTAIN)
                Arguments.of("TT18-2018", "THCS", ACC, 1, "2024-01-15", 2, "2025-06-01", RecognitionService.UPGRADE_WAIT),
                Arguments.of("TT18-2018", "THCS", ACC, 1, "2024-01-15", 3, "2026-01-15", null),
                // 2018 national standard: the catalog establishes no waiting period
                Arguments.of("TT18-2018", "THCS", NS, 2, "2024-01-15", 3, "2024-09-01", null));
    }

    @ParameterizedTest(name = "{0} {2}: {3} on {4}, then {5} on {6} → {7}")
    @MethodSource("upgrades")
    void aHigherLevelWaitsTheSchemesUpgradePeriod(String catalog, String type, RecognitionKind kind, int first, String firstOn,
                                                  int second, String secondOn, String expected) {
        for (Databases db : Databases.values()) {
            World w = new World(db);
            School s = w.school(type);
            LocalDate d1 = LocalDate.parse(firstOn);
            LocalDate d2 = LocalDate.parse(secondOn);
            // decided levels that give the certificate levels wanted
            int level1 = kind == NS && catalog.startsWith("TT1") ? first + 1 : first;
            int level2 = kind == NS && catalog.startsWith("TT1") ? second + 1 : second;
            w.issue(w.decided(s, catalog, level1, d1), kind, d1);
            ExternalReview r2 = w.decided(s, catalog, level2, d2);
            if (expected == null) {
                assertThat(w.issue(r2, kind, d2).getLevel()).isEqualTo(Math.min(second, kind == NS ? 2 : 4));
            } else {
                assertThatThrownBy(() -> w.issue(r2, kind, d2)).as(db.name()).extracting(RecognitionServiceTest::code).isEqualTo(expected);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void revocationEndsValidityAndDropsTheCertificateFromReminders(Databases db) {
        World w = new World(db);
        School s = w.school("THCS");
        Certificate c = w.issue(w.decided(s, "TT57-2026-PT", 1, LocalDate.of(2026, 9, 1)), NS, LocalDate.of(2026, 9, 10));
        List<CertificateInfo> before = w.f.tx(() -> w.recognition.expiringWithin(w.officer, w.province.getId(), LocalDate.of(2031, 1, 1), 12));
        assertThat(before).extracting(CertificateInfo::certificateId).containsExactly(c.getId());

        assertThatThrownBy(() -> w.f.run(() -> w.recognition.revoke(w.officer, c.getId(), LocalDate.of(2027, 2, 1), " ")))
                .extracting(RecognitionServiceTest::code).isEqualTo(RecognitionService.BLANK);
        assertThatThrownBy(() -> w.f.run(() -> w.recognition.revoke(w.officer, c.getId(), LocalDate.of(2026, 9, 9), "x")))
                .extracting(RecognitionServiceTest::code).isEqualTo(RecognitionService.BAD_DATE);
        w.f.run(() -> w.recognition.revoke(w.officer, c.getId(), LocalDate.of(2027, 2, 1),
                "không còn đáp ứng yêu cầu theo mức độ đã được công nhận mà không khắc phục"));
        Certificate revoked = w.f.read(em -> em.find(Certificate.class, c.getId()));
        assertThat(revoked.getRevokedOn()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(revoked.isValidOn(LocalDate.of(2027, 1, 31))).isTrue();
        assertThat(revoked.isValidOn(LocalDate.of(2027, 2, 1))).isFalse();
        assertThat(w.f.tx(() -> w.recognition.expiringWithin(w.officer, w.province.getId(), LocalDate.of(2031, 1, 1), 12))).isEmpty();
        assertThat(w.f.tx(() -> w.recognition.expiringWithin(w.officer, w.province.getId(), LocalDate.of(2027, 1, 31), 60)))
                .extracting(CertificateInfo::certificateId).containsExactly(c.getId());
        assertThatThrownBy(() -> w.f.run(() -> w.recognition.revoke(w.officer, c.getId(), LocalDate.of(2027, 3, 1), "x")))
                .extracting(RecognitionServiceTest::code).isEqualTo(RecognitionService.ALREADY_REVOKED);
        assertThatThrownBy(() -> w.f.run(() -> w.recognition.revoke(w.officer, UUID.randomUUID(), LocalDate.of(2027, 3, 1), "x")))
                .extracting(RecognitionServiceTest::code).isEqualTo(RecognitionService.NOT_FOUND);
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void expiryAndReRegistrationDatesPerRegime(Databases db) {
        World w = new World(db);
        School mn = w.school("MAM_NON");
        School thcs = w.school("THCS");
        School th = w.school("TIEU_HOC");
        // 2018 regime, issued before TT57: stays valid to its end date (TT57 khoản 2 Điều 27); re-register 05 tháng before
        Certificate old = w.issue(w.decided(mn, "TT19-2018", 2, LocalDate.of(2025, 2, 20)), ACC, LocalDate.of(2025, 3, 1));
        // TT57: valid 05 năm; no re-registration lead established
        Certificate tt57 = w.issue(w.decided(thcs, "TT57-2026-PT", 2, LocalDate.of(2026, 9, 1)), NS, LocalDate.of(2026, 9, 10));
        // a superseded certificate: level 1 then level 2 of the same kind; only the later one is current
        Certificate first = w.issue(w.decided(th, "TT17-2018", 1, LocalDate.of(2022, 1, 5)), ACC, LocalDate.of(2022, 1, 10));
        Certificate second = w.issue(w.decided(th, "TT17-2018", 3, LocalDate.of(2024, 2, 1)), ACC, LocalDate.of(2024, 2, 1));

        assertThat(old.getValidUntil()).isEqualTo(LocalDate.of(2030, 3, 1));
        assertThat(tt57.getValidUntil()).isEqualTo(LocalDate.of(2031, 9, 10));
        assertThat(first.getValidUntil()).isEqualTo(LocalDate.of(2027, 1, 10));
        assertThat(second.getValidUntil()).isEqualTo(LocalDate.of(2029, 2, 1));
        record Case(String date, int months, List<Certificate> expected) {
        }
        for (Case c : List.of(
                new Case("2026-12-01", 2, List.of()),                      // first is superseded, so not listed
                new Case("2028-10-01", 6, List.of(second)),                 // ends 2029-02-01
                new Case("2029-10-01", 5, List.of(old)),                    // old regime, still valid in 2029
                new Case("2029-10-01", 24, List.of(old, tt57)),             // by end date
                new Case("2030-03-01", 0, List.of(old)),                    // last day of validity
                new Case("2030-03-02", 24, List.of(tt57)))) {               // the day after
            List<CertificateInfo> listed = w.f.tx(() -> w.recognition.expiringWithin(w.officer, w.province.getId(), LocalDate.parse(c.date()), c.months()));
            assertThat(listed).as(c.toString()).extracting(CertificateInfo::certificateId)
                    .containsExactlyElementsOf(c.expected().stream().map(Certificate::getId).toList());
        }
        CertificateInfo info = w.f.tx(() -> w.recognition.expiringWithin(w.officer, w.province.getId(), LocalDate.parse("2029-10-01"), 5)).get(0);
        assertThat(info).isEqualTo(new CertificateInfo(old.getId(), mn.getId(), mn.getCode(), mn.getName(), "accreditation", 2, "TT19-2018",
                LocalDate.of(2025, 3, 1), LocalDate.of(2030, 3, 1)));

        // re-registration: validUntil − 05 tháng ≤ date, where the scheme has a lead (2018 regime only)
        record Due(String date, List<Certificate> expected) {
        }
        for (Due d : List.of(
                new Due("2028-08-31", List.of()),
                new Due("2028-09-01", List.of(second)),                     // 2029-02-01 − 5 months
                new Due("2029-02-01", List.of(second)),                     // last day of validity
                new Due("2029-09-30", List.of()),
                new Due("2029-10-01", List.of(old)),                        // second expired on 2029-02-01; old due 2029-10-01
                new Due("2031-06-01", List.of()))) {                        // TT57 certificate: no lead established
            List<ReRegistrationDue> due = w.f.tx(() -> w.recognition.reRegistrationDue(w.officer, w.province.getId(), LocalDate.parse(d.date())));
            assertThat(due).as(d.toString()).extracting(x -> x.certificate().certificateId())
                    .containsExactlyElementsOf(d.expected().stream().map(Certificate::getId).toList());
            assertThat(due).allSatisfy(x -> assertThat(x.leadMonths()).isEqualTo(5))
                    .allSatisfy(x -> assertThat(x.dueOn()).isEqualTo(x.certificate().validUntil().minusMonths(5)));
        }
        assertThatThrownBy(() -> w.f.tx(() -> w.recognition.expiringWithin(w.officer, w.province.getId(), TODAY, -1)))
                .extracting(RecognitionServiceTest::code).isEqualTo(RecognitionService.BAD_MONTHS);
    }
}
