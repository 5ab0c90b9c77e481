package vn.kdclgd.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * A judgement (đạt / không đạt) of one item of a criterion level.
 *
 * @param level   the level
 * @param itemKey the item key ({@code a}, {@code b} …)
 * @param met     đạt
 */
@Embeddable
public record ItemJudgement(
        @Min(1) @Max(9) @Column(name = "level_no", nullable = false) int level,
        @NotBlank @Column(name = "item_key", nullable = false, length = 10) String itemKey,
        @Column(name = "met", nullable = false) boolean met) {
}
