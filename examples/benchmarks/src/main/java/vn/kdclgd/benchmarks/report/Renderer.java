package vn.kdclgd.benchmarks.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.kdclgd.report.DocumentKind;
import vn.kdclgd.report.ReportDocuments;
import vn.kdclgd.report.ReportInput;
import vn.kdclgd.report.ReportSamples;
import vn.kdclgd.report.internal.docs.Documents;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.CatalogRegistry;
import vn.kdclgd.rules.catalog.Criterion;

/**
 * One contender ready to render one input as one document kind: everything that a service would prepare
 * once (the catalog registry, poi-tl's template bytes) is done in the constructor; {@link #render} is what is
 * measured.
 */
public final class Renderer {
    /** The three ways of making the document. */
    public enum Contender {
        /** kdclgd-report: {@code ReportDocuments.writeDocx}. */
        OURS,
        /** poi-tl 1.12.2: {@code XWPFTemplate.compile(template).render(model)}. */
        POITL,
        /** POI XWPF used directly. */
        XWPF;

        /** The name on the command line. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final CatalogRegistry REGISTRY = CatalogRegistry.bundled();

    private final Contender contender;
    private final ReportInput input;
    private final Catalog catalog;
    private final DocumentKind kind;
    private final ReportDocuments docs = new ReportDocuments(REGISTRY);
    private final byte[] poiTlTemplate;

    /**
     * @param kind the document kind; {@code null} = {@link #defaultKind} for the input's regime
     */
    public Renderer(Contender contender, ReportInput input, DocumentKind kind) {
        this.contender = contender;
        this.input = input;
        this.catalog = REGISTRY.get(input.catalogId());
        this.kind = kind == null ? defaultKind(catalog) : kind;
        if (this.kind != DocumentKind.REPORT && this.kind != DocumentKind.EVIDENCE_LIST) {
            throw new IllegalArgumentException("only REPORT and EVIDENCE_LIST are benchmarked, not " + this.kind);
        }
        if (contender == Contender.OURS && !available(catalog, this.kind)) {
            throw new IllegalStateException("kdclgd-report has no DOCX " + this.kind + " for " + catalog.id() + " yet");
        }
        this.poiTlTemplate = contender == Contender.POITL
                ? PoiTlReport.template(this.kind == DocumentKind.REPORT, input.profiles().size()) : null;
    }

    /**
     * {@link DocumentKind#REPORT} when kdclgd-report has the report for the catalog's regime
     * ({@code Documents.docx(REPORT, tt57)} present), else {@link DocumentKind#EVIDENCE_LIST} — so the benchmark
     * measures the report as soon as it is merged, and the evidence list (its Phần IV appendix) until then.
     */
    public static DocumentKind defaultKind(Catalog catalog) {
        return available(catalog, DocumentKind.REPORT) ? DocumentKind.REPORT : DocumentKind.EVIDENCE_LIST;
    }

    /** Whether kdclgd-report makes {@code kind} as DOCX for the catalog's regime. */
    public static boolean available(Catalog catalog, DocumentKind kind) {
        return Documents.docx(kind, catalog.regime().startsWith("TT57")).isPresent();
    }

    /** The kind rendered. */
    public DocumentKind kind() {
        return kind;
    }

    /** Renders the document and writes it to {@code out}. */
    public void render(OutputStream out) throws IOException {
        switch (contender) {
            case OURS -> docs.writeDocx(kind, input, Optional.empty(), out);
            case POITL -> PoiTlReport.write(poiTlTemplate, model(), out);
            case XWPF -> XwpfReport.write(model(), out);
        }
    }

    private ReportModel model() {
        boolean report = kind == DocumentKind.REPORT;
        return ReportModel.of(input, catalog, report ? docs.rating(input) : null, report);
    }

    // ---------------------------------------------------------------- inputs

    /**
     * The benchmark's inputs: {@code TT18-2018} for 2024-2025 with 11 evidence items per criterion (28 criteria,
     * 308 items), {@code TT57-2026-PT} for 2026-2027 with 20 per criterion; {@link ReportSamples#sample} (long
     * texts, five school years of counts).
     */
    public static ReportInput sample(String catalogId) {
        Catalog c = REGISTRY.get(catalogId);
        return switch (catalogId) {
            case "TT18-2018" -> ReportSamples.sample(c, "2024-2025", 11);
            case "TT57-2026-PT" -> ReportSamples.sample(c, "2026-2027", 20);
            default -> ReportSamples.sample(c, "2026-2027", 10);
        };
    }

    /**
     * {@code input} with {@code n} evidence items instead of its own: the sample's items repeated over its
     * criteria with new codes ({@code MC.1.1.001} …, or {@code [H1-1.1-001]} …), each with its file name and link,
     * and every 7th shared with a second criterion (so the note column is filled).
     */
    public static ReportInput withEvidence(ReportInput input, int n) {
        Catalog catalog = REGISTRY.get(input.catalogId());
        boolean tt57 = catalog.regime().startsWith("TT57");
        List<Criterion> criteria = catalog.criteria();
        List<ReportInput.Evidence> base = input.evidence();
        List<ReportInput.Evidence> out = new ArrayList<>(n);
        int perCriterion = (n + criteria.size() - 1) / criteria.size();
        for (int i = 0; i < n; i++) {
            Criterion c = criteria.get(i / perCriterion);
            int k = i % perCriterion + 1;
            ReportInput.Evidence b = base.get(i % base.size());
            String code = tt57 ? String.format("MC.%s.%03d", c.code(), k) : String.format("[H%d-%s-%03d]", c.standardNumber(), c.code(), k);
            String plain = code.replaceAll("[\\[\\]]", "");
            List<String> used = i % 7 == 0 && i / perCriterion > 0 ? List.of(c.code(), criteria.get(i / perCriterion - 1).code())
                    : List.of(c.code());
            out.add(new ReportInput.Evidence(code, Optional.empty(), b.title() + " (" + k + ")", b.documentNumber(), b.issuedOn(),
                    b.issuer(), i % 11 == 0 ? Optional.of(LocalDate.of(2028, 6, 30)) : Optional.empty(),
                    List.of("https://minhchung.example.vn/" + plain), List.of(plain + ".pdf"), used));
        }
        return new ReportInput(input.school(), input.catalogId(), input.schoolYear(), input.reportDate(), input.council(), input.plan(),
                input.evaluations(), out, input.improvementActions(), input.profiles(), input.texts());
    }
}
