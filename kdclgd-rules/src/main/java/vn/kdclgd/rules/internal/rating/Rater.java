package vn.kdclgd.rules.internal.rating;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.Condition;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Item;
import vn.kdclgd.rules.catalog.RecognitionKind;
import vn.kdclgd.rules.catalog.RecognitionScheme;
import vn.kdclgd.rules.catalog.SchoolRule;
import vn.kdclgd.rules.catalog.Standard;
import vn.kdclgd.rules.rating.CriterionResult;
import vn.kdclgd.rules.rating.Gap;
import vn.kdclgd.rules.rating.JudgementRef;
import vn.kdclgd.rules.rating.Judgements;
import vn.kdclgd.rules.rating.LevelJudgement;
import vn.kdclgd.rules.rating.LevelStatus;
import vn.kdclgd.rules.rating.RatingOptions;
import vn.kdclgd.rules.rating.RatingResult;
import vn.kdclgd.rules.rating.StandardResult;

/** Rates one set of judgements against one catalog. Stateless apart from the inputs; not thread-confined. */
public final class Rater {
    /** Problem codes of rating input. */
    public static final String UNKNOWN_CRITERION = "KDCL-2001";
    /** Level the criterion does not have. */
    public static final String UNKNOWN_LEVEL = "KDCL-2002";
    /** Item key the level does not have. */
    public static final String UNKNOWN_ITEM = "KDCL-2003";
    /** Mức-4 judgements for a catalog without Mức-4 items, or an unknown Mức-4 key. */
    public static final String UNKNOWN_LEVEL4 = "KDCL-2004";

    final Catalog catalog;
    final Judgements judgements;
    final Optional<String> part;
    final Criterion[] criteria;
    /** maxLevel of each criterion (a TreeMap lookup otherwise, on the hottest path). */
    final int[] maxLevel;
    /** Level reached for sure. */
    final int[] lo;
    /** Level reached if missing judgements were met. */
    final int[] hi;
    /** cost[i][t]: items not known to be met in levels lo+1..t of criterion i (0 for t ≤ lo). */
    final int[][] cost;
    final LevelStatus[][] status;
    /** judged[i][level][k]: the judgement of item k of that level (null = missing), read once. */
    final Boolean[][][] judged;
    final Boolean[] level4;
    final boolean level4Lo;
    final boolean level4Hi;
    /** Judgements given that the catalog has a place for (see {@link Judgements#criterionEntries()}). */
    private int matched;
    private int matchedLevel4;

    private Rater(Catalog catalog, Judgements judgements, Optional<String> part) {
        this.catalog = catalog;
        this.judgements = judgements;
        this.part = part;
        this.criteria = catalog.criteria().toArray(new Criterion[0]);
        int n = criteria.length;
        maxLevel = new int[n];
        for (int i = 0; i < n; i++) {
            maxLevel[i] = criteria[i].maxLevel();
        }
        lo = new int[n];
        hi = new int[n];
        cost = new int[n][];
        status = new LevelStatus[n][];
        judged = new Boolean[n][][];
        for (int i = 0; i < n; i++) {
            rateCriterion(i);
        }
        List<Item> l4 = catalog.level4().map(l -> l.items()).orElse(List.of());
        level4 = new Boolean[l4.size()];
        boolean allMet = true;
        boolean noneFailed = true;
        for (int k = 0; k < l4.size(); k++) {
            level4[k] = judgements.level4().get(l4.get(k).key());
            if (level4[k] != null) {
                matchedLevel4++;
            }
            allMet &= Boolean.TRUE.equals(level4[k]);
            noneFailed &= !Boolean.FALSE.equals(level4[k]);
        }
        level4Lo = allMet;
        level4Hi = noneFailed;
    }

    /**
     * Checks that every judgement refers to something the catalog has.
     *
     * @param path JSON path prefix of the judgements (e.g. {@code $.judgements})
     * @param level4Path JSON path of the Mức-4 judgements
     */
    public static List<Problem> check(Catalog catalog, Judgements j, String path, String level4Path) {
        Map<String, Criterion> byCode = new HashMap<>();
        for (Criterion c : catalog.criteria()) {
            byCode.put(c.code(), c);
        }
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, Map<Integer, LevelJudgement>> e : new TreeMap<>(j.criteria()).entrySet()) {
            String cpath = path + "['" + e.getKey() + "']";
            Criterion c = byCode.get(e.getKey());
            if (c == null) {
                problems.add(Problem.of(UNKNOWN_CRITERION, cpath,
                        "danh mục " + catalog.id() + " không có tiêu chí \"" + e.getKey() + "\"; mã tiêu chí có dạng 1.1, 1.2 …",
                        "catalog " + catalog.id() + " has no criterion \"" + e.getKey() + "\"; criterion codes look like 1.1, 1.2 …"));
                continue;
            }
            for (Map.Entry<Integer, LevelJudgement> l : new TreeMap<>(e.getValue()).entrySet()) {
                String lpath = cpath + "['" + l.getKey() + "']";
                List<Item> items = c.items(l.getKey());
                if (items.isEmpty()) {
                    problems.add(Problem.of(UNKNOWN_LEVEL, lpath,
                            "tiêu chí " + e.getKey() + " chỉ có Mức 1 đến Mức " + c.maxLevel(),
                            "criterion " + e.getKey() + " only has levels 1 to " + c.maxLevel()));
                    continue;
                }
                for (String key : new TreeMap<>(l.getValue().items()).keySet()) {
                    if (!hasKey(items, key)) {
                        String keys = String.join(", ", items.stream().map(Item::key).toList());
                        problems.add(Problem.of(UNKNOWN_ITEM, lpath + "['" + key + "']",
                                "Mức " + l.getKey() + " của tiêu chí " + e.getKey() + " không có yêu cầu \"" + key + "\"; có: " + keys,
                                "level " + l.getKey() + " of criterion " + e.getKey() + " has no item \"" + key + "\"; it has: " + keys));
                    }
                }
            }
        }
        if (!j.level4().isEmpty()) {
            if (catalog.level4().isEmpty()) {
                problems.add(Problem.of(UNKNOWN_LEVEL4, level4Path,
                        "danh mục " + catalog.id() + " không có yêu cầu Mức 4; bỏ phần \"level4\"",
                        "catalog " + catalog.id() + " has no Mức-4 items; remove \"level4\""));
            } else {
                List<Item> items = catalog.level4().get().items();
                String keys = String.join(", ", items.stream().map(Item::key).toList());
                for (String key : new TreeMap<>(j.level4()).keySet()) {
                    if (!hasKey(items, key)) {
                        problems.add(Problem.of(UNKNOWN_LEVEL4, level4Path + "['" + key + "']",
                                "không có yêu cầu Mức 4 khoản \"" + key + "\"; có: " + keys,
                                "there is no Mức-4 item \"" + key + "\"; there are: " + keys));
                    }
                }
            }
        }
        return problems;
    }

    private static boolean hasKey(List<Item> items, String key) {
        for (Item it : items) {
            if (it.key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** Rates after {@link #check}; throws when the judgements do not fit the catalog. */
    public static RatingResult rate(Catalog catalog, Judgements j, RatingOptions options, Optional<String> part,
                                    String path, String level4Path) {
        Rater rater = new Rater(catalog, j, part);
        if (rater.matched != j.criterionEntries() || rater.matchedLevel4 != j.level4().size()) {
            // some judgement has no place in the catalog: find and describe every one
            List<Problem> problems = check(catalog, j, path, level4Path);
            if (!problems.isEmpty()) {
                throw new KdclException(problems);
            }
        }
        return rater.result(options);
    }

    private void rateCriterion(int i) {
        Criterion c = criteria[i];
        int max = maxLevel[i];
        LevelStatus[] st = new LevelStatus[max + 1];
        int[] unmet = new int[max + 1];
        Boolean[][] values = new Boolean[max + 1][];
        Map<Integer, LevelJudgement> given = judgements.criteria().get(c.code());
        for (int level = 1; level <= max; level++) {
            List<Item> items = c.items(level);
            LevelJudgement lj = given == null ? null : given.get(level);
            if (lj != null && lj.whole().isPresent()) {
                matched++;
            }
            Boolean[] v = new Boolean[items.size()];
            boolean failed = false;
            boolean unknown = false;
            int notMet = 0;
            for (int k = 0; k < v.length; k++) {
                v[k] = lj == null ? null : lj.item(items.get(k).key()).orElse(null);
                if (v[k] != null && lj.whole().isEmpty()) {
                    matched++;
                }
                if (v[k] == null) {
                    unknown = true;
                    notMet++;
                } else if (!v[k]) {
                    failed = true;
                    notMet++;
                }
            }
            values[level] = v;
            st[level] = failed ? LevelStatus.NOT_MET : unknown ? LevelStatus.UNKNOWN : LevelStatus.MET;
            unmet[level] = notMet;
        }
        judged[i] = values;
        int low = 0;
        while (low < max && st[low + 1] == LevelStatus.MET) {
            low++;
        }
        int high = low;
        while (high < max && st[high + 1] != LevelStatus.NOT_MET) {
            high++;
        }
        boolean blocked = false;
        for (int level = low + 1; level <= max; level++) {
            if (blocked) {
                st[level] = LevelStatus.NOT_CONSIDERED;
            } else if (st[level] == LevelStatus.NOT_MET) {
                blocked = true;
            }
        }
        lo[i] = low;
        hi[i] = high;
        status[i] = st;
        int[] cum = new int[max + 1];
        for (int t = low + 1; t <= max; t++) {
            cum[t] = cum[t - 1] + unmet[t];
        }
        cost[i] = cum;
    }

    /** School level by the catalog's rule for the given criterion levels and Mức-4 outcome. */
    int schoolLevel(int[] levels, boolean level4Met) {
        SchoolRule rule = catalog.schoolRule();
        int reached = 0;
        for (SchoolRule.LevelRule lr : rule.levels()) {
            for (Condition cond : lr.conditions()) {
                if (!holds(cond, levels, level4Met)) {
                    return reached;
                }
            }
            reached = lr.level();
        }
        return reached;
    }

    boolean holds(Condition cond, int[] levels, boolean level4Met) {
        if (cond instanceof Condition.CriteriaCondition cc) {
            int selected = 0;
            int ok = 0;
            int min = cc.minLevel();
            boolean cap = cc.capAtCriterionMax();
            for (int i = 0; i < criteria.length; i++) {
                if (cc.select().selects(criteria[i])) {
                    selected++;
                    if (levels[i] >= (cap ? Math.min(min, maxLevel[i]) : min)) {
                        ok++;
                    }
                }
            }
            return ok >= cc.atLeast().orElse(selected);
        }
        return level4Met;
    }

    private RatingResult result(RatingOptions options) {
        int schoolLo = schoolLevel(lo, level4Lo);
        int schoolHi = schoolLevel(hi, level4Hi);
        List<JudgementRef> missing = new ArrayList<>();
        Map<String, CriterionResult> results = new LinkedHashMap<>();
        for (int i = 0; i < criteria.length; i++) {
            Criterion c = criteria[i];
            for (int level = lo[i] + 1; level <= hi[i]; level++) {
                List<Item> items = c.items(level);
                for (int k = 0; k < items.size(); k++) {
                    if (judged[i][level][k] == null) {
                        missing.add(ref(c, level, items.get(k), true));
                    }
                }
            }
            List<LevelStatus> levels = Arrays.asList(status[i]).subList(1, maxLevel[i] + 1);
            results.put(c.code(), new CriterionResult(c.code(), c.mandatory(), lo[i], hi[i], maxLevel[i], levels));
        }
        Map<String, Boolean> l4 = new LinkedHashMap<>();
        List<Item> l4items = catalog.level4().map(l -> l.items()).orElse(List.of());
        boolean level4Matters = schoolLevel(hi, level4Hi) > schoolLevel(hi, level4Lo);
        for (int k = 0; k < l4items.size(); k++) {
            if (level4[k] != null) {
                l4.put(l4items.get(k).key(), level4[k]);
            } else if (level4Matters) {
                missing.add(level4Ref(l4items.get(k), true));
            }
        }
        boolean complete = schoolLo == schoolHi;
        for (int i = 0; i < criteria.length && complete; i++) {
            complete = lo[i] == hi[i];
        }
        OptionalInt accreditation = catalog.recognition(RecognitionKind.ACCREDITATION)
                .map(r -> OptionalInt.of(r.levelFor(schoolLo))).orElse(OptionalInt.empty());
        OptionalInt degree = catalog.recognition(RecognitionKind.NATIONAL_STANDARD)
                .map(r -> OptionalInt.of(r.levelFor(schoolLo))).orElse(OptionalInt.empty());
        List<Gap> gaps = new ArrayList<>();
        if (options.gaps()) {
            GapPlanner planner = new GapPlanner(this);
            for (int target = schoolLo + 1; target <= catalog.schoolRule().maxLevel(); target++) {
                gaps.add(planner.plan(target));
            }
        }
        Explainer ex = new Explainer(this, schoolLo, schoolHi, missing, complete);
        return new RatingResult(catalog.id(), complete, missing, results,
                standardCounts(catalog, c -> results.get(c.code()).level()), schoolLo, schoolHi, l4,
                accreditation, degree, ex.vietnamese(), ex.english(), gaps, Map.of());
    }

    /** Counts per standard, for the level of each criterion given by {@code level}. */
    public static List<StandardResult> standardCounts(Catalog catalog, ToIntFunction<Criterion> level) {
        List<StandardResult> out = new ArrayList<>();
        int levels = catalog.levels();
        for (Standard s : catalog.standards()) {
            Integer[] reached = new Integer[levels];
            Integer[] outOf = new Integer[levels];
            for (int l = 1; l <= levels; l++) {
                int r = 0;
                int o = 0;
                for (Criterion c : s.criteria()) {
                    if (c.maxLevel() >= l) {
                        o++;
                        if (level.applyAsInt(c) >= l) {
                            r++;
                        }
                    }
                }
                reached[l - 1] = r;
                outOf[l - 1] = o;
            }
            out.add(new StandardResult(s.number(), Arrays.asList(reached), Arrays.asList(outOf)));
        }
        return out;
    }

    JudgementRef ref(Criterion c, int level, Item it, boolean missing) {
        return new JudgementRef(part, Optional.of(c.code()), level, it.key(), it.text(), missing);
    }

    JudgementRef level4Ref(Item it, boolean missing) {
        return new JudgementRef(part, Optional.empty(), 4, it.key(), it.text(), missing);
    }

    /** The recognition scheme of a kind, if any. */
    Optional<RecognitionScheme> scheme(RecognitionKind kind) {
        return catalog.recognition(kind);
    }
}
