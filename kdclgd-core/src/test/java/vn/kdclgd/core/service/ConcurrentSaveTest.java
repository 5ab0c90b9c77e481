package vn.kdclgd.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.model.CriterionEvaluation;
import vn.kdclgd.core.testing.Databases;

/**
 * Two members load the same evaluation (same version) on real PostgreSQL in two threads and both save:
 * exactly one wins, the other gets a {@link ConflictException} carrying the current version.
 */
class ConcurrentSaveTest {

    @Test
    void twoThreadsSaveTheSameEvaluationOneWins() throws Exception {
        try (Fixture f = new Fixture(Databases.POSTGRESQL, "concurrency").world()) {
            UUID id = f.assessmentToEvidence("2026-2027", "TT57-2026-PT", Fixture.tt57Council());
            long start = f.tx(() -> f.assessments.evaluation(f.viewer, id, "1.1")).getVersion();
            for (int round = 0; round < 3; round++) {
                int r0 = round;
                long version = f.tx(() -> f.assessments.evaluation(f.viewer, id, "1.1")).getVersion();
                CyclicBarrier loaded = new CyclicBarrier(2);
                ExecutorService pool = Executors.newFixedThreadPool(2);
                List<Future<Object>> results = new ArrayList<>();
                for (Actor who : List.of(f.secretary, f.member1)) {
                    results.add(pool.submit(() -> {
                        try {
                            return f.tx(() -> {
                                CriterionEvaluation e = f.assessments.evaluation(who, id, "1.1");
                                await(loaded);
                                return f.assessments.saveEvaluation(who, id, "1.1", e.getVersion(), new EvaluationInput(
                                        "Lần " + r0 + ", hiện trạng do " + who.id() + " viết (MC.1.1.01).", null, null, null, List.of())).getVersion();
                            });
                        } catch (ConflictException c) {
                            return c;
                        }
                    }));
                }
                List<Object> outcomes = new ArrayList<>();
                for (Future<Object> r : results) {
                    outcomes.add(r.get(60, TimeUnit.SECONDS));
                }
                pool.shutdown();
                assertThat(outcomes).filteredOn(o -> o instanceof Long).as("one save wins").hasSize(1);
                assertThat(outcomes).filteredOn(o -> o instanceof ConflictException).as("the other conflicts").hasSize(1);
                ConflictException c = (ConflictException) outcomes.stream().filter(o -> o instanceof ConflictException).findFirst().orElseThrow();
                long current = f.tx(() -> f.assessments.evaluation(f.viewer, id, "1.1")).getVersion();
                assertThat(current).isEqualTo(version + 1);
                assertThat(c.currentVersion()).as("the conflict carries the current version").isEqualTo(current);
                assertThat(c.code()).isEqualTo("KDCL-6101");
            }
            assertThat(f.tx(() -> f.assessments.evaluation(f.viewer, id, "1.1")).getVersion()).isEqualTo(start + 3);
            // a stale version seen before any write: refused at once, nothing written
            long audits = f.count(vn.kdclgd.core.model.AuditEntry.class);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.run(() -> f.assessments.saveEvaluation(f.secretary, id, "1.1", start,
                            new EvaluationInput("Cũ (MC.1.1.01).", null, null, null, List.of()))))
                    .isInstanceOfSatisfying(ConflictException.class, c -> assertThat(c.currentVersion()).isEqualTo(start + 3));
            assertThat(f.count(vn.kdclgd.core.model.AuditEntry.class)).isEqualTo(audits);
        }
    }

    private static void await(CyclicBarrier b) {
        try {
            b.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
