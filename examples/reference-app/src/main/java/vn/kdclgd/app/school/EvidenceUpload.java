package vn.kdclgd.app.school;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import vn.kdclgd.rules.Problem;

/**
 * What an evidence file may be: at most {@code kdclgd.upload.evidence-max-bytes}, and one of the
 * accepted types (PDF, Word, Excel, JPEG, PNG, plain text, ZIP), checked by the file name's extension
 * <em>and</em> by the first bytes of the content, so a renamed program is refused. The media type stored
 * is the one of the checked type, never the browser's claim.
 */
@Component
public class EvidenceUpload {
    /** Accepted extensions → media type. */
    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("png", "image/png"),
            Map.entry("txt", "text/plain"),
            Map.entry("zip", "application/zip"));
    /** The accepted extensions as shown to users. */
    public static final String ACCEPTED = "pdf, doc, docx, xls, xlsx, jpg, jpeg, png, txt, zip";

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] ZIP_EMPTY = {'P', 'K', 5, 6};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private final long maxBytes;

    EvidenceUpload(@Value("${kdclgd.upload.evidence-max-bytes}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The size limit in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** Whether a file was chosen at all. */
    public static boolean present(MultipartFile file) {
        return file != null && file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank();
    }

    /**
     * The problems of a chosen file; empty when it may be stored.
     *
     * @return problems {@code KDCL-9532} (type), {@code KDCL-9533} (size), {@code KDCL-9534} (empty)
     */
    public List<Problem> check(MultipartFile file) {
        String name = file.getOriginalFilename();
        String ext = extension(name);
        if (ext == null || !TYPES.containsKey(ext)) {
            return List.of(Problem.of("KDCL-9532", "file \"" + name + "\"",
                    "loại tệp không được nhận; chỉ nhận " + ACCEPTED,
                    "this file type is not accepted; accepted: " + ACCEPTED));
        }
        if (file.getSize() > maxBytes) {
            return List.of(Problem.of("KDCL-9533", "file \"" + name + "\"",
                    "tệp " + mb(file.getSize()) + " vượt giới hạn " + mb(maxBytes) + "; nén hoặc tách tệp",
                    "the file (" + mb(file.getSize()) + ") is over the limit of " + mb(maxBytes) + "; compress or split it"));
        }
        if (file.getSize() == 0) {
            return List.of(Problem.of("KDCL-9534", "file \"" + name + "\"", "tệp rỗng; chọn lại tệp", "the file is empty; choose it again"));
        }
        byte[] head = head(file);
        if (!contentMatches(ext, head)) {
            return List.of(Problem.of("KDCL-9532", "file \"" + name + "\"",
                    "nội dung tệp không phải tệp ." + ext + " (đuôi tên tệp không khớp nội dung); chỉ nhận " + ACCEPTED,
                    "the content is not a ." + ext + " file (the extension does not match the content); accepted: " + ACCEPTED));
        }
        return List.of();
    }

    /** The media type stored for an accepted file. */
    public static String mediaType(String fileName) {
        return TYPES.getOrDefault(extension(fileName), "application/octet-stream");
    }

    static String extension(String name) {
        if (name == null) {
            return null;
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? null : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static boolean contentMatches(String ext, byte[] head) {
        return switch (ext) {
            case "pdf" -> startsWith(head, PDF);
            case "doc", "xls" -> startsWith(head, OLE2);
            case "docx", "xlsx", "zip" -> startsWith(head, ZIP) || ("zip".equals(ext) && startsWith(head, ZIP_EMPTY));
            case "jpg", "jpeg" -> startsWith(head, JPEG);
            case "png" -> startsWith(head, PNG);
            case "txt" -> isText(head);
            default -> false;
        };
    }

    private static boolean isText(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        return !startsWith(head, PDF) && !startsWith(head, ZIP) && !startsWith(head, OLE2) && !startsWith(head, new byte[] {'M', 'Z'})
                && !startsWith(head, new byte[] {0x7F, 'E', 'L', 'F'});
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] head(MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes(8192);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A size for people: "20 MB", "1,5 MB", "64 KB" (Vietnamese decimal comma). */
    static String mb(long bytes) {
        Locale vi = Locale.forLanguageTag("vi-VN");
        if (bytes >= 1048576) {
            double m = bytes / 1048576.0;
            return m == Math.rint(m) ? String.format(vi, "%.0f MB", m) : String.format(vi, "%.1f MB", m);
        }
        return String.format(vi, "%.0f KB", Math.ceil(bytes / 1024.0));
    }
}
