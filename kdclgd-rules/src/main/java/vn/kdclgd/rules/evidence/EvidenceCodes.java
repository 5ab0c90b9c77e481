package vn.kdclgd.rules.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.internal.evidence.EvidenceCodeParser;
import vn.kdclgd.rules.internal.evidence.EvidenceProblems;
import vn.kdclgd.rules.internal.evidence.EvidenceScanner;

/**
 * Reading, writing, finding and checking evidence codes of both schemes ({@code [Hn-a.b-cd]} and
 * {@code MC.a.b.cd}).
 *
 * <p><b>Parsing</b> is lenient about form and strict about numbers:
 * <ul>
 *   <li>accepted: spaces around and inside the code ({@code [ H1 - 1.10 - 03 ]}), no brackets
 *       ({@code H1-1.10-03}), one pair of square or round brackets around either scheme
 *       ({@code (MC.1.1.01)}, {@code [MC.1.1.01]}, {@code (H1-1.1-01)}), a lower-case prefix
 *       ({@code h1-…}, {@code mc.…}), typographic hyphens (‐ ‑ ‒ – −) in place of {@code -};</li>
 *   <li>rejected: digits other than ASCII {@code 0}–{@code 9}; leading zeros in box, standard or
 *       criterion ({@code H01}, {@code 1.01}); a sequence that is not exactly two digits {@code 01}–{@code 99}
 *       ({@code 1}, {@code 001}, {@code 00}); numbers above 99; missing or extra parts; unbalanced
 *       brackets.</li>
 * </ul>
 * A failure throws {@link KdclException} with one {@link Problem} whose code is one of
 * {@link EvidenceCodeErrors} ({@code KDCL-3001}…{@code KDCL-3009}); no other exception escapes for
 * any input.
 */
public final class EvidenceCodes {

    private EvidenceCodes() {
    }

    /**
     * Reads a code of either scheme; the scheme is detected from the prefix ({@code H} or {@code MC}).
     *
     * @param text the code, e.g. {@code [H1-1.10-03]}, {@code h1 - 1.10 - 03}, {@code (MC.1.3.02)}; null
     *             is treated as empty
     * @return the code
     * @throws KdclException with one problem ({@code KDCL-3001}…{@code KDCL-3009}) when {@code text} is
     *                       not a valid code
     */
    public static EvidenceCode parse(String text) {
        return unwrap(EvidenceCodeParser.parse(text, null));
    }

    /**
     * Reads a code that must be of {@code scheme}.
     *
     * @param text   the code; null is treated as empty
     * @param scheme the required scheme
     * @return the code
     * @throws KdclException with one problem; {@code KDCL-3003} when the code is of the other scheme
     */
    public static EvidenceCode parse(String text, EvidenceCodeScheme scheme) {
        Objects.requireNonNull(scheme, "scheme");
        return unwrap(EvidenceCodeParser.parse(text, scheme));
    }

    /**
     * Whether {@code text} is a valid code of either scheme (what {@link #parse(String)} accepts).
     *
     * @param text the text; may be null
     * @return true when {@link #parse(String)} would succeed
     */
    public static boolean isValid(String text) {
        return EvidenceCodeParser.parse(text, null).ok();
    }

    /**
     * The problem {@link #parse(String, EvidenceCodeScheme)} would report, if any — for form validation
     * without exceptions.
     *
     * @param text   the text; may be null
     * @param scheme the required scheme, or null for either
     * @return empty when {@code text} is a valid code, otherwise the single problem
     */
    public static List<Problem> check(String text, EvidenceCodeScheme scheme) {
        EvidenceCodeParser.Result r = EvidenceCodeParser.parse(text, scheme);
        return r.ok() ? List.of() : List.of(r.problem());
    }

    private static EvidenceCode unwrap(EvidenceCodeParser.Result r) {
        if (r.ok()) {
            return r.code();
        }
        throw new KdclException(r.problem());
    }

    /**
     * The canonical text of a code given by its components: {@code [H1-1.10-03]} or {@code MC.1.3.02}.
     *
     * @param scheme    the scheme
     * @param box       the box for {@link EvidenceCodeScheme#H}; empty for {@link EvidenceCodeScheme#MC}
     * @param standard  standard number, 1–99
     * @param criterion criterion number within the standard, 1–99
     * @param sequence  sequence, 1–99
     * @return the canonical text
     * @throws KdclException when the components do not make a valid code ({@code KDCL-3006},
     *                       {@code KDCL-3007}, {@code KDCL-3010})
     */
    public static String format(EvidenceCodeScheme scheme, OptionalInt box, int standard, int criterion,
                                int sequence) {
        return new EvidenceCode(scheme, box, standard, criterion, sequence).format();
    }

    /**
     * Every valid code cited in a piece of text, in order of appearance, repeated as often as it is
     * cited. Finds codes in square or round brackets, alone or in lists: "… theo quy định (MC.1.1.01,
     * MC.1.1.02)." or "… [H1-1.1-01], [H1-1.1-02]". Text that only looks like a code (e.g.
     * {@code [H1-1.1-1]}) is left out; {@link #scan(String)} reports it.
     *
     * @param text report text; null or empty gives an empty list
     * @return the codes, in order
     */
    public static List<EvidenceCode> findAll(String text) {
        List<EvidenceCode> codes = new ArrayList<>();
        for (EvidenceCitation c : scan(text)) {
            c.code().ifPresent(codes::add);
        }
        return List.copyOf(codes);
    }

    /**
     * Everything in a piece of text that is, or looks like, an evidence code: a prefix {@code H} or
     * {@code MC} (not inside a word) followed by at least three numbers separated by dots or hyphens.
     * Each citation carries the code or the problem that {@link #parse(String)} reports for it — useful
     * to show a school where a citation is mistyped.
     *
     * @param text report text; null or empty gives an empty list
     * @return the citations, in order of appearance
     */
    public static List<EvidenceCitation> scan(String text) {
        return List.copyOf(EvidenceScanner.scan(text));
    }

    /**
     * Checks a code against a catalog: its scheme must be the catalog's
     * {@link Catalog#evidenceCodeScheme()} ({@code KDCL-3020}) and its criterion {@code a.b} must exist
     * in the catalog ({@code KDCL-3021}). For {@code H} codes the box may differ from the standard number
     * (schools may choose their boxes); that is not a problem.
     *
     * @param code    the code
     * @param catalog the catalog of the self-assessment
     * @return every problem found; empty when the code fits the catalog
     */
    public static List<Problem> validate(EvidenceCode code, Catalog catalog) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(catalog, "catalog");
        List<Problem> problems = new ArrayList<>(2);
        if (code.scheme() != catalog.evidenceCodeScheme()) {
            problems.add(EvidenceProblems.schemeNotOfCatalog(code, catalog.id(), catalog.evidenceCodeScheme()));
        }
        if (catalog.criterion(code.criterionCode()).isEmpty()) {
            problems.add(EvidenceProblems.unknownCriterion(EvidenceProblems.quote(code.format()),
                    code.criterionCode(), catalog.id()));
        }
        return List.copyOf(problems);
    }
}
