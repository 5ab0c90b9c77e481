package vn.kdclgd.smas.partner;

import java.util.Objects;
import java.util.Optional;

/**
 * One class (lớp) of a school in a school year, as a partner API reports it. Text is Unicode NFC and
 * stripped of surrounding white space.
 *
 * @param id    the class id, the value students refer to
 * @param name  the class name, e.g. {@code 6A1}
 * @param grade the grade (khối), e.g. {@code 6}, when the API gives one
 */
public record PartnerClass(String id, String name, Optional<String> grade) {

    /** Checks that no component is null. */
    public PartnerClass {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(grade, "grade");
    }
}
