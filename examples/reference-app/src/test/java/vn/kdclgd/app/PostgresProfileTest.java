package vn.kdclgd.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.kdclgd.app.browser.HttpAgent;
import vn.kdclgd.app.demo.DemoData;
import vn.kdclgd.core.testing.EmbeddedPostgres;

/**
 * The application on PostgreSQL with the {@code postgresql} profile as shipped: a fresh database of
 * kdclgd-core's embedded test server ({@link EmbeddedPostgres}, Zonky's binaries) per run, given through
 * the profile's own variables ({@code KDCLGD_DB_URL}, {@code KDCLGD_DB_USER}, {@code KDCLGD_DB_PASSWORD}).
 * Both migration histories run (kdclgd's, then the application's), Hibernate validates the mapping against
 * them (the context would not start otherwise), the demo data is created, and a school admin signs in,
 * reads the school's screens and writes through one of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kdclgd.data-dir=./target/test-data/${random.uuid}", "logging.level.root=WARN"})
@ActiveProfiles("postgresql")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PostgresProfileTest {
    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        String url = EmbeddedPostgres.shared().createDatabase("kdclgd_app");
        registry.add("KDCLGD_DB_URL", () -> url);
        registry.add("KDCLGD_DB_USER", () -> "postgres");
        registry.add("KDCLGD_DB_PASSWORD", () -> "");
    }

    @Test
    void bothMigrationHistoriesRanOnPostgresqlAndTheDemoDataIsThere() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(c.getMetaData().getURL()).contains("/kdclgd_app_");
        }
        List<String> kdclgd = jdbc.queryForList("select version from kdclgd_schema_history where success order by installed_rank", String.class);
        assertThat(kdclgd).contains("1", "2", "3");
        List<Map<String, Object>> app = jdbc.queryForList("select version, type, success from app_schema_history order by installed_rank");
        assertThat(app).extracting(r -> r.get("version")).contains("1");
        assertThat(app).allSatisfy(r -> assertThat(r.get("success")).isEqualTo(true));
        assertThat(jdbc.queryForObject("select count(*) from app_account", Integer.class)).isGreaterThanOrEqualTo(16);
        assertThat(jdbc.queryForList("select code from kdcl_school order by code", String.class))
                .containsExactly(DemoData.PUBLISHED_SCHOOL, DemoData.WORKING_SCHOOL, DemoData.PRIMARY_SCHOOL);
        assertThat(jdbc.queryForObject("select count(*) from kdcl_published_version v join kdcl_assessment a on a.id = v.assessment_id"
                + " join kdcl_school s on s.id = a.school_id where s.code = ?", Integer.class, DemoData.PUBLISHED_SCHOOL)).isEqualTo(1);
    }

    @Test
    void aSchoolAdminSignsInReadsAndWrites() {
        HttpAgent agent = new HttpAgent(port);
        assertThat(agent.login("nguyendu.admin", DemoData.PASSWORD).location()).isEqualTo("/");
        HttpAgent.Response school = agent.get("/school");
        assertThat(school.status()).isEqualTo(200);
        assertThat(school.body()).contains("Trường THCS Nguyễn Du (dữ liệu minh hoạ)").contains("PUBLISHED");

        HttpAgent.Response plan = agent.get("/school/improvement");
        assertThat(plan.status()).isEqualTo(200);
        assertThat(plan.body()).contains("Hoàn thiện yêu cầu Mức 2 còn thiếu của tiêu chí");
        String assessment = plan.body().replaceAll("(?s).*name=\"assessmentId\" value=\"([0-9a-f-]{36})\".*", "$1");
        HttpAgent.Response added = agent.postForm("/school/improvement/actions", Map.of("_csrf", agent.csrf("/school/improvement"),
                "assessmentId", assessment, "criterion", "3.1", "description", "Hoạt động ghi trên PostgreSQL", "owner", "Tổ Toán",
                "deadline", "2027-04-30"));
        assertThat(added.status()).isEqualTo(302);
        assertThat(added.location()).startsWith("/school/improvement/");
        assertThat(agent.get(added.location()).body()).contains("Hoạt động ghi trên PostgreSQL");
        assertThat(jdbc.queryForObject("select count(*) from kdcl_improvement_action where description = ?", Integer.class,
                "Hoạt động ghi trên PostgreSQL")).isEqualTo(1);

        assertThat(agent.get("/school/registration").status()).isEqualTo(200);
        assertThat(agent.get("/school/accounts").body()).contains("nguyendu.thuky").contains("Thư ký hội đồng");
    }
}
