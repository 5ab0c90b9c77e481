package vn.kdclgd.report.internal.xlsx;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import vn.kdclgd.report.ReportException;

/** Page setup and output shared by the XLSX writers. */
final class Sheets {
    private Sheets() {
    }

    /** A4, landscape or portrait, fitted to one page wide, with narrow margins. */
    static void a4(Sheet sheet, boolean landscape) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(landscape);
        sheet.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setMargin(Sheet.LeftMargin, 0.5);
        sheet.setMargin(Sheet.RightMargin, 0.5);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.setHorizontallyCenter(true);
    }

    /** Writes {@code wb} to {@code out} (which stays open); an I/O failure is a {@link ReportException}. */
    static void write(Workbook wb, OutputStream out, String document) {
        try {
            wb.write(out);
            out.flush();
        } catch (IOException e) {
            throw writeFailed(document, e);
        }
    }

    /** The {@code KDCL-9407} exception for {@code document}. */
    static ReportException writeFailed(String document, Exception e) {
        return new ReportException(java.util.List.of(vn.kdclgd.rules.Problem.of(ReportException.WRITE_FAILED, document,
                "không ghi được tệp XLSX: " + e.getMessage(), "the XLSX file cannot be written: " + e.getMessage())), e);
    }
}
