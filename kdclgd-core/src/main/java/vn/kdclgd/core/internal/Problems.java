package vn.kdclgd.core.internal;

import java.util.List;

import vn.kdclgd.core.service.WorkflowException;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;

/**
 * The problem codes the services add (documented in {@code docs/core-services.md}) and small helpers
 * to throw them. Codes are stable; messages are Vietnamese / English.
 */
public final class Problems {
    /** The catalog does not apply to the school's type. */
    public static final String CATALOG_NOT_FOR_SCHOOL = "KDCL-7010";
    /** The self-assessment (school, year, catalog, part) already exists. */
    public static final String ASSESSMENT_EXISTS = "KDCL-7011";
    /** The part level (cấp học) is missing or not allowed. */
    public static final String PART_LEVEL = "KDCL-7012";
    /** The school year is not of the form 2025-2026. */
    public static final String SCHOOL_YEAR = "KDCL-7013";
    /** The council has too few members. */
    public static final String COUNCIL_SIZE = "KDCL-7020";
    /** Not exactly one chair. */
    public static final String COUNCIL_CHAIR = "KDCL-7021";
    /** TT2018: the chair is not the principal. */
    public static final String COUNCIL_CHAIR_PRINCIPAL = "KDCL-7022";
    /** TT2018: a vice-chair is not a vice-principal. */
    public static final String COUNCIL_VICE_CHAIR = "KDCL-7023";
    /** Not exactly one secretary. */
    public static final String COUNCIL_SECRETARY = "KDCL-7024";
    /** TT57: an even number of members. */
    public static final String COUNCIL_ODD = "KDCL-7025";
    /** The council decision number or date is missing. */
    public static final String COUNCIL_DECISION = "KDCL-7026";
    /** One account appears twice in the council. */
    public static final String COUNCIL_DUPLICATE = "KDCL-7027";
    /** A criterion code that the catalog does not have. */
    public static final String UNKNOWN_CRITERION = "KDCL-7030";
    /** A working-group member who is not a council member of the assessment. */
    public static final String GROUP_MEMBER = "KDCL-7031";
    /** The plan has no purpose. */
    public static final String PLAN_PURPOSE = "KDCL-7032";
    /** The plan has no timeline. */
    public static final String PLAN_TIMELINE = "KDCL-7033";
    /** Criteria no working group owns. */
    public static final String PLAN_UNASSIGNED = "KDCL-7034";
    /** A milestone ends before it starts. */
    public static final String PLAN_MILESTONE = "KDCL-7035";
    /** Judgements are missing. */
    public static final String JUDGEMENTS_MISSING = "KDCL-7040";
    /** An evaluation has no current state. */
    public static final String NO_CURRENT_STATE = "KDCL-7041";
    /** The current state cites no evidence code. */
    public static final String NO_CITATION = "KDCL-7042";
    /** A criterion has no evidence linked. */
    public static final String NO_EVIDENCE = "KDCL-7043";
    /** A cited code is not an evidence item of the school. */
    public static final String UNKNOWN_CITATION = "KDCL-7044";
    /** A carried-over draft evaluation has not been reviewed. */
    public static final String DRAFT = "KDCL-7045";
    /** The step is not possible in the assessment's current state. */
    public static final String WRONG_STATE = "KDCL-7046";
    /** REPORT → PUBLISHED is done by publishing. */
    public static final String USE_PUBLISH = "KDCL-7047";
    /** A judgement names a level or item the criterion does not have. */
    public static final String BAD_JUDGEMENT = "KDCL-7050";
    /** Carry-over to another catalog without a crosswalk. */
    public static final String NO_CROSSWALK = "KDCL-7060";
    /** Carry-over needs the cấp học of the new assessment. */
    public static final String CARRY_PART = "KDCL-7061";
    /** An evidence item of another school. */
    public static final String OTHER_SCHOOL = "KDCL-7070";
    /** An end date before the start date. */
    public static final String DATES = "KDCL-7080";
    /** A unit that is closed while schools still belong to it. */
    public static final String UNIT_HAS_SCHOOLS = "KDCL-7081";
    /** A unit that is closed while units below it stay open. */
    public static final String UNIT_HAS_CHILDREN = "KDCL-7082";
    /** A new membership that does not start after the current one. */
    public static final String MEMBERSHIP_DATE = "KDCL-7083";
    /** A unit that does not exist on the date. */
    public static final String UNIT_NOT_VALID = "KDCL-7084";
    /** A negative count. */
    public static final String NEGATIVE_COUNT = "KDCL-7085";

    private Problems() {
    }

    /** A problem. */
    public static Problem of(String code, String where, String vi, String en) {
        return Problem.of(code, where, vi, en);
    }

    /** Throws a {@link KdclException} with one problem. */
    public static KdclException input(String code, String where, String vi, String en) {
        return new KdclException(Problem.of(code, where, vi, en));
    }

    /** Throws a {@link WorkflowException} when {@code problems} is not empty. */
    public static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new WorkflowException(problems);
        }
    }

    /** The "criterion not in catalog" problem. */
    public static Problem unknownCriterion(String criterion, String catalogId) {
        return Problem.of(UNKNOWN_CRITERION, "criterion " + criterion,
                "danh mục " + catalogId + " không có tiêu chí \"" + criterion + "\"",
                "catalog " + catalogId + " has no criterion \"" + criterion + "\"");
    }
}
