package vn.kdclgd.app.school;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.kdclgd.core.model.ExpectedEvidence;
import vn.kdclgd.core.model.Milestone;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.service.AssessmentService;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.catalog.Criterion;

/**
 * The self-assessment plan (kế hoạch tự đánh giá): purpose, the timeline's milestones and the evidence
 * expected for each criterion with who collects it, saved as a whole with {@code setPlan}.
 */
@Controller
@RequestMapping("/school/plan")
public class PlanController {
    /** Empty milestone rows offered below the existing ones (more with the "add row" button). */
    static final int EMPTY_MILESTONES = 2;
    /** Empty expected-evidence rows with a criterion to choose. */
    static final int EMPTY_EXPECTED = 2;

    private final SchoolContext context;
    private final SchoolTx tx;
    private final AssessmentService assessments;

    PlanController(SchoolContext context, SchoolTx tx, AssessmentService assessments) {
        this.context = context;
        this.tx = tx;
        this.assessments = assessments;
    }

    @GetMapping
    String page(Model model) {
        return tx.read(() -> {
            SchoolContext.Current c = context.current();
            SelfAssessment a = assessments.get(c.actor(), c.requireAssessment().getId());
            PlanForm form = new PlanForm();
            form.setPurpose(a.getPlanPurpose());
            a.getTimeline().forEach(m -> form.getTimeline().add(MilestoneRow.of(m)));
            Set<String> covered = new HashSet<>();
            a.getExpectedEvidence().forEach(e -> {
                form.getExpected().add(ExpectedRow.of(e));
                covered.add(e.criterion());
            });
            for (Criterion cr : c.requireCatalog().criteria()) {
                if (!covered.contains(cr.code())) {
                    ExpectedRow r = new ExpectedRow();
                    r.setCriterion(cr.code());
                    form.getExpected().add(r);
                }
            }
            return show(model, c, form);
        });
    }

    @PostMapping
    String save(@ModelAttribute("form") PlanForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        List<Problem> problems = CouncilController.bindingProblems(binding);
        if (problems.isEmpty()) {
            try {
                tx.run(() -> {
                    SchoolContext.Current c = context.current();
                    List<Milestone> timeline = new ArrayList<>();
                    for (MilestoneRow r : form.getTimeline()) {
                        if (r != null && !r.isBlank()) {
                            timeline.add(new Milestone(r.getStart(), r.getEnd(), Forms.text(r.getActivity())));
                        }
                    }
                    List<ExpectedEvidence> expected = new ArrayList<>();
                    for (ExpectedRow r : form.getExpected()) {
                        if (r != null && !r.isBlank()) {
                            expected.add(new ExpectedEvidence(Forms.text(r.getCriterion()), Forms.text(r.getDescription()),
                                    Forms.text(r.getResponsible())));
                        }
                    }
                    assessments.setPlan(c.actor(), c.requireAssessment().getId(), Forms.longText(form.getPurpose()), timeline, expected);
                });
                redirect.addFlashAttribute("flashOk", "Đã lưu kế hoạch / plan saved");
                return "redirect:/school/plan";
            } catch (KdclException e) {
                problems = Forms.problems(e);
            }
        }
        List<Problem> shown = problems;
        return tx.read(() -> {
            model.addAttribute("problems", shown);
            form.getTimeline().removeIf(r -> r == null || r.isBlank());
            form.getExpected().removeIf(r -> r == null || (r.isBlank() && Forms.text(r.getCriterion()) == null));
            return show(model, context.current(), form);
        });
    }

    private String show(Model model, SchoolContext.Current c, PlanForm form) {
        for (int i = 0; i < EMPTY_MILESTONES; i++) {
            form.getTimeline().add(new MilestoneRow());
        }
        for (int i = 0; i < EMPTY_EXPECTED; i++) {
            form.getExpected().add(new ExpectedRow());
        }
        model.addAttribute("c", c);
        model.addAttribute("form", form);
        model.addAttribute("criteria", c.requireCatalog().criteria());
        return "school/plan";
    }

    /** The plan form. */
    public static class PlanForm {
        private String purpose;
        private List<MilestoneRow> timeline = new ArrayList<>();
        private List<ExpectedRow> expected = new ArrayList<>();

        public String getPurpose() {
            return purpose;
        }

        public void setPurpose(String purpose) {
            this.purpose = purpose;
        }

        public List<MilestoneRow> getTimeline() {
            return timeline;
        }

        public void setTimeline(List<MilestoneRow> timeline) {
            this.timeline = timeline;
        }

        public List<ExpectedRow> getExpected() {
            return expected;
        }

        public void setExpected(List<ExpectedRow> expected) {
            this.expected = expected;
        }
    }

    /** One milestone row; a row without dates and activity is ignored. */
    public static class MilestoneRow {
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate start;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate end;
        private String activity;

        static MilestoneRow of(Milestone m) {
            MilestoneRow r = new MilestoneRow();
            r.start = m.start();
            r.end = m.end();
            r.activity = m.activity();
            return r;
        }

        boolean isBlank() {
            return start == null && end == null && Forms.text(activity) == null;
        }

        public LocalDate getStart() {
            return start;
        }

        public void setStart(LocalDate start) {
            this.start = start;
        }

        public LocalDate getEnd() {
            return end;
        }

        public void setEnd(LocalDate end) {
            this.end = end;
        }

        public String getActivity() {
            return activity;
        }

        public void setActivity(String activity) {
            this.activity = activity;
        }
    }

    /** One expected-evidence row; a row without description and responsible is ignored. */
    public static class ExpectedRow {
        private String criterion;
        private String description;
        private String responsible;

        static ExpectedRow of(ExpectedEvidence e) {
            ExpectedRow r = new ExpectedRow();
            r.criterion = e.criterion();
            r.description = e.description();
            r.responsible = e.responsible();
            return r;
        }

        boolean isBlank() {
            return Forms.text(description) == null && Forms.text(responsible) == null;
        }

        public String getCriterion() {
            return criterion;
        }

        public void setCriterion(String criterion) {
            this.criterion = criterion;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getResponsible() {
            return responsible;
        }

        public void setResponsible(String responsible) {
            this.responsible = responsible;
        }
    }
}
