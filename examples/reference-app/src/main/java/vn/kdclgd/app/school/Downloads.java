package vn.kdclgd.app.school;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * File downloads: the {@code Content-Disposition} header with an ASCII fallback name and the UTF-8 name
 * ({@code filename*}, RFC 6266 / RFC 5987), the media types of the documents, and a private, non-cached
 * response (documents hold a school's data).
 */
public final class Downloads {
    /** DOCX media type. */
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** XLSX media type. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** ZIP media type. */
    public static final String ZIP = "application/zip";

    private Downloads() {
    }

    /** A download of {@code body} named {@code fileName} (any Unicode; NFC). */
    public static ResponseEntity<byte[]> attachment(byte[] body, String fileName, String mediaType) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .contentLength(body.length)
                .body(body);
    }

    /**
     * {@code attachment; filename="Bao-cao-tu-danh-gia.docx"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o…}: old clients
     * take the ASCII name, every current browser the UTF-8 one.
     */
    public static String contentDisposition(String fileName) {
        String name = Normalizer.normalize(fileName, Normalizer.Form.NFC);
        return "attachment; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + percentEncode(name);
    }

    /**
     * The name without Vietnamese diacritics, every character other than letters, digits, {@code .}, {@code -}
     * and {@code _} turned into {@code -} ("Báo cáo tự đánh giá.docx" → "Bao-cao-tu-danh-gia.docx").
     */
    public static String asciiFallback(String fileName) {
        String s = Normalizer.normalize(fileName.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        StringBuilder sb = new StringBuilder();
        for (char ch : s.toCharArray()) {
            boolean keep = ch < 128 && (Character.isLetterOrDigit(ch) || ch == '.' || ch == '-' || ch == '_');
            sb.append(keep ? ch : '-');
        }
        String out = sb.toString().replaceAll("-{2,}", "-").replaceAll("^-|-(?=\\.)|-$", "");
        return out.isEmpty() ? "download" : out;
    }

    /** RFC 5987 {@code value-chars}: unreserved characters as they are, every other UTF-8 byte as {@code %XX}. */
    static String percentEncode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean attr = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0;
            if (attr) {
                out.write(c);
            } else {
                byte[] hex = String.format(Locale.ROOT, "%%%02X", c).getBytes(StandardCharsets.US_ASCII);
                out.write(hex, 0, hex.length);
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}
