package vn.kdclgd.app.unit;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.kdclgd.app.account.Account;
import vn.kdclgd.app.account.AccountKind;
import vn.kdclgd.app.account.AccountRepository;
import vn.kdclgd.app.review.ReviewReads;
import vn.kdclgd.core.access.AccessDeniedException;
import vn.kdclgd.core.model.Certificate;
import vn.kdclgd.core.model.ReviewerAssignment;
import vn.kdclgd.core.model.School;
import vn.kdclgd.core.service.ExternalReviewService;
import vn.kdclgd.core.service.OrganisationService;
import vn.kdclgd.core.service.RecognitionService;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.catalog.RecognitionKind;

/**
 * External review / appraisal and recognition decisions for the unit: the registrations of the unit's schools,
 * and for one registration the team ({@code assignTeam}: reviewer accounts with a name and role in the team),
 * the side-by-side view of the school's and the reviewers' judgements ({@code sideBySide}), the decision
 * ({@code decide}) and the certificates ({@code RecognitionService.issueCertificate}). kdclgd checks that the
 * officer is above the school for every step.
 *
 * <p>kdclgd has no call that lists registrations: the list is read for the schools kdclgd lists for the
 * officer ({@code OrganisationService.schools}) and every registration is opened through {@code sideBySide}
 * (see {@link ReviewReads}).
 */
@Controller
@RequestMapping("/unit/reviews")
public class UnitReviewsController {
    private final UnitContext context;
    private final OrganisationService organisation;
    private final ExternalReviewService reviews;
    private final RecognitionService recognition;
    private final ReviewReads reads;
    private final AccountRepository accounts;

    UnitReviewsController(UnitContext context, OrganisationService organisation, ExternalReviewService reviews, RecognitionService recognition,
                          ReviewReads reads, AccountRepository accounts) {
        this.context = context;
        this.organisation = organisation;
        this.reviews = reviews;
        this.recognition = recognition;
        this.reads = reads;
        this.accounts = accounts;
    }

    @GetMapping
    @Transactional(readOnly = true)
    String list(Model model) {
        UnitContext.Current c = context.current();
        List<School> schools = organisation.schools(c.actor(), c.unitId(), c.today());
        model.addAttribute("reviews", reads.ofSchools(schools.stream().map(School::getId).toList()));
        return "unit/reviews";
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    String review(@PathVariable UUID id, Model model) {
        UnitContext.Current c = context.current();
        ReviewReads.Opened o = reads.open(c.actor(), id);
        List<Certificate> issued = reads.certificates(o);
        List<RecognitionKind> issuable = o.info().sought().stream()
                .filter(k -> issued.stream().noneMatch(ct -> ct.getKind().equals(k.jsonName()))).toList();
        model.addAttribute("o", o);
        model.addAttribute("r", o.info());
        model.addAttribute("v", o.view());
        model.addAttribute("certificates", issued);
        model.addAttribute("issuable", issuable);
        model.addAttribute("reviewers", accounts.findByKindOrderByUsername(AccountKind.REVIEWER).stream().filter(Account::isEnabled).toList());
        model.addAttribute("today", c.today());
        return "unit/review";
    }

    /**
     * Sets the team: the reviewer accounts ticked in {@code member}, each with the name ({@code name_<account>})
     * and role ({@code role_<account>}) typed beside it.
     */
    @PostMapping("/{id}/team")
    @Transactional
    String team(@PathVariable UUID id, @RequestParam(name = "member", required = false) List<String> members,
                @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        UnitContext.Current c = context.current();
        List<ReviewerAssignment> team = new ArrayList<>();
        for (String m : members == null ? List.<String>of() : members) {
            String name = nfc(form.get("name_" + m));
            team.add(new ReviewerAssignment(m, name.isEmpty() ? m : name, nfc(form.get("role_" + m))));
        }
        return step(id, redirect, () -> {
            reviews.assignTeam(c.actor(), id, team);
            return "Đã cập nhật đoàn đánh giá (" + team.size() + " thành viên) / team set";
        });
    }

    /** Decides the review: the school level found and the date of the decision. */
    @PostMapping("/{id}/decision")
    @Transactional
    String decide(@PathVariable UUID id, @RequestParam(required = false) Integer level,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, RedirectAttributes redirect) {
        UnitContext.Current c = context.current();
        if (level == null) {
            redirect.addFlashAttribute("problems", List.of(Problem.of("KDCL-9540", "level", "chọn mức đánh giá của trường",
                    "choose the school level")));
            return "redirect:/unit/reviews/" + id;
        }
        return step(id, redirect, () -> {
            reviews.decide(c.actor(), id, level, date);
            return "Đã quyết định: Mức " + level + " / decided";
        });
    }

    /** Issues a certificate of one kind on a decided review. */
    @PostMapping("/{id}/certificates")
    @Transactional
    String issue(@PathVariable UUID id, @RequestParam String kind, @RequestParam(required = false) String decisionNumber,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
                 RedirectAttributes redirect) {
        UnitContext.Current c = context.current();
        RecognitionKind k = "accreditation".equals(kind) ? RecognitionKind.ACCREDITATION : RecognitionKind.NATIONAL_STANDARD;
        return step(id, redirect, () -> {
            Certificate ct = recognition.issueCertificate(c.actor(), id, k, nfc(decisionNumber), issuedOn);
            return "Đã cấp chứng nhận, hiệu lực đến " + ct.getValidUntil() + " / certificate issued, valid until " + ct.getValidUntil();
        });
    }

    private String step(UUID id, RedirectAttributes redirect, java.util.function.Supplier<String> action) {
        try {
            redirect.addFlashAttribute("flashOk", action.get());
        } catch (AccessDeniedException denied) {
            throw denied;
        } catch (KdclException e) {
            redirect.addFlashAttribute("problems", e.problems());
            org.springframework.transaction.interceptor.TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return "redirect:/unit/reviews/" + id;
    }

    private static String nfc(String s) {
        return s == null ? "" : Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
    }
}
