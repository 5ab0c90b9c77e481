package vn.kdclgd.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Import of school data files: the dry run in the background (phases, then sources, counts, warnings), the
 * commit of that result into the profile, and bad files that write nothing.
 */
@org.junit.jupiter.api.extension.ExtendWith(PageOnFailure.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportBrowserTest extends SchoolBrowserTestSupport {

    private String stored(String key) {
        return driver.findElement(By.cssSelector("#stored-counts tr[data-key='" + key + "'] td.num")).getText();
    }

    private String read(String key) {
        return driver.findElement(By.cssSelector("#import-counts tr[data-key='" + key + "'] td.num")).getText();
    }

    private void upload(String year, String... resources) {
        open("/school/import");
        StringBuilder files = new StringBuilder();
        for (String r : resources) {
            files.append(files.isEmpty() ? "" : "\n").append(SessionHttp.resource(r));
        }
        byId("import-files").sendKeys(files);
        byId("import-year").clear();
        byId("import-year").sendKeys(year);
        String before = driver.getCurrentUrl();
        byId("import-submit").click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().equals(before) || !now("#problems").isEmpty());
    }

    /** Waits until the job's page (polling its status with js/import.js) shows the result. */
    private void awaitResult() {
        assertThat(path()).startsWith("/school/import/jobs/");
        try {
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !now("#import-result, #import-failure").isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("import-timeout");
            System.err.println("PAGE: " + driver.getPageSource());
            System.err.println("STATUS: " + SessionHttp.get(driver, url(path() + "/status")).text());
            throw e;
        }
    }

    @Test
    @Order(1)
    void dryRunShowsWhatWasReadThenCommitStoresIt() {
        login("leloi.admin");
        submit("nav-import");
        assertThat(byId("stored-year").getText()).isEqualTo("2026-2027");
        assertThat(stored("students.total")).isEqualTo("962"); // the demo's profile

        upload("2026-2027", "import/C1-HocSinh.csv");
        awaitResult();
        assertThat(byId("import-job").getAttribute("data-phase")).isEqualTo("DONE");
        String sources = byId("import-sources").getText();
        assertThat(sources).contains("C1-HocSinh.csv", "CSV", "csdl-c1-hocsinh", "STUDENTS", "UTF-8");
        assertThat(driver.findElements(By.cssSelector("#import-sources tr:nth-child(2) td")).stream().map(e -> e.getText()).toList())
                .containsExactly("C1-HocSinh.csv", "CSV", "C1-HocSinh", "csdl-c1-hocsinh", "STUDENTS", "4", "UTF-8", "18", "11");
        assertThat(read("students.total")).isEqualTo("11");
        assertThat(read("students.female")).isEqualTo("6");
        assertThat(read("students.ethnicMinority")).isEqualTo("4");
        assertThat(read("students.disability")).isEqualTo("1");
        assertThat(read("classes.total")).isEqualTo("5");
        assertThat(read("students.grade.6")).isEqualTo("5");
        assertThat(now("#import-counts tr[data-key='staff.total']")).isEmpty(); // no staff file: not shown as 0
        assertThat(byId("import-error-count").getText()).isEqualTo("0");
        assertThat(byId("import-warning-count").getText()).isEqualTo("1");
        assertThat(driver.findElements(By.cssSelector("#import-warnings tr:nth-child(2) td")).stream().map(e -> e.getText()).toList())
                .startsWith("KDCL-9206", "C1-HocSinh.csv", "C1-HocSinh", "17", "D");
        screenshot("import-preview");
        // a dry run writes nothing
        assertThat(stored("students.total")).isEqualTo("962");

        submitConfirmed("import-commit");
        assertThat(byId("flash-ok").getText()).contains("Đã ghi vào hồ sơ năm học 2026-2027");
        assertThat(byId("import-committed").getText()).contains("Đã ghi");
        assertThat(now("#import-commit")).isEmpty();
        assertThat(stored("students.total")).isEqualTo("11");
        assertThat(stored("classes.total")).isEqualTo("5");
        assertThat(stored("students.female")).isEqualTo("6");
        assertThat(stored("staff.teachers")).isEqualTo("52"); // another category: kept

        open("/school/import");
        assertThat(stored("students.total")).isEqualTo("11");
        assertThat(stored("students.grade.9")).isEqualTo("2");
        assertThat(byId("recent-imports").getText()).contains("C1-HocSinh.csv").contains("đã ghi");
    }

    @Test
    @Order(2)
    void badFilesShowTheirErrorsAndWriteNothing() {
        login("leloi.admin");
        // a PNG named .xlsx, with a good file beside it: the whole import cannot be committed
        upload("2026-2027", "import/anh-chup-man-hinh.xlsx", "import/CSDL_GiaoVien.csv");
        awaitResult();
        String errors = byId("import-errors").getText();
        assertThat(errors).contains("KDCL-9104", "anh-chup-man-hinh.xlsx", "không phải bảng tính");
        assertThat(now("#import-commit")).isEmpty();
        assertThat(byId("import-not-usable").getText()).contains("Không ghi được");
        assertThat(read("staff.total")).isEqualTo("7");
        assertThat(stored("students.total")).isEqualTo("11");
        assertThat(now("#stored-counts tr[data-key='staff.total']")).isEmpty();

        // a PNG alone: nothing read, every count unknown — never 0
        upload("2026-2027", "import/anh-chup-man-hinh.xlsx");
        awaitResult();
        assertThat(byId("import-no-sources").getText()).contains("Không đọc được trang tính nào");
        assertThat(read("students.total")).isEqualTo("chưa biết / unknown");
        assertThat(read("classes.total")).isEqualTo("chưa biết / unknown");
        assertThat(byId("import-counts").getText()).doesNotContain(" 0");

        // a status the template does not know: an error naming file, row and column
        upload("2026-2027", "import/HocSinh-trang-thai-sai.csv");
        awaitResult();
        assertThat(driver.findElements(By.cssSelector("#import-errors tr:nth-child(2) td")).stream().map(e -> e.getText()).toList())
                .startsWith("KDCL-9205", "HocSinh-trang-thai-sai.csv", "HocSinh-trang-thai-sai", "6", "I");
        assertThat(now("#import-commit")).isEmpty();
        assertThat(stored("students.total")).isEqualTo("11");

        // refused at upload: not a spreadsheet extension, and a bad school year
        open("/school/import");
        byId("import-files").sendKeys(SessionHttp.resource("import/ghi-chu.txt"));
        submit("import-submit");
        assertThat(byId("problems").getText()).contains("KDCL-9561").contains("ghi-chu.txt");
        assertThat(path()).startsWith("/school/import");
    }

    @Test
    @Order(3)
    void aJobBelongsToItsAccount() {
        login("leloi.admin");
        upload("2026-2027", "import/C1-HocSinh.csv");
        awaitResult();
        String job = path();
        SessionHttp.Response status = SessionHttp.get(driver, url(job + "/status"));
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.text()).contains("\"phase\":\"DONE\"").contains("\"done\":true").contains("\"rowsRead\":18");
        // the uploaded files were deleted when the read ended
        try (java.util.stream.Stream<java.nio.file.Path> tmp = java.nio.file.Files.list(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(tmp.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("kdclgd-import-"))).isEmpty();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        login("leloi.thuky");
        assertThat(SessionHttp.get(driver, url(job + "/status")).status()).isEqualTo(404);
        open(job);
        assertThat(pageText()).contains("404");
    }

    /** A CSDL-style student list of {@code rows} students (about 80 bytes a row), codes from {@code first}. */
    private static java.nio.file.Path bigStudentList(int rows, int first) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "test-data"));
            java.nio.file.Path f = dir.resolve("HocSinh-lon-" + first + ".csv");
            try (java.io.BufferedWriter w = java.nio.file.Files.newBufferedWriter(f, java.nio.charset.StandardCharsets.UTF_8)) {
                w.write("STT,Mã lớp,Tên lớp,Mã học sinh,Họ và tên,Ngày sinh,Giới tính,Dân tộc,Trạng thái HS,Loại khuyết tật\r\n");
                for (int i = 1; i <= rows; i++) {
                    int grade = 6 + i % 4;
                    w.write(i + ",L" + grade + "A" + (i % 9) + "," + grade + "A" + (i % 9) + "," + (7900000000L + first + i) + ",Học sinh số " + i
                            + ",02/03/2014," + (i % 2 == 0 ? "Nữ" : "Nam") + ",Kinh,Đang học,\r\n");
                }
            }
            return f.toAbsolutePath();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @Order(4)
    void aLongReadShowsItsPhaseAndWorksWithoutJavaScript() {
        // three files of 90,000 students (each sheet stays under the importer's 100,000-row limit): a few seconds to read
        String big = bigStudentList(90_000, 0) + "\n" + bigStudentList(90_000, 100_000) + "\n" + bigStudentList(90_000, 200_000);
        // with JavaScript: the page polls the status, shows the phase, then reloads with the result
        login("leloi.admin");
        open("/school/import");
        byId("import-files").sendKeys(big);
        submit("import-submit");
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains("/school/import/jobs/"));
        assertThat(now("#import-result")).as("still reading when the page first loads").isEmpty();
        assertThat(byId("import-phase").getText()).matches("(Đã tải lên|Đang đọc|Đã đọc xong).*");
        assertThat(byId("import-refresh").getAttribute("href")).endsWith(path());
        awaitResult(); // js/import.js reloads the page when the status says done
        assertThat(read("students.total")).isEqualTo("270000");

        // without JavaScript: the page refreshes itself until the result is there
        org.openqa.selenium.chrome.ChromeOptions options = new org.openqa.selenium.chrome.ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-extensions", "--window-size=1366,1000");
        options.setExperimentalOption("prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        org.openqa.selenium.WebDriver plain = new org.openqa.selenium.chrome.ChromeDriver(
                new org.openqa.selenium.chrome.ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build(),
                options);
        try {
            plain.get(url("/login"));
            plain.findElement(By.id("username")).sendKeys("leloi.admin");
            plain.findElement(By.id("password")).sendKeys(PASSWORD);
            plain.findElement(By.id("login-submit")).click();
            new WebDriverWait(plain, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/login"));
            plain.get(url("/school/import"));
            plain.findElement(By.id("import-files")).sendKeys(big);
            plain.findElement(By.id("import-submit")).click();
            new WebDriverWait(plain, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains("/school/import/jobs/"));
            boolean seenRunning = !plain.findElements(By.id("import-progress")).isEmpty();
            new WebDriverWait(plain, Duration.ofSeconds(90)).until(d -> !d.findElements(By.id("import-result")).isEmpty());
            assertThat(plain.findElement(By.cssSelector("#import-counts tr[data-key='students.total'] td.num")).getText()).isEqualTo("270000");
            assertThat(seenRunning).as("the read was still running when the page first loaded, so it refreshed itself").isTrue();
        } finally {
            plain.quit();
            for (String f : big.split("\n")) {
                try {
                    java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(f));
                } catch (java.io.IOException ignored) {
                    // target/ is cleaned by the build
                }
            }
        }
    }
}
