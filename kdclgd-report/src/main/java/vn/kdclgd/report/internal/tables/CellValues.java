package vn.kdclgd.report.internal.tables;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import vn.kdclgd.report.ReportInput;

/**
 * Evaluates the value specifications of {@code mapping.json} for one table. A specification is one JSON
 * object:
 * <ul>
 * <li>{@code {"key": "students.total"}} — the count of the column's school year ({@code {m}} in the key is
 * replaced by the column's measure, e.g. {@code personnel.PRINCIPAL.{m}});</li>
 * <li>{@code {"grade": "classes.grade.", "total": "classes.total", "of": "6"}} — the count of one grade
 * ({@code of} defaults to the row's grade); when absent, it is 0 if the present grade counts already add up
 * to the total (counts cannot be negative), else unknown;</li>
 * <li>{@code {"sum": [spec…]}} — the sum, known only when every operand is;</li>
 * <li>{@code {"rows": ["I.1", "I.2"]}}, {@code {"rows": ["grade"]}}, {@code {"rows": ["*"]}} — the sum of
 * other rows of the same column (all grade rows; every other row), known only when every operand is;</li>
 * <li>{@code {"row": "Tổng số giáo viên"}} — another row's value;</li>
 * <li>{@code {"any": [spec…]}} — the first that is known;</li>
 * <li>{@code {"ratio": [a, b]}}, {@code {"percent": [a, b]}}, {@code {"countAndPercent": [a, b]}} — "1,85",
 * "12,5%", "850 (88,4%)", known only when both are and b ≠ 0;</li>
 * <li>{@code {"text": "school.principal"}}, {@code {"school": "name"}}, {@code {"ownership": "Công lập"}}
 * ("x" when the text {@code school.ownership} names it, blank when it names another);</li>
 * <li>{@code {"blank": true}} — blank on purpose; {@code {"none": "why"}} — never filled (missing).</li>
 * </ul>
 */
final class CellValues {
    /** A value: a count (usable in sums) or a printed text. */
    record Val(Long count, String text) {
        static Val of(long n) {
            return new Val(n, VietnameseNumbers.count(n));
        }

        static Val text(String t) {
            return new Val(null, t);
        }
    }

    /** A row as the evaluator sees it. */
    record RowRef(String key, String grade, JsonNode spec) {
    }

    private final ReportInput input;
    private final List<RowRef> rows;
    private final Map<String, RowRef> byKey = new HashMap<>();
    private final Map<String, Optional<Val>> memo = new HashMap<>();
    private final Set<String> busy = new HashSet<>();

    CellValues(ReportInput input, List<RowRef> rows) {
        this.input = input;
        this.rows = rows;
        rows.forEach(r -> byKey.put(r.key(), r));
    }

    /** The value of row {@code key} in the column of {@code year} and {@code measure} (may be null). */
    Optional<Val> value(String key, String year, String measure) {
        String memoKey = key + '\u0000' + year + '\u0000' + measure;
        Optional<Val> v = memo.get(memoKey);
        if (v != null) {
            return v;
        }
        if (!busy.add(memoKey)) {
            throw new IllegalStateException("mapping.json: rows refer to each other in a cycle at " + key);
        }
        RowRef row = byKey.get(key);
        if (row == null) {
            throw new IllegalStateException("mapping.json: no row " + key);
        }
        JsonNode spec = row.spec();
        if (measure != null && spec.has("columns") && spec.get("columns").has(measure)) {
            spec = spec.get("columns").get(measure);
        } else if (spec.has("value")) {
            spec = spec.get("value");
        }
        v = eval(spec, row, year, measure);
        busy.remove(memoKey);
        memo.put(memoKey, v);
        return v;
    }

    private Optional<Val> eval(JsonNode spec, RowRef row, String year, String measure) {
        if (spec.has("key")) {
            String k = spec.get("key").asText();
            return count(year, measure == null ? k : k.replace("{m}", measure)).map(Val::of);
        }
        if (spec.has("grade")) {
            String g = spec.has("of") ? spec.get("of").asText() : row.grade();
            if (g == null) {
                throw new IllegalStateException("mapping.json: grade spec without grade at " + row.key());
            }
            return grade(spec.get("grade").asText(), spec.get("total").asText(), g, year).map(Val::of);
        }
        if (spec.has("sum")) {
            List<Optional<Val>> parts = new ArrayList<>();
            spec.get("sum").forEach(s -> parts.add(eval(s, row, year, measure)));
            return sum(parts);
        }
        if (spec.has("rows")) {
            List<Optional<Val>> parts = new ArrayList<>();
            for (JsonNode r : spec.get("rows")) {
                String ref = r.asText();
                if (ref.equals("*")) {
                    rows.stream().filter(o -> !o.key().equals(row.key()))
                            .forEach(o -> parts.add(value(o.key(), year, measure)));
                } else if (ref.equals("grade")) {
                    rows.stream().filter(o -> o.grade() != null).forEach(o -> parts.add(value(o.key(), year, measure)));
                } else {
                    parts.add(value(ref, year, measure));
                }
            }
            return sum(parts);
        }
        if (spec.has("row")) {
            return value(spec.get("row").asText(), year, measure);
        }
        if (spec.has("any")) {
            for (JsonNode s : spec.get("any")) {
                Optional<Val> v = eval(s, row, year, measure);
                if (v.isPresent()) {
                    return v;
                }
            }
            return Optional.empty();
        }
        if (spec.has("ratio") || spec.has("percent") || spec.has("countAndPercent")) {
            String op = spec.has("ratio") ? "ratio" : spec.has("percent") ? "percent" : "countAndPercent";
            Optional<Long> a = eval(spec.get(op).get(0), row, year, measure).map(CellValues::number);
            Optional<Long> b = eval(spec.get(op).get(1), row, year, measure).map(CellValues::number);
            if (a.isEmpty() || b.isEmpty()) {
                return Optional.empty();
            }
            return switch (op) {
                case "ratio" -> VietnameseNumbers.ratio(a.get(), b.get()).map(Val::text);
                case "percent" -> VietnameseNumbers.percent(a.get(), b.get()).map(Val::text);
                default -> VietnameseNumbers.percent(a.get(), b.get())
                        .map(p -> Val.text(VietnameseNumbers.count(a.get()) + " (" + p + ")"));
            };
        }
        if (spec.has("text")) {
            return input.text(spec.get("text").asText()).map(t -> Val.text(nfc(t.strip())));
        }
        if (spec.has("school")) {
            return school(spec.get("school").asText()).map(t -> Val.text(nfc(t)));
        }
        if (spec.has("ownership")) {
            Optional<String> own = input.text(vn.kdclgd.report.ReportTexts.SCHOOL_OWNERSHIP);
            String wanted = nfc(spec.get("ownership").asText());
            return own.map(o -> Val.text(nfc(o.strip()).toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT)) ? "x" : ""));
        }
        if (spec.has("blank")) {
            return Optional.of(Val.text(""));
        }
        if (spec.has("none")) {
            return Optional.empty();
        }
        throw new IllegalStateException("mapping.json: unknown value spec " + spec + " at " + row.key());
    }

    private static long number(Val v) {
        if (v.count() == null) {
            throw new IllegalStateException("mapping.json: a sum or ratio operand is not a count: " + v.text());
        }
        return v.count();
    }

    private static Optional<Val> sum(List<Optional<Val>> parts) {
        long total = 0;
        for (Optional<Val> p : parts) {
            if (p.isEmpty()) {
                return Optional.empty();
            }
            total = Math.addExact(total, number(p.get()));
        }
        return Optional.of(Val.of(total));
    }

    private Optional<Long> count(String year, String key) {
        Map<String, Long> counts = input.profiles().get(year);
        return counts == null ? Optional.empty() : Optional.ofNullable(counts.get(key));
    }

    private Optional<Long> grade(String prefix, String totalKey, String grade, String year) {
        Optional<Long> own = count(year, prefix + grade);
        if (own.isPresent()) {
            return own;
        }
        Optional<Long> total = count(year, totalKey);
        Map<String, Long> counts = input.profiles().get(year);
        if (total.isEmpty() || counts == null) {
            return Optional.empty();
        }
        long present = counts.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .filter(e -> e.getKey().indexOf('.', prefix.length()) < 0)
                .mapToLong(Map.Entry::getValue).sum();
        return present == total.get() ? Optional.of(0L) : Optional.empty();
    }

    private Optional<String> school(String field) {
        ReportInput.School s = input.school();
        Optional<String> v = switch (field) {
            case "name" -> Optional.of(s.name());
            case "governingBody" -> s.governingBody();
            case "province" -> s.province();
            case "commune" -> s.commune();
            case "campuses" -> s.campuses() > 0 ? Optional.of(Integer.toString(s.campuses())) : Optional.empty();
            default -> throw new IllegalStateException("mapping.json: unknown school field " + field);
        };
        return v.filter(t -> !t.isBlank());
    }

    static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
