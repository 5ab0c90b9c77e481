package vn.kdclgd.core.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A review of an improvement action (TT57: the plan is reviewed at least twice a school year).
 *
 * @param reviewedOn the date
 * @param reviewer   who reviewed
 * @param finding    what was found
 */
@Embeddable
public record ActionReview(
        @NotNull @Column(name = "reviewed_on", nullable = false) LocalDate reviewedOn,
        @Column(name = "reviewer") String reviewer,
        @NotBlank @Column(name = "finding", nullable = false, length = 4000) String finding) {
}
