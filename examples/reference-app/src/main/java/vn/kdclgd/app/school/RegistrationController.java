package vn.kdclgd.app.school;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.format.annotation.DateTimeFormat;
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
import vn.kdclgd.core.access.Role;
import vn.kdclgd.core.model.ExternalReview;
import vn.kdclgd.core.model.PublishedVersion;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.service.AssessmentService;
import vn.kdclgd.core.service.ExternalReviewService;
import vn.kdclgd.core.service.NotFoundException;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.CatalogRegistry;
import vn.kdclgd.rules.catalog.RecognitionKind;

/**
 * Registering the school's latest published self-assessment for external review / recognition
 * ({@code /school/registration}; TT57 Điều 17, 2018 regime Điều 26) with
 * {@link ExternalReviewService#register} — the date, and whether the school seeks accreditation (cấp độ)
 * and/or national-standard recognition (mức độ). The library's refusals are shown as they are (e.g. TT57
 * has no accreditation, {@code KDCL-7102}; a registration still open, {@code 7104}; a date before the
 * publication, {@code 7110}); the school admin and the council chair may register.
 *
 * <p>The list of the school's registrations, with their state and result, is the application's own JPA query
 * on {@link ExternalReview}: kdclgd has no method listing a school's registrations. It is restricted to the
 * published versions the library itself returned to this account ({@link AssessmentService#publishedVersions},
 * which checks access), so it can show nothing of another school.
 */
@Controller
@RequestMapping("/school/registration")
public class RegistrationController {
    private final SchoolContext context;
    private final AssessmentService assessments;
    private final ExternalReviewService reviews;
    private final CatalogRegistry catalogs;
    private final EntityManager em;
    private final TransactionTemplate tx;
    private final Clock clock;

    RegistrationController(SchoolContext context, AssessmentService assessments, ExternalReviewService reviews, CatalogRegistry catalogs,
                           EntityManager em, TransactionTemplate tx, Clock clock) {
        this.context = context;
        this.assessments = assessments;
        this.reviews = reviews;
        this.catalogs = catalogs;
        this.em = em;
        this.tx = tx;
        this.clock = clock;
    }

    /** A published version with its self-assessment. */
    public record Version(PublishedVersion version, SelfAssessment assessment) {
    }

    /** A registration and the published version it was made on. */
    public record Registration(ExternalReview review, Version version) {
    }

    @GetMapping
    @Transactional(readOnly = true)
    String page(Model model) {
        SchoolContext.Current c = context.current();
        List<Version> versions = new ArrayList<>();
        for (SelfAssessment a : c.all()) {
            assessments.publishedVersions(c.actor(), a.getId()).forEach(v -> versions.add(new Version(v, a)));
        }
        versions.sort(Comparator.comparing((Version v) -> v.version().getPublishedAt()).reversed());
        Map<UUID, Version> byId = new java.util.HashMap<>();
        versions.forEach(v -> byId.put(v.version().getId(), v));
        List<Registration> registrations = versions.isEmpty() ? List.of()
                : em.createQuery("select r from ExternalReview r where r.snapshot.id in :ids order by r.registeredOn desc, r.id",
                        ExternalReview.class)
                .setParameter("ids", List.copyOf(byId.keySet())).getResultList().stream()
                .map(r -> new Registration(r, byId.get(r.getSnapshot().getId()))).toList();
        Version latest = versions.isEmpty() ? null : versions.get(0);
        model.addAttribute("c", c);
        model.addAttribute("latest", latest);
        model.addAttribute("registrations", registrations);
        model.addAttribute("today", LocalDate.now(clock));
        Map<ExternalReview.State, String> labels = new java.util.EnumMap<>(ExternalReview.State.class);
        for (ExternalReview.State s : ExternalReview.State.values()) {
            labels.put(s, stateLabel(s));
        }
        model.addAttribute("stateLabels", labels);
        model.addAttribute("decider", c.actor().hasAny(c.school().getId(), Role.SCHOOL_ADMIN, Role.COUNCIL_CHAIR));
        if (latest != null) {
            Catalog catalog = catalogs.get(latest.assessment().getCatalogId());
            model.addAttribute("accreditation", catalog.recognition(RecognitionKind.ACCREDITATION).isPresent());
            model.addAttribute("nationalStandard", catalog.recognition(RecognitionKind.NATIONAL_STANDARD).isPresent());
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "school/registration";
    }

    @PostMapping
    String register(@RequestParam UUID publishedVersionId,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registeredOn,
                    @RequestParam(defaultValue = "false") boolean seeksAccreditation,
                    @RequestParam(defaultValue = "false") boolean seeksNationalStandard, RedirectAttributes redirect) {
        try {
            ExternalReview r = tx.execute(s -> reviews.register(context.current().actor(), publishedVersionId, registeredOn,
                    seeksAccreditation, seeksNationalStandard));
            redirect.addFlashAttribute("flashOk", "Đã đăng ký đánh giá ngoài ngày " + r.getRegisteredOn() + " / registered");
        } catch (AccessDeniedException | NotFoundException e) {
            throw e;
        } catch (KdclException e) {
            redirect.addFlashAttribute("problems", e.problems());
            redirect.addFlashAttribute("form", Map.of("registeredOn", registeredOn == null ? "" : registeredOn.toString(),
                    "seeksAccreditation", seeksAccreditation, "seeksNationalStandard", seeksNationalStandard));
        }
        return "redirect:/school/registration";
    }

    /** Vietnamese / English label of a review state. */
    public static String stateLabel(ExternalReview.State s) {
        return switch (s) {
            case REGISTERED -> "Đã đăng ký / registered";
            case IN_REVIEW -> "Đang đánh giá / in review";
            case DECIDED -> "Đã có kết quả / decided";
            case WITHDRAWN -> "Đã rút / withdrawn";
        };
    }
}
