package vn.kdclgd.rules.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.Condition;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Item;
import vn.kdclgd.rules.catalog.KnownIssue;
import vn.kdclgd.rules.catalog.QuotedText;
import vn.kdclgd.rules.catalog.RecognitionScheme;
import vn.kdclgd.rules.catalog.SchoolRule;
import vn.kdclgd.rules.catalog.Standard;
import vn.kdclgd.rules.catalog.TransitionalRule;

/** Writes a {@link Catalog} back to the {@code kdclgd-catalog/1} tree; {@link CatalogReader} reads it back equal. */
public final class CatalogWriter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private CatalogWriter() {
    }

    /** The catalog as a JSON tree in the documented field order. */
    public static ObjectNode toTree(Catalog c) {
        ObjectNode o = F.objectNode();
        o.put("format", Catalog.FORMAT);
        o.put("id", c.id());
        o.put("regime", c.regime());
        o.put("title", c.title());
        opt(o, "circular", c.circular());
        opt(o, "appendix", c.appendix());
        opt(o, "appendixTitle", c.appendixTitle());
        opt(o, "appendixNote", c.appendixNote());
        o.put("issued", c.issued().toString());
        if (c.effective().isPresent()) {
            o.put("effective", c.effective().get().toString());
        } else {
            o.putNull("effective");
        }
        opt(o, "effectiveNote", c.effectiveNote());
        ArrayNode types = o.putArray("schoolTypes");
        c.schoolTypes().forEach(t -> types.add(t.code()));
        opt(o, "schoolTypesNote", c.schoolTypesNote());
        strings(o, "replaces", c.replaces());
        opt(o, "replacesNote", c.replacesNote());
        o.put("levels", c.levels());
        if (!c.levelDefinitions().isEmpty()) {
            ObjectNode d = o.putObject("levelDefinitions");
            c.levelDefinitions().forEach((k, v) -> d.put(String.valueOf(k), v));
            c.levelDefinitionsStatus().ifPresent(s -> d.put("status", s));
        }
        o.put("evidenceCodeScheme", c.evidenceCodeScheme().name());
        ArrayNode standards = o.putArray("standards");
        for (Standard s : c.standards()) {
            ObjectNode sn = standards.addObject();
            sn.put("number", s.number());
            sn.put("name", s.name());
            strings(sn, "nameVariants", s.nameVariants());
            ArrayNode criteria = sn.putArray("criteria");
            s.criteria().forEach(cr -> criteria.add(criterion(cr)));
        }
        c.level4().ifPresent(l4 -> {
            ObjectNode n = o.putObject("level4");
            n.put("article", l4.article());
            n.set("items", items(l4.items()));
        });
        c.criterionRule().ifPresent(r -> {
            ObjectNode n = o.putObject("criterionRule");
            n.put("text", r.text());
            n.put("where", r.where());
            n.put("textStatus", r.textStatus());
        });
        o.set("schoolRule", schoolRule(c.schoolRule()));
        c.multiLevelSchools().ifPresent(m -> {
            ObjectNode n = o.putObject("multiLevelSchools");
            n.put("policy", m.policy().name());
            n.put("status", m.status());
        });
        ArrayNode recognition = o.putArray("recognition");
        c.recognition().forEach(r -> recognition.add(recognition(r)));
        if (!c.transitional().isEmpty()) {
            ArrayNode t = o.putArray("transitional");
            for (TransitionalRule r : c.transitional()) {
                ObjectNode n = t.addObject();
                n.put("type", r.type());
                n.put("from", r.from().toString());
                n.put("until", r.until().toString());
                n.put("article", r.article());
                opt(n, "text", r.text());
                n.put("textStatus", r.textStatus());
            }
        }
        if (!c.knownIssues().isEmpty()) {
            ArrayNode k = o.putArray("knownIssues");
            for (KnownIssue i : c.knownIssues()) {
                ObjectNode n = k.addObject();
                opt(n, "criterion", i.criterion());
                optInt(n, "level", i.level());
                opt(n, "key", i.key());
                n.put("note", i.note());
            }
        }
        strings(o, "amendedBy", c.amendedBy());
        strings(o, "notes", c.notes());
        o.put("sources", c.sources());
        o.put("confidence", c.confidence());
        return o;
    }

    private static ObjectNode criterion(Criterion cr) {
        ObjectNode n = F.objectNode();
        n.put("code", cr.code());
        n.put("name", cr.name());
        strings(n, "nameVariants", cr.nameVariants());
        n.put("mandatory", cr.mandatory());
        ObjectNode levels = n.putObject("levels");
        cr.levels().forEach((k, v) -> levels.set(String.valueOf(k), items(v)));
        if (!cr.levelTexts().isEmpty()) {
            ObjectNode lt = n.putObject("levelTexts");
            cr.levelTexts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> lt.put(String.valueOf(e.getKey()), e.getValue()));
        }
        cr.evidence().ifPresent(e -> {
            n.put("evidenceGroup", e.group());
            strings(n, "suggestedEvidence", e.suggestedEvidence(), true);
            n.put("suggestedEvidenceText", e.suggestedEvidenceText());
            strings(n, "quantitativeData", e.quantitativeData(), true);
            n.put("quantitativeDataText", e.quantitativeDataText());
            n.put("noSeparateQuantitativeData", e.noSeparateQuantitativeData());
        });
        return n;
    }

    private static ArrayNode items(List<Item> items) {
        ArrayNode a = F.arrayNode();
        for (Item i : items) {
            a.addObject().put("key", i.key()).put("text", i.text());
        }
        return a;
    }

    private static ObjectNode schoolRule(SchoolRule r) {
        ObjectNode n = F.objectNode();
        n.put("article", r.article());
        opt(n, "text", r.text());
        n.put("textStatus", r.textStatus());
        ArrayNode levels = n.putArray("levels");
        for (SchoolRule.LevelRule l : r.levels()) {
            ObjectNode ln = levels.addObject();
            ln.put("level", l.level());
            ArrayNode conds = ln.putArray("conditions");
            for (Condition c : l.conditions()) {
                ObjectNode cn = conds.addObject();
                if (c instanceof Condition.CriteriaCondition cc) {
                    cn.put("type", "criteria");
                    cn.put("select", switch (cc.select()) {
                        case ALL -> "all";
                        case MANDATORY -> "mandatory";
                        case NON_MANDATORY -> "nonMandatory";
                    });
                    cn.put("minLevel", cc.minLevel());
                    optInt(cn, "atLeast", cc.atLeast());
                    if (cc.capAtCriterionMax()) {
                        cn.put("capAtCriterionMax", true);
                    }
                } else {
                    cn.put("type", "level4");
                }
            }
        }
        return n;
    }

    private static ObjectNode recognition(RecognitionScheme r) {
        ObjectNode n = F.objectNode();
        n.put("kind", r.kind().jsonName());
        n.put("name", r.name());
        n.put("article", r.article());
        ArrayNode levels = n.putArray("levels");
        r.levels().forEach(l -> levels.addObject().put("level", l.level()).put("minSchoolLevel", l.minSchoolLevel()));
        optInt(n, "validityYears", r.validityYears());
        opt(n, "validityArticle", r.validityArticle());
        optInt(n, "renewalLeadMonths", r.renewalLeadMonths());
        optInt(n, "upgradeWaitYears", r.upgradeWaitYears());
        opt(n, "upgradeWaitNote", r.upgradeWaitNote());
        ArrayNode conds = n.putArray("conditions");
        for (QuotedText q : r.conditions()) {
            ObjectNode qn = conds.addObject();
            if (!q.key().isEmpty()) {
                qn.put("key", q.key());
            }
            qn.put("text", q.text());
            qn.put("textStatus", q.textStatus());
        }
        n.put("status", r.status());
        return n;
    }

    private static void opt(ObjectNode o, String name, Optional<String> value) {
        value.ifPresent(v -> o.put(name, v));
    }

    private static void optInt(ObjectNode o, String name, OptionalInt value) {
        value.ifPresent(v -> o.put(name, v));
    }

    private static void strings(ObjectNode o, String name, List<String> values) {
        strings(o, name, values, false);
    }

    private static void strings(ObjectNode o, String name, List<String> values, boolean always) {
        if (values.isEmpty() && !always) {
            return;
        }
        ArrayNode a = o.putArray(name);
        values.forEach(a::add);
    }
}
