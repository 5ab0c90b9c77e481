package vn.kdclgd.smas.internal.map;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the values of one coded field become canonical: an exact table on the folded value (see
 * {@link Fold#value}), then regular-expression rules on the folded value (the first that finds a match
 * wins; {@code $1} in its value is the first group), then {@code otherwise} for any other non-blank
 * value; {@code blank} for an empty cell. Results are cached per raw text (vocabularies are small).
 */
public final class ValueMap {
    /** A rule: a pattern searched in the folded value and the canonical value it gives. */
    public record Rule(Pattern pattern, String value) {
    }

    private final Map<String, String> exact;
    private final List<Rule> rules;
    private final String otherwise;
    private final String blank;
    private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();

    /** A table; {@code otherwise} and {@code blank} may be null (no value). */
    public ValueMap(Map<String, String> exact, List<Rule> rules, String otherwise, String blank) {
        this.exact = Map.copyOf(exact);
        this.rules = List.copyOf(rules);
        this.otherwise = otherwise;
        this.blank = blank;
    }

    /** The same table with {@code over}'s entries and rules first. */
    public ValueMap overriddenBy(ValueMap over) {
        Map<String, String> merged = new java.util.HashMap<>(exact);
        merged.putAll(over.exact);
        List<Rule> r = new java.util.ArrayList<>(over.rules);
        r.addAll(rules);
        return new ValueMap(merged, r, over.otherwise != null ? over.otherwise : otherwise, over.blank != null ? over.blank : blank);
    }

    /** The canonical value of a blank cell, if the table gives one. */
    public Optional<String> blank() {
        return Optional.ofNullable(blank);
    }

    /** The canonical value of {@code raw} (not blank), or empty when the table does not know it. */
    public Optional<String> map(String raw) {
        Optional<String> hit = cache.get(raw);
        if (hit != null) {
            return hit;
        }
        Optional<String> v = compute(Fold.value(raw));
        if (cache.size() < 10_000) {
            cache.put(raw, v);
        }
        return v;
    }

    private Optional<String> compute(String folded) {
        if (folded.isEmpty()) {
            return Optional.ofNullable(blank);
        }
        String v = exact.get(folded);
        if (v != null) {
            return Optional.of(v);
        }
        for (Rule r : rules) {
            Matcher m = r.pattern().matcher(folded);
            if (m.find()) {
                return Optional.of(m.groupCount() > 0 && m.group(1) != null ? r.value().replace("$1", m.group(1)) : r.value());
            }
        }
        return Optional.ofNullable(otherwise);
    }
}
