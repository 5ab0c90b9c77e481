package vn.kdclgd.core.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.kdclgd.core.model.ActionReview;
import vn.kdclgd.core.model.AuditEntry;
import vn.kdclgd.core.model.BaseEntity;
import vn.kdclgd.core.model.Campus;
import vn.kdclgd.core.model.Certificate;
import vn.kdclgd.core.model.CouncilMember;
import vn.kdclgd.core.model.CriterionEvaluation;
import vn.kdclgd.core.model.EvidenceItem;
import vn.kdclgd.core.model.EvidenceUse;
import vn.kdclgd.core.model.ExpectedEvidence;
import vn.kdclgd.core.model.ExternalReview;
import vn.kdclgd.core.model.ImprovementAction;
import vn.kdclgd.core.model.ItemJudgement;
import vn.kdclgd.core.model.Milestone;
import vn.kdclgd.core.model.PublishedVersion;
import vn.kdclgd.core.model.ReviewerAssignment;
import vn.kdclgd.core.model.ReviewerJudgement;
import vn.kdclgd.core.model.School;
import vn.kdclgd.core.model.SchoolProfile;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.model.StoredFile;
import vn.kdclgd.core.model.SupervisingUnit;
import vn.kdclgd.core.model.UnitMembership;
import vn.kdclgd.core.model.WorkingGroup;

/**
 * Reads everything of one school and writes {@code dossier.json}'s tree: fields in the documented order,
 * every array of records sorted by id (as text), unordered collections sorted by value, ordered ones
 * (campuses, timeline, links, files, reviews, team) in their own order. No installation-local value
 * (optimistic-locking versions, export time) goes in, so equal data gives equal bytes.
 */
public final class DossierExporter {
    /** Audit actions that describe moving dossiers, kept by the installation but left out of dossiers. */
    public static final List<String> DOSSIER_ACTIONS = List.of("dossier.export", "dossier.import");

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final EntityManager em;
    private final School school;
    /** sha256 → the file (first by evidence id) for the {@code files/} entries. */
    private final Map<String, StoredFile> files = new TreeMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    private DossierExporter(EntityManager em, School school) {
        this.em = em;
        this.school = school;
    }

    /** The result of an export: the tree, the files to add and the counts per section. */
    public record Result(ObjectNode dossier, Map<String, StoredFile> files, Map<String, Integer> counts) {
    }

    /** Builds the dossier of {@code school}. */
    public static Result export(EntityManager em, School school, String format) {
        DossierExporter x = new DossierExporter(em, school);
        ObjectNode root = F.objectNode();
        root.put("format", format);
        root.set("school", x.school());
        x.units(root);
        root.set("profiles", x.profiles());
        root.set("evidence", x.evidence());
        root.set("selfAssessments", x.assessments());
        root.set("externalReviews", x.reviews());
        root.set("certificates", x.certificates());
        root.set("audit", x.audit());
        x.counts.put("files", x.files.size());
        return new Result(root, x.files, x.counts);
    }

    private <T> List<T> list(Class<T> type, String jpql) {
        return em.createQuery(jpql, type).setParameter("s", school).getResultList();
    }

    private static <T extends BaseEntity> List<T> sorted(Collection<T> entities) {
        List<T> l = new ArrayList<>(entities);
        l.sort(Comparator.comparing(e -> e.getId().toString()));
        return l;
    }

    private ObjectNode school() {
        ObjectNode o = F.objectNode();
        o.put("id", school.getId().toString());
        o.put("code", school.getCode());
        o.put("name", school.getName());
        o.put("schoolType", school.getSchoolType());
        ArrayNode levels = o.putArray("levelsTaught");
        new TreeSet<>(school.getLevelsTaught()).forEach(levels::add);
        ArrayNode campuses = o.putArray("campuses");
        for (Campus c : school.getCampuses()) {
            ObjectNode n = campuses.addObject();
            n.put("name", c.name());
            n.put("address", c.address());
            n.put("main", c.main());
        }
        return o;
    }

    private void units(ObjectNode root) {
        List<UnitMembership> memberships = sorted(list(UnitMembership.class,
                "select m from UnitMembership m join fetch m.unit where m.school = :s"));
        Map<UUID, SupervisingUnit> units = new TreeMap<>(DossierJson.BY_TEXT);
        for (UnitMembership m : memberships) {
            SupervisingUnit u = m.getUnit();
            for (int depth = 0; u != null && depth < 64 && !units.containsKey(u.getId()); depth++) {
                units.put(u.getId(), u);
                u = u.getParent();
            }
        }
        ArrayNode a = root.putArray("units");
        for (SupervisingUnit u : units.values()) {
            ObjectNode n = a.addObject();
            n.put("id", u.getId().toString());
            n.put("code", u.getCode());
            n.put("name", u.getName());
            n.put("kind", u.getKind().name());
            n.put("parentId", u.getParent() == null ? null : u.getParent().getId().toString());
            date(n, "validFrom", u.getValidFrom());
            date(n, "validTo", u.getValidTo());
        }
        counts.put("units", units.size());
        ArrayNode ms = root.putArray("unitMemberships");
        for (UnitMembership m : memberships) {
            ObjectNode n = ms.addObject();
            n.put("id", m.getId().toString());
            n.put("unitId", m.getUnit().getId().toString());
            n.put("unitCode", m.getUnit().getCode());
            n.put("unitName", m.getUnit().getName());
            date(n, "validFrom", m.getValidFrom());
            date(n, "validTo", m.getValidTo());
        }
        counts.put("unitMemberships", memberships.size());
    }

    private ArrayNode profiles() {
        ArrayNode a = F.arrayNode();
        List<SchoolProfile> profiles = sorted(list(SchoolProfile.class, "select p from SchoolProfile p where p.school = :s"));
        for (SchoolProfile p : profiles) {
            ObjectNode n = a.addObject();
            n.put("id", p.getId().toString());
            n.put("schoolYear", p.getSchoolYear());
            ObjectNode c = n.putObject("counts");
            new TreeMap<>(p.getCounts()).forEach(c::put);
        }
        counts.put("profiles", profiles.size());
        return a;
    }

    private ArrayNode evidence() {
        ArrayNode a = F.arrayNode();
        List<EvidenceItem> items = sorted(list(EvidenceItem.class, "select e from EvidenceItem e where e.school = :s"));
        for (EvidenceItem e : items) {
            ObjectNode n = a.addObject();
            n.put("id", e.getId().toString());
            n.put("code", e.getCode());
            n.put("previousCode", e.getPreviousCode());
            n.put("title", e.getTitle());
            n.put("documentNumber", e.getDocumentNumber());
            date(n, "issuedOn", e.getIssuedOn());
            n.put("issuer", e.getIssuer());
            date(n, "validFrom", e.getValidFrom());
            date(n, "validUntil", e.getValidUntil());
            n.put("needsReview", e.isNeedsReview());
            ArrayNode links = n.putArray("links");
            e.getLinks().forEach(links::add);
            ArrayNode fs = n.putArray("files");
            for (StoredFile f : e.getFiles()) {
                ObjectNode fn = fs.addObject();
                fn.put("sha256", f.sha256());
                fn.put("fileName", f.fileName());
                fn.put("size", f.size());
                fn.put("mediaType", f.mediaType());
                files.putIfAbsent(f.sha256(), f);
            }
        }
        counts.put("evidence", items.size());
        return a;
    }

    private <T extends BaseEntity> Map<UUID, List<T>> byAssessment(Class<T> type, String entity, Function<T, SelfAssessment> of) {
        List<T> all = sorted(list(type, "select x from " + entity + " x where x.assessment.school = :s"));
        return all.stream().collect(Collectors.groupingBy(x -> of.apply(x).getId(), LinkedHashMap::new, Collectors.toList()));
    }

    private ArrayNode assessments() {
        ArrayNode a = F.arrayNode();
        List<SelfAssessment> assessments = sorted(list(SelfAssessment.class, "select a from SelfAssessment a where a.school = :s"));
        Map<UUID, List<CouncilMember>> members = byAssessment(CouncilMember.class, "CouncilMember", CouncilMember::getAssessment);
        Map<UUID, List<WorkingGroup>> groups = byAssessment(WorkingGroup.class, "WorkingGroup", WorkingGroup::getAssessment);
        Map<UUID, List<CriterionEvaluation>> evaluations =
                byAssessment(CriterionEvaluation.class, "CriterionEvaluation", CriterionEvaluation::getAssessment);
        Map<UUID, List<EvidenceUse>> uses = byAssessment(EvidenceUse.class, "EvidenceUse", EvidenceUse::getAssessment);
        Map<UUID, List<ImprovementAction>> actions =
                byAssessment(ImprovementAction.class, "ImprovementAction", ImprovementAction::getAssessment);
        Map<UUID, List<PublishedVersion>> published =
                byAssessment(PublishedVersion.class, "PublishedVersion", PublishedVersion::getAssessment);
        int[] n = new int[6];
        for (SelfAssessment s : assessments) {
            ObjectNode o = a.addObject();
            o.put("id", s.getId().toString());
            o.put("schoolYear", s.getSchoolYear());
            o.put("catalogId", s.getCatalogId());
            o.put("partLevel", s.getPartLevel());
            o.put("state", s.getState().name());
            o.put("councilDecision", s.getCouncilDecision());
            date(o, "councilDecisionDate", s.getCouncilDecisionDate());
            o.put("planPurpose", s.getPlanPurpose());
            o.put("publishedVersion", s.getPublishedVersion());
            ArrayNode timeline = o.putArray("timeline");
            for (Milestone m : s.getTimeline()) {
                ObjectNode t = timeline.addObject();
                date(t, "start", m.start());
                date(t, "end", m.end());
                t.put("activity", m.activity());
            }
            ArrayNode expected = o.putArray("expectedEvidence");
            for (ExpectedEvidence x : s.getExpectedEvidence()) {
                ObjectNode t = expected.addObject();
                t.put("criterion", x.criterion());
                t.put("description", x.description());
                t.put("responsible", x.responsible());
            }
            UUID id = s.getId();
            ArrayNode council = o.putArray("councilMembers");
            for (CouncilMember m : members.getOrDefault(id, List.of())) {
                ObjectNode t = council.addObject();
                t.put("id", m.getId().toString());
                t.put("fullName", m.getFullName());
                t.put("title", m.getTitle());
                t.put("position", m.getPosition().name());
                t.put("role", m.getRole().name());
                t.put("actorId", m.getActorId());
                t.put("qaTrained", m.isQaTrained());
                n[0]++;
            }
            ArrayNode gs = o.putArray("workingGroups");
            for (WorkingGroup g : groups.getOrDefault(id, List.of())) {
                ObjectNode t = gs.addObject();
                t.put("id", g.getId().toString());
                t.put("name", g.getName());
                t.put("kind", g.getKind().name());
                ArrayNode ids = t.putArray("memberIds");
                g.getMemberIds().stream().map(UUID::toString).sorted().forEach(ids::add);
                ArrayNode cs = t.putArray("criteria");
                g.getCriteria().stream().sorted(CRITERIA).forEach(cs::add);
                n[1]++;
            }
            ArrayNode es = o.putArray("evaluations");
            for (CriterionEvaluation e : evaluations.getOrDefault(id, List.of())) {
                ObjectNode t = es.addObject();
                t.put("id", e.getId().toString());
                t.put("criterion", e.getCriterion());
                t.put("currentState", e.getCurrentState());
                t.put("strengths", e.getStrengths());
                t.put("weaknesses", e.getWeaknesses());
                t.put("improvementPlan", e.getImprovementPlan());
                t.put("draft", e.isDraft());
                ArrayNode js = t.putArray("judgements");
                e.getJudgements().stream()
                        .sorted(Comparator.comparingInt(ItemJudgement::level).thenComparing(ItemJudgement::itemKey)
                                .thenComparing(ItemJudgement::met))
                        .forEach(j -> {
                            ObjectNode jn = js.addObject();
                            jn.put("level", j.level());
                            jn.put("itemKey", j.itemKey());
                            jn.put("met", j.met());
                        });
                n[2]++;
            }
            ArrayNode us = o.putArray("evidenceUses");
            for (EvidenceUse u : uses.getOrDefault(id, List.of())) {
                ObjectNode t = us.addObject();
                t.put("id", u.getId().toString());
                t.put("evidenceId", u.getEvidence().getId().toString());
                t.put("criterion", u.getCriterion());
                n[3]++;
            }
            ArrayNode as = o.putArray("improvementActions");
            for (ImprovementAction x : actions.getOrDefault(id, List.of())) {
                ObjectNode t = as.addObject();
                t.put("id", x.getId().toString());
                t.put("criterion", x.getCriterion());
                t.put("description", x.getDescription());
                t.put("owner", x.getOwner());
                date(t, "deadline", x.getDeadline());
                t.put("status", x.getStatus().name());
                ArrayNode rs = t.putArray("reviews");
                for (ActionReview r : x.getReviews()) {
                    ObjectNode rn = rs.addObject();
                    date(rn, "reviewedOn", r.reviewedOn());
                    rn.put("reviewer", r.reviewer());
                    rn.put("finding", r.finding());
                }
                n[4]++;
            }
            ArrayNode ps = o.putArray("publishedVersions");
            for (PublishedVersion p : published.getOrDefault(id, List.of())) {
                ObjectNode t = ps.addObject();
                t.put("id", p.getId().toString());
                t.put("number", p.getNumber());
                instant(t, "publishedAt", p.getPublishedAt());
                t.put("publishedBy", p.getPublishedBy());
                t.put("schoolLevel", p.getSchoolLevel());
                t.put("contentHash", p.getContentHash());
                t.put("snapshot", p.getSnapshot());
                n[5]++;
            }
        }
        counts.put("selfAssessments", assessments.size());
        counts.put("councilMembers", n[0]);
        counts.put("workingGroups", n[1]);
        counts.put("evaluations", n[2]);
        counts.put("evidenceUses", n[3]);
        counts.put("improvementActions", n[4]);
        counts.put("publishedVersions", n[5]);
        return a;
    }

    private ArrayNode reviews() {
        ArrayNode a = F.arrayNode();
        List<ExternalReview> reviews = sorted(list(ExternalReview.class,
                "select r from ExternalReview r where r.snapshot.assessment.school = :s"));
        for (ExternalReview r : reviews) {
            ObjectNode o = a.addObject();
            o.put("id", r.getId().toString());
            o.put("publishedVersionId", r.getSnapshot().getId().toString());
            date(o, "registeredOn", r.getRegisteredOn());
            o.put("seeksAccreditation", r.isSeeksAccreditation());
            o.put("seeksNationalStandard", r.isSeeksNationalStandard());
            o.put("state", r.getState().name());
            ArrayNode team = o.putArray("team");
            for (ReviewerAssignment t : r.getTeam()) {
                ObjectNode n = team.addObject();
                n.put("actorId", t.actorId());
                n.put("fullName", t.fullName());
                n.put("role", t.role());
            }
            ArrayNode js = o.putArray("judgements");
            r.getJudgements().stream()
                    .sorted(Comparator.comparing(ReviewerJudgement::reviewerId).thenComparing(ReviewerJudgement::criterion, CRITERIA)
                            .thenComparingInt(ReviewerJudgement::level).thenComparing(ReviewerJudgement::itemKey)
                            .thenComparing(ReviewerJudgement::met))
                    .forEach(j -> {
                        ObjectNode n = js.addObject();
                        n.put("reviewerId", j.reviewerId());
                        n.put("criterion", j.criterion());
                        n.put("level", j.level());
                        n.put("itemKey", j.itemKey());
                        n.put("met", j.met());
                    });
            o.put("resultLevel", r.getResultLevel());
            date(o, "decidedOn", r.getDecidedOn());
        }
        counts.put("externalReviews", reviews.size());
        return a;
    }

    private ArrayNode certificates() {
        ArrayNode a = F.arrayNode();
        List<Certificate> certs = sorted(list(Certificate.class, "select c from Certificate c where c.school = :s"));
        for (Certificate c : certs) {
            ObjectNode o = a.addObject();
            o.put("id", c.getId().toString());
            o.put("kind", c.getKind());
            o.put("level", c.getLevel());
            o.put("catalogId", c.getCatalogId());
            o.put("decisionNumber", c.getDecisionNumber());
            date(o, "issuedOn", c.getIssuedOn());
            date(o, "validUntil", c.getValidUntil());
            date(o, "revokedOn", c.getRevokedOn());
            o.put("revocationReason", c.getRevocationReason());
            o.put("externalReviewId", c.getReview() == null ? null : c.getReview().getId().toString());
        }
        counts.put("certificates", certs.size());
        return a;
    }

    private ArrayNode audit() {
        ArrayNode a = F.arrayNode();
        List<AuditEntry> lines = new ArrayList<>(em.createQuery(
                        "select a from AuditEntry a where a.schoolId = :s and a.action not in :dossier", AuditEntry.class)
                .setParameter("s", school.getId()).setParameter("dossier", DOSSIER_ACTIONS).getResultList());
        lines.sort(Comparator.comparing(x -> x.getId().toString()));
        for (AuditEntry x : lines) {
            ObjectNode o = a.addObject();
            o.put("id", x.getId().toString());
            instant(o, "at", x.getAt());
            o.put("actorId", x.getActorId());
            o.put("action", x.getAction());
            o.put("entityType", x.getEntityType());
            o.put("entityId", x.getEntityId() == null ? null : x.getEntityId().toString());
            o.put("detail", x.getDetail());
        }
        counts.put("audit", lines.size());
        return a;
    }

    private static void date(ObjectNode o, String name, LocalDate d) {
        o.put(name, d == null ? null : d.toString());
    }

    private static void instant(ObjectNode o, String name, Instant t) {
        o.put(name, t == null ? null : t.toString());
    }

    /** Criterion codes in natural order ({@code 1.2} before {@code 1.10}); anything else as text. */
    public static final Comparator<String> CRITERIA = (x, y) -> {
        String[] a = x.split("\\.");
        String[] b = y.split("\\.");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int c = a[i].matches("\\d{1,9}") && b[i].matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(a[i]), Integer.parseInt(b[i])) : a[i].compareTo(b[i]);
            if (c != 0) {
                return c;
            }
        }
        int c = Integer.compare(a.length, b.length);
        return c != 0 ? c : x.compareTo(y);
    };
}
