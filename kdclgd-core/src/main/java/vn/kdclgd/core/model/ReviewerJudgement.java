package vn.kdclgd.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;

/**
 * An external reviewer's own judgement of an item, beside the school's.
 *
 * @param reviewerId the reviewer's account
 * @param criterion  criterion code ({@code MUC4} for a Mức-4 item)
 * @param level      level
 * @param itemKey    item key
 * @param met        đạt
 */
@Embeddable
public record ReviewerJudgement(
        @NotBlank @Column(name = "reviewer_id", nullable = false, length = 120) String reviewerId,
        @NotBlank @Column(name = "criterion", nullable = false, length = 10) String criterion,
        @Column(name = "level_no", nullable = false) int level,
        @NotBlank @Column(name = "item_key", nullable = false, length = 10) String itemKey,
        @Column(name = "met", nullable = false) boolean met) {
}
