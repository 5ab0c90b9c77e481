package vn.kdclgd.app.school;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import vn.kdclgd.rules.catalog.Item;
import vn.kdclgd.rules.rating.JudgementRef;
import vn.kdclgd.rules.rating.RatingResult;

/**
 * The criteria of the current self-assessment: a table of every criterion (state of its form, evidence,
 * owning working group) and the criterion form (phiếu đánh giá tiêu chí) — level texts with a judgement
 * per item, suggested evidence, key quantitative data with the school's figures, the four texts with a
 * citation inserter, saved with optimistic locking. Who may save is kdclgd's decision; the page only
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
     * One row of the criteria table.
     *
     * @param criterion         the criterion
     * @param hasCurrentState   a current state is written
     * @param judgementsDone    no judgement that matters is missing (kdclgd's rating)
     * @param draft             carried over and not yet reviewed
     * @param evidenceCount     evidence items linked
     * @param owners            names of the working groups owning it
     * @param editable          the signed-in account may save it (as far as the page can tell; kdclgd decides)
     */
    public record CriterionRow(Criterion criterion, boolean hasCurrentState, boolean judgementsDone, boolean draft, int evidenceCount,
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
                r.criterion().ifPresent(missing::add);
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (EvidenceUse u : evidence.uses(c.actor(), id)) {
                counts.merge(u.getCriterion(), 1, Integer::sum);
            }
            List<WorkingGroup> groups = assessments.workingGroups(c.actor(), id);
            Set<String> editable = editable(c, groups);
            List<CriterionRow> rows = new ArrayList<>();
            for (Criterion cr : catalog.criteria()) {
                CriterionEvaluation e = evaluations.get(cr.code());
                rows.add(new CriterionRow(cr, e != null && e.getCurrentState() != null && !e.getCurrentState().isBlank(),
                        !missing.contains(cr.code()), e != null && e.isDraft(), counts.getOrDefault(cr.code(), 0),
                        groups.stream().filter(g -> g.getCriteria().contains(cr.code())).map(WorkingGroup::getName).toList(),
                        editable.contains(cr.code())));
            }
            model.addAttribute("c", c);
            model.addAttribute("rows", rows);
            model.addAttribute("standards", catalog.standards());
            return "school/criteria";
        });
    }

    @GetMapping("/{code}")
    String form(@PathVariable String code, Model model) {
        return tx.read(() -> {
            SchoolContext.Current c = context.current();
            CriterionEvaluation e = assessments.evaluation(c.actor(), c.requireAssessment().getId(), criterion(c, code).code());
            return show(model, c, code, EvaluationForm.of(e), null);
        });
    }

    @PostMapping("/{code}")
    String save(@PathVariable String code, @RequestParam Map<String, String> params, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        EvaluationForm form = tx.read(() -> read(criterion(context.current(), code), params));
        try {
            long version = tx.write(() -> {
                SchoolContext.Current c = context.current();
                Criterion cr = criterion(c, code);
                List<ItemJudgement> judgements = new ArrayList<>();
                for (int level = 1; level <= cr.maxLevel(); level++) {
                    for (Item it : cr.items(level)) {
                        String v = form.judgement(level, it.key());
                        if (!NONE.equals(v)) {
                            judgements.add(new ItemJudgement(level, it.key(), MET.equals(v)));
                        }
                    }
                }
                return assessments.saveEvaluation(c.actor(), c.requireAssessment().getId(), cr.code(), form.expectedVersion(),
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
                model.addAttribute("conflict", EvaluationForm.of(saved));
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
        Criterion cr = criterion(c, code);
        UUID id = c.requireAssessment().getId();
        LocalDate today = LocalDate.now(clock);
        List<WorkingGroup> groups = assessments.workingGroups(c.actor(), id);
        List<EvidenceItem> items = evidence.items(c.actor(), c.school().getId()).stream().sorted(EvidenceController.CODE_ORDER).toList();
        Set<UUID> linked = new HashSet<>();
        for (EvidenceUse u : evidence.uses(c.actor(), id)) {
            if (u.getCriterion().equals(cr.code())) {
                linked.add(u.getEvidence().getId());
            }
        }
        List<EvidenceItem> own = items.stream().filter(i -> linked.contains(i.getId())).toList();
        List<EvidenceItem> others = items.stream().filter(i -> !linked.contains(i.getId())).toList();
        List<Criterion> all = catalog.criteria();
        int at = all.indexOf(cr);
        model.addAttribute("c", c);
        model.addAttribute("cr", cr);
        model.addAttribute("form", form);
        model.addAttribute("readOnly", !editable(c, groups).contains(cr.code()));
        model.addAttribute("owners", groups.stream().filter(g -> g.getCriteria().contains(cr.code())).map(WorkingGroup::getName).toList());
        model.addAttribute("guidance", cr.evidence().orElse(null));
        model.addAttribute("warnOnly", catalog.quantitativeDataWarnOnly(today));
        model.addAttribute("warnOnlyText", WARN_ONLY);
        String year = c.requireAssessment().getSchoolYear();
        model.addAttribute("figures", QuantitativeFigures.of(year, organisation.profile(c.actor(), c.school().getId(), year)));
        model.addAttribute("ownItems", own);
        model.addAttribute("otherItems", others);
        model.addAttribute("expected", c.requireAssessment().getExpectedEvidence().stream()
                .filter(x -> cr.code().equals(x.criterion())).map(ExpectedEvidence::description).toList());
        model.addAttribute("previous", at > 0 ? all.get(at - 1).code() : null);
        model.addAttribute("next", at < all.size() - 1 ? all.get(at + 1).code() : null);
        model.addAttribute("levelDefinitions", catalog.levelDefinitions());
        model.addAttribute("conflictWith", conflictWith);
        return "school/criterion";
    }

    private static EvaluationForm read(Criterion cr, Map<String, String> params) {
        Map<String, String> j = new LinkedHashMap<>();
        for (int level = 1; level <= cr.maxLevel(); level++) {
            for (Item it : cr.items(level)) {
                String v = params.getOrDefault("j-" + level + "-" + it.key(), NONE);
                j.put(level + "-" + it.key(), MET.equals(v) || NOT_MET.equals(v) ? v : NONE);
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

    private static Criterion criterion(SchoolContext.Current c, String code) {
        return c.requireCatalog().criterion(code).orElseThrow(() -> new NotFoundException("criterion", code));
    }

    /**
     * The criteria the account's roles let it save, by kdclgd's rules (school writers: all; a council
     * member: those of the working groups they belong to). Only to mark pages read-only in advance —
     * kdclgd checks every save itself.
     */
    private Set<String> editable(SchoolContext.Current c, List<WorkingGroup> groups) {
        UUID school = c.school().getId();
        Set<String> all = new HashSet<>();
        if (c.actor().hasAny(school, Role.SCHOOL_ADMIN, Role.COUNCIL_CHAIR, Role.COUNCIL_SECRETARY)) {
            c.requireCatalog().criteria().forEach(cr -> all.add(cr.code()));
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
