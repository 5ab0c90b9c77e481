package vn.kdclgd.rules.rating;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.SchoolType;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.RecognitionKind;
import vn.kdclgd.rules.internal.rating.Rater;

/**
 * Rates a school from its judgements against a catalog: level per criterion (cumulative), counts
 * per standard, the school level by the catalog's declared rule, the accreditation level and the
 * national-standard degree that level supports, an explanation citing the articles, and a gap
 * analysis. Pure and thread-safe; the same input always gives the same result.
 */
public final class RatingEngine {
    /** Problem code: per-cấp-học rating asked of a catalog that does not rate per cấp học, or a bad part. */
    public static final String BAD_PARTS = "KDCL-2005";

    private RatingEngine() {
    }

    /** Rates with the default options. */
    public static RatingResult rate(Catalog catalog, Judgements judgements) {
        return rate(catalog, judgements, RatingOptions.defaults());
    }

    /**
     * Rates one set of judgements.
     *
     * @throws KdclException ({@code KDCL-2001}…{@code 2004}) listing every judgement that refers to a
     *                       criterion, level, item or Mức-4 item the catalog does not have
     */
    public static RatingResult rate(Catalog catalog, Judgements judgements, RatingOptions options) {
        return Rater.rate(catalog, judgements, options, Optional.empty(), "$.judgements", "$.level4");
    }

    /**
     * Rates a multi-level school (trường phổ thông có nhiều cấp học) per cấp học and combines the
     * parts with the catalog's policy ({@code LOWEST}: the lowest part level; an implementation choice,
     * since no source states the TT57 rule) or with the options' {@link MultiLevelCombiner}.
     * Each criterion of the combined result is the part result with the lowest level.
     *
     * @param parts cấp học code (e.g. {@code TIEU_HOC}, {@code THCS}) → its judgements; at least one
     */
    public static RatingResult rateParts(Catalog catalog, Map<String, Judgements> parts, RatingOptions options) {
        List<Problem> problems = new ArrayList<>();
        if (catalog.multiLevelSchools().isEmpty() && options.multiLevelCombiner().isEmpty()) {
            problems.add(Problem.of(BAD_PARTS, "$.parts",
                    "danh mục " + catalog.id() + " không đánh giá riêng từng cấp học; gửi \"judgements\" cho cả trường",
                    "catalog " + catalog.id() + " does not rate per cấp học; send \"judgements\" for the whole school"));
        }
        if (parts.isEmpty()) {
            problems.add(Problem.of(BAD_PARTS, "$.parts", "cần ít nhất một cấp học", "at least one cấp học is needed"));
        }
        for (String p : parts.keySet()) {
            if (!SchoolType.isValidCode(p) || !catalog.appliesTo(new SchoolType(p))) {
                problems.add(Problem.of(BAD_PARTS, "$.parts['" + p + "']",
                        "\"" + p + "\" không phải cấp học của danh mục " + catalog.id() + " (" + catalog.schoolTypes() + ")",
                        "\"" + p + "\" is not a school level of catalog " + catalog.id() + " (" + catalog.schoolTypes() + ")"));
            }
        }
        Map<String, RatingResult> results = new LinkedHashMap<>();
        for (Map.Entry<String, Judgements> e : parts.entrySet()) {
            String path = "$.parts['" + e.getKey() + "']";
            try {
                results.put(e.getKey(), Rater.rate(catalog, e.getValue(), options, Optional.of(e.getKey()),
                        path + ".judgements", path + ".level4"));
            } catch (KdclException ex) {
                problems.addAll(ex.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new KdclException(problems);
        }
        boolean custom = options.multiLevelCombiner().isPresent();
        MultiLevelCombiner combiner = options.multiLevelCombiner().orElse(MultiLevelCombiner.LOWEST);
        Map<String, Integer> lows = new LinkedHashMap<>();
        Map<String, Integer> highs = new LinkedHashMap<>();
        results.forEach((k, v) -> {
            lows.put(k, v.schoolLevel());
            highs.put(k, v.schoolLevelUpperBound());
        });
        int level = combiner.combine(lows);
        int upper = Math.max(level, combiner.combine(highs));

        Map<String, CriterionResult> criteria = new LinkedHashMap<>();
        for (Criterion c : catalog.criteria()) {
            CriterionResult lowest = null;
            for (RatingResult r : results.values()) {
                CriterionResult cr = r.criterion(c.code());
                if (lowest == null || cr.level() < lowest.level()) {
                    lowest = cr;
                }
            }
            criteria.put(c.code(), lowest);
        }
        List<JudgementRef> missing = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        List<String> vi = new ArrayList<>();
        List<String> en = new ArrayList<>();
        boolean complete = true;
        for (Map.Entry<String, RatingResult> e : results.entrySet()) {
            RatingResult r = e.getValue();
            complete &= r.complete();
            missing.addAll(r.missing());
            r.gaps().stream().filter(g -> g.targetLevel() > level).forEach(gaps::add);
            r.explanation().forEach(l -> vi.add("[" + e.getKey() + "] " + l));
            r.explanationEn().forEach(l -> en.add("[" + e.getKey() + "] " + l));
        }
        complete &= level == upper;
        String partList = String.join(", ", results.keySet());
        if (custom) {
            vi.add("Trường nhiều cấp học (" + partList + "): mức của trường theo quy tắc do phần mềm cấu hình: Mức " + level + ".");
            en.add("Multi-level school (" + partList + "): school level by the rule the software configured: Level " + level + ".");
        } else {
            vi.add("Trường nhiều cấp học (" + partList + "): mỗi cấp học được đánh giá riêng, mức của trường là mức thấp nhất: Mức " + level
                    + " (lựa chọn của kdclgd; chưa thấy quy định cho trường hợp này).");
            en.add("Multi-level school (" + partList + "): each level rated separately, the school gets the lowest: Level " + level
                    + " (kdclgd's choice; no source states the rule).");
        }
        OptionalInt accreditation = catalog.recognition(RecognitionKind.ACCREDITATION)
                .map(s -> OptionalInt.of(s.levelFor(level))).orElse(OptionalInt.empty());
        OptionalInt degree = catalog.recognition(RecognitionKind.NATIONAL_STANDARD)
                .map(s -> OptionalInt.of(s.levelFor(level))).orElse(OptionalInt.empty());
        return new RatingResult(catalog.id(), complete, missing, criteria,
                Rater.standardCounts(catalog, c -> criteria.get(c.code()).level()), level, upper,
                Map.of(), accreditation, degree, vi, en, gaps, results);
    }
}
