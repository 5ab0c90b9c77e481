package vn.kdclgd.app.school;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.kdclgd.core.model.AssessmentState;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.service.AssessmentService;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.CatalogRegistry;
import vn.kdclgd.rules.SchoolType;

/**
 * The school's start page: the current self-assessment's steps, what still stops the next step (kdclgd's
 * {@code readiness}), the button that takes the next step, and creating a self-assessment.
 */
@Controller
@RequestMapping("/school")
public class OverviewController {
    /** The steps shown, in order (FOLLOW_UP after publishing). */
    static final List<AssessmentState> STEPS = Arrays.asList(AssessmentState.values());

    private final SchoolContext context;
    private final AssessmentService assessments;
    private final CatalogRegistry catalogs;
    private final Clock clock;
    private final SchoolLabels labels;

    OverviewController(SchoolContext context, AssessmentService assessments, CatalogRegistry catalogs, Clock clock, SchoolLabels labels) {
        this.context = context;
        this.assessments = assessments;
        this.catalogs = catalogs;
        this.clock = clock;
        this.labels = labels;
    }

    @GetMapping
    @Transactional(readOnly = true)
    String overview(Model model) {
        SchoolContext.Current c = context.current();
        model.addAttribute("c", c);
        model.addAttribute("steps", STEPS);
        c.assessment().ifPresent(a -> {
            model.addAttribute("missing", assessments.readiness(c.actor(), a.getId()));
            model.addAttribute("stepIndex", STEPS.indexOf(a.getState()));
        });
        LocalDate today = LocalDate.now(clock);
        int startYear = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        String year = startYear + "-" + (startYear + 1);
        model.addAttribute("newYear", year);
        model.addAttribute("newCatalog", (SchoolType.isValidCode(c.school().getSchoolType()) ? catalogs.forSchool(new SchoolType(c.school().getSchoolType()), today) : java.util.Optional.<Catalog>empty())
                .map(Catalog::id).orElse(null));
        return "school/overview";
    }

    @PostMapping("/advance")
    @Transactional
    String advance(RedirectAttributes redirect) {
        SchoolContext.Current c = context.current();
        SelfAssessment a = assessments.advance(c.actor(), c.requireAssessment().getId());
        redirect.addFlashAttribute("flashOk", "Đã chuyển sang bước: " + labels.step(a.getState()) + " / moved to " + a.getState());
        return "redirect:/school";
    }

    @PostMapping("/assessments")
    @Transactional
    String create(@RequestParam String schoolYear, @RequestParam String catalogId, RedirectAttributes redirect) {
        SchoolContext.Current c = context.current();
        assessments.create(c.actor(), c.school().getId(), schoolYear.strip(), catalogId);
        redirect.addFlashAttribute("flashOk", "Đã tạo đợt tự đánh giá " + schoolYear + " / self-assessment created");
        return "redirect:/school";
    }

    /** A failed step: the page again with kdclgd's problems. */
    @org.springframework.web.bind.annotation.ExceptionHandler(KdclException.class)
    String refused(KdclException e, RedirectAttributes redirect) {
        if (e instanceof vn.kdclgd.core.access.AccessDeniedException denied) {
            throw denied;
        }
        redirect.addFlashAttribute("problems", e.problems());
        return "redirect:/school";
    }
}
