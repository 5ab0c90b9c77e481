package vn.kdclgd.report.internal.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles shared by the XLSX writers of one workbook: Times New Roman as Vietnamese administrative
 * documents use, bordered wrapped table cells, a grey italic style for missing values so they can never be
 * mistaken for a value, bold for headings and totals, and a link style.
 */
final class Styles {
    static final String FONT = "Times New Roman";

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle italicCentered;
    final CellStyle left;
    final CellStyle leftBold;
    final CellStyle header;
    final CellStyle body;
    final CellStyle bodyCentered;
    final CellStyle bodyBold;
    final CellStyle number;
    final CellStyle numberBold;
    final CellStyle decimal;
    final CellStyle missing;
    final CellStyle link;
    final CellStyle note;

    Styles(Workbook wb) {
        Font normal = font(wb, false, false, 12);
        Font bold = font(wb, true, false, 12);
        Font italic = font(wb, false, true, 12);
        Font big = font(wb, true, false, 14);
        Font grey = font(wb, false, true, 12);
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        Font blue = font(wb, false, false, 12);
        blue.setColor(IndexedColors.BLUE.getIndex());
        blue.setUnderline(Font.U_SINGLE);
        Font small = font(wb, false, true, 11);

        title = plain(wb, big, HorizontalAlignment.CENTER);
        subtitle = plain(wb, bold, HorizontalAlignment.CENTER);
        italicCentered = plain(wb, italic, HorizontalAlignment.CENTER);
        italicCentered.setWrapText(true);
        left = plain(wb, normal, HorizontalAlignment.LEFT);
        leftBold = plain(wb, bold, HorizontalAlignment.LEFT);
        note = plain(wb, small, HorizontalAlignment.LEFT);
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
        header = boxed(wb, bold, HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        body = boxed(wb, normal, HorizontalAlignment.LEFT);
        bodyCentered = boxed(wb, normal, HorizontalAlignment.CENTER);
        bodyBold = boxed(wb, bold, HorizontalAlignment.LEFT);
        number = boxed(wb, normal, HorizontalAlignment.RIGHT);
        numberBold = boxed(wb, bold, HorizontalAlignment.RIGHT);
        decimal = boxed(wb, normal, HorizontalAlignment.RIGHT);
        decimal.setDataFormat(wb.createDataFormat().getFormat("0.0"));
        missing = boxed(wb, grey, HorizontalAlignment.CENTER);
        link = boxed(wb, blue, HorizontalAlignment.LEFT);
    }

    private static Font font(Workbook wb, boolean bold, boolean italic, int points) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        f.setItalic(italic);
        return f;
    }

    private static CellStyle plain(Workbook wb, Font font, HorizontalAlignment align) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        return s;
    }

    private static CellStyle boxed(Workbook wb, Font font, HorizontalAlignment align) {
        CellStyle s = plain(wb, font, align);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setWrapText(true);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }
}
