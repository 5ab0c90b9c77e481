package vn.kdclgd.core.service;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The school's judgements (from the registered, frozen snapshot) next to each reviewer's, per criterion
 * and item, in the catalog's order; Mức-4 items (2018 regime) come last as criterion {@code MUC4}.
 *
 * @param reviewId    the review
 * @param catalogId   the catalog of the snapshot
 * @param snapshotHash SHA-256 of the snapshot (verified when the view was built)
 * @param schoolLevel the school level of the published self-assessment
 * @param team        the reviewers, in team order
 * @param criteria    one row per criterion
 */
public record SideBySide(UUID reviewId, String catalogId, String snapshotHash, int schoolLevel, List<Reviewer> team,
                         List<CriterionRow> criteria) {
    /** Makes the lists immutable. */
    public SideBySide {
        Objects.requireNonNull(reviewId, "reviewId");
        team = List.copyOf(team);
        criteria = List.copyOf(criteria);
    }

    /** The row of {@code criterion}. */
    public Optional<CriterionRow> criterion(String criterion) {
        return criteria.stream().filter(c -> c.criterion().equals(criterion)).findFirst();
    }

    /**
     * A reviewer of the team.
     *
     * @param actorId  the reviewer's account
     * @param fullName the name
     * @param role     the role in the team (may be empty)
     */
    public record Reviewer(String actorId, String fullName, String role) {
    }

    /**
     * One criterion.
     *
     * @param criterion the criterion code ({@code MUC4} for the Mức-4 items)
     * @param items     every item of every level, level by level
     */
    public record CriterionRow(String criterion, List<ItemRow> items) {
        /** Makes the list immutable. */
        public CriterionRow {
            items = List.copyOf(items);
        }

        /** The row of one item. */
        public Optional<ItemRow> item(int level, String itemKey) {
            return items.stream().filter(i -> i.level() == level && i.itemKey().equals(itemKey)).findFirst();
        }
    }

    /**
     * One item.
     *
     * @param level     the level
     * @param itemKey   the item key
     * @param school    the school's judgement; empty when the school did not judge it
     * @param reviewers reviewer account → judgement; reviewers who did not judge the item are absent
     */
    public record ItemRow(int level, String itemKey, Optional<Boolean> school, Map<String, Boolean> reviewers) {
        /** Makes the map immutable. */
        public ItemRow {
            Objects.requireNonNull(school, "school");
            reviewers = Map.copyOf(reviewers);
        }

        /** Whether some reviewer judged the item differently from the school (or the school did not judge it). */
        public boolean differs() {
            return reviewers.values().stream().anyMatch(met -> school.isEmpty() || school.get() != met);
        }
    }
}
