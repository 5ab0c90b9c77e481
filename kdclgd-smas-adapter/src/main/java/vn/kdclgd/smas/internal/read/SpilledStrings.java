package vn.kdclgd.smas.internal.read;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;


import vn.kdclgd.rules.KdclException;

/**
 * The shared-strings table of an xlsx ({@code xl/sharedStrings.xml}) spilled to disk, for a workbook
 * whose table does not fit the heap: the strings' UTF-8 bytes go one after another into a temporary
 * file, the offset where each one starts (a {@code long}) into a second; both are then memory-mapped in
 * segments of at most {@link #SEGMENT_BYTES}, so nothing per string stays on the Java heap and
 * {@link #get} costs two reads of mapped memory and one decoding.
 *
 * <p>The strings are those fastexcel-reader 0.20.2 builds ({@code SST}): for each {@code <si>} the
 * text of every {@code <t>} in it concatenated (plain and rich text alike), skipping phonetic runs
 * ({@code <rPh>}); white space is kept as written whatever {@code xml:space} says; character data,
 * CDATA and entity-escaped text alike. A string longer than {@code maxChars} is cut to
 * {@code maxChars + 1} characters: it can only ever fail the cell-length limit, and cutting it keeps
 * the memory of one string bounded.
 *
 * <p>As with fastexcel-reader, a part that turns out malformed halfway is not an error by itself: the
 * strings before the fault are served, and asking for one at or after it throws the parser's
 * exception (the sheet reader reports it as a damaged file at the row that asked). An index past the
 * end of a well-formed table is the empty string; a workbook without a table gives {@code null} for
 * every index.
 *
 * <p>The temporary files are created owner-only in the given directory (normally
 * {@code java.io.tmpdir}), about as large as the part's text plus 8 bytes a string, and deleted on
 * {@link #close()} — or at once when spilling fails. Java cannot unmap a mapped buffer explicitly: the
 * disk space of the deleted files is given back when the buffers are garbage-collected (where a
 * mapped file cannot be deleted, as on Windows, it is deleted when the JVM exits). Not thread-safe.
 */
final class SpilledStrings implements SharedStrings, Closeable {
    /** The largest mapped segment: 1 GiB (a {@link MappedByteBuffer} holds at most 2 GiB). */
    static final long SEGMENT_BYTES = 1L << 30;
    private static final String PREFIX = "kdclgd-sst-";

    private final Path textFile;
    private final Path offsetFile;
    private final long segmentBytes;
    private final int count;
    private final Exception fault;
    private MappedByteBuffer[] text;
    private MappedByteBuffer[] offsets;
    private byte[] scratch = new byte[256];

    private SpilledStrings(Path textFile, Path offsetFile, long segmentBytes, int count, Exception fault,
                           MappedByteBuffer[] text, MappedByteBuffer[] offsets) {
        this.textFile = textFile;
        this.offsetFile = offsetFile;
        this.segmentBytes = segmentBytes;
        this.count = count;
        this.fault = fault;
        this.text = text;
        this.offsets = offsets;
    }

    /** A table for a workbook without a shared-strings part: every index gives {@code null}. */
    static SpilledStrings none() {
        return new SpilledStrings(null, null, SEGMENT_BYTES, 0, null, null, null);
    }

    /**
     * Spills the shared-strings part {@code part} of {@code zip} into two temporary files in
     * {@code tempDir} and maps them.
     *
     * @param file         the workbook, for error messages
     * @param maxChars     the longest cell text allowed; longer strings are cut to one character more
     * @param segmentBytes the largest mapped segment, a multiple of 8 (tests use small ones)
     * @throws KdclException {@code KDCL-9118} when the temporary files cannot be created, written or
     *                       mapped (no space left, directory missing or not writable)
     */
    static SpilledStrings spill(Path file, ZipFile zip, String part, Path tempDir, int maxChars, long segmentBytes) {
        return spill(file, zip, part, zip::getInputStream, tempDir, maxChars, segmentBytes, Files::newOutputStream);
    }

    /**
     * {@link #spill(Path, ZipFile, String, Path, int, long)} reading the part through {@code opener} (the
     * reader passes {@link ZipGuard#open}, which checks the part as it is parsed).
     */
    static SpilledStrings spill(Path file, ZipFile zip, String part, PartOpener opener, Path tempDir, int maxChars,
                                long segmentBytes) {
        return spill(file, zip, part, opener, tempDir, maxChars, segmentBytes, Files::newOutputStream);
    }

    /** Opens a part of the workbook for reading. */
    @FunctionalInterface
    interface PartOpener {
        /** The inflated bytes of {@code entry}. */
        InputStream open(ZipEntry entry) throws IOException;
    }

    /** Opens a temporary file for writing; the seam through which tests make the disk fill up. */
    @FunctionalInterface
    interface FileSink {
        /** An output stream writing {@code path} from its start. */
        OutputStream open(Path path) throws IOException;
    }

    /** {@link #spill(Path, ZipFile, String, Path, int, long)} writing the temporary files through {@code sink}. */
    static SpilledStrings spill(Path file, ZipFile zip, String part, Path tempDir, int maxChars, long segmentBytes,
                                FileSink sink) {
        return spill(file, zip, part, zip::getInputStream, tempDir, maxChars, segmentBytes, sink);
    }

    private static SpilledStrings spill(Path file, ZipFile zip, String part, PartOpener opener, Path tempDir,
                                        int maxChars, long segmentBytes, FileSink sink) {
        if (segmentBytes <= 0 || segmentBytes % Long.BYTES != 0 || segmentBytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("segmentBytes " + segmentBytes);
        }
        ZipEntry entry = zip.getEntry(part);
        long partBytes = entry == null ? 0 : Math.max(entry.getSize(), 0);
        Path textFile = null;
        Path offsetFile = null;
        try {
            try {
                textFile = Files.createTempFile(tempDir, PREFIX, ".txt");
                offsetFile = Files.createTempFile(tempDir, PREFIX, ".idx");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                throw tempFileError(file, part, partBytes, e);
            }
            Writer writer = new Writer(file, part, partBytes, textFile, offsetFile, maxChars, sink);
            Exception fault;
            try (writer) {
                fault = writer.writeAll(opener, entry);
            } catch (IOException e) {
                throw tempFileError(file, part, partBytes, e);
            }
            MappedByteBuffer[] text;
            MappedByteBuffer[] offsets;
            try {
                text = map(textFile, segmentBytes);
                offsets = map(offsetFile, segmentBytes);
            } catch (IOException | RuntimeException e) {
                throw tempFileError(file, part, partBytes, e);
            }
            return new SpilledStrings(textFile, offsetFile, segmentBytes, writer.count, fault, text, offsets);
        } catch (RuntimeException e) {
            deleteQuietly(textFile);
            deleteQuietly(offsetFile);
            throw e;
        }
    }

    /** The number of strings spilled (before any fault). */
    int size() {
        return count;
    }

    /**
     * The string at {@code index}, as fastexcel-reader would give it: null when the workbook has no
     * table, the empty string past the end of the table.
     *
     * @throws IndexOutOfBoundsException for a negative index
     * @throws IllegalStateException     with the parser's exception as cause, for an index at or after
     *                                   the point where the part turned out malformed
     */
    @Override
    public String get(int index) {
        if (textFile == null) {
            return null;
        }
        if (text == null) {
            throw new IllegalStateException("closed");
        }
        if (!SharedStrings.inTable(index, count, fault)) {
            return "";
        }
        long start = offset(index);
        int length = (int) (offset(index + 1) - start);
        if (length == 0) {
            return "";
        }
        if (scratch.length < length) {
            scratch = new byte[Math.max(length, scratch.length * 2)];
        }
        int done = 0;
        while (done < length) {
            long at = start + done;
            MappedByteBuffer segment = text[(int) (at / segmentBytes)];
            int within = (int) (at % segmentBytes);
            int n = Math.min(length - done, segment.limit() - within);
            segment.get(within, scratch, done, n);
            done += n;
        }
        return new String(scratch, 0, length, StandardCharsets.UTF_8);
    }

    private long offset(int index) {
        long at = (long) index * Long.BYTES;
        return offsets[(int) (at / segmentBytes)].getLong((int) (at % segmentBytes));
    }

    /** Drops the mappings and deletes the temporary files. */
    @Override
    public void close() {
        text = null;
        offsets = null;
        deleteQuietly(textFile);
        deleteQuietly(offsetFile);
    }

    private static MappedByteBuffer[] map(Path path, long segmentBytes) throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = ch.size();
            int n = (int) ((size + segmentBytes - 1) / segmentBytes);
            MappedByteBuffer[] segments = new MappedByteBuffer[n];
            for (int i = 0; i < n; i++) {
                long at = i * segmentBytes;
                segments[i] = ch.map(FileChannel.MapMode.READ_ONLY, at, Math.min(segmentBytes, size - at));
            }
            return segments;
        }
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException | SecurityException e) {
            // still mapped where the system forbids deleting mapped files (Windows): try again at exit
            path.toFile().deleteOnExit();
        }
    }

    /** KDCL-9118: the temporary files of a spilled table could not be created, written or mapped. */
    static KdclException tempFileError(Path file, String part, long partBytes, Throwable cause) {
        long mib = Math.max(1, (partBytes + (1 << 20) - 1) >> 20);
        return ReadErrors.error(ReadErrors.TEMP_FILES, ReadErrors.wherePart(file, part),
                "Bảng tính lớn được đọc qua tệp tạm (cần khoảng " + mib + " MiB đĩa) nhưng không ghi được tệp tạm: "
                        + "đĩa đầy hoặc thư mục tạm (java.io.tmpdir) không có hay không ghi được; giải phóng dung lượng "
                        + "đĩa hoặc đặt java.io.tmpdir tới một thư mục ghi được, đủ chỗ, rồi nhập lại",
                "A large workbook is read through temporary files (about " + mib + " MiB of disk) but they cannot be "
                        + "written: the disk is full or the temporary directory (java.io.tmpdir) is missing or not "
                        + "writable; free disk space or point java.io.tmpdir to a writable directory with room, and "
                        + "import again", cause);
    }

    /** Writes the strings and their offsets while the part is parsed. */
    private static final class Writer implements Closeable {
        private final int maxChars;
        private final OutputStream textOut;
        private final DataOutputStream offsetOut;
        private long written;
        private int count;

        Writer(Path file, String part, long partBytes, Path textFile, Path offsetFile, int maxChars, FileSink sink) {
            this.maxChars = maxChars;
            OutputStream t = null;
            try {
                t = new BufferedOutputStream(sink.open(textFile), 1 << 16);
                this.textOut = t;
                this.offsetOut = new DataOutputStream(new BufferedOutputStream(sink.open(offsetFile), 1 << 16));
                offsetOut.writeLong(0);
            } catch (IOException e) {
                if (t != null) {
                    try {
                        t.close();
                    } catch (IOException ignored) {
                        // already failing
                    }
                }
                throw tempFileError(file, part, partBytes, e);
            }
        }

        /**
         * Parses the part and writes every string; returns the parser's exception when the part is
         * malformed (the strings before it are written), else null.
         *
         * @throws IOException when writing a temporary file fails
         */
        Exception writeAll(PartOpener opener, ZipEntry entry) throws IOException {
            InputStream in;
            try {
                in = opener.open(entry);
            } catch (IOException | RuntimeException e) {
                if (e instanceof KdclException k) {
                    throw k;
                }
                return e;
            }
            try (in) {
                return SharedStrings.parse(in, maxChars, this::write);
            }
        }

        private void write(byte[] utf8, int length) throws IOException {
            textOut.write(utf8, 0, length);
            written += length;
            offsetOut.writeLong(written);
            count++;
            if (count == Integer.MAX_VALUE) {
                throw new IllegalStateException("more shared strings than an index can address");
            }
        }

        @Override
        public void close() throws IOException {
            try {
                textOut.close();
            } finally {
                offsetOut.close();
            }
        }
    }
}
