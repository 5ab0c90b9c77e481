package vn.kdclgd.core.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;

import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.access.Grant;
import vn.kdclgd.core.access.Role;
import vn.kdclgd.core.model.CouncilMember;
import vn.kdclgd.core.model.CouncilRole;
import vn.kdclgd.core.model.ExpectedEvidence;
import vn.kdclgd.core.model.ItemJudgement;
import vn.kdclgd.core.model.KdclgdEntities;
import vn.kdclgd.core.model.Milestone;
import vn.kdclgd.core.model.School;
import vn.kdclgd.core.model.StaffPosition;
import vn.kdclgd.core.model.SupervisingUnit;
import vn.kdclgd.core.model.UnitKind;
import vn.kdclgd.core.model.WorkingGroup;
import vn.kdclgd.core.spi.FileSystemEvidenceStore;
import vn.kdclgd.core.testing.Databases;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.CatalogRegistry;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Item;

/**
 * A migrated database, the services on it with a settable clock and a file store, and a small world:
 * a province with a commune, a THCS school and the people of its council.
 */
final class Fixture implements AutoCloseable {
    /** A clock the test moves. */
    static final class TestClock extends Clock {
        private Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        void set(LocalDate day) {
            now = day.atTime(9, 0).toInstant(ZoneOffset.ofHours(7));
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Ho_Chi_Minh");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final Databases db;
    final EntityManagerFactory emf;
    final Transactions tx;
    final TestClock clock = new TestClock(Instant.parse("2026-09-01T02:00:00Z"));
    final Path storeDir;
    final Kdclgd k;
    final OrganisationService org;
    final AssessmentService assessments;
    final EvidenceService evidence;
    final ImprovementService improvement;

    // the world
    UUID provinceId;
    UUID communeId;
    UUID schoolId;
    Actor officer;
    Actor admin;
    Actor chair;
    Actor secretary;
    Actor member1;
    Actor member2;
    Actor viewer;

    Fixture(Databases db, String prefix) {
        this.db = db;
        this.emf = db.freshFactory(prefix);
        this.tx = new Transactions(emf);
        try {
            this.storeDir = Files.createTempDirectory("kdclgd-store");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.k = Kdclgd.builder().entityManager(tx::current).catalogs(CatalogRegistry.bundled()).clock(clock)
                .evidenceStore(new FileSystemEvidenceStore(storeDir)).build();
        this.org = new OrganisationService(k);
        this.assessments = new AssessmentService(k);
        this.evidence = new EvidenceService(k);
        this.improvement = new ImprovementService(k);
    }

    <T> T tx(Supplier<T> work) {
        return tx.run(work);
    }

    void run(Runnable work) {
        tx.run(work);
    }

    /** Creates the province, the commune and the school; fills the actors. */
    Fixture world() {
        Actor setup = Actor.of("vendor-setup");
        SupervisingUnit province = tx(() -> org.createUnit(setup, "79", "Sở GDĐT TP. Hồ Chí Minh", UnitKind.PROVINCE, null, LocalDate.of(2008, 1, 1)));
        provinceId = province.getId();
        officer = Actor.of("so-79", Grant.unitOfficer(provinceId));
        communeId = tx(() -> org.createUnit(officer, "79-26734", "Phường Bến Thành", UnitKind.COMMUNE_WARD, provinceId,
                LocalDate.of(2025, 7, 1))).getId();
        School s = tx(() -> org.createSchool(officer, communeId, "79000701", "Trường THCS Nguyễn Du", "THCS", Set.of("THCS"),
                LocalDate.of(2025, 7, 1)));
        schoolId = s.getId();
        admin = Actor.of("admin", Grant.school(Role.SCHOOL_ADMIN, schoolId));
        chair = Actor.of("hieutruong", Grant.school(Role.COUNCIL_CHAIR, schoolId));
        secretary = Actor.of("thuky", Grant.school(Role.COUNCIL_SECRETARY, schoolId));
        member1 = Actor.of("gv1", Grant.school(Role.COUNCIL_MEMBER, schoolId));
        member2 = Actor.of("gv2", Grant.school(Role.COUNCIL_MEMBER, schoolId));
        viewer = Actor.of("phuhuynh", Grant.school(Role.VIEWER, schoolId));
        return this;
    }

    /** A TT57 council of five. */
    static List<CouncilMemberInput> tt57Council() {
        return List.of(
                CouncilMemberInput.of("Trần Thị Bích", StaffPosition.PRINCIPAL, CouncilRole.CHAIR, "hieutruong"),
                CouncilMemberInput.of("Lê Văn Cường", StaffPosition.VICE_PRINCIPAL, CouncilRole.VICE_CHAIR, "phohieutruong"),
                CouncilMemberInput.of("Phạm Thu Dung", StaffPosition.HEAD_OF_TEAM, CouncilRole.SECRETARY, "thuky"),
                CouncilMemberInput.of("Nguyễn Văn Em", StaffPosition.TEACHER, CouncilRole.MEMBER, "gv1"),
                CouncilMemberInput.of("Hoàng Thị Gấm", StaffPosition.TEACHER, CouncilRole.MEMBER, "gv2"));
    }

    /** A 2018-regime council of seven. */
    static List<CouncilMemberInput> tt2018Council() {
        List<CouncilMemberInput> l = new ArrayList<>(tt57Council());
        l.add(CouncilMemberInput.of("Đỗ Văn Hùng", StaffPosition.HEAD_OF_TEAM, CouncilRole.MEMBER, null));
        l.add(CouncilMemberInput.of("Vũ Thị Lan", StaffPosition.STAFF, CouncilRole.MEMBER, null));
        return l;
    }

    Catalog catalog(String id) {
        return k.catalogs().get(id);
    }

    /** Creates an assessment and takes it through council and plan (two groups: standards 1–2 → gv1, 3+ → gv2). */
    UUID assessmentToEvidence(String year, String catalogId, List<CouncilMemberInput> council) {
        UUID id = tx(() -> assessments.create(chair, schoolId, year, catalogId)).getId();
        prepareToEvidence(id, year, catalogId, council);
        return id;
    }

    /** Council, groups and plan of an existing assessment, which ends in EVIDENCE. */
    void prepareToEvidence(UUID id, String year, String catalogId, List<CouncilMemberInput> council) {
        Catalog c = catalog(catalogId);
        run(() -> {
            List<CouncilMember> ms = assessments.setCouncil(chair, id, "15/QĐ-THCSND", LocalDate.of(2026, 9, 5), council);
            UUID gv1 = ms.stream().filter(m -> "gv1".equals(m.getActorId())).findFirst().orElseThrow().getId();
            UUID gv2 = ms.stream().filter(m -> "gv2".equals(m.getActorId())).findFirst().orElseThrow().getId();
            UUID tk = ms.stream().filter(m -> "thuky".equals(m.getActorId())).findFirst().orElseThrow().getId();
            assessments.advance(secretary, id);
            List<String> first = c.criteria().stream().filter(x -> x.standardNumber() <= 2).map(Criterion::code).toList();
            List<String> rest = c.criteria().stream().filter(x -> x.standardNumber() > 2).map(Criterion::code).toList();
            assessments.addWorkingGroup(chair, id, "Nhóm thư ký", WorkingGroup.Kind.SECRETARIAT, Set.of(tk), Set.of());
            assessments.addWorkingGroup(chair, id, "Nhóm 1", WorkingGroup.Kind.WORKING_GROUP, Set.of(gv1), Set.copyOf(first));
            assessments.addWorkingGroup(chair, id, "Nhóm 2", WorkingGroup.Kind.WORKING_GROUP, Set.of(gv2), Set.copyOf(rest));
            assessments.setPlan(secretary, id, "Tự đánh giá để cải tiến chất lượng năm học " + year,
                    List.of(new Milestone(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 15), "Thành lập hội đồng"),
                            new Milestone(LocalDate.of(2026, 9, 16), LocalDate.of(2026, 12, 31), "Thu thập minh chứng, viết phiếu")),
                    List.of(new ExpectedEvidence(c.criteria().get(0).code(), "Kế hoạch giáo dục nhà trường", "Thư ký")));
            assessments.advance(secretary, id);
        });
    }

    /** Every item of every level of {@code c} judged met. */
    static List<ItemJudgement> allMet(Criterion c) {
        List<ItemJudgement> l = new ArrayList<>();
        for (int level = 1; level <= c.maxLevel(); level++) {
            for (Item it : c.items(level)) {
                l.add(new ItemJudgement(level, it.key(), true));
            }
        }
        return l;
    }

    /** One evidence item per criterion; returns criterion → item code. */
    Map<String, String> evidencePerCriterion(UUID assessmentId, String catalogId) {
        Map<String, String> codes = new LinkedHashMap<>();
        run(() -> {
            for (Criterion c : catalog(catalogId).criteria()) {
                var item = evidence.addItem(secretary, assessmentId, c.code(),
                        new EvidenceInput("Biên bản, kế hoạch cho tiêu chí " + c.code(), c.code().replace('.', '-') + "/KH-THCSND",
                                LocalDate.of(2026, 9, 10), "Trường THCS Nguyễn Du", null, null, List.of()));
                codes.put(c.code(), item.getCode());
            }
        });
        return codes;
    }

    /** Saves every evaluation with a current state citing its code and every item met. */
    void evaluateAll(UUID assessmentId, String catalogId, Map<String, String> codes) {
        run(() -> {
            for (Criterion c : catalog(catalogId).criteria()) {
                var e = assessments.evaluation(chair, assessmentId, c.code());
                assessments.saveEvaluation(secretary, assessmentId, c.code(), e.getVersion(), new EvaluationInput(
                        "Nhà trường thực hiện đầy đủ yêu cầu của tiêu chí " + c.code() + " (" + codes.get(c.code()) + ").",
                        "Thực hiện nghiêm túc.", "Còn một số hạn chế nhỏ.", "Tiếp tục duy trì và cải tiến.", allMet(c)));
            }
        });
    }

    long count(Class<?> entity) {
        return tx(() -> tx.current().createQuery("select count(x) from " + entity.getSimpleName() + " x", Long.class).getSingleResult());
    }

    /** Row count of every entity table. */
    Map<String, Long> counts() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Class<?> c : KdclgdEntities.CLASSES) {
            m.put(c.getSimpleName(), count(c));
        }
        return m;
    }

    long storedFiles() {
        try (Stream<Path> s = Files.walk(storeDir)) {
            return s.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        emf.close();
        try (Stream<Path> s = Files.walk(storeDir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temporary files
        }
    }
}
