package vn.kdclgd.benchmarks;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import vn.kdclgd.benchmarks.db.ReviewDatabase;
import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.access.Grant;
import vn.kdclgd.core.access.Role;
import vn.kdclgd.core.model.CouncilMember;
import vn.kdclgd.core.model.CriterionEvaluation;
import vn.kdclgd.core.model.EvidenceItem;
import vn.kdclgd.core.model.EvidenceUse;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.model.WorkingGroup;
import vn.kdclgd.core.service.AssessmentLoader;
import vn.kdclgd.core.service.LoadedAssessment;
import vn.kdclgd.core.service.Transactions;

/**
 * Loading one complete self-assessment (every criterion of the catalog evaluated and judged item by
 * item, {@value #EVIDENCE} evidence items with a file and a link each, council, groups, plan) from the
 * {@value ReviewDatabase#SCHOOLS}-school PostgreSQL database, in a new persistence context each time:
 * <ul>
 * <li>{@code navigate}: plain JPA — find the assessment, query each kind of child and touch the lazy
 * associations (what an integrator writes first);</li>
 * <li>{@code loader}: {@link AssessmentLoader#load} (join fetch, 5 statements).</li>
 * </ul>
 * The SQL statement count of each (Hibernate statistics, {@code hibernate.generate_statistics}) is
 * printed at set-up as {@code # statements}. Goal of the issue: at most 5 statements.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AssessmentLoadBenchmark {
    /** Evidence items of the assessment. */
    public static final int EVIDENCE = 300;

    @Param({"TT57-2026-PT", "TT18-2018"})
    public String catalog;

    private ReviewDatabase db;
    private Transactions tx;
    private AssessmentLoader loader;
    private UUID assessment;
    private Actor reader;

    /** Starts PostgreSQL, fills it, adds the complete assessment and counts the statements (not measured). */
    @Setup(Level.Trial)
    public void setUp() {
        db = ReviewDatabase.populated(20260707);
        tx = db.transactions();
        loader = new AssessmentLoader(db.kdclgd());
        assessment = db.completeAssessment(catalog, EVIDENCE);
        UUID school = tx.run(() -> tx.current().find(SelfAssessment.class, assessment).getSchool().getId());
        reader = Actor.of("giaovien", Grant.school(Role.TEACHER, school));
        long[] navigate = count(this::navigate);
        long[] loaded = count(this::loader);
        System.out.printf("# statements (%s, %d evidence items, %d rows): navigate=%d loader=%d%n", catalog, EVIDENCE, navigate[1],
                navigate[0], loaded[0]);
    }

    private long[] count(java.util.function.Supplier<Integer> load) {
        db.statistics().clear();
        int rows = load.get();
        return new long[] {db.statistics().getPrepareStatementCount(), rows};
    }

    /** Closes the factory. */
    @TearDown(Level.Trial)
    public void tearDown() {
        db.close();
    }

    /** Plain JPA navigation; returns the number of objects reached. */
    @Benchmark
    public int navigate() {
        return tx.run(() -> {
            EntityManager em = tx.current();
            SelfAssessment a = em.find(SelfAssessment.class, assessment);
            int n = a.getSchool().getName().length() + a.getTimeline().size() + a.getExpectedEvidence().size();
            List<CouncilMember> council = em.createQuery("select m from CouncilMember m where m.assessment = :a", CouncilMember.class)
                    .setParameter("a", a).getResultList();
            n += council.size();
            for (WorkingGroup g : em.createQuery("select g from WorkingGroup g where g.assessment = :a", WorkingGroup.class)
                    .setParameter("a", a).getResultList()) {
                n += g.getMemberIds().size() + g.getCriteria().size();
            }
            for (CriterionEvaluation e : em.createQuery("select e from CriterionEvaluation e where e.assessment = :a", CriterionEvaluation.class)
                    .setParameter("a", a).getResultList()) {
                n += e.getJudgements().size();
            }
            for (EvidenceUse u : em.createQuery("select u from EvidenceUse u where u.assessment = :a", EvidenceUse.class)
                    .setParameter("a", a).getResultList()) {
                EvidenceItem ev = u.getEvidence();
                n += ev.getFiles().size() + ev.getLinks().size();
            }
            return n;
        });
    }

    /** {@link AssessmentLoader#load}; returns the number of objects reached. */
    @Benchmark
    public int loader() {
        return tx.run(() -> {
            LoadedAssessment l = loader.load(reader, assessment);
            SelfAssessment a = l.assessment();
            int n = a.getSchool().getName().length() + a.getTimeline().size() + a.getExpectedEvidence().size() + l.council().size();
            for (WorkingGroup g : l.groups()) {
                n += g.getMemberIds().size() + g.getCriteria().size();
            }
            for (CriterionEvaluation e : l.evaluations()) {
                n += e.getJudgements().size();
            }
            for (EvidenceUse u : l.evidenceUses()) {
                n += u.getEvidence().getFiles().size() + u.getEvidence().getLinks().size();
            }
            return n;
        });
    }
}
