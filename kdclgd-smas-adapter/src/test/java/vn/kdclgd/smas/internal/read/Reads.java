package vn.kdclgd.smas.internal.read;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.assertj.core.api.AbstractThrowableAssert;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.smas.internal.legacy.LegacyEncoding;

/** Test helpers: read a whole sheet, and assert a KDCL error. */
final class Reads {
    /** A sheet's rows and what reading it reported. */
    record Sheet(List<RawRow> rows, ReadStats stats) {
        /** The texts of the rows, row by row, cell by cell (empty cells left out). */
        List<List<String>> texts() {
            return rows.stream().map(r -> r.cells().stream().map(RawCell::text).toList()).toList();
        }
    }

    private Reads() {
    }

    static Sheet read(Path file, int sheet) {
        return read(file, sheet, ReadLimits.defaults(), LegacyEncoding.NONE);
    }

    static Sheet read(Path file, int sheet, ReadLimits limits, LegacyEncoding csvEncoding) {
        try (TabularSource source = Sources.open(file, limits, csvEncoding)) {
            return read(source, sheet);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
