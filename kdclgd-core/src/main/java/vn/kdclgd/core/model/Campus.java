package vn.kdclgd.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;

/**
 * A campus of a school: the main site or a satellite campus (điểm trường).
 *
 * @param name    name of the site
 * @param address address
 * @param main    whether it is the main site
 */
@Embeddable
public record Campus(
        @NotBlank @Column(name = "name", nullable = false) String name,
        @Column(name = "address") String address,
        @Column(name = "main_site", nullable = false) boolean main) {
}
