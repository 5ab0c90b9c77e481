package vn.kdclgd.app.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.kdclgd.app.account.Actors;
import vn.kdclgd.app.account.AppUser;
import vn.kdclgd.core.access.AccessDeniedException;
import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.access.Grant;
import vn.kdclgd.core.access.Role;
import vn.kdclgd.core.model.ReviewerJudgement;
import vn.kdclgd.core.service.ExternalReviewService;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;

/**
 * The external reviewer's screens: the reviews whose team names them (their actor carries
 * {@code Grant.reviewer(reviewId)} for each, see {@code Actors}), a form of every item of the registered
 * snapshot's catalog to record their own judgements (met / not met; {@code recordJudgements}, while the
 * review is IN_REVIEW), and the side-by-side view. kdclgd refuses a review the reviewer is not on.
 */
@Controller
@RequestMapping("/review")
public class ReviewerController {
    private final Actors actors;
    private final ExternalReviewService reviews;
    private final ReviewReads reads;

    ReviewerController(Actors actors, ExternalReviewService reviews, ReviewReads reads) {
        this.actors = actors;
        this.reviews = reviews;
        this.reads = reads;
    }

    /**
     * A review in the reviewer's list.
     *
     * @param info   the registration
     * @param judged items the reviewer has judged
     * @param items  items of the catalog
     */
    public record Row(ReviewReads.ReviewInfo info, long judged, int items) {
    }

    @GetMapping
    @Transactional(readOnly = true)
    String list(Model model) {
        AppUser user = Actors.requireUser();
        Actor actor = actors.of(user);
        List<Row> rows = new ArrayList<>();
        for (Grant g : actor.grants()) {
            if (g.role() == Role.EXTERNAL_REVIEWER) {
                ReviewReads.Opened o = reads.open(actor, g.scopeId());
                rows.add(new Row(o.info(), o.view().judgedBy(o.view().indexOf(actor.id())), o.view().itemCount()));
            }
        }
        rows.sort((a, b) -> b.info().registeredOn().compareTo(a.info().registeredOn()));
        model.addAttribute("rows", rows);
        return "review/list";
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    String review(@PathVariable UUID id, Model model) {
        Actor actor = actors.of(Actors.requireUser());
        ReviewReads.Opened o = reads.open(actor, id);
        model.addAttribute("r", o.info());
        model.addAttribute("v", o.view());
        model.addAttribute("me", o.view().indexOf(actor.id()));
        return "review/review";
    }

    @GetMapping("/{id}/side-by-side")
    @Transactional(readOnly = true)
    String sideBySide(@PathVariable UUID id, Model model) {
        Actor actor = actors.of(Actors.requireUser());
        ReviewReads.Opened o = reads.open(actor, id);
        model.addAttribute("r", o.info());
        model.addAttribute("v", o.view());
        return "review/side-by-side";
    }

    /**
     * Records the reviewer's judgements: every field {@code j_<criterion>_<level>_<key>} answered {@code met}
     * or {@code notmet} (unanswered items are left as they are).
     */
    @PostMapping("/{id}/judgements")
    @Transactional
    String record(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Actor actor = actors.of(Actors.requireUser());
        List<ReviewerJudgement> judgements = new ArrayList<>();
        form.forEach((name, value) -> {
            String[] p = name.split("_", 4);
            if (p.length == 4 && "j".equals(p[0]) && ("met".equals(value) || "notmet".equals(value)) && p[2].matches("\\d{1,2}")) {
                judgements.add(new ReviewerJudgement(actor.id(), p[1], Integer.parseInt(p[2]), p[3], "met".equals(value)));
            }
        });
        if (judgements.isEmpty()) {
            redirect.addFlashAttribute("problems", List.of(Problem.of("KDCL-9541", "judgements",
                    "chưa chọn Đạt / Không đạt cho yêu cầu nào", "no item was marked met or not met")));
            return "redirect:/review/" + id;
        }
        try {
            reviews.recordJudgements(actor, id, judgements);
            redirect.addFlashAttribute("flashOk", "Đã lưu " + judgements.size() + " nhận định / judgements saved");
        } catch (AccessDeniedException denied) {
            throw denied;
        } catch (KdclException e) {
            redirect.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/review/" + id;
    }
}
