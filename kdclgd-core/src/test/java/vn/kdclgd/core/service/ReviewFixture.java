package vn.kdclgd.core.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.access.Grant;
import vn.kdclgd.core.access.Role;
import vn.kdclgd.core.model.BaseEntity;
import vn.kdclgd.core.model.Certificate;
import vn.kdclgd.core.model.PublishedVersion;
import vn.kdclgd.core.model.School;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.model.SupervisingUnit;
import vn.kdclgd.core.model.UnitKind;
import vn.kdclgd.core.model.UnitMembership;
import vn.kdclgd.core.testing.Databases;

/**
 * Test data for the review, recognition and statistics services: one migrated database per
 * {@link Databases} value for the whole test JVM (every test builds its own units and schools with
 * unique codes, and statistics are per unit subtree, so tests do not see each other's data), a
 * {@link Kdclgd} with a fixed clock in Vietnam's time zone, and builders that write entities directly
 * (published versions are built here, not through the publish service).
 */
final class ReviewFixture {
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Map<Databases, EntityManagerFactory> FACTORIES = new EnumMap<>(Databases.class);
    private static final AtomicInteger CODES = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final jakarta.validation.Validator VALIDATOR =
            jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator();

    final Databases db;
    final EntityManagerFactory emf;
    final Transactions tx;
    final Kdclgd k;

    ReviewFixture(Databases db, LocalDate today) {
        this.db = db;
        synchronized (FACTORIES) {
            this.emf = FACTORIES.computeIfAbsent(db, d -> d.freshFactory("review"));
        }
        this.tx = new Transactions(emf);
        this.k = Kdclgd.builder().entityManager(tx::current)
                .clock(Clock.fixed(today.atTime(10, 0).atZone(VN).toInstant(), VN)).validator(VALIDATOR).build();
    }

    <T> T tx(Supplier<T> work) {
        return tx.run(work);
    }

    void run(Runnable work) {
        tx.run(work);
    }

    /** Reads something in a new transaction. */
    <T> T read(Function<EntityManager, T> work) {
        return tx.run(() -> work.apply(tx.current()));
    }

    static String code(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "-" + CODES.incrementAndGet();
    }

    SupervisingUnit unit(String name, UnitKind kind, SupervisingUnit parent, LocalDate from, LocalDate to) {
        return tx(() -> {
            EntityManager em = tx.current();
            SupervisingUnit u = new SupervisingUnit(code("U"), name, kind, parent == null ? null : em.find(SupervisingUnit.class, parent.getId()), from);
            u.setValidTo(to);
            em.persist(u);
            return u;
        });
    }

    School school(String type, SupervisingUnit unit, LocalDate from) {
        return tx(() -> {
            EntityManager em = tx.current();
            School s = new School(code("S"), "Trường " + type, type, Set.of(type));
            em.persist(s);
            em.persist(new UnitMembership(s, em.find(SupervisingUnit.class, unit.getId()), from));
            return s;
        });
    }

    void member(School school, SupervisingUnit unit, LocalDate from, LocalDate to) {
        run(() -> {
            EntityManager em = tx.current();
            UnitMembership m = new UnitMembership(em.find(School.class, school.getId()), em.find(SupervisingUnit.class, unit.getId()), from);
            m.setValidTo(to);
            em.persist(m);
        });
    }

    /** Ends every open membership of {@code school} on {@code lastDay}. */
    void leave(School school, LocalDate lastDay) {
        run(() -> tx.current().createQuery("update UnitMembership m set m.validTo = :d where m.school.id = :s and m.validTo is null")
                .setParameter("d", lastDay).setParameter("s", school.getId()).executeUpdate());
    }

    SelfAssessment assessment(School school, String year, String catalogId) {
        return tx(() -> {
            EntityManager em = tx.current();
            SelfAssessment a = new SelfAssessment(em.find(School.class, school.getId()), year, catalogId);
            em.persist(a);
            return a;
        });
    }

    /** Snapshot JSON in the rating shape: {@code {"catalog": …, "judgements": …, "level4": …}}. */
    static String snapshot(String catalogId, Map<String, Object> judgements, Map<String, Boolean> level4) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("catalog", catalogId);
        root.put("judgements", judgements);
        if (!level4.isEmpty()) {
            root.put("level4", level4);
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Instant at(LocalDate date) {
        return date.atTime(9, 0).atZone(VN).toInstant();
    }

    PublishedVersion publish(SelfAssessment a, int number, LocalDate on, int level) {
        return publish(a, number, on, level, snapshot(a.getCatalogId(), Map.of(), Map.of()), null);
    }

    /** A published version; {@code hash} null = the true SHA-256 of {@code json}. */
    PublishedVersion publish(SelfAssessment a, int number, LocalDate on, int level, String json, String hash) {
        return tx(() -> {
            EntityManager em = tx.current();
            SelfAssessment managed = em.find(SelfAssessment.class, a.getId());
            PublishedVersion pv = new PublishedVersion(managed, number, at(on), "hieutruong", hash == null ? sha256(json) : hash, json, level);
            managed.setPublishedVersion(number);
            em.persist(pv);
            return pv;
        });
    }

    Certificate certificate(School school, String kind, int level, String catalogId, LocalDate issued, LocalDate until,
                            Consumer<Certificate> more) {
        return tx(() -> {
            EntityManager em = tx.current();
            Certificate c = new Certificate(em.find(School.class, school.getId()), kind, level, catalogId, issued, until);
            more.accept(c);
            em.persist(c);
            return c;
        });
    }

    void persist(BaseEntity... entities) {
        run(() -> {
            for (BaseEntity e : entities) {
                tx.current().persist(e);
            }
        });
    }

    static Actor admin(School s) {
        return Actor.of("admin-" + s.getCode(), Grant.school(Role.SCHOOL_ADMIN, s.getId()));
    }

    static Actor chair(School s) {
        return Actor.of("chair-" + s.getCode(), Grant.school(Role.COUNCIL_CHAIR, s.getId()));
    }

    static Actor teacher(School s) {
        return Actor.of("teacher-" + s.getCode(), Grant.school(Role.TEACHER, s.getId()));
    }

    static Actor officer(SupervisingUnit u) {
        return Actor.of("officer-" + u.getCode(), Grant.unitOfficer(u.getId()));
    }

    static Actor reviewer(String id, UUID reviewId) {
        return Actor.of(id, Grant.reviewer(reviewId));
    }
}
