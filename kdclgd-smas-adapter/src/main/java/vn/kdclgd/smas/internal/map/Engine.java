package vn.kdclgd.smas.internal.map;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.smas.ImportKind;
import vn.kdclgd.smas.PersonalField;
import vn.kdclgd.smas.SourceReport;
import vn.kdclgd.smas.internal.read.ProblemPlace;
import vn.kdclgd.smas.internal.read.RawCell;
import vn.kdclgd.smas.internal.read.RawRow;
import vn.kdclgd.smas.internal.read.ReadLimits;
import vn.kdclgd.smas.internal.read.ReadStats;
import vn.kdclgd.smas.internal.read.SheetInfo;
import vn.kdclgd.smas.internal.read.TabularSource;

/**
 * Reads files into tallies: finds each sheet's template and header, then streams its rows once,
 * skipping titles, repeated headers, class banners and signature rows, and counts each record. Never
 * writes anything; never throws for bad data (every problem becomes an issue with file, sheet, row and
 * column).
 */
public final class Engine {
    /** A personal record kept when the vendor turned it on. */
    public record Person(ImportKind kind, String code, String fullName, LocalDate birthDate, String className) {
    }

    /** What the files gave. */
    public static final class Outcome {
        public final List<SourceReport> sources = new ArrayList<>();
        public final Map<ImportKind, Tally> tallies = new EnumMap<>(ImportKind.class);
        public final Issues issues;
        public final List<Person> people = new ArrayList<>();

        Outcome(Issues issues) {
            this.issues = issues;
        }

        Tally tally(ImportKind k) {
            return tallies.computeIfAbsent(k, x -> new Tally());
        }
    }

    private static final DateTimeFormatter[] DATES = {
        DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
    };
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final List<TemplateSpec> templates;
    private final Set<PersonalField> keep;
    private final ReadLimits limits;
    private final BiFunction<Path, ReadLimits, TabularSource> opener;

    /** An engine over {@code templates} (one forced template, or all for detection). */
    public Engine(List<TemplateSpec> templates, Set<PersonalField> keep, ReadLimits limits, BiFunction<Path, ReadLimits, TabularSource> opener) {
        this.templates = List.copyOf(templates);
        this.keep = Set.copyOf(keep);
        this.limits = limits;
        this.opener = opener;
    }

    /** Reads every file. */
    public Outcome run(List<Path> files, int maxIssues) {
        Outcome out = new Outcome(new Issues(maxIssues));
        for (Path f : files) {
            readFile(f, out);
        }
        return out;
    }

    private void readFile(Path file, Outcome out) {
        String name = file.getFileName().toString();
        try (TabularSource src = opener.apply(file, limits)) {
            boolean any = false;
            List<String> near = new ArrayList<>();
            for (SheetInfo sheet : src.sheets()) {
                List<RawRow> first = new ArrayList<>();
                int search = templates.stream().mapToInt(TemplateSpec::headerSearchRows).max().orElse(30) + 1;
                ReadStats probe = src.read(sheet.index(), r -> {
                    first.add(r);
                    return first.size() < search;
                });
                HeaderMatch m = choose(first, probe.hiddenColumns(), sheet.name());
                if (m == null) {
                    near.add(sheet.name());
                    continue;
                }
                any = true;
                readSheet(src, name, sheet, m, out);
            }
            if (!any) {
                out.issues.error(Problems.NO_HEADER, name, "", 0, "", "",
                        "không trang tính nào (" + String.join(", ", near) + ") có dòng tiêu đề của một mẫu đã biết (cần các cột bắt buộc, ví dụ "
                                + requiredExample() + "); kiểm tra tệp hoặc thêm một mẫu ánh xạ (docs/import.md)",
                        "no sheet (" + String.join(", ", near) + ") has the header row of a known template (required columns, e.g. "
                                + requiredExample() + "); check the file or add a mapping template (docs/import.md)");
            }
        } catch (KdclException e) {
            for (Problem p : e.problems()) {
                ProblemPlace at = ProblemPlace.of(p.where(), name);
                String message = at.part().isEmpty() ? p.message() : at.part() + ": " + p.message();
                out.issues.error(p.code(), name, at.sheet(), at.row(), at.column(), p.where(), message);
            }
        } catch (IOException e) {
            out.issues.error(Problems.UNREADABLE, name, "", 0, "", "", "không đọc được tệp: " + e.getMessage()
                    + " / cannot read the file: " + e.getMessage());
        }
    }

    private String requiredExample() {
        return templates.stream().map(t -> t.id() + ": " + t.required().stream().map(f -> t.columns().get(f).aliases().get(0)).toList())
                .reduce((a, b) -> a + "; " + b).orElse("");
    }

    private HeaderMatch choose(List<RawRow> first, Set<Integer> hidden, String sheetName) {
        HeaderMatch best = null;
        String folded = Fold.header(sheetName);
        for (TemplateSpec t : templates) {
            HeaderMatch m = HeaderMatch.find(t, first, hidden);
            if (m == null) {
                continue;
            }
            if (best == null || m.score() > best.score()
                    || (m.score() == best.score() && t.sheetHints().contains(folded) && !best.template().sheetHints().contains(folded))) {
                best = m;
            }
        }
        return best;
    }

    private void readSheet(TabularSource src, String file, SheetInfo sheet, HeaderMatch m, Outcome out) throws IOException {
        TemplateSpec t = m.template();
        Tally tally = out.tally(t.kind());
        tally.seen = true;
        for (Field f : m.hiddenUsed()) {
            out.issues.warn(Problems.NOTICE, file, sheet.name(), m.headerRow(), col(m.columns().get(f)), "hidden:" + f,
                    "cột \"" + t.columns().get(f).aliases().get(0) + "\" đang bị ẩn nhưng được dùng vì không có cột hiện nào cùng tên",
                    "column \"" + t.columns().get(f).aliases().get(0) + "\" is hidden but used: no visible column has that header");
        }
        missingColumns(t, m, tally, file, sheet.name(), out.issues);
        if (t.kind() == ImportKind.STUDENTS || t.kind() == ImportKind.CLASSES) {
            tally.breakdown(Field.GRADE);
        }
        if (t.kind() == ImportKind.FACILITIES) {
            tally.breakdown(Field.ROOM_TYPE);
        }
        SheetReader reader = new SheetReader(file, sheet.name(), m, tally, out);
        ReadStats stats = src.read(sheet.index(), reader::row);
        StringBuilder enc = new StringBuilder(src.charset().orElse("Unicode"));
        stats.legacyConversions().forEach((label, n) -> {
            enc.append("; ").append(label).append(" → Unicode: ").append(n).append(" ô/cells");
            out.issues.warn(Problems.NOTICE, file, sheet.name(), 0, "", "legacy:" + label,
                    n + " ô viết bằng mã " + label + " đã được chuyển sang Unicode; kiểm tra lại tên riêng",
                    n + " cells in the " + label + " encoding were converted to Unicode; check proper names");
        });
        if (reader.repeatedHeaders > 0 || reader.banners > 0) {
            out.issues.warn(Problems.NOTICE, file, sheet.name(), 0, "", "skipped",
                    "bỏ qua " + reader.repeatedHeaders + " dòng tiêu đề lặp lại và " + reader.banners + " dòng tên lớp",
                    "skipped " + reader.repeatedHeaders + " repeated header rows and " + reader.banners + " class banner rows");
        }
        if (reader.notInUse > 0) {
            out.issues.warn(Problems.NOTICE, file, sheet.name(), 0, col(m.columns().get(Field.IN_USE)), "not-in-use",
                    "không tính " + reader.notInUse + " phòng không sử dụng (cột " + t.columns().get(Field.IN_USE).aliases().get(0) + ")",
                    reader.notInUse + " rooms not in use were not counted (column " + t.columns().get(Field.IN_USE).aliases().get(0) + ")");
        }
        out.sources.add(new SourceReport(file, src.kind().name(), sheet.name(), t.id(), t.kind(), m.headerRow(), enc.toString(),
                stats.rowsRead(), reader.records));
    }

    private static final Map<Field, String> FIGURE_OF = Map.of(Field.GENDER, "nữ / female", Field.ETHNICITY, "dân tộc thiểu số / ethnic minority",
            Field.DISABILITY, "khuyết tật / with disability", Field.ROLE, "theo vị trí / by role", Field.TRAINING, "theo trình độ / by training level",
            Field.STANDARD, "theo chuẩn nghề nghiệp / by professional standard", Field.CLASS_SIZE, "sĩ số / class size",
            Field.BUILDING_GRADE, "số phòng kiên cố, bán kiên cố, tạm / rooms by building grade (solid, semi-solid, temporary)",
            Field.AREA, "diện tích / area");

    private static void missingColumns(TemplateSpec t, HeaderMatch m, Tally tally, String file, String sheet, Issues issues) {
        for (Map.Entry<Field, String> e : FIGURE_OF.entrySet()) {
            Field f = e.getKey();
            if (!f.allowedIn(t.kind())) {
                continue;
            }
            if (m.columns().containsKey(f)) {
                tally.breakdown(f);
                continue;
            }
            tally.breakdown(f).columnMissing = true;
            String name = t.columns().containsKey(f) ? "\"" + t.columns().get(f).aliases().get(0) + "\" (" + f.key() + ")" : f.key();
            issues.warn(Problems.FIGURE_UNKNOWN, file, sheet, m.headerRow(), "", "missing:" + f,
                    "không có cột " + name + ": số liệu " + e.getValue().split(" / ")[0] + " để trống (chưa biết), không phải 0",
                    "no " + name + " column: the figure " + e.getValue().split(" / ")[1] + " is unknown (null), not 0");
        }
    }

    /** Column letters of a 0-based index. */
    public static String col(int index) {
        StringBuilder sb = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            sb.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return sb.toString();
    }

    /** Streams one sheet's data rows into its tally. */
    private final class SheetReader {
        final String file;
        final String sheet;
        final HeaderMatch m;
        final TemplateSpec t;
        final Tally tally;
        final Outcome out;
        final int[] colOf = new int[Field.values().length];
        /** The template's required fields (asked for every row). */
        final List<Field> required;
        String bannerClass;
        int repeatedHeaders;
        int banners;
        int records;
        int notInUse;

        SheetReader(String file, String sheet, HeaderMatch m, Tally tally, Outcome out) {
            this.file = file;
            this.sheet = sheet;
            this.m = m;
            this.t = m.template();
            this.required = t.required();
            this.tally = tally;
            this.out = out;
            java.util.Arrays.fill(colOf, -1);
            m.columns().forEach((f, c) -> colOf[f.ordinal()] = c);
        }

        RawCell cell(RawRow row, Field f) {
            int c = colOf[f.ordinal()];
            return c < 0 ? null : row.cell(c);
        }

        String text(RawRow row, Field f) {
            RawCell c = cell(row, f);
            if (c == null) {
                return null;
            }
            String s = c.text().strip();
            return s.isEmpty() ? null : s;
        }

        boolean row(RawRow row) {
            if (row.number() <= m.headerRow()) {
                return true;
            }
            if (t.classBanner() != null && row.cells().size() == 1) {
                Matcher b = t.classBanner().matcher(row.cells().get(0).text());
                if (b.matches()) {
                    bannerClass = Fold.nfc(b.group(1).strip());
                    banners++;
                    return true;
                }
            }
            if (m.repeats(row)) {
                repeatedHeaders++;
                return true;
            }
            switch (t.kind()) {
                case STUDENTS -> student(row);
                case STAFF -> staff(row);
                case CLASSES -> classRow(row);
                case FACILITIES -> room(row);
            }
            return true;
        }

        /**
         * Whether the row is a data row: its code (student / staff code; the class for a class list; the room
         * code for a room list) has a value, or at least two required fields do, or (a room list) the room name
         * and its building grade or in-use value do. Other rows — titles, "Tổng cộng" lines, signatures,
         * dates — are skipped.
         */
        boolean dataRow(RawRow row) {
            Field key = switch (t.kind()) {
                case STUDENTS -> Field.STUDENT_CODE;
                case STAFF -> Field.STAFF_CODE;
                case CLASSES -> Field.CLASS_NAME;
                case FACILITIES -> Field.ROOM_CODE;
            };
            if (text(row, key) != null) {
                return true;
            }
            int present = 0;
            for (Field f : t.required()) {
                if (text(row, f) != null) {
                    present++;
                }
            }
            if (present >= 2) {
                return true;
            }
            // a room named, with its grade or in-use cell filled but its type blank, is a room with a value missing
            // (an error), not a line to skip; a name with only an area is a total line ("Tổng cộng … 470,5")
            return t.kind() == ImportKind.FACILITIES && text(row, Field.ROOM_NAME) != null
                    && (text(row, Field.BUILDING_GRADE) != null || text(row, Field.IN_USE) != null);
        }

        boolean requiredPresent(RawRow row) {
            boolean ok = true;
            for (Field f : required) {
                if (text(row, f) == null && !(f == Field.CLASS_NAME && bannerClass != null)) {
                    out.issues.error(Problems.REQUIRED_BLANK, file, sheet, row.number(), col(colOf[f.ordinal()]), "",
                            "thiếu " + t.columns().get(f).aliases().get(0) + " ở dòng có dữ liệu; điền giá trị hoặc xóa dòng",
                            "the required " + t.columns().get(f).aliases().get(0) + " is blank in a data row; fill it in or delete the row");
                    ok = false;
                }
            }
            return ok;
        }

        /** The record's code, or null (and a warning) when it duplicates an earlier one. */
        String code(RawRow row, Field f) {
            RawCell c = cell(row, f);
            String code = c.text().strip().toUpperCase(java.util.Locale.ROOT);
            int point = numberTail(code);
            if (c.number() != null || point > 0) {
                // a code that went through a number: "7900000002.0" is "7900000002" (the same student)
                code = point > 0 ? code.substring(0, point) : code;
                out.issues.warn(Problems.CODE_AS_NUMBER, file, sheet, row.number(), col(colOf[f.ordinal()]), "",
                        "mã lưu dạng số (\"" + c.text() + "\", đọc là " + code + "): số 0 ở đầu có thể đã mất; định dạng cột là Văn bản (Text) khi xuất",
                        "code stored as a number (\"" + c.text() + "\", read as " + code + "): leading zeros may have been lost; format the column as Text when exporting");
            }
            int before = tally.codes.add(code, row.number());
            if (before != 0) {
                tally.duplicates++;
                out.issues.warn(Problems.DUPLICATE_ID, file, sheet, row.number(), col(colOf[f.ordinal()]), code,
                        "mã " + code + " trùng với dòng " + before + " (tính theo lần gặp đầu); chỉ tính một lần",
                        "code " + code + " repeats row " + before + " (first met); counted once");
                return null;
            }
            return code;
        }

        /** Where a number's ".0" tail starts in a code of digits ("7900000002.0" → 10), or 0 when there is none. */
        static int numberTail(String code) {
            int point = code.indexOf('.');
            if (point <= 0 || point == code.length() - 1) {
                return 0;
            }
            for (int i = 0; i < code.length(); i++) {
                char ch = code.charAt(i);
                boolean ok = i < point ? ch >= '0' && ch <= '9' : i == point || ch == '0';
                if (!ok) {
                    return 0;
                }
            }
            return point;
        }

        /** The canonical value of a coded field; null when blank-without-default or unknown (unknown values are reported). */
        String coded(RawRow row, Field f, boolean unknownIsError) {
            if (colOf[f.ordinal()] < 0) {
                return null;
            }
            ValueMap vm = t.values().get(f);
            String raw = text(row, f);
            if (raw == null) {
                return vm == null ? null : vm.blank().orElse(null);
            }
            Optional<String> v = vm == null ? Optional.empty() : vm.map(raw);
            if (v.isEmpty()) {
                String msgVi = "giá trị \"" + raw + "\" của " + f.key() + " chưa có trong bảng giá trị của mẫu " + t.id()
                        + "; thêm vào \"values\"." + f.key() + " của mẫu (docs/import.md)";
                String msgEn = "value \"" + raw + "\" of " + f.key() + " is not in template " + t.id()
                        + "'s value table; add it under \"values\"." + f.key() + " (docs/import.md)";
                if (unknownIsError) {
                    out.issues.error(Problems.UNKNOWN_VALUE, file, sheet, row.number(), col(colOf[f.ordinal()]), raw, msgVi, msgEn);
                } else {
                    out.issues.warn(Problems.UNKNOWN_VALUE, file, sheet, row.number(), col(colOf[f.ordinal()]), raw, msgVi, msgEn);
                }
                return null;
            }
            return v.get();
        }

        void breakdown(RawRow row, Field f) {
            if (colOf[f.ordinal()] < 0) {
                return;
            }
            String v = coded(row, f, false);
            if (v == null && text(row, f) == null) {
                out.issues.warn(Problems.FIGURE_UNKNOWN, file, sheet, row.number(), col(colOf[f.ordinal()]), "blank",
                        "ô " + f.key() + " để trống: số liệu này của cả trường thành chưa biết; điền giá trị",
                        "blank " + f.key() + ": this figure becomes unknown for the school; fill it in");
            }
            tally.breakdown(f).add(v);
        }

        /**
         * Status: ENROLLED/WORKING/IN_USE counts, LEFT/NOT_IN_USE does not; a blank cell takes the value table's
         * {@code blank} value when it has one, else counts with a notice; unknown is an error.
         */
        boolean counts(RawRow row, Field status, String left) {
            if (colOf[status.ordinal()] < 0) {
                return true;
            }
            if (text(row, status) == null) {
                ValueMap vm = t.values().get(status);
                String blank = vm == null ? null : vm.blank().orElse(null);
                if (blank != null) {
                    if (blank.equals(left)) {
                        tally.left++;
                        return false;
                    }
                    return true;
                }
                if (status == Field.IN_USE) {
                    out.issues.warn(Problems.NOTICE, file, sheet, row.number(), col(colOf[status.ordinal()]), "blank-status",
                            "tình trạng sử dụng để trống: tính là đang sử dụng", "blank in-use cell: counted as in use");
                } else {
                    out.issues.warn(Problems.NOTICE, file, sheet, row.number(), col(colOf[status.ordinal()]), "blank-status",
                            "trạng thái để trống: tính là đang học / đang làm việc", "blank status: counted as enrolled / working");
                }
                return true;
            }
            String v = coded(row, status, true);
            if (v == null) {
                return false;
            }
            if (v.equals(left)) {
                tally.left++;
                return false;
            }
            return true;
        }

        LocalDate birthDate(RawRow row) {
            RawCell c = cell(row, Field.BIRTH_DATE);
            if (c == null || c.text().isBlank()) {
                return null;
            }
            LocalDate d = date(c);
            if (d == null) {
                out.issues.warn(Problems.BAD_DATE, file, sheet, row.number(), col(colOf[Field.BIRTH_DATE.ordinal()]), "",
                        "ngày sinh \"" + c.text() + "\" không đọc được; dùng dd/MM/yyyy", "birth date \"" + c.text() + "\" cannot be read; use dd/MM/yyyy");
            }
            return d;
        }

        void student(RawRow row) {
            if (!dataRow(row) || !requiredPresent(row)) {
                return;
            }
            String code = code(row, Field.STUDENT_CODE);
            LocalDate born = birthDate(row);
            if (code == null || !counts(row, Field.STUDENT_STATUS, "LEFT")) {
                return;
            }
            tally.total++;
            records++;
            breakdown(row, Field.GENDER);
            breakdown(row, Field.ETHNICITY);
            breakdown(row, Field.DISABILITY);
            String classCode = text(row, Field.CLASS_CODE);
            String className = Optional.ofNullable(text(row, Field.CLASS_NAME)).orElse(bannerClass);
            String classKey = classCode != null ? classCode : className;
            String grade = grade(row, className, classCode);
            tally.breakdown(Field.GRADE).add(grade);
            if (classKey == null) {
                tally.recordsWithoutClass++;
            } else {
                String before = tally.classes.get(classKey);
                if (!tally.classes.containsKey(classKey)) {
                    tally.classes.put(classKey, grade);
                } else if (before != null && grade != null && !before.equals(grade)) {
                    out.issues.warn(Problems.GRADE_CONFLICT, file, sheet, row.number(), "", classKey,
                            "lớp " + classKey + " có học sinh ở khối " + before + " và khối " + grade + "; kiểm tra cột khối",
                            "class " + classKey + " has students in grade " + before + " and grade " + grade + "; check the grade column");
                }
            }
            if (!keep.isEmpty()) {
                out.people.add(new Person(ImportKind.STUDENTS, keep.contains(PersonalField.CODE) ? code : null,
                        keep.contains(PersonalField.FULL_NAME) ? Fold.nfc(text(row, Field.FULL_NAME)) : null,
                        keep.contains(PersonalField.BIRTH_DATE) ? born : null,
                        keep.contains(PersonalField.CLASS) ? (className != null ? className : classCode) : null));
            }
        }

        String grade(RawRow row, String className, String classCode) {
            if (colOf[Field.GRADE.ordinal()] >= 0 && text(row, Field.GRADE) != null) {
                String g = coded(row, Field.GRADE, false);
                if (g != null) {
                    return g;
                }
            }
            ValueMap fromClass = t.gradeFromClass();
            for (String s : new String[] {className, classCode}) {
                if (s != null && fromClass != null) {
                    Optional<String> g = fromClass.map(s);
                    if (g.isPresent()) {
                        return g.get();
                    }
                }
            }
            String what = className != null ? className : classCode;
            out.issues.warn(Problems.NO_GRADE, file, sheet, row.number(), "", String.valueOf(what),
                    "không xác định được khối của lớp \"" + what + "\": số học sinh, số lớp theo khối thành chưa biết; thêm cột Khối hoặc quy tắc gradeFromClass",
                    "cannot tell the grade of class \"" + what + "\": counts by grade become unknown; add a Khối column or a gradeFromClass rule");
            return null;
        }

        void staff(RawRow row) {
            if (!dataRow(row) || !requiredPresent(row)) {
                return;
            }
            String code = code(row, Field.STAFF_CODE);
            LocalDate born = birthDate(row);
            if (code == null || !counts(row, Field.STAFF_STATUS, "LEFT")) {
                return;
            }
            tally.total++;
            records++;
            breakdown(row, Field.GENDER);
            breakdown(row, Field.ETHNICITY);
            breakdown(row, Field.ROLE);
            breakdown(row, Field.TRAINING);
            breakdown(row, Field.STANDARD);
            if (!keep.isEmpty()) {
                out.people.add(new Person(ImportKind.STAFF, keep.contains(PersonalField.CODE) ? code : null,
                        keep.contains(PersonalField.FULL_NAME) ? Fold.nfc(text(row, Field.FULL_NAME)) : null,
                        keep.contains(PersonalField.BIRTH_DATE) ? born : null, null));
            }
        }

        void classRow(RawRow row) {
            if (!dataRow(row) || !requiredPresent(row)) {
                return;
            }
            String name = text(row, Field.CLASS_NAME);
            String code = text(row, Field.CLASS_CODE);
            String key = code != null ? code : name;
            if (tally.codes.add(key.toUpperCase(java.util.Locale.ROOT), row.number()) != 0) {
                tally.duplicates++;
                out.issues.warn(Problems.DUPLICATE_ID, file, sheet, row.number(), "", key, "lớp " + key + " lặp lại; chỉ tính một lần",
                        "class " + key + " is listed again; counted once");
                return;
            }
            tally.total++;
            records++;
            String grade = grade(row, name, code);
            tally.classes.put(key, grade);
            tally.breakdown(Field.GRADE).add(grade);
            if (colOf[Field.CLASS_SIZE.ordinal()] >= 0) {
                RawCell c = cell(row, Field.CLASS_SIZE);
                Integer n = c == null ? null : integer(c);
                if (n == null) {
                    tally.classSizeKnown = false;
                    out.issues.warn(Problems.BAD_NUMBER, file, sheet, row.number(), col(colOf[Field.CLASS_SIZE.ordinal()]), "",
                            "sĩ số \"" + (c == null ? "" : c.text()) + "\" không phải số nguyên không âm: tổng sĩ số thành chưa biết",
                            "class size \"" + (c == null ? "" : c.text()) + "\" is not a non-negative whole number: the total class size becomes unknown");
                } else {
                    tally.classSizes += n;
                }
            } else {
                tally.classSizeKnown = false;
            }
        }

        /**
         * A room: counted once per room code (else room name), per site when a site column exists; not counted
         * when not in use. Its type is required and an unknown type is an error (it decides the row of the
         * report's table); its building grade and area are breakdowns (blank or unknown: that figure of its type
         * becomes unknown, with a warning).
         */
        void room(RawRow row) {
            if (!dataRow(row) || !requiredPresent(row)) {
                return;
            }
            String code = text(row, Field.ROOM_CODE);
            String id = code != null ? code : text(row, Field.ROOM_NAME);
            Field idField = code != null ? Field.ROOM_CODE : Field.ROOM_NAME;
            String site = text(row, Field.SITE);
            String key = (site == null ? "" : Fold.value(site) + '\u0000') + Fold.value(id);
            int before = tally.codes.add(key, row.number());
            String shown = site == null ? id : id + " (" + site + ")";
            if (before != 0) {
                tally.duplicates++;
                out.issues.warn(Problems.DUPLICATE_ID, file, sheet, row.number(), col(colOf[idField.ordinal()]), shown,
                        "phòng " + shown + " trùng với dòng " + before + " (tính theo lần gặp đầu); chỉ tính một lần",
                        "room " + shown + " repeats row " + before + " (first met); counted once");
                return;
            }
            int leftBefore = tally.left;
            if (!counts(row, Field.IN_USE, "NOT_IN_USE")) {
                notInUse += tally.left - leftBefore;
                return;
            }
            tally.total++;
            records++;
            String type = coded(row, Field.ROOM_TYPE, true);
            tally.breakdown(Field.ROOM_TYPE).add(type);
            String typeShown = type == null ? "?" : type;
            if (colOf[Field.BUILDING_GRADE.ordinal()] >= 0) {
                String grade = coded(row, Field.BUILDING_GRADE, false);
                if (grade == null && text(row, Field.BUILDING_GRADE) == null) {
                    out.issues.warn(Problems.FIGURE_UNKNOWN, file, sheet, row.number(), col(colOf[Field.BUILDING_GRADE.ordinal()]),
                            "blank:" + typeShown,
                            "ô buildingGrade để trống: số phòng kiên cố / bán kiên cố / tạm của loại " + typeShown + " thành chưa biết; điền giá trị",
                            "blank buildingGrade: the solid / semi-solid / temporary split of room type " + typeShown
                                    + " becomes unknown; fill it in");
                }
                tally.breakdown(Field.BUILDING_GRADE).add(grade);
                if (type != null) {
                    tally.gradesByType.computeIfAbsent(type, x -> new Tally.Breakdown()).add(grade);
                }
            }
            if (colOf[Field.AREA.ordinal()] >= 0) {
                RawCell c = cell(row, Field.AREA);
                Long h = c == null || c.text().isBlank() ? null : hundredths(c);
                if (h == null && (c == null || c.text().isBlank())) {
                    out.issues.warn(Problems.FIGURE_UNKNOWN, file, sheet, row.number(), col(colOf[Field.AREA.ordinal()]), "blank-area",
                            "ô diện tích để trống: tổng diện tích và diện tích loại " + typeShown + " thành chưa biết; điền giá trị",
                            "blank area: the total area and the area of room type " + typeShown + " become unknown; fill it in");
                } else if (h == null) {
                    out.issues.warn(Problems.BAD_NUMBER, file, sheet, row.number(), col(colOf[Field.AREA.ordinal()]), "",
                            "diện tích \"" + c.text() + "\" không đọc được (cần số m² lớn hơn 0, ví dụ 48 hoặc 48,5): tổng diện tích và diện tích loại "
                                    + typeShown + " thành chưa biết",
                            "area \"" + c.text() + "\" cannot be read (a number of m² above 0 is needed, e.g. 48 or 48.5): the total area and the area"
                                    + " of room type " + typeShown + " become unknown");
                }
                tally.area.add(h);
                if (type != null) {
                    tally.areaByType.computeIfAbsent(type, x -> new Tally.Area()).add(h);
                }
            }
        }
    }

    /**
     * An area in hundredths of a square metre: a number cell, or text of up to 6 digits with at most two decimals
     * after a comma or a point ("48", "48,5", "48.25"), optionally followed by "m2" / "m²". Null when unreadable,
     * zero or negative (a 0 in an export is a placeholder, not a room without floor), or when the text could be
     * a thousands separator ("1.250").
     */
    static Long hundredths(RawCell c) {
        if (c.number() != null) {
            double n = c.number();
            long h = n > 0 && n < 1e6 ? Math.round(n * 100) : 0;
            return h > 0 ? h : null;
        }
        Matcher m = AREA_TEXT.matcher(c.text().strip());
        if (!m.matches()) {
            return null;
        }
        long whole = Long.parseLong(m.group(1));
        String dec = m.group(2) == null ? "" : m.group(2);
        long h = whole * 100 + (dec.isEmpty() ? 0 : Long.parseLong(dec.length() == 1 ? dec + "0" : dec));
        return h > 0 ? h : null;
    }

    private static final java.util.regex.Pattern AREA_TEXT =
            java.util.regex.Pattern.compile("(\\d{1,6})(?:[.,](\\d{1,2}))?\\s*(?:m2|m²|m\\^2)?", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** A date from a serial-date cell or a text date (d/M/yyyy, d-M-yyyy, d.M.yyyy, yyyy-M-d); null when unreadable. */
    static LocalDate date(RawCell c) {
        if (c.number() != null) {
            double n = c.number();
            if (n >= 1 && n < 2_958_466 && n == Math.floor(n)) {
                // Excel's 1900 system counts a 29/02/1900 that never was: serials from 61 on are one day late.
                return n < 61 ? EXCEL_EPOCH.plusDays((long) n + 1) : EXCEL_EPOCH.plusDays((long) n);
            }
            return null;
        }
        return textDate(c.text().strip());
    }

    /** A text date in one of {@link #DATES}' forms, or null. */
    static LocalDate textDate(String s) {
        int[] quick = quickDate(s);
        if (quick != null) {
            try {
                return LocalDate.of(quick[0], quick[1], quick[2]);
            } catch (java.time.DateTimeException e) {
                return null; // e.g. 31/02/2014, which the strict formatters refuse too
            }
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(s, f);
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        return null;
    }

    /**
     * Year, month and day of the common shapes — {@code d/M/yyyy}, {@code d-M-yyyy}, {@code d.M.yyyy} with
     * one- or two-digit day and month and a four-digit year, and {@code yyyy-M-d} — read without a
     * formatter (every student row has a date); null for any other text, which the formatters then try.
     */
    static int[] quickDate(String s) {
        int n = s.length();
        if (n < 8 || n > 10) {
            return null;
        }
        if (n >= 8 && digits(s, 0, 4) && s.charAt(4) == '-') {
            int second = s.indexOf('-', 5);
            if (second < 6 || second > 7 || !digits(s, 5, second) || !digits(s, second + 1, n) || n - second - 1 > 2 || n - second - 1 < 1) {
                return null;
            }
            return new int[] {num(s, 0, 4), num(s, 5, second), num(s, second + 1, n)};
        }
        int first = 1;
        while (first < n && Character.isDigit(s.charAt(first)) && s.charAt(first) < 0x80) {
            first++;
        }
        if (first > 2 || first >= n) {
            return null;
        }
        char sep = s.charAt(first);
        if (sep != '/' && sep != '-' && sep != '.') {
            return null;
        }
        int second = s.indexOf(sep, first + 1);
        if (second < 0 || second - first - 1 < 1 || second - first - 1 > 2 || n - second - 1 != 4) {
            return null;
        }
        if (!digits(s, 0, first) || !digits(s, first + 1, second) || !digits(s, second + 1, n)) {
            return null;
        }
        return new int[] {num(s, second + 1, n), num(s, first + 1, second), num(s, 0, first)};
    }

    private static boolean digits(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int num(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    static Integer integer(RawCell c) {
        if (c.number() != null) {
            double n = c.number();
            return n >= 0 && n == Math.floor(n) && n < Integer.MAX_VALUE ? (int) n : null;
        }
        String s = c.text().strip();
        return s.matches("\\d{1,9}") ? Integer.parseInt(s) : null;
    }
}
