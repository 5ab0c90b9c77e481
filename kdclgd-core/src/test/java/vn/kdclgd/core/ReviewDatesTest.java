package vn.kdclgd.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.kdclgd.core.model.ActionReview;
import vn.kdclgd.core.model.ImprovementAction;
import vn.kdclgd.core.model.School;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.testing.Databases;

/**
 * The first and second review dates an improvement action keeps for the statistics (V3): derived from
 * its reviews within the school year when saved (insert and update), and filled in by the migration
 * for rows that existed before it.
 */
class ReviewDatesTest {

    @ParameterizedTest
    @EnumSource(Databases.class)
    void derivedOnInsertAndOnUpdateWithinTheSchoolYearOnly(Databases db) {
        try (EntityManagerFactory emf = db.freshFactory("reviewdates")) {
            UUID actionId = inTx(emf, em -> {
                School school = new School("79000901", "Trường THCS Lê Lợi", "THCS", Set.of("THCS"));
                SelfAssessment a = new SelfAssessment(school, "2026-2027", "TT57-2026-PT");
                ImprovementAction x = new ImprovementAction(a, "1.1", "Rà soát kế hoạch", "Phó hiệu trưởng", LocalDate.of(2027, 5, 31));
                x.getReviews().add(new ActionReview(LocalDate.of(2027, 3, 2), "Hội đồng", "Lần 2"));
                x.getReviews().add(new ActionReview(LocalDate.of(2026, 7, 20), "Hội đồng", "Trước năm học: không tính"));
                x.getReviews().add(new ActionReview(LocalDate.of(2026, 12, 20), "Hội đồng", "Lần 1"));
                em.persist(school);
                em.persist(a);
                em.persist(x);
                return x.getId();
            });
            Object[] inserted = inTx(emf, em -> dates(em.find(ImprovementAction.class, actionId)));
            assertThat(inserted).containsExactly(Optional.of(LocalDate.of(2026, 12, 20)), Optional.of(LocalDate.of(2027, 3, 2)));

            // a later, earlier-dated review arrives in another transaction (the assessment is a lazy proxy here)
            inTx(emf, em -> em.find(ImprovementAction.class, actionId).getReviews()
                    .add(new ActionReview(LocalDate.of(2026, 8, 1), "Hội đồng", "Ngày đầu năm học")));
            Object[] updated = inTx(emf, em -> dates(em.find(ImprovementAction.class, actionId)));
            assertThat(updated).containsExactly(Optional.of(LocalDate.of(2026, 8, 1)), Optional.of(LocalDate.of(2026, 12, 20)));
            // and what is stored is what the entity says
            Long matching = inTx(emf, em -> em.createQuery("select count(x) from ImprovementAction x where x.firstReviewOn = :a"
                    + " and x.secondReviewOn = :b", Long.class).setParameter("a", LocalDate.of(2026, 8, 1))
                    .setParameter("b", LocalDate.of(2026, 12, 20)).getSingleResult());
            assertThat(matching).isEqualTo(1L);
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void theMigrationFillsTheDatesOfExistingActions(Databases db) throws SQLException {
        String url = db.newDatabase("reviewdatesmig");
        db.migrate(url, "2");
        UUID school = UUID.randomUUID();
        UUID assessment = UUID.randomUUID();
        UUID twice = UUID.randomUUID();
        UUID once = UUID.randomUUID();
        UUID never = UUID.randomUUID();
        try (Connection c = DriverManager.getConnection(url, db.user(), "")) {
            exec(c, "insert into kdcl_school (id, version, code, name, school_type) values (?, 0, '79000902', 'Trường TH Hòa Bình', 'TIEU_HOC')", school);
            exec(c, "insert into kdcl_assessment (id, version, school_id, school_year, catalog_id, part_level, state, published_version)"
                    + " values (?, 0, ?, '2026-2027', 'TT57-2026-PT', 'ALL', 'FOLLOW_UP', 0)", assessment, school);
            for (UUID x : new UUID[] {twice, once, never}) {
                exec(c, "insert into kdcl_improvement_action (id, version, assessment_id, description, owner, deadline, status)"
                        + " values (?, 0, ?, 'Cải tiến', 'Hiệu trưởng', ?, 'IN_PROGRESS')", x, assessment, Date.valueOf("2027-05-31"));
            }
            review(c, twice, 0, "2027-06-01");
            review(c, twice, 1, "2026-07-31"); // before the school year
            review(c, twice, 2, "2026-12-01");
            review(c, twice, 3, "2027-08-01"); // after it
            review(c, once, 0, "2027-02-01");
            review(c, once, 1, "2025-12-01");
        }
        assertThat(db.migrate(url)).isPositive();
        try (Connection c = DriverManager.getConnection(url, db.user(), "")) {
            assertThat(stored(c, twice)).containsExactly(LocalDate.parse("2026-12-01"), LocalDate.parse("2027-06-01"));
            assertThat(stored(c, once)).containsExactly(LocalDate.parse("2027-02-01"), null);
            assertThat(stored(c, never)).containsExactly(null, null);
        }
        try (EntityManagerFactory emf = db.entityManagerFactory(url, Map.of())) {
            Object[] read = inTx(emf, em -> dates(em.find(ImprovementAction.class, twice)));
            assertThat(read).containsExactly(Optional.of(LocalDate.parse("2026-12-01")), Optional.of(LocalDate.parse("2027-06-01")));
        }
    }

    private static Object[] dates(ImprovementAction x) {
        return new Object[] {x.getFirstReviewOn(), x.getSecondReviewOn()};
    }

    private static void review(Connection c, UUID action, int position, String on) throws SQLException {
        exec(c, "insert into kdcl_action_review (action_id, position, reviewed_on, reviewer, finding) values (?, ?, ?, 'Hội đồng', 'Đã rà soát')",
                action, position, Date.valueOf(on));
    }

    private static void exec(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    private static LocalDate[] stored(Connection c, UUID action) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select review1_on, review2_on from kdcl_improvement_action where id = ?")) {
            ps.setObject(1, action);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new LocalDate[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)};
            }
        }
    }

    private static <T> T inTx(EntityManagerFactory emf, java.util.function.Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
