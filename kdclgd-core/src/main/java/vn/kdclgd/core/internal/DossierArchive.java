package vn.kdclgd.core.internal;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.kdclgd.core.dossier.DossierException;
import vn.kdclgd.core.dossier.DossierLimits;
import vn.kdclgd.core.model.StoredFile;
import vn.kdclgd.core.spi.EvidenceStore;
import vn.kdclgd.rules.Problem;

/**
 * The ZIP side of dossiers. Writing: {@code dossier.json}, then {@code files/<sha256>} in hash order,
 * then {@code manifest.json} (every other entry's SHA-256 and size), all with a fixed timestamp. Reading:
 * the archive is copied to a temporary file (size-limited) and opened with its central directory, every
 * entry name is checked, the manifest is checked against the entries both ways, and every entry is
 * hashed and counted while it is read; all problems are reported together.
 */
public final class DossierArchive implements Closeable {
    /** Name of the data entry. */
    public static final String DOSSIER = "dossier.json";
    /** Name of the manifest entry. */
    public static final String MANIFEST = "manifest.json";
    /** Prefix of file entries. */
    public static final String FILES = "files/";

    private static final Pattern FILE_NAME = Pattern.compile("files/[0-9a-f]{64}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private final Path temp;
    private final ZipFile zip;
    private final byte[] dossierJson;
    private final Manifest manifest;
    /** sha256 → size, for every {@code files/} entry. */
    private final Map<String, Long> files;

    /**
     * What {@code manifest.json} says about the archive.
     *
     * @param format    format
     * @param createdAt when made
     * @param createdBy who made it
     * @param generator the software
     * @param schoolId  the school id
     * @param entries   entry name → (sha256, size), sorted by name
     */
    public record Manifest(String format, Instant createdAt, String createdBy, String generator, UUID schoolId,
                           Map<String, Listed> entries) {
    }

    /**
     * A manifest line.
     *
     * @param sha256 SHA-256
     * @param size   size in bytes
     */
    public record Listed(String sha256, long size) {
    }

    private DossierArchive(Path temp, ZipFile zip, byte[] dossierJson, Manifest manifest, Map<String, Long> files) {
        this.temp = temp;
        this.zip = zip;
        this.dossierJson = dossierJson;
        this.manifest = manifest;
        this.files = files;
    }

    // ------------------------------------------------------------------ writing

    /** What was written. */
    public record Written(String dossierSha256, int entries, long fileBytes) {
    }

    /**
     * Writes an archive to {@code out} (finished, not closed).
     *
     * @throws DossierException {@code KDCL-8031} listing every file the store lacks (before writing),
     *                          {@code KDCL-8032} when a stored file's content does not match its hash
     */
    public static Written write(OutputStream out, byte[] dossier, Map<String, StoredFile> files, EvidenceStore store,
                                ObjectNode manifestHead) {
        List<Problem> missing = new ArrayList<>();
        for (StoredFile f : files.values()) {
            if (!store.contains(f.sha256())) {
                missing.add(Problem.of(DossierException.FILE_NOT_STORED, FILES + f.sha256() + " (" + f.fileName() + ")",
                        "tệp minh chứng không có trong kho lưu trữ; tải lại tệp lên rồi xuất lại",
                        "the evidence file is not in the evidence store; upload it again, then export again"));
            }
        }
        if (!missing.isEmpty()) {
            throw new DossierException(missing);
        }
        Map<String, Listed> listed = new TreeMap<>();
        long fileBytes = 0;
        try {
            ZipOutputStream zos = new ZipOutputStream(new NonClosing(out), StandardCharsets.UTF_8);
            zos.setLevel(6);
            String dossierSha = DossierJson.sha256(dossier);
            putEntry(zos, DOSSIER);
            zos.write(dossier);
            zos.closeEntry();
            listed.put(DOSSIER, new Listed(dossierSha, dossier.length));
            byte[] buffer = new byte[64 * 1024];
            for (StoredFile f : files.values()) {
                String name = FILES + f.sha256();
                putEntry(zos, name);
                MessageDigest digest = DossierJson.sha256();
                long size = 0;
                try (InputStream in = store.open(f.sha256()).orElseThrow(() -> DossierException.of(DossierException.FILE_NOT_STORED,
                        name, "tệp minh chứng biến mất khỏi kho trong khi xuất", "the evidence file disappeared from the store during export"))) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        digest.update(buffer, 0, n);
                        zos.write(buffer, 0, n);
                        size += n;
                    }
                }
                zos.closeEntry();
                String sha = DossierJson.hex(digest);
                if (!sha.equals(f.sha256()) || size != f.size()) {
                    throw DossierException.of(DossierException.FILE_DAMAGED, name + " (" + f.fileName() + ")",
                            "nội dung trong kho không khớp SHA-256/kích thước đã ghi (" + sha + ", " + size + " byte); kho bị hỏng — khôi phục tệp từ bản sao",
                            "the stored content does not match the recorded SHA-256/size (" + sha + ", " + size
                                    + " bytes); the store is damaged — restore the file from a backup");
                }
                listed.put(name, new Listed(sha, size));
                fileBytes += size;
            }
            ArrayNode entries = manifestHead.putArray("entries");
            listed.forEach((name, l) -> entries.addObject().put("name", name).put("sha256", l.sha256()).put("size", l.size()));
            putEntry(zos, MANIFEST);
            zos.write(DossierJson.bytes(manifestHead));
            zos.closeEntry();
            zos.finish();
            zos.flush();
            return new Written(dossierSha, listed.size() + 1, fileBytes);
        } catch (IOException e) {
            throw new DossierException(List.of(Problem.of(DossierException.IO, "", "không ghi được tệp nén: " + e.getMessage(),
                    "cannot write the archive: " + e.getMessage())), e);
        }
    }

    private static void putEntry(ZipOutputStream zos, String name) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(ENTRY_TIME);
        zos.putNextEntry(e);
    }

    // ------------------------------------------------------------------ reading

    /**
     * Copies {@code in} to a temporary file and checks it: names, manifest, and the hash and size of
     * {@code dossier.json} and (when {@code verifyFiles}) of every file.
     *
     * @throws DossierException every problem found; the temporary file is deleted
     */
    public static DossierArchive open(InputStream in, DossierLimits limits, boolean verifyFiles) {
        Path temp = null;
        ZipFile zip = null;
        boolean ok = false;
        try {
            temp = Files.createTempFile("kdclgd-dossier-", ".zip");
            copyLimited(in, temp, limits.maxArchiveBytes());
            try {
                zip = new ZipFile(temp.toFile(), StandardCharsets.UTF_8);
            } catch (ZipException | IllegalArgumentException e) {
                throw DossierException.of(DossierException.NOT_A_ZIP, "", "không phải tệp ZIP, hoặc tệp bị cắt cụt/hỏng (" + e.getMessage()
                                + "); lấy lại bản xuất đầy đủ",
                        "not a ZIP archive, or a truncated or damaged one (" + e.getMessage() + "); get the complete export again");
            }
            DossierArchive a;
            try {
                a = check(temp, zip, limits, verifyFiles);
            } catch (IllegalArgumentException e) {
                // java.util.zip reports an entry name that is not valid UTF-8 this way
                throw DossierException.of(DossierException.NOT_A_ZIP, "", "tệp nén hỏng (" + e.getMessage() + ")",
                        "damaged archive (" + e.getMessage() + ")");
            }
            ok = true;
            return a;
        } catch (IOException e) {
            throw new DossierException(List.of(Problem.of(DossierException.IO, "", "không đọc được tệp nén: " + e.getMessage(),
                    "cannot read the archive: " + e.getMessage())), e);
        } finally {
            if (!ok) {
                closeQuietly(zip, temp);
            }
        }
    }

    private static void copyLimited(InputStream in, Path target, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > max) {
                    throw tooLarge("", max);
                }
                out.write(buffer, 0, n);
            }
        }
    }

    private static DossierException tooLarge(String where, long max) {
        return DossierException.of(DossierException.TOO_LARGE, where, "vượt quá giới hạn " + max + " byte (DossierLimits)",
                "exceeds the limit of " + max + " bytes (DossierLimits)");
    }

    private static DossierArchive check(Path temp, ZipFile zip, DossierLimits limits, boolean verifyFiles) throws IOException {
        List<Problem> problems = new ArrayList<>();
        Map<String, ZipEntry> entries = new LinkedHashMap<>();
        int count = 0;
        for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
            ZipEntry e = en.nextElement();
            if (++count > limits.maxEntries()) {
                throw DossierException.of(DossierException.TOO_LARGE, "", "quá " + limits.maxEntries() + " mục trong tệp nén",
                        "more than " + limits.maxEntries() + " entries in the archive");
            }
            String name = e.getName();
            if (!(name.equals(DOSSIER) || name.equals(MANIFEST) || FILE_NAME.matcher(name).matches())) {
                problems.add(Problem.of(DossierException.BAD_ENTRY_NAME, printable(name),
                        "tên mục không được phép: chỉ có manifest.json, dossier.json và files/<sha256>; không bao giờ nhận đường dẫn như ../ hay /",
                        "entry name not allowed: only manifest.json, dossier.json and files/<sha256>; paths such as ../ or / are never accepted"));
            } else if (entries.putIfAbsent(name, e) != null) {
                problems.add(Problem.of(DossierException.DUPLICATE_ENTRY, name, "mục xuất hiện hai lần trong tệp nén",
                        "the entry appears twice in the archive"));
            }
        }
        if (!problems.isEmpty()) {
            throw new DossierException(problems);
        }
        ZipEntry manifestEntry = entries.get(MANIFEST);
        if (manifestEntry == null) {
            throw DossierException.of(DossierException.BAD_MANIFEST, MANIFEST, "thiếu manifest.json (tệp nén bị cắt cụt hoặc không phải hồ sơ kdclgd)",
                    "manifest.json is missing (truncated archive, or not a kdclgd dossier)");
        }
        Read manifestBytes = read(zip, manifestEntry, limits.maxDossierJsonBytes(), true, problems);
        if (manifestBytes == null) {
            throw new DossierException(problems);
        }
        Manifest manifest = manifest(manifestBytes.data());

        for (String name : manifest.entries().keySet()) {
            if (!entries.containsKey(name)) {
                problems.add(Problem.of(DossierException.MISSING_ENTRY, name, "mục có trong manifest.json nhưng không có trong tệp nén",
                        "listed in manifest.json but not in the archive"));
            }
        }
        for (String name : entries.keySet()) {
            if (!name.equals(MANIFEST) && !manifest.entries().containsKey(name)) {
                problems.add(Problem.of(DossierException.EXTRA_ENTRY, name, "mục có trong tệp nén nhưng không có trong manifest.json",
                        "in the archive but not listed in manifest.json"));
            }
        }
        if (!manifest.entries().containsKey(DOSSIER)) {
            problems.add(Problem.of(DossierException.BAD_MANIFEST, MANIFEST, "manifest.json không liệt kê dossier.json",
                    "manifest.json does not list dossier.json"));
        }
        byte[] dossier = null;
        Map<String, Long> files = new TreeMap<>();
        for (Map.Entry<String, Listed> l : manifest.entries().entrySet()) {
            String name = l.getKey();
            ZipEntry e = entries.get(name);
            boolean isDossier = name.equals(DOSSIER);
            if (!isDossier) {
                String nameSha = name.substring(FILES.length());
                if (!nameSha.equals(l.getValue().sha256())) {
                    problems.add(Problem.of(DossierException.HASH_MISMATCH, name, "manifest.json ghi SHA-256 " + l.getValue().sha256()
                            + " khác với tên mục", "manifest.json lists SHA-256 " + l.getValue().sha256() + ", not the entry's name"));
                }
            }
            if (e == null) {
                continue;
            }
            if (!isDossier && !verifyFiles) {
                files.put(name.substring(FILES.length()), l.getValue().size());
                continue;
            }
            Read r = read(zip, e, isDossier ? limits.maxDossierJsonBytes() : limits.maxEntryBytes(), isDossier, problems);
            if (r == null) {
                continue;
            }
            if (!r.sha256().equals(l.getValue().sha256()) || r.size() != l.getValue().size()) {
                problems.add(Problem.of(DossierException.HASH_MISMATCH, name,
                        "nội dung không khớp manifest.json (SHA-256 " + r.sha256() + ", " + r.size() + " byte; manifest: "
                                + l.getValue().sha256() + ", " + l.getValue().size() + " byte): tệp đã bị sửa hoặc hỏng",
                        "content does not match manifest.json (SHA-256 " + r.sha256() + ", " + r.size() + " bytes; manifest: "
                                + l.getValue().sha256() + ", " + l.getValue().size() + " bytes): the archive was altered or damaged"));
                continue;
            }
            if (isDossier) {
                dossier = r.data();
            } else {
                files.put(name.substring(FILES.length()), r.size());
            }
        }
        if (!problems.isEmpty()) {
            throw new DossierException(problems);
        }
        return new DossierArchive(temp, zip, dossier, manifest, files);
    }

    private record Read(String sha256, long size, byte[] data) {
    }

    /** Reads an entry, hashing and counting it; records a problem and returns null when it cannot. */
    private static Read read(ZipFile zip, ZipEntry e, long max, boolean keep, List<Problem> problems) {
        MessageDigest digest = DossierJson.sha256();
        ByteArrayOutputStream data = keep ? new ByteArrayOutputStream() : null;
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(e)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                size += n;
                if (size > max) {
                    problems.add(tooLarge(e.getName(), max).problems().get(0));
                    return null;
                }
                digest.update(buffer, 0, n);
                if (data != null) {
                    data.write(buffer, 0, n);
                }
            }
        } catch (IOException ex) {
            problems.add(Problem.of(DossierException.NOT_A_ZIP, e.getName(), "không giải nén được mục này (" + ex.getMessage() + "): tệp nén bị hỏng",
                    "cannot decompress this entry (" + ex.getMessage() + "): the archive is damaged"));
            return null;
        }
        return new Read(DossierJson.hex(digest), size, data == null ? null : data.toByteArray());
    }

    private static Manifest manifest(byte[] bytes) {
        JsonNode root;
        try {
            root = DossierJson.MAPPER.readTree(bytes);
        } catch (IOException ex) {
            String detail = ex instanceof JsonProcessingException j ? j.getOriginalMessage() : ex.getMessage();
            throw DossierException.of(DossierException.BAD_MANIFEST, MANIFEST, "JSON không hợp lệ: " + detail, "not valid JSON: " + detail);
        }
        if (root == null || !root.isObject() || !root.path("format").isTextual()) {
            throw DossierException.of(DossierException.UNSUPPORTED_FORMAT, MANIFEST + " $.format",
                    "thiếu \"format\"; không phải hồ sơ kdclgd", "\"format\" is missing; not a kdclgd dossier");
        }
        String format = root.get("format").textValue();
        if (!format.equals(vn.kdclgd.core.dossier.DossierService.FORMAT)) {
            throw unsupported(MANIFEST, format);
        }
        JsonFields in = new JsonFields(DossierException.BAD_MANIFEST, MANIFEST);
        JsonFields.Obj o = in.object(root, "$", "format", "createdAt", "createdBy", "generator", "school", "entries");
        Instant createdAt = o.instant("createdAt");
        String createdBy = o.string("createdBy");
        String generator = o.string("generator");
        JsonFields.Obj school = o.object("school", "id", "code", "name");
        UUID schoolId = school.uuid("id");
        school.string("code");
        school.string("name");
        Map<String, Listed> entries = new TreeMap<>();
        for (JsonFields.Element e : o.array("entries")) {
            JsonFields.Obj eo = in.object(e.node(), e.path(), "name", "sha256", "size");
            String name = eo.string("name");
            String sha = eo.raw("sha256");
            long size = eo.integer("size", 0, Long.MAX_VALUE);
            if (sha == null || !SHA256.matcher(sha).matches()) {
                in.problem(eo.at("sha256"), "cần SHA-256 dạng 64 chữ số hex thường", "a SHA-256 of 64 lower-case hex digits expected");
            }
            if (!(name.equals(DOSSIER) || FILE_NAME.matcher(name).matches())) {
                in.problem(DossierException.BAD_ENTRY_NAME, eo.at("name"), "tên mục không được phép: \"" + printable(name) + "\"",
                        "entry name not allowed: \"" + printable(name) + "\"");
            } else if (entries.put(name, new Listed(sha, size)) != null) {
                in.problem(DossierException.DUPLICATE_ENTRY, eo.at("name"), "mục liệt kê hai lần", "entry listed twice");
            }
        }
        if (!in.problems().isEmpty()) {
            throw new DossierException(in.problems());
        }
        return new Manifest(format, createdAt, createdBy, generator, schoolId, entries);
    }

    /** The problem of a dossier in another format (or another version of this one). */
    public static DossierException unsupported(String source, String format) {
        return DossierException.of(DossierException.UNSUPPORTED_FORMAT, source + " $.format",
                "định dạng \"" + format + "\" không được hỗ trợ; phiên bản này đọc " + vn.kdclgd.core.dossier.DossierService.FORMAT
                        + " — dùng phiên bản kdclgd đã xuất hồ sơ hoặc mới hơn",
                "format \"" + format + "\" is not supported; this version reads " + vn.kdclgd.core.dossier.DossierService.FORMAT
                        + " — use the kdclgd version that exported the dossier, or a newer one");
    }

    private static String printable(String name) {
        StringBuilder sb = new StringBuilder();
        name.codePoints().limit(200).forEach(c -> {
            if (Character.isISOControl(c)) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    // ------------------------------------------------------------------ access after checking

    /** The verified bytes of {@code dossier.json}. */
    public byte[] dossierJson() {
        return dossierJson;
    }

    /** The manifest. */
    public Manifest manifest() {
        return manifest;
    }

    /** sha256 → size of every {@code files/} entry. */
    public Map<String, Long> files() {
        return files;
    }

    /** Opens the content of {@code files/<sha256>}; the caller closes it. */
    public InputStream openFile(String sha256) throws IOException {
        return zip.getInputStream(zip.getEntry(FILES + sha256));
    }

    /** Number of entries, manifest included. */
    public int entryCount() {
        return zip.size();
    }

    @Override
    public void close() {
        closeQuietly(zip, temp);
    }

    private static void closeQuietly(ZipFile zip, Path temp) {
        try {
            if (zip != null) {
                zip.close();
            }
        } catch (IOException ignored) {
            // nothing more to do
        }
        try {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException ignored) {
            // a temporary file is left; the OS cleans it
        }
    }

    /** Keeps {@link ZipOutputStream#close()} from closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** A manifest head: format, time, actor, generator and school. */
    public static ObjectNode manifestHead(String format, Instant createdAt, String createdBy, String generator,
                                          UUID schoolId, String schoolCode, String schoolName) {
        ObjectNode m = JsonNodeFactory.instance.objectNode();
        m.put("format", format);
        m.put("createdAt", createdAt.toString());
        m.put("createdBy", createdBy);
        m.put("generator", generator);
        ObjectNode s = m.putObject("school");
        s.put("id", schoolId.toString());
        s.put("code", schoolCode);
        s.put("name", schoolName);
        return m;
    }
}
