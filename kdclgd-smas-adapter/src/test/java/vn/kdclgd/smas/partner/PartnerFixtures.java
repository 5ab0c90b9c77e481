package vn.kdclgd.smas.partner;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/** Shared test set-up: credentials, a client that records its waits instead of waiting, JSON pages. */
final class PartnerFixtures {
    static final String SECRET = "s3cr3t-Tk9qZ7";
    static final PartnerCredentials SCHOOL = new PartnerCredentials("01", "12345678", SECRET);
    static final String YEAR = "2024-2025";

    private PartnerFixtures() {
    }

    /** A configuration for the stub: short timeouts and backoff, pages of two. */
    static PartnerApiConfig.Builder config(StubServer server) {
        return PartnerApiConfig.builder(server.base())
                .connectTimeout(Duration.ofSeconds(2))
                .requestTimeout(Duration.ofSeconds(5))
                .backoff(Duration.ofMillis(100), Duration.ofSeconds(10))
                .paging(new PartnerApiConfig.Paging(PartnerApiConfig.Paging.Mode.TOTAL_FIELD, "page", "pageSize", 1, 2));
    }

    /** A client whose waits are recorded in {@code waits}, not waited. */
    static SmasPartnerClient client(PartnerApiConfig config, List<Duration> waits) {
        return SmasPartnerClient.builder(config).sleeper(waits::add).build();
    }

    static List<Duration> waits() {
        return new CopyOnWriteArrayList<>();
    }

    /** A student record with the default field names. */
    static String student(String code, String name, String birth, String classId, String className) {
        return "{\"studentCode\": \"" + code + "\", \"fullName\": \"" + name + "\", \"birthDate\": "
                + (birth == null ? "null" : "\"" + birth + "\"") + ", \"classId\": \"" + classId
                + "\", \"className\": \"" + className + "\"}";
    }

    /** A student record with generated values. */
    static String student(int n) {
        return student("HS" + n, "Học sinh " + n, "2012-09-0" + (1 + n % 9), "L6A", "6A");
    }

    /** A page envelope with a total. */
    static String page(long total, List<String> items) {
        return "{\"items\": [" + String.join(", ", items) + "], \"total\": " + total + "}";
    }

    /** Students {@code from} to {@code to} (inclusive) with generated values. */
    static List<String> students(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).mapToObj(PartnerFixtures::student)
                .collect(Collectors.toList());
    }
}
