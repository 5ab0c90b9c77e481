package vn.kdclgd.core.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import vn.kdclgd.core.dossier.DossierException;
import vn.kdclgd.core.model.ActionReview;
import vn.kdclgd.core.model.AssessmentState;
import vn.kdclgd.core.model.BaseEntity;
import vn.kdclgd.core.model.Campus;
import vn.kdclgd.core.model.Certificate;
import vn.kdclgd.core.model.CouncilMember;
import vn.kdclgd.core.model.CouncilRole;
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
import vn.kdclgd.core.model.StaffPosition;
import vn.kdclgd.core.model.StoredFile;
import vn.kdclgd.core.model.UnitKind;
import vn.kdclgd.core.model.WorkingGroup;

/**
 * Reads {@code dossier.json} (format 1) into unsaved entities, checking every field, every id (unique
 * within the dossier) and every reference, and collecting all problems ({@code KDCL-8010},
 * {@code KDCL-8011}) before anything is written.
 */
public final class DossierReader {
    private static final String SRC = "dossier.json";

    /** A supervising unit as the dossier describes it; resolved against the installation on import. */
    public record UnitSpec(UUID id, String code, String name, UnitKind kind, UUID parentId, LocalDate validFrom, LocalDate validTo) {
    }

    /** A unit membership as the dossier describes it. */
    public record MembershipSpec(UUID id, UUID unitId, LocalDate validFrom, LocalDate validTo, String path) {
    }

    /** An audit line, kept with its id. */
    public record AuditLine(UUID id, Instant at, String actorId, String action, String entityType, UUID entityId, String detail) {
    }

    /** Everything read, in the order it must be written, and the JSON path of every entity (for messages). */
    public static final class Content {
        public School school;
        public final List<UnitSpec> units = new ArrayList<>();
        public final List<MembershipSpec> memberships = new ArrayList<>();
        /** Entities to persist, parents before children. */
        public final List<BaseEntity> entities = new ArrayList<>();
        public final Map<Object, String> paths = new HashMap<>();
        public final List<AuditLine> audit = new ArrayList<>();
        /** sha256 → first file that references it (by position in the dossier). */
        public final Map<String, StoredFile> files = new TreeMap<>();
        public final Map<String, String> filePaths = new HashMap<>();
        public final Map<String, Integer> counts = new LinkedHashMap<>();
    }

    private final JsonFields in = new JsonFields(DossierException.BAD_DOSSIER, SRC);
    private final Content out = new Content();
    private final Map<UUID, String> seenIds = new HashMap<>();

    private DossierReader() {
    }

    /** Reads {@code root}; throws {@link DossierException} listing every problem. */
    public static Content read(JsonNode root) {
        DossierReader r = new DossierReader();
        r.readAll(root);
        if (!r.in.problems().isEmpty()) {
            throw new DossierException(r.in.problems());
        }
        return r.out;
    }

    private void id(UUID id, String path) {
        String first = seenIds.putIfAbsent(id, path);
        if (first != null) {
            in.problem(DossierException.BAD_REFERENCE, path, "id này đã dùng ở " + first + "; mỗi bản ghi một id riêng",
                    "this id is already used at " + first + "; each record has its own id");
        }
    }

    private <T extends BaseEntity> T add(T entity, UUID id, String path) {
        entity.setId(id);
        id(id, path + ".id");
        out.entities.add(entity);
        out.paths.put(entity, path);
        return entity;
    }

    private void readAll(JsonNode root) {
        JsonFields.Obj r = in.object(root, "$", "format", "school", "units", "unitMemberships", "profiles", "evidence",
                "selfAssessments", "externalReviews", "certificates", "audit");
        school(r.object("school", "id", "code", "name", "schoolType", "levelsTaught", "campuses"));
        units(r);
        profiles(r);
        Map<UUID, EvidenceItem> evidence = evidence(r);
        Map<UUID, PublishedVersion> versions = assessments(r, evidence);
        Map<UUID, ExternalReview> reviews = reviews(r, versions);
        certificates(r, reviews);
        audit(r);
    }

    private void school(JsonFields.Obj o) {
        School s = new School(o.string("code"), o.string("name"), o.string("schoolType"), new LinkedHashSet<>(o.strings("levelsTaught")));
        for (JsonFields.Element e : o.array("campuses")) {
            JsonFields.Obj c = in.object(e.node(), e.path(), "name", "address", "main");
            s.getCampuses().add(new Campus(c.string("name"), c.optString("address"), c.bool("main")));
        }
        if (s.getCode().length() > 40) {
            in.problem(o.at("code"), "mã trường dài quá 40 ký tự", "the school code is longer than 40 characters");
        }
        out.school = add(s, o.uuid("id"), "$.school");
    }

    private void units(JsonFields.Obj r) {
        Map<UUID, String> unitIds = new LinkedHashMap<>();
        List<JsonFields.Element> units = r.array("units");
        List<UUID> parents = new ArrayList<>();
        for (JsonFields.Element e : units) {
            JsonFields.Obj o = in.object(e.node(), e.path(), "id", "code", "name", "kind", "parentId", "validFrom", "validTo");
            UUID id = o.uuid("id");
            id(id, o.at("id"));
            unitIds.put(id, e.path());
            UUID parent = o.optUuid("parentId");
            parents.add(parent);
            out.units.add(new UnitSpec(id, o.string("code"), o.string("name"), o.enumValue("kind", UnitKind.class), parent,
                    o.date("validFrom"), o.optDate("validTo")));
        }
        for (int i = 0; i < parents.size(); i++) {
            if (parents.get(i) != null && !unitIds.containsKey(parents.get(i))) {
                in.problem(DossierException.BAD_REFERENCE, units.get(i).path() + ".parentId",
                        "không có đơn vị này trong \"units\"", "no such unit in \"units\"");
            }
        }
        for (JsonFields.Element e : r.array("unitMemberships")) {
            JsonFields.Obj o = in.object(e.node(), e.path(), "id", "unitId", "unitCode", "unitName", "validFrom", "validTo");
            UUID id = o.uuid("id");
            id(id, o.at("id"));
            UUID unit = o.uuid("unitId");
            o.string("unitCode");
            o.string("unitName");
            if (!unitIds.containsKey(unit)) {
                in.problem(DossierException.BAD_REFERENCE, o.at("unitId"), "không có đơn vị này trong \"units\"", "no such unit in \"units\"");
            }
            out.memberships.add(new MembershipSpec(id, unit, o.date("validFrom"), o.optDate("validTo"), e.path()));
        }
        out.counts.put("units", out.units.size());
        out.counts.put("unitMemberships", out.memberships.size());
    }

    private void profiles(JsonFields.Obj r) {
        int n = 0;
        for (JsonFields.Element e : r.array("profiles")) {
            JsonFields.Obj o = in.object(e.node(), e.path(), "id", "schoolYear", "counts");
            SchoolProfile p = add(new SchoolProfile(out.school, o.string("schoolYear")), o.uuid("id"), e.path());
            JsonNode counts = o.node("counts");
            if (counts != null && !counts.isObject()) {
                in.problem(o.at("counts"), "cần một đối tượng {mục: số}", "an object {category: count} expected");
            } else if (counts != null) {
                counts.properties().forEach(c -> {
                    if (!c.getValue().isIntegralNumber() || !c.getValue().canConvertToInt() || c.getValue().intValue() < 0
                            || c.getKey().isBlank() || c.getKey().length() > 80) {
                        in.problem(o.at("counts") + "['" + c.getKey() + "']", "cần một số nguyên không âm với tên mục 1–80 ký tự",
                                "a non-negative integer with a category name of 1–80 characters expected");
                    } else {
                        p.setCount(java.text.Normalizer.normalize(c.getKey(), java.text.Normalizer.Form.NFC), c.getValue().intValue());
                    }
                });
            }
            n++;
        }
        out.counts.put("profiles", n);
    }

    private Map<UUID, EvidenceItem> evidence(JsonFields.Obj r) {
        Map<UUID, EvidenceItem> items = new HashMap<>();
        for (JsonFields.Element e : r.array("evidence")) {
            JsonFields.Obj o = in.object(e.node(), e.path(), "id", "code", "previousCode", "title", "documentNumber", "issuedOn",
                    "issuer", "validFrom", "validUntil", "needsReview", "links", "files");
            EvidenceItem item = add(new EvidenceItem(out.school, o.string("code"), o.string("title")), o.uuid("id"), e.path());
            item.setPreviousCode(o.optString("previousCode"));
            item.setDocumentNumber(o.optString("documentNumber"));
            item.setIssuedOn(o.optDate("issuedOn"));
            item.setIssuer(o.optString("issuer"));
            item.setValidFrom(o.optDate("validFrom"));
            item.setValidUntil(o.optDate("validUntil"));
            item.setNeedsReview(o.bool("needsReview"));
            item.getLinks().addAll(o.strings("links"));
            for (JsonFields.Element f : o.array("files")) {
                JsonFields.Obj fo = in.object(f.node(), f.path(), "sha256", "fileName", "size", "mediaType");
                String sha = fo.raw("sha256");
                if (sha == null || !sha.matches("[0-9a-f]{64}")) {
                    in.problem(fo.at("sha256"), "cần SHA-256 dạng 64 chữ số hex thường", "a SHA-256 of 64 lower-case hex digits expected");
                    sha = "0".repeat(64);
                }
                StoredFile sf = new StoredFile(sha, fo.string("fileName"), fo.integer("size", 0, Long.MAX_VALUE), fo.optString("mediaType"));
                item.getFiles().add(sf);
                StoredFile first = out.files.putIfAbsent(sha, sf);
                if (first == null) {
                    out.filePaths.put(sha, f.path());
                } else if (first.size() != sf.size()) {
                    in.problem(DossierException.FILES_MISMATCH, fo.at("size"),
                            "cùng SHA-256 nhưng khác kích thước ở " + out.filePaths.get(sha),
                            "same SHA-256 but a different size at " + out.filePaths.get(sha));
                }
            }
            items.put(item.getId(), item);
        }
        out.counts.put("evidence", items.size());
        return items;
    }

    private Map<UUID, PublishedVersion> assessments(JsonFields.Obj r, Map<UUID, EvidenceItem> evidence) {
        Map<UUID, PublishedVersion> versions = new HashMap<>();
        int[] n = new int[7];
        for (JsonFields.Element e : r.array("selfAssessments")) {
            JsonFields.Obj o = in.object(e.node(), e.path(), "id", "schoolYear", "catalogId", "partLevel", "state",
                    "councilDecision", "councilDecisionDate", "planPurpose", "publishedVersion", "timeline", "expectedEvidence",
                    "councilMembers", "workingGroups", "evaluations", "evidenceUses", "improvementActions", "publishedVersions");
            SelfAssessment a = add(new SelfAssessment(out.school, o.string("schoolYear"), o.string("catalogId")), o.uuid("id"), e.path());
            a.setPartLevel(o.string("partLevel"));
            a.setState(o.enumValue("state", AssessmentState.class));
            a.setCouncilDecision(o.optString("councilDecision"));
            a.setCouncilDecisionDate(o.optDate("councilDecisionDate"));
            a.setPlanPurpose(o.optString("planPurpose"));
            a.setPublishedVersion((int) o.integer("publishedVersion", 0, Integer.MAX_VALUE));
            for (JsonFields.Element t : o.array("timeline")) {
                JsonFields.Obj to = in.object(t.node(), t.path(), "start", "end", "activity");
                a.getTimeline().add(new Milestone(to.date("start"), to.date("end"), to.string("activity")));
            }
            for (JsonFields.Element t : o.array("expectedEvidence")) {
                JsonFields.Obj to = in.object(t.node(), t.path(), "criterion", "description", "responsible");
                a.getExpectedEvidence().add(new ExpectedEvidence(to.string("criterion"), to.string("description"), to.optString("responsible")));
            }
            for (JsonFields.Element t : o.array("councilMembers")) {
                JsonFields.Obj to = in.object(t.node(), t.path(), "id", "fullName", "title", "position", "role", "actorId", "qaTrained");
                CouncilMember m = add(new CouncilMember(a, to.string("fullName"), to.enumValue("position", StaffPosition.class),
                        to.enumValue("role", CouncilRole.class), to.optString("actorId")), to.uuid("id"), t.path());
                m.setTitle(to.optString("title"));
                m.setQaTrained(to.bool("qaTrained"));
                n[0]++;
            }
            for (JsonFields.Element t : o.array("workingGroups")) {
                JsonFields.Obj to = in.object(t.node(), t.path(), "id", "name", "kind", "memberIds", "criteria");
                WorkingGroup g = add(new WorkingGroup(a, to.string("name"), to.enumValue("kind", WorkingGroup.Kind.class)), to.uuid("id"), t.path());
                for (JsonFields.Element m : to.array("memberIds")) {
                    if (m.node().isTextual() && m.node().textValue().matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
                        g.getMemberIds().add(UUID.fromString(m.node().textValue()));
                    } else {
                        in.problem(m.path(), "cần một UUID chữ thường", "a lower-case UUID expected");
                    }
                }
                g.getCriteria().addAll(to.strings("criteria"));
                n[1]++;
            }
            for (JsonFields.Element t : o.array("evaluations")) {
                JsonFields.Obj to = in.object(t.node(), t.path(), "id", "criterion", "currentState", "strengths", "weaknesses",
                        "improvementPlan", "draft", "judgements");
                CriterionEvaluation ev = add(new CriterionEvaluation(a, to.string("criterion")), to.uuid("id"), t.path());
                ev.setCurrentState(to.optString("currentState"));
                ev.setStrengths(to.optString("strengths"));
                ev.setWeaknesses(to.optString("weaknesses"));
                ev.setImprovementPlan(to.optString("improvementPlan"));
                ev.setDraft(to.bool("draft"));
                for (JsonFields.Element j : to.array("judgements")) {
                    JsonFields.Obj jo = in.object(j.node(), j.path(), "level", "itemKey", "met");
                    ev.getJudgements().add(new ItemJudgement((int) jo.integer("level", 1, 9), jo.string("itemKey"), jo.bool("met")));
                }
                n[2]++;
            }
            for (JsonFields.Element t : o.array("evidenceUses")) {
                JsonFields.Obj to = in.object(t.node(), t.path(), "id", "evidenceId", "criterion");
                UUID evidenceId = to.uuid("evidenceId");
                EvidenceItem item = evidence.get(evidenceId);
                if (item == null) {
                    in.problem(DossierException.BAD_REFERENCE, to.at("evidenceId"), "không có minh chứng này trong \"evidence\"",
                            "no such item in \"evidence\"");
                }
                add(new EvidenceUse(a, item, to.string("criterion")), to.uuid("id"), t.path());
                n[3]++;
            }
            for (JsonFields.Element t : o.array("improvementActions")) {
                JsonFields.Obj to = in.object(t.node(), t.path(), "id", "criterion", "description", "owner", "deadline", "status", "reviews");
                ImprovementAction x = add(new ImprovementAction(a, to.optString("criterion"), to.string("description"), to.string("owner"),
                        to.date("deadline")), to.uuid("id"), t.path());
                x.setStatus(to.enumValue("status", ImprovementAction.Status.class));
                for (JsonFields.Element rv : to.array("reviews")) {
                    JsonFields.Obj ro = in.object(rv.node(), rv.path(), "reviewedOn", "reviewer", "finding");
                    x.getReviews().add(new ActionReview(ro.date("reviewedOn"), ro.optString("reviewer"), ro.string("finding")));
                }
                n[4]++;
            }
            for (JsonFields.Element t : o.array("publishedVersions")) {
                JsonFields.Obj to = in.object(t.node(), t.path(), "id", "number", "publishedAt", "publishedBy", "schoolLevel",
                        "contentHash", "snapshot");
                String hash = to.raw("contentHash");
                if (hash == null || !hash.matches("[0-9a-f]{64}")) {
                    in.problem(to.at("contentHash"), "cần SHA-256 dạng 64 chữ số hex thường", "a SHA-256 of 64 lower-case hex digits expected");
                }
                String snapshot = to.raw("snapshot");
                if (snapshot == null) {
                    in.problem(to.at("snapshot"), "cần nội dung bản công bố (chuỗi)", "the published snapshot (a string) expected");
                } else if (hash != null && hash.matches("[0-9a-f]{64}") && !Canonical.sha256(snapshot).equals(hash)) {
                    in.problem(to.at("snapshot"), "nội dung bản công bố không khớp SHA-256 đã công bố: bản công bố đã bị sửa",
                            "the published snapshot does not match its published SHA-256: the published version was altered");
                }
                PublishedVersion p = add(new PublishedVersion(a, (int) to.integer("number", 1, Integer.MAX_VALUE), to.instant("publishedAt"),
                        to.string("publishedBy"), hash, snapshot, (int) to.integer("schoolLevel", 0, 9)), to.uuid("id"), t.path());
                versions.put(p.getId(), p);
                n[5]++;
            }
            n[6]++;
        }
        out.counts.put("selfAssessments", n[6]);
        out.counts.put("councilMembers", n[0]);
        out.counts.put("workingGroups", n[1]);
        out.counts.put("evaluations", n[2]);
        out.counts.put("evidenceUses", n[3]);
        out.counts.put("improvementActions", n[4]);
        out.counts.put("publishedVersions", n[5]);
        return versions;
    }

    private Map<UUID, ExternalReview> reviews(JsonFields.Obj r, Map<UUID, PublishedVersion> versions) {
        Map<UUID, ExternalReview> reviews = new HashMap<>();
        for (JsonFields.Element e : r.array("externalReviews")) {
            JsonFields.Obj o = in.object(e.node(), e.path(), "id", "publishedVersionId", "registeredOn", "seeksAccreditation",
                    "seeksNationalStandard", "state", "team", "judgements", "resultLevel", "decidedOn");
            UUID versionId = o.uuid("publishedVersionId");
            PublishedVersion v = versions.get(versionId);
            if (v == null) {
                in.problem(DossierException.BAD_REFERENCE, o.at("publishedVersionId"),
                        "không có bản công bố này trong \"selfAssessments[].publishedVersions\"",
                        "no such version in \"selfAssessments[].publishedVersions\"");
            }
            ExternalReview rv = add(new ExternalReview(v, o.date("registeredOn"), o.bool("seeksAccreditation"), o.bool("seeksNationalStandard")),
                    o.uuid("id"), e.path());
            rv.setState(o.enumValue("state", ExternalReview.State.class));
            for (JsonFields.Element t : o.array("team")) {
                JsonFields.Obj to = in.object(t.node(), t.path(), "actorId", "fullName", "role");
                rv.getTeam().add(new ReviewerAssignment(to.string("actorId"), to.string("fullName"), to.optString("role")));
            }
            for (JsonFields.Element t : o.array("judgements")) {
                JsonFields.Obj to = in.object(t.node(), t.path(), "reviewerId", "criterion", "level", "itemKey", "met");
                rv.getJudgements().add(new ReviewerJudgement(to.string("reviewerId"), to.string("criterion"), (int) to.integer("level", 1, 9),
                        to.string("itemKey"), to.bool("met")));
            }
            Long level = o.optLong("resultLevel", 0, 9);
            rv.setResultLevel(level == null ? null : level.intValue());
            rv.setDecidedOn(o.optDate("decidedOn"));
            reviews.put(rv.getId(), rv);
        }
        out.counts.put("externalReviews", reviews.size());
        return reviews;
    }

    private void certificates(JsonFields.Obj r, Map<UUID, ExternalReview> reviews) {
        int n = 0;
        for (JsonFields.Element e : r.array("certificates")) {
            JsonFields.Obj o = in.object(e.node(), e.path(), "id", "kind", "level", "catalogId", "decisionNumber", "issuedOn",
                    "validUntil", "revokedOn", "revocationReason", "externalReviewId");
            Certificate c = add(new Certificate(out.school, o.string("kind"), (int) o.integer("level", 1, 9), o.string("catalogId"),
                    o.date("issuedOn"), o.date("validUntil")), o.uuid("id"), e.path());
            c.setDecisionNumber(o.optString("decisionNumber"));
            LocalDate revokedOn = o.optDate("revokedOn");
            String reason = o.optString("revocationReason");
            if (revokedOn != null || reason != null) {
                c.revoke(revokedOn, reason);
            }
            UUID reviewId = o.optUuid("externalReviewId");
            if (reviewId != null) {
                ExternalReview rv = reviews.get(reviewId);
                if (rv == null) {
                    in.problem(DossierException.BAD_REFERENCE, o.at("externalReviewId"), "không có đợt đánh giá này trong \"externalReviews\"",
                            "no such review in \"externalReviews\"");
                }
                c.setReview(rv);
            }
            n++;
        }
        out.counts.put("certificates", n);
    }

    private void audit(JsonFields.Obj r) {
        for (JsonFields.Element e : r.array("audit")) {
            JsonFields.Obj o = in.object(e.node(), e.path(), "id", "at", "actorId", "action", "entityType", "entityId", "detail");
            UUID id = o.uuid("id");
            id(id, o.at("id"));
            String actor = o.string("actorId");
            String action = o.string("action");
            String type = o.string("entityType");
            if (actor.length() > 120 || action.length() > 80 || type.length() > 80) {
                in.problem(e.path(), "actorId tối đa 120, action và entityType tối đa 80 ký tự",
                        "actorId is at most 120, action and entityType at most 80 characters");
            }
            out.audit.add(new AuditLine(id, o.instant("at"), actor, action, type, o.optUuid("entityId"), o.raw("detail")));
        }
        out.counts.put("audit", out.audit.size());
        out.counts.put("files", out.files.size());
    }
}
