package vn.kdclgd.rules.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the school level follows from the criterion levels, as declared by a catalog. The school is at
 * level N when it is at level N − 1 and every condition of level N holds; 0 means "không đạt Mức 1".
 *
 * @param article    the article that states the rule, e.g. {@code khoản 3 Điều 5}
 * @param text       the rule's wording where quoted
 * @param textStatus how sure the wording is
 * @param levels     conditions for levels 1, 2, … in order
 */
public record SchoolRule(String article, Optional<String> text, String textStatus, List<LevelRule> levels) {
    /** Validates the components and makes them immutable. */
    public SchoolRule {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(textStatus, "textStatus");
        levels = List.copyOf(levels);
    }

    /** The highest school level this rule can give. */
    public int maxLevel() {
        return levels.size();
    }

    /**
     * Conditions of one school level.
     *
     * @param level      1, 2, …
     * @param conditions all must hold
     */
    public record LevelRule(int level, List<Condition> conditions) {
        /** Makes the list immutable. */
        public LevelRule {
            conditions = List.copyOf(conditions);
        }
    }
}
