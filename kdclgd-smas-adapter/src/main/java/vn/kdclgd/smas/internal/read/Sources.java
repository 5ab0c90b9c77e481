package vn.kdclgd.smas.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.smas.internal.legacy.LegacyEncoding;

/**
 * Opens an import file as a {@link TabularSource}, deciding its kind from the content, never from the
 * extension (a {@code .csv} renamed {@code .xls} is read as CSV):
 * <ul>
 *   <li>ZIP ({@code PK\3\4}) with an {@code xl/workbook.xml} part → {@link FileKind#XLSX};</li>
 *   <li>OLE2 ({@code D0 CF 11 E0 A1 B1 1A E1}) holding a {@code Workbook} stream → {@link FileKind#XLS};</li>
 *   <li>text (a byte-order mark, or no NUL and hardly any control characters) → {@link FileKind#CSV}.</li>
 * </ul>
 * Anything else — an empty file, a PDF, a Word document, an image, an HTML page or XML spreadsheet saved
 * as {@code .xls}, an encrypted or pre-2003 workbook — is refused with a {@code KDCL-91xx} error that says
 * what the file is and what to do. {@link ReadLimits#maxFileBytes()} is checked before anything is read.
 */
public final class Sources {
    private static final int HEAD_BYTES = 8 * 1024;
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final String[] MARKUP = {"<?xml", "<html", "<!doctype", "<table", "<head", "<meta", "<body",
            "<style", "<!--"};

    private Sources() {
    }

    /** Opens {@code file}; CSV text is left as it is (see {@link #open(Path, ReadLimits, LegacyEncoding)}). */
    public static TabularSource open(Path file, ReadLimits limits) {
        return open(file, limits, LegacyEncoding.NONE);
    }

    /**
     * Opens {@code file}.
     *
     * @param csvEncoding for a CSV only, which has no fonts to tell: the legacy encoding the caller knows
     *                    its text is in ({@link LegacyEncoding#NONE} leaves the text alone — the reader
     *                    never guesses). Workbooks always decide per cell by the cell's font.
     * @throws KdclException with a {@code KDCL-91xx} code when the file cannot be read or is not a
     *                       workbook or delimited text
     */
    public static TabularSource open(Path file, ReadLimits limits, LegacyEncoding csvEncoding) {
        return open(file, limits, csvEncoding, XlsxSource.Options.DEFAULT);
    }

    /**
     * {@link #open(Path, ReadLimits)} reading an xlsx with fastexcel-reader where its shared strings fit the
     * heap budget (else with kdclgd's reader and the strings in temporary files), as
     * {@code XlsxReader.FASTEXCEL} asks.
     */
    public static TabularSource openWithFastexcel(Path file, ReadLimits limits) {
        return open(file, limits, LegacyEncoding.NONE, XlsxSource.Options.FASTEXCEL);
    }

    /** {@link #open(Path, ReadLimits, LegacyEncoding)} reading an xlsx as {@code xlsx} says (tests force a reader). */
    static TabularSource open(Path file, ReadLimits limits, LegacyEncoding csvEncoding, XlsxSource.Options xlsx) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(csvEncoding, "csvEncoding");
        byte[] head = head(file, limits);
        if (head.length == 0) {
            throw ReadErrors.error(ReadErrors.EMPTY, ReadErrors.where(file),
                    "Tệp rỗng (0 byte); xuất lại dữ liệu từ phần mềm rồi nhập tệp mới",
                    "The file is empty (0 bytes); export the data again and import the new file");
        }
        if (CsvTextSource.startsWith(head, 'P', 'K', 3, 4)) {
            return openZip(file, limits, xlsx);
        }
        if (CsvTextSource.startsWith(head, toInts(OLE2))) {
            return XlsSource.open(file, limits);
        }
        if (CsvTextSource.startsWith(head, '%', 'P', 'D', 'F')) {
            throw notATable(file, "một tệp PDF", "a PDF file");
        }
        if (!CsvTextSource.startsWith(head, 0xFF, 0xFE) && !CsvTextSource.startsWith(head, 0xFE, 0xFF)) {
            if (isMarkup(head)) {
                throw ReadErrors.error(ReadErrors.WEB_PAGE, ReadErrors.where(file),
                        "Tệp là trang web (HTML) hoặc bảng tính XML 2003 được đặt đuôi bảng tính; mở bằng Excel, "
                                + "chọn Lưu thành → Sổ làm việc Excel (.xlsx) rồi nhập tệp .xlsx đó",
                        "The file is a web page (HTML) or an XML 2003 spreadsheet with a workbook extension; open "
                                + "it in Excel, Save As → Excel Workbook (.xlsx) and import that");
            }
            if (isBinary(head)) {
                throw notATable(file, "dữ liệu nhị phân (ảnh, tệp nén hoặc tệp hỏng)",
                        "binary data (an image, an archive or a damaged file)");
            }
        }
        return CsvTextSource.open(file, head, limits, csvEncoding);
    }

    private static byte[] head(Path file, ReadLimits limits) {
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw ReadErrors.error(ReadErrors.TOO_LARGE, ReadErrors.where(file),
                        "Tệp lớn " + (size >> 20) + " MiB, vượt giới hạn " + (limits.maxFileBytes() >> 20)
                                + " MiB; chia dữ liệu thành nhiều tệp nhỏ hơn rồi nhập lần lượt",
                        "The file is " + (size >> 20) + " MiB, over the limit of " + (limits.maxFileBytes() >> 20)
                                + " MiB; split the data into smaller files and import them one by one");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes(HEAD_BYTES);
            }
        } catch (IOException | SecurityException e) {
            throw ReadErrors.cannotRead(file, e);
        }
    }

    private static TabularSource openZip(Path file, ReadLimits limits, XlsxSource.Options xlsx) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw ReadErrors.damaged(ReadErrors.where(file), e);
        } catch (IOException e) {
            throw ReadErrors.cannotRead(file, e);
        }
        try {
            if (zip.getEntry("xl/workbook.xml") != null) {
                return XlsxSource.open(file, zip, limits, xlsx);
            }
            if (zip.getEntry("xl/workbook.bin") != null) {
                throw XlsSource.oldFormat(file, null);
            }
            if (zip.getEntry("word/document.xml") != null) {
                throw notATable(file, "một văn bản Word (.docx)", "a Word document (.docx)");
            }
            if (zip.getEntry("content.xml") != null && zip.getEntry("mimetype") != null) {
                throw notATable(file, "một tài liệu OpenDocument (.ods/.odt)", "an OpenDocument file (.ods/.odt)");
            }
            throw notATable(file, "một tệp nén ZIP không phải bảng tính", "a ZIP archive that is not a workbook");
        } catch (RuntimeException e) {
            // XlsxSource.open closes the zip itself when it fails; closing twice is harmless
            try {
                zip.close();
            } catch (IOException ignored) {
                // already failing; the original error is what the caller needs
            }
            throw e;
        }
    }

    /** The file is something other than a workbook or delimited text. */
    static KdclException notATable(Path file, String whatVi, String whatEn) {
        return ReadErrors.error(ReadErrors.NOT_A_TABLE, ReadErrors.where(file),
                "Tệp là " + whatVi + ", không phải bảng tính (.xlsx, .xls) hay .csv; chọn đúng tệp xuất từ phần mềm "
                        + "quản lý (hoặc mở bằng Excel và lưu thành .xlsx)",
                "The file is " + whatEn + ", not a workbook (.xlsx, .xls) or .csv; choose the file exported by the "
                        + "school management system (or open it in Excel and save it as .xlsx)");
    }

    /** The sheet index is not one of the source's sheets. */
    static KdclException noSuchSheet(Path file, int index, List<SheetInfo> sheets) {
        return ReadErrors.error(ReadErrors.NO_SUCH_SHEET, ReadErrors.where(file),
                "Không có trang tính số " + index + "; tệp có " + sheets.size() + " trang (đánh số từ 0)",
                "There is no sheet " + index + "; the file has " + sheets.size() + " sheets (numbered from 0)");
    }

    private static boolean isMarkup(byte[] head) {
        int start = CsvTextSource.startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        while (start < head.length && Character.isWhitespace(head[start])) {
            start++;
        }
        String text = new String(head, start, Math.min(head.length - start, 32), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        for (String m : MARKUP) {
            if (text.startsWith(m)) {
                return true;
            }
        }
        return false;
    }

    /** A NUL byte, or more than 1% control characters other than TAB, CR, LF, FF and SUB. */
    private static boolean isBinary(byte[] head) {
        int controls = 0;
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
            if ((b >= 1 && b < 32 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A) || b == 0x7F) {
                controls++;
            }
        }
        return controls * 100 > head.length;
    }

    private static int[] toInts(byte[] bytes) {
        int[] out = new int[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = bytes[i] & 0xFF;
        }
        return out;
    }
}
