package vn.kdclgd.smas.internal.map;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import vn.kdclgd.smas.ImportKind;

/**
 * Turns tallies into the school-profile categories (docs/import.md): category → count, present only
 * when known. Unknown is absent — never 0.
 */
public final class Figures {
    private Figures() {
    }

    /** The known counts. */
    public static Map<String, Integer> counts(Map<ImportKind, Tally> tallies) {
        Map<String, Integer> out = new LinkedHashMap<>();
        Tally s = tallies.get(ImportKind.STUDENTS);
        Tally c = tallies.get(ImportKind.CLASSES);
        Tally st = tallies.get(ImportKind.STAFF);
        if (s != null) {
            out.put("students.total", s.total);
            one(out, "students.female", s, Field.GENDER, "FEMALE");
            one(out, "students.ethnicMinority", s, Field.ETHNICITY, "MINORITY");
            one(out, "students.disability", s, Field.DISABILITY, "DISABLED");
            each(out, "students.grade.", s.breakdowns.get(Field.GRADE));
        }
        if (c != null) {
            out.put("classes.total", c.total);
            each(out, "classes.grade.", c.breakdowns.get(Field.GRADE));
            if (c.classSizeKnown && c.total > 0) {
                out.put("classes.students", c.classSizes);
            }
        } else if (s != null && s.recordsWithoutClass == 0) {
            out.put("classes.total", s.classes.size());
            if (!s.classes.containsValue(null)) {
                Map<String, Integer> byGrade = new TreeMap<>(Tally::compareKeys);
                s.classes.values().forEach(g -> byGrade.merge(g, 1, Integer::sum));
                byGrade.forEach((g, n) -> out.put("classes.grade." + g, n));
            }
        }
        if (st != null) {
            out.put("staff.total", st.total);
            one(out, "staff.female", st, Field.GENDER, "FEMALE");
            one(out, "staff.ethnicMinority", st, Field.ETHNICITY, "MINORITY");
            all(out, "staff.role.", st, Field.ROLE);
            all(out, "staff.training.", st, Field.TRAINING);
            all(out, "staff.standard.", st, Field.STANDARD);
        }
        return out;
    }

    /** The prefixes of the categories an import of {@code kinds} owns (replaced on re-import). */
    public static java.util.List<String> ownedPrefixes(java.util.Set<ImportKind> kinds) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (kinds.contains(ImportKind.STUDENTS)) {
            out.add("students.");
        }
        if (kinds.contains(ImportKind.STUDENTS) || kinds.contains(ImportKind.CLASSES)) {
            out.add("classes.");
        }
        if (kinds.contains(ImportKind.STAFF)) {
            out.add("staff.");
        }
        return out;
    }

    private static void one(Map<String, Integer> out, String key, Tally t, Field f, String value) {
        Tally.Breakdown b = t.breakdowns.get(f);
        if (b != null && b.known()) {
            out.put(key, b.count(value));
        }
    }

    private static void each(Map<String, Integer> out, String prefix, Tally.Breakdown b) {
        if (b != null && b.known()) {
            b.counts.forEach((k, n) -> out.put(prefix + k, n));
        }
    }

    private static void all(Map<String, Integer> out, String prefix, Tally t, Field f) {
        Tally.Breakdown b = t.breakdowns.get(f);
        if (b != null && b.known()) {
            new TreeMap<>(Map.copyOf(f.canonical().stream().collect(java.util.stream.Collectors.toMap(v -> v, b::count))))
                    .forEach((k, n) -> out.put(prefix + k, n));
        }
    }
}
