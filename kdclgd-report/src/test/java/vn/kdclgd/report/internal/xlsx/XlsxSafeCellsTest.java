package vn.kdclgd.report.internal.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxSafeCellsTest {
    @Test
    void formulaLikeTextIsQuoted() {
        for (String s : new String[] {"=1+1", "+84 912 345 678", "-x", "@SUM(A1)", "   =1+1", "\t=1", "\r=1", "＝1+1"}) {
            assertThat(SafeCells.needsQuote(s)).as(s).isTrue();
        }
        for (String s : new String[] {"", "Kế hoạch", "1-2", "a=b", "   "}) {
            assertThat(SafeCells.needsQuote(s)).as(s).isFalse();
        }
    }

    @Test
    void writesStringCellsInNfcWithQuotePrefix() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            SafeCells cells = new SafeCells(wb);
            var row = wb.createSheet("x").createRow(0);
            Cell a = cells.text(row, 0, "=1+1", null);
            String nfd = Normalizer.normalize("Tiêu chí", Normalizer.Form.NFD);
            Cell b = cells.text(row, 1, nfd + "\u0001", null);
            assertThat(a.getCellType()).isEqualTo(CellType.STRING);
            assertThat(a.getStringCellValue()).isEqualTo("=1+1");
            assertThat(a.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(b.getStringCellValue()).isEqualTo("Tiêu chí");
            assertThat(b.getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(SafeCells.clean("x".repeat(40_000))).hasSize(32_767).endsWith("(đã cắt bớt)");
        }
    }
}
