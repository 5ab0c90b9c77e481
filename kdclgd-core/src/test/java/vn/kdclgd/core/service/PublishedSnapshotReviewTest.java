package vn.kdclgd.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.access.Grant;
import vn.kdclgd.core.model.ExternalReview;
import vn.kdclgd.core.model.PublishedVersion;
import vn.kdclgd.core.model.ReviewerAssignment;
import vn.kdclgd.core.model.ReviewerJudgement;
import vn.kdclgd.core.testing.Databases;

/**
 * The seam between the two halves of the core: a snapshot that {@link AssessmentService#publish}
 * freezes is what {@link ExternalReviewService} registers and reads — the school's own judgements
 * appear beside the reviewer's.
 */
class PublishedSnapshotReviewTest {
    static final String PT = "TT57-2026-PT";

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aPublishedSnapshotShowsTheSchoolsJudgementsBesideTheReviewers(Databases db) {
        try (Fixture f = new Fixture(db, "seam").world()) {
            UUID id = f.assessmentToEvidence("2026-2027", PT, Fixture.tt57Council());
            Map<String, String> codes = f.evidencePerCriterion(id, PT);
            f.run(() -> f.assessments.advance(f.secretary, id));
            f.evaluateAll(id, PT, codes);
            f.run(() -> f.assessments.advance(f.secretary, id));
            PublishedVersion v1 = f.tx(() -> f.assessments.publish(f.chair, id));

            ExternalReviewService reviews = new ExternalReviewService(f.k);
            ExternalReview r = f.tx(() -> reviews.register(f.chair, v1.getId(), LocalDate.of(2027, 6, 20), false, true));
            f.run(() -> reviews.assignTeam(f.officer, r.getId(), List.of(new ReviewerAssignment("reviewer-1", "Nguyễn Văn A", "Trưởng đoàn"))));
            Actor reviewer = Actor.of("reviewer-1", Grant.reviewer(r.getId()));
            f.run(() -> reviews.recordJudgement(reviewer, r.getId(), new ReviewerJudgement("reviewer-1", "1.1", 1, "a", false)));

            SideBySide view = f.tx(() -> reviews.sideBySide(reviewer, r.getId()));
            assertThat(view.schoolLevel()).isEqualTo(v1.getSchoolLevel());
            assertThat(view.snapshotHash()).isEqualTo(v1.getContentHash());
            SideBySide.ItemRow row = view.criterion("1.1").orElseThrow().item(1, "a").orElseThrow();
            assertThat(row.school()).as("the school's judgement read from the published snapshot").hasValue(true);
            assertThat(row.reviewers()).containsEntry("reviewer-1", false);
            assertThat(row.differs()).isTrue();
            // every criterion of the catalog shows the school's judgements, not only 1.1
            assertThat(view.criterion("4.3").orElseThrow().items()).allSatisfy(i -> assertThat(i.school()).isPresent());
        }
    }
}
