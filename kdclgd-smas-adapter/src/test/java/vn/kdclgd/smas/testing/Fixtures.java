package vn.kdclgd.smas.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds import files for tests, always into a directory the test owns ({@code @TempDir}): workbooks
 * written by POI (xlsx and xls from the same rows), CSV bytes in a chosen charset, and edits of an xlsx's
 * parts for hostile variants.
 *
 * <p>A row is a {@code List<Object>}; a cell value is a {@link String}, a {@link Number}, a
 * {@link Boolean}, a {@link LocalDate} (written as a date-formatted serial number), {@code null} (no
 * cell), or one of {@link #font(String, String)} (text in a named font, e.g. {@code .VnTime}) and
 * {@link #formula(String)}.
 *
 * <pre>{@code
 * Path x = Fixtures.xlsx(dir.resolve("hs.xlsx"), "HocSinh", List.of(
 *         List.of("Mã HS", "Họ và tên", "Ngày sinh"),
 *         Arrays.asList(1234567, Fixtures.font(".VnTime", "NguyÔn V¨n An"), LocalDate.of(2010, 5, 1))));
 * Path two = Fixtures.book().sheet("HocSinh", rows).sheet("Cu", old).hidden().hideColumns(2).xls(dir.resolve("hs.xls"));
 * }</pre>
 */
public final class Fixtures {

    /** Text drawn in a given font. */
    public record FontText(String font, String text) {
    }

    /** A formula; POI writes it without a cached result unless {@code cached} is given. */
    public record Formula(String formula, Object cached) {
    }

    private Fixtures() {
    }

    /** A cell of {@code text} in the font {@code font} (e.g. {@code .VnTime}, {@code .VnTimeH}, {@code VNI-Times}). */
    public static FontText font(String font, String text) {
        return new FontText(font, text);
    }

    /** A formula cell (e.g. {@code "A1&B1"}) with a cached result (a String, Number or Boolean). */
    public static Formula formula(String formula, Object cached) {
        return new Formula(formula, cached);
    }

    /** A workbook with several sheets. */
    public static Book book() {
        return new Book();
    }

    /** An xlsx with one visible sheet. */
    public static Path xlsx(Path file, String sheetName, List<List<Object>> rows) {
        return book().sheet(sheetName, rows).xlsx(file);
    }

    /** An xls (BIFF8) with one visible sheet. */
    public static Path xls(Path file, String sheetName, List<List<Object>> rows) {
        return book().sheet(sheetName, rows).xls(file);
    }

    /** A CSV of {@code rows} joined by {@code delimiter}, quoted as RFC 4180 where needed, lines ending CRLF. */
    public static String csvText(List<List<String>> rows, char delimiter) {
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    sb.append(delimiter);
                }
                String v = row.get(i) == null ? "" : row.get(i);
                boolean quote = v.indexOf(delimiter) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
                        || v.indexOf('\r') >= 0;
                sb.append(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    /** Writes {@code text} in {@code charset}, after the charset's byte-order mark when {@code bom}. */
    public static Path csv(Path file, String text, Charset charset, boolean bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            String name = charset.name();
            byte[] mark = switch (name) {
                case "UTF-8" -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
                case "UTF-16LE" -> new byte[] {(byte) 0xFF, (byte) 0xFE};
                case "UTF-16BE" -> new byte[] {(byte) 0xFE, (byte) 0xFF};
                default -> throw new IllegalArgumentException("no byte-order mark for " + name);
            };
            out.writeBytes(mark);
        }
        out.writeBytes(text.getBytes(charset));
        return bytes(file, out.toByteArray());
    }

    /** Writes raw bytes. */
    public static Path bytes(Path file, byte[] content) {
        try {
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites one part of a zip package (an xlsx) in place, as UTF-8 text. */
    public static Path rewritePart(Path zipFile, String part, UnaryOperator<String> edit) {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            for (var en = zip.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                try (InputStream in = zip.getInputStream(e)) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!entries.containsKey(part)) {
            throw new IllegalArgumentException("no part " + part + " in " + entries.keySet());
        }
        entries.put(part, edit.apply(new String(entries.get(part), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        try (OutputStream os = Files.newOutputStream(zipFile); ZipOutputStream zip = new ZipOutputStream(os)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zipFile;
    }

    /** Reads one part of a zip package as UTF-8 text. */
    public static String readPart(Path zipFile, String part) {
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            ZipEntry e = zip.getEntry(part);
            if (e == null) {
                throw new IllegalArgumentException("no part " + part);
            }
            try (InputStream in = zip.getInputStream(e)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds a workbook sheet by sheet, then writes it as xlsx or xls. */
    public static final class Book {
        private final List<SheetSpec> sheets = new ArrayList<>();

        private record SheetSpec(String name, List<List<Object>> rows, boolean[] hidden, List<Integer> hiddenColumns) {
        }

        private Book() {
        }

        /** Adds a visible sheet. */
        public Book sheet(String name, List<List<Object>> rows) {
            sheets.add(new SheetSpec(name, rows, new boolean[1], new ArrayList<>()));
            return this;
        }

        /** Hides the sheet added last. */
        public Book hidden() {
            last().hidden()[0] = true;
            return this;
        }

        /** Hides columns (0-based) of the sheet added last. */
        public Book hideColumns(int... columns) {
            for (int c : columns) {
                last().hiddenColumns().add(c);
            }
            return this;
        }

        private SheetSpec last() {
            if (sheets.isEmpty()) {
                throw new IllegalStateException("add a sheet first");
            }
            return sheets.get(sheets.size() - 1);
        }

        /** Writes the workbook as xlsx (POI XSSF). */
        public Path xlsx(Path file) {
            return write(new XSSFWorkbook(), file);
        }

        /** Writes the workbook as xls (POI HSSF, BIFF8). */
        public Path xls(Path file) {
            return write(new HSSFWorkbook(), file);
        }

        private Path write(Workbook wb, Path file) {
            try (wb; OutputStream out = Files.newOutputStream(file)) {
                Styles styles = new Styles(wb);
                for (int s = 0; s < sheets.size(); s++) {
                    SheetSpec spec = sheets.get(s);
                    Sheet sheet = wb.createSheet(spec.name());
                    for (int r = 0; r < spec.rows().size(); r++) {
                        List<Object> values = spec.rows().get(r);
                        if (values == null || values.isEmpty()) {
                            continue;
                        }
                        Row row = sheet.createRow(r);
                        for (int c = 0; c < values.size(); c++) {
                            Object v = values.get(c);
                            if (v != null) {
                                set(row.createCell(c), v, styles);
                            }
                        }
                    }
                    for (int c : spec.hiddenColumns()) {
                        sheet.setColumnHidden(c, true);
                    }
                    if (spec.hidden()[0]) {
                        wb.setSheetHidden(s, true);
                    }
                }
                wb.write(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return file;
        }

        private static void set(Cell cell, Object v, Styles styles) {
            if (v instanceof FontText ft) {
                cell.setCellValue(ft.text());
                cell.setCellStyle(styles.font(ft.font()));
            } else if (v instanceof Formula f) {
                cell.setCellFormula(f.formula());
                if (f.cached() instanceof String s) {
                    cell.setCellValue(s);
                } else if (f.cached() instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (f.cached() instanceof Boolean b) {
                    cell.setCellValue(b);
                }
            } else if (v instanceof String s) {
                cell.setCellValue(s);
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof Boolean b) {
                cell.setCellValue(b);
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(styles.date());
            } else {
                throw new IllegalArgumentException("unsupported cell value " + v.getClass());
            }
        }
    }

    /** One cell style per font name, and one date style, per workbook. */
    private static final class Styles {
        private final Workbook wb;
        private final Map<String, CellStyle> byFont = new HashMap<>();
        private CellStyle date;

        Styles(Workbook wb) {
            this.wb = wb;
        }

        CellStyle font(String name) {
            return byFont.computeIfAbsent(name, n -> {
                Font f = wb.createFont();
                f.setFontName(n);
                CellStyle style = wb.createCellStyle();
                style.setFont(f);
                return style;
            });
        }

        CellStyle date() {
            if (date == null) {
                date = wb.createCellStyle();
                date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            }
            return date;
        }
    }
}
