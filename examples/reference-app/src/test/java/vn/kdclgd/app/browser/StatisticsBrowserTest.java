package vn.kdclgd.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/** The unit's statistics: counts, the SVG level chart, the XLSX download; counts only, no school named. */
class StatisticsBrowserTest extends UnitTestSupport {

    @Test
    void wardStatisticsShowThePublishedCountAndTheLevelChart() {
        signIn("benthanh.canbo");
        open("/unit/statistics");
        assertThat(byId("stat-school-year").getText()).isEqualTo("2026-2027");
        assertThat(byId("stat-date").getText()).isEqualTo("31/07/2027");
        assertThat(byId("stat-schools").getText()).isEqualTo("2");
        assertThat(byId("stat-published").getText()).isEqualTo("1");
        assertThat(byId("stat-published-percent").getText()).isEqualTo("50,0 %");
        assertThat(byId("stat-reviews-registered").getText()).isEqualTo("1");
        assertThat(byId("stat-reviews-completed").getText()).isEqualTo("0");
        // Nguyễn Du's improvement action has no review: 2 are required by 31 July.
        assertThat(byId("stat-overdue-actions").getText()).isEqualTo("1");
        assertThat(byId("stat-type-THCS").getText()).contains("2").contains("1").contains("50,0");

        WebElement chart = byId("chart-TT57-2026-PT");
        assertThat(chart.getTagName()).isEqualTo("svg");
        WebElement level1 = chart.findElement(By.cssSelector("rect.bar[data-level='1']"));
        assertThat(level1.getDomAttribute("data-value")).isEqualTo("1");
        assertThat(Integer.parseInt(level1.getDomAttribute("height"))).isGreaterThan(100);
        assertThat(chart.findElement(By.cssSelector("rect.bar[data-level='2']")).getDomAttribute("height")).isEqualTo("0");
        assertThat(chart.findElements(By.cssSelector("rect.bar"))).hasSize(3);
        // Counts only: no school is named.
        assertThat(pageText()).doesNotContain("Nguyễn Du").doesNotContain("Lê Lợi");
        screenshot("unit-statistics");
        scrollTo("level-distribution");
        screenshot("unit-statistics-chart");
    }

    @Test
    void provinceStatisticsOfAnEarlierYearAndAsOfToday() {
        signIn("so.canbo");
        open("/unit/statistics");
        assertThat(byId("stat-schools").getText()).isEqualTo("3");
        assertThat(byId("stat-published").getText()).isEqualTo("1");
        // As of 31/07/2027 the accreditation ending 15/04/2027 is no longer current; as of today it expires within 12 months.
        assertThat(byId("stat-expiring").getText()).isEqualTo("0");
        choose("stat-as-of", "today");
        clickAndWait(byId("stat-submit"));
        assertThat(byId("stat-date").getText()).isEqualTo(java.time.LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(byId("stat-expiring").getText()).isEqualTo("1");
        assertThat(byId("stat-expiring-accreditation").getText()).isEqualTo("1");

        choose("stat-as-of", "");
        choose("stat-year", "2024-2025");
        clickAndWait(byId("stat-submit"));
        assertThat(byId("stat-school-year").getText()).isEqualTo("2024-2025");
        assertThat(byId("stat-published").getText()).isEqualTo("1");
        assertThat(byId("stat-reviews-completed").getText()).isEqualTo("1");
        WebElement chart = byId("chart-TT17-2018");
        assertThat(chart.findElements(By.cssSelector("rect.bar"))).hasSize(5);
        assertThat(chart.findElement(By.cssSelector("rect.bar[data-level='3']")).getDomAttribute("data-value")).isEqualTo("1");

        choose("stat-type", "THCS");
        clickAndWait(byId("stat-submit"));
        assertThat(byId("stat-schools").getText()).isEqualTo("2");
        assertThat(byId("stat-published").getText()).isEqualTo("0");
        assertThat(all("#no-levels")).hasSize(1);
    }

    @Test
    void xlsxDownloadOpensWithPoi() throws Exception {
        signIn("benthanh.canbo");
        open("/unit/statistics");
        String href = byId("download-xlsx").getDomAttribute("href");
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(href)))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains("thong-ke-2026-2027.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            Map<String, Double> numbers = new HashMap<>();
            for (Row row : sheet) {
                Cell label = row.getCell(0);
                Cell value = row.getCell(1);
                if (label != null && label.getCellType() == CellType.STRING && value != null && value.getCellType() == CellType.NUMERIC) {
                    numbers.putIfAbsent(label.getStringCellValue(), value.getNumericCellValue());
                }
            }
            assertThat(numbers).containsEntry("Số trường", 2.0).containsEntry("Số trường đã công bố báo cáo tự đánh giá", 1.0)
                    .containsEntry("Số trường đăng ký đánh giá ngoài", 1.0).containsEntry("Mức 1", 1.0);
            assertThat(sheet.getDrawingPatriarch().getCharts()).hasSize(1);
        }

        signIn("saigon.canbo");
        Cookie other = driver.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> saigon = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(href)))
                .header("Cookie", "JSESSIONID=" + other.getValue()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(saigon.body()))) {
            // The same link gives the signed-in officer's own unit: one school, none published this year.
            Row schools = null;
            for (Row row : wb.getSheetAt(0)) {
                if (row.getCell(0) != null && "Số trường".equals(row.getCell(0).getStringCellValue())) {
                    schools = row;
                }
            }
            assertThat(schools).isNotNull();
            assertThat(schools.getCell(1).getNumericCellValue()).isEqualTo(1.0);
        }
    }
}
