package vn.kdclgd.report.internal.docs;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import vn.kdclgd.report.DocumentKind;

/** Which class makes which DOCX document in which regime, and their default templates (built once). */
public final class Documents {
    private static final Map<DocumentKind, DocxDocument> TT57 = new EnumMap<>(DocumentKind.class);
    private static final Map<DocumentKind, DocxDocument> TT2018 = new EnumMap<>(DocumentKind.class);
    private static final Map<DocxDocument, byte[]> TEMPLATES = new ConcurrentHashMap<>();

    static {
        TT57.put(DocumentKind.EVIDENCE_LIST, new vn.kdclgd.report.internal.docs.tt57.EvidenceList57());
        TT2018.put(DocumentKind.REPORT, new vn.kdclgd.report.internal.docs.tt2018.Report2018());
        TT2018.put(DocumentKind.EVIDENCE_LIST, new vn.kdclgd.report.internal.docs.tt2018.EvidenceList2018());
        TT57.put(DocumentKind.COUNCIL_DECISION, new vn.kdclgd.report.internal.docs.common.CouncilDecision(true));
        TT2018.put(DocumentKind.COUNCIL_DECISION, new vn.kdclgd.report.internal.docs.common.CouncilDecision(false));
        TT57.put(DocumentKind.PLAN, new vn.kdclgd.report.internal.docs.common.AssessmentPlan(true));
        TT2018.put(DocumentKind.PLAN, new vn.kdclgd.report.internal.docs.common.AssessmentPlan(false));
        TT57.put(DocumentKind.CRITERION_FORMS, new vn.kdclgd.report.internal.docs.common.CriterionForms(true));
        TT2018.put(DocumentKind.CRITERION_FORMS, new vn.kdclgd.report.internal.docs.common.CriterionForms(false));
        TT2018.put(DocumentKind.DATA_TABLES, new vn.kdclgd.report.internal.docs.common.DataTables2018());
        TT57.put(DocumentKind.REPORT, new vn.kdclgd.report.internal.docs.tt57.Report57());
        TT57.put(DocumentKind.IMPROVEMENT_PLAN, new vn.kdclgd.report.internal.docs.tt57.ImprovementPlan57());
        TT57.put(DocumentKind.DATA_TABLES, new vn.kdclgd.report.internal.docs.tt57.DataTables57());
    }

    private Documents() {
    }

    /** The document of {@code kind} for the regime ({@code tt57} true = TT57/2026, else the 2018 regime). */
    public static Optional<DocxDocument> docx(DocumentKind kind, boolean tt57) {
        return Optional.ofNullable((tt57 ? TT57 : TT2018).get(kind));
    }

    /** The default template of {@code doc}, built on first use. */
    public static byte[] template(DocxDocument doc) {
        return TEMPLATES.computeIfAbsent(doc, DocxDocument::defaultTemplate);
    }
}
