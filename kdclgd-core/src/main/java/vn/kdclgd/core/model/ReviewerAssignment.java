package vn.kdclgd.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;

/**
 * A member of an external review team (đoàn đánh giá ngoài / hội đồng thẩm định).
 *
 * @param actorId  the reviewer's account
 * @param fullName name
 * @param role     e.g. "Trưởng đoàn", "Thư ký", "Thành viên"
 */
@Embeddable
public record ReviewerAssignment(
        @NotBlank @Column(name = "actor_id", nullable = false, length = 120) String actorId,
        @NotBlank @Column(name = "full_name", nullable = false) String fullName,
        @Column(name = "team_role", length = 60) String role) {
}
