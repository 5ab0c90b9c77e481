package vn.kdclgd.smas.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A shared-strings table on the heap: one {@code String} per item, as fastexcel-reader keeps it, for a
 * workbook whose table fits the heap budget ({@link XlsxSource#fitsHeap}). See {@link SharedStrings}
 * for what the strings are.
 */
final class HeapStrings implements SharedStrings {
    private static final HeapStrings NONE = new HeapStrings(null, 0, null);

    private final String[] strings;
    private final int count;
    private final Exception fault;

    private HeapStrings(String[] strings, int count, Exception fault) {
        this.strings = strings;
        this.count = count;
        this.fault = fault;
    }

    /** A table for a workbook without a shared-strings part: every index gives {@code null}. */
    static HeapStrings none() {
        return NONE;
    }

    /**
     * Reads a shared-strings part from {@code in} (guarded by {@link ZipGuard#open}).
     *
     * @param maxChars the longest cell text allowed; longer strings are cut to one character more
     */
    static HeapStrings read(InputStream in, int maxChars) throws IOException {
        String[][] holder = {new String[1024]};
        int[] n = {0};
        Exception fault = SharedStrings.parse(in, maxChars, (utf8, length) -> {
            if (n[0] == holder[0].length) {
                if (n[0] == Integer.MAX_VALUE - 8) {
                    throw new IllegalStateException("more shared strings than an index can address");
                }
                holder[0] = Arrays.copyOf(holder[0], (int) Math.min(Integer.MAX_VALUE - 8L, n[0] * 2L));
            }
            holder[0][n[0]++] = length == 0 ? "" : new String(utf8, 0, length, StandardCharsets.UTF_8);
        });
        return new HeapStrings(holder[0], n[0], fault);
    }

    @Override
    public String get(int index) {
        if (strings == null) {
            return null;
        }
        if (index < 0) {
            throw new IndexOutOfBoundsException(index);
        }
        if (index >= count) {
            if (fault != null) {
                throw new IllegalStateException("shared strings part malformed before string " + index, fault);
            }
            return "";
        }
        return strings[index];
    }

    @Override
    public void close() {
        // nothing to release
    }
}
