package vn.kdclgd.app.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.model.Certificate;
import vn.kdclgd.core.model.ExternalReview;
import vn.kdclgd.core.model.ReviewerAssignment;
import vn.kdclgd.core.model.School;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.service.ExternalReviewService;
import vn.kdclgd.core.service.NotFoundException;
import vn.kdclgd.core.service.ReviewException;
import vn.kdclgd.core.service.SideBySide;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.CatalogRegistry;
import vn.kdclgd.rules.catalog.RecognitionKind;

/**
 * Reading external reviews for the unit and reviewer screens.
 *
 * <p>kdclgd has no "get review" or "list reviews" call. Its reader of a review is
 * {@link ExternalReviewService#sideBySide}, which admits the review's reviewers, unit officers above the
 * school and (once decided) the school's roles, and refuses everyone else. So {@link #open} always calls
 * {@code sideBySide} with the caller's actor first and reads the registration's own fields (state, dates,
 * team, decision) only when kdclgd has admitted the caller. Lists ({@link #ofSchools}) are given only the
 * schools kdclgd listed for the officer ({@code OrganisationService.schools}).
 */
@Component
public class ReviewReads {
    private final ExternalReviewService reviews;
    private final CatalogRegistry catalogs;
    private final EntityManager em;

    ReviewReads(ExternalReviewService reviews, CatalogRegistry catalogs, EntityManager em) {
        this.reviews = reviews;
        this.catalogs = catalogs;
        this.em = em;
    }

    /**
     * A registration's own fields.
     *
     * @param id                    the review
     * @param schoolId              the school
     * @param schoolCode            its code
     * @param schoolName            its name
     * @param schoolYear            the school year of the registered self-assessment
     * @param catalogId             its catalog
     * @param versionId             the registered published version
     * @param versionNumber         its number
     * @param publishedLevel        the school level the school published
     * @param registeredOn          registration date
     * @param seeksAccreditation    accreditation sought
     * @param seeksNationalStandard national standard sought
     * @param state                 state
     * @param team                  the team
     * @param resultLevel           the decided level, when decided
     * @param decidedOn             the decision date, when decided
     * @param maxLevel              the catalog's highest school level (4 under 2018, 2 under TT57)
     */
    public record ReviewInfo(UUID id, UUID schoolId, String schoolCode, String schoolName, String schoolYear, String catalogId,
                             UUID versionId, int versionNumber, int publishedLevel, LocalDate registeredOn, boolean seeksAccreditation,
                             boolean seeksNationalStandard, ExternalReview.State state, List<ReviewerAssignment> team, Integer resultLevel,
                             LocalDate decidedOn, int maxLevel) {
        /** The kinds of recognition sought. */
        public List<RecognitionKind> sought() {
            List<RecognitionKind> out = new ArrayList<>();
            if (seeksAccreditation) {
                out.add(RecognitionKind.ACCREDITATION);
            }
            if (seeksNationalStandard) {
                out.add(RecognitionKind.NATIONAL_STANDARD);
            }
            return out;
        }

        /** Whether the team may still be changed and the review decided. */
        public boolean open() {
            return state == ExternalReview.State.REGISTERED || state == ExternalReview.State.IN_REVIEW;
        }

        /** Whether {@code actorId} is on the team. */
        public boolean onTeam(String actorId) {
            return team.stream().anyMatch(t -> t.actorId().equals(actorId));
        }

        /** The team member {@code actorId}, or null. */
        public ReviewerAssignment member(String actorId) {
            return team.stream().filter(t -> t.actorId().equals(actorId)).findFirst().orElse(null);
        }
    }

    /**
     * A review as kdclgd let the caller open it.
     *
     * @param info    the registration
     * @param view    the side-by-side view
     * @param catalog the snapshot's catalog
     */
    public record Opened(ReviewInfo info, SideBySideView view, Catalog catalog) {
    }

    /**
     * Opens a review for {@code actor}: kdclgd's {@code sideBySide} decides whether the actor may read it
     * ({@code AccessDeniedException} otherwise); an unknown id is a {@link NotFoundException} (404).
     */
    public Opened open(Actor actor, UUID reviewId) {
        SideBySide s;
        try {
            s = reviews.sideBySide(actor, reviewId);
        } catch (ReviewException e) {
            if (e.problems().stream().anyMatch(p -> ExternalReviewService.NOT_FOUND.equals(p.code()))) {
                throw new NotFoundException("review", reviewId);
            }
            throw e;
        }
        Catalog catalog = catalogs.get(s.catalogId());
        return new Opened(info(em.find(ExternalReview.class, reviewId), catalog), SideBySideView.of(s, catalog), catalog);
    }

    /** The registrations of these schools (as listed by kdclgd for the caller), newest first. */
    public List<ReviewInfo> ofSchools(Collection<UUID> schoolIds) {
        if (schoolIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from ExternalReview r join fetch r.snapshot v join fetch v.assessment a join fetch a.school s"
                        + " where s.id in :schools order by r.registeredOn desc, s.code", ExternalReview.class)
                .setParameter("schools", schoolIds).getResultList().stream()
                .map(r -> info(r, catalogs.get(r.getSnapshot().getAssessment().getCatalogId()))).toList();
    }

    /** The certificates issued on a review the caller has {@link #open opened}, by issue date. */
    public List<Certificate> certificates(Opened opened) {
        return em.createQuery("select c from Certificate c where c.review.id = :id order by c.issuedOn, c.kind", Certificate.class)
                .setParameter("id", opened.info().id()).getResultList();
    }

    private static ReviewInfo info(ExternalReview r, Catalog catalog) {
        SelfAssessment a = r.getSnapshot().getAssessment();
        School s = a.getSchool();
        return new ReviewInfo(r.getId(), s.getId(), s.getCode(), s.getName(), a.getSchoolYear(), a.getCatalogId(), r.getSnapshot().getId(),
                r.getSnapshot().getNumber(), r.getSnapshot().getSchoolLevel(), r.getRegisteredOn(), r.isSeeksAccreditation(),
                r.isSeeksNationalStandard(), r.getState(), List.copyOf(r.getTeam()), r.getResultLevel(), r.getDecidedOn(),
                catalog.level4().isPresent() ? 4 : catalog.levels());
    }
}
