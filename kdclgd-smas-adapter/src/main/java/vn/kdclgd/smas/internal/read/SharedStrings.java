package vn.kdclgd.smas.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import vn.kdclgd.rules.KdclException;

/**
 * The shared-strings table of an xlsx as kdclgd's reader ({@link XlsxStreamSource}) uses it: on the heap
 * ({@link HeapStrings}) or spilled to temporary files ({@link SpilledStrings}). Both hold the strings
 * fastexcel-reader 0.20.2 builds ({@code SST}), parsed by {@link #parse}.
 */
interface SharedStrings extends AutoCloseable {
    /**
     * The string at {@code index}, as fastexcel-reader would give it: null when the workbook has no
     * table, the empty string past the end of a well-formed table.
     *
     * @throws IndexOutOfBoundsException for a negative index
     * @throws IllegalStateException     with the parser's exception as cause, for an index at or after
     *                                   the point where the part turned out malformed
     */
    String get(int index);

    /**
     * Whether the string at {@code index} is known to be NFC ({@link SheetContext#surelyNfcUtf8}, checked
     * once per string); false when not known. Only for an index {@link #get} has answered without failing.
     */
    default boolean isNfc(int index) {
        return false;
    }

    /** Releases what the table holds (deletes temporary files). */
    @Override
    void close();

    /** Receives the strings of a table one by one. */
    @FunctionalInterface
    interface Sink {
        /** The next string, as {@code length} bytes of UTF-8 in {@code utf8}. */
        void accept(byte[] utf8, int length) throws IOException;
    }

    /**
     * Parses a shared-strings part and gives {@code sink} each string: for each {@code <si>} the text of
     * every {@code <t>} in it concatenated (plain and rich text alike), skipping phonetic runs
     * ({@code <rPh>}); white space kept as written whatever {@code xml:space} says. A string longer than
     * {@code maxChars} is cut to {@code maxChars + 1} characters: it can only ever fail the cell-length
     * limit, and cutting it keeps the memory of one string bounded.
     *
     * @return the parser's exception when the part turns out malformed (the strings before it were
     *         given), else null
     * @throws IOException   from the sink
     * @throws KdclException from {@link ZipGuard}'s checks on {@code in}
     */
    static Exception parse(InputStream in, int maxChars, Sink sink) throws IOException {
        int cap = maxChars + 1;
        int maxBytes = 3 * cap + 4; // a UTF-16 unit takes at most 3 bytes of UTF-8
        byte[] item = new byte[256];
        try {
            ByteXml x = ByteXml.open(in);
            while (x.toStart(SI)) {
                int length = 0;
                while (true) {
                    int ev = x.next();
                    if (ev == ByteXml.EOF) {
                        break;
                    }
                    if (ev == ByteXml.END && x.is(SI)) {
                        break;
                    }
                    if (ev != ByteXml.START) {
                        continue;
                    }
                    if (x.is(T)) {
                        x.readText(maxBytes);
                        int n = Math.min(x.textLength(), maxBytes - length);
                        if (n > 0) {
                            if (length + n > item.length) {
                                item = java.util.Arrays.copyOf(item, Math.max(length + n, item.length * 2));
                            }
                            System.arraycopy(x.textBytes(), 0, item, length, n);
                            length += n;
                        }
                    } else if (x.is(RPH)) {
                        skipElement(x);
                    }
                }
                if (length > cap) {
                    String s = new String(item, 0, length, StandardCharsets.UTF_8);
                    if (s.length() > cap) {
                        byte[] cut = s.substring(0, cap).getBytes(StandardCharsets.UTF_8);
                        sink.accept(cut, cut.length);
                        continue;
                    }
                }
                sink.accept(item, length);
            }
            return null;
        } catch (ByteXml.XmlFault e) {
            return e;
        }
    }

    /**
     * For {@link #get} of a table of {@code count} strings whose part turned out malformed at
     * {@code fault} (or null): whether {@code index} is in the table; false past the end of a well-formed
     * table (the string is then empty).
     *
     * @throws IndexOutOfBoundsException for a negative index
     * @throws IllegalStateException     for an index at or after the fault
     */
    static boolean inTable(int index, int count, Exception fault) {
        if (index < 0) {
            throw new IndexOutOfBoundsException(index);
        }
        if (index < count) {
            return true;
        }
        if (fault != null) {
            throw new IllegalStateException("shared strings part malformed before string " + index, fault);
        }
        return false;
    }

    /** From just after a START, past the end of that element. */
    private static void skipElement(ByteXml x) throws IOException, ByteXml.XmlFault {
        int depth = 1;
        while (depth > 0) {
            int ev = x.next();
            if (ev == ByteXml.EOF) {
                return;
            }
            depth += ev == ByteXml.START ? 1 : -1;
        }
    }

    byte[] SI = {'s', 'i'};
    byte[] T = {'t'};
    byte[] RPH = {'r', 'P', 'h'};
}
