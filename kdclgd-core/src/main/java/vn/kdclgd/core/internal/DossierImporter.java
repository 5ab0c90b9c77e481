package vn.kdclgd.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import vn.kdclgd.core.dossier.DossierException;
import vn.kdclgd.core.model.AuditEntry;
import vn.kdclgd.core.model.BaseEntity;
import vn.kdclgd.core.model.School;
import vn.kdclgd.core.model.StoredFile;
import vn.kdclgd.core.model.SupervisingUnit;
import vn.kdclgd.core.model.UnitMembership;
import vn.kdclgd.core.service.Kdclgd;
import vn.kdclgd.core.spi.EvidenceStore;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;

/**
 * Writes a read and verified dossier into the installation, after the last checks that need the
 * database (school code free, no id already present) and Bean Validation of every entity. Nothing is
 * written until every check has passed; then the files go to the evidence store (content-addressed, so
 * a file left there by a failed transaction is harmless) and the rows to the caller's transaction.
 */
public final class DossierImporter {
    private static final Pattern SAFE_NAME = Pattern.compile(".*[/\\\\\\p{Cntrl}].*|\\.{1,2}");
    private static final int CHUNK = 500;
    private static final int MAX_LISTED = 10;

    private final Kdclgd k;
    private final EntityManager em;
    private final DossierReader.Content c;

    private DossierImporter(Kdclgd k, DossierReader.Content c) {
        this.k = k;
        this.em = k.em();
        this.c = c;
    }

    /** Checks against the database, then writes. */
    public static void write(Kdclgd k, DossierReader.Content content, DossierArchive archive) {
        DossierImporter i = new DossierImporter(k, content);
        i.checkDatabase();
        List<SupervisingUnit> ordered = i.orderUnits();
        Map<UUID, SupervisingUnit> units = i.resolveUnits(ordered);
        List<UnitMembership> memberships = i.memberships(units);
        i.validate(units, memberships);
        i.storeFiles(archive);
        for (SupervisingUnit u : units.values()) {
            if (!i.em.contains(u)) {
                i.em.persist(u);
            }
        }
        i.em.persist(content.school);
        memberships.forEach(i.em::persist);
        for (BaseEntity e : content.entities) {
            if (e != content.school) {
                i.em.persist(e);
            }
        }
        for (DossierReader.AuditLine a : content.audit) {
            i.em.persist(AuditIds.withId(new AuditEntry(a.at(), a.actorId(), a.action(), a.entityType(), a.entityId(),
                    content.school.getId(), a.detail()), a.id()));
        }
    }

    private void checkDatabase() {
        List<Problem> problems = new ArrayList<>();
        School s = c.school;
        Long sameCode = em.createQuery("select count(s) from School s where s.code = :code", Long.class)
                .setParameter("code", s.getCode()).getSingleResult();
        if (sameCode > 0) {
            throw DossierException.of(DossierException.SCHOOL_EXISTS, "dossier.json $.school.code",
                    "đã có trường mã \"" + s.getCode() + "\" trong hệ thống này; hồ sơ không ghi đè dữ liệu đang có — không ghi gì",
                    "a school with code \"" + s.getCode() + "\" already exists in this installation; a dossier never overwrites data"
                            + " — nothing was written");
        }
        Map<Class<?>, List<BaseEntity>> byType = new LinkedHashMap<>();
        for (BaseEntity e : c.entities) {
            byType.computeIfAbsent(e.getClass(), t -> new ArrayList<>()).add(e);
        }
        for (Map.Entry<Class<?>, List<BaseEntity>> t : byType.entrySet()) {
            List<BaseEntity> entities = t.getValue();
            for (int from = 0; from < entities.size(); from += CHUNK) {
                List<BaseEntity> chunk = entities.subList(from, Math.min(entities.size(), from + CHUNK));
                Map<UUID, BaseEntity> ids = new HashMap<>();
                chunk.forEach(e -> ids.put(e.getId(), e));
                List<UUID> found = em.createQuery("select e.id from " + t.getKey().getSimpleName() + " e where e.id in :ids", UUID.class)
                        .setParameter("ids", ids.keySet()).getResultList();
                for (UUID id : found) {
                    problems.add(idExists(c.paths.get(ids.get(id)) + ".id", id));
                }
            }
        }
        List<UUID> auditIds = c.audit.stream().map(DossierReader.AuditLine::id).toList();
        for (int from = 0; from < auditIds.size(); from += CHUNK) {
            List<UUID> chunk = auditIds.subList(from, Math.min(auditIds.size(), from + CHUNK));
            for (UUID id : em.createQuery("select a.id from AuditEntry a where a.id in :ids", UUID.class)
                    .setParameter("ids", chunk).getResultList()) {
                problems.add(idExists("$.audit (" + id + ")", id));
            }
        }
        if (problems.size() > MAX_LISTED) {
            int all = problems.size();
            problems = new ArrayList<>(problems.subList(0, MAX_LISTED));
            problems.add(Problem.of(DossierException.ID_EXISTS, "dossier.json", "tổng cộng " + all + " id đã có trong hệ thống này",
                    all + " ids in all already exist in this installation"));
        }
        if (!problems.isEmpty()) {
            throw new DossierException(problems);
        }
    }

    private static Problem idExists(String path, UUID id) {
        return Problem.of(DossierException.ID_EXISTS, "dossier.json " + path,
                "id " + id + " đã có trong hệ thống này (hồ sơ đã được nhập trước đây?); không ghi gì",
                "id " + id + " already exists in this installation (was the dossier imported before?); nothing was written");
    }

    /** The dossier's units with parents first; a cycle is refused. */
    private List<SupervisingUnit> orderUnits() {
        Map<UUID, DossierReader.UnitSpec> specs = new LinkedHashMap<>();
        c.units.forEach(u -> specs.put(u.id(), u));
        List<SupervisingUnit> ordered = new ArrayList<>();
        Map<UUID, SupervisingUnit> made = new HashMap<>();
        while (made.size() < specs.size()) {
            int before = made.size();
            for (DossierReader.UnitSpec u : specs.values()) {
                if (!made.containsKey(u.id()) && (u.parentId() == null || made.containsKey(u.parentId()))) {
                    SupervisingUnit unit = new SupervisingUnit(u.code(), u.name(), u.kind(),
                            u.parentId() == null ? null : made.get(u.parentId()), u.validFrom());
                    unit.setId(u.id());
                    unit.setValidTo(u.validTo());
                    made.put(u.id(), unit);
                    ordered.add(unit);
                }
            }
            if (made.size() == before) {
                throw DossierException.of(DossierException.BAD_REFERENCE, "dossier.json $.units",
                        "các đơn vị quản lý tạo thành vòng (parentId)", "the supervising units form a cycle (parentId)");
            }
        }
        return ordered;
    }

    /**
     * Each unit of the dossier: the installation's unit with the same id, else with the same code (units
     * belong to the installation and are never changed by an import), else a new unit with the dossier's
     * id. A new unit's parent is the resolved parent.
     */
    private Map<UUID, SupervisingUnit> resolveUnits(List<SupervisingUnit> ordered) {
        Map<UUID, SupervisingUnit> resolved = new LinkedHashMap<>();
        for (SupervisingUnit u : ordered) {
            SupervisingUnit existing = em.find(SupervisingUnit.class, u.getId());
            if (existing == null) {
                existing = em.createQuery("select u from SupervisingUnit u where u.code = :code", SupervisingUnit.class)
                        .setParameter("code", u.getCode()).getResultStream().findFirst().orElse(null);
            }
            if (existing != null) {
                resolved.put(u.getId(), existing);
            } else {
                if (u.getParent() != null) {
                    u.setParent(resolved.get(u.getParent().getId()));
                }
                resolved.put(u.getId(), u);
            }
        }
        return resolved;
    }

    private List<UnitMembership> memberships(Map<UUID, SupervisingUnit> units) {
        List<UnitMembership> out = new ArrayList<>();
        for (DossierReader.MembershipSpec m : c.memberships) {
            UnitMembership um = new UnitMembership(c.school, units.get(m.unitId()), m.validFrom());
            um.setId(m.id());
            um.setValidTo(m.validTo());
            c.paths.put(um, m.path());
            out.add(um);
        }
        return out;
    }

    private void validate(Map<UUID, SupervisingUnit> units, List<UnitMembership> memberships) {
        List<Problem> problems = new ArrayList<>();
        List<Object> all = new ArrayList<>();
        units.values().stream().filter(u -> !em.contains(u)).forEach(all::add);
        all.addAll(c.entities);
        all.addAll(memberships);
        for (Object e : all) {
            try {
                Validate.entity(k, e);
            } catch (KdclException ex) {
                String path = c.paths.getOrDefault(e, "$.units");
                for (Problem p : ex.problems()) {
                    problems.add(new Problem(DossierException.INVALID_VALUE, "dossier.json " + path + " (" + p.where() + ")", p.message()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new DossierException(problems);
        }
    }

    private void storeFiles(DossierArchive archive) {
        if (c.files.isEmpty()) {
            return;
        }
        EvidenceStore store = k.evidenceStore();
        for (Map.Entry<String, StoredFile> f : c.files.entrySet()) {
            String sha = f.getKey();
            if (store.contains(sha)) {
                continue;
            }
            String name = f.getValue().fileName();
            if (name.length() > 255 || SAFE_NAME.matcher(name).matches()) {
                name = sha;
            }
            try (InputStream in = archive.openFile(sha)) {
                StoredFile stored = store.put(in, name, f.getValue().mediaType());
                if (!stored.sha256().equals(sha)) {
                    throw DossierException.of(DossierException.IO, DossierArchive.FILES + sha,
                            "kho minh chứng lưu nội dung khác (SHA-256 " + stored.sha256() + ")",
                            "the evidence store kept different content (SHA-256 " + stored.sha256() + ")");
                }
            } catch (IOException e) {
                throw new DossierException(List.of(Problem.of(DossierException.IO, DossierArchive.FILES + sha,
                        "không đọc được tệp trong hồ sơ: " + e.getMessage(), "cannot read the file in the dossier: " + e.getMessage())), e);
            }
        }
    }
}
