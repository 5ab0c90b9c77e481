package vn.kdclgd.app.unit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.model.PublishedVersion;
import vn.kdclgd.core.service.AssessmentService;
import vn.kdclgd.core.service.NotFoundException;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.CatalogRegistry;
import vn.kdclgd.rules.catalog.Criterion;

/**
 * Published self-assessment reports as a unit officer may read them: through
 * {@link AssessmentService#publishedVersions(Actor, UUID)}, which kdclgd allows to the school's roles and to an
 * officer of a unit the school belongs to today, and refuses to anyone else.
 *
 * <p>kdclgd has no "published versions of a school" call, and {@code AssessmentService.ofSchool} is for the
 * school's own roles only, so the ids of the self-assessments that have a published version are found with
 * one key-only query (ids, nothing else); every version is then read through {@code publishedVersions} with
 * the officer's actor, so kdclgd decides what is shown.
 */
@Component
public class PublishedReports {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final AssessmentService assessments;
    private final CatalogRegistry catalogs;
    private final EntityManager em;
    private final ZoneId zone;

    PublishedReports(AssessmentService assessments, CatalogRegistry catalogs, EntityManager em, Clock clock) {
        this.assessments = assessments;
        this.catalogs = catalogs;
        this.em = em;
        this.zone = clock.getZone();
    }

    /**
     * One published version as listed.
     *
     * @param versionId   the published version
     * @param schoolId    its school
     * @param schoolYear  school year of the self-assessment
     * @param catalogId   catalog of the self-assessment
     * @param number      version number (1, 2 …)
     * @param publishedAt publication time
     * @param publishedOn publication day (application zone)
     * @param schoolLevel the school level frozen with it
     */
    public record Published(UUID versionId, UUID schoolId, String schoolYear, String catalogId, int number, Instant publishedAt,
                            LocalDate publishedOn, int schoolLevel) {
    }

    /** Every published version of the schools the actor may read, newest first, by school. */
    public Map<UUID, List<Published>> ofSchools(Actor actor, Collection<UUID> schoolIds) {
        Map<UUID, List<Published>> out = new LinkedHashMap<>();
        if (schoolIds.isEmpty()) {
            return out;
        }
        List<Object[]> keys = em.createQuery("select distinct v.assessment.id, v.assessment.school.id from PublishedVersion v"
                + " where v.assessment.school.id in :schools", Object[].class).setParameter("schools", schoolIds).getResultList();
        for (Object[] k : keys) {
            UUID schoolId = (UUID) k[1];
            for (PublishedVersion v : assessments.publishedVersions(actor, (UUID) k[0])) {
                out.computeIfAbsent(schoolId, x -> new ArrayList<>()).add(published(v, schoolId));
            }
        }
        out.values().forEach(l -> l.sort(Comparator.comparing(Published::publishedAt).thenComparing(Published::number).reversed()));
        return out;
    }

    private Published published(PublishedVersion v, UUID schoolId) {
        return new Published(v.getId(), schoolId, v.getAssessment().getSchoolYear(), v.getAssessment().getCatalogId(), v.getNumber(),
                v.getPublishedAt(), LocalDate.ofInstant(v.getPublishedAt(), zone), v.getSchoolLevel());
    }

    /**
     * A published version read through kdclgd ({@code publishedVersions} with the actor): 404 when there is
     * no such version, kdclgd's refusal (403) when the actor may not read the school's published versions.
     */
    public Report report(Actor actor, UUID versionId) {
        List<UUID> assessment = em.createQuery("select v.assessment.id from PublishedVersion v where v.id = :id", UUID.class)
                .setParameter("id", versionId).getResultList();
        if (assessment.isEmpty()) {
            throw new NotFoundException("published version", versionId);
        }
        PublishedVersion v = assessments.publishedVersions(actor, assessment.get(0)).stream().filter(x -> x.getId().equals(versionId))
                .findFirst().orElseThrow(() -> new NotFoundException("published version", versionId));
        return parse(v);
    }

    /**
     * A published report as shown: what the snapshot ({@code kdclgd-published/1}) says, with the rating
     * ({@code RatingJson}) frozen in it.
     *
     * @param versionId              the version
     * @param number                 its number
     * @param publishedOn            publication day
     * @param sha256                 the stored hash of the snapshot
     * @param schoolCode             school code
     * @param schoolName             school name
     * @param schoolType             school type code
     * @param schoolYear             school year
     * @param catalogId              catalog id
     * @param catalogTitle           catalog title
     * @param schoolLevel            school level
     * @param accreditationLevel     cấp độ the level supports (2018 regime), if any
     * @param nationalStandardDegree mức độ of national standard the level supports, if any
     * @param councilDecision        council decision number and date
     * @param criteria               the criteria with their levels
     * @param level4                 Mức-4 items (2018 regime): khoản → met
     * @param explanation            kdclgd's explanation of the rating (Vietnamese)
     */
    public record Report(UUID versionId, int number, LocalDate publishedOn, String sha256, String schoolCode, String schoolName,
                         String schoolType, String schoolYear, String catalogId, String catalogTitle, int schoolLevel,
                         Optional<Integer> accreditationLevel, Optional<Integer> nationalStandardDegree, String councilDecision,
                         List<CriterionLevel> criteria, Map<String, Boolean> level4, List<String> explanation) {
    }

    /**
     * One criterion of a published report.
     *
     * @param code         criterion code
     * @param name         criterion name (catalog)
     * @param level        level reached
     * @param maxLevel     highest level of the criterion
     * @param mandatory    TT57 mandatory criterion
     * @param currentState the school's description of the current state
     * @param strengths    strengths
     * @param weaknesses   weaknesses
     */
    public record CriterionLevel(String code, String name, int level, int maxLevel, boolean mandatory, String currentState,
                                 String strengths, String weaknesses) {
    }

    Report parse(PublishedVersion v) {
        JsonNode root;
        try {
            root = JSON.readTree(v.getSnapshot());
        } catch (JsonProcessingException e) {
            throw new KdclException(Problem.of("KDCL-7107", "published version " + v.getId(), "không đọc được bản công bố",
                    "the published snapshot cannot be read"));
        }
        String catalogId = root.path("catalog").asText(v.getAssessment().getCatalogId());
        Optional<Catalog> catalog = catalogs.find(catalogId);
        JsonNode rating = root.path("rating");
        Map<String, JsonNode> evaluations = new LinkedHashMap<>();
        root.path("evaluations").forEach(e -> evaluations.put(e.path("criterion").asText(), e));
        List<CriterionLevel> criteria = new ArrayList<>();
        JsonNode rated = rating.path("criteria");
        // Canonical JSON sorts keys (1.1, 1.10, 1.2 …): show the criteria in the catalog's order.
        List<String> codes = new ArrayList<>();
        catalog.ifPresent(cat -> cat.criteria().forEach(c -> codes.add(c.code())));
        rated.fieldNames().forEachRemaining(code -> {
            if (!codes.contains(code)) {
                codes.add(code);
            }
        });
        for (String code : codes) {
            JsonNode c = rated.path(code);
            if (c.isMissingNode()) {
                continue;
            }
            JsonNode e = evaluations.getOrDefault(code, JSON.createObjectNode());
            String name = catalog.flatMap(cat -> cat.criterion(code)).map(Criterion::name).orElse("");
            criteria.add(new CriterionLevel(code, name, c.path("level").asInt(), c.path("maxLevel").asInt(),
                    c.path("mandatory").asBoolean(), text(e, "currentState"), text(e, "strengths"), text(e, "weaknesses")));
        }
        Map<String, Boolean> level4 = new LinkedHashMap<>();
        rating.path("level4").properties().forEach(en -> level4.put(en.getKey(), en.getValue().asBoolean()));
        List<String> explanation = new ArrayList<>();
        rating.path("explanation").forEach(x -> explanation.add(x.asText()));
        JsonNode council = root.path("council");
        String decision = text(council, "decision") + (council.path("decisionDate").isTextual()
                ? " ngày " + LocalDate.parse(council.path("decisionDate").asText()).format(DAY) : "");
        JsonNode school = root.path("school");
        return new Report(v.getId(), v.getNumber(), LocalDate.ofInstant(v.getPublishedAt(), zone),
                v.getContentHash(), text(school, "code"), text(school, "name"), text(school, "type"), text(root, "schoolYear"), catalogId,
                catalog.map(Catalog::title).orElse(catalogId), v.getSchoolLevel(), optInt(rating, "accreditationLevel"),
                optInt(rating, "nationalStandardDegree"), decision.strip(), criteria, level4, explanation);
    }

    private static String text(JsonNode n, String field) {
        JsonNode f = n.path(field);
        return f.isNull() || f.isMissingNode() ? "" : f.asText();
    }

    private static Optional<Integer> optInt(JsonNode n, String field) {
        JsonNode f = n.path(field);
        return f.isNumber() ? Optional.of(f.asInt()) : Optional.empty();
    }
}
