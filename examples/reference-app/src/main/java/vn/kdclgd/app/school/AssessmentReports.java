package vn.kdclgd.app.school;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.dossier.DossierContents;
import vn.kdclgd.core.dossier.DossierLimits;
import vn.kdclgd.core.dossier.DossierService;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.report.ReportDocuments;
import vn.kdclgd.report.ReportInput;
import vn.kdclgd.report.ReportInputs;

/**
 * The {@link ReportInput} of a self-assessment, made the way kdclgd documents it (docs/report.md): the
 * school's dossier is exported with the account's actor into an owner-only temporary file (so kdclgd decides
 * who may: the school admin or the council chair), read back with {@link DossierService#read} and turned
 * into the input of the assessment's school year and catalog. Then {@link #render} writes a document.
 *
 * <p>Used by the documents screen and by publishing (the frozen documents of a published version). Call
 * {@link #input} inside a read-write transaction: the export is audited.
 */
@Component
public class AssessmentReports {
    private final DossierService dossiers;
    private final ReportDocuments documents;

    AssessmentReports(DossierService dossiers, ReportDocuments documents) {
        this.dossiers = dossiers;
        this.documents = documents;
    }

    /** The report input of {@code assessment}, as the actor may see it (refused by kdclgd otherwise). */
    public ReportInput input(Actor actor, SelfAssessment assessment) {
        Path zip = null;
        try {
            zip = Files.createTempFile("kdclgd-report-", ".zip");
            try (OutputStream out = Files.newOutputStream(zip)) {
                dossiers.export(actor, assessment.getSchool().getId(), out);
            }
            DossierContents contents;
            try (InputStream in = Files.newInputStream(zip)) {
                contents = DossierService.read(in, DossierLimits.defaults());
            }
            return ReportInputs.fromContents(contents, Optional.of(assessment.getSchoolYear()), Optional.of(assessment.getCatalogId()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the temporary dossier", e);
        } finally {
            if (zip != null) {
                try {
                    Files.deleteIfExists(zip);
                } catch (IOException ignored) {
                    // the temporary directory is cleaned by the system
                }
            }
        }
    }

    /** The bytes of one document of {@code input}. */
    public byte[] render(ReportFile file, ReportInput input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        if (file.xlsx()) {
            documents.writeXlsx(file.kind(), input, out);
        } else {
            documents.writeDocx(file.kind(), input, Optional.empty(), out);
        }
        return out.toByteArray();
    }
}
