package vn.kdclgd.rules.internal.rating;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import vn.kdclgd.rules.catalog.Condition;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Item;
import vn.kdclgd.rules.catalog.SchoolRule;
import vn.kdclgd.rules.rating.Gap;
import vn.kdclgd.rules.rating.JudgementRef;

/**
 * Finds, for a target school level, the cheapest criterion levels that satisfy the school rule. Cost
 * = number of items not yet known to be met. "Every selected criterion" conditions fix a floor per
 * criterion; the remaining "at least k" conditions are solved exactly by dynamic programming over the
 * criteria in catalog order with the (capped) counts of each condition as state. Ties go to the lower
 * level and to earlier criteria, so the plan is deterministic.
 */
final class GapPlanner {
    /** Above this many DP states per criterion the planner falls back to a greedy choice. */
    private static final int MAX_STATES = 200_000;

    private final Rater r;

    GapPlanner(Rater rater) {
        this.r = rater;
    }

    Gap plan(int target) {
        Criterion[] cs = r.criteria;
        int n = cs.length;
        int[] floor = r.lo.clone();
        boolean needLevel4 = false;
        List<Condition.CriteriaCondition> choice = new ArrayList<>();
        for (SchoolRule.LevelRule lr : r.catalog.schoolRule().levels()) {
            if (lr.level() > target) {
                break;
            }
            for (Condition cond : lr.conditions()) {
                if (cond instanceof Condition.CriteriaCondition cc) {
                    int selected = 0;
                    for (Criterion c : cs) {
                        if (cc.select().selects(c)) {
                            selected++;
                        }
                    }
                    if (cc.atLeast().isEmpty() || cc.atLeast().getAsInt() >= selected) {
                        for (int i = 0; i < n; i++) {
                            if (cc.select().selects(cs[i])) {
                                floor[i] = Math.max(floor[i], cc.requiredLevel(cs[i]));
                            }
                        }
                    } else {
                        choice.add(cc);
                    }
                } else {
                    needLevel4 = true;
                }
            }
        }
        choice.removeIf(cc -> count(cc, floor) >= cc.atLeast().getAsInt());
        int[] target2 = choice.isEmpty() ? floor : solve(floor, choice);

        List<Gap.CriterionGap> gaps = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < n; i++) {
            if (target2[i] <= r.lo[i]) {
                continue;
            }
            List<JudgementRef> items = new ArrayList<>();
            for (int level = r.lo[i] + 1; level <= target2[i]; level++) {
                List<Item> levelItems = cs[i].items(level);
                for (int k = 0; k < levelItems.size(); k++) {
                    Boolean v = r.judged[i][level][k];
                    if (!Boolean.TRUE.equals(v)) {
                        items.add(r.ref(cs[i], level, levelItems.get(k), v == null));
                    }
                }
            }
            total += items.size();
            gaps.add(new Gap.CriterionGap(cs[i].code(), cs[i].mandatory(), r.lo[i], target2[i], items));
        }
        List<JudgementRef> l4 = new ArrayList<>();
        if (needLevel4) {
            List<Item> items = r.catalog.level4().map(l -> l.items()).orElse(List.of());
            for (int k = 0; k < items.size(); k++) {
                if (!Boolean.TRUE.equals(r.level4[k])) {
                    l4.add(r.level4Ref(items.get(k), r.level4[k] == null));
                }
            }
        }
        total += l4.size();
        return new Gap(r.part, target, total, gaps, l4);
    }

    private int count(Condition.CriteriaCondition cc, int[] levels) {
        int ok = 0;
        for (int i = 0; i < r.criteria.length; i++) {
            if (cc.select().selects(r.criteria[i]) && levels[i] >= cc.requiredLevel(r.criteria[i])) {
                ok++;
            }
        }
        return ok;
    }

    private int[] solve(int[] floor, List<Condition.CriteriaCondition> choice) {
        Criterion[] cs = r.criteria;
        int n = cs.length;
        int m = choice.size();
        int[] cap = new int[m];
        int[] radix = new int[m];
        long states = 1;
        for (int j = 0; j < m; j++) {
            cap[j] = choice.get(j).atLeast().getAsInt();
            radix[j] = (int) states;
            states *= cap[j] + 1;
        }
        if (states > MAX_STATES) {
            return greedy(floor, choice);
        }
        int s = (int) states;
        final int inf = Integer.MAX_VALUE / 2;
        int[] dp = new int[s];
        Arrays.fill(dp, inf);
        dp[0] = 0;
        int[][] fromState = new int[n][s];
        int[][] chosen = new int[n][s];
        for (int i = 0; i < n; i++) {
            int[] options = options(i, floor[i], choice);
            int[] next = new int[s];
            Arrays.fill(next, inf);
            for (int st = 0; st < s; st++) {
                if (dp[st] >= inf) {
                    continue;
                }
                for (int t : options) {
                    int ns = advance(st, i, t, choice, cap, radix);
                    int c = dp[st] + r.cost[i][t];
                    // on a tie keep the lower level here, so that earlier criteria are raised first
                    if (c < next[ns] || (c == next[ns] && t < chosen[i][ns])) {
                        next[ns] = c;
                        fromState[i][ns] = st;
                        chosen[i][ns] = t;
                    }
                }
            }
            dp = next;
        }
        int goal = 0;
        for (int j = 0; j < m; j++) {
            goal += cap[j] * radix[j];
        }
        if (dp[goal] >= inf) {
            return greedy(floor, choice);
        }
        int[] targets = new int[n];
        int st = goal;
        for (int i = n - 1; i >= 0; i--) {
            targets[i] = chosen[i][st];
            st = fromState[i][st];
        }
        return targets;
    }

    private int[] options(int i, int floor, List<Condition.CriteriaCondition> choice) {
        TreeSet<Integer> opts = new TreeSet<>();
        opts.add(floor);
        for (Condition.CriteriaCondition cc : choice) {
            if (cc.select().selects(r.criteria[i])) {
                int req = cc.requiredLevel(r.criteria[i]);
                if (req > floor && req <= r.criteria[i].maxLevel()) {
                    opts.add(req);
                }
            }
        }
        return opts.stream().mapToInt(Integer::intValue).toArray();
    }

    private int advance(int st, int i, int level, List<Condition.CriteriaCondition> choice, int[] cap, int[] radix) {
        int ns = st;
        for (int j = 0; j < choice.size(); j++) {
            Condition.CriteriaCondition cc = choice.get(j);
            if (cc.select().selects(r.criteria[i]) && level >= cc.requiredLevel(r.criteria[i])) {
                int cur = (st / radix[j]) % (cap[j] + 1);
                if (cur < cap[j]) {
                    ns += radix[j];
                }
            }
        }
        return ns;
    }

    /** Fallback for rules too large for the exact search: satisfy each condition with its cheapest criteria. */
    private int[] greedy(int[] floor, List<Condition.CriteriaCondition> choice) {
        int[] targets = floor.clone();
        for (Condition.CriteriaCondition cc : choice) {
            while (count(cc, targets) < cc.atLeast().getAsInt()) {
                int best = -1;
                int bestCost = Integer.MAX_VALUE;
                for (int i = 0; i < r.criteria.length; i++) {
                    int req = cc.requiredLevel(r.criteria[i]);
                    if (cc.select().selects(r.criteria[i]) && targets[i] < req) {
                        int c = r.cost[i][req] - r.cost[i][targets[i]];
                        if (c < bestCost) {
                            bestCost = c;
                            best = i;
                        }
                    }
                }
                if (best < 0) {
                    break;
                }
                targets[best] = cc.requiredLevel(r.criteria[best]);
            }
        }
        return targets;
    }
}
