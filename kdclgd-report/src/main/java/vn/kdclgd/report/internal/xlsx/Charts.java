package vn.kdclgd.report.internal.xlsx;

import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Clustered column charts drawn from cells of the same sheet (XDDF). */
final class Charts {
    private Charts() {
    }

    /**
     * One series of a chart.
     *
     * @param titleCell the cell holding the series' name
     * @param values    the cells holding its values, one per category
     */
    record Series(CellReference titleCell, CellRangeAddress values) {
    }

    /**
     * Draws a clustered column chart in the box {@code col1,row1}–{@code col2,row2} of {@code sheet}.
     *
     * @param categories the cells holding the category names
     */
    static XSSFChart clusteredColumns(XSSFSheet sheet, int col1, int row1, int col2, int row2, String title,
                                      String xTitle, String yTitle, CellRangeAddress categories, List<Series> series) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col1, row1, col2, row2);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(SafeCells.clean(title));
        chart.setTitleOverlay(false);
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);

        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTitle(SafeCells.clean(xTitle));
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle(SafeCells.clean(yTitle));
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setMinimum(0);

        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(sheet, categories);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        for (Series s : series) {
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet, s.values());
            XDDFBarChartData.Series ser = (XDDFBarChartData.Series) data.addSeries(cats, values);
            String name = sheet.getRow(s.titleCell().getRow()).getCell(s.titleCell().getCol()).getStringCellValue();
            ser.setTitle(name, s.titleCell());
        }
        chart.plot(data);
        return chart;
    }
}
