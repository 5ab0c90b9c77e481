package vn.kdclgd.app.school;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.report.ReportInput;

/**
 * The documents of the current self-assessment (docs/report.md): every document kdclgd makes for the
 * catalog's regime, DOCX and XLSX, rendered on request from the school's dossier ({@link AssessmentReports}).
 * kdclgd lets the school admin and the council chair export the dossier; other accounts get its refusal.
 */
@Controller
@RequestMapping("/school/documents")
public class DocumentsController {
    private final SchoolContext context;
    private final AssessmentReports reports;
    private final TransactionTemplate tx;

    DocumentsController(SchoolContext context, AssessmentReports reports, TransactionTemplate tx) {
        this.context = context;
        this.reports = reports;
        this.tx = tx;
    }

    @GetMapping
    @Transactional(readOnly = true)
    String list(Model model) {
        SchoolContext.Current c = context.current();
        c.requireAssessment();
        model.addAttribute("c", c);
        model.addAttribute("files", ReportFile.forRegime(c.requireCatalog().regime()));
        return "school/documents";
    }

    @GetMapping("/{name:[a-z-]+}.{ext:docx|xlsx}")
    ResponseEntity<byte[]> download(@PathVariable String name, @PathVariable String ext) {
        record Prepared(ReportFile file, ReportInput input, String fileName) {
        }
        Prepared p = tx.execute(s -> {
            SchoolContext.Current c = context.current();
            SelfAssessment a = c.requireAssessment();
            ReportFile file = ReportFile.byName(c.requireCatalog().regime(), name, ext)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no document " + name + "." + ext));
            return new Prepared(file, reports.input(c.actor(), a), file.fileName(c.school().getCode(), a.getSchoolYear()));
        });
        return Downloads.attachment(reports.render(p.file(), p.input()), p.fileName(), p.file().mediaType());
    }
}
