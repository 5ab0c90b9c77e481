package vn.kdclgd.app.school;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.kdclgd.app.account.Actors;
import vn.kdclgd.app.account.AppUser;
import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.model.School;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.service.AssessmentService;
import vn.kdclgd.core.service.OrganisationService;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.CatalogRegistry;

/**
 * What every school screen starts from: the signed-in account's actor, its school, and the school's
 * current self-assessment (the latest school year; for a multi-level school with one assessment per cấp
 * học, the first of that year). Call inside a transaction.
 */
@Component
public class SchoolContext {
    private final Actors actors;
    private final OrganisationService organisation;
    private final AssessmentService assessments;
    private final CatalogRegistry catalogs;

    SchoolContext(Actors actors, OrganisationService organisation, AssessmentService assessments, CatalogRegistry catalogs) {
        this.actors = actors;
        this.organisation = organisation;
        this.assessments = assessments;
        this.catalogs = catalogs;
    }

    /** The state of a school screen. */
    public record Current(AppUser user, Actor actor, School school, Optional<SelfAssessment> assessment, Optional<Catalog> catalog,
                          List<SelfAssessment> all) {
        /** The current assessment, or a {@link NoAssessmentException} (shown as "create one first"). */
        public SelfAssessment requireAssessment() {
            return assessment.orElseThrow(NoAssessmentException::new);
        }

        /** The current assessment's catalog. */
        public Catalog requireCatalog() {
            return catalog.orElseThrow(NoAssessmentException::new);
        }
    }

    /** The signed-in school account's school and current self-assessment. */
    public Current current() {
        AppUser user = Actors.requireUser();
        Actor actor = actors.of(user);
        UUID schoolId = user.schoolId();
        School school = organisation.school(actor, schoolId);
        List<SelfAssessment> all = assessments.ofSchool(actor, schoolId).stream()
                .sorted(Comparator.comparing(SelfAssessment::getSchoolYear).reversed()).toList();
        Optional<SelfAssessment> latest = all.stream().findFirst();
        return new Current(user, actor, school, latest, latest.map(a -> catalogs.get(a.getCatalogId())), all);
    }

    /** A school screen that needs a self-assessment, and the school has none yet. */
    public static final class NoAssessmentException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoAssessmentException() {
            super("the school has no self-assessment yet");
        }
    }
}
