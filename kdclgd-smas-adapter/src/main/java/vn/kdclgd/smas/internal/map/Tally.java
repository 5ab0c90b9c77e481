package vn.kdclgd.smas.internal.map;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of one kind of record across every sheet of that kind. A breakdown is known only when every
 * counted record had its value — one unknown row makes it unknown (and the report lists that row),
 * because a partial count printed as a total is how "466 học sinh, 0 nữ" happens.
 */
final class Tally {
    /** One breakdown (e.g. female, by grade, by role): counts per value, and whether it is still known. */
    static final class Breakdown {
        final Map<String, Integer> counts = new TreeMap<>(Tally::compareKeys);
        int unknownRows;
        boolean columnMissing;

        void add(String value) {
            if (value == null) {
                unknownRows++;
            } else {
                counts.merge(value, 1, Integer::sum);
            }
        }

        boolean known() {
            return !columnMissing && unknownRows == 0;
        }

        int count(String value) {
            return counts.getOrDefault(value, 0);
        }
    }

    /** An area sum in hundredths of a square metre, and how many counted rooms had no readable area. */
    static final class Area {
        long hundredths;
        int unknownRows;

        void add(Long h) {
            if (h == null) {
                unknownRows++;
            } else {
                hundredths += h;
            }
        }
    }

    final CodeSet codes = new CodeSet();
    int total;
    int left;
    int duplicates;
    boolean seen;
    final Map<Field, Breakdown> breakdowns = new LinkedHashMap<>();
    /** class key → grade (null when unknown), students only. */
    final Map<String, String> classes = new TreeMap<>(Tally::compareKeys);
    int classSizes;
    boolean classSizeKnown = true;
    int recordsWithoutClass;
    /** Rooms only: the building grades of each room type (known per type), and the areas. */
    final Map<String, Breakdown> gradesByType = new TreeMap<>();
    final Area area = new Area();
    final Map<String, Area> areaByType = new TreeMap<>();

    Breakdown breakdown(Field f) {
        return breakdowns.computeIfAbsent(f, x -> new Breakdown());
    }

    /** Numbers first by value ("2" before "10"), then text. */
    static int compareKeys(String a, String b) {
        boolean na = smallNumber(a);
        boolean nb = smallNumber(b);
        if (na && nb) {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        }
        if (na != nb) {
            return na ? -1 : 1;
        }
        return a.compareTo(b);
    }

    /** Digits only, 1 to 9 of them (called on every counted row: no streams). */
    private static boolean smallNumber(String s) {
        if (s.isEmpty() || s.length() >= 10) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
