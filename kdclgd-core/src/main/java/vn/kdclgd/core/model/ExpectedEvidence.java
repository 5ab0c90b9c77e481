package vn.kdclgd.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;

/**
 * Evidence the plan expects for a criterion, and who collects it.
 *
 * @param criterion   criterion code
 * @param description the evidence expected
 * @param responsible who collects it
 */
@Embeddable
public record ExpectedEvidence(
        @NotBlank @Column(name = "criterion", nullable = false, length = 10) String criterion,
        @NotBlank @Column(name = "description", nullable = false, length = 2000) String description,
        @Column(name = "responsible") String responsible) {
}
