package vn.kdclgd.core.service;

import java.util.Objects;

import vn.kdclgd.core.model.CouncilRole;
import vn.kdclgd.core.model.StaffPosition;

/**
 * One member of the self-assessment council as given to
 * {@link AssessmentService#setCouncil(vn.kdclgd.core.access.Actor, java.util.UUID, String, java.time.LocalDate, java.util.List)}.
 *
 * @param fullName  full name
 * @param title     title in the decision (e.g. "Tổ trưởng tổ Toán"), may be null
 * @param position  position in the school (the 2018 rules need the chair to be the principal)
 * @param role      role in the council
 * @param actorId   the vendor's account id of the member, may be null; links the member to the
 *                  {@link vn.kdclgd.core.access.Role#COUNCIL_MEMBER} checks of working groups
 * @param qaTrained trained in quality assurance (TT57: preferred)
 */
public record CouncilMemberInput(String fullName, String title, StaffPosition position, CouncilRole role, String actorId,
                                 boolean qaTrained) {
    /** Validates the components that may not be null. */
    public CouncilMemberInput {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(role, "role");
    }

    /** A member without title who is not trained. */
    public static CouncilMemberInput of(String fullName, StaffPosition position, CouncilRole role, String actorId) {
        return new CouncilMemberInput(fullName, null, position, role, actorId, false);
    }
}
