package vn.kdclgd.smas.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.kdclgd.smas.partner.PartnerFixtures.SCHOOL;
import static vn.kdclgd.smas.partner.PartnerFixtures.SECRET;
import static vn.kdclgd.smas.partner.PartnerFixtures.YEAR;
import static vn.kdclgd.smas.partner.PartnerFixtures.client;
import static vn.kdclgd.smas.partner.PartnerFixtures.config;
import static vn.kdclgd.smas.partner.PartnerFixtures.page;
import static vn.kdclgd.smas.partner.PartnerFixtures.student;
import static vn.kdclgd.smas.partner.PartnerFixtures.students;
import static vn.kdclgd.smas.partner.PartnerFixtures.waits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.smas.partner.PartnerApiConfig.Paging;
import vn.kdclgd.smas.partner.StubServer.Reply;

/** Every way a partner API answer can fail, and that the secret never shows. */
class SmasPartnerClientErrorsTest {
    private static final String FIRST_PAGE = "GET /api/schools/12345678/students?province=01&schoolYear=2024-2025&page=1&pageSize=2";
    private static final String SECOND_PAGE = "GET /api/schools/12345678/students?province=01&schoolYear=2024-2025&page=2&pageSize=2";

    @RegisterExtension
    final StubServer server = new StubServer();
    private final List<Duration> waits = waits();

    private KdclException failure(PartnerApiConfig config) {
        return catchThrowableOfType(KdclException.class, () -> client(config, waits).students(SCHOOL, YEAR));
    }

    private KdclException failure() {
        return failure(config(server).build());
    }

    private static void assertNoSecret(KdclException e) {
        assertThat(e.getMessage()).doesNotContain(SECRET);
        assertThat(e.toString()).doesNotContain(SECRET);
        for (Problem p : e.problems()) {
            assertThat(p.toString()).doesNotContain(SECRET);
        }
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(SECRET);
        }
    }

    @ParameterizedTest
    @CsvSource({"401, KDCL-9311, trường 12345678 (tỉnh 01)", "403, KDCL-9312, school 12345678 (province 01)",
            "404, KDCL-9313, năm học 2024-2025",
            "400, KDCL-9316, HTTP 400", "405, KDCL-9316, HTTP 405"})
    void refusalsAreNotRetried(int status, String code, String said) {
        server.respond(s -> Reply.status(status));

        KdclException e = failure();

        assertThat(e.code()).isEqualTo(code);
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).where()).isEqualTo(FIRST_PAGE);
        assertThat(e.problems().get(0).message()).contains(said).contains(" / ");
        assertThat(server.requests()).hasSize(1);
        assertThat(waits).isEmpty();
        assertNoSecret(e);
    }

    @Test
    void aRedirectIsNotFollowedSoTheSecretStaysWithTheConfiguredHost() {
        server.respond(s -> Reply.status(302).header("Location", "https://elsewhere.example/api"));

        KdclException e = failure();

        assertThat(e.code()).isEqualTo("KDCL-9316");
        assertThat(e.problems().get(0).message()).contains("HTTP 302 → https://elsewhere.example/api")
                .contains("redirects are not followed");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void honoursRetryAfterSecondsThenSucceeds() {
        server.respondInTurn(Reply.status(429).header("Retry-After", "2"), Reply.json(page(1, students(1, 1))));

        List<PartnerStudent> all = client(config(server).build(), waits).students(SCHOOL, YEAR);

        assertThat(all).hasSize(1);
        assertThat(waits).containsExactly(Duration.ofSeconds(2));
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void honoursARetryAfterDateByTheInjectedClock() {
        Instant now = Instant.parse("2026-03-02T08:00:00Z");
        String at = DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(7).atOffset(ZoneOffset.UTC));
        server.respondInTurn(Reply.status(503).header("Retry-After", at), Reply.json(page(1, students(1, 1))));

        SmasPartnerClient client = SmasPartnerClient.builder(config(server).build())
                .clock(Clock.fixed(now, ZoneOffset.UTC)).sleeper(waits::add).build();

        assertThat(client.students(SCHOOL, YEAR)).hasSize(1);
        assertThat(waits).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void aRetryAfterLongerThanTheCapEndsAtOnce() {
        server.respond(s -> Reply.status(429).header("Retry-After", "3600"));

        KdclException e = failure();

        assertThat(e.code()).isEqualTo("KDCL-9314");
        assertThat(e.problems().get(0).message()).contains("3600").contains("retry.max-backoff");
        assertThat(server.requests()).hasSize(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void rateLimitedAfterEveryRetry() {
        server.respond(s -> Reply.status(429));

        KdclException e = failure(config(server).maxRetries(2).build());

        assertThat(e.code()).isEqualTo("KDCL-9314");
        assertThat(e.problems().get(0).message()).contains("sau 3 lần thử").contains("after 3 attempts");
        assertThat(server.requests()).hasSize(3);
        assertThat(waits).hasSize(2);
    }

    @Test
    void aServerErrorIsRetriedWithJitteredBackoffThenSucceeds() {
        server.respondInTurn(Reply.status(502), Reply.status(503), Reply.json(page(1, students(1, 1))));

        assertThat(client(config(server).build(), waits).students(SCHOOL, YEAR)).hasSize(1);

        assertThat(waits).hasSize(2);
        assertThat(waits.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(waits.get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void serverErrorsExhaustTheRetriesWithBackoffCappedAtTheMaximum() {
        server.respond(s -> Reply.status(500));
        PartnerApiConfig config = config(server).maxRetries(4)
                .backoff(Duration.ofMillis(100), Duration.ofMillis(250)).build();

        KdclException e = failure(config);

        assertThat(e.code()).isEqualTo("KDCL-9315");
        assertThat(e.problems().get(0).message()).contains("HTTP 500").contains("after 5 attempts");
        assertThat(server.requests()).hasSize(5);
        long[] ceilings = {100, 200, 250, 250};
        assertThat(waits).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(waits.get(i)).isBetween(Duration.ofMillis(ceilings[i] / 2), Duration.ofMillis(ceilings[i]));
        }
    }

    @Test
    void aRetryOnALaterPageKeepsTheEarlierOnes() {
        server.respond(s -> s.page() == 2 && server.requests().size() == 2
                ? Reply.status(503)
                : Reply.json(page(3, students(s.page() * 2 - 1, Math.min(3, s.page() * 2)))));

        assertThat(client(config(server).build(), waits).students(SCHOOL, YEAR))
                .extracting(PartnerStudent::code).containsExactly("HS1", "HS2", "HS3");
        assertThat(server.requests()).extracting(StubServer.Seen::page).containsExactly(1, 2, 2);
    }

    @Test
    void aSlowServerTimesOutAfterTheRetries() {
        server.respond(s -> Reply.json(page(0, List.of())).delayed(5_000));
        PartnerApiConfig config = config(server).connectTimeout(Duration.ofMillis(200))
                .requestTimeout(Duration.ofMillis(300)).maxRetries(1).build();

        long started = System.nanoTime();
        KdclException e = failure(config);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(e.code()).isEqualTo("KDCL-9317");
        assertThat(e.problems().get(0).where()).isEqualTo(FIRST_PAGE);
        assertThat(e.problems().get(0).message()).contains("PT0.3S").contains("after 2 attempts");
        assertThat(server.requests()).hasSize(2);
        assertThat(millis).isLessThan(4_000);
    }

    @Test
    void aRefusedConnectionIsRetriedThenReported() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        PartnerApiConfig config = config(server).baseUri(URI.create("http://127.0.0.1:" + port + "/api"))
                .maxRetries(2).build();

        KdclException e = failure(config);

        assertThat(e.code()).isEqualTo("KDCL-9318");
        assertThat(e.problems().get(0).message()).contains("127.0.0.1:" + port).contains("after 3 attempts");
        assertThat(waits).hasSize(2);
    }

    @Test
    void anInterruptedWaitStopsWithItsOwnCodeAndKeepsTheInterrupt() {
        server.respond(s -> Reply.status(503));
        SmasPartnerClient client = SmasPartnerClient.builder(config(server).build())
                .sleeper(d -> { throw new InterruptedException(); }).build();

        try {
            KdclException e = catchThrowableOfType(KdclException.class, () -> client.students(SCHOOL, YEAR));
            assertThat(e.code()).isEqualTo("KDCL-9319");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aSuccessThatIsNotJsonIsRefused() {
        server.respond(s -> Reply.status(200).body("text/html; charset=utf-8", "<html>Đăng nhập</html>"));

        KdclException e = failure();

        assertThat(e.code()).isEqualTo("KDCL-9321");
        assertThat(e.problems().get(0).message()).contains("text/html");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void malformedJsonNamesThePageAndThePlace() {
        server.respond(s -> s.page() == 1 ? Reply.json(page(4, students(1, 2)))
                : Reply.json("{\"items\": [\n  {\"studentCode\": \"HS3\",}\n]}"));

        KdclException e = failure();

        assertThat(e.code()).isEqualTo("KDCL-9322");
        assertThat(e.problems().get(0).where()).isEqualTo(SECOND_PAGE + " dòng/line 2 cột/column 25");
    }

    @Test
    void anEmptyBodyOrADuplicateKeyIsMalformed() {
        server.respondInTurn(Reply.json(""), Reply.json("{\"items\": [], \"total\": 0, \"total\": 1}"));

        assertThat(failure().code()).isEqualTo("KDCL-9322");
        KdclException duplicate = failure();
        assertThat(duplicate.code()).isEqualTo("KDCL-9322");
        assertThat(duplicate.problems().get(0).message()).contains("total");
    }

    @Test
    void missingRequiredFieldsAreAllReportedWithTheirJsonPaths() {
        server.respond(s -> Reply.json(page(3, List.of(student(1),
                "{\"studentCode\": \"HS2\", \"classId\": \"L1\", \"className\": \"6A\"}",
                "{\"studentCode\": \" \", \"fullName\": \"Chi\", \"classId\": \"L1\", \"className\": null}"))));

        KdclException e = failure();

        assertThat(e.problems()).extracting(Problem::code).containsOnly("KDCL-9323");
        assertThat(e.problems()).extracting(Problem::where).containsExactly(
                FIRST_PAGE + " $.items[1].fullName", FIRST_PAGE + " $.items[2].studentCode",
                FIRST_PAGE + " $.items[2].className");
    }

    @Test
    void wrongJsonTypesAreReportedWithTheirJsonPaths() {
        PartnerApiConfig config = config(server).fields(PartnerFieldNames.defaults().withStudent(
                PartnerFieldNames.Student.defaults().withExtra(List.of("address")))).build();
        server.respond(s -> Reply.json("""
                {"items": [
                  {"studentCode": true, "fullName": 42, "birthDate": 20120905, "classId": 1.5, "className": ["6A"],
                   "address": {"street": "x"}},
                  "HS9"
                ], "total": 2}"""));

        KdclException e = failure(config);

        assertThat(e.problems()).extracting(Problem::code).containsOnly("KDCL-9324");
        assertThat(e.problems()).extracting(Problem::where).containsExactly(
                FIRST_PAGE + " $.items[0].studentCode", FIRST_PAGE + " $.items[0].fullName",
                FIRST_PAGE + " $.items[0].birthDate", FIRST_PAGE + " $.items[0].classId",
                FIRST_PAGE + " $.items[0].className", FIRST_PAGE + " $.items[0].address",
                FIRST_PAGE + " $.items[1]");
        assertThat(e.problems().get(1).message()).contains("got number 42");
    }

    @Test
    void aWronglyTypedEnvelopeIsReported() {
        server.respondInTurn(Reply.json("{\"items\": {\"a\": 1}, \"total\": 1}"),
                Reply.json("{\"items\": [], \"total\": \"0\"}"),
                Reply.json("[]"));

        assertThat(failure().problems()).extracting(Problem::where).containsExactly(FIRST_PAGE + " $.items");
        assertThat(failure().problems()).extracting(Problem::where).containsExactly(FIRST_PAGE + " $.total");
        KdclException bare = failure();
        assertThat(bare.code()).isEqualTo("KDCL-9324");
        assertThat(bare.problems().get(0).where()).isEqualTo(FIRST_PAGE + " $");
    }

    @Test
    void aMissingPagingFieldIsReported() {
        server.respond(s -> Reply.json("{\"items\": []}"));

        KdclException e = failure();

        assertThat(e.code()).isEqualTo("KDCL-9323");
        assertThat(e.problems().get(0).where()).isEqualTo(FIRST_PAGE + " $.total");
        assertThat(e.problems().get(0).message()).contains("TOTAL_FIELD");
    }

    @Test
    void anImpossibleBirthDateIsAnInvalidValue() {
        server.respond(s -> Reply.json(page(1, List.of(student("HS1", "An", "31/02/2012", "L1", "6A")))));

        KdclException e = failure();

        assertThat(e.code()).isEqualTo("KDCL-9325");
        assertThat(e.problems().get(0).where()).isEqualTo(FIRST_PAGE + " $.items[0].birthDate");
        assertThat(e.problems().get(0).message()).contains("\"31/02/2012\"");
    }

    @Test
    void anImplausibleTotalIsRefusedBeforeReadingFurther() {
        server.respond(s -> Reply.json(page(250_000, students(1, 2))));

        KdclException e = failure(config(server).maxRecords(20_000).build());

        assertThat(e.code()).isEqualTo("KDCL-9326");
        assertThat(e.problems().get(0).message()).contains("250000").contains("20000");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void tooManyRecordsWithoutATotalAreRefused() {
        PartnerApiConfig config = config(server).paging(new Paging(Paging.Mode.SHORT_PAGE, "page", "pageSize", 1, 2))
                .maxRecords(5).build();
        server.respond(s -> Reply.json(page(0, students(s.page() * 2 - 1, s.page() * 2))));

        KdclException e = failure(config);

        assertThat(e.code()).isEqualTo("KDCL-9326");
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void tooManyPagesAreRefused() {
        PartnerApiConfig config = config(server).paging(new Paging(Paging.Mode.HAS_MORE_FIELD, "page", "pageSize", 1, 2))
                .maxPages(3).build();
        server.respond(s -> Reply.json("{\"items\": [" + student(s.page()) + "], \"hasMore\": true}"));

        KdclException e = failure(config);

        assertThat(e.code()).isEqualTo("KDCL-9326");
        assertThat(e.problems().get(0).where()).endsWith("page=4&pageSize=2");
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithoutRetry() {
        server.respond(s -> Reply.json(page(2, List.of(student("HS1", "A".repeat(3000), null, "L1", "6A")))));

        KdclException e = failure(config(server).maxBodyBytes(2048).build());

        assertThat(e.code()).isEqualTo("KDCL-9326");
        assertThat(e.problems().get(0).message()).contains("2048");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aServerThatIgnoresThePageParameterIsCaught() {
        server.respond(s -> Reply.json(page(4, students(1, 2))));

        KdclException e = failure();

        assertThat(e.code()).isEqualTo("KDCL-9327");
        assertThat(e.problems().get(0).where()).isEqualTo(SECOND_PAGE + " $.items[0]");
        assertThat(e.problems().get(0).message()).contains("\"HS1\"").contains("page 1");
    }

    @Test
    void anEmptyPageBeforeTheTotalIsReachedIsInconsistent() {
        server.respond(s -> Reply.json(s.page() == 1 ? page(3, students(1, 2)) : page(3, List.of())));

        KdclException e = failure();

        assertThat(e.code()).isEqualTo("KDCL-9327");
        assertThat(e.problems().get(0).where()).isEqualTo(SECOND_PAGE);
    }

    @Test
    void aChangingTotalIsInconsistent() {
        server.respond(s -> Reply.json(s.page() == 1 ? page(5, students(1, 2)) : page(6, students(3, 4))));

        KdclException e = failure();

        assertThat(e.code()).isEqualTo("KDCL-9327");
        assertThat(e.problems().get(0).message()).contains("5").contains("6");
    }

    @Test
    void aSecretEchoedByTheServerIsMaskedInProblems() {
        server.respondInTurn(
                Reply.status(400).body("application/json", "{\"error\": \"invalid token Bearer " + SECRET + "\"}"),
                Reply.json(page(1, List.of(student("HS1", "An", SECRET, "L1", "6A")))));

        KdclException badRequest = failure();
        KdclException badDate = failure();

        assertThat(badRequest.code()).isEqualTo("KDCL-9316");
        assertThat(badRequest.problems().get(0).message()).contains("invalid token Bearer ***");
        assertThat(badDate.code()).isEqualTo("KDCL-9325");
        assertThat(badDate.problems().get(0).message()).contains("\"***\"");
        assertNoSecret(badRequest);
        assertNoSecret(badDate);
    }

    @Test
    void retriesAreLoggedWithoutTheSecret() {
        server.respondInTurn(Reply.status(503), Reply.status(401));
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        KdclException e;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            e = failure();
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);

        assertThat(e.code()).isEqualTo("KDCL-9311");
        assertThat(log).contains(FIRST_PAGE + ": HTTP 503; retry 1/3");
        assertThat(log).doesNotContain(SECRET);
        assertNoSecret(e);
    }
}
