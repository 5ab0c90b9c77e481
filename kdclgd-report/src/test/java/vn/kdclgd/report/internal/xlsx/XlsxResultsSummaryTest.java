package vn.kdclgd.report.internal.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kdclgd.report.internal.xlsx.XlsxFixtures.formulaCells;
import static vn.kdclgd.report.internal.xlsx.XlsxFixtures.input;
import static vn.kdclgd.report.internal.xlsx.XlsxFixtures.rowOf;
import static vn.kdclgd.report.internal.xlsx.XlsxFixtures.text;
import static vn.kdclgd.report.internal.xlsx.XlsxFixtures.written;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.kdclgd.report.ReportInput;
import vn.kdclgd.rules.catalog.Catalog;
import vn.kdclgd.rules.catalog.CatalogRegistry;
import vn.kdclgd.rules.catalog.Criterion;
import vn.kdclgd.rules.catalog.Item;
import vn.kdclgd.rules.rating.RatingEngine;
import vn.kdclgd.rules.rating.RatingResult;

class XlsxResultsSummaryTest {
    @Test
    void levelsCountsAndChart() throws Exception {
        Catalog catalog = CatalogRegistry.bundled().get("TT57-2026-PT");
        // every level met, except Mức 2 of the first criterion of standard 1
        List<ReportInput.Evaluation> evaluations = new ArrayList<>();
        Criterion first = catalog.criteria().get(0);
        for (Criterion c : catalog.criteria()) {
            List<ReportInput.Judgement> js = new ArrayList<>();
            for (int l = 1; l <= c.maxLevel(); l++) {
                for (Item i : c.items(l)) {
                    js.add(new ReportInput.Judgement(l, i.key(), !(c == first && l == 2)));
                }
            }
            evaluations.add(new ReportInput.Evaluation(c.code(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), js));
        }
        ReportInput in = input(catalog.id(), List.of(), evaluations);
        RatingResult expected = RatingEngine.rate(catalog, ResultsSummaryXlsx.judgements(in));
        assertThat(expected.criterion(first.code()).level()).isEqualTo(1);

        try (XSSFWorkbook wb = written(out -> ResultsSummaryXlsx.write(in, catalog, out))) {
            XSSFSheet s = wb.getSheet(ResultsSummaryXlsx.SHEET);
            assertThat(text(s, rowOf(s, 0, "Mức đạt của trường"), 2))
                    .startsWith(ResultsSummaryXlsx.levelText(expected.schoolLevel(), "Không đạt Mức 1"));
            int firstRow = rowOf(s, 1, first.code());
            assertThat(text(s, firstRow, 3)).isEqualTo("Mức 1");
            for (Criterion c : catalog.criteria()) {
                int r = rowOf(s, 1, c.code());
                assertThat(text(s, r, 3)).isEqualTo(ResultsSummaryXlsx.levelText(expected.criterion(c.code()).level(), "Không đạt"));
            }
            int h = rowOf(s, 0, "Tiêu chuẩn 1") - 1; // the counts table's header
            for (var sr : expected.standards()) {
                int r = rowOf(s, 0, "Tiêu chuẩn " + sr.number());
                for (int l = 1; l <= catalog.levels(); l++) {
                    assertThat(s.getRow(r).getCell(1 + l).getNumericCellValue()).isEqualTo(sr.reached(l));
                }
            }
            assertThat(text(s, h, 2)).isEqualTo("Mức 1");

            List<XSSFChart> charts = s.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            assertThat(charts.get(0).getTitleText().getString()).isEqualTo("Số tiêu chí đạt từng mức theo tiêu chuẩn");
            var data = charts.get(0).getChartSeries().get(0);
            assertThat(data.getSeriesCount()).isEqualTo(catalog.levels());
            assertThat(data.getSeries(0).getCategoryData().getPointCount()).isEqualTo(catalog.standards().size());
            assertThat(data.getSeries(1).getValuesData().getPointAt(0).doubleValue())
                    .isEqualTo(expected.standards().get(0).reached(2));
            assertThat(wb.getSheet(ResultsSummaryXlsx.EXPLANATION_SHEET).getPhysicalNumberOfRows())
                    .isEqualTo(expected.explanation().size());
            assertThat(formulaCells(wb)).isZero();
        }
    }
}
