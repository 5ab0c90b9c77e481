package vn.kdclgd.core.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The evidence checks of a self-assessment on a date ({@link EvidenceService#checks}). Items are named
 * by their codes, in code order; criteria in catalog order.
 *
 * @param date                    the date checked
 * @param expired                 items used whose {@code validUntil} is before the date
 * @param undated                 items used with neither an issue date nor a validity start
 * @param needsReview             items used that were carried over and should be checked again
 * @param unused                  items of the school used by no criterion of this assessment
 * @param duplicateContent        files with the same content (SHA-256) behind two or more items
 * @param criteriaWithoutEvidence criteria with no evidence linked
 * @param uncitedStatements       statements of a current state that cite no evidence code
 * @param unknownCitations        codes cited in a current state that are no evidence item of the school
 */
public record EvidenceReport(LocalDate date, List<String> expired, List<String> undated, List<String> needsReview,
                             List<String> unused, List<DuplicateContent> duplicateContent, List<String> criteriaWithoutEvidence,
                             List<UncitedStatement> uncitedStatements, List<UnknownCitation> unknownCitations) {
    /** Makes the lists immutable. */
    public EvidenceReport {
        Objects.requireNonNull(date, "date");
        expired = List.copyOf(expired);
        undated = List.copyOf(undated);
        needsReview = List.copyOf(needsReview);
        unused = List.copyOf(unused);
        duplicateContent = List.copyOf(duplicateContent);
        criteriaWithoutEvidence = List.copyOf(criteriaWithoutEvidence);
        uncitedStatements = List.copyOf(uncitedStatements);
        unknownCitations = List.copyOf(unknownCitations);
    }

    /** Whether nothing was found. */
    public boolean isClean() {
        return expired.isEmpty() && undated.isEmpty() && needsReview.isEmpty() && unused.isEmpty() && duplicateContent.isEmpty()
                && criteriaWithoutEvidence.isEmpty() && uncitedStatements.isEmpty() && unknownCitations.isEmpty();
    }

    /**
     * One content behind several items.
     *
     * @param sha256 the content's SHA-256
     * @param codes  codes of the items holding it
     */
    public record DuplicateContent(String sha256, List<String> codes) {
        /** Makes the list immutable. */
        public DuplicateContent {
            codes = List.copyOf(codes);
        }
    }

    /**
     * A statement without a citation.
     *
     * @param criterion the criterion
     * @param statement the statement
     */
    public record UncitedStatement(String criterion, String statement) {
    }

    /**
     * A cited code that is no evidence item of the school.
     *
     * @param criterion the criterion whose current state cites it
     * @param code      the code as written canonically
     */
    public record UnknownCitation(String criterion, String code) {
    }
}
