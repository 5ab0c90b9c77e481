package vn.kdclgd.report.internal.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kdclgd.report.internal.xlsx.XlsxFixtures.formulaCells;
import static vn.kdclgd.report.internal.xlsx.XlsxFixtures.rowOf;
import static vn.kdclgd.report.internal.xlsx.XlsxFixtures.text;
import static vn.kdclgd.report.internal.xlsx.XlsxFixtures.written;

import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.kdclgd.report.internal.tables.DataTable;
import vn.kdclgd.report.internal.tables.DataTable.HeaderCell;

class XlsxDataTablesTest {
    @Test
    void mergedHeaderMissingValuesEmphasisAndNotes() throws Exception {
        DataTable t = new DataTable("students", "1. Số học sinh",
                List.of(List.of(HeaderCell.of("TT"), new HeaderCell("Số liệu", 1, 2), new HeaderCell("Năm học", 2, 1)),
                        List.of(HeaderCell.of("x"), HeaderCell.of("2025-2026"), HeaderCell.of("2026-2027"))),
                List.of(new DataTable.Row(List.of(Optional.of("1"), Optional.of("Khối 6"), Optional.of("240"), Optional.empty()), false),
                        new DataTable.Row(List.of(Optional.of(""), Optional.of("=Tổng"), Optional.of("962"), Optional.empty()), true)),
                List.of("Năm học 2026-2027 chưa có số liệu."));
        try (XSSFWorkbook wb = written(out -> DataTablesXlsx.write(List.of(t), "CƠ SỞ DỮ LIỆU", out))) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(text(s, 0, 0)).isEqualTo("CƠ SỞ DỮ LIỆU");
            int h = rowOf(s, 0, "TT");
            assertThat(s.getMergedRegions()).contains(new CellRangeAddress(h, h + 1, 1, 1), new CellRangeAddress(h, h, 2, 3));
            assertThat(text(s, h, 2)).isEqualTo("Năm học");
            assertThat(text(s, h + 1, 2)).isEqualTo("2025-2026");
            assertThat(text(s, h + 1, 3)).isEqualTo("2026-2027");
            assertThat(s.getRow(h + 2).getCell(2).getNumericCellValue()).isEqualTo(240);
            assertThat(text(s, h + 2, 3)).isEqualTo("chưa có dữ liệu");
            var missing = s.getRow(h + 2).getCell(3).getCellStyle();
            assertThat(missing.getFont().getItalic()).isTrue();
            assertThat(missing.getFont().getXSSFColor().getIndexed()).isNotEqualTo(s.getRow(h + 2).getCell(1).getCellStyle().getFont().getColor());
            var total = s.getRow(h + 3).getCell(1);
            assertThat(total.getCellType()).isEqualTo(CellType.STRING);
            assertThat(total.getCellStyle().getFont().getBold()).isTrue();
            assertThat(total.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(s.getRow(h + 3).getCell(2).getCellStyle().getFont().getBold()).isTrue();
            assertThat(text(s, h + 4, 0)).isEqualTo("Năm học 2026-2027 chưa có số liệu.");
            assertThat(formulaCells(wb)).isZero();
        }
    }
}
