package vn.kdclgd.core.testing;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManagerFactory;

import org.flywaydb.core.Flyway;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

import vn.kdclgd.core.model.KdclgdEntities;

/**
 * The two databases the tests run on, each built only from kdclgd's migration scripts (Flyway), with
 * Hibernate validating the entities against the result ({@code hibernate.hbm2ddl.auto=validate}).
 */
public enum Databases {
    /** H2 in memory, PostgreSQL compatibility off (H2's own dialect). */
    H2("h2"),
    /** A real PostgreSQL server ({@link EmbeddedPostgres}). */
    POSTGRESQL("postgresql");

    private static final AtomicInteger H2_DATABASES = new AtomicInteger();

    private final String folder;

    Databases(String folder) {
        this.folder = folder;
    }

    /** The migration folder on the classpath. */
    public String migrations() {
        return "classpath:db/migration/kdclgd/" + folder;
    }

    /** A new, empty database's JDBC URL. */
    public String newDatabase(String prefix) {
        return switch (this) {
            case H2 -> "jdbc:h2:mem:" + prefix + H2_DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
            case POSTGRESQL -> EmbeddedPostgres.shared().createDatabase(prefix);
        };
    }

    /** The user of the databases this enum creates. */
    public String user() {
        return this == H2 ? "sa" : "postgres";
    }

    /** Applies the migrations to {@code url}; returns the number applied. */
    public int migrate(String url) {
        return Flyway.configure().dataSource(url, user(), "").locations(migrations()).load().migrate().migrationsExecuted;
    }

    /** Applies the migrations up to and including {@code version} to {@code url}; returns the number applied. */
    public int migrate(String url, String version) {
        return Flyway.configure().dataSource(url, user(), "").locations(migrations()).target(version).load().migrate().migrationsExecuted;
    }

    /** An entity-manager factory on {@code url} that validates the mapping against the schema. */
    public EntityManagerFactory entityManagerFactory(String url, Map<String, String> extra) {
        HibernatePersistenceConfiguration cfg = new HibernatePersistenceConfiguration("kdclgd-test");
        KdclgdEntities.CLASSES.forEach(cfg::managedClass);
        cfg.jdbcUrl(url).jdbcUsername(user()).jdbcPassword("")
                .property("hibernate.hbm2ddl.auto", "validate")
                .property("hibernate.connection.pool_size", "20");
        extra.forEach(cfg::property);
        return cfg.createEntityManagerFactory();
    }

    /** A fresh, migrated database and a validating factory on it. */
    public EntityManagerFactory freshFactory(String prefix) {
        String url = newDatabase(prefix);
        migrate(url);
        return entityManagerFactory(url, Map.of());
    }
}
