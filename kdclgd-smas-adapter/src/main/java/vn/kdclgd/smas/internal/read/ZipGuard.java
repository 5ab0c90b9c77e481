package vn.kdclgd.smas.internal.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks an xlsx package so that a hostile file fails with a clear error instead of exhausting memory or
 * time:
 * <ol>
 *   <li>the central directory: total uncompressed size and each part's compression ratio (a part smaller
 *       than {@link #RATIO_GRACE_BYTES} is exempt from the ratio, as in POI's {@code ZipSecureFile}: it
 *       cannot do harm and tiny parts compress unevenly);</li>
 *   <li>on every byte inflated, counting the bytes really produced — a part that inflates to more than
 *       its directory entry says is refused, so the first check cannot be cheated — and, in the XML
 *       parts, refusing any markup declaration ({@code <!DOCTYPE}, {@code <!ENTITY} …: OOXML has none,
 *       they only serve entity tricks) and any run of text longer than a cell may be
 *       ({@code 8 × maxCellChars} bytes; escapes such as {@code &quot;} take up to 6 bytes a character),
 *       which a parser would otherwise gather into one string.</li>
 * </ol>
 * {@link #check(ZipFile)} runs both on every part before anything is parsed (fastexcel-reader, which
 * opens the parts itself, needs that). kdclgd's reader runs the first on every part and the second on
 * the small parts ({@link #check(ZipFile, Predicate)}), and reads the sheets and shared strings through
 * {@link #open}, which runs the second on the bytes as the parser consumes them: each part is inflated
 * once.
 */
final class ZipGuard {
    /** Parts smaller than this are not held to the compression ratio. */
    static final long RATIO_GRACE_BYTES = 100 * 1024;

    private static final String SHARED_STRINGS = "xl/sharedStrings.xml";

    private final Path file;
    private final ReadLimits limits;
    /** The sum of the sizes the central directory declares (set by {@link #check}). */
    private long declaredTotal;

    /** What the inflating pass measured. */
    record Measured(long sharedStringsBytes) {
    }

    ZipGuard(Path file, ReadLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    /** Runs both checks on every part of an opened package; returns the measured size of the shared-strings part. */
    Measured check(ZipFile zip) {
        return check(zip, name -> false);
    }

    /**
     * Runs the directory check on every part, and the inflating pass on every part but the
     * {@code deferred} ones, which the caller reads only through {@link #open} (so each is checked as it
     * is parsed, and inflated once). The shared-strings size returned is then the declared one when that
     * part is deferred ({@link #open} refuses it if it inflates to more).
     */
    Measured check(ZipFile zip, Predicate<String> deferred) {
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
        declaredTotal = declared;
        long total = 0;
        long sharedStrings = 0;
        byte[] buf = new byte[1 << 16];
        for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
            ZipEntry e = en.nextElement();
            if (e.isDirectory()) {
                continue;
            }
            String name = e.getName();
            if (deferred.test(name)) {
                if (name.equals(SHARED_STRINGS)) {
                    sharedStrings = e.getSize() >= 0 ? e.getSize() : limits.maxUncompressedBytes();
                }
                continue;
            }
            long count = 0;
            try (PartStream in = new PartStream(zip.getInputStream(e), e, limits.maxUncompressedBytes() - total)) {
                int n;
                while ((n = in.read(buf, 0, buf.length)) > 0) {
                    count += n;
                }
            } catch (ZipException ex) {
                throw ReadErrors.damaged(ReadErrors.wherePart(file, name), ex);
            } catch (IOException ex) {
                throw ReadErrors.cannotRead(file, ex);
            }
            total += count;
            if (name.equals(SHARED_STRINGS)) {
                sharedStrings = count;
            }
        }
        return new Measured(sharedStrings);
    }

    /**
     * Opens part {@code entry} for reading with the inflating pass's checks on the bytes as they are
     * read: more bytes than the directory declares, markup declarations, over-long runs of text. A check
     * that fails throws its {@code KdclException} from {@code read}.
     */
    InputStream open(ZipFile zip, ZipEntry entry) throws IOException {
        long budget = limits.maxUncompressedBytes() - declaredTotal + Math.max(entry.getSize(), 0);
        return new PartStream(zip.getInputStream(entry), entry, budget);
    }

    /**
     * One part's inflated bytes, checked as they pass: one tight loop per buffer over the longest run
     * between '<' and '>' (a cell's text) and any "<!" followed by a letter (a DTD).
     */
    private final class PartStream extends FilterInputStream {
        private final String name;
        private final long declared;
        private final long budget;
        private final boolean xml;
        private final boolean cellData;
        private final long maxRun = 8L * limits.maxCellChars() + 64;
        private final byte[] one = new byte[1];
        private long count;
        private long run;
        private byte prev;
        private boolean bang;

        PartStream(InputStream in, ZipEntry entry, long budget) {
            super(in);
            this.name = entry.getName();
            this.declared = entry.getSize();
            this.budget = budget;
            this.xml = name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".vml");
            this.cellData = name.equals(SHARED_STRINGS) || name.startsWith("xl/worksheets/");
        }

        @Override
        public int read() throws IOException {
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n;
            try {
                n = in.read(buf, off, len);
            } catch (ZipException ex) {
                throw ReadErrors.damaged(ReadErrors.wherePart(file, name), ex);
            } catch (IOException ex) {
                throw ReadErrors.cannotRead(file, ex);
            }
            if (n <= 0) {
                return n;
            }
            count += n;
            if (declared >= 0 && count > declared) {
                throw ReadErrors.damaged(ReadErrors.wherePart(file, name), null);
            }
            if (count > budget) {
                throw tooLarge();
            }
            if (!xml) {
                return n;
            }
            long r = run;
            byte p = prev;
            boolean b2 = bang;
            for (int i = off, end = off + n; i < end; i++) {
                byte b = buf[i];
                if (b == '<' || b == '>') {
                    if (r > maxRun && cellData) {
                        throw cellTooLong(name);
                    }
                    r = 0;
                } else {
                    r++;
                    if (b == '!' && p == '<') {
                        b2 = true;
                        p = b;
                        continue;
                    }
                }
                if (b2) {
                    b2 = false;
                    if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z')) {
                        throw dtd(name);
                    }
                }
                p = b;
            }
            if (cellData && r > maxRun) {
                throw cellTooLong(name);
            }
            run = r;
            prev = p;
            bang = b2;
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buf = new byte[(int) Math.min(n, 8192)];
            long done = 0;
            while (done < n) {
                int r = read(buf, 0, (int) Math.min(buf.length, n - done));
                if (r <= 0) {
                    break;
                }
                done += r;
            }
            return done;
        }

        @Override
        public boolean markSupported() {
            return false;
        }
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
