package vn.kdclgd.rules.internal.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.kdclgd.rules.evidence.EvidenceCitation;

/** Finds evidence codes, and text that looks like one, in report text. */
public final class EvidenceScanner {
    private static final String SP = "[ \\t\\u00A0\\u202F]*";
    private static final String SEP = "[.\\-\\u2010-\\u2013\\u2212]";

    /**
     * A prefix ({@code H} or {@code MC}, any case) not glued to a preceding letter or digit, then at
     * least three numbers separated by dots or hyphens (spaces allowed around separators), not glued to
     * a following letter or digit. Possessive quantifiers: no partial number is ever matched.
     */
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:[Hh]|[Mm][Cc])" + SP + SEP + "?" + SP + "\\p{Nd}++"
                    + "(?:" + SP + SEP + SP + "\\p{Nd}++){2,}+"
                    + "(?![\\p{L}\\p{N}])");

    /** A code of exactly canonical shape (no spaces), used when a candidate ran on past a valid code. */
    private static final Pattern TIGHT = Pattern.compile(
            "(?:[Hh][0-9]{1,2}-[0-9]{1,2}\\.[0-9]{1,2}-[0-9]{2}|[Mm][Cc]\\.[0-9]{1,2}\\.[0-9]{1,2}\\.[0-9]{2})");

    private EvidenceScanner() {
    }

    /** Every candidate in {@code text}, in order. */
    public static List<EvidenceCitation> scan(String text) {
        List<EvidenceCitation> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            String found = m.group();
            EvidenceCodeParser.Result r = EvidenceCodeParser.parse(found, null);
            if (r.ok()) {
                out.add(new EvidenceCitation(m.start(), m.end(), found, Optional.of(r.code()), Optional.empty()));
                continue;
            }
            // "MC.1.1.01 - 5 lớp": the candidate ran on past a valid code across a space.
            Matcher t = TIGHT.matcher(found);
            if (t.lookingAt() && t.end() < found.length()
                    && EvidenceCodeParser.isSpace(found.charAt(t.end()))) {
                EvidenceCodeParser.Result tr = EvidenceCodeParser.parse(t.group(), null);
                if (tr.ok()) {
                    out.add(new EvidenceCitation(m.start(), m.start() + t.end(), t.group(),
                            Optional.of(tr.code()), Optional.empty()));
                    continue;
                }
            }
            out.add(new EvidenceCitation(m.start(), m.end(), found, Optional.empty(), Optional.of(r.problem())));
        }
        return out;
    }
}
