package vn.kdclgd.smas;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.kdclgd.smas.internal.read.FileKind;
import vn.kdclgd.smas.internal.read.RawCell;
import vn.kdclgd.smas.internal.read.RawRow;
import vn.kdclgd.smas.internal.read.ReadStats;
import vn.kdclgd.smas.internal.read.RowHandler;
import vn.kdclgd.smas.internal.read.SheetInfo;
import vn.kdclgd.smas.internal.read.TabularSource;

/**
 * An in-memory workbook for the mapping tests: sheets of rows of values (String, Number, LocalDate as
 * an Excel serial date, null for an empty cell), as the reading layer hands them over.
 */
final class RowsSource implements TabularSource {
    private final Path file;
    private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    private final Map<String, Set<Integer>> hidden = new LinkedHashMap<>();

    RowsSource(Path file) {
        this.file = file;
    }

    RowsSource sheet(String name, List<List<Object>> rows) {
        sheets.put(name, rows);
        return this;
    }

    RowsSource hidden(String sheet, Integer... columns) {
        hidden.put(sheet, Set.of(columns));
        return this;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public FileKind kind() {
        return FileKind.XLSX;
    }

    @Override
    public Optional<String> charset() {
        return Optional.empty();
    }

    @Override
    public List<SheetInfo> sheets() {
        List<SheetInfo> out = new ArrayList<>();
        int i = 0;
        for (String name : sheets.keySet()) {
            out.add(new SheetInfo(i++, name, false));
        }
        return out;
    }

    @Override
    public ReadStats read(int sheetIndex, RowHandler handler) {
        String name = new ArrayList<>(sheets.keySet()).get(sheetIndex);
        List<List<Object>> rows = sheets.get(name);
        int read = 0;
        for (int r = 0; r < rows.size(); r++) {
            List<RawCell> cells = new ArrayList<>();
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v == null || (v instanceof String s && s.isEmpty())) {
                    continue;
                }
                if (v instanceof LocalDate d) {
                    double serial = ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), d);
                    cells.add(new RawCell(c, String.valueOf((long) serial), serial, true, null));
                } else if (v instanceof Number n) {
                    double x = n.doubleValue();
                    String text = x == Math.floor(x) ? String.valueOf((long) x) : String.valueOf(x);
                    cells.add(new RawCell(c, text, x, false, null));
                } else {
                    cells.add(new RawCell(c, v.toString(), null, false, null));
                }
            }
            if (cells.isEmpty()) {
                continue;
            }
            read++;
            if (!handler.row(new RawRow(r + 1, cells))) {
                break;
            }
        }
        return new ReadStats(read, Map.of(), hidden.getOrDefault(name, Set.of()));
    }

    @Override
    public void close() {
    }
}
