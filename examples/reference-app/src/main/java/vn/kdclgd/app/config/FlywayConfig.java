package vn.kdclgd.app.config;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two migration histories in one database: kdclgd-core's scripts ({@code db/migration/kdclgd/<db>},
 * history table {@code kdclgd_schema_history}, configured in {@code application.properties}) first, then
 * the application's own ({@code db/app/<db>}, history {@code app_schema_history}). Keeping them apart
 * lets kdclgd add migrations without colliding with the application's version numbers.
 */
@Configuration
public class FlywayConfig {
    @Bean
    FlywayMigrationStrategy kdclgdThenApplication() {
        return kdclgd -> {
            kdclgd.migrate();
            String vendor = kdclgd.getConfiguration().getLocations()[0].getPath().replaceAll(".*/", "");
            Flyway.configure().configuration(kdclgd.getConfiguration())
                    .locations("classpath:db/app/" + vendor).table("app_schema_history")
                    .baselineOnMigrate(true).baselineVersion("0")
                    .load().migrate();
        };
    }
}
