package vn.kdclgd.report.internal.docs.common;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.kdclgd.report.ReportInput;
import vn.kdclgd.report.internal.CriterionOrder;
import vn.kdclgd.report.internal.docs.Context;
import vn.kdclgd.report.internal.docx.Wml;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Item;

/**
 * What the council decision, the plan and the criterion forms share: the circular and Công văn a catalog
 * goes with, the member and group tables, labels for council roles and positions.
 */
final class FormSupport {
    /** Column widths of the four-column member tables (STT | Họ và tên | Chức vụ, chức danh | Nhiệm vụ). */
    static final int[] MEMBER_WIDTHS = {800, 3000, 3055, 2500};

    private FormSupport() {
    }

    /** True when the catalog is for mầm non (TT19/2018, TT57 Phụ lục I). */
    static boolean preschool(Catalog c) {
        return c.schoolTypes().stream().anyMatch(t -> t.code().equals("MAM_NON"));
    }

    /** True when the catalog is for GDTX centres (TT57 Phụ lục III). */
    static boolean gdtx(Catalog c) {
        return c.schoolTypes().stream().anyMatch(t -> t.code().contains("GDTX"));
    }

    /** The number of the act, e.g. {@code 18/2018/TT-BGDĐT}. */
    static String circularNumber(Catalog c) {
        return c.circular().orElse(c.id());
    }

    /** The Công văn of the 2018 regime: 5942 for mầm non, 5932 for phổ thông. */
    static String guidanceNumber(Catalog c) {
        return preschool(c) ? "5942" : "5932";
    }

    /** "cơ sở giáo dục phổ thông" / "trường mầm non" / "cơ sở giáo dục thường xuyên" (the plan's section I). */
    static String schoolKind(Catalog c) {
        if (gdtx(c)) {
            return "cơ sở giáo dục thường xuyên";
        }
        if (preschool(c)) {
            return c.regime().startsWith("TT57") ? "cơ sở giáo dục mầm non" : "trường mầm non";
        }
        return "cơ sở giáo dục phổ thông";
    }

    /**
     * What the standards evaluate (plan, section III "Công cụ TĐG là tiêu chuẩn đánh giá … ban hành kèm theo"):
     * for 2018 the subject of the circular's title ("trường tiểu học", "trường mầm non", "trường trung học cơ sở,
     * trường trung học phổ thông và trường phổ thông có nhiều cấp học"); for TT57 the kind of school and the
     * appendix.
     */
    static String toolSubject(Catalog c) {
        if (c.regime().startsWith("TT57")) {
            return schoolKind(c) + c.appendix().map(a -> " (" + a + ")").orElse("");
        }
        String t = c.title();
        int i = t.lastIndexOf("đối với ");
        return i < 0 ? schoolKind(c) : t.substring(i + "đối với ".length()).strip();
    }

    /** The council role as printed in the member lists (Nhiệm vụ): Chủ tịch, Phó Chủ tịch, Thư ký, Ủy viên. */
    static String role(String role) {
        return switch (role) {
            case "CHAIR" -> "Chủ tịch";
            case "VICE_CHAIR" -> "Phó Chủ tịch";
            case "SECRETARY" -> "Thư ký";
            case "MEMBER" -> "Ủy viên";
            default -> role;
        };
    }

    /** The member's chức vụ as written, else derived from the position; empty when unknown. */
    static Optional<String> title(ReportInput.Member m) {
        if (m.title().filter(t -> !t.isBlank()).isPresent()) {
            return m.title();
        }
        return Optional.ofNullable(switch (m.position()) {
            case "PRINCIPAL" -> "Hiệu trưởng";
            case "VICE_PRINCIPAL" -> "Phó hiệu trưởng";
            case "HEAD_OF_TEAM" -> "Tổ trưởng chuyên môn";
            case "TEACHER" -> "Giáo viên";
            case "STAFF" -> "Nhân viên";
            default -> null;
        });
    }

    /** The chức vụ of the person named {@code name}, looked up among the council members. */
    static Optional<String> titleOf(ReportInput input, String name) {
        return input.council().members().stream().filter(m -> m.fullName().equals(name)).findFirst().flatMap(FormSupport::title);
    }

    /** The council's chair, if one is marked. */
    static Optional<String> chair(ReportInput input) {
        return input.council().members().stream().filter(m -> m.role().equals("CHAIR")).map(ReportInput.Member::fullName).findFirst();
    }

    /** The secretariat (nhóm thư ký), if there is one. */
    static Optional<ReportInput.Group> secretariat(ReportInput input) {
        return input.council().groups().stream().filter(ReportInput.Group::secretariat).findFirst();
    }

    /** The working groups (nhóm công tác), in the input's order. */
    static List<ReportInput.Group> workingGroups(ReportInput input) {
        return input.council().groups().stream().filter(g -> !g.secretariat()).toList();
    }

    /** The working group in charge of {@code criterion}. */
    static Optional<ReportInput.Group> groupOf(ReportInput input, String criterion) {
        return workingGroups(input).stream().filter(g -> g.criteria().contains(criterion)).findFirst();
    }

    /** "1.1, 1.2, 1.3" in catalog order. */
    static String criteria(List<String> codes) {
        return String.join(", ", codes.stream().sorted(CriterionOrder.COMPARATOR).toList());
    }

    /** The criteria a person is in charge of through their working groups, in catalog order. */
    static List<String> criteriaOf(ReportInput input, String name) {
        Set<String> s = new LinkedHashSet<>();
        workingGroups(input).stream().filter(g -> g.members().contains(name)).forEach(g -> s.addAll(g.criteria()));
        return s.stream().sorted(CriterionOrder.COMPARATOR).toList();
    }

    /** Council members: STT | Họ và tên | Chức vụ, chức danh | Nhiệm vụ; a missing council prints one "chưa có dữ liệu" row. */
    static void memberTable(Wml w, ReportInput input) {
        w.tableStart(MEMBER_WIDTHS, true);
        w.headerRow(List.of(Wml.cell("STT"), Wml.cell("Họ và tên"), Wml.cell("Chức vụ, chức danh"), Wml.cell("Nhiệm vụ")));
        int n = 0;
        for (ReportInput.Member m : input.council().members()) {
            n++;
            w.row(Wml.cell(Integer.toString(n)).center(), Wml.cell(m.fullName()), Wml.cell(title(m)), Wml.cell(role(m.role())));
        }
        if (n == 0) {
            w.row(Wml.cell(Wml.missing()).span(4));
        }
        w.tableEnd();
    }

    /** The secretariat: STT | Họ và tên | Chức vụ, chức danh | Nhiệm vụ (Trưởng nhóm / Thành viên). */
    static void secretariatTable(Wml w, ReportInput input) {
        w.tableStart(MEMBER_WIDTHS, true);
        w.headerRow(List.of(Wml.cell("STT"), Wml.cell("Họ và tên"), Wml.cell("Chức vụ, chức danh"), Wml.cell("Nhiệm vụ")));
        List<String> names = secretariat(input).map(ReportInput.Group::members).orElse(List.of());
        for (int i = 0; i < names.size(); i++) {
            w.row(Wml.cell(Integer.toString(i + 1)).center(), Wml.cell(names.get(i)), Wml.cell(titleOf(input, names.get(i))),
                    Wml.cell(i == 0 ? "Trưởng nhóm" : "Thành viên"));
        }
        if (names.isEmpty()) {
            w.row(Wml.cell(Wml.missing()).span(4));
        }
        w.tableEnd();
    }

    /**
     * The working groups: Nhóm | Họ và tên | Chức vụ, chức danh | Nhiệm vụ, one row per member, the group's cell
     * merged down; Nhiệm vụ = Trưởng nhóm (first member) / Thành viên and the group's criteria.
     */
    static void groupTable(Wml w, ReportInput input) {
        w.tableStart(new int[] {1800, 2400, 2255, 2900}, true);
        w.headerRow(List.of(Wml.cell("Nhóm"), Wml.cell("Họ và tên"), Wml.cell("Chức vụ, chức danh"), Wml.cell("Nhiệm vụ")));
        boolean any = false;
        for (ReportInput.Group g : workingGroups(input)) {
            String criteria = g.criteria().isEmpty() ? null : "tiêu chí " + criteria(g.criteria());
            if (g.members().isEmpty()) {
                w.row(Wml.cell(g.name()), Wml.cell(Wml.missing()), Wml.cell(Wml.missing()),
                        criteria == null ? Wml.cell(Wml.missing()) : Wml.cell(criteria));
                any = true;
                continue;
            }
            for (int i = 0; i < g.members().size(); i++) {
                String name = g.members().get(i);
                String task = (i == 0 ? "Trưởng nhóm" : "Thành viên") + (criteria == null ? "" : "; " + criteria);
                w.row(i == 0 ? Wml.cell(g.name()).mergeDown() : Wml.merged(), Wml.cell(name), Wml.cell(titleOf(input, name)), Wml.cell(task));
                any = true;
            }
        }
        if (!any) {
            w.row(Wml.cell(Wml.missing()).span(4));
        }
        w.tableEnd();
    }

    /** The indicator text with its letter ("a) …"), or without it when the level's only indicator is unlettered. */
    static String indicator(Criterion c, int level, Item it) {
        return unlettered(c, level) ? it.text() : it.key() + ") " + it.text();
    }

    /**
     * Whether the level's indicators are printed without letters. The catalogs keep a key for every indicator
     * (unlettered ones got "a", "b", … on import), so this is inferred: a lone indicator of Mức 2 or Mức 3
     * (2018) is taken as unlettered — the usual form of the circulars.
     */
    static boolean unlettered(Criterion c, int level) {
        return level >= 2 && c.items(level).size() == 1;
    }

    /**
     * An evaluation's text split on lines beginning "Mức n:": index n → that level's text (null when absent),
     * index 0 → what comes before the first such line; an empty list when there is no such line.
     */
    static List<String> byLevel(String text, int maxLevel) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i <= maxLevel; i++) {
            parts.add(null);
        }
        int current = 0;
        StringBuilder sb = new StringBuilder();
        boolean found = false;
        for (String line : text.split("\n", -1)) {
            var m = java.util.regex.Pattern.compile("^\\s*Mức\\s+(\\d)\\s*:\\s*(.*)$").matcher(line);
            if (m.matches() && Integer.parseInt(m.group(1)) >= 1 && Integer.parseInt(m.group(1)) <= maxLevel) {
                parts.set(current, sb.toString().strip());
                current = Integer.parseInt(m.group(1));
                sb.setLength(0);
                sb.append(m.group(2));
                found = true;
            } else {
                sb.append(sb.length() == 0 ? "" : "\n").append(line);
            }
        }
        parts.set(current, sb.toString().strip());
        return found ? parts : List.of();
    }

    /** The date line of forms: "Thành phố Hồ Chí Minh, ngày … tháng … năm …". */
    static String placeAndDate(Context c) {
        return c.place() + ", " + c.dateLine();
    }
}
