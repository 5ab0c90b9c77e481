package vn.kdclgd.app.school;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.kdclgd.core.model.EvidenceItem;
import vn.kdclgd.core.model.EvidenceUse;
import vn.kdclgd.core.model.StoredFile;
import vn.kdclgd.core.service.EvidenceInput;
import vn.kdclgd.core.service.EvidenceReport;
import vn.kdclgd.core.service.EvidenceService;
import vn.kdclgd.core.service.Kdclgd;
import vn.kdclgd.core.service.NotFoundException;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.evidence.EvidenceCode;
import vn.kdclgd.rules.evidence.EvidenceCodes;

/**
 * The school's evidence library (minh chứng): every item with its code, description, files and the
 * criteria of the current self-assessment that use it; adding an item to a criterion (kdclgd gives the
 * code) with an optional file; linking an item to more criteria and unlinking; downloading files
 * through the evidence store; and kdclgd's evidence checks as a panel.
 */
@Controller
@RequestMapping("/school/evidence")
public class EvidenceController {
    private final SchoolContext context;
    private final SchoolTx tx;
    private final EvidenceService evidence;
    private final EvidenceUpload upload;
    private final Kdclgd kdclgd;
    private final Clock clock;
    private final EntityManager em;

    EvidenceController(SchoolContext context, SchoolTx tx, EvidenceService evidence, EvidenceUpload upload, Kdclgd kdclgd, Clock clock,
                       EntityManager em) {
        this.em = em;
        this.context = context;
        this.tx = tx;
        this.evidence = evidence;
        this.upload = upload;
        this.kdclgd = kdclgd;
        this.clock = clock;
    }

    /**
     * One item as listed.
     *
     * @param item     the item
     * @param criteria codes of the criteria of the current assessment using it, in catalog order
     * @param expired  expired today
     */
    public record ItemView(EvidenceItem item, List<String> criteria, boolean expired) {
    }

    @GetMapping
    String page(Model model) {
        return tx.read(() -> {
            SchoolContext.Current c = context.current();
            EvidenceForm form = new EvidenceForm();
            return show(model, c, form);
        });
    }

    @PostMapping
    String add(@ModelAttribute("form") EvidenceForm form, BindingResult binding, @RequestParam(name = "file", required = false) MultipartFile file,
               Model model, RedirectAttributes redirect) {
        List<Problem> problems = new ArrayList<>(CouncilController.bindingProblems(binding));
        boolean withFile = EvidenceUpload.present(file);
        if (problems.isEmpty() && withFile) {
            problems.addAll(upload.check(file));
        }
        if (problems.isEmpty()) {
            try {
                String code = tx.write(() -> {
                    SchoolContext.Current c = context.current();
                    EvidenceItem item = evidence.addItem(c.actor(), c.requireAssessment().getId(), Forms.text(form.getCriterion()),
                            new EvidenceInput(Forms.text(form.getTitle()), Forms.text(form.getDocumentNumber()), form.getIssuedOn(),
                                    Forms.text(form.getIssuer()), form.getValidFrom(), form.getValidUntil(), List.of()));
                    if (withFile) {
                        // kdclgd looks the new item's school up with flush mode COMMIT: write the item first
                        em.flush();
                        String name = Forms.text(baseName(file.getOriginalFilename()));
                        try (InputStream in = file.getInputStream()) {
                            evidence.attachFile(c.actor(), item.getId(), in, name, EvidenceUpload.mediaType(name));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    return item.getCode();
                });
                redirect.addFlashAttribute("flashOk", "Đã thêm minh chứng " + code + (withFile ? " kèm tệp" : "") + " / evidence added");
                redirect.addFlashAttribute("added", code);
                return "redirect:/school/evidence#item-" + code;
            } catch (KdclException e) {
                problems = Forms.problems(e);
            }
        }
        List<Problem> shown = problems;
        return tx.read(() -> {
            model.addAttribute("problems", shown);
            model.addAttribute("fileAgain", withFile);
            return show(model, context.current(), form);
        });
    }

    @PostMapping("/{itemId}/link")
    String link(@PathVariable UUID itemId, @RequestParam(defaultValue = "") String criterion, RedirectAttributes redirect) {
        try {
            String code = tx.write(() -> {
                SchoolContext.Current c = context.current();
                return evidence.link(c.actor(), c.requireAssessment().getId(), itemId, Forms.text(criterion)).getEvidence().getCode();
            });
            redirect.addFlashAttribute("flashOk", "Đã gắn " + code + " với tiêu chí " + criterion + " / linked");
        } catch (KdclException e) {
            redirect.addFlashAttribute("problems", Forms.problems(e));
        }
        return "redirect:/school/evidence";
    }

    @PostMapping("/{itemId}/unlink")
    String unlink(@PathVariable UUID itemId, @RequestParam(defaultValue = "") String criterion, RedirectAttributes redirect) {
        try {
            tx.run(() -> {
                SchoolContext.Current c = context.current();
                evidence.unlink(c.actor(), c.requireAssessment().getId(), itemId, Forms.text(criterion));
            });
            redirect.addFlashAttribute("flashOk", "Đã bỏ gắn với tiêu chí " + criterion + " / unlinked");
        } catch (KdclException e) {
            redirect.addFlashAttribute("problems", Forms.problems(e));
        }
        return "redirect:/school/evidence";
    }

    /** A file of an item of the signed-in account's school, as an attachment (kdclgd decides who may read the list). */
    @GetMapping("/{itemId}/files/{sha256}")
    ResponseEntity<InputStreamResource> download(@PathVariable UUID itemId, @PathVariable String sha256) {
        StoredFile f = tx.read(() -> {
            SchoolContext.Current c = context.current();
            return evidence.items(c.actor(), c.school().getId()).stream().filter(i -> i.getId().equals(itemId)).findFirst()
                    .flatMap(i -> i.getFiles().stream().filter(x -> x.sha256().equals(sha256)).findFirst())
                    .orElseThrow(() -> new NotFoundException("evidence file", itemId + "/" + sha256));
        });
        InputStream in = kdclgd.evidenceStore().open(f.sha256())
                .orElseThrow(() -> new NotFoundException("evidence file content", f.sha256()));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(f.fileName(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(EvidenceUpload.mediaType(f.fileName())))
                .contentLength(f.size())
                .body(new InputStreamResource(in));
    }

    private String show(Model model, SchoolContext.Current c, EvidenceForm form) {
        UUID assessmentId = c.requireAssessment().getId();
        LocalDate today = LocalDate.now(clock);
        List<String> order = c.requireCatalog().criteria().stream().map(vn.kdclgd.rules.catalog.Criterion::code).toList();
        Map<UUID, List<String>> usedBy = new LinkedHashMap<>();
        for (EvidenceUse u : evidence.uses(c.actor(), assessmentId)) {
            usedBy.computeIfAbsent(u.getEvidence().getId(), x -> new ArrayList<>()).add(u.getCriterion());
        }
        usedBy.values().forEach(l -> l.sort(Comparator.comparingInt(order::indexOf)));
        List<ItemView> items = evidence.items(c.actor(), c.school().getId()).stream()
                .sorted(CODE_ORDER)
                .map(i -> new ItemView(i, usedBy.getOrDefault(i.getId(), List.of()), i.isExpiredOn(today))).toList();
        EvidenceReport report = evidence.checks(c.actor(), assessmentId, today);
        model.addAttribute("c", c);
        model.addAttribute("form", form);
        model.addAttribute("items", items);
        model.addAttribute("criteria", c.requireCatalog().criteria());
        model.addAttribute("report", report);
        model.addAttribute("accepted", EvidenceUpload.ACCEPTED);
        model.addAttribute("maxSize", EvidenceUpload.mb(upload.maxBytes()));
        return "school/evidence";
    }

    /** Items by evidence code (natural order: MC.1.2.01 before MC.1.10.01), unreadable codes last by text. */
    static final Comparator<EvidenceItem> CODE_ORDER = (x, y) -> {
        EvidenceCode a = parse(x.getCode());
        EvidenceCode b = parse(y.getCode());
        if (a != null && b != null) {
            return a.compareTo(b);
        }
        if (a != null || b != null) {
            return a != null ? -1 : 1;
        }
        return x.getCode().compareTo(y.getCode());
    };

    private static EvidenceCode parse(String code) {
        try {
            return EvidenceCodes.parse(code);
        } catch (KdclException e) {
            return null;
        }
    }

    private static String baseName(String name) {
        if (name == null) {
            return null;
        }
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(cut + 1);
    }

    /** The form adding an item. */
    public static class EvidenceForm {
        private String criterion;
        private String title;
        private String documentNumber;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate issuedOn;
        private String issuer;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate validFrom;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate validUntil;

        public String getCriterion() {
            return criterion;
        }

        public void setCriterion(String criterion) {
            this.criterion = criterion;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getDocumentNumber() {
            return documentNumber;
        }

        public void setDocumentNumber(String documentNumber) {
            this.documentNumber = documentNumber;
        }

        public LocalDate getIssuedOn() {
            return issuedOn;
        }

        public void setIssuedOn(LocalDate issuedOn) {
            this.issuedOn = issuedOn;
        }

        public String getIssuer() {
            return issuer;
        }

        public void setIssuer(String issuer) {
            this.issuer = issuer;
        }

        public LocalDate getValidFrom() {
            return validFrom;
        }

        public void setValidFrom(LocalDate validFrom) {
            this.validFrom = validFrom;
        }

        public LocalDate getValidUntil() {
            return validUntil;
        }

        public void setValidUntil(LocalDate validUntil) {
            this.validUntil = validUntil;
        }
    }
}
