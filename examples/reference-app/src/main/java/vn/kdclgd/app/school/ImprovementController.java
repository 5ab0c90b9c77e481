package vn.kdclgd.app.school;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.kdclgd.core.access.AccessDeniedException;
import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.access.Role;
import vn.kdclgd.core.model.ActionReview;
import vn.kdclgd.core.model.ImprovementAction;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.model.SchoolYears;
import vn.kdclgd.core.service.AssessmentService;
import vn.kdclgd.core.service.ImprovementService;
import vn.kdclgd.core.service.NotFoundException;
import vn.kdclgd.core.service.OverdueReview;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.CatalogRegistry;

/**
 * The improvement plan (kế hoạch cải tiến chất lượng) of a self-assessment ({@code /school/improvement}):
 * its actions (criterion, description, owner, deadline, status), adding and updating them, their reviews
 * ({@code /school/improvement/{actionId}}), and TT57's "rà soát tối thiểu 02 lần trong năm học" check
 * ({@link ImprovementService#overdueReviews}) shown as a warning — on today's date, or on a date the user
 * picks to see what will be due.
 *
 * <p>Every read and write goes through {@link ImprovementService} with the account's actor: an assessment
 * or action id of another school is refused by kdclgd (403). An action page looks the id up among the
 * actions of the school's own assessments, so another school's action id is "not found" (404).
 */
@Controller
@RequestMapping("/school/improvement")
public class ImprovementController {
    private final SchoolContext context;
    private final AssessmentService assessments;
    private final ImprovementService improvement;
    private final CatalogRegistry catalogs;
    private final TransactionTemplate tx;
    private final Clock clock;

    ImprovementController(SchoolContext context, AssessmentService assessments, ImprovementService improvement, CatalogRegistry catalogs,
                          TransactionTemplate tx, Clock clock) {
        this.context = context;
        this.assessments = assessments;
        this.improvement = improvement;
        this.catalogs = catalogs;
        this.tx = tx;
        this.clock = clock;
    }

    /** The review points of a TT57 plan's school year and the distinct review dates held up to the date checked. */
    public record ReviewPoints(LocalDate midYear, LocalDate yearEnd, List<LocalDate> held) {
    }

    @GetMapping
    @Transactional(readOnly = true)
    String plan(@RequestParam(required = false) UUID assessment,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
        SchoolContext.Current c = context.current();
        UUID id = assessment != null ? assessment : c.requireAssessment().getId();
        SelfAssessment a = assessments.get(c.actor(), id);
        List<ImprovementAction> actions = improvement.actions(c.actor(), id);
        LocalDate today = LocalDate.now(clock);
        LocalDate checkOn = date != null ? date : today;
        Optional<OverdueReview> overdue = improvement.overdueReviews(c.actor(), id, checkOn);
        Catalog catalog = catalogs.get(a.getCatalogId());
        boolean tt57 = catalog.regime().startsWith("TT57");
        model.addAttribute("c", c);
        model.addAttribute("a", a);
        model.addAttribute("catalog", catalog);
        model.addAttribute("actions", actions);
        model.addAttribute("statuses", ImprovementAction.Status.values());
        model.addAttribute("today", today);
        model.addAttribute("checkOn", checkOn);
        model.addAttribute("overdue", overdue.orElse(null));
        model.addAttribute("tt57", tt57);
        model.addAttribute("points", tt57 ? points(a, actions, checkOn) : null);
        model.addAttribute("writer", writer(c.actor(), c.school().getId()));
        return "school/improvement";
    }

    @PostMapping("/actions")
    String add(@RequestParam UUID assessmentId, @RequestParam(required = false) String criterion,
               @RequestParam(required = false) String description, @RequestParam(required = false) String owner,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
               RedirectAttributes redirect) {
        String back = "redirect:/school/improvement?assessment=" + assessmentId;
        return write(redirect, back, () -> {
            SchoolContext.Current c = context.current();
            ImprovementAction x = improvement.addAction(c.actor(), assessmentId, blankToNull(criterion), nfc(description), nfc(owner), deadline);
            redirect.addFlashAttribute("flashOk", "Đã thêm hoạt động cải tiến / action added");
            return "redirect:/school/improvement/" + x.getId();
        });
    }

    @GetMapping("/{actionId}")
    @Transactional(readOnly = true)
    String action(@PathVariable UUID actionId, Model model) {
        SchoolContext.Current c = context.current();
        for (SelfAssessment a : c.all()) {
            for (ImprovementAction x : improvement.actions(c.actor(), a.getId())) {
                if (x.getId().equals(actionId)) {
                    Catalog catalog = catalogs.get(a.getCatalogId());
                    model.addAttribute("c", c);
                    model.addAttribute("a", a);
                    model.addAttribute("x", x);
                    model.addAttribute("criterionName", x.getCriterion() == null ? null
                            : catalog.criterion(x.getCriterion()).map(cr -> cr.name()).orElse(null));
                    model.addAttribute("statuses", ImprovementAction.Status.values());
                    model.addAttribute("today", LocalDate.now(clock));
                    model.addAttribute("writer", writer(c.actor(), c.school().getId()));
                    return "school/improvement-action";
                }
            }
        }
        throw new NotFoundException("improvement action", actionId);
    }

    @PostMapping("/{actionId}")
    String update(@PathVariable UUID actionId, @RequestParam(required = false) String description, @RequestParam(required = false) String owner,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
                  @RequestParam ImprovementAction.Status status, RedirectAttributes redirect) {
        String back = "redirect:/school/improvement/" + actionId;
        return write(redirect, back, () -> {
            improvement.updateAction(context.current().actor(), actionId, nfc(description), nfc(owner), deadline, status);
            redirect.addFlashAttribute("flashOk", "Đã lưu hoạt động / action saved");
            return back;
        });
    }

    @PostMapping("/{actionId}/reviews")
    String review(@PathVariable UUID actionId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewedOn,
                  @RequestParam(required = false) String reviewer, @RequestParam(required = false) String finding,
                  RedirectAttributes redirect) {
        String back = "redirect:/school/improvement/" + actionId;
        return write(redirect, back, () -> {
            improvement.addReview(context.current().actor(), actionId, reviewedOn, blankToNull(nfc(reviewer)), nfc(finding));
            redirect.addFlashAttribute("flashOk", "Đã ghi lần rà soát / review recorded");
            return back;
        });
    }

    /**
     * Runs a write in its own transaction (rolled back on any exception, so a refused write leaves nothing
     * in the persistence context to be committed) and turns kdclgd's input problems into the form's flash
     * problems; refusals (403) and unknown ids (404) go to the error pages.
     */
    private String write(RedirectAttributes redirect, String back, java.util.function.Supplier<String> work) {
        try {
            return tx.execute(s -> work.get());
        } catch (AccessDeniedException | NotFoundException e) {
            throw e;
        } catch (KdclException e) {
            redirect.addFlashAttribute("problems", e.problems());
            return back;
        }
    }

    static boolean writer(Actor actor, UUID schoolId) {
        return actor.hasAny(schoolId, Role.SCHOOL_ADMIN, Role.COUNCIL_CHAIR, Role.COUNCIL_SECRETARY);
    }

    /** The two review points of the plan's school year and the distinct review dates of that year up to {@code date}. */
    static ReviewPoints points(SelfAssessment a, List<ImprovementAction> actions, LocalDate date) {
        LocalDate first = SchoolYears.firstDay(a.getSchoolYear());
        LocalDate last = SchoolYears.lastDay(a.getSchoolYear());
        TreeSet<LocalDate> held = new TreeSet<>();
        for (ImprovementAction x : actions) {
            for (ActionReview r : x.getReviews()) {
                LocalDate d = r.reviewedOn();
                if (!d.isBefore(first) && !d.isAfter(last) && !d.isAfter(date)) {
                    held.add(d);
                }
            }
        }
        int y2 = last.getYear();
        return new ReviewPoints(LocalDate.of(y2, 1, 31), LocalDate.of(y2, 5, 31), List.copyOf(held));
    }

    static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
