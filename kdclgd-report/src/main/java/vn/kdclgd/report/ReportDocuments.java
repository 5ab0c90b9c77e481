package vn.kdclgd.report;

import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.kdclgd.core.service.AssessmentService;
import vn.kdclgd.core.service.UnitStatistics;
import vn.kdclgd.report.internal.docs.Context;
import vn.kdclgd.report.internal.docs.Documents;
import vn.kdclgd.report.internal.docs.DocxDocument;
import vn.kdclgd.report.internal.docx.DocxRenderer;
import vn.kdclgd.report.internal.tables.DataTable;
import vn.kdclgd.report.internal.tables.DataTables;
import vn.kdclgd.report.internal.xlsx.DataTablesXlsx;
import vn.kdclgd.report.internal.xlsx.EvidenceListXlsx;
import vn.kdclgd.report.internal.xlsx.ResultsSummaryXlsx;
import vn.kdclgd.report.internal.xlsx.StatisticsXlsx;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.CatalogRegistry;
import vn.kdclgd.rules.rating.Judgements;
import vn.kdclgd.rules.rating.RatingEngine;
import vn.kdclgd.rules.rating.RatingResult;

/**
 * Makes the documents of a self-assessment. DOCX documents come from a template: kdclgd's default one for
 * the document and regime ({@link #defaultTemplate}), or a vendor's copy restyled in Word and passed in at
 * run time. Thread-safe; keep one instance.
 *
 * <pre>{@code
 * ReportDocuments docs = new ReportDocuments(CatalogRegistry.bundled());
 * ReportInput input = ReportInputs.fromDossier(Path.of("dossier.zip"), Optional.empty(), Optional.empty());
 * try (OutputStream out = Files.newOutputStream(Path.of("bao-cao.docx"))) {
 *     docs.writeDocx(DocumentKind.REPORT, input, Optional.empty(), out);
 * }
 * }</pre>
 */
public final class ReportDocuments {
    private final CatalogRegistry registry;

    /** Documents for the catalogs of {@code registry}. */
    public ReportDocuments(CatalogRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * Writes a DOCX document.
     *
     * @param template a vendor's template (DOCX bytes); empty = kdclgd's default for the document and regime
     * @throws ReportException an unknown catalog, a document the regime does not have, a template with unknown
     *                         placeholders (all listed) — checked before anything is written
     */
    public void writeDocx(DocumentKind kind, ReportInput input, Optional<byte[]> template, OutputStream out) {
        Context c = context(input);
        DocxDocument doc = document(kind, c);
        byte[] bytes = template.orElseGet(() -> Documents.template(doc));
        String name = template.isPresent() ? "mẫu " + kind.cliName() + ".docx" : "mẫu mặc định " + kind.cliName();
        DocxRenderer.render(bytes, name, doc.values(c), doc.blocks(c), out);
    }

    /**
     * Writes an XLSX document: {@link DocumentKind#EVIDENCE_LIST}, {@link DocumentKind#DATA_TABLES} or
     * {@link DocumentKind#RESULTS_SUMMARY}. Text that starts like a formula is written as text.
     *
     * @throws ReportException for another kind ({@link ReportException#NOT_FOR_REGIME}) or an unknown catalog
     */
    public void writeXlsx(DocumentKind kind, ReportInput input, OutputStream out) {
        Context c = context(input);
        switch (kind) {
            case EVIDENCE_LIST -> EvidenceListXlsx.write(input, c.tt57() ? "TT57-2026" : "TT2018", out);
            case DATA_TABLES -> DataTablesXlsx.write(c.tables(), c.tt57() ? "THÔNG TIN DỮ LIỆU" : "CƠ SỞ DỮ LIỆU", out);
            case RESULTS_SUMMARY -> ResultsSummaryXlsx.write(input, c.catalog(), c.rating(), out);
            default -> throw ReportException.of(ReportException.NOT_FOR_REGIME, kind.cliName(),
                    "tài liệu " + kind.cliName() + " không có dạng XLSX; dùng .docx", "there is no XLSX " + kind.cliName() + "; use .docx");
        }
    }

    /**
     * Writes a supervising unit's statistics (XLSX with a chart of schools per level; no rankings) from
     * {@link vn.kdclgd.core.service.StatisticsService}'s result.
     */
    public static void writeStatistics(UnitStatistics statistics, OutputStream out) {
        StatisticsXlsx.write(statistics, out);
    }

    /** kdclgd's default template of a DOCX document for the regime of {@code catalogId}, to restyle in Word. */
    public byte[] defaultTemplate(DocumentKind kind, String catalogId) {
        Catalog catalog = catalog(catalogId);
        return Documents.template(document(kind, catalog.regime().startsWith("TT57"), catalogId));
    }

    /** The rating of the input's judgements (what the documents print). */
    public RatingResult rating(ReportInput input) {
        return RatingEngine.rate(catalog(input.catalogId()), judgements(input));
    }

    Context context(ReportInput input) {
        Catalog catalog = catalog(input.catalogId());
        RatingResult rating = RatingEngine.rate(catalog, judgements(input));
        return new Context(input, catalog, rating, tables(input, catalog));
    }

    static List<DataTable> tables(ReportInput input, Catalog catalog) {
        try {
            return DataTables.of(input, catalog.regime().startsWith("TT57") ? "TT57-2026" : "TT2018");
        } catch (ReportException e) {
            if (ReportException.NOT_FOR_REGIME.equals(e.code())) {
                return List.of(); // no Phần I form for this school type in this regime: the documents print it as missing
            }
            throw e;
        }
    }

    private DocxDocument document(DocumentKind kind, Context c) {
        return document(kind, c.tt57(), c.catalog().id());
    }

    private static DocxDocument document(DocumentKind kind, boolean tt57, String catalogId) {
        return Documents.docx(kind, tt57).orElseThrow(() -> ReportException.of(ReportException.NOT_FOR_REGIME,
                catalogId, "tài liệu " + kind.cliName() + " không có dạng DOCX cho chế độ này",
                "there is no DOCX " + kind.cliName() + " for this regime"));
    }

    private Catalog catalog(String id) {
        return registry.find(id).orElseThrow(() -> new ReportException(List.of(Problem.of(ReportException.UNKNOWN_CATALOG, id,
                "bộ tiêu chuẩn không có trong danh mục; thêm tệp bộ tiêu chuẩn (--catalog-path)",
                "the catalog is not in the registry; add its file (--catalog-path)"))));
    }

    static Judgements judgements(ReportInput input) {
        Judgements.Builder b = Judgements.builder();
        for (ReportInput.Evaluation e : input.evaluations()) {
            for (ReportInput.Judgement j : e.judgements()) {
                if (AssessmentService.LEVEL4.equals(e.criterion())) {
                    b.level4(j.itemKey(), j.met());
                } else {
                    b.item(e.criterion(), j.level(), j.itemKey(), j.met());
                }
            }
        }
        return b.build();
    }
}
