package vn.kdclgd.benchmarks.db;

import vn.kdclgd.core.testing.EmbeddedPostgres;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.stat.Statistics;

import vn.kdclgd.core.model.CouncilMember;
import vn.kdclgd.core.model.CouncilRole;
import vn.kdclgd.core.model.CriterionEvaluation;
import vn.kdclgd.core.model.EvidenceItem;
import vn.kdclgd.core.model.EvidenceUse;
import vn.kdclgd.core.model.ExpectedEvidence;
import vn.kdclgd.core.model.ItemJudgement;
import vn.kdclgd.core.model.KdclgdEntities;
import vn.kdclgd.core.model.Milestone;
import vn.kdclgd.core.model.School;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.model.StaffPosition;
import vn.kdclgd.core.model.StoredFile;
import vn.kdclgd.core.model.WorkingGroup;
import vn.kdclgd.core.service.Kdclgd;
import vn.kdclgd.core.service.Transactions;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.CatalogRegistry;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Item;

/**
 * A kdclgd database on an embedded PostgreSQL, built from kdclgd-core's Flyway migrations, filled with
 * a synthetic province (fixed seed) and opened with Hibernate (statistics on, to count statements).
 *
 * <p>The province: 1 Sở; 10 district offices (Phòng GDĐT, ended 30/6/2025) and 100 communes/wards
 * (from 1/7/2025) below it; {@link #SCHOOLS} schools (40 % mầm non, 30 % tiểu học, 20 % THCS, 8 % THPT,
 * 2 % GDTX), each a member of a district until 30/6/2025 and of a commune since. Three school years:
 * 2024-2025 and 2025-2026 on the 2018 catalogs (TT19/TT17/TT18; GDTX centres had none), 2026-2027 on
 * TT57. Per assessment: 90 % published (20 % of those twice), level random; 15 % (2018) / 10 % (TT57) of
 * the published register for review, 70 % of those decided. 60 % of the schools hold a certificate
 * (random issue date 2021–mid 2027, 5 years, 10 % revoked, 20 % with an earlier superseded one).
 * Improvement actions: 5 per TT57 assessment and 3 per 2025-2026 assessment, 0–2 reviews each.
 * Inserted with JDBC batches, then {@code vacuum analyze} (not measured).
 */
public final class ReviewDatabase implements AutoCloseable {
    /** Number of schools. */
    public static final int SCHOOLS = 10_000;
    /** The zone of the clock. */
    public static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String[] YEARS = {"2024-2025", "2025-2026", "2026-2027"};

    private final String url;
    private final EntityManagerFactory emf;
    private final Transactions transactions;
    private final Kdclgd kdclgd;
    /** The Sở. */
    public final UUID province;
    /** One commune (about 100 schools). */
    public final UUID commune;

    private ReviewDatabase(String url, UUID province, UUID commune) {
        this.url = url;
        this.province = province;
        this.commune = commune;
        HibernatePersistenceConfiguration cfg = new HibernatePersistenceConfiguration("kdclgd-bench");
        KdclgdEntities.CLASSES.forEach(cfg::managedClass);
        cfg.jdbcUrl(url).jdbcUsername("postgres").jdbcPassword("")
                .property("hibernate.hbm2ddl.auto", "validate")
                .property("hibernate.connection.pool_size", "4")
                .property("hibernate.generate_statistics", "true");
        this.emf = cfg.createEntityManagerFactory();
        this.transactions = new Transactions(emf);
        this.kdclgd = Kdclgd.builder().entityManager(transactions::current)
                .clock(Clock.fixed(LocalDate.of(2027, 8, 15).atTime(10, 0).atZone(VN).toInstant(), VN)).build();
    }

    /** A new database with the province. */
    public static ReviewDatabase populated(long seed) {
        String url = EmbeddedPostgres.shared().createDatabase("bench") + "?reWriteBatchedInserts=true";
        Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration/kdclgd/postgresql").load().migrate();
        UUID[] units;
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            c.setAutoCommit(false);
            units = generate(c, new SplittableRandom(seed));
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                // the steady state of a live database: statistics and visibility map up to date (autovacuum)
                s.execute("vacuum analyze");
                if (Boolean.getBoolean("kdclgd.explain")) {
                    // every statement of 5 ms or more, with its plan and timings, goes to the server log
                    String dbName = url.substring(url.lastIndexOf('/') + 1, url.indexOf('?'));
                    s.execute("alter database " + dbName + " set session_preload_libraries = 'auto_explain'");
                    s.execute("alter database " + dbName + " set auto_explain.log_min_duration = 5");
                    s.execute("alter database " + dbName + " set auto_explain.log_analyze = on");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot populate the benchmark database", e);
        }
        return new ReviewDatabase(url, units[0], units[1]);
    }

    /** The entity-manager factory. */
    public EntityManagerFactory emf() {
        return emf;
    }

    /** Transactions on it. */
    public Transactions transactions() {
        return transactions;
    }

    /** The kdclgd context. */
    public Kdclgd kdclgd() {
        return kdclgd;
    }

    /** Hibernate's statistics. */
    public Statistics statistics() {
        return emf.unwrap(SessionFactory.class).getStatistics();
    }

    @Override
    public void close() {
        emf.close();
    }

    /** Row counts of the main tables, for the README. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            for (String t : List.of("kdcl_unit", "kdcl_school", "kdcl_unit_membership", "kdcl_assessment", "kdcl_published_version",
                    "kdcl_external_review", "kdcl_certificate", "kdcl_improvement_action", "kdcl_action_review", "kdcl_evidence")) {
                try (var rs = s.executeQuery("select count(*) from " + t)) {
                    rs.next();
                    b.append(t).append('=').append(rs.getLong(1)).append(' ');
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return b.toString().strip();
    }

    /**
     * Adds one complete self-assessment to a new school of the commune: every criterion of
     * {@code catalogId} evaluated with every item judged, a 16-week timeline, expected evidence per
     * criterion, a 9-member council, one working group per standard, {@code evidenceItems} evidence
     * items (one file and one link each) used for 1.33 criteria on average, one improvement action.
     *
     * @return the assessment id
     */
    public UUID completeAssessment(String catalogId, int evidenceItems) {
        Catalog catalog = CatalogRegistry.bundled().get(catalogId);
        return transactions.run(() -> {
            EntityManager em = transactions.current();
            String type = catalog.schoolTypes().get(0).code();
            School school = new School("FULL-" + catalogId, "Trường đầy đủ " + catalogId, type, java.util.Set.of(type));
            em.persist(school);
            em.persist(new vn.kdclgd.core.model.UnitMembership(school, em.find(vn.kdclgd.core.model.SupervisingUnit.class, commune),
                    LocalDate.of(2025, 7, 1)));
            SelfAssessment a = new SelfAssessment(school, "2026-2027", catalogId);
            for (int w = 0; w < 16; w++) {
                a.getTimeline().add(new Milestone(LocalDate.of(2026, 9, 7).plusWeeks(w), LocalDate.of(2026, 9, 12).plusWeeks(w), "Tuần " + (w + 1)));
            }
            em.persist(a);
            List<CouncilMember> council = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                CouncilMember m = new CouncilMember(a, "Thành viên " + (i + 1), i == 0 ? StaffPosition.PRINCIPAL : StaffPosition.TEACHER,
                        i == 0 ? CouncilRole.CHAIR : i == 1 ? CouncilRole.VICE_CHAIR : i == 2 ? CouncilRole.SECRETARY : CouncilRole.MEMBER,
                        "tv" + i);
                em.persist(m);
                council.add(m);
            }
            List<Criterion> criteria = catalog.criteria();
            for (var standard : catalog.standards()) {
                WorkingGroup g = new WorkingGroup(a, "Nhóm tiêu chuẩn " + standard.number(), WorkingGroup.Kind.WORKING_GROUP);
                g.getMemberIds().add(council.get(standard.number() % 9).getId());
                g.getMemberIds().add(council.get((standard.number() + 3) % 9).getId());
                standard.criteria().forEach(c -> g.getCriteria().add(c.code()));
                em.persist(g);
            }
            for (Criterion c : criteria) {
                a.getExpectedEvidence().add(new ExpectedEvidence(c.code(), "Minh chứng cho tiêu chí " + c.code(), "Thư ký"));
                CriterionEvaluation e = new CriterionEvaluation(a, c.code());
                e.setCurrentState(("Nhà trường đã thực hiện yêu cầu của tiêu chí " + c.code() + " (MC.1.1.01). ").repeat(20));
                e.setStrengths("Điểm mạnh");
                e.setWeaknesses("Điểm yếu");
                e.setImprovementPlan("Kế hoạch cải tiến");
                for (var level : c.levels().entrySet()) {
                    for (Item item : level.getValue()) {
                        e.getJudgements().add(new ItemJudgement(level.getKey(), item.key(), true));
                    }
                }
                em.persist(e);
            }
            for (int i = 0; i < evidenceItems; i++) {
                Criterion c = criteria.get(i % criteria.size());
                EvidenceItem ev = new EvidenceItem(school, String.format("MC.%s.%02d", c.code(), i / criteria.size() + 1), "Minh chứng số " + i);
                ev.setIssuedOn(LocalDate.of(2026, 9, 1).plusDays(i % 200));
                ev.getFiles().add(new StoredFile(String.format("%064x", i), "mc-" + i + ".pdf", 10_000 + i, "application/pdf"));
                ev.getLinks().add("https://luutru.example.invalid/mc/" + i);
                em.persist(ev);
                em.persist(new EvidenceUse(a, ev, c.code()));
                if (i % 3 == 0) {
                    em.persist(new EvidenceUse(a, ev, criteria.get((i + 1) % criteria.size()).code()));
                }
            }
            return a.getId();
        });
    }

    private static UUID[] generate(Connection c, SplittableRandom rnd) throws SQLException {
        LocalDate districtsEnd = LocalDate.of(2025, 6, 30);
        LocalDate communesStart = LocalDate.of(2025, 7, 1);
        UUID province = UUID.randomUUID();
        List<UUID> districts = new ArrayList<>();
        List<UUID> communes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "insert into kdcl_unit (id, version, code, name, kind, parent_id, valid_from, valid_to) values (?, 0, ?, ?, ?, ?, ?, ?)")) {
            unit(ps, province, "79", "Sở GDĐT", "PROVINCE", null, LocalDate.of(2008, 1, 1), null);
            for (int i = 0; i < 10; i++) {
                UUID d = UUID.randomUUID();
                districts.add(d);
                unit(ps, d, "79-H" + i, "Phòng GDĐT huyện " + i, "DISTRICT_LEGACY", province, LocalDate.of(2000, 1, 1), districtsEnd);
            }
            for (int i = 0; i < 100; i++) {
                UUID x = UUID.randomUUID();
                communes.add(x);
                unit(ps, x, "79-X" + i, "Xã/phường " + i, "COMMUNE_WARD", province, communesStart, null);
            }
            ps.executeBatch();
        }
        Batch schools = new Batch(c, "insert into kdcl_school (id, version, code, name, school_type) values (?, 0, ?, ?, ?)");
        Batch levels = new Batch(c, "insert into kdcl_school_level (school_id, level_code) values (?, ?)");
        Batch members = new Batch(c, "insert into kdcl_unit_membership (id, version, school_id, unit_id, valid_from, valid_to) values (?, 0, ?, ?, ?, ?)");
        Batch assessments = new Batch(c, "insert into kdcl_assessment (id, version, school_id, school_year, catalog_id, part_level, state,"
                + " published_version) values (?, 0, ?, ?, ?, 'ALL', ?, ?)");
        Batch versions = new Batch(c, "insert into kdcl_published_version (id, version, assessment_id, number, published_at, published_by,"
                + " content_hash, snapshot, school_level) values (?, 0, ?, ?, ?, 'hieutruong', ?, ?, ?)");
        Batch reviews = new Batch(c, "insert into kdcl_external_review (id, version, snapshot_id, registered_on, seeks_accreditation,"
                + " seeks_national_standard, state, result_level, decided_on) values (?, 0, ?, ?, ?, true, ?, ?, ?)");
        Batch certificates = new Batch(c, "insert into kdcl_certificate (id, version, school_id, kind, level_no, catalog_id, decision_number,"
                + " issued_on, valid_until, revoked_on, revocation_reason) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Batch actions = new Batch(c, "insert into kdcl_improvement_action (id, version, assessment_id, criterion, description, owner,"
                + " deadline, status, review1_on, review2_on) values (?, 0, ?, '1.1', 'Cải tiến', 'Phó hiệu trưởng', ?, ?, ?, ?)");
        Batch actionReviews = new Batch(c, "insert into kdcl_action_review (action_id, position, reviewed_on, reviewer, finding)"
                + " values (?, ?, ?, 'Hội đồng', 'Đã rà soát')");
        List<Batch> inOrder = List.of(schools, levels, members, assessments, versions, reviews, certificates, actions, actionReviews);
        for (int i = 0; i < SCHOOLS; i++) {
            if (i % 200 == 0) {
                for (Batch b : inOrder) {
                    b.flush();
                }
            }
            int t = rnd.nextInt(100);
            String type = t < 40 ? "MAM_NON" : t < 70 ? "TIEU_HOC" : t < 90 ? "THCS" : t < 98 ? "THPT" : "TRUNG_TAM_GDTX";
            UUID school = UUID.randomUUID();
            schools.add(school, String.format("79%06d", i), "Trường " + i, type);
            levels.add(school, type);
            members.add(UUID.randomUUID(), school, districts.get(i % 10), Date.valueOf(LocalDate.of(2015, 9, 1)), Date.valueOf(districtsEnd));
            members.add(UUID.randomUUID(), school, communes.get(i % 100), Date.valueOf(communesStart), null);
            for (String year : YEARS) {
                boolean tt57 = year.equals("2026-2027");
                String catalog = catalog(type, tt57);
                if (catalog == null) {
                    continue;
                }
                int endYear = Integer.parseInt(year.substring(5));
                UUID a = UUID.randomUUID();
                boolean published = rnd.nextInt(100) < 90;
                int numbers = published ? (rnd.nextInt(100) < 20 ? 2 : 1) : 0;
                assessments.add(a, school, year, catalog, published ? "PUBLISHED" : "RATING", numbers);
                UUID lastVersion = null;
                for (int n = 1; n <= numbers; n++) {
                    lastVersion = UUID.randomUUID();
                    int maxLevel = tt57 ? 2 : 4;
                    int level = rnd.nextInt(maxLevel + 1);
                    String snapshot = "{\"catalog\":\"" + catalog + "\",\"judgements\":{},\"school\":\"" + school + "\",\"number\":" + n + "}";
                    versions.add(lastVersion, a, n, Timestamp.from(LocalDate.of(endYear, 4 + n, 1 + rnd.nextInt(28)).atTime(9, 0).atZone(VN).toInstant()),
                            sha256(snapshot), snapshot, level);
                }
                if (lastVersion != null && rnd.nextInt(100) < (tt57 ? 10 : 15)) {
                    boolean decided = rnd.nextInt(100) < 70;
                    reviews.add(UUID.randomUUID(), lastVersion, Date.valueOf(LocalDate.of(endYear, 6, 15)), !tt57,
                            decided ? "DECIDED" : "IN_REVIEW", decided ? 1 + rnd.nextInt(2) : null,
                            decided ? Date.valueOf(LocalDate.of(endYear, 7, 1 + rnd.nextInt(20))) : null);
                }
                int actionCount = tt57 ? 5 : year.equals("2025-2026") ? 3 : 0;
                for (int k = 0; k < actionCount; k++) {
                    UUID action = UUID.randomUUID();
                    String status = rnd.nextInt(10) == 0 ? "DROPPED" : "IN_PROGRESS";
                    int reviewsOfAction = rnd.nextInt(3);
                    Date[] on = new Date[2];
                    for (int r = 0; r < reviewsOfAction; r++) {
                        on[r] = Date.valueOf(LocalDate.of(endYear, r == 0 ? 1 : 6, 10 + rnd.nextInt(15)));
                    }
                    // review1_on / review2_on as ImprovementAction.summariseReviews derives them (both dates in the year)
                    actions.add(action, a, Date.valueOf(LocalDate.of(endYear, 5, 31)), status, on[0], on[1]);
                    for (int r = 0; r < reviewsOfAction; r++) {
                        actionReviews.add(action, r, on[r]);
                    }
                }
            }
            if (!type.equals("TRUNG_TAM_GDTX") && rnd.nextInt(100) < 60) {
                String kind = rnd.nextBoolean() ? "accreditation" : "nationalStandard";
                LocalDate issued = LocalDate.of(2021, 1, 1).plusDays(rnd.nextInt(365 * 6 + 180));
                boolean tt57 = !issued.isBefore(LocalDate.of(2026, 7, 7));
                String catalog = tt57 && kind.equals("accreditation") ? catalog(type, false) : catalog(type, tt57);
                if (rnd.nextInt(100) < 20) {
                    LocalDate earlier = issued.minusYears(2);
                    certificates.add(UUID.randomUUID(), school, kind, 1, catalog(type, false), "QĐ cũ " + i, Date.valueOf(earlier),
                            Date.valueOf(earlier.plusYears(5)), null, null);
                }
                boolean revoked = rnd.nextInt(100) < 10;
                certificates.add(UUID.randomUUID(), school, kind, 1 + rnd.nextInt(2), catalog, "QĐ " + i, Date.valueOf(issued),
                        Date.valueOf(issued.plusYears(5)), revoked ? Date.valueOf(issued.plusYears(2)) : null, revoked ? "không còn đáp ứng" : null);
            }
        }
        for (Batch b : inOrder) {
            b.flush();
        }
        return new UUID[] {province, communes.get(0)};
    }

    private static String catalog(String type, boolean tt57) {
        return switch (type) {
            case "MAM_NON" -> tt57 ? "TT57-2026-MN" : "TT19-2018";
            case "TIEU_HOC" -> tt57 ? "TT57-2026-PT" : "TT17-2018";
            case "THCS", "THPT" -> tt57 ? "TT57-2026-PT" : "TT18-2018";
            default -> tt57 ? "TT57-2026-GDTX" : null;
        };
    }

    private static void unit(PreparedStatement ps, UUID id, String code, String name, String kind, UUID parent, LocalDate from, LocalDate to)
            throws SQLException {
        ps.setObject(1, id);
        ps.setString(2, code);
        ps.setString(3, name);
        ps.setString(4, kind);
        ps.setObject(5, parent);
        ps.setDate(6, Date.valueOf(from));
        ps.setDate(7, to == null ? null : Date.valueOf(to));
        ps.addBatch();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A prepared insert executed in batches (flushed in foreign-key order every 200 schools). */
    private static final class Batch {
        private final PreparedStatement ps;
        private int pending;

        Batch(Connection c, String sql) throws SQLException {
            this.ps = c.prepareStatement(sql);
        }

        void add(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.addBatch();
            pending++;
        }

        void flush() throws SQLException {
            if (pending > 0) {
                ps.executeBatch();
                pending = 0;
            }
        }
    }
}
