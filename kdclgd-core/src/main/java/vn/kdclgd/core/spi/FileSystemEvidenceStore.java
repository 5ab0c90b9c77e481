package vn.kdclgd.core.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.kdclgd.core.model.StoredFile;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;

/**
 * The default {@link EvidenceStore}: files in a directory, named by their SHA-256 ({@code ab/abcdef…}),
 * so no user-supplied name ever becomes a path. Refuses names with path separators or control
 * characters and files above a size limit; writes through a temporary file and an atomic move.
 */
public final class FileSystemEvidenceStore implements EvidenceStore {
    /** Default limit: 50 MiB per file. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern UNSAFE_NAME = Pattern.compile(".*[/\\\\\\p{Cntrl}].*|\\.{1,2}");

    private final Path root;
    private final long maxBytes;

    /** A store in {@code root} (created if missing) with the default size limit. */
    public FileSystemEvidenceStore(Path root) {
        this(root, DEFAULT_MAX_BYTES);
    }

    /** A store in {@code root} with a size limit per file. */
    public FileSystemEvidenceStore(Path root, long maxBytes) {
        this.root = root.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the evidence store " + root, e);
        }
    }

    @Override
    public StoredFile put(InputStream content, String fileName, String mediaType) {
        if (fileName == null || fileName.isBlank() || fileName.length() > 255 || UNSAFE_NAME.matcher(fileName).matches()) {
            throw new KdclException(Problem.of("KDCL-5001", "\"" + fileName + "\"",
                    "tên tệp không an toàn (có dấu / \\\\ hoặc ký tự điều khiển, hoặc quá dài); đổi tên tệp",
                    "unsafe file name (contains / \\\\ or control characters, or too long); rename the file"));
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(root, "upload-", ".tmp");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), digest)) {
                size = copyLimited(content, out);
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            Path target = pathOf(sha);
            Files.createDirectories(target.getParent());
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                Files.deleteIfExists(tmp);
            } catch (AtomicMoveNotSupportedException e) {
                if (!Files.exists(target)) {
                    Files.move(tmp, target);
                } else {
                    Files.deleteIfExists(tmp);
                }
            }
            tmp = null;
            return new StoredFile(sha, fileName, size, mediaType);
        } catch (IOException e) {
            throw new KdclException(List.of(Problem.of("KDCL-5003", root.toString(),
                    "không ghi được tệp minh chứng: " + e.getMessage(), "cannot store the evidence file: " + e.getMessage())), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file stays; it is never read as evidence
                }
            }
        }
    }

    private long copyLimited(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > maxBytes) {
                throw new KdclException(Problem.of("KDCL-5002", "",
                        "tệp vượt quá giới hạn " + maxBytes + " byte; nén hoặc tách tệp",
                        "the file exceeds the limit of " + maxBytes + " bytes; compress or split it"));
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    @Override
    public Optional<InputStream> open(String sha256) {
        if (!contains(sha256)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.newInputStream(pathOf(sha256)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean contains(String sha256) {
        return sha256 != null && SHA256.matcher(sha256).matches() && Files.isRegularFile(pathOf(sha256));
    }

    private Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}
