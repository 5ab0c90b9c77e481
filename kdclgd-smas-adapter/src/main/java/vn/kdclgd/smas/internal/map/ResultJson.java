package vn.kdclgd.smas.internal.map;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.kdclgd.rules.internal.Json;
import vn.kdclgd.smas.ImportIssue;
import vn.kdclgd.smas.ImportKind;
import vn.kdclgd.smas.ImportResult;
import vn.kdclgd.smas.SourceReport;

/** The JSON form of an {@link ImportResult} (docs/import.md): unknown figures are {@code null}, never 0. */
public final class ResultJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ResultJson() {
    }

    /** Pretty-printed JSON. */
    public static String write(ImportResult r) {
        ObjectNode root = F.objectNode();
        root.put("format", "kdclgd-import-result/1");
        root.put("schoolYear", r.schoolYear());
        root.put("usable", r.usable());
        ArrayNode sources = root.putArray("sources");
        for (SourceReport s : r.sources()) {
            ObjectNode o = sources.addObject();
            o.put("file", s.file());
            o.put("kind", s.fileKind());
            o.put("sheet", s.sheet());
            o.put("template", s.template());
            o.put("data", s.kind().name());
            o.put("headerRow", s.headerRow());
            o.put("encoding", s.encoding());
            o.put("rowsRead", s.rowsRead());
            o.put("records", s.records());
        }
        Map<String, Integer> c = r.counts();
        boolean students = r.kinds().contains(ImportKind.STUDENTS);
        ObjectNode st = root.putObject("students");
        num(st, "total", students ? c.get("students.total") : null);
        num(st, "female", c.get("students.female"));
        num(st, "ethnicMinority", c.get("students.ethnicMinority"));
        num(st, "withDisability", c.get("students.disability"));
        group(st, "byGrade", c, "students.grade.", students);
        decimal(st, "averagePerClass", r.studentsPerClass());
        ObjectNode cl = root.putObject("classes");
        num(cl, "total", c.get("classes.total"));
        group(cl, "byGrade", c, "classes.grade.", c.containsKey("classes.total"));
        if (r.kinds().contains(ImportKind.STAFF)) {
            ObjectNode sf = root.putObject("staff");
            num(sf, "total", c.get("staff.total"));
            num(sf, "female", c.get("staff.female"));
            num(sf, "ethnicMinority", c.get("staff.ethnicMinority"));
            group(sf, "byRole", c, "staff.role.", true);
            group(sf, "byTrainingLevel", c, "staff.training.", true);
            group(sf, "byProfessionalStandard", c, "staff.standard.", true);
        } else {
            root.putNull("staff");
        }
        if (r.kinds().contains(ImportKind.FACILITIES)) {
            facilities(root.putObject("facilities"), c);
        } else {
            root.putNull("facilities");
        }
        ObjectNode ratios = root.putObject("ratios");
        decimal(ratios, "studentsPerClass", r.studentsPerClass());
        decimal(ratios, "teachersPerClass", r.teachersPerClass());
        ObjectNode counts = root.putObject("counts");
        c.forEach(counts::put);
        issues(root.putArray("warnings"), r.warnings());
        issues(root.putArray("errors"), r.errors());
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code total} rooms, {@code area} (m²), and {@code byType}: per room type its {@code total},
     * {@code byBuildingGrade} (SOLID, SEMI_SOLID, TEMPORARY) and {@code area}; each null when unknown.
     */
    private static void facilities(ObjectNode fa, Map<String, Integer> c) {
        String p = Figures.ROOMS;
        num(fa, "total", c.get(p + "total"));
        num(fa, "area", c.get(p + "area"));
        if (!c.containsKey(p + Field.ROOM_TYPE.canonical().iterator().next())) {
            fa.putNull("byType");
            return;
        }
        ObjectNode byType = fa.putObject("byType");
        for (String type : Field.ROOM_TYPE.canonical()) {
            ObjectNode t = byType.putObject(type);
            num(t, "total", c.get(p + type));
            if (c.containsKey(p + type + "." + Field.BUILDING_GRADE.canonical().iterator().next())) {
                ObjectNode g = t.putObject("byBuildingGrade");
                Field.BUILDING_GRADE.canonical().forEach(grade -> num(g, grade, c.get(p + type + "." + grade)));
            } else {
                t.putNull("byBuildingGrade");
            }
            num(t, "area", c.get(p + type + ".area"));
        }
    }

    private static void num(ObjectNode o, String name, Integer v) {
        if (v == null) {
            o.putNull(name);
        } else {
            o.put(name, v);
        }
    }

    private static void decimal(ObjectNode o, String name, java.util.Optional<java.math.BigDecimal> v) {
        if (v.isEmpty()) {
            o.putNull(name);
        } else {
            o.put(name, v.get());
        }
    }

    /** The counts under {@code prefix} as an object, or null when none is known. */
    private static void group(ObjectNode o, String name, Map<String, Integer> c, String prefix, boolean possible) {
        ObjectNode g = F.objectNode();
        c.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                g.put(k.substring(prefix.length()), v);
            }
        });
        if (g.isEmpty() || !possible) {
            o.putNull(name);
        } else {
            o.set(name, g);
        }
    }

    private static void issues(ArrayNode into, List<ImportIssue> list) {
        for (ImportIssue i : list) {
            ObjectNode o = into.addObject();
            o.put("code", i.code());
            o.put("file", i.file());
            o.put("sheet", i.sheet());
            if (i.row() > 0) {
                o.put("row", i.row());
            } else {
                o.putNull("row");
            }
            o.put("column", i.column().isEmpty() ? null : i.column());
            o.put("message", i.message());
            o.put("occurrences", i.occurrences());
        }
    }
}
