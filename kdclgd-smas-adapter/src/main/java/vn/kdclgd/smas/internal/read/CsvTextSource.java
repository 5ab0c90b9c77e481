package vn.kdclgd.smas.internal.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.smas.internal.legacy.LegacyEncoding;

/**
 * A delimited text file: one sheet, named after the file. The charset is a byte-order mark's (UTF-8,
 * UTF-16LE, UTF-16BE), else UTF-8 when the whole file is valid UTF-8, else windows-1258 (Vietnamese ANSI)
 * — or ISO-8859-1 when the caller said the text is TCVN3/VNI, so each byte reaches the converter as it
 * is. The delimiter is whichever of {@code ,} {@code ;} {@code TAB} splits the first records most
 * consistently into more than one field ({@code ,} when none does). All cells are text; legacy text is
 * converted only when the caller asks (a CSV has no fonts to tell).
 */
final class CsvTextSource extends OpenedSource {
    /** Characters sampled from the start of the file to choose the delimiter. */
    private static final int SAMPLE_CHARS = 64 * 1024;
    /** Records of the sample compared to choose the delimiter. */
    private static final int SAMPLE_RECORDS = 50;
    private static final char[] DELIMITERS = {',', ';', '\t'};
    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    private final LegacyEncoding legacy;
    private final Charset charset;
    private final int bomBytes;
    private final char delimiter;

    private CsvTextSource(Path file, ReadLimits limits, LegacyEncoding legacy, Charset charset, int bomBytes) {
        super(file, FileKind.CSV, limits);
        this.legacy = legacy;
        this.charset = charset;
        this.bomBytes = bomBytes;
        this.delimiter = detectDelimiter();
        String name = ReadErrors.where(file);
        int dot = name.lastIndexOf('.');
        sheets(List.of(new SheetInfo(0, SheetContext.nfc(dot > 0 ? name.substring(0, dot) : name), false)));
    }

    /**
     * Opens a text file whose first bytes are {@code head}.
     *
     * @param legacy how the text is encoded, as the caller knows it ({@link LegacyEncoding#NONE}: leave it)
     */
    static CsvTextSource open(Path file, byte[] head, ReadLimits limits, LegacyEncoding legacy) {
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return new CsvTextSource(file, limits, legacy, StandardCharsets.UTF_8, 3);
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            return new CsvTextSource(file, limits, legacy, StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            return new CsvTextSource(file, limits, legacy, StandardCharsets.UTF_16BE, 2);
        }
        if (isUtf8(file)) {
            return new CsvTextSource(file, limits, legacy, StandardCharsets.UTF_8, 0);
        }
        Charset ansi = legacy == LegacyEncoding.NONE ? WINDOWS_1258 : StandardCharsets.ISO_8859_1;
        return new CsvTextSource(file, limits, legacy, ansi, 0);
    }

    static boolean startsWith(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUtf8(Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(bytes.array(), bytes.position(), bytes.remaining())) >= 0) {
                bytes.position(bytes.position() + n);
                bytes.flip();
                CoderResult r = decoder.decode(bytes, chars, false);
                if (r.isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            bytes.flip();
            CoderResult r = decoder.decode(bytes, chars, true);
            return !r.isError() && !bytes.hasRemaining() && !decoder.flush(chars).isError();
        } catch (IOException e) {
            throw ReadErrors.cannotRead(file, e);
        }
    }

    private Reader reader() throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(bomBytes);
            return new BufferedReader(new InputStreamReader(in, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private char detectDelimiter() {
        String sample;
        try (Reader r = reader()) {
            char[] buf = new char[SAMPLE_CHARS];
            int len = r.read(buf);
            sample = len <= 0 ? "" : new String(buf, 0, len);
        } catch (IOException e) {
            throw ReadErrors.cannotRead(file, e);
        }
        char best = ',';
        int bestScore = 0;
        int bestFields = 0;
        for (char d : DELIMITERS) {
            Map<Integer, Integer> counts = new HashMap<>();
            CsvParser p = new CsvParser(new StringReader(sample), d, Integer.MAX_VALUE, Integer.MAX_VALUE,
                    SAMPLE_LIMITS);
            List<Integer> sizes = new ArrayList<>();
            try {
                List<String> rec;
                while (sizes.size() < SAMPLE_RECORDS && (rec = p.next()) != null) {
                    if (!(rec.size() == 1 && rec.get(0).isEmpty())) {
                        sizes.add(rec.size());
                    }
                }
            } catch (IOException | IllegalStateException e) {
                // the sample ends inside a quoted field: judge by the records before it
            }
            if (sizes.size() > 1 && sample.length() >= SAMPLE_CHARS) {
                sizes.remove(sizes.size() - 1); // may be cut short by the sample's end
            }
            for (int s : sizes) {
                counts.merge(s, 1, Integer::sum);
            }
            int mode = 1;
            int modeCount = 0;
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                if (e.getValue() > modeCount || (e.getValue() == modeCount && e.getKey() > mode)) {
                    mode = e.getKey();
                    modeCount = e.getValue();
                }
            }
            int score = mode > 1 ? modeCount : 0;
            if (score > bestScore || (score == bestScore && score > 0 && mode > bestFields)) {
                best = d;
                bestScore = score;
                bestFields = mode;
            }
        }
        return best;
    }

    /** Limits for the sample parse: none can be passed (both maxima are Integer.MAX_VALUE) but an open quote. */
    private static final CsvParser.Limits SAMPLE_LIMITS = new CsvParser.Limits() {
        @Override
        public RuntimeException fieldTooLong(int record, int field) {
            return new IllegalStateException("unreachable");
        }

        @Override
        public RuntimeException tooManyFields(int record, int field) {
            return new IllegalStateException("unreachable");
        }

        @Override
        public RuntimeException unclosedQuote(int record, int field) {
            return new IllegalStateException("sample ends inside quotes");
        }
    };

    /** The delimiter chosen: {@code ,} {@code ;} or a tab. */
    char delimiter() {
        return delimiter;
    }

    @Override
    public Optional<String> charset() {
        return Optional.of(charset.name());
    }

    @Override
    public ReadStats read(int sheetIndex, RowHandler handler) {
        sheet(sheetIndex);
        SheetContext ctx = new SheetContext(file, null, limits);
        CsvParser.Limits errors = new CsvParser.Limits() {
            @Override
            public RuntimeException fieldTooLong(int record, int field) {
                return ctx.cellTooLong(record, field);
            }

            @Override
            public RuntimeException tooManyFields(int record, int field) {
                return ctx.columnBeyondLimit(record, field);
            }

            @Override
            public RuntimeException unclosedQuote(int record, int field) {
                return unclosed(record, field);
            }
        };
        try (Reader in = reader()) {
            CsvParser parser = new CsvParser(in, delimiter, limits.maxCellChars(), limits.maxColumns(), errors);
            List<String> fields;
            while ((fields = parser.next()) != null) {
                int number = parser.recordNumber();
                List<RawCell> cells = new ArrayList<>();
                for (int c = 0; c < fields.size(); c++) {
                    RawCell cell = ctx.text(number, c, fields.get(c), legacy);
                    if (cell != null) {
                        cells.add(cell);
                    }
                }
                RawRow row = ctx.row(number, cells);
                if (row != null && !handler.row(row)) {
                    break;
                }
            }
        } catch (IOException e) {
            throw ReadErrors.cannotRead(file, e);
        }
        return ctx.stats(Set.of());
    }

    private KdclException unclosed(int record, int field) {
        return ReadErrors.error(ReadErrors.UNCLOSED_QUOTE, ReadErrors.where(file, null, record, field),
                "Ô bắt đầu bằng dấu ngoặc kép (\") nhưng không có dấu đóng đến hết tệp; kiểm tra ô này "
                        + "(dấu \" bên trong ô phải viết thành \"\") rồi lưu lại",
                "The cell opens a double quote (\") that is never closed before the end of the file; check this "
                        + "cell (a \" inside a cell must be written \"\") and save again");
    }

    @Override
    public void close() {
        // nothing is held open between reads
    }
}
