package vn.kdclgd.core.tools;

import java.nio.file.Files;
import java.nio.file.Path;

import org.hibernate.jpa.HibernatePersistenceConfiguration;

import vn.kdclgd.core.model.KdclgdEntities;

/**
 * Developer tool (not a test): writes the DDL Hibernate derives from the entities, per dialect, as a
 * starting point for a new migration. Run:
 * {@code mvn -pl kdclgd-core test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.kdclgd.core.tools.GenerateDdl -Dexec.args=target/ddl}
 * The committed migrations under {@code src/main/resources/db/migration/kdclgd/} are reviewed copies.
 */
public final class GenerateDdl {
    private GenerateDdl() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/ddl");
        Files.createDirectories(out);
        generate("org.hibernate.dialect.H2Dialect", out.resolve("h2.sql"));
        generate("org.hibernate.dialect.PostgreSQLDialect", out.resolve("postgresql.sql"));
    }

    static void generate(String dialect, Path target) throws Exception {
        Files.deleteIfExists(target);
        HibernatePersistenceConfiguration cfg = new HibernatePersistenceConfiguration("kdclgd-ddl");
        KdclgdEntities.CLASSES.forEach(cfg::managedClass);
        cfg.property("hibernate.dialect", dialect)
                .property("hibernate.boot.allow_jdbc_metadata_access", "false")
                .property("jakarta.persistence.schema-generation.database.action", "none")
                .property("jakarta.persistence.schema-generation.scripts.action", "create")
                .property("jakarta.persistence.schema-generation.scripts.create-target", target.toString())
                .property("hibernate.hbm2ddl.delimiter", ";")
                .property("hibernate.format_sql", "true")
                .property("hibernate.dialect.postgresql.version", "16");
        cfg.createEntityManagerFactory().close();
    }
}
