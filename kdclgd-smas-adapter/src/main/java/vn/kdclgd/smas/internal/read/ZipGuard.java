package vn.kdclgd.smas.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks an xlsx package before any XML of it is parsed, so that a hostile file fails with a clear error
 * instead of exhausting memory or time:
 * <ol>
 *   <li>the central directory: total uncompressed size and each part's compression ratio (a part smaller
 *       than {@link #RATIO_GRACE_BYTES} is exempt from the ratio, as in POI's {@code ZipSecureFile}: it
 *       cannot do harm and tiny parts compress unevenly);</li>
 *   <li>one inflating pass over every part, counting the bytes really produced — a part that inflates to
 *       more than its directory entry says is refused, so the first check cannot be cheated — and, in the
 *       XML parts, refusing any markup declaration ({@code <!DOCTYPE}, {@code <!ENTITY} …: OOXML has none,
 *       they only serve entity tricks) and any run of text longer than a cell may be
 *       ({@code 8 × maxCellChars} bytes; escapes such as {@code &quot;} take up to 6 bytes a character),
 *       which fastexcel-reader would otherwise gather into one string.</li>
 * </ol>
 */
final class ZipGuard {
    /** Parts smaller than this are not held to the compression ratio. */
    static final long RATIO_GRACE_BYTES = 100 * 1024;

    private final Path file;
    private final ReadLimits limits;

    /** What the inflating pass measured. */
    record Measured(long sharedStringsBytes) {
    }

    ZipGuard(Path file, ReadLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    /** Runs both checks on an opened package; returns the measured size of the shared-strings part. */
    Measured check(ZipFile zip) {
        long declared = 0;
        for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
            ZipEntry e = en.nextElement();
            long size = e.getSize();
            long packed = e.getCompressedSize();
            if (size > 0) {
                declared += size;
                if (declared > limits.maxUncompressedBytes()) {
                    throw tooLarge();
                }
                if (size >= RATIO_GRACE_BYTES && (packed <= 0 || (double) size / packed > limits.maxCompressionRatio())) {
                    throw ReadErrors.error(ReadErrors.COMPRESSION_RATIO, ReadErrors.wherePart(file, e.getName()),
                            "Phần này của tệp nén với tỉ lệ " + ratio(size, packed) + ":1, vượt giới hạn "
                                    + (long) limits.maxCompressionRatio() + ":1 — dấu hiệu của tệp độc hại (zip bomb); "
                                    + "không nhập tệp này, hãy xuất lại từ phần mềm gốc",
                            "This part of the file is compressed " + ratio(size, packed) + ":1, over the limit of "
                                    + (long) limits.maxCompressionRatio() + ":1 — the mark of a hostile file (zip bomb); "
                                    + "do not import it, export it again from the source system");
                }
            }
        }
        return inflateAll(zip);
    }

    private Measured inflateAll(ZipFile zip) {
        long total = 0;
        long sharedStrings = 0;
        byte[] buf = new byte[1 << 16];
        long maxRun = 8L * limits.maxCellChars() + 64;
        for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
            ZipEntry e = en.nextElement();
            if (e.isDirectory()) {
                continue;
            }
            String name = e.getName();
            boolean xml = name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".vml");
            boolean cellData = name.equals("xl/sharedStrings.xml") || name.startsWith("xl/worksheets/");
            long count = 0;
            long run = 0;
            byte prev = 0;
            boolean bang = false;
            try (InputStream in = zip.getInputStream(e)) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    count += n;
                    total += n;
                    if (e.getSize() >= 0 && count > e.getSize()) {
                        throw ReadErrors.damaged(ReadErrors.wherePart(file, name), null);
                    }
                    if (total > limits.maxUncompressedBytes()) {
                        throw tooLarge();
                    }
                    if (!xml) {
                        continue;
                    }
                    // one tight pass per buffer (this runs over every unpacked byte of the file): the longest
                    // run between '<' and '>' (a cell's text) and any "<!" followed by a letter (a DTD)
                    for (int i = 0; i < n; i++) {
                        byte b = buf[i];
                        if (b == '<' || b == '>') {
                            if (run > maxRun && cellData) {
                                throw cellTooLong(name);
                            }
                            run = 0;
                        } else {
                            run++;
                            if (b == '!' && prev == '<') {
                                bang = true;
                                prev = b;
                                continue;
                            }
                        }
                        if (bang) {
                            bang = false;
                            if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z')) {
                                throw dtd(name);
                            }
                        }
                        prev = b;
                    }
                    if (cellData && run > maxRun) {
                        throw cellTooLong(name);
                    }
                }
            } catch (ZipException ex) {
                throw ReadErrors.damaged(ReadErrors.wherePart(file, name), ex);
            } catch (IOException ex) {
                throw ReadErrors.cannotRead(file, ex);
            }
            if (name.equals("xl/sharedStrings.xml")) {
                sharedStrings = count;
            }
        }
        return new Measured(sharedStrings);
    }

    private RuntimeException cellTooLong(String part) {
        return ReadErrors.error(ReadErrors.CELL_TOO_LONG, ReadErrors.wherePart(file, part),
                "Tệp có một ô dài hơn " + limits.maxCellChars() + " ký tự; kiểm tra nội dung "
                        + "các ô rồi nhập lại",
                "The file has a cell longer than " + limits.maxCellChars() + " characters; "
                        + "check the cells' content and import again");
    }

    private RuntimeException dtd(String part) {
        return ReadErrors.error(ReadErrors.DTD, ReadErrors.wherePart(file, part),
                "Tệp chứa khai báo DTD/thực thể XML, điều Excel không bao giờ tạo ra — dấu hiệu "
                        + "của tệp độc hại; không nhập tệp này, hãy xuất lại từ phần mềm gốc",
                "The file declares an XML DTD or entities, which Excel never writes — the mark "
                        + "of a hostile file; do not import it, export it again from the source "
                        + "system");
    }

    private RuntimeException tooLarge() {
        return ReadErrors.error(ReadErrors.UNZIPS_TOO_LARGE, ReadErrors.where(file),
                "Tệp khi giải nén lớn hơn giới hạn " + (limits.maxUncompressedBytes() >> 20) + " MiB; chia dữ liệu "
                        + "thành nhiều tệp nhỏ hơn, hoặc không nhập nếu đây không phải tệp xuất từ phần mềm quản lý",
                "The file unpacks to more than the limit of " + (limits.maxUncompressedBytes() >> 20) + " MiB; split "
                        + "the data into smaller files, or do not import it if it is not an export of the school "
                        + "management system");
    }

    private static String ratio(long size, long packed) {
        return packed <= 0 ? "∞" : Long.toString(size / packed);
    }
}
