package vn.kdclgd.core.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * One line of the self-assessment plan's timeline.
 *
 * @param start    first day
 * @param end      last day
 * @param activity what is done
 */
@Embeddable
public record Milestone(
        @NotNull @Column(name = "start_date", nullable = false) LocalDate start,
        @NotNull @Column(name = "end_date", nullable = false) LocalDate end,
        @NotBlank @Column(name = "activity", nullable = false, length = 2000) String activity) {
}
