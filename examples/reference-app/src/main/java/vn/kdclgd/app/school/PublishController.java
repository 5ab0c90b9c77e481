package vn.kdclgd.app.school;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.kdclgd.core.access.AccessDeniedException;
import vn.kdclgd.core.model.AssessmentState;
import vn.kdclgd.core.model.PublishedVersion;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.service.AssessmentService;
import vn.kdclgd.core.service.Snapshot;
import vn.kdclgd.rules.KdclException;

/**
 * Publishing (công bố): the published versions of the school's self-assessments with their frozen documents,
 * the snapshot {@code publish} would freeze now (level and SHA-256; "nothing changed since version n" when the
 * hash is the last version's), what still stops publishing, and the publish button — kdclgd lets the council
 * chair and the school admin publish and refuses everyone else.
 *
 * <p>Publishing renders the report (DOCX) and the results summary (XLSX) and keeps them with the version
 * ({@link FrozenDocuments}) in the same transaction. When nothing changed, kdclgd returns the last version
 * and writes nothing; if that version has no frozen documents yet (published before the application kept
 * them, e.g. by the demo set-up or the CLI), they are made then, from the same content (same hash).
 */
@Controller
@RequestMapping("/school/publish")
public class PublishController {
    private final SchoolContext context;
    private final AssessmentService assessments;
    private final FrozenDocuments frozen;
    private final TransactionTemplate tx;
    private final Clock clock;

    PublishController(SchoolContext context, AssessmentService assessments, FrozenDocuments frozen, TransactionTemplate tx, Clock clock) {
        this.context = context;
        this.assessments = assessments;
        this.frozen = frozen;
        this.tx = tx;
        this.clock = clock;
    }

    /** A published version as the page shows it. */
    public record VersionRow(UUID id, int number, String publishedAt, String publishedBy, String sha256, int schoolLevel, String levelLabel,
                             List<FrozenDocuments.Frozen> documents) {
    }

    /** The versions of one self-assessment. */
    public record AssessmentVersions(SelfAssessment assessment, List<VersionRow> versions) {
    }

    @GetMapping
    @Transactional(readOnly = true)
    String page(Model model) {
        SchoolContext.Current c = context.current();
        SelfAssessment a = c.requireAssessment();
        model.addAttribute("c", c);
        List<AssessmentVersions> all = new ArrayList<>();
        for (SelfAssessment x : c.all()) {
            all.add(new AssessmentVersions(x, rows(c, x)));
        }
        model.addAttribute("all", all);
        List<VersionRow> current = all.get(c.all().indexOf(a)).versions();
        Snapshot s = assessments.snapshot(c.actor(), a.getId());
        model.addAttribute("snapshot", s);
        model.addAttribute("snapshotLevel", Levels.label(s.schoolLevel()));
        Optional<VersionRow> last = current.isEmpty() ? Optional.empty() : Optional.of(current.get(current.size() - 1));
        model.addAttribute("lastVersion", last.orElse(null));
        model.addAttribute("unchanged", last.isPresent() && last.get().sha256().equals(s.sha256()));
        boolean canPublishState = a.getState().ordinal() >= AssessmentState.REPORT.ordinal();
        model.addAttribute("publishState", canPublishState);
        model.addAttribute("missing", a.getState() == AssessmentState.REPORT ? assessments.readiness(c.actor(), a.getId()) : List.of());
        return "school/publish";
    }

    private List<VersionRow> rows(SchoolContext.Current c, SelfAssessment a) {
        List<VersionRow> rows = new ArrayList<>();
        for (PublishedVersion v : assessments.publishedVersions(c.actor(), a.getId())) {
            rows.add(new VersionRow(v.getId(), v.getNumber(), Levels.dateTime(v.getPublishedAt(), clock.getZone()), v.getPublishedBy(),
                    v.getContentHash(), v.getSchoolLevel(), Levels.label(v.getSchoolLevel()), frozen.list(v.getId())));
        }
        return rows;
    }

    @PostMapping
    String publish(RedirectAttributes redirect) {
        try {
            String message = tx.execute(s -> {
                SchoolContext.Current c = context.current();
                SelfAssessment a = c.requireAssessment();
                int before = assessments.publishedVersions(c.actor(), a.getId()).stream().mapToInt(PublishedVersion::getNumber).max().orElse(0);
                PublishedVersion v = assessments.publish(c.actor(), a.getId());
                boolean made = frozen.list(v.getId()).isEmpty();
                if (made) {
                    frozen.freeze(c.actor(), a, v);
                }
                if (v.getNumber() == before) {
                    return "Không có thay đổi kể từ phiên bản " + v.getNumber() + ": không tạo phiên bản mới / nothing changed since version "
                            + v.getNumber() + ": no new version"
                            + (made ? ". Đã lưu bản đóng băng của phiên bản " + v.getNumber() + " / frozen documents of version "
                            + v.getNumber() + " stored" : "");
                }
                return "Đã công bố phiên bản " + v.getNumber() + " (" + Levels.label(v.getSchoolLevel()) + ") / published version "
                        + v.getNumber();
            });
            redirect.addFlashAttribute("flashOk", message);
        } catch (AccessDeniedException e) {
            throw e;
        } catch (KdclException e) {
            redirect.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/school/publish";
    }

    /** A frozen document of a published version of one of the school's self-assessments. */
    @GetMapping("/versions/{id}/{name:[a-z-]+}.{ext:docx|xlsx}")
    ResponseEntity<byte[]> frozenDocument(@PathVariable UUID id, @PathVariable String name, @PathVariable String ext) {
        FrozenDocuments.Frozen f = tx.execute(s -> {
            SchoolContext.Current c = context.current();
            boolean ours = false;
            for (SelfAssessment a : c.all()) {
                ours |= assessments.publishedVersions(c.actor(), a.getId()).stream().anyMatch(v -> v.getId().equals(id));
            }
            if (!ours) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no published version " + id);
            }
            return frozen.list(id).stream().filter(d -> d.file().path().equals(name + "." + ext)).findFirst()
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no frozen " + name + "." + ext));
        });
        byte[] bytes = frozen.content(id, f.file()).orElseThrow();
        return Downloads.attachment(bytes, f.fileName(), f.file().mediaType());
    }
}
