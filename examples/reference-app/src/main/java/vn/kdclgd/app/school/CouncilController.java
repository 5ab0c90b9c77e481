package vn.kdclgd.app.school;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.kdclgd.app.account.Account;
import vn.kdclgd.app.account.AccountKind;
import vn.kdclgd.app.account.AccountRepository;
import vn.kdclgd.core.model.CouncilMember;
import vn.kdclgd.core.model.CouncilRole;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.model.StaffPosition;
import vn.kdclgd.core.model.WorkingGroup;
import vn.kdclgd.core.service.AssessmentService;
import vn.kdclgd.core.service.CouncilMemberInput;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;

/**
 * The self-assessment council (hội đồng tự đánh giá): the decision, the whole member list (each member
 * may be tied to a staff account of the school, which gives that account its council role) and the
 * working groups with the criteria they own — how the school "assigns council roles and criteria".
 * kdclgd checks the regime's council rules and who may change what.
 */
@Controller
@RequestMapping("/school/council")
public class CouncilController {
    /** Empty member rows offered below the existing members. */
    static final int EMPTY_ROWS = 3;

    private final SchoolContext context;
    private final SchoolTx tx;
    private final AssessmentService assessments;
    private final AccountRepository accounts;

    CouncilController(SchoolContext context, SchoolTx tx, AssessmentService assessments, AccountRepository accounts) {
        this.context = context;
        this.tx = tx;
        this.assessments = assessments;
        this.accounts = accounts;
    }

    @GetMapping
    String page(Model model) {
        return tx.read(() -> {
            SchoolContext.Current c = context.current();
            SelfAssessment a = c.requireAssessment();
            CouncilForm form = new CouncilForm();
            form.setDecisionNumber(a.getCouncilDecision());
            form.setDecisionDate(a.getCouncilDecisionDate());
            for (CouncilMember m : assessments.council(c.actor(), a.getId())) {
                form.getMembers().add(MemberRow.of(m));
            }
            return show(model, c, form);
        });
    }

    @PostMapping
    String save(@ModelAttribute("form") CouncilForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        List<Problem> problems = bindingProblems(binding);
        if (problems.isEmpty()) {
            try {
                int n = tx.write(() -> {
                    SchoolContext.Current c = context.current();
                    List<CouncilMemberInput> members = new ArrayList<>();
                    for (MemberRow r : form.getMembers()) {
                        if (r != null && Forms.text(r.getFullName()) != null) {
                            members.add(new CouncilMemberInput(Forms.text(r.getFullName()), Forms.text(r.getTitle()),
                                    r.getPosition() == null ? StaffPosition.TEACHER : r.getPosition(),
                                    r.getRole() == null ? CouncilRole.MEMBER : r.getRole(), Forms.text(r.getAccount()), r.isQaTrained()));
                        }
                    }
                    return assessments.setCouncil(c.actor(), c.requireAssessment().getId(), Forms.text(form.getDecisionNumber()),
                            form.getDecisionDate(), members).size();
                });
                redirect.addFlashAttribute("flashOk", "Đã lưu hội đồng (" + n + " thành viên) / council saved");
                return "redirect:/school/council";
            } catch (KdclException e) {
                problems = Forms.problems(e);
            }
        }
        List<Problem> shown = problems;
        return tx.read(() -> {
            model.addAttribute("problems", shown);
            form.getMembers().removeIf(r -> r == null || Forms.text(r.getFullName()) == null);
            return show(model, context.current(), form);
        });
    }

    @PostMapping("/groups")
    String addGroup(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "WORKING_GROUP") WorkingGroup.Kind kind,
                    @RequestParam(required = false) List<UUID> memberIds, @RequestParam(required = false) List<String> criteria,
                    RedirectAttributes redirect) {
        try {
            tx.run(() -> {
                SchoolContext.Current c = context.current();
                assessments.addWorkingGroup(c.actor(), c.requireAssessment().getId(), Forms.text(name), kind, set(memberIds), set(criteria));
            });
            redirect.addFlashAttribute("flashOk", "Đã thêm nhóm \"" + Forms.text(name) + "\" / group added");
        } catch (KdclException e) {
            redirect.addFlashAttribute("problems", Forms.problems(e));
        }
        return "redirect:/school/council#groups";
    }

    @PostMapping("/groups/{id}")
    String updateGroup(@PathVariable UUID id, @RequestParam(required = false) List<UUID> memberIds,
                       @RequestParam(required = false) List<String> criteria, RedirectAttributes redirect) {
        try {
            String name = tx.write(() -> assessments.updateWorkingGroup(context.current().actor(), id, set(memberIds), set(criteria)).getName());
            redirect.addFlashAttribute("flashOk", "Đã lưu nhóm \"" + name + "\" / group saved");
        } catch (KdclException e) {
            redirect.addFlashAttribute("problems", Forms.problems(e));
        }
        return "redirect:/school/council#groups";
    }

    @PostMapping("/groups/{id}/remove")
    String removeGroup(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            tx.run(() -> assessments.removeWorkingGroup(context.current().actor(), id));
            redirect.addFlashAttribute("flashOk", "Đã xoá nhóm / group removed");
        } catch (KdclException e) {
            redirect.addFlashAttribute("problems", Forms.problems(e));
        }
        return "redirect:/school/council#groups";
    }

    private String show(Model model, SchoolContext.Current c, CouncilForm form) {
        SelfAssessment a = c.requireAssessment();
        for (int i = 0; i < EMPTY_ROWS; i++) {
            form.getMembers().add(new MemberRow());
        }
        List<CouncilMember> members = assessments.council(c.actor(), a.getId());
        List<Account> staff = accounts.findBySchoolIdOrderByUsername(c.school().getId()).stream()
                .filter(x -> x.getKind() == AccountKind.SCHOOL_STAFF).toList();
        Map<String, String> accountNames = new LinkedHashMap<>();
        staff.forEach(x -> accountNames.put(x.getUsername(), x.getDisplayName()));
        model.addAttribute("c", c);
        model.addAttribute("form", form);
        model.addAttribute("positions", StaffPosition.values());
        model.addAttribute("roles", CouncilRole.values());
        model.addAttribute("kinds", WorkingGroup.Kind.values());
        model.addAttribute("staff", staff);
        model.addAttribute("accountNames", accountNames);
        model.addAttribute("members", members);
        List<WorkingGroup> groups = assessments.workingGroups(c.actor(), a.getId());
        List<String> order = c.requireCatalog().criteria().stream().map(vn.kdclgd.rules.catalog.Criterion::code).toList();
        Map<UUID, List<String>> groupCriteria = new LinkedHashMap<>();
        Map<UUID, List<String>> groupMembers = new LinkedHashMap<>();
        for (WorkingGroup g : groups) {
            groupCriteria.put(g.getId(), order.stream().filter(g.getCriteria()::contains).toList());
            groupMembers.put(g.getId(), members.stream().filter(m -> g.getMemberIds().contains(m.getId())).map(CouncilMember::getFullName).toList());
        }
        model.addAttribute("groups", groups);
        model.addAttribute("groupCriteria", groupCriteria);
        model.addAttribute("groupMembers", groupMembers);
        model.addAttribute("criteria", c.requireCatalog().criteria());
        model.addAttribute("regime", c.requireCatalog().regime());
        return "school/council";
    }

    private static <T> java.util.Set<T> set(List<T> values) {
        return values == null ? java.util.Set.of() : new LinkedHashSet<>(values);
    }

    static List<Problem> bindingProblems(BindingResult binding) {
        return binding.getFieldErrors().stream().map(f -> Forms.unreadable(f.getField(),
                "giá trị \"" + f.getRejectedValue() + "\" không đọc được; nhập lại (ngày theo dạng năm-tháng-ngày)",
                "the value \"" + f.getRejectedValue() + "\" could not be read; enter it again (dates as year-month-day)")).toList();
    }

    /** The council form: decision and member rows (blank rows are ignored). */
    public static class CouncilForm {
        private String decisionNumber;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate decisionDate;
        private List<MemberRow> members = new ArrayList<>();

        public String getDecisionNumber() {
            return decisionNumber;
        }

        public void setDecisionNumber(String decisionNumber) {
            this.decisionNumber = decisionNumber;
        }

        public LocalDate getDecisionDate() {
            return decisionDate;
        }

        public void setDecisionDate(LocalDate decisionDate) {
            this.decisionDate = decisionDate;
        }

        public List<MemberRow> getMembers() {
            return members;
        }

        public void setMembers(List<MemberRow> members) {
            this.members = members;
        }
    }

    /** One member row of the council form. */
    public static class MemberRow {
        private String fullName;
        private String title;
        private StaffPosition position = StaffPosition.TEACHER;
        private CouncilRole role = CouncilRole.MEMBER;
        private String account;
        private boolean qaTrained;

        static MemberRow of(CouncilMember m) {
            MemberRow r = new MemberRow();
            r.fullName = m.getFullName();
            r.title = m.getTitle();
            r.position = m.getPosition();
            r.role = m.getRole();
            r.account = m.getActorId();
            r.qaTrained = m.isQaTrained();
            return r;
        }

        public String getFullName() {
            return fullName;
        }

        public void setFullName(String fullName) {
            this.fullName = fullName;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public StaffPosition getPosition() {
            return position;
        }

        public void setPosition(StaffPosition position) {
            this.position = position;
        }

        public CouncilRole getRole() {
            return role;
        }

        public void setRole(CouncilRole role) {
            this.role = role;
        }

        public String getAccount() {
            return account;
        }

        public void setAccount(String account) {
            this.account = account;
        }

        public boolean isQaTrained() {
            return qaTrained;
        }

        public void setQaTrained(boolean qaTrained) {
            this.qaTrained = qaTrained;
        }
    }
}
