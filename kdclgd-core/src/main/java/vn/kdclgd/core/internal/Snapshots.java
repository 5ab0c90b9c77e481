package vn.kdclgd.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.kdclgd.core.model.CouncilMember;
import vn.kdclgd.core.model.CriterionEvaluation;
import vn.kdclgd.core.model.EvidenceItem;
import vn.kdclgd.core.model.EvidenceUse;
import vn.kdclgd.core.model.ExpectedEvidence;
import vn.kdclgd.core.model.ItemJudgement;
import vn.kdclgd.core.model.Milestone;
import vn.kdclgd.core.model.School;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.model.StoredFile;
import vn.kdclgd.core.model.WorkingGroup;
import vn.kdclgd.core.service.Snapshot;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.rating.RatingJson;
import vn.kdclgd.rules.rating.RatingResult;

/**
 * The published form of a self-assessment ({@code kdclgd-published/1}): school, year, catalog, council,
 * working groups, plan, evaluations, the metadata of the evidence used and the rating result
 * ({@link RatingJson}), as canonical JSON. Only content goes in — no entity versions, no publication
 * time or number — so the same content always gives the same hash.
 */
public final class Snapshots {
    /** The format id inside the snapshot. */
    public static final String FORMAT = "kdclgd-published/1";

    private Snapshots() {
    }

    /** Builds the snapshot. */
    public static Snapshot build(EntityManager em, SelfAssessment a, Catalog c, RatingResult rating) {
        ObjectNode root = Canonical.F.objectNode();
        root.put("format", FORMAT);
        School s = a.getSchool();
        ObjectNode school = root.putObject("school");
        school.put("id", s.getId().toString());
        school.put("code", s.getCode());
        school.put("name", s.getName());
        school.put("type", s.getSchoolType());
        ArrayNode levels = school.putArray("levelsTaught");
        new TreeSet<>(s.getLevelsTaught()).forEach(levels::add);
        root.put("assessment", a.getId().toString());
        root.put("schoolYear", a.getSchoolYear());
        root.put("catalog", c.id());
        root.put("regime", c.regime());
        root.put("partLevel", a.getPartLevel());

        ObjectNode council = root.putObject("council");
        council.put("decision", a.getCouncilDecision());
        date(council, "decisionDate", a.getCouncilDecisionDate());
        ArrayNode members = council.putArray("members");
        List<CouncilMember> ms = Data.members(em, a);
        Map<UUID, String> names = new TreeMap<>();
        for (CouncilMember m : ms) {
            names.put(m.getId(), m.getFullName());
            ObjectNode n = members.addObject();
            n.put("fullName", m.getFullName());
            n.put("title", m.getTitle());
            n.put("position", m.getPosition().name());
            n.put("role", m.getRole().name());
            n.put("qaTrained", m.isQaTrained());
        }
        ArrayNode groups = root.putArray("groups");
        for (WorkingGroup g : Data.groups(em, a)) {
            ObjectNode n = groups.addObject();
            n.put("name", g.getName());
            n.put("kind", g.getKind().name());
            ArrayNode gm = n.putArray("members");
            g.getMemberIds().stream().map(id -> names.getOrDefault(id, id.toString())).sorted().forEach(gm::add);
            ArrayNode gc = n.putArray("criteria");
            Map<String, Integer> order = Data.order(c);
            g.getCriteria().stream().sorted(Comparator.comparing((String x) -> order.getOrDefault(x, Integer.MAX_VALUE)).thenComparing(x -> x))
                    .forEach(gc::add);
        }

        ObjectNode plan = root.putObject("plan");
        plan.put("purpose", a.getPlanPurpose());
        ArrayNode timeline = plan.putArray("timeline");
        for (Milestone m : a.getTimeline()) {
            ObjectNode n = timeline.addObject();
            date(n, "start", m.start());
            date(n, "end", m.end());
            n.put("activity", m.activity());
        }
        ArrayNode expected = plan.putArray("expectedEvidence");
        for (ExpectedEvidence e : a.getExpectedEvidence()) {
            ObjectNode n = expected.addObject();
            n.put("criterion", e.criterion());
            n.put("description", e.description());
            n.put("responsible", e.responsible());
        }

        ArrayNode evaluations = root.putArray("evaluations");
        for (CriterionEvaluation e : Data.evaluations(em, a, c)) {
            ObjectNode n = evaluations.addObject();
            n.put("criterion", e.getCriterion());
            n.put("currentState", e.getCurrentState());
            n.put("strengths", e.getStrengths());
            n.put("weaknesses", e.getWeaknesses());
            n.put("improvementPlan", e.getImprovementPlan());
            ArrayNode js = n.putArray("judgements");
            List<ItemJudgement> sorted = new ArrayList<>(e.getJudgements());
            sorted.sort(Comparator.comparingInt(ItemJudgement::level).thenComparing(ItemJudgement::itemKey));
            for (ItemJudgement j : sorted) {
                ObjectNode jn = js.addObject();
                jn.put("level", j.level());
                jn.put("item", j.itemKey());
                jn.put("met", j.met());
            }
        }

        Map<String, TreeSet<String>> criteriaOfItem = new TreeMap<>();
        Map<String, EvidenceItem> itemsByCode = new TreeMap<>();
        for (EvidenceUse u : Data.uses(em, a)) {
            EvidenceItem item = u.getEvidence();
            String key = Data.code(item).map(x -> String.format("%s|%02d|%02d|%02d|%s", x.scheme(), x.standard(), x.criterion(), x.sequence(),
                    item.getCode())).orElse("~" + item.getCode());
            itemsByCode.put(key, item);
            criteriaOfItem.computeIfAbsent(key, x -> new TreeSet<>()).add(u.getCriterion());
        }
        ArrayNode evidence = root.putArray("evidence");
        for (Map.Entry<String, EvidenceItem> en : itemsByCode.entrySet()) {
            EvidenceItem item = en.getValue();
            ObjectNode n = evidence.addObject();
            n.put("code", item.getCode());
            n.put("previousCode", item.getPreviousCode());
            n.put("title", item.getTitle());
            n.put("documentNumber", item.getDocumentNumber());
            date(n, "issuedOn", item.getIssuedOn());
            n.put("issuer", item.getIssuer());
            date(n, "validFrom", item.getValidFrom());
            date(n, "validUntil", item.getValidUntil());
            ArrayNode links = n.putArray("links");
            item.getLinks().forEach(links::add);
            ArrayNode files = n.putArray("files");
            for (StoredFile f : item.getFiles()) {
                ObjectNode fn = files.addObject();
                fn.put("sha256", f.sha256());
                fn.put("fileName", f.fileName());
                fn.put("size", f.size());
                fn.put("mediaType", f.mediaType());
            }
            ArrayNode cs = n.putArray("criteria");
            criteriaOfItem.get(en.getKey()).forEach(cs::add);
        }
        root.set("rating", Canonical.read(RatingJson.toJson(rating)));
        String json = Canonical.write(root);
        return new Snapshot(json, Canonical.sha256(json), rating.schoolLevel());
    }

    private static void date(ObjectNode n, String name, LocalDate d) {
        if (d == null) {
            n.putNull(name);
        } else {
            n.put(name, d.toString());
        }
    }
}
