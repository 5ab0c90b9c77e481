package vn.kdclgd.rules.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A recognition scheme of a catalog: which recognition level a school level supports, validity,
 * renewal lead time, waiting period before the next level and the act's other conditions.
 *
 * @param kind              accreditation or national standard
 * @param name              Vietnamese name
 * @param article           basis, e.g. {@code Điều 37}
 * @param levels            ascending recognition levels with the school level each needs
 * @param validityYears     certificate validity in years, when established
 * @param validityArticle   basis of the validity
 * @param renewalLeadMonths months before expiry by which the school must re-register, when established
 * @param upgradeWaitYears  years at a level before the next level may be sought, when established
 * @param upgradeWaitNote   how sure the waiting period is
 * @param conditions        the act's other conditions (checked by people or kdclgd-core)
 * @param status            how sure this scheme is
 */
public record RecognitionScheme(
        RecognitionKind kind,
        String name,
        String article,
        List<RecognitionLevel> levels,
        OptionalInt validityYears,
        Optional<String> validityArticle,
        OptionalInt renewalLeadMonths,
        OptionalInt upgradeWaitYears,
        Optional<String> upgradeWaitNote,
        List<QuotedText> conditions,
        String status) {

    /** Validates the components and makes them immutable. */
    public RecognitionScheme {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(article, "article");
        levels = List.copyOf(levels);
        Objects.requireNonNull(validityYears, "validityYears");
        Objects.requireNonNull(validityArticle, "validityArticle");
        Objects.requireNonNull(renewalLeadMonths, "renewalLeadMonths");
        Objects.requireNonNull(upgradeWaitYears, "upgradeWaitYears");
        Objects.requireNonNull(upgradeWaitNote, "upgradeWaitNote");
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(status, "status");
    }

    /** The recognition level a school at {@code schoolLevel} supports by level alone; 0 = none. */
    public int levelFor(int schoolLevel) {
        int result = 0;
        for (RecognitionLevel l : levels) {
            if (schoolLevel >= l.minSchoolLevel()) {
                result = Math.max(result, l.level());
            }
        }
        return result;
    }

    /**
     * One recognition level.
     *
     * @param level          cấp độ / mức độ
     * @param minSchoolLevel the school level it needs
     */
    public record RecognitionLevel(int level, int minSchoolLevel) {
    }
}
