package vn.kdclgd.core.spi;

import java.io.InputStream;
import java.util.Optional;

import vn.kdclgd.core.model.StoredFile;

/**
 * Where the files behind evidence items live. Content-addressed: a file is identified by the SHA-256
 * of its content, so the same document stored twice is kept once. kdclgd ships
 * {@link FileSystemEvidenceStore}; a vendor may plug in object storage or its document system.
 */
public interface EvidenceStore {

    /**
     * Stores a file.
     *
     * @param content   the content (read to the end, not closed)
     * @param fileName  the original name, e.g. {@code Quyet dinh 17.pdf}
     * @param mediaType media type, may be null
     * @return what was stored, with its SHA-256 and size
     * @throws vn.kdclgd.rules.KdclException when the name is unsafe, the file too large or the store fails
     */
    StoredFile put(InputStream content, String fileName, String mediaType);

    /** Opens the content of {@code sha256}, if stored; the caller closes the stream. */
    Optional<InputStream> open(String sha256);

    /** Whether content with {@code sha256} is stored. */
    boolean contains(String sha256);
}
