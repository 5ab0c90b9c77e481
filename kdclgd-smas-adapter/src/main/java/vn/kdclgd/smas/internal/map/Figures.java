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
        Tally f = tallies.get(ImportKind.FACILITIES);
        if (f != null) {
            rooms(out, f);
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
        if (kinds.contains(ImportKind.FACILITIES)) {
            out.add(ROOMS);
        }
        return out;
    }

    /**
     * The prefix of the room counts. Narrow on purpose: other {@code facilities.*} categories (land area, a
     * hand-entered {@code facilities.rooms} …) are not the import's and survive a re-import.
     */
    public static final String ROOMS = "facilities.rooms.";

    /**
     * Rooms: the total; per room type (every type, 0 included, when every room's type is known); per type and
     * building grade (when the grade column exists and every room of that type has a known grade); the area in
     * whole m² (the sum rounded half up), in total and per type, known the same way.
     */
    private static void rooms(Map<String, Integer> out, Tally f) {
        out.put(ROOMS + "total", f.total);
        Tally.Breakdown grades = f.breakdowns.get(Field.BUILDING_GRADE);
        boolean gradeColumn = grades != null && !grades.columnMissing;
        Tally.Breakdown area = f.breakdowns.get(Field.AREA);
        boolean areaColumn = area != null && !area.columnMissing;
        if (areaColumn && f.area.unknownRows == 0) {
            m2(out, ROOMS + "area", f.area.hundredths);
        }
        Tally.Breakdown types = f.breakdowns.get(Field.ROOM_TYPE);
        if (types == null || !types.known()) {
            return;
        }
        for (String type : Field.ROOM_TYPE.canonical()) {
            out.put(ROOMS + type, types.count(type));
            Tally.Breakdown g = f.gradesByType.get(type);
            if (gradeColumn && (g == null || g.unknownRows == 0)) {
                for (String grade : Field.BUILDING_GRADE.canonical()) {
                    out.put(ROOMS + type + "." + grade, g == null ? 0 : g.count(grade));
                }
            }
            Tally.Area a = f.areaByType.get(type);
            if (areaColumn && (a == null || a.unknownRows == 0)) {
                m2(out, ROOMS + type + ".area", a == null ? 0 : a.hundredths);
            }
        }
    }

    /** Whole m², rounded half up; left unknown when too large for a count (no school has that much floor). */
    private static void m2(Map<String, Integer> out, String key, long hundredths) {
        long v = (hundredths + 50) / 100;
        if (v <= Integer.MAX_VALUE) {
            out.put(key, (int) v);
        }
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
