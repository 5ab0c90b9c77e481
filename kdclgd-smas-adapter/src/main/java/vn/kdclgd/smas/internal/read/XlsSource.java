package vn.kdclgd.smas.internal.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.smas.internal.legacy.LegacyEncoding;

/**
 * A legacy BIFF8 workbook read with POI HSSF over a read-only {@link POIFSFileSystem} (HSSF holds the
 * workbook in memory; an xls has at most 65,536 rows). Cell rules are those of {@link SheetContext}, as
 * for xlsx; each text cell's font decides legacy text ({@link LegacyEncoding#ofFont}); formula cells give
 * their cached result.
 */
final class XlsSource extends OpenedSource {
    /** Columns an xls sheet can have. */
    private static final int XLS_COLUMNS = 256;

    private final POIFSFileSystem fs;
    private final HSSFWorkbook workbook;
    private final boolean date1904;

    private XlsSource(Path file, ReadLimits limits, POIFSFileSystem fs, HSSFWorkbook workbook) {
        super(file, FileKind.XLS, limits);
        this.fs = fs;
        this.workbook = workbook;
        List<SheetInfo> sheets = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            sheets.add(new SheetInfo(i, SheetContext.nfc(workbook.getSheetName(i)),
                    workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)));
        }
        sheets(sheets);
        this.date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
    }

    /** Opens an OLE2 file as an xls workbook; refuses other OLE2 documents clearly. */
    static XlsSource open(Path file, ReadLimits limits) {
        POIFSFileSystem fs = null;
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
            var root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptedPackage")) {
                throw encrypted(file, null);
            }
            if (!root.hasEntryCaseInsensitive("Workbook")) {
                if (root.hasEntryCaseInsensitive("Book")) {
                    throw oldFormat(file, null);
                }
                throw Sources.notATable(file, "một tài liệu Office không phải bảng tính (Word, PowerPoint …)",
                        "an Office document that is not a workbook (Word, PowerPoint …)");
            }
            HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), true);
            return new XlsSource(file, limits, fs, wb);
        } catch (KdclException e) {
            closeQuietly(fs);
            throw e;
        } catch (EncryptedDocumentException e) {
            closeQuietly(fs);
            throw encrypted(file, e);
        } catch (OldExcelFormatException e) {
            closeQuietly(fs);
            throw oldFormat(file, e);
        } catch (IOException | RuntimeException e) {
            closeQuietly(fs);
            throw ReadErrors.damaged(ReadErrors.where(file), e);
        }
    }

    static KdclException encrypted(Path file, Throwable cause) {
        return ReadErrors.error(ReadErrors.ENCRYPTED, ReadErrors.where(file),
                "Tệp được bảo vệ bằng mật khẩu; mở bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc), "
                        + "lưu lại rồi nhập",
                "The file is password-protected; open it in Excel, remove the password (File → Info → Protect "
                        + "Workbook), save it and import again", cause);
    }

    static KdclException oldFormat(Path file, Throwable cause) {
        return ReadErrors.error(ReadErrors.OLD_FORMAT, ReadErrors.where(file),
                "Định dạng bảng tính quá cũ hoặc không được hỗ trợ; mở bằng Excel và lưu thành .xlsx rồi nhập lại",
                "The workbook format is too old or not supported; open it in Excel, save it as .xlsx and import "
                        + "that", cause);
    }

    @Override
    public ReadStats read(int sheetIndex, RowHandler handler) {
        String name = sheet(sheetIndex).name();
        HSSFSheet sheet = workbook.getSheetAt(sheetIndex);
        SheetContext ctx = new SheetContext(file, name, limits);
        TreeSet<Integer> hidden = new TreeSet<>();
        for (int c = 0; c < Math.min(XLS_COLUMNS, limits.maxColumns()); c++) {
            if (sheet.isColumnHidden(c)) {
                hidden.add(c);
            }
        }
        for (Iterator<Row> rows = sheet.rowIterator(); rows.hasNext(); ) {
            Row row = rows.next();
            int number = row.getRowNum() + 1;
            List<RawCell> cells = new ArrayList<>();
            for (Iterator<Cell> it = row.cellIterator(); it.hasNext(); ) {
                RawCell raw = cell(ctx, number, (HSSFCell) it.next());
                if (raw != null) {
                    cells.add(raw);
                }
            }
            RawRow out = ctx.row(number, cells);
            if (out != null && !handler.row(out)) {
                break;
            }
        }
        return ctx.stats(hidden);
    }

    private RawCell cell(SheetContext ctx, int row, HSSFCell cell) {
        int column = cell.getColumnIndex();
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case NUMERIC:
                double v = cell.getNumericCellValue();
                boolean date = DateUtil.isCellDateFormatted(cell);
                return ctx.number(row, column, date && date1904 ? v + 1462 : v, date);
            case STRING:
                String font = workbook.getFontAt(cell.getCellStyle().getFontIndex()).getFontName();
                return ctx.text(row, column, cell.getStringCellValue(), LegacyEncoding.ofFont(font));
            case BOOLEAN:
                return ctx.text(row, column, cell.getBooleanCellValue() ? "TRUE" : "FALSE", LegacyEncoding.NONE);
            case ERROR:
                byte code = cell.getErrorCellValue();
                String text = FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#N/A";
                return ctx.text(row, column, text, LegacyEncoding.NONE);
            default:
                return null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.close();
        } finally {
            fs.close();
        }
    }

    private static void closeQuietly(POIFSFileSystem fs) {
        if (fs != null) {
            try {
                fs.close();
            } catch (IOException ignored) {
                // already failing; the original error is what the caller needs
            }
        }
    }
}
