package vn.kdclgd.rules.evidence;

/** The evidence-code schemes kdclgd knows. */
public enum EvidenceCodeScheme {
    /**
     * {@code [Hn-a.b-cd]} of Công văn 5932/5942 (2018 regime): box n, criterion a.b, two-digit
     * sequence cd, e.g. {@code [H1-1.10-03]}.
     */
    H,
    /**
     * {@code MC.a.b.cd} of Phụ lục IV Thông tư 57/2026: standard a, criterion b within the standard,
     * two-digit sequence cd, e.g. {@code MC.1.3.02}.
     */
    MC
}
