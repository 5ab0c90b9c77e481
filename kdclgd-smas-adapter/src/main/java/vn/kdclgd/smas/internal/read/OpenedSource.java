package vn.kdclgd.smas.internal.read;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What the three kinds of source share: the file, its kind, the limits and the list of sheets. */
abstract class OpenedSource implements TabularSource {
    /** The file read. */
    protected final Path file;
    /** The limits every read enforces. */
    protected final ReadLimits limits;
    private final FileKind kind;
    private List<SheetInfo> sheets = List.of();

    OpenedSource(Path file, FileKind kind, ReadLimits limits) {
        this.file = file;
        this.kind = kind;
        this.limits = limits;
    }

    /** Sets the sheets, once, while the subclass is constructed. */
    protected final void sheets(List<SheetInfo> sheets) {
        this.sheets = List.copyOf(sheets);
    }

    /** The sheet at {@code index}; a KDCL-9112 error when there is none. */
    protected final SheetInfo sheet(int index) {
        if (index < 0 || index >= sheets.size()) {
            throw Sources.noSuchSheet(file, index, sheets);
        }
        return sheets.get(index);
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public FileKind kind() {
        return kind;
    }

    @Override
    public Optional<String> charset() {
        return Optional.empty();
    }

    @Override
    public List<SheetInfo> sheets() {
        return sheets;
    }
}
