package vn.kdclgd.report.internal.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kdclgd.report.internal.xlsx.XlsxFixtures.formulaCells;
import static vn.kdclgd.report.internal.xlsx.XlsxFixtures.rowOf;
import static vn.kdclgd.report.internal.xlsx.XlsxFixtures.text;
import static vn.kdclgd.report.internal.xlsx.XlsxFixtures.written;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.kdclgd.core.service.StatisticsScope;
import vn.kdclgd.core.service.UnitStatistics;

class XlsxStatisticsTest {
    @Test
    void valuesEqualTheInputAndChartHasOneSeriesPerCatalog() throws Exception {
        UUID unit = UUID.fromString("00000000-0000-0000-0000-000000000042");
        UnitStatistics stats = new UnitStatistics(
                new StatisticsScope(unit, Optional.of("THCS"), "2026-2027", LocalDate.of(2027, 3, 1)),
                new UnitStatistics.SchoolCounts(40, 30, 75.0, 12, 5),
                List.of(new UnitStatistics.LevelCount("TT18-2018", 2, 20), new UnitStatistics.LevelCount("TT18-2018", 3, 4),
                        new UnitStatistics.LevelCount("TT57-2026-PT", 1, 6)),
                6, List.of(new UnitStatistics.KindCount("accreditation", 3), new UnitStatistics.KindCount("nationalStandard", 2)),
                new UnitStatistics.OverdueReviews(1, 9, 4));
        try (XSSFWorkbook wb = written(out -> StatisticsXlsx.write(stats, out))) {
            XSSFSheet s = wb.getSheet(StatisticsXlsx.SHEET);
            assertThat(text(s, rowOf(s, 0, "Đơn vị (mã)"), 1)).isEqualTo(unit.toString());
            assertThat(text(s, rowOf(s, 0, "Loại trường"), 1)).isEqualTo("THCS");
            assertThat(text(s, rowOf(s, 0, "Tính đến ngày"), 1)).isEqualTo("01/03/2027");
            assertThat(number(s, "Số trường")).isEqualTo(40);
            assertThat(number(s, "Số trường đã công bố báo cáo tự đánh giá")).isEqualTo(30);
            assertThat(number(s, "Tỉ lệ trường đã công bố báo cáo tự đánh giá (%)")).isEqualTo(75.0);
            assertThat(number(s, "Số trường đăng ký đánh giá ngoài")).isEqualTo(12);
            assertThat(number(s, "Số trường đã có quyết định kết quả đánh giá ngoài")).isEqualTo(5);
            assertThat(number(s, "Công nhận đạt kiểm định chất lượng giáo dục")).isEqualTo(3);
            assertThat(number(s, "Công nhận đạt chuẩn quốc gia")).isEqualTo(2);
            assertThat(number(s, "Tổng cộng")).isEqualTo(5);
            assertThat(number(s, "Số hoạt động cải tiến quá hạn rà soát")).isEqualTo(9);
            assertThat(number(s, "Số trường có hoạt động cải tiến quá hạn rà soát")).isEqualTo(4);

            int h = rowOf(s, 0, "Mức đạt");
            assertThat(text(s, h, 1)).isEqualTo("TT18-2018");
            assertThat(text(s, h, 2)).isEqualTo("TT57-2026-PT");
            assertThat(text(s, h + 3, 0)).isEqualTo("Mức 2");
            assertThat(s.getRow(h + 3).getCell(1).getNumericCellValue()).isEqualTo(20);
            assertThat(s.getRow(h + 2).getCell(2).getNumericCellValue()).isEqualTo(6);
            assertThat(s.getRow(h + 1).getCell(1).getNumericCellValue()).isZero();

            List<XSSFChart> charts = s.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            var data = charts.get(0).getChartSeries();
            assertThat(data).hasSize(1);
            assertThat(data.get(0).getSeriesCount()).isEqualTo(2);
            assertThat(data.get(0).getSeries(0).getCategoryData().getPointCount()).isEqualTo(4);
            assertThat(charts.get(0).getTitleText().getString()).isEqualTo(StatisticsXlsx.CHART_TITLE);
            assertThat(formulaCells(wb)).isZero();
        }
    }

    private static double number(XSSFSheet s, String label) {
        int r = rowOf(s, 0, label);
        assertThat(r).as(label).isGreaterThanOrEqualTo(0);
        return s.getRow(r).getCell(1).getNumericCellValue();
    }
}
