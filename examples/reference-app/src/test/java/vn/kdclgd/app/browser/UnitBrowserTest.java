package vn.kdclgd.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The supervising unit's school list, certificates and published reports: each officer sees the schools of
 * its own subtree only, and kdclgd refuses another unit's report or review opened by URL.
 */
class UnitBrowserTest extends UnitTestSupport {

    @Test
    void wardOfficerSeesTheSchoolsOfItsWardOnly() {
        signIn("benthanh.canbo");
        assertThat(path()).isEqualTo("/unit");
        assertThat(all("#school-79701001")).hasSize(1);
        assertThat(all("#school-79701002")).hasSize(1);
        assertThat(all("#school-79702001")).isEmpty();
        assertThat(pageText()).doesNotContain("Tiểu học Sài Gòn");
        // Nguyễn Du's published TT57 self-assessment: year, catalog and level read through publishedVersions.
        assertThat(byId("last-published-79701001").getText()).contains("2026-2027").contains("TT57-2026-PT");
        assertThat(byId("level-79701001").getText()).isEqualTo("Mức 1");
        assertThat(byId("school-79701002").getText()).contains("chưa công bố");
        // The self-assessment in progress is the school's own: shown as "—", and the page says why.
        assertThat(byId("school-79701002").findElements(By.tagName("td")).get(4).getText()).isEqualTo("—");
        assertThat(byId("in-progress-note").getText()).contains("AssessmentService.ofSchool");
        screenshot("unit-schools");
    }

    @Test
    void provinceOfficerSeesEveryWardAndFilters() {
        signIn("so.canbo");
        open("/unit");
        assertThat(all("#schools tbody tr")).hasSize(3);
        WebElement primary = byId("school-79702001");
        assertThat(primary.getText()).contains("UBND phường Sài Gòn").contains("Tiểu học").contains("2024-2025").contains("Mức 3");
        assertThat(byId("certificates-79702001").getText()).contains("cấp độ 2").contains("15/04/2027").contains("mức độ 2")
                .contains("20/07/2030");

        choose("filter-type", "TIEU_HOC");
        clickAndWait(byId("filter-submit"));
        assertThat(ids("#schools tbody tr")).containsExactly("school-79702001");

        choose("filter-type", "");
        new Select(byId("filter-unit")).selectByVisibleText("UBND phường Bến Thành");
        clickAndWait(byId("filter-submit"));
        assertThat(ids("#schools tbody tr")).containsExactly("school-79701001", "school-79701002");
        screenshot("unit-schools-province");
    }

    @Test
    void certificatesPageListsTheExpiringAccreditationAndTheReRegistration() {
        signIn("so.canbo");
        open("/unit/certificates");
        WebElement expiring = byId("expiring-79702001-accreditation");
        assertThat(expiring.getText()).contains("cấp độ 2").contains("15/04/2022").contains("15/04/2027");
        // The national standard of 2025 ends in 2030: not within 12 months.
        assertThat(all("#expiring-79702001-nationalStandard")).isEmpty();
        assertThat(byId("due-79702001-accreditation").getText()).contains("15/11/2026");
        screenshot("unit-certificates");

        choose("months", "3");
        clickAndWait(byId("months-submit"));
        assertThat(byId("no-expiring").isDisplayed()).isTrue();
        choose("months", "60");
        clickAndWait(byId("months-submit"));
        assertThat(all("#expiring-79702001-nationalStandard")).hasSize(1);

        signIn("benthanh.canbo");
        open("/unit/certificates");
        assertThat(all("#no-expiring")).hasSize(1);
        assertThat(pageText()).doesNotContain("79702001");
    }

    @Test
    void publishedReportShowsTheLevelPerCriterion() {
        signIn("so.canbo");
        open("/unit/reports");
        assertThat(all("#reports tbody tr")).hasSize(3);
        clickAndWait(byId("report-79702001-2024-2025-1").findElement(By.className("open-report")));
        assertThat(byId("report-school").getText()).contains("Tiểu học Sài Gòn");
        assertThat(byId("report-level").getText()).isEqualTo("Mức 3");
        assertThat(byId("report-catalog").getText()).isEqualTo("TT17-2018");
        List<WebElement> rows = all("#report-criteria tbody tr");
        assertThat(rows).hasSize(27);
        // Catalog order, not the snapshot's sorted keys (1.1, 1.10, 1.2 …).
        assertThat(rows.get(1).getDomAttribute("id")).isEqualTo("criterion-1.2");
        assertThat(byId("criterion-1.1").findElement(By.className("criterion-level")).getText()).isEqualTo("3");
        assertThat(byId("report-level4").getText()).contains("Không đạt");
        assertThat(byId("report-explanation").getText()).isNotBlank();
        assertThat(byId("report-sha").getText()).hasSize(64);
    }

    @Test
    void anotherWardsOfficerIsRefusedByUrl() {
        signIn("benthanh.canbo");
        open("/unit/reports");
        String report = byId("report-79701001-2026-2027-1").findElement(By.className("open-report")).getDomAttribute("href");
        open("/unit/reviews");
        String review = byId("open-review-79701001-2026-2027").getDomAttribute("href");
        open("/unit");
        String benThanh = new Select(byId("filter-unit")).getOptions().get(1).getDomAttribute("value");
        open(report);
        assertThat(byId("report-school").getText()).contains("Nguyễn Du");

        signIn("saigon.canbo");
        open("/unit");
        assertThat(ids("#schools tbody tr")).containsExactly("school-79702001");
        open(report);
        assertThat(byId("error-title").getText()).startsWith("403");
        assertThat(pageText()).doesNotContain("Nguyễn Du").contains("KDCL-6001");
        open(review);
        assertThat(byId("error-title").getText()).startsWith("403");
        assertThat(pageText()).doesNotContain("Nguyễn Du");
        open("/unit?unit=" + benThanh);
        assertThat(byId("error-title").getText()).startsWith("403");
        open("/unit/reports/00000000-0000-0000-0000-000000000001");
        assertThat(byId("error-title").getText()).startsWith("404");
        open("/unit/reviews");
        assertThat(pageText()).doesNotContain("Nguyễn Du");
    }

    private List<String> ids(String css) {
        return all(css).stream().map(e -> e.getDomAttribute("id")).toList();
    }
}
