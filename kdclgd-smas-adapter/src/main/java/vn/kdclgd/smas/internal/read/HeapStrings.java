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
    private static final HeapStrings NONE = new HeapStrings(null, null, 0, null);

    private final String[] strings;
    /** Per string: whether it is surely NFC ({@link SheetContext#surelyNfcUtf8}). */
    private final boolean[] nfc;
    private final int count;
    private final Exception fault;

    private HeapStrings(String[] strings, boolean[] nfc, int count, Exception fault) {
        this.strings = strings;
        this.nfc = nfc;
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
        Builder b = new Builder();
        Exception fault = SharedStrings.parse(in, maxChars, b::add);
        return new HeapStrings(b.strings, b.nfc, b.count, fault);
    }

    /** The strings as they are parsed. */
    private static final class Builder {
        String[] strings = new String[1024];
        boolean[] nfc = new boolean[1024];
        int count;

        void add(byte[] utf8, int length) {
            if (count == strings.length) {
                if (count >= Integer.MAX_VALUE - 8) {
                    throw new IllegalStateException("more shared strings than an index can address");
                }
                int size = (int) Math.min(Integer.MAX_VALUE - 8L, count * 2L);
                strings = Arrays.copyOf(strings, size);
                nfc = Arrays.copyOf(nfc, size);
            }
            strings[count] = length == 0 ? "" : new String(utf8, 0, length, StandardCharsets.UTF_8);
            nfc[count] = SheetContext.surelyNfcUtf8(utf8, length);
            count++;
        }
    }

    @Override
    public boolean isNfc(int index) {
        return index >= 0 && index < count && nfc[index];
    }

    @Override
    public String get(int index) {
        if (strings == null) {
            return null;
        }
        if (!SharedStrings.inTable(index, count, fault)) {
            return "";
        }
        return strings[index];
    }

    @Override
    public void close() {
        // nothing to release
    }
}
