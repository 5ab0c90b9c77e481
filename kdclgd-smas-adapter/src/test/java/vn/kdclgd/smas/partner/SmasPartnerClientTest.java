package vn.kdclgd.smas.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.kdclgd.smas.partner.PartnerFixtures.SCHOOL;
import static vn.kdclgd.smas.partner.PartnerFixtures.YEAR;
import static vn.kdclgd.smas.partner.PartnerFixtures.client;
import static vn.kdclgd.smas.partner.PartnerFixtures.config;
import static vn.kdclgd.smas.partner.PartnerFixtures.page;
import static vn.kdclgd.smas.partner.PartnerFixtures.student;
import static vn.kdclgd.smas.partner.PartnerFixtures.students;
import static vn.kdclgd.smas.partner.PartnerFixtures.waits;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.smas.partner.PartnerApiConfig.Paging;
import vn.kdclgd.smas.partner.StubServer.Reply;
import vn.kdclgd.smas.partner.StubServer.Seen;

/** Reading whole lists from a stub partner API: paging modes, credentials, field mapping and text. */
class SmasPartnerClientTest {
    @RegisterExtension
    final StubServer server = new StubServer();

    /** Serves students 1..total in pages of {@code size}, with a total. */
    private static Reply byTotal(Seen s, int total, int size) {
        int page = s.page();
        int from = (page - 1) * size + 1;
        return Reply.json(page(total, students(from, Math.min(total, from + size - 1))));
    }

    @Test
    void followsPagesUntilTheTotalIsRead() {
        server.respond(s -> byTotal(s, 5, 2));

        List<PartnerStudent> all = client(config(server).build(), waits()).students(SCHOOL, YEAR);

        assertThat(all).extracting(PartnerStudent::code).containsExactly("HS1", "HS2", "HS3", "HS4", "HS5");
        assertThat(server.requests()).extracting(Seen::target).containsExactly(
                "/api/schools/12345678/students?province=01&schoolYear=2024-2025&page=1&pageSize=2",
                "/api/schools/12345678/students?province=01&schoolYear=2024-2025&page=2&pageSize=2",
                "/api/schools/12345678/students?province=01&schoolYear=2024-2025&page=3&pageSize=2");
        assertThat(server.requests()).extracting(Seen::method).containsOnly("GET");
        PartnerStudent first = all.get(0);
        assertThat(first.fullName()).isEqualTo("Học sinh 1");
        assertThat(first.birthDate()).contains(LocalDate.of(2012, 9, 2));
        assertThat(first.classId()).isEqualTo("L6A");
        assertThat(first.className()).isEqualTo("6A");
        assertThat(first.extra()).isEmpty();
    }

    @Test
    void stopsAfterOnePageWhenTheTotalFitsAndReturnsAnEmptyListForNone() {
        server.respond(s -> Reply.json(page(0, List.of())));

        assertThat(client(config(server).build(), waits()).students(SCHOOL, YEAR)).isEmpty();
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void sendsTheSecretAsBearerTokenByDefault() {
        server.respond(s -> Reply.json(page(0, List.of())));

        client(config(server).build(), waits()).students(SCHOOL, YEAR);

        Seen seen = server.requests().get(0);
        assertThat(seen.headers().get("Authorization")).containsExactly("Bearer " + PartnerFixtures.SECRET);
        assertThat(seen.headers().getFirst("Accept")).isEqualTo("application/json");
    }

    @Test
    void sendsTheSecretAloneInACustomHeader() {
        server.respond(s -> Reply.json(page(0, List.of())));
        PartnerApiConfig config = config(server).auth("X-Api-Key", "").build();

        client(config, waits()).students(SCHOOL, YEAR);

        Seen seen = server.requests().get(0);
        assertThat(seen.headers().get("X-Api-Key")).containsExactly(PartnerFixtures.SECRET);
        assertThat(seen.headers().containsKey("Authorization")).isFalse();
        assertThat(seen.target()).doesNotContain(PartnerFixtures.SECRET);
    }

    @Test
    void followsAHasMoreFlagWithOwnParameterNamesCountingFromZero() {
        PartnerApiConfig config = config(server)
                .paging(new Paging(Paging.Mode.HAS_MORE_FIELD, "p", "limit", 0, 2))
                .fields(PartnerFieldNames.defaults().withPage(new PartnerFieldNames.Page("data", "", "more")))
                .build();
        server.respond(s -> {
            int p = Integer.parseInt(s.param("p"));
            return Reply.json("{\"data\": [" + String.join(",", students(p * 2 + 1, p * 2 + 2)) + "], \"more\": "
                    + (p < 2) + "}");
        });

        List<PartnerStudent> all = client(config, waits()).students(SCHOOL, YEAR);

        assertThat(all).extracting(PartnerStudent::code).containsExactly("HS1", "HS2", "HS3", "HS4", "HS5", "HS6");
        assertThat(server.requests()).extracting(s -> s.param("p")).containsExactly("0", "1", "2");
        assertThat(server.requests()).extracting(s -> s.param("limit")).containsOnly("2");
    }

    @Test
    void stopsAtAShortPageOfABareArray() {
        PartnerApiConfig config = config(server)
                .paging(new Paging(Paging.Mode.SHORT_PAGE, "page", "size", 1, 3))
                .fields(PartnerFieldNames.defaults().withPage(new PartnerFieldNames.Page("", "", "")))
                .build();
        server.respond(s -> {
            int p = s.page();
            return Reply.json("[" + String.join(",", students(p * 3 - 2, Math.min(7, p * 3))) + "]");
        });

        List<PartnerStudent> all = client(config, waits()).students(SCHOOL, YEAR);

        assertThat(all).hasSize(7);
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void sendsNoPageParametersWithoutPaging() {
        PartnerApiConfig config = config(server)
                .paging(new Paging(Paging.Mode.NONE, "page", "pageSize", 1, 2))
                .studentsPath("/v2/hocsinh/{province}/{school}/{year}")
                .build();
        server.respond(s -> Reply.json(page(3, students(1, 3))));

        assertThat(client(config, waits()).students(SCHOOL, YEAR)).hasSize(3);
        assertThat(server.requests()).extracting(Seen::target).containsExactly("/api/v2/hocsinh/01/12345678/2024-2025");
    }

    @Test
    void readsTheFieldNamesAVendorConfiguresIncludingNestedOnes() {
        PartnerApiConfig config = config(server)
                .fields(new PartnerFieldNames(new PartnerFieldNames.Page("duLieu.danhSach", "duLieu.tongSo", ""),
                        new PartnerFieldNames.Student("maHocSinh", "hoTen", "ngaySinh", "lop.ma", "lop.ten", List.of()),
                        PartnerFieldNames.SchoolClass.defaults()))
                .build();
        server.respond(s -> Reply.json("""
                {"duLieu": {"tongSo": 1, "danhSach": [
                  {"maHocSinh": 101, "hoTen": "Trần Thị Bình", "ngaySinh": "05/09/2012",
                   "lop": {"ma": 7, "ten": "6A1"}}
                ]}}"""));

        List<PartnerStudent> all = client(config, waits()).students(SCHOOL, YEAR);

        assertThat(all).containsExactly(new PartnerStudent("101", "Trần Thị Bình", Optional.of(LocalDate.of(2012, 9, 5)),
                "7", "6A1", Map.of()));
    }

    @Test
    void normalisesDecomposedTextToNfcAndStripsIt() {
        String nfd = Normalizer.normalize("Nguyễn Văn Ánh", Normalizer.Form.NFD);
        String classNfd = Normalizer.normalize("Lớp 6Ấ", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Nguyễn Văn Ánh");
        server.respond(s -> Reply.json(page(1, List.of(student(" HS1 ", "  " + nfd + " ", "2012-01-31", "L1", classNfd)))));

        PartnerStudent s = client(config(server).build(), waits()).students(SCHOOL, YEAR).get(0);

        assertThat(s.code()).isEqualTo("HS1");
        assertThat(s.fullName()).isEqualTo("Nguyễn Văn Ánh");
        assertThat(Normalizer.isNormalized(s.fullName(), Normalizer.Form.NFC)).isTrue();
        assertThat(s.className()).isEqualTo("Lớp 6Ấ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2012-09-05", "05/09/2012", "5/9/2012"})
    void acceptsBothBirthDateFormats(String text) {
        server.respond(s -> Reply.json(page(1, List.of(student("HS1", "An", text, "L1", "6A")))));

        assertThat(client(config(server).build(), waits()).students(SCHOOL, YEAR).get(0).birthDate())
                .contains(LocalDate.of(2012, 9, 5));
    }

    @Test
    void anAbsentNullOrBlankBirthDateIsEmpty() {
        server.respond(s -> Reply.json(page(3, List.of(student("HS1", "An", null, "L1", "6A"),
                student("HS2", "Bình", " ", "L1", "6A"),
                "{\"studentCode\": \"HS3\", \"fullName\": \"Chi\", \"classId\": \"L1\", \"className\": \"6A\"}"))));

        assertThat(client(config(server).build(), waits()).students(SCHOOL, YEAR))
                .extracting(PartnerStudent::birthDate).containsOnly(Optional.empty());
    }

    @Test
    void keepsExtraFieldsOnlyWhenNamedInTheConfiguration() {
        String record = "{\"studentCode\": \"HS1\", \"fullName\": \"An\", \"classId\": \"L1\", \"className\": \"6A\","
                + " \"gioiTinh\": \"Nữ\", \"danToc\": 1, \"doanVien\": false, \"soDienThoai\": \"0900000000\"}";
        server.respond(s -> Reply.json(page(1, List.of(record))));

        assertThat(client(config(server).build(), waits()).students(SCHOOL, YEAR).get(0).extra()).isEmpty();

        PartnerApiConfig config = config(server).fields(PartnerFieldNames.defaults().withStudent(
                PartnerFieldNames.Student.defaults().withExtra(List.of("doanVien", "gioiTinh", "conLietSi", "danToc"))))
                .build();
        Map<String, String> extra = client(config, waits()).students(SCHOOL, YEAR).get(0).extra();
        assertThat(extra).containsExactly(Map.entry("doanVien", "false"), Map.entry("gioiTinh", "Nữ"),
                Map.entry("danToc", "1"));
    }

    @Test
    void readsClassesWithAnOptionalGrade() {
        server.respond(s -> Reply.json("""
                {"items": [{"id": 11, "name": "6A1", "grade": 6}, {"id": "L7B", "name": "7B", "grade": null},
                           {"id": "L8C", "name": "8C"}], "total": 3}"""));

        List<PartnerClass> classes = client(config(server).build(), waits()).classes(SCHOOL, YEAR);

        assertThat(classes).containsExactly(new PartnerClass("11", "6A1", Optional.of("6")),
                new PartnerClass("L7B", "7B", Optional.empty()), new PartnerClass("L8C", "8C", Optional.empty()));
        assertThat(server.requests().get(0).target())
                .isEqualTo("/api/schools/12345678/classes?province=01&schoolYear=2024-2025&page=1&pageSize=2");
    }

    @Test
    void refusesAnInvalidConfigurationWithEveryProblem() {
        PartnerApiConfig c = config(server).maxRetries(-1).maxPages(0).build();

        KdclException e = catchThrowableOfType(KdclException.class, () -> SmasPartnerClient.create(c));

        assertThat(e.problems()).extracting(Problem::where).containsExactly("retry.max", "limit.max-pages");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-2026", "2024/2025", "24-25", "2024-2024", "２０２４-２０２５", ""})
    void refusesAMalformedSchoolYearWithoutSending(String year) {
        server.respond(s -> Reply.json(page(0, List.of())));

        KdclException e = catchThrowableOfType(KdclException.class,
                () -> client(config(server).build(), waits()).students(SCHOOL, year));

        assertThat(e.code()).isEqualTo("KDCL-9303");
        assertThat(e.problems().get(0).where()).isEqualTo("schoolYear \"" + year + "\"");
        assertThat(server.requests()).isEmpty();
    }
}
