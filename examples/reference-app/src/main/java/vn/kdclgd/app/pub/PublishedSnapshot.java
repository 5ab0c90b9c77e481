package vn.kdclgd.app.pub;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.kdclgd.app.school.Levels;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Standard;

/**
 * What the public pages show of a published snapshot ({@code kdclgd-published/1}, docs/core-services.md
 * "Publishing"): school year, catalog, part level and the rating — the school level and each criterion's
 * level (from {@code rating.criteria.<code>.level}; for a multi-level school rated per cấp học, per part from
 * {@code rating.parts}). Texts of the evaluations, council names and evidence are not read.
 *
 * @param schoolYear school year
 * @param catalogId  catalog id
 * @param partLevel  cấp học of a per-level assessment, or empty for the whole school
 * @param parts      the rating: one part for the whole school, or one per cấp học
 */
public record PublishedSnapshot(String schoolYear, String catalogId, Optional<String> partLevel, List<Part> parts) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The rating of the school or of one cấp học.
     *
     * @param name        the cấp học, or empty for the whole school
     * @param schoolLevel the level reached
     * @param levelLabel  {@code Mức 2} …
     * @param standards   criteria levels grouped by standard, in catalog order
     */
    public record Part(Optional<String> name, int schoolLevel, String levelLabel, List<StandardLevels> standards) {
    }

    /**
     * A standard's criteria.
     *
     * @param number   standard number
     * @param name     standard name (from the catalog), empty when the catalog is unknown
     * @param criteria levels of its criteria
     */
    public record StandardLevels(int number, String name, List<CriterionLevel> criteria) {
    }

    /**
     * A criterion's published level.
     *
     * @param code       {@code 1.1}
     * @param name       its name in the catalog, empty when unknown
     * @param level      level reached
     * @param levelLabel {@code Mức 2} or {@code Chưa đạt Mức 1}
     * @param mandatory  a TT57 mandatory criterion
     */
    public record CriterionLevel(String code, String name, int level, String levelLabel, boolean mandatory) {
    }

    /** Reads the snapshot; {@code catalog} gives names and order (empty: codes in snapshot order). */
    public static PublishedSnapshot read(String json, java.util.function.Function<String, Optional<Catalog>> catalogs) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a published snapshot is not JSON", e);
        }
        String catalogId = root.path("catalog").asText("");
        Optional<Catalog> catalog = catalogs.apply(catalogId);
        String partLevel = root.path("partLevel").isTextual() ? root.path("partLevel").asText() : null;
        JsonNode rating = root.path("rating");
        List<Part> parts = new ArrayList<>();
        if (rating.path("parts").isObject() && rating.path("parts").size() > 0) {
            for (Iterator<Map.Entry<String, JsonNode>> it = rating.path("parts").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                parts.add(part(Optional.of(e.getKey()), e.getValue(), catalog));
            }
        } else {
            parts.add(part(Optional.empty(), rating, catalog));
        }
        return new PublishedSnapshot(root.path("schoolYear").asText(""), catalogId,
                Optional.ofNullable(partLevel).filter(p -> !p.isBlank() && !"ALL".equals(p)), parts);
    }

    private static Part part(Optional<String> name, JsonNode rating, Optional<Catalog> catalog) {
        JsonNode criteria = rating.path("criteria");
        List<StandardLevels> standards = new ArrayList<>();
        if (catalog.isPresent()) {
            for (Standard s : catalog.get().standards()) {
                List<CriterionLevel> cs = new ArrayList<>();
                for (Criterion c : s.criteria()) {
                    JsonNode n = criteria.path(c.code());
                    if (n.isObject()) {
                        int level = n.path("level").asInt(0);
                        cs.add(new CriterionLevel(c.code(), c.name(), level, Levels.label(level), c.mandatory()));
                    }
                }
                if (!cs.isEmpty()) {
                    standards.add(new StandardLevels(s.number(), s.name(), cs));
                }
            }
        } else {
            List<CriterionLevel> cs = new ArrayList<>();
            criteria.fields().forEachRemaining(e -> cs.add(new CriterionLevel(e.getKey(), "", e.getValue().path("level").asInt(0),
                    Levels.label(e.getValue().path("level").asInt(0)), e.getValue().path("mandatory").asBoolean(false))));
            standards.add(new StandardLevels(0, "", cs));
        }
        int level = rating.path("schoolLevel").asInt(0);
        return new Part(name, level, Levels.label(level), standards);
    }
}
