package vn.kdclgd.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A file behind an evidence item, held by an {@link vn.kdclgd.core.spi.EvidenceStore}: addressed by
 * the SHA-256 of its content.
 *
 * @param sha256    lower-case hex SHA-256 of the content
 * @param fileName  the original file name (for display and export)
 * @param size      size in bytes
 * @param mediaType media type, e.g. {@code application/pdf}
 */
@Embeddable
public record StoredFile(
        @Pattern(regexp = "[0-9a-f]{64}") @Column(name = "sha256", nullable = false, length = 64) String sha256,
        @NotBlank @Column(name = "file_name", nullable = false) String fileName,
        @PositiveOrZero @Column(name = "size_bytes", nullable = false) long size,
        @Column(name = "media_type", length = 120) String mediaType) {
}
