package vn.kdclgd.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import vn.kdclgd.core.model.CouncilMember;
import vn.kdclgd.core.model.CriterionEvaluation;
import vn.kdclgd.core.model.EvidenceItem;
import vn.kdclgd.core.model.EvidenceUse;
import vn.kdclgd.core.model.SelfAssessment;
import vn.kdclgd.core.model.WorkingGroup;
import vn.kdclgd.core.service.NotFoundException;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.evidence.EvidenceCode;
import vn.kdclgd.rules.evidence.EvidenceCodeBook;
import vn.kdclgd.rules.evidence.EvidenceCodes;

/** Queries the services share. */
public final class Data {
    /** Criterion code of the evaluation that holds the Mức-4 judgements of a 2018-regime assessment. */
    public static final String LEVEL4 = "MUC4";

    private Data() {
    }

    /**
     * Loads the element collections of what a service returns, so that the caller may read them after
     * its transaction (to-one associations other than their ids stay lazy).
     */
    public static <T> T loaded(T entity) {
        if (entity instanceof vn.kdclgd.core.model.SchoolProfile p) {
            p.getCounts().size();
        } else if (entity instanceof vn.kdclgd.core.model.School s) {
            s.getLevelsTaught().size();
            s.getCampuses().size();
        } else if (entity instanceof SelfAssessment a) {
            a.getTimeline().size();
            a.getExpectedEvidence().size();
        } else if (entity instanceof CriterionEvaluation e) {
            e.getJudgements().size();
        } else if (entity instanceof EvidenceItem i) {
            i.getLinks().size();
            i.getFiles().size();
        } else if (entity instanceof WorkingGroup g) {
            g.getMemberIds().size();
            g.getCriteria().size();
        } else if (entity instanceof vn.kdclgd.core.model.ImprovementAction x) {
            x.getReviews().size();
        } else if (entity instanceof EvidenceUse u) {
            loaded(u.getEvidence());
        }
        return entity;
    }

    /** {@link #loaded(Object)} for each element. */
    public static <T> List<T> loadedAll(List<T> list) {
        list.forEach(Data::loaded);
        return list;
    }

    /**
     * Validates an entity with {@link Validate#entity}. A lazy proxy of the persistence provider (an
     * entity first met through a lazy association) is validated through the object behind it, since
     * Bean Validation reads fields and a proxy's own fields are empty.
     */
    public static void validate(vn.kdclgd.core.service.Kdclgd k, Object entity) {
        Validate.entity(k, unproxy(entity));
    }

    /** The object behind a Hibernate proxy (found reflectively: no compile-time tie to a provider). */
    static Object unproxy(Object entity) {
        try {
            java.lang.reflect.Method m = entity.getClass().getMethod("getHibernateLazyInitializer");
            Object initializer = m.invoke(entity);
            return initializer.getClass().getMethod("getImplementation").invoke(initializer);
        } catch (NoSuchMethodException e) {
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot unwrap the proxy of " + entity.getClass().getName(), e);
        }
    }

    /** The assessment, or {@link NotFoundException}. */
    public static SelfAssessment assessment(EntityManager em, UUID id) {
        SelfAssessment a = em.find(SelfAssessment.class, id);
        if (a == null) {
            throw new NotFoundException("assessment", id);
        }
        return a;
    }

    /** Council members in a stable order (role, then name). */
    public static List<CouncilMember> members(EntityManager em, SelfAssessment a) {
        List<CouncilMember> list = new ArrayList<>(em.createQuery("select m from CouncilMember m where m.assessment = :a", CouncilMember.class)
                .setParameter("a", a).getResultList());
        list.sort(Comparator.comparing(CouncilMember::getRole).thenComparing(CouncilMember::getFullName)
                .thenComparing(m -> m.getId().toString()));
        return list;
    }

    /** Working groups by name. */
    public static List<WorkingGroup> groups(EntityManager em, SelfAssessment a) {
        List<WorkingGroup> list = new ArrayList<>(em.createQuery("select g from WorkingGroup g where g.assessment = :a", WorkingGroup.class)
                .setParameter("a", a).getResultList());
        list.sort(Comparator.comparing(WorkingGroup::getKind).thenComparing(WorkingGroup::getName).thenComparing(g -> g.getId().toString()));
        return list;
    }

    /** Evaluations in the catalog's order (the Mức-4 evaluation last). */
    public static List<CriterionEvaluation> evaluations(EntityManager em, SelfAssessment a, Catalog c) {
        Map<String, Integer> order = order(c);
        List<CriterionEvaluation> list = new ArrayList<>(em.createQuery("select e from CriterionEvaluation e where e.assessment = :a",
                CriterionEvaluation.class).setParameter("a", a).getResultList());
        list.sort(Comparator.comparing((CriterionEvaluation e) -> order.getOrDefault(e.getCriterion(), Integer.MAX_VALUE))
                .thenComparing(CriterionEvaluation::getCriterion));
        return list;
    }

    /** One evaluation. */
    public static Optional<CriterionEvaluation> evaluation(EntityManager em, SelfAssessment a, String criterion) {
        return em.createQuery("select e from CriterionEvaluation e where e.assessment = :a and e.criterion = :c", CriterionEvaluation.class)
                .setParameter("a", a).setParameter("c", criterion).getResultStream().findFirst();
    }

    /** Evidence uses of the assessment, with their items. */
    public static List<EvidenceUse> uses(EntityManager em, SelfAssessment a) {
        return em.createQuery("select u from EvidenceUse u join fetch u.evidence where u.assessment = :a", EvidenceUse.class)
                .setParameter("a", a).getResultList();
    }

    /** The evidence items of a school, by code. */
    public static List<EvidenceItem> items(EntityManager em, UUID schoolId) {
        return em.createQuery("select e from EvidenceItem e where e.school.id = :s order by e.code", EvidenceItem.class)
                .setParameter("s", schoolId).getResultList();
    }

    /** Criterion code → position in the catalog. */
    public static Map<String, Integer> order(Catalog c) {
        Map<String, Integer> order = new HashMap<>();
        List<Criterion> criteria = c.criteria();
        for (int i = 0; i < criteria.size(); i++) {
            order.put(criteria.get(i).code(), i);
        }
        return order;
    }

    /** The code of an item, when it is a valid code. */
    public static Optional<EvidenceCode> code(EvidenceItem item) {
        return EvidenceCodes.isValid(item.getCode()) ? Optional.of(EvidenceCodes.parse(item.getCode())) : Optional.empty();
    }

    /**
     * The code book of a school for {@code c}: every item of the school whose code is a valid code of the
     * catalog's scheme and criteria, keyed by item id. New codes continue after the highest sequence.
     */
    public static EvidenceCodeBook book(List<EvidenceItem> schoolItems, Catalog c) {
        Map<String, EvidenceCode> existing = new HashMap<>();
        for (EvidenceItem item : schoolItems) {
            code(item).filter(code -> EvidenceCodes.validate(code, c).isEmpty())
                    .ifPresent(code -> existing.put(item.getId().toString(), code));
        }
        return EvidenceCodeBook.of(c, existing);
    }
}
