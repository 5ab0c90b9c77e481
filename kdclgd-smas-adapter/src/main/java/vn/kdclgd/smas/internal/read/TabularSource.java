package vn.kdclgd.smas.internal.read;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A workbook or CSV file opened for streaming reads. Obtain one with {@code Sources.open(file, limits)},
 * which decides the kind from the content.
 *
 * <p>Errors are {@link vn.kdclgd.rules.KdclException}s with codes {@code KDCL-91xx} naming the file
 * (and sheet/row/column where known) and what to do; never a raw POI/XML/IO exception.
 */
public interface TabularSource extends Closeable {
    /** The file read. */
    Path file();

    /** The kind detected from the content. */
    FileKind kind();

    /** The charset a CSV was decoded with (e.g. {@code "UTF-8"}, {@code "windows-1258"}); empty for workbooks. */
    Optional<String> charset();

    /** The sheets in workbook order (one for CSV). */
    List<SheetInfo> sheets();

    /**
     * Streams the non-empty rows of a sheet in order to {@code handler}, stopping when it returns false.
     * May be called again for another (or the same) sheet.
     */
    ReadStats read(int sheetIndex, RowHandler handler) throws IOException;
}
