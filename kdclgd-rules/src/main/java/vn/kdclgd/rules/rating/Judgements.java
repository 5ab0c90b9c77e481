package vn.kdclgd.rules.rating;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The judgements (nhận định đạt / không đạt) of one self-assessment or external review: per criterion
 * and level, given for the whole level or item by item, plus the Mức-4 items (2018 regime). Judgements
 * not given are missing; the rating says which missing ones matter. Immutable; build with
 * {@link #builder()}.
 */
public final class Judgements {
    private static final Judgements EMPTY = new Judgements(Map.of(), Map.of(), 0);

    private final Map<String, Map<Integer, LevelJudgement>> criteria;
    private final Map<String, Boolean> level4;
    private final int criterionEntries;

    private Judgements(Map<String, Map<Integer, LevelJudgement>> criteria, Map<String, Boolean> level4, int criterionEntries) {
        this.criteria = criteria;
        this.level4 = level4;
        this.criterionEntries = criterionEntries;
    }

    /**
     * Number of criterion judgements given: one per whole-level judgement plus one per item judgement
     * (used to detect judgements the catalog has no place for without looking at each one).
     */
    public int criterionEntries() {
        return criterionEntries;
    }

    /** No judgements at all. */
    public static Judgements empty() {
        return EMPTY;
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Criterion code → level → judgement, as given. */
    public Map<String, Map<Integer, LevelJudgement>> criteria() {
        return criteria;
    }

    /** Mức-4 item key → met, as given. */
    public Map<String, Boolean> level4() {
        return level4;
    }

    /** The judgement of an item, or empty when it is missing. */
    public Optional<Boolean> item(String criterion, int level, String key) {
        Map<Integer, LevelJudgement> c = criteria.get(criterion);
        if (c == null) {
            return Optional.empty();
        }
        LevelJudgement l = c.get(level);
        return l == null ? Optional.empty() : l.item(key);
    }

    /** The judgement of a Mức-4 item, or empty when it is missing. */
    public Optional<Boolean> level4(String key) {
        return Optional.ofNullable(level4.get(key));
    }

    /** A builder of {@link Judgements}; later calls for the same item replace earlier ones. */
    public static final class Builder {
        private final Map<String, Map<Integer, Object>> criteria = new LinkedHashMap<>();
        private final Map<String, Boolean> level4 = new LinkedHashMap<>();

        private Builder() {
        }

        /** Judges a whole level (replaces item judgements given for it). */
        public Builder level(String criterion, int level, boolean met) {
            criteria.computeIfAbsent(criterion, k -> new TreeMap<>()).put(level, met);
            return this;
        }

        /** Judges one item (replaces a whole-level judgement given for its level). */
        @SuppressWarnings("unchecked")
        public Builder item(String criterion, int level, String key, boolean met) {
            Map<Integer, Object> c = criteria.computeIfAbsent(criterion, k -> new TreeMap<>());
            Object l = c.get(level);
            Map<String, Boolean> items;
            if (l instanceof Map) {
                items = (Map<String, Boolean>) l;
            } else {
                items = new LinkedHashMap<>();
                c.put(level, items);
            }
            items.put(key, met);
            return this;
        }

        /** Judges one Mức-4 item. */
        public Builder level4(String key, boolean met) {
            level4.put(key, met);
            return this;
        }

        /** The judgements. */
        @SuppressWarnings("unchecked")
        public Judgements build() {
            Map<String, Map<Integer, LevelJudgement>> out = new HashMap<>();
            int entries = 0;
            for (Map.Entry<String, Map<Integer, Object>> c : criteria.entrySet()) {
                Map<Integer, LevelJudgement> lj = new HashMap<>();
                for (Map.Entry<Integer, Object> l : c.getValue().entrySet()) {
                    if (l.getValue() instanceof Boolean b) {
                        lj.put(l.getKey(), LevelJudgement.whole(b));
                        entries++;
                    } else {
                        Map<String, Boolean> items = (Map<String, Boolean>) l.getValue();
                        lj.put(l.getKey(), LevelJudgement.items(items));
                        entries += items.size();
                    }
                }
                out.put(c.getKey(), Collections.unmodifiableMap(lj));
            }
            return new Judgements(Collections.unmodifiableMap(out), Map.copyOf(level4), entries);
        }
    }
}
