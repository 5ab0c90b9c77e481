package vn.kdclgd.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The rating page: the school level, kdclgd's explanation and gaps, the level of each criterion and the
 * server-drawn SVG chart of criteria per level per standard — for the complete, published assessment of
 * Nguyễn Du and for the incomplete one of Lê Lợi.
 */
class ResultsBrowserTest extends SchoolBrowserTestSupport {

    @Test
    void completeAssessmentShowsTheSchoolLevelTheGapsAndTheChart() {
        login("nguyendu.admin");
        open("/school/results");
        // demo data: every criterion at Mức 2 except mandatory 1.3 (one Mức-2 item not met) → school at Mức 1
        assertThat(byId("school-level").getText()).isEqualTo("Mức 1");
        assertThat(byId("complete").isDisplayed()).isTrue();
        assertThat(byId("national-standard").getText()).contains("mức độ 1");
        assertThat(byId("level-1.3").findElement(By.cssSelector(".crit-level")).getText()).startsWith("Mức 1");
        assertThat(byId("level-1.1").findElement(By.cssSelector(".crit-level")).getText()).startsWith("Mức 2");
        assertThat(byId("level-1.3").getText()).contains("M1: Đạt").contains("M2: Không đạt");
        assertThat(byId("explanation").getText()).contains("khoản 3 Điều 5").contains("Kết luận: nhà trường đạt Mức 1");
        assertThat(byId("gap-2").getText()).contains("Mức 2").contains("cần thêm 1 yêu cầu").contains("1.3 Mức 2 a").contains("không đạt");
        assertThat(present("missing-card")).isFalse();

        WebElement chart = byId("level-chart");
        assertThat(chart.getTagName()).isEqualTo("svg");
        List<WebElement> bars = within(chart, "rect.bar");
        assertThat(bars).hasSize(4 * 3);
        assertThat(bars.stream().mapToInt(b -> Integer.parseInt(b.getAttribute("data-value"))).sum()).isEqualTo(15);
        // standard 1: 1.3 at Mức 1, the three others at Mức 2
        assertThat(value(bars.get(1))).isEqualTo(1);
        assertThat(value(bars.get(2))).isEqualTo(3);
        assertThat(bars.get(2).getAttribute("class")).contains("bar-l2");
        assertThat(Double.parseDouble(bars.get(2).getAttribute("height"))).isGreaterThan(Double.parseDouble(bars.get(1).getAttribute("height")));
        assertThat(byId("chart-legend").getText()).contains("Chưa đạt Mức 1").contains("Mức 1").contains("Mức 2");
        assertThat(byId("standard-counts").getText()).contains("4/4").contains("3/4");
        fullScreenshot("results");
    }

    @Test
    void incompleteAssessmentShowsWhatIsMissing() {
        login("leloi.admin");
        open("/school/results");
        assertThat(byId("incomplete").getText()).contains("Chưa đủ nhận định");
        assertThat(byId("missing-judgements").getText()).contains("4.1 Mức 1 a").contains("4.3 Mức 1 a");
        assertThat(byId("chart-legend").getText()).contains("Chưa đủ nhận định");
        List<WebElement> open = within(byId("level-chart"), "rect.bar-open");
        assertThat(open.stream().mapToInt(this::value).sum()).isEqualTo(3);
    }

    private int value(WebElement bar) {
        return Integer.parseInt(bar.getAttribute("data-value"));
    }
}
