package vn.kdclgd.app.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import vn.kdclgd.core.service.SideBySide;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Item;

/**
 * kdclgd's {@link SideBySide} ready for a page: every item of the snapshot's catalog with its text, the
 * school's judgement and each team member's (in team order), and whether they differ
 * ({@link SideBySide.ItemRow#differs()}).
 *
 * @param reviewId    the review
 * @param catalogId   the catalog of the registered snapshot
 * @param schoolLevel the school level the school published
 * @param team        the team, in order
 * @param criteria    the criteria (then {@code MUC4} for the 2018 regime's Mức-4 items)
 * @param differing   items where some reviewer differs from the school
 * @param judged      items judged by at least one reviewer
 */
public record SideBySideView(UUID reviewId, String catalogId, int schoolLevel, List<SideBySide.Reviewer> team, List<CriterionView> criteria,
                             int differing, int judged) {
    /** The criterion code of the Mức-4 items. */
    public static final String LEVEL4 = "MUC4";

    /**
     * One criterion.
     *
     * @param code      criterion code
     * @param name      its name ("Yêu cầu Mức 4" for {@code MUC4})
     * @param items     its items, level by level
     * @param differing items of it that differ
     */
    public record CriterionView(String code, String name, List<ItemView> items, int differing) {
        /** The code usable inside an HTML id ({@code 1.1} → {@code 1_1}). */
        public String idCode() {
            return code.replace('.', '_');
        }
    }

    /**
     * One item.
     *
     * @param criterion the criterion code
     * @param level     the level
     * @param key       the item key (khoản for Mức-4 items)
     * @param text      the item's text in the catalog
     * @param school    the school's judgement; null when the school did not judge it
     * @param reviewers each team member's judgement in team order; null where they did not judge it
     * @param differs   whether some reviewer differs from the school
     */
    public record ItemView(String criterion, int level, String key, String text, Boolean school, List<Boolean> reviewers, boolean differs) {
        /** The form field of this item: {@code j_<criterion>_<level>_<key>}. */
        public String field() {
            return "j_" + criterion + "_" + level + "_" + key;
        }

        /** A stable HTML id stem: {@code <criterion with _>-<level>-<key>}. */
        public String idStem() {
            return criterion.replace('.', '_') + "-" + level + "-" + key;
        }

        /** The judgement of the team member at {@code index}; null when not judged. */
        public Boolean reviewer(int index) {
            return index < 0 || index >= reviewers.size() ? null : reviewers.get(index);
        }
    }

    /** Builds the view from kdclgd's side-by-side and the snapshot's catalog. */
    public static SideBySideView of(SideBySide s, Catalog catalog) {
        List<CriterionView> criteria = new ArrayList<>();
        int differing = 0;
        int judged = 0;
        for (SideBySide.CriterionRow row : s.criteria()) {
            Optional<Criterion> c = catalog.criterion(row.criterion());
            List<ItemView> items = new ArrayList<>();
            int rowDiffering = 0;
            for (SideBySide.ItemRow i : row.items()) {
                List<Boolean> reviewers = new ArrayList<>();
                for (SideBySide.Reviewer r : s.team()) {
                    reviewers.add(i.reviewers().get(r.actorId()));
                }
                items.add(new ItemView(row.criterion(), i.level(), i.itemKey(), text(catalog, c, i.level(), i.itemKey()),
                        i.school().orElse(null), reviewers, i.differs()));
                if (i.differs()) {
                    rowDiffering++;
                }
                if (!i.reviewers().isEmpty()) {
                    judged++;
                }
            }
            differing += rowDiffering;
            String name = LEVEL4.equals(row.criterion()) ? "Yêu cầu Mức 4 (" + catalog.level4().map(l -> l.article()).orElse("") + ")"
                    : c.map(Criterion::name).orElse("");
            criteria.add(new CriterionView(row.criterion(), name, items, rowDiffering));
        }
        return new SideBySideView(s.reviewId(), s.catalogId(), s.schoolLevel(), s.team(), criteria, differing, judged);
    }

    /** Items in the view. */
    public int itemCount() {
        return criteria.stream().mapToInt(c -> c.items().size()).sum();
    }

    /** The index of a team member ({@code actorId}) in the team; -1 when not on it. */
    public int indexOf(String actorId) {
        for (int i = 0; i < team.size(); i++) {
            if (team.get(i).actorId().equals(actorId)) {
                return i;
            }
        }
        return -1;
    }

    /** Items the team member at {@code index} has judged. */
    public long judgedBy(int index) {
        return criteria.stream().flatMap(c -> c.items().stream()).filter(i -> i.reviewer(index) != null).count();
    }

    private static String text(Catalog catalog, Optional<Criterion> c, int level, String key) {
        List<Item> items = c.isPresent() ? c.get().items(level) : catalog.level4().map(l -> l.items()).orElse(List.of());
        return items.stream().filter(i -> i.key().equals(key)).map(Item::text).findFirst().orElse("");
    }
}
