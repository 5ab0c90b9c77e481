package vn.kdclgd.rules.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import vn.kdclgd.rules.SchoolType;
import vn.kdclgd.rules.evidence.EvidenceCodeScheme;

/**
 * One regulation's evaluation standards as data (format {@code kdclgd-catalog/1}, see
 * {@code docs/catalog-format.md}). Immutable; obtained from a {@link CatalogRegistry} or a
 * {@link CatalogLoader}, which validate it completely first.
 *
 * @param id                 stable id, e.g. {@code TT57-2026-PT}
 * @param regime             group label ({@code TT2018}, {@code TT57-2026})
 * @param title              full title of the act
 * @param circular           the act's number
 * @param appendix           appendix name (TT57)
 * @param appendixTitle      appendix title (TT57)
 * @param appendixNote       the appendix's definitions note
 * @param issued             date of the act
 * @param effective          in force from; empty = not established (never picked by date)
 * @param effectiveNote      why the date is what it is
 * @param schoolTypes        school types it applies to
 * @param schoolTypesNote    note on the school types
 * @param replaces           ids of the catalogs it replaces
 * @param replacesNote       note on what it replaces
 * @param levels             highest criterion level
 * @param levelDefinitions   meaning of each level where the act gives one
 * @param levelDefinitionsStatus how sure those definitions are
 * @param evidenceCodeScheme the evidence-code scheme
 * @param standards          standards in order
 * @param level4             Mức-4 items (2018 regime)
 * @param criterionRule      the act's wording of the criterion rule
 * @param schoolRule         how the school level is computed
 * @param multiLevelSchools  per-cấp-học rating of multi-level schools, when the catalog does it
 * @param recognition        recognition schemes
 * @param transitional       transitional provisions
 * @param knownIssues        known issues in the text
 * @param amendedBy          ids of amendments applied to produce this catalog
 * @param notes              further notes (e.g. what an amendment could not apply)
 * @param sources            where the text comes from
 * @param confidence         how sure the text is
 */
public record Catalog(
        String id,
        String regime,
        String title,
        Optional<String> circular,
        Optional<String> appendix,
        Optional<String> appendixTitle,
        Optional<String> appendixNote,
        LocalDate issued,
        Optional<LocalDate> effective,
        Optional<String> effectiveNote,
        List<SchoolType> schoolTypes,
        Optional<String> schoolTypesNote,
        List<String> replaces,
        Optional<String> replacesNote,
        int levels,
        Map<Integer, String> levelDefinitions,
        Optional<String> levelDefinitionsStatus,
        EvidenceCodeScheme evidenceCodeScheme,
        List<Standard> standards,
        Optional<Level4> level4,
        Optional<RuleText> criterionRule,
        SchoolRule schoolRule,
        Optional<MultiLevelSchools> multiLevelSchools,
        List<RecognitionScheme> recognition,
        List<TransitionalRule> transitional,
        List<KnownIssue> knownIssues,
        List<String> amendedBy,
        List<String> notes,
        String sources,
        String confidence) {

    /** The catalog file format this model corresponds to. */
    public static final String FORMAT = "kdclgd-catalog/1";

    /** Validates the components and makes them immutable. */
    public Catalog {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(issued, "issued");
        schoolTypes = List.copyOf(schoolTypes);
        replaces = List.copyOf(replaces);
        levelDefinitions = Collections.unmodifiableMap(new LinkedHashMap<>(levelDefinitions));
        Objects.requireNonNull(evidenceCodeScheme, "evidenceCodeScheme");
        standards = List.copyOf(standards);
        Objects.requireNonNull(schoolRule, "schoolRule");
        recognition = List.copyOf(recognition);
        transitional = List.copyOf(transitional);
        knownIssues = List.copyOf(knownIssues);
        amendedBy = List.copyOf(amendedBy);
        notes = List.copyOf(notes);
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(confidence, "confidence");
    }

    /** Every criterion, standard by standard, in the act's order. */
    public List<Criterion> criteria() {
        List<Criterion> all = new ArrayList<>();
        for (Standard s : standards) {
            all.addAll(s.criteria());
        }
        return Collections.unmodifiableList(all);
    }

    /** The criterion with {@code code}, e.g. {@code 1.10}. */
    public Optional<Criterion> criterion(String code) {
        for (Standard s : standards) {
            for (Criterion c : s.criteria()) {
                if (c.code().equals(code)) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    /** The standard with {@code number}. */
    public Optional<Standard> standard(int number) {
        return standards.stream().filter(s -> s.number() == number).findFirst();
    }

    /** The mandatory criteria (TT57 tiêu chí bắt buộc); empty for the 2018 regime. */
    public List<Criterion> mandatoryCriteria() {
        return criteria().stream().filter(Criterion::mandatory).toList();
    }

    /** The recognition scheme of {@code kind}, if the catalog has one. */
    public Optional<RecognitionScheme> recognition(RecognitionKind kind) {
        return recognition.stream().filter(r -> r.kind() == kind).findFirst();
    }

    /** Whether the catalog applies to {@code type}. */
    public boolean appliesTo(SchoolType type) {
        return schoolTypes.contains(type);
    }

    /**
     * Whether quantitative data may only warn (never make a school fail) on {@code date} — TT57
     * khoản 4 Điều 27 until 31/12/2028.
     */
    public boolean quantitativeDataWarnOnly(LocalDate date) {
        return transitional.stream().anyMatch(t ->
                TransitionalRule.QUANTITATIVE_DATA_WARN_ONLY.equals(t.type()) && t.appliesOn(date));
    }

    /** The same catalog with another id, effective date, criteria and bookkeeping (used by amendments). */
    public Catalog amended(String newId, Optional<LocalDate> newEffective, Optional<String> newEffectiveNote,
                           List<Standard> newStandards, List<String> newAmendedBy, List<String> newNotes,
                           String newConfidence) {
        return new Catalog(newId, regime, title, circular, appendix, appendixTitle, appendixNote, issued,
                newEffective, newEffectiveNote, schoolTypes, schoolTypesNote, replaces, replacesNote, levels,
                levelDefinitions, levelDefinitionsStatus, evidenceCodeScheme, newStandards, level4,
                criterionRule, schoolRule, multiLevelSchools, recognition, transitional, knownIssues,
                newAmendedBy, newNotes, sources, newConfidence);
    }
}
