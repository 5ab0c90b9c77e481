package vn.kdclgd.app.school;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.kdclgd.core.access.Role;
import vn.kdclgd.core.model.CouncilMember;
import vn.kdclgd.core.model.CriterionEvaluation;
import vn.kdclgd.core.model.EvidenceItem;
import vn.kdclgd.core.model.EvidenceUse;
import vn.kdclgd.core.model.ExpectedEvidence;
import vn.kdclgd.core.model.ItemJudgement;
import vn.kdclgd.core.model.WorkingGroup;
import vn.kdclgd.core.service.AssessmentService;
import vn.kdclgd.core.service.ConflictException;
import vn.kdclgd.core.service.EvaluationInput;
import vn.kdclgd.core.service.EvidenceService;
import vn.kdclgd.core.service.NotFoundException;
import vn.kdclgd.core.service.OrganisationService;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.EvidenceGuidance;
import vn.kdclgd.rules.catalog.Item;
import vn.kdclgd.rules.catalog.Level4;
import vn.kdclgd.rules.rating.JudgementRef;
import vn.kdclgd.rules.rating.RatingResult;

/**
 * The criteria of the current self-assessment: a table of every criterion (state of its form, evidence,
 * owning working group) and the criterion form (phiếu đánh giá tiêu chí) — level texts with a judgement
 * per item, suggested evidence, key quantitative data with the school's figures, the four texts with a
 * citation inserter, saved with optimistic locking. Under the 2018 regime the Mức-4 items (Điều 22) have
 * a form of their own ({@code /school/criteria/MUC4}). Who may save is kdclgd's decision; the page only
 * says in advance when the account's groups do not own the criterion.
 */
@Controller
@RequestMapping("/school/criteria")
public class CriteriaController {
    /** Radio value of an item judged met. */
    static final String MET = "MET";
    /** Radio value of an item judged not met. */
    static final String NOT_MET = "NOT_MET";
    /** Radio value of an item not judged. */
    static final String NONE = "NONE";
    /** The banner of TT57 khoản 4 Điều 27 while quantitative data may only warn. */
    public static final String WARN_ONLY = "Đến hết 31/12/2028 dữ liệu định lượng chỉ dùng để theo dõi, cảnh báo (khoản 4 Điều 27 TT57)"
            + " — không dùng làm căn cứ kết luận không đạt";

    private final SchoolContext context;
    private final SchoolTx tx;
    private final AssessmentService assessments;
    private final EvidenceService evidence;
    private final OrganisationService organisation;
    private final Clock clock;

    CriteriaController(SchoolContext context, SchoolTx tx, AssessmentService assessments, EvidenceService evidence,
                       OrganisationService organisation, Clock clock) {
        this.context = context;
        this.tx = tx;
        this.assessments = assessments;
        this.evidence = evidence;
        this.organisation = organisation;
        this.clock = clock;
    }

    /**
     * What one form judges: a criterion, or the Mức-4 items of the 2018 regime.
     *
     * @param code      criterion code, or {@link AssessmentService#LEVEL4}
     * @param name      the criterion's name, or the Mức-4 heading
     * @param mandatory TT57 tiêu chí bắt buộc
     * @param standard  standard number (0 for the Mức-4 items)
     * @param levels    the levels with their items
     * @param guidance  TT57 evidence guidance
     */
    public record FormSpec(String code, String name, boolean mandatory, int standard, List<LevelSpec> levels,
                           Optional<EvidenceGuidance> guidance) {
        static FormSpec of(Criterion cr) {
            List<LevelSpec> levels = new ArrayList<>();
            for (int l = 1; l <= cr.maxLevel(); l++) {
                levels.add(new LevelSpec(l, "Mức " + l, cr.levelTexts().get(l), cr.items(l)));
            }
            return new FormSpec(cr.code(), cr.name(), cr.mandatory(), cr.standardNumber(), levels, cr.evidence());
        }

        static FormSpec of(Level4 l4) {
            return new FormSpec(AssessmentService.LEVEL4, "Các yêu cầu Mức 4 (" + l4.article() + ")", false, 0,
                    List.of(new LevelSpec(4, "Mức 4", null, l4.items())), Optional.empty());
        }

        /** Whether this is the Mức-4 form. */
        public boolean level4() {
            return standard == 0;
        }
    }

    /**
     * One level of a form.
     *
     * @param level   the level
     * @param heading "Mức 2"
     * @param text    the exact paragraph of the level (TT57), or null
     * @param items   the items (chỉ báo, yêu cầu; for Mức 4: the khoản)
     */
    public record LevelSpec(int level, String heading, String text, List<Item> items) {
    }

    /**
     * One row of the criteria table.
     *
     * @param spec            the criterion (or the Mức-4 items)
     * @param hasCurrentState a current state is written
     * @param judgementsDone  no judgement that matters is missing (kdclgd's rating)
     * @param draft           carried over and not yet reviewed
     * @param evidenceCount   evidence items linked
     * @param owners          names of the working groups owning it
     * @param editable        the signed-in account may save it (as far as the page can tell; kdclgd decides)
     */
    public record CriterionRow(FormSpec spec, boolean hasCurrentState, boolean judgementsDone, boolean draft, int evidenceCount,
                               List<String> owners, boolean editable) {
    }

    /**
     * The texts and judgements of the form as shown.
     *
     * @param currentState    mô tả hiện trạng
     * @param strengths       điểm mạnh
     * @param weaknesses      điểm yếu
     * @param improvementPlan kế hoạch cải tiến
     * @param expectedVersion the version the form was opened from
     * @param judgements      "level-key" → MET, NOT_MET or NONE
     */
    public record EvaluationForm(String currentState, String strengths, String weaknesses, String improvementPlan, long expectedVersion,
                                 Map<String, String> judgements) {
        /** The radio value of an item. */
        public String judgement(int level, String key) {
            return judgements.getOrDefault(level + "-" + key, NONE);
        }

        static EvaluationForm of(CriterionEvaluation e) {
            Map<String, String> j = new LinkedHashMap<>();
            for (ItemJudgement x : e.getJudgements()) {
                j.put(x.level() + "-" + x.itemKey(), x.met() ? MET : NOT_MET);
            }
            return new EvaluationForm(e.getCurrentState(), e.getStrengths(), e.getWeaknesses(), e.getImprovementPlan(), e.getVersion(), j);
        }
    }

    @GetMapping
    String list(Model model) {
        return tx.read(() -> {
            SchoolContext.Current c = context.current();
            UUID id = c.requireAssessment().getId();
            Catalog catalog = c.requireCatalog();
            Map<String, CriterionEvaluation> evaluations = new LinkedHashMap<>();
            assessments.evaluations(c.actor(), id).forEach(e -> evaluations.put(e.getCriterion(), e));
            Set<String> missing = new HashSet<>();
            RatingResult rating = assessments.rate(c.actor(), id);
            for (JudgementRef r : rating.missing()) {
                missing.add(r.criterion().orElse(AssessmentService.LEVEL4));
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (EvidenceUse u : evidence.uses(c.actor(), id)) {
                counts.merge(u.getCriterion(), 1, Integer::sum);
            }
            List<WorkingGroup> groups = assessments.workingGroups(c.actor(), id);
            Set<String> editable = editable(c, groups);
            List<CriterionRow> rows = new ArrayList<>();
            for (FormSpec spec : specs(catalog)) {
                CriterionEvaluation e = evaluations.get(spec.code());
                rows.add(new CriterionRow(spec, e != null && e.getCurrentState() != null && !e.getCurrentState().isBlank(),
                        !missing.contains(spec.code()), e != null && e.isDraft(), counts.getOrDefault(spec.code(), 0),
                        groups.stream().filter(g -> g.getCriteria().contains(spec.code())).map(WorkingGroup::getName).toList(),
                        editable.contains(spec.code())));
            }
            model.addAttribute("c", c);
            model.addAttribute("rows", rows);
            model.addAttribute("standards", catalog.standards());
            model.addAttribute("hasLevel4", catalog.level4().isPresent());
            return "school/criteria";
        });
    }

    @GetMapping("/{code}")
    String form(@PathVariable String code, Model model) {
        return tx.read(() -> {
            SchoolContext.Current c = context.current();
            CriterionEvaluation e = assessments.evaluation(c.actor(), c.requireAssessment().getId(), spec(c, code).code());
            return show(model, c, code, EvaluationForm.of(e), null);
        });
    }

    @PostMapping("/{code}")
    String save(@PathVariable String code, @RequestParam Map<String, String> params, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        EvaluationForm form = tx.read(() -> read(spec(context.current(), code), params));
        try {
            long version = tx.write(() -> {
                SchoolContext.Current c = context.current();
                FormSpec spec = spec(c, code);
                List<ItemJudgement> judgements = new ArrayList<>();
                for (LevelSpec l : spec.levels()) {
                    for (Item it : l.items()) {
                        String v = form.judgement(l.level(), it.key());
                        if (!NONE.equals(v)) {
                            judgements.add(new ItemJudgement(l.level(), it.key(), MET.equals(v)));
                        }
                    }
                }
                return assessments.saveEvaluation(c.actor(), c.requireAssessment().getId(), spec.code(), form.expectedVersion(),
                        new EvaluationInput(form.currentState(), form.strengths(), form.weaknesses(), form.improvementPlan(), judgements))
                        .getVersion();
            });
            redirect.addFlashAttribute("flashOk", "Đã lưu tiêu chí " + code + " (phiên bản " + version + ") / criterion saved");
            return "redirect:/school/criteria/" + code;
        } catch (ConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return tx.read(() -> {
                SchoolContext.Current c = context.current();
                CriterionEvaluation saved = assessments.evaluation(c.actor(), c.requireAssessment().getId(), code);
                model.addAttribute("problems", e.problems());
                EvaluationForm kept = new EvaluationForm(form.currentState(), form.strengths(), form.weaknesses(), form.improvementPlan(),
                        saved.getVersion(), form.judgements());
                return show(model, c, code, kept, saved);
            });
        } catch (KdclException e) {
            List<Problem> problems = Forms.problems(e);
            return tx.read(() -> {
                model.addAttribute("problems", problems);
                return show(model, context.current(), code, form, null);
            });
        }
    }

    private String show(Model model, SchoolContext.Current c, String code, EvaluationForm form, CriterionEvaluation conflictWith) {
        Catalog catalog = c.requireCatalog();
        FormSpec spec = spec(c, code);
        UUID id = c.requireAssessment().getId();
        LocalDate today = LocalDate.now(clock);
        List<WorkingGroup> groups = assessments.workingGroups(c.actor(), id);
        List<EvidenceItem> items = evidence.items(c.actor(), c.school().getId()).stream().sorted(EvidenceController.CODE_ORDER).toList();
        Set<UUID> linked = new HashSet<>();
        for (EvidenceUse u : evidence.uses(c.actor(), id)) {
            if (u.getCriterion().equals(spec.code())) {
                linked.add(u.getEvidence().getId());
            }
        }
        List<String> all = specs(catalog).stream().map(FormSpec::code).toList();
        int at = all.indexOf(spec.code());
        String year = c.requireAssessment().getSchoolYear();
        model.addAttribute("c", c);
        model.addAttribute("cr", spec);
        model.addAttribute("form", form);
        model.addAttribute("readOnly", !editable(c, groups).contains(spec.code()));
        model.addAttribute("owners", groups.stream().filter(g -> g.getCriteria().contains(spec.code())).map(WorkingGroup::getName).toList());
        model.addAttribute("guidance", spec.guidance().orElse(null));
        model.addAttribute("warnOnly", catalog.quantitativeDataWarnOnly(today));
        model.addAttribute("warnOnlyText", WARN_ONLY);
        model.addAttribute("figures", QuantitativeFigures.of(year, organisation.profile(c.actor(), c.school().getId(), year)));
        model.addAttribute("ownItems", items.stream().filter(i -> linked.contains(i.getId())).toList());
        model.addAttribute("otherItems", items.stream().filter(i -> !linked.contains(i.getId())).toList());
        model.addAttribute("expected", c.requireAssessment().getExpectedEvidence().stream()
                .filter(x -> spec.code().equals(x.criterion())).map(ExpectedEvidence::description).toList());
        model.addAttribute("previous", at > 0 ? all.get(at - 1) : null);
        model.addAttribute("next", at < all.size() - 1 ? all.get(at + 1) : null);
        model.addAttribute("levelDefinitions", catalog.levelDefinitions());
        model.addAttribute("conflictWith", conflictWith);
        model.addAttribute("citeExample", catalog.regime().startsWith("TT2018") ? "([H1-1.1-01])" : "(MC.1.1.01)");
        return "school/criterion";
    }

    private static EvaluationForm read(FormSpec spec, Map<String, String> params) {
        Map<String, String> j = new LinkedHashMap<>();
        for (LevelSpec l : spec.levels()) {
            for (Item it : l.items()) {
                String v = params.getOrDefault("j-" + l.level() + "-" + it.key(), NONE);
                j.put(l.level() + "-" + it.key(), MET.equals(v) || NOT_MET.equals(v) ? v : NONE);
            }
        }
        long version;
        try {
            version = Long.parseLong(params.getOrDefault("expectedVersion", "-1").strip());
        } catch (NumberFormatException e) {
            version = -1;
        }
        return new EvaluationForm(Forms.longText(params.get("currentState")), Forms.longText(params.get("strengths")),
                Forms.longText(params.get("weaknesses")), Forms.longText(params.get("improvementPlan")), version, j);
    }

    /** Every form of the catalog: its criteria, then the Mức-4 items when it has them. */
    private static List<FormSpec> specs(Catalog catalog) {
        List<FormSpec> specs = new ArrayList<>(catalog.criteria().stream().map(FormSpec::of).toList());
        catalog.level4().ifPresent(l4 -> specs.add(FormSpec.of(l4)));
        return specs;
    }

    private static FormSpec spec(SchoolContext.Current c, String code) {
        Catalog catalog = c.requireCatalog();
        if (AssessmentService.LEVEL4.equals(code) && catalog.level4().isPresent()) {
            return FormSpec.of(catalog.level4().get());
        }
        return catalog.criterion(code).map(FormSpec::of).orElseThrow(() -> new NotFoundException("criterion", code));
    }

    /**
     * The forms the account's roles let it save, by kdclgd's rules (school writers: all; a council member:
     * the criteria of the working groups they belong to). Only to mark pages read-only in advance — kdclgd
     * checks every save itself.
     */
    private Set<String> editable(SchoolContext.Current c, List<WorkingGroup> groups) {
        UUID school = c.school().getId();
        Set<String> all = new HashSet<>();
        if (c.actor().hasAny(school, Role.SCHOOL_ADMIN, Role.COUNCIL_CHAIR, Role.COUNCIL_SECRETARY)) {
            specs(c.requireCatalog()).forEach(s -> all.add(s.code()));
        } else if (c.actor().has(Role.COUNCIL_MEMBER, school)) {
            Set<UUID> mine = new HashSet<>();
            for (CouncilMember m : assessments.council(c.actor(), c.requireAssessment().getId())) {
                if (c.actor().id().equals(m.getActorId())) {
                    mine.add(m.getId());
                }
            }
            groups.stream().filter(g -> g.getMemberIds().stream().anyMatch(mine::contains)).forEach(g -> all.addAll(g.getCriteria()));
        }
        return all;
    }
}
