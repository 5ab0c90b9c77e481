package vn.kdclgd.smas.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.assertj.core.api.AbstractThrowableAssert;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.smas.internal.legacy.LegacyEncoding;

/**
 * Test helpers: read a whole sheet, and assert a KDCL error.
 *
 * <p>{@link #read(Path, int, ReadLimits, LegacyEncoding)} — and so {@link #fails} — reads an xlsx three
 * times: as production does (kdclgd's reader, {@link XlsxStreamSource}, with the shared strings on the
 * heap for files this small), with fastexcel-reader ({@link XlsxSource}, the reference), and with kdclgd's
 * reader and the strings spilled to temporary files; it asserts that all three give equal rows and
 * statistics, or equal errors, and that no temporary file is left behind. Every xlsx fixture of the
 * reading tests is thereby also a differential test of kdclgd's reader against fastexcel-reader.
 */
final class Reads {
    /** Where the forced spill reader of {@link #read} keeps its temporary files; empty between reads. */
    private static final Path SPILL_DIR = spillDir();

    /** A sheet's rows and what reading it reported. */
    record Sheet(List<RawRow> rows, ReadStats stats) {
        /** The texts of the rows, row by row, cell by cell (empty cells left out). */
        List<List<String>> texts() {
            return rows.stream().map(r -> r.cells().stream().map(RawCell::text).toList()).toList();
        }
    }

    /** What reading a sheet gave: the sheet, or the exception. */
    record Outcome(Sheet sheet, RuntimeException error) {
        Sheet sheetOrThrow() {
            if (error != null) {
                throw error;
            }
            return sheet;
        }
    }

    private Reads() {
    }

    static Sheet read(Path file, int sheet) {
        return read(file, sheet, ReadLimits.defaults(), LegacyEncoding.NONE);
    }

    /** Reads a sheet; an xlsx both ways, asserting they agree (see the class comment). */
    static Sheet read(Path file, int sheet, ReadLimits limits, LegacyEncoding csvEncoding) {
        Outcome main = outcome(file, sheet, limits, csvEncoding, XlsxSource.Options.DEFAULT);
        if (isZip(file)) {
            Outcome reference = outcome(file, sheet, limits, csvEncoding, options(XlsxSource.Engine.FASTEXCEL_ONLY));
            assertSameOutcome(file + ": kdclgd's reader vs fastexcel-reader", main, reference);
            Outcome spilled = outcome(file, sheet, limits, csvEncoding, spillOptions());
            assertSameOutcome(file + ": kdclgd's reader, strings spilled vs fastexcel-reader", spilled, reference);
        }
        return main.sheetOrThrow();
    }

    /** Options that force {@code engine}, temporary files in the shared test directory. */
    static XlsxSource.Options options(XlsxSource.Engine engine) {
        return new XlsxSource.Options(engine, SPILL_DIR, SpilledStrings.SEGMENT_BYTES);
    }

    /** Options that force the spill reader, with segments of 64 bytes so that strings straddle them. */
    static XlsxSource.Options spillOptions() {
        return new XlsxSource.Options(XlsxSource.Engine.KDCLGD_SPILL, SPILL_DIR, 64);
    }

    /** Opens, reads and closes with {@code options}; returns the sheet or the exception. */
    static Outcome outcome(Path file, int sheet, ReadLimits limits, LegacyEncoding csvEncoding, XlsxSource.Options options) {
        Outcome outcome;
        try (TabularSource source = Sources.open(file, limits, csvEncoding, options)) {
            if (source.kind() == FileKind.XLSX) {
                assertThat(source).isInstanceOf(options.engine() == XlsxSource.Engine.FASTEXCEL_ONLY
                        ? XlsxSource.class : XlsxStreamSource.class);
            }
            outcome = new Outcome(read(source, sheet), null);
        } catch (IOException e) {
            outcome = new Outcome(null, new UncheckedIOException(e));
        } catch (RuntimeException e) {
            outcome = new Outcome(null, e);
        }
        assertThat(spillFiles()).as("temporary files left after reading " + file.getFileName()).isEmpty();
        return outcome;
    }

    /** Asserts that two outcomes are the same rows and statistics, or the same error. */
    static void assertSameOutcome(String what, Outcome spilled, Outcome main) {
        if (main.error() == null) {
            if (spilled.error() != null) {
                throw new AssertionError(what + ": only the first failed", spilled.error());
            }
            assertThat(spilled.sheet().rows()).as(what).isEqualTo(main.sheet().rows());
            assertThat(spilled.sheet().stats()).as(what).isEqualTo(main.sheet().stats());
            return;
        }
        if (spilled.error() == null) {
            throw new AssertionError(what + ": only the second failed", main.error());
        }
        assertThat(spilled.error()).as(what).hasSameClassAs(main.error());
        if (main.error() instanceof KdclException k) {
            assertThat(((KdclException) spilled.error()).problems()).as(what).isEqualTo(k.problems());
        } else {
            assertThat(spilled.error().getMessage()).as(what).isEqualTo(main.error().getMessage());
        }
    }

    /** The files in the spill reader's test directory. */
    static List<Path> spillFiles() {
        try (Stream<Path> files = Files.list(SPILL_DIR)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path spillDir() {
        try {
            Path dir = Files.createTempDirectory("kdclgd-reads-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && head[0] == 'P' && head[1] == 'K';
        } catch (IOException e) {
            return false;
        }
    }

    static Sheet read(TabularSource source, int sheet) throws IOException {
        List<RawRow> rows = new ArrayList<>();
        ReadStats stats = source.read(sheet, rows::add);
        return new Sheet(rows, stats);
    }

    /** Asserts that opening and reading sheet 0 fails with {@code code}; returns the assertion on it. */
    static AbstractThrowableAssert<?, ? extends Throwable> fails(Path file, ReadLimits limits, String code) {
        return assertThatThrownBy(() -> read(file, 0, limits, LegacyEncoding.NONE))
                .isInstanceOf(KdclException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((KdclException) e).code()).isEqualTo(code));
    }

    static AbstractThrowableAssert<?, ? extends Throwable> fails(Path file, String code) {
        return fails(file, ReadLimits.defaults(), code);
    }

    /** A single problem's where. */
    static String where(Throwable e) {
        return ((KdclException) e).problems().get(0).where();
    }
}
