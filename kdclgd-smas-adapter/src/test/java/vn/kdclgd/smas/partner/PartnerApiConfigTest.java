package vn.kdclgd.smas.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.smas.partner.PartnerApiConfig.Paging;

class PartnerApiConfigTest {
    private static final URI BASE = URI.create("https://partner.example.vn/api");

    private static List<String> keysOfProblems(PartnerApiConfig c) {
        List<Problem> problems = c.validate();
        assertThat(problems).extracting(Problem::code).containsOnly("KDCL-9301");
        return problems.stream().map(Problem::where).toList();
    }

    @Test
    void theDefaultsAreUsableAndAsDocumented() {
        PartnerApiConfig c = PartnerApiConfig.builder(BASE).build();

        assertThat(c.validate()).isEmpty();
        assertThat(c.requireValid()).isSameAs(c);
        assertThat(c.authHeader()).isEqualTo("Authorization");
        assertThat(c.authScheme()).isEqualTo("Bearer");
        assertThat(c.studentsPath()).isEqualTo("/schools/{school}/students?province={province}&schoolYear={year}");
        assertThat(c.paging()).isEqualTo(new Paging(Paging.Mode.TOTAL_FIELD, "page", "pageSize", 1, 500));
        assertThat(c.maxRetries()).isEqualTo(3);
        assertThat(c.fields().student().code()).isEqualTo("studentCode");
        assertThat(c.fields().student().extra()).isEmpty();
    }

    @Test
    void validateCollectsEveryProblemNamedByItsKey() {
        PartnerApiConfig c = PartnerApiConfig.builder(URI.create("http://partner.example.vn/api?x=1"))
                .classesPath("classes")
                .studentsPath("/students/{school}/{secret}")
                .auth("Host", "Bearer token")
                .connectTimeout(Duration.ofSeconds(60))
                .requestTimeout(Duration.ofSeconds(30))
                .maxRetries(11)
                .backoff(Duration.ofSeconds(5), Duration.ofSeconds(1))
                .paging(new Paging(Paging.Mode.TOTAL_FIELD, "page", "page", 2, 0))
                .maxPages(0)
                .maxRecords(0)
                .maxBodyBytes(10)
                .fields(new PartnerFieldNames(new PartnerFieldNames.Page("items", "", "hasMore"),
                        new PartnerFieldNames.Student("", "fullName", "birthDate", "classId", ".lop",
                                List.of("fullName", "x", "x")),
                        PartnerFieldNames.SchoolClass.defaults()))
                .build();

        assertThat(keysOfProblems(c)).containsExactly(
                "base-uri", "base-uri",
                "path.classes", "path.students",
                "auth.header", "auth.scheme",
                "timeout.connect", "retry.max", "retry.max-backoff",
                "paging.size-param", "paging.first-page", "paging.size", "field.page.total",
                "limit.max-pages", "limit.max-records", "limit.max-body-bytes",
                "field.student.code", "field.student.class-name", "field.student.extra", "field.student.extra");
        assertThat(c.validate().get(1).message()).contains("https://").contains("allow-plain-http");
        assertThat(c.validate().get(3).message()).contains("{secret}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/api", "http://localhost/api", "http://[::1]:9000"})
    void plainHttpIsAcceptedOnLoopback(String uri) {
        assertThat(PartnerApiConfig.builder(URI.create(uri)).build().validate()).isEmpty();
    }

    @Test
    void plainHttpElsewhereNeedsConsent() {
        PartnerApiConfig c = PartnerApiConfig.builder(URI.create("http://10.0.0.5/api")).build();

        assertThat(keysOfProblems(c)).containsExactly("base-uri");
        assertThat(c.toBuilder().allowPlainHttp(true).build().validate()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user:pw@partner.example.vn", "https://partner.example.vn/api#x", "partner.example.vn",
            "ftp://partner.example.vn"})
    void aBaseUriWithCredentialsOrExtrasIsRefused(String uri) {
        assertThat(keysOfProblems(PartnerApiConfig.builder(URI.create(uri)).build())).containsExactly("base-uri");
    }

    @Test
    void aBareArrayCannotCarryATotal() {
        PartnerApiConfig c = PartnerApiConfig.builder(BASE)
                .fields(PartnerFieldNames.defaults().withPage(new PartnerFieldNames.Page("", "total", "")))
                .build();

        assertThat(keysOfProblems(c)).containsExactly("paging.mode");
    }

    @Test
    void readsEveryKeyFromProperties() {
        Map<String, String> p = new HashMap<>();
        p.put("other.key", "ignored");
        p.put("kdclgd.partner.base-uri", "https://smas.example.vn/partner");
        p.put("kdclgd.partner.allow-plain-http", "false");
        p.put("kdclgd.partner.path.classes", "/v1/lop?maTruong={school}&namHoc={year}");
        p.put("kdclgd.partner.path.students", "/v1/hocsinh?maTinh={province}&maTruong={school}&namHoc={year}");
        p.put("kdclgd.partner.auth.header", "X-Api-Key");
        p.put("kdclgd.partner.auth.scheme", "");
        p.put("kdclgd.partner.timeout.connect", "5s");
        p.put("kdclgd.partner.timeout.request", "PT45S");
        p.put("kdclgd.partner.retry.max", "5");
        p.put("kdclgd.partner.retry.initial-backoff", "250ms");
        p.put("kdclgd.partner.retry.max-backoff", "2m");
        p.put("kdclgd.partner.paging.mode", "has-more-field");
        p.put("kdclgd.partner.paging.page-param", "trang");
        p.put("kdclgd.partner.paging.size-param", "soBanGhi");
        p.put("kdclgd.partner.paging.first-page", "0");
        p.put("kdclgd.partner.paging.size", "200");
        p.put("kdclgd.partner.limit.max-pages", "50");
        p.put("kdclgd.partner.limit.max-records", "8000");
        p.put("kdclgd.partner.limit.max-body-bytes", "4194304");
        p.put("kdclgd.partner.field.page.items", "data");
        p.put("kdclgd.partner.field.page.total", "");
        p.put("kdclgd.partner.field.page.has-more", "conTrang");
        p.put("kdclgd.partner.field.student.code", "maHocSinh");
        p.put("kdclgd.partner.field.student.full-name", "hoTen");
        p.put("kdclgd.partner.field.student.birth-date", "ngaySinh");
        p.put("kdclgd.partner.field.student.class-id", "lop.ma");
        p.put("kdclgd.partner.field.student.class-name", "lop.ten");
        p.put("kdclgd.partner.field.student.extra", " gioiTinh , danToc ,");
        p.put("kdclgd.partner.field.class.id", "maLop");
        p.put("kdclgd.partner.field.class.name", "tenLop");
        p.put("kdclgd.partner.field.class.grade", "khoi");

        PartnerApiConfig c = PartnerApiConfig.fromProperties(p, "kdclgd.partner.");

        assertThat(c).isEqualTo(PartnerApiConfig.builder(URI.create("https://smas.example.vn/partner"))
                .classesPath("/v1/lop?maTruong={school}&namHoc={year}")
                .studentsPath("/v1/hocsinh?maTinh={province}&maTruong={school}&namHoc={year}")
                .auth("X-Api-Key", "")
                .connectTimeout(Duration.ofSeconds(5))
                .requestTimeout(Duration.ofSeconds(45))
                .maxRetries(5)
                .backoff(Duration.ofMillis(250), Duration.ofMinutes(2))
                .paging(new Paging(Paging.Mode.HAS_MORE_FIELD, "trang", "soBanGhi", 0, 200))
                .maxPages(50)
                .maxRecords(8000)
                .maxBodyBytes(4L << 20)
                .fields(new PartnerFieldNames(new PartnerFieldNames.Page("data", "", "conTrang"),
                        new PartnerFieldNames.Student("maHocSinh", "hoTen", "ngaySinh", "lop.ma", "lop.ten",
                                List.of("gioiTinh", "danToc")),
                        new PartnerFieldNames.SchoolClass("maLop", "tenLop", "khoi")))
                .build());
    }

    @Test
    void propertiesReportUnknownKeysUnreadableValuesAndInvalidOnesAtOnce() {
        Map<String, String> p = Map.of(
                "p.base-uri", "https://smas.example.vn",
                "p.retry.maximum", "3",
                "p.timeout.request", "30 seconds",
                "p.paging.mode", "pages",
                "p.allow-plain-http", "yes",
                "p.paging.size", "0");

        KdclException e = catchThrowableOfType(KdclException.class, () -> PartnerApiConfig.fromProperties(p, "p."));

        assertThat(e.problems()).extracting(Problem::code).containsOnly("KDCL-9301");
        assertThat(e.problems()).extracting(Problem::where).containsExactlyInAnyOrder(
                "p.retry.maximum", "p.timeout.request", "p.paging.mode", "p.allow-plain-http", "p.paging.size");
        assertThat(e.problems()).filteredOn(pr -> pr.where().equals("p.timeout.request"))
                .extracting(Problem::message).first().asString().contains("\"30 seconds\"").contains("10s");
    }

    @Test
    void propertiesWithoutABaseUriReportItAndStillCheckTheRest() {
        KdclException e = catchThrowableOfType(KdclException.class,
                () -> PartnerApiConfig.fromProperties(Map.of("x.retry.max", "-2"), "x."));

        assertThat(e.problems()).extracting(Problem::where).containsExactly("x.base-uri", "x.retry.max");
    }
}
