package vn.kdclgd.report.internal.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import vn.kdclgd.report.ReportException;
import vn.kdclgd.report.ReportInput;
import vn.kdclgd.report.internal.tables.CellValues.RowRef;
import vn.kdclgd.report.internal.tables.CellValues.Val;
import vn.kdclgd.report.internal.tables.DataTable.HeaderCell;
import vn.kdclgd.report.internal.tables.DataTable.Row;

/**
 * The tables of the report's Phần I ("Cơ sở dữ liệu" of CV 5932/5942; "Thông tin dữ liệu" of TT57/2026
 * Biểu 1 Phụ lục V) for one school, as {@link DataTable}s. Row labels, row numbers and columns come from the
 * regulation sources copied unchanged into {@code vn/kdclgd/report/tables/}; which profile count or text fills
 * each row comes from {@code mapping.json} next to them (see {@code docs/report-data-tables.md}).
 *
 * <p>Unknown is never 0: a count key absent from the profile of a year leaves its cell empty, and a sum or
 * ratio is computed only when every operand is known.
 */
public final class DataTables {
    /** The old regime (TT17/18/19-2018 with CV 5932/5942): five school years. */
    public static final String TT2018 = "TT2018";
    /** Thông tư 57/2026/TT-BGDĐT: three school years. */
    public static final String TT57 = "TT57-2026";

    private static final Pattern GRADE_ROW = Pattern.compile("^(- )?Khối lớp (\\d+)$");
    private static final Pattern ROMAN = Pattern.compile("^[IVX]+$");
    private static final Pattern ARABIC = Pattern.compile("^\\d+$");
    private static final Pattern LETTER = Pattern.compile("^[a-z]$");
    private static final Pattern SCHOOL_YEAR = Pattern.compile("^(\\d{4})-(\\d{4})$");

    private DataTables() {
    }

    /**
     * The Phần I tables of {@code input}'s school for {@code regime}, in the order of the form: the school
     * information first, then the numbered tables.
     *
     * @param input  the report input (school, school year assessed, yearly counts, texts)
     * @param regime the catalog's regime, {@link #TT2018} or {@link #TT57}
     * @return the tables, never empty
     * @throws ReportException {@code KDCL-9405} when the regime is unknown or has no Phần I form for the school
     *                         type (the old regime has none for GDTX centres); {@code KDCL-9406} when the
     *                         school year is not of the form {@code 2026-2027}
     */
    public static List<DataTable> of(ReportInput input, String regime) {
        TableSources src = TableSources.get();
        if (TT2018.equals(regime)) {
            return new Builder(src, input, Layout.old(src, input)).old();
        }
        if (TT57.equals(regime)) {
            return new Builder(src, input, Layout.tt57(src, input)).tt57();
        }
        throw ReportException.of(ReportException.NOT_FOR_REGIME, "regime " + regime,
                "Chưa hỗ trợ bảng số liệu Phần I cho chế độ " + regime + ".",
                "No Phần I data tables for regime " + regime + "; expected " + TT2018 + " or " + TT57 + ".");
    }

    /**
     * The school years of the year columns: the {@code count} most recent ending at {@code schoolYear},
     * oldest first ({@code 2026-2027}, 3 → {@code 2024-2025, 2025-2026, 2026-2027}).
     *
     * @param schoolYear the school year assessed, {@code 2026-2027}
     * @param count      how many
     * @return the years, oldest first
     * @throws ReportException {@code KDCL-9406} when {@code schoolYear} is not two consecutive years
     */
    public static List<String> years(String schoolYear, int count) {
        Matcher m = SCHOOL_YEAR.matcher(schoolYear);
        if (!m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
            throw ReportException.of(ReportException.BAD_CONTENT, "schoolYear " + schoolYear,
                    "Năm học \"" + schoolYear + "\" không đúng dạng 2026-2027.",
                    "School year \"" + schoolYear + "\" is not of the form 2026-2027.");
        }
        int last = Integer.parseInt(m.group(1));
        List<String> out = new ArrayList<>();
        for (int y = last - count + 1; y <= last; y++) {
            out.add(y + "-" + (y + 1));
        }
        return out;
    }

    /**
     * Which source variant, mapping set and grades a school gets.
     *
     * @param variant  the old source's school-type variant ({@code THCS} …); null for TT57
     * @param set      the mapping set of {@code mapping.json}
     * @param grades   the school's grades replacing the source's "Khối lớp" rows; null keeps the source's rows
     * @param gradeNote a note for the tables with grade rows, or null
     * @param typeNote  a note for every numbered table (TT57, school type other than THCS), or null
     * @param years    the year columns, oldest first
     */
    record Layout(String variant, String set, List<String> grades, String gradeNote, String typeNote, List<String> years) {
        static Layout old(TableSources src, ReportInput input) {
            String type = input.school().schoolType();
            List<String> years = DataTables.years(input.schoolYear(), 5);
            List<String> levels = input.school().levelsTaught();
            return switch (type) {
                case "MAM_NON" -> new Layout("MAM_NON", "TT2018-MN", null, null, null, years);
                case "TIEU_HOC" -> new Layout("TIEU_HOC", "TT2018-PT", null, null, null, years);
                case "THCS" -> new Layout("THCS", "TT2018-PT", null, null, null, years);
                case "THPT" -> new Layout("THCS", "TT2018-PT", grades(src, List.of("THPT")), src.note("THPT_2018"), null, years);
                case "PHO_THONG_NHIEU_CAP" -> {
                    if (levels.isEmpty()) {
                        yield new Layout("TIEU_HOC_VA_THCS", "TT2018-PT", null, src.note("LEVELS_UNKNOWN"), null, years);
                    }
                    String variant = levels.contains("TIEU_HOC") ? "TIEU_HOC_VA_THCS" : "THCS";
                    String note = levels.contains("THPT") ? src.note("THPT_2018") : null;
                    yield new Layout(variant, "TT2018-PT", grades(src, levels), note, null, years);
                }
                default -> throw ReportException.of(ReportException.NOT_FOR_REGIME, "schoolType " + type,
                        "Không có mẫu bảng số liệu Phần I của Công văn 5932/5942 cho loại trường " + type + ".",
                        "The old regime (CV 5932/5942) has no Phần I data tables for school type " + type + ".");
            };
        }

        static Layout tt57(TableSources src, ReportInput input) {
            String type = input.school().schoolType();
            List<String> years = DataTables.years(input.schoolYear(), 3);
            if (type.equals("THCS")) {
                return new Layout(null, "TT57-PT", null, null, null, years);
            }
            List<String> levels = input.school().levelsTaught();
            List<String> byType = switch (type) {
                case "MAM_NON", "TIEU_HOC", "THPT" -> List.of(type);
                case "PHO_THONG_NHIEU_CAP" -> List.of();
                default -> List.of("THCS", "THPT");
            };
            List<String> use = levels.isEmpty() ? byType : levels;
            String gradeNote = use.isEmpty() ? src.note("LEVELS_UNKNOWN") : null;
            return new Layout(null, "TT57-PT", use.isEmpty() ? null : grades(src, use), gradeNote,
                    src.note("TT57_OTHER_TYPE"), years);
        }

        private static List<String> grades(TableSources src, List<String> levels) {
            Set<String> out = new LinkedHashSet<>();
            for (String level : List.of("MAM_NON", "TIEU_HOC", "THCS", "THPT")) {
                if (levels.contains(level)) {
                    src.mapping.path("grades").path(level).forEach(g -> out.add(g.asText()));
                }
            }
            return List.copyOf(out);
        }
    }

    /** One row of a source table after grade expansion. */
    private record SourceRow(String label, String number, String grade) {
    }

    /** Builds the tables of one layout. */
    private static final class Builder {
        private final TableSources src;
        private final ReportInput input;
        private final Layout layout;
        private final JsonNode set;

        Builder(TableSources src, ReportInput input, Layout layout) {
            this.src = src;
            this.input = input;
            this.layout = layout;
            this.set = src.mapping.path("sets").path(layout.set());
        }

        List<DataTable> old() {
            JsonNode tables = src.old.path("schoolTypes").path(layout.variant());
            JsonNode ids = src.mapping.path("tableIds").path(TT2018);
            List<DataTable> out = new ArrayList<>();
            for (int i = 0; i < tables.size(); i++) {
                JsonNode t = tables.get(i);
                String id = ids.get(i).asText();
                List<SourceRow> rows = new ArrayList<>();
                t.path("rows").forEach(r -> rows.add(new SourceRow(r.path("label").asText(), r.path("no").asText(""), null)));
                List<Object> columns = new ArrayList<>();
                t.path("columns").forEach(c -> columns.add(c.asText()));
                List<String> notes = new ArrayList<>();
                if (id.equals("students") && layout.variant().equals("MAM_NON")) {
                    notes.add(src.note("MN_REPEATED_ROW"));
                }
                if (id.equals("results")) {
                    if (!layout.variant().equals("TIEU_HOC")) {
                        notes.add(src.note("RESULTS_OLD_VOCABULARY"));
                    }
                }
                out.add(table(id, t.path("title").asText(), columns, rows, notes));
            }
            return out;
        }

        List<DataTable> tt57() {
            JsonNode header = src.tt57.path("header");
            List<DataTable> out = new ArrayList<>();
            String title = "Phần I. THÔNG TIN DỮ LIỆU (Đối với trường phổ thông)";
            out.add(schoolNames(title, header.path("lines")));
            out.add(schoolDetails(header, title));
            JsonNode ids = src.mapping.path("tableIds").path(TT57);
            for (JsonNode t : src.tt57.path("tables")) {
                JsonNode subs = t.has("subtables") ? t.path("subtables") : null;
                List<JsonNode> parts = new ArrayList<>();
                if (subs == null) {
                    parts.add(t);
                } else {
                    subs.forEach(parts::add);
                }
                for (JsonNode p : parts) {
                    String id = ids.path(p.path("number").asText()).asText(null);
                    if (id == null) {
                        continue; // 5. Các số liệu khác (nếu có): free text, no rows
                    }
                    String printed = t.path("number").asText() + ". " + t.path("title").asText()
                            + (p == t ? "" : " " + p.path("title").asText());
                    List<SourceRow> rows = new ArrayList<>();
                    p.path("rows").forEach(r -> rows.add(new SourceRow(r.path("label").asText(), r.path("tt").asText(""), null)));
                    List<Object> columns = new ArrayList<>();
                    p.path("columns").forEach(c -> columns.add(c.isTextual() ? c.asText() : c));
                    List<String> notes = new ArrayList<>();
                    if (layout.typeNote() != null) {
                        notes.add(id.equals("results") ? src.note("TT57_RESULTS_OTHER_TYPE") : layout.typeNote());
                    }
                    if (id.equals("results")) {
                        notes.add(src.note("TT57_RESULTS_GRADES"));
                    }
                    out.add(table(id, printed, columns, rows, notes));
                }
            }
            return out;
        }

        private DataTable schoolNames(String title, JsonNode lines) {
            JsonNode rowsSpec = set.path("school").path("rows");
            List<Row> rows = new ArrayList<>();
            for (JsonNode l : lines) {
                rows.add(new Row(List.of(Optional.of(l.asText()), schoolValue(rowsSpec, l.asText())), false));
            }
            return new DataTable("school.names", title, List.of(List.of(HeaderCell.of(""), HeaderCell.of(""))), rows, List.of());
        }

        private DataTable schoolDetails(JsonNode header, String title) {
            JsonNode rowsSpec = set.path("school").path("rows");
            JsonNode left = header.path("leftTable");
            JsonNode right = header.path("rightTable");
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
                List<Optional<String>> cells = new ArrayList<>();
                for (JsonNode side : List.of(left, right)) {
                    if (i < side.size()) {
                        cells.add(Optional.of(side.get(i).asText()));
                        cells.add(schoolValue(rowsSpec, side.get(i).asText()));
                    } else {
                        cells.add(Optional.of(""));
                        cells.add(Optional.of(""));
                    }
                }
                rows.add(new Row(cells, false));
            }
            List<String> notes = List.of(header.path("sentenceAfterHeader").asText());
            List<HeaderCell> head = List.of(HeaderCell.of(""), HeaderCell.of(""), HeaderCell.of(""), HeaderCell.of(""));
            return new DataTable("school", title, List.of(head), rows, notes);
        }

        private Optional<String> schoolValue(JsonNode rowsSpec, String label) {
            JsonNode spec = rowsSpec.get(label);
            if (spec == null) {
                throw new IllegalStateException("mapping.json " + layout.set() + "/school: no row \"" + label + "\"");
            }
            RowRef ref = new RowRef(label, null, spec);
            return new CellValues(input, List.of(ref)).value(label, layout.years().get(layout.years().size() - 1), null)
                    .map(Val::text);
        }

        /**
         * A table. {@code columns} are the source's column headers: text, or (TT57 3a) a group object
         * {@code {"group": …, "columns": […]}}.
         */
        private DataTable table(String id, String title, List<Object> columns, List<SourceRow> sourceRows, List<String> notes) {
            JsonNode tableMap = set.path(id);
            if (tableMap.isMissingNode()) {
                throw new IllegalStateException("mapping.json " + layout.set() + ": no table " + id);
            }
            List<SourceRow> rows = expandGrades(sourceRows);
            boolean hasGrades = rows.stream().anyMatch(r -> r.grade() != null);
            List<String> allNotes = new ArrayList<>(notes);
            if (hasGrades && layout.gradeNote() != null && !allNotes.contains(layout.gradeNote())) {
                allNotes.add(0, layout.gradeNote());
            }
            // row keys
            boolean byNumber = "number".equals(tableMap.path("rowKey").asText());
            List<RowRef> refs = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            List<String> path = new ArrayList<>();
            String parent = null;
            for (SourceRow r : rows) {
                String key;
                if (r.grade() != null) {
                    key = "grade:" + r.grade();
                } else if (byNumber && !r.number().isEmpty()) {
                    key = numberPath(path, r.number());
                } else if (r.label().startsWith("- ") && parent != null) {
                    key = parent + " > " + r.label();
                } else {
                    key = r.label();
                }
                if (r.grade() == null && !r.label().startsWith("- ")) {
                    parent = r.label();
                }
                int n = seen.merge(key, 1, Integer::sum);
                if (n > 1) {
                    key = key + "#" + n;
                }
                JsonNode spec = tableMap.path("rows").get(r.grade() != null ? "grade" : key);
                if (spec == null) {
                    throw new IllegalStateException("mapping.json " + layout.set() + "/" + id + ": no row \"" + key + "\"");
                }
                refs.add(new RowRef(key, r.grade(), spec));
            }
            CellValues values = new CellValues(input, refs);

            // columns
            List<String> kinds = new ArrayList<>();
            List<HeaderCell> top = new ArrayList<>();
            List<HeaderCell> second = new ArrayList<>();
            boolean grouped = columns.stream().anyMatch(c -> c instanceof JsonNode);
            int yearIndex = 0;
            JsonNode measures = tableMap.path("measures");
            for (Object c : columns) {
                if (c instanceof JsonNode g) {
                    top.add(new HeaderCell(g.path("group").asText(), g.path("columns").size(), 1));
                    for (JsonNode sub : g.path("columns")) {
                        second.add(HeaderCell.of(sub.asText()));
                        kinds.add("m:" + measure(measures, sub.asText(), id));
                    }
                    continue;
                }
                String text = (String) c;
                String kind;
                String printed = text;
                if (text.equals("TT")) {
                    kind = "number";
                } else if (text.startsWith("Năm học")) {
                    kind = "y:" + layout.years().get(yearIndex++);
                    printed = "Năm học " + kind.substring(2);
                } else if (text.equals("Ghi chú")) {
                    kind = "note";
                } else if (text.equals("Nội dung")) {
                    kind = "value";
                } else if (measures.has(text)) {
                    kind = "m:" + measures.get(text).asText();
                } else {
                    kind = "label";
                }
                kinds.add(kind);
                top.add(new HeaderCell(printed, 1, grouped ? 2 : 1));
            }
            if (yearIndex != 0 && yearIndex != layout.years().size()) {
                throw new IllegalStateException(id + ": " + yearIndex + " year columns, expected " + layout.years().size());
            }
            List<List<HeaderCell>> header = grouped ? List.of(top, second) : List.of(top);

            String current = layout.years().get(layout.years().size() - 1);
            List<Row> body = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                SourceRow r = rows.get(i);
                String key = refs.get(i).key();
                List<Optional<String>> cells = new ArrayList<>();
                for (String kind : kinds) {
                    if (kind.equals("number")) {
                        cells.add(Optional.of(r.number()));
                    } else if (kind.equals("label")) {
                        cells.add(Optional.of(r.label()));
                    } else if (kind.equals("note")) {
                        cells.add(Optional.of(""));
                    } else if (kind.equals("value")) {
                        cells.add(values.value(key, current, null).map(Val::text));
                    } else if (kind.startsWith("y:")) {
                        cells.add(values.value(key, kind.substring(2), null).map(Val::text));
                    } else {
                        cells.add(values.value(key, current, kind.substring(2)).map(Val::text));
                    }
                }
                boolean emphasis = r.label().equals("Cộng") || ROMAN.matcher(r.number()).matches();
                body.add(new Row(cells, emphasis));
            }
            return new DataTable(id, title, header, body, allNotes);
        }

        private static String measure(JsonNode measures, String column, String id) {
            JsonNode m = measures.get(column);
            if (m == null) {
                throw new IllegalStateException("mapping.json " + id + ": no measure for column " + column);
            }
            return m.asText();
        }

        /** Replaces the source's contiguous "Khối lớp n" rows by the layout's grades (when it has any). */
        private List<SourceRow> expandGrades(List<SourceRow> in) {
            List<SourceRow> out = new ArrayList<>();
            boolean inserted = false;
            for (SourceRow r : in) {
                Matcher m = GRADE_ROW.matcher(r.label());
                if (!m.matches()) {
                    out.add(r);
                    continue;
                }
                String prefix = m.group(1) == null ? "" : m.group(1);
                if (layout.grades() == null) {
                    out.add(new SourceRow(r.label(), r.number(), m.group(2)));
                } else if (!inserted) {
                    for (String g : layout.grades()) {
                        out.add(new SourceRow(prefix + gradeLabel(g), r.number(), g));
                    }
                    inserted = true;
                }
            }
            return out;
        }

        private String gradeLabel(String grade) {
            if (ARABIC.matcher(grade).matches()) {
                return "Khối lớp " + grade;
            }
            JsonNode l = src.mapping.path("gradeLabels").get(grade);
            if (l == null) {
                throw new IllegalStateException("mapping.json: no label for grade " + grade);
            }
            return l.asText();
        }

        /** "I", "I.1", "I.1.a" from the TT/no numbers in order. */
        private static String numberPath(List<String> path, String number) {
            if (ROMAN.matcher(number).matches()) {
                path.clear();
                path.add(number);
            } else if (ARABIC.matcher(number).matches()) {
                while (path.size() > 1) {
                    path.remove(path.size() - 1);
                }
                path.add(number);
            } else if (LETTER.matcher(number).matches()) {
                while (path.size() > 2) {
                    path.remove(path.size() - 1);
                }
                path.add(number);
            } else {
                return number;
            }
            return String.join(".", path);
        }
    }
}
