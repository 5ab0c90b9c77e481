package vn.kdclgd.app.school;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.kdclgd.core.access.AccessDeniedException;
import vn.kdclgd.core.model.AssessmentState;
import vn.kdclgd.core.model.CriterionEvaluation;
import vn.kdclgd.core.model.EvidenceItem;
import vn.kdclgd.core.model.EvidenceUse;
import vn.kdclgd.core.model.School;
import vn.kdclgd.core.model.SchoolYears;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.service.AssessmentService;
import vn.kdclgd.core.service.EvidenceService;
import vn.kdclgd.core.service.NotFoundException;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.SchoolType;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.CatalogRegistry;

/**
 * Carrying a published (or follow-up) self-assessment over to the next school year
 * ({@code /school/carry-over}, linked from the improvement plan) with {@link AssessmentService#carryOver}:
 * the page says which catalog the library will use (the one in force for the school type on 1 August of the
 * new year, else the same) and what it carries — and, after the carry-over, what it did carry (draft
 * evaluations, evidence uses, evidence items re-coded or marked for review). A multi-level school may give the
 * cấp học (the library asks for it, {@code KDCL-7061}, when the new catalog rates each one separately).
 */
@Controller
@RequestMapping("/school/carry-over")
public class CarryOverController {
    /** Carry-over asked for an assessment that is not published yet. */
    static final String NOT_PUBLISHED = "KDCL-9550";

    private final SchoolContext context;
    private final AssessmentService assessments;
    private final EvidenceService evidence;
    private final CatalogRegistry catalogs;
    private final TransactionTemplate tx;
    private final Clock clock;

    CarryOverController(SchoolContext context, AssessmentService assessments, EvidenceService evidence, CatalogRegistry catalogs,
                        TransactionTemplate tx, Clock clock) {
        this.context = context;
        this.assessments = assessments;
        this.evidence = evidence;
        this.catalogs = catalogs;
        this.tx = tx;
        this.clock = clock;
    }

    /** A self-assessment that may be carried over, and what the library will make of it. */
    public record Candidate(SelfAssessment assessment, String nextYear, String targetCatalog, boolean sameCatalog, boolean exists) {
    }

    @GetMapping
    @Transactional(readOnly = true)
    String page(Model model) {
        SchoolContext.Current c = context.current();
        List<Candidate> candidates = c.all().stream().filter(CarryOverController::published)
                .map(a -> candidate(c, a)).toList();
        model.addAttribute("c", c);
        model.addAttribute("candidates", candidates);
        model.addAttribute("levels", c.school().getLevelsTaught().stream().sorted().toList());
        return "school/carry-over";
    }

    @PostMapping
    String carryOver(@RequestParam UUID assessmentId, @RequestParam(required = false) String partLevel, RedirectAttributes redirect) {
        try {
            Map<String, Object> result = tx.execute(s -> {
                SchoolContext.Current c = context.current();
                SelfAssessment src = assessments.get(c.actor(), assessmentId);
                if (!published(src)) {
                    throw new KdclException(Problem.of(NOT_PUBLISHED, "assessment " + src.getSchoolYear(),
                            "chỉ kết chuyển được đợt đã công bố (PUBLISHED hoặc FOLLOW_UP); đợt này đang ở bước " + src.getState(),
                            "only a published (PUBLISHED or FOLLOW_UP) self-assessment can be carried over; this one is at " + src.getState()));
                }
                String part = partLevel == null || partLevel.isBlank() ? null : partLevel.strip();
                SelfAssessment dst = assessments.carryOver(c.actor(), assessmentId, part);
                return carried(c, src, dst);
            });
            redirect.addFlashAttribute("flashOk", "Đã kết chuyển sang năm học " + result.get("year") + " / carried over");
            redirect.addFlashAttribute("carried", result);
        } catch (AccessDeniedException | NotFoundException e) {
            throw e;
        } catch (KdclException e) {
            redirect.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/school/carry-over";
    }

    static boolean published(SelfAssessment a) {
        return a.getState() == AssessmentState.PUBLISHED || a.getState() == AssessmentState.FOLLOW_UP;
    }

    private Candidate candidate(SchoolContext.Current c, SelfAssessment a) {
        String next = SchoolYears.next(a.getSchoolYear());
        Catalog from = catalogs.get(a.getCatalogId());
        School school = c.school();
        Catalog to = SchoolType.isValidCode(school.getSchoolType())
                ? catalogs.forSchool(new SchoolType(school.getSchoolType()), SchoolYears.firstDay(next)).orElse(from) : from;
        boolean exists = c.all().stream().anyMatch(x -> x.getSchoolYear().equals(next) && x.getCatalogId().equals(to.id()));
        return new Candidate(a, next, to.id(), to.id().equals(from.id()), exists);
    }

    /** What the library carried, read back through its services. */
    private Map<String, Object> carried(SchoolContext.Current c, SelfAssessment src, SelfAssessment dst) {
        List<CriterionEvaluation> evaluations = assessments.evaluations(c.actor(), dst.getId());
        List<EvidenceUse> uses = evidence.uses(c.actor(), dst.getId());
        List<String> drafts = evaluations.stream().filter(CriterionEvaluation::isDraft).map(CriterionEvaluation::getCriterion).toList();
        List<EvidenceItem> items = uses.stream().map(EvidenceUse::getEvidence).distinct().toList();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", src.getSchoolYear() + " · " + src.getCatalogId());
        m.put("year", dst.getSchoolYear());
        m.put("catalog", dst.getCatalogId());
        m.put("partLevel", dst.getPartLevel());
        m.put("state", dst.getState().name());
        m.put("evaluations", evaluations.size());
        m.put("drafts", drafts.size());
        m.put("uses", uses.size());
        m.put("items", items.size());
        m.put("recoded", items.stream().filter(i -> i.getPreviousCode() != null).count());
        m.put("needsReview", evidence.checks(c.actor(), dst.getId(), LocalDate.now(clock)).needsReview().size());
        return m;
    }
}
