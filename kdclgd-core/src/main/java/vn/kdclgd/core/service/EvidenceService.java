package vn.kdclgd.core.service;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import vn.kdclgd.core.access.AccessDeniedException;
import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.access.Role;
import vn.kdclgd.core.internal.Access;
import vn.kdclgd.core.internal.Audit;
import vn.kdclgd.core.internal.Data;
import vn.kdclgd.core.internal.Problems;
import vn.kdclgd.core.internal.Scopes;
import vn.kdclgd.core.internal.Statements;
import vn.kdclgd.core.internal.Text;
import vn.kdclgd.core.model.CriterionEvaluation;
import vn.kdclgd.core.model.EvidenceItem;
import vn.kdclgd.core.model.EvidenceUse;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.model.StoredFile;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.evidence.EvidenceCode;
import vn.kdclgd.rules.evidence.EvidenceCodeBook;
import vn.kdclgd.rules.evidence.EvidenceCodes;

/**
 * Evidence (minh chứng) of a school: items coded once with {@link EvidenceCodeBook} (first use wins,
 * never renumbered), files behind the {@link vn.kdclgd.core.spi.EvidenceStore}, links to the criteria of a
 * self-assessment (one item, many criteria) and the checks a school runs before publishing.
 *
 * <p>Access: school writers (admin, council chair, secretary) do everything; a council member adds
 * and links evidence for the criteria of their working groups and edits the items used there; every
 * school role reads. Items are never deleted, so a code is never given twice.
 */
public final class EvidenceService {
    private final Kdclgd k;

    /** The service on the context {@code k}. */
    public EvidenceService(Kdclgd k) {
        this.k = Objects.requireNonNull(k, "k");
    }

    /**
     * Adds an evidence item first used for {@code criterion}: its code is the criterion's next code in
     * the catalog's scheme after every code the school already has ({@code MC.1.1.03},
     * {@code [H1-1.1-03]}); the item is linked to the criterion. Two concurrent additions may compute the
     * same code: the second fails at commit on the unique (school, code) key and is retried by the caller.
     *
     * @throws AccessDeniedException unless the actor may write the criterion
     * @throws vn.kdclgd.rules.KdclException {@code KDCL-7030} unknown criterion; {@code KDCL-3030} 99 codes used;
     *                                       {@code KDCL-7001} invalid values
     */
    public EvidenceItem addItem(Actor actor, UUID assessmentId, String criterion, EvidenceInput input) {
        EntityManager em = k.em();
        UUID schoolId = Scopes.schoolOfAssessment(em, assessmentId);
        Scopes.memberOrWriter(actor, schoolId, "evidence.add");
        SelfAssessment a = Data.assessment(em, assessmentId);
        Access.criterionWrite(em, actor, a, criterion, "evidence.add");
        Catalog c = catalog(a);
        requireCriterion(c, criterion);
        EvidenceCodeBook book = Data.book(Data.items(em, schoolId), c);
        EvidenceItem item = new EvidenceItem(a.getSchool(), "-", Text.clean(input.title()));
        EvidenceCode code = book.assign(item.getId().toString(), criterion).codeOf(item.getId().toString()).orElseThrow();
        item.setCode(code.format());
        describe(item, input);
        Data.validate(k, item);
        em.persist(item);
        EvidenceUse use = new EvidenceUse(a, item, criterion);
        Data.validate(k, use);
        em.persist(use);
        Audit.record(k, actor, "evidence.add", item, schoolId, "code=" + item.getCode() + " criterion=" + criterion);
        return Data.loaded(item);
    }

    /**
     * Updates the description of an item (its code never changes) and clears its {@code needsReview} mark.
     *
     * @throws AccessDeniedException unless the actor is a school writer, or a council member who may write a
     *                               criterion the item is used for
     */
    public EvidenceItem updateItem(Actor actor, UUID itemId, EvidenceInput input) {
        EntityManager em = k.em();
        UUID schoolId = Scopes.schoolOfEvidence(em, itemId);
        itemWrite(em, actor, schoolId, itemId, "evidence.update");
        EvidenceItem item = em.find(EvidenceItem.class, itemId);
        item.setTitle(Text.clean(input.title()));
        describe(item, input);
        item.setNeedsReview(false);
        Data.validate(k, item);
        Audit.record(k, actor, "evidence.update", item, schoolId, "code=" + item.getCode());
        return Data.loaded(item);
    }

    /**
     * Stores a file through the {@link vn.kdclgd.core.spi.EvidenceStore} and attaches it to the item. The
     * store keeps the content even if the caller's transaction rolls back (content-addressed: storing it
     * again costs nothing).
     *
     * @throws AccessDeniedException as {@link #updateItem}; nothing is stored then
     */
    public StoredFile attachFile(Actor actor, UUID itemId, InputStream content, String fileName, String mediaType) {
        EntityManager em = k.em();
        UUID schoolId = Scopes.schoolOfEvidence(em, itemId);
        itemWrite(em, actor, schoolId, itemId, "evidence.attach");
        EvidenceItem item = em.find(EvidenceItem.class, itemId);
        StoredFile f = k.evidenceStore().put(content, Text.nfc(fileName), mediaType);
        item.getFiles().add(f);
        Data.validate(k, item);
        Audit.record(k, actor, "evidence.attach", item, schoolId, "sha256=" + f.sha256() + " name=" + f.fileName() + " size=" + f.size());
        return f;
    }

    /**
     * Links an item to one more criterion (the item keeps its code). Linking twice returns the same use.
     *
     * @throws AccessDeniedException unless the actor may write the criterion
     * @throws vn.kdclgd.rules.KdclException {@code KDCL-7030} unknown criterion; {@code KDCL-7070} item of another school
     */
    public EvidenceUse link(Actor actor, UUID assessmentId, UUID itemId, String criterion) {
        EntityManager em = k.em();
        UUID schoolId = Scopes.schoolOfAssessment(em, assessmentId);
        Scopes.memberOrWriter(actor, schoolId, "evidence.link");
        SelfAssessment a = Data.assessment(em, assessmentId);
        Access.criterionWrite(em, actor, a, criterion, "evidence.link");
        requireCriterion(catalog(a), criterion);
        EvidenceItem item = sameSchoolItem(em, schoolId, itemId);
        EvidenceUse existing = findUse(em, a, item, criterion);
        if (existing != null) {
            return Data.loaded(existing);
        }
        EvidenceUse use = new EvidenceUse(a, item, criterion);
        Data.validate(k, use);
        em.persist(use);
        Audit.record(k, actor, "evidence.link", use, schoolId, "code=" + item.getCode() + " criterion=" + criterion);
        return Data.loaded(use);
    }

    /**
     * Removes the link of an item to a criterion (the item and its code stay). Unlinking what is not
     * linked does nothing.
     *
     * @throws AccessDeniedException unless the actor may write the criterion
     */
    public void unlink(Actor actor, UUID assessmentId, UUID itemId, String criterion) {
        EntityManager em = k.em();
        UUID schoolId = Scopes.schoolOfAssessment(em, assessmentId);
        Scopes.memberOrWriter(actor, schoolId, "evidence.unlink");
        SelfAssessment a = Data.assessment(em, assessmentId);
        Access.criterionWrite(em, actor, a, criterion, "evidence.unlink");
        EvidenceItem item = sameSchoolItem(em, schoolId, itemId);
        EvidenceUse existing = findUse(em, a, item, criterion);
        if (existing != null) {
            Audit.record(k, actor, "evidence.unlink", existing, schoolId, "code=" + item.getCode() + " criterion=" + criterion);
            em.remove(existing);
        }
    }

    /** The school's evidence items by code (school roles). */
    public List<EvidenceItem> items(Actor actor, UUID schoolId) {
        EntityManager em = k.em();
        Access.schoolRead(actor, schoolId, "evidence.list");
        return Data.loadedAll(Data.items(em, schoolId));
    }

    /** The evidence uses of a self-assessment (school roles). */
    public List<EvidenceUse> uses(Actor actor, UUID assessmentId) {
        EntityManager em = k.em();
        Access.schoolRead(actor, Scopes.schoolOfAssessment(em, assessmentId), "evidence.uses");
        return Data.loadedAll(Data.uses(em, Data.assessment(em, assessmentId)));
    }

    /**
     * Checks the evidence of a self-assessment on {@code date}: expired, undated and to-be-reviewed items
     * among those used; items of the school not used; the same file content behind several items;
     * criteria without evidence; statements of a current state that cite no code (see
     * {@code docs/core-services.md} for how statements are cut); cited codes that are no evidence item of
     * the school. Reads only (school roles).
     */
    public EvidenceReport checks(Actor actor, UUID assessmentId, LocalDate date) {
        EntityManager em = k.em();
        UUID schoolId = Scopes.schoolOfAssessment(em, assessmentId);
        Access.schoolRead(actor, schoolId, "evidence.checks");
        Objects.requireNonNull(date, "date");
        SelfAssessment a = Data.assessment(em, assessmentId);
        Catalog c = catalog(a);
        List<EvidenceItem> items = Data.items(em, schoolId);
        List<EvidenceUse> uses = Data.uses(em, a);
        Set<UUID> usedIds = new HashSet<>();
        Set<String> usedCriteria = new HashSet<>();
        for (EvidenceUse u : uses) {
            usedIds.add(u.getEvidence().getId());
            usedCriteria.add(u.getCriterion());
        }
        List<EvidenceItem> sorted = new ArrayList<>(items);
        sorted.sort((x, y) -> {
            var cx = Data.code(x);
            var cy = Data.code(y);
            if (cx.isPresent() && cy.isPresent()) {
                return cx.get().compareTo(cy.get());
            }
            return x.getCode().compareTo(y.getCode());
        });
        List<String> expired = new ArrayList<>();
        List<String> undated = new ArrayList<>();
        List<String> review = new ArrayList<>();
        List<String> unused = new ArrayList<>();
        Map<String, Set<String>> bySha = new TreeMap<>();
        Set<EvidenceCode> codes = new HashSet<>();
        for (EvidenceItem item : sorted) {
            Data.code(item).ifPresent(codes::add);
            for (StoredFile f : item.getFiles()) {
                bySha.computeIfAbsent(f.sha256(), x -> new java.util.LinkedHashSet<>()).add(item.getCode());
            }
            if (!usedIds.contains(item.getId())) {
                unused.add(item.getCode());
                continue;
            }
            if (item.isExpiredOn(date)) {
                expired.add(item.getCode());
            }
            if (item.getIssuedOn() == null && item.getValidFrom() == null) {
                undated.add(item.getCode());
            }
            if (item.isNeedsReview()) {
                review.add(item.getCode());
            }
        }
        List<EvidenceReport.DuplicateContent> duplicates = new ArrayList<>();
        bySha.forEach((sha, holders) -> {
            if (holders.size() > 1) {
                duplicates.add(new EvidenceReport.DuplicateContent(sha, List.copyOf(holders)));
            }
        });
        List<String> without = c.criteria().stream().map(Criterion::code).filter(x -> !usedCriteria.contains(x)).toList();
        List<EvidenceReport.UncitedStatement> uncited = new ArrayList<>();
        List<EvidenceReport.UnknownCitation> unknown = new ArrayList<>();
        for (CriterionEvaluation e : Data.evaluations(em, a, c)) {
            if (Data.LEVEL4.equals(e.getCriterion())) {
                continue;
            }
            for (String s : Statements.split(e.getCurrentState())) {
                if (EvidenceCodes.findAll(s).isEmpty()) {
                    uncited.add(new EvidenceReport.UncitedStatement(e.getCriterion(), s));
                }
            }
            for (EvidenceCode code : new TreeSet<>(EvidenceCodes.findAll(e.getCurrentState()))) {
                if (!codes.contains(code)) {
                    unknown.add(new EvidenceReport.UnknownCitation(e.getCriterion(), code.format()));
                }
            }
        }
        return new EvidenceReport(date, expired, undated, review, unused, duplicates, without, uncited, unknown);
    }

    // ---- helpers -------------------------------------------------------------------------------

    private Catalog catalog(SelfAssessment a) {
        return k.catalogs().get(a.getCatalogId());
    }

    private static void requireCriterion(Catalog c, String criterion) {
        if (criterion == null || c.criterion(criterion).isEmpty()) {
            throw new vn.kdclgd.rules.KdclException(Problems.unknownCriterion(criterion, c.id()));
        }
    }

    private static void describe(EvidenceItem item, EvidenceInput in) {
        item.setDocumentNumber(Text.clean(in.documentNumber()));
        item.setIssuedOn(in.issuedOn());
        item.setIssuer(Text.clean(in.issuer()));
        item.setValidFrom(in.validFrom());
        item.setValidUntil(in.validUntil());
        item.getLinks().clear();
        in.links().stream().map(Text::clean).filter(Objects::nonNull).forEach(item.getLinks()::add);
    }

    private static EvidenceItem sameSchoolItem(EntityManager em, UUID schoolId, UUID itemId) {
        EvidenceItem item = em.find(EvidenceItem.class, itemId);
        if (item == null) {
            throw new NotFoundException("evidence item", itemId);
        }
        if (!item.getSchool().getId().equals(schoolId)) {
            throw Problems.input(Problems.OTHER_SCHOOL, "evidence item " + itemId,
                    "minh chứng này thuộc trường khác", "this evidence item belongs to another school");
        }
        return item;
    }

    private static EvidenceUse findUse(EntityManager em, SelfAssessment a, EvidenceItem item, String criterion) {
        return em.createQuery("select u from EvidenceUse u where u.assessment = :a and u.evidence = :e and u.criterion = :c", EvidenceUse.class)
                .setParameter("a", a).setParameter("e", item).setParameter("c", criterion).getResultStream().findFirst().orElse(null);
    }

    /** School writers, or a council member who may write a criterion the item is used for. */
    private static void itemWrite(EntityManager em, Actor actor, UUID schoolId, UUID itemId, String action) {
        if (actor.hasAny(schoolId, Role.SCHOOL_ADMIN, Role.COUNCIL_CHAIR, Role.COUNCIL_SECRETARY)) {
            return;
        }
        if (actor.has(Role.COUNCIL_MEMBER, schoolId)) {
            List<EvidenceUse> uses = em.createQuery("select u from EvidenceUse u join fetch u.assessment where u.evidence.id = :e", EvidenceUse.class)
                    .setParameter("e", itemId).getResultList();
            for (EvidenceUse u : uses) {
                try {
                    Access.criterionWrite(em, actor, u.getAssessment(), u.getCriterion(), action);
                    return;
                } catch (AccessDeniedException ignored) {
                    // try the next use
                }
            }
        }
        throw new AccessDeniedException(actor.id(), action, "evidence item " + itemId);
    }
}
