package vn.kdclgd.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;

import org.flywaydb.core.Flyway;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.access.Grant;
import vn.kdclgd.core.access.Role;
import vn.kdclgd.core.model.KdclgdEntities;
import vn.kdclgd.core.service.Kdclgd;
import vn.kdclgd.core.service.Transactions;
import vn.kdclgd.core.spi.FileSystemEvidenceStore;
import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.catalog.CatalogRegistry;

/**
 * The CLI's own kdclgd installation in a folder: an embedded H2 database ({@code DIR/kdclgd.mv.db},
 * migrated by Flyway from kdclgd-core's scripts) and a file-system evidence store
 * ({@code DIR/evidence}). The CLI acts as a built-in local administrator, {@value #ACTOR_ID}: whoever
 * can run it can read and write the files of the folder anyway.
 */
final class LocalDatabase implements AutoCloseable {
    /** The account id the CLI records in the audit trail. */
    static final String ACTOR_ID = "kdclgd-cli";
    /** Problem code: no kdclgd database in the folder. */
    static final String NO_DATABASE = "KDCL-8050";

    private final EntityManagerFactory emf;
    final Transactions tx;
    final Kdclgd kdclgd;

    private LocalDatabase(Path dir, CatalogRegistry catalogs) {
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("kdclgd") + ";DB_CLOSE_ON_EXIT=FALSE";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration/kdclgd/h2").load().migrate();
        HibernatePersistenceConfiguration cfg = new HibernatePersistenceConfiguration("kdclgd-cli");
        KdclgdEntities.CLASSES.forEach(cfg::managedClass);
        cfg.jdbcUrl(url).jdbcUsername("sa").jdbcPassword("")
                .property("hibernate.hbm2ddl.auto", "validate")
                .property("hibernate.connection.pool_size", "2");
        this.emf = cfg.createEntityManagerFactory();
        this.tx = new Transactions(emf);
        this.kdclgd = Kdclgd.builder().entityManager(tx::current).catalogs(catalogs)
                .evidenceStore(new FileSystemEvidenceStore(dir.resolve("evidence"))).build();
    }

    /** Opens (creating it when {@code create}) the installation in {@code dir}. */
    static LocalDatabase open(Path dir, boolean create, CatalogRegistry catalogs) {
        quietLogging();
        if (!Files.isRegularFile(dir.resolve("kdclgd.mv.db"))) {
            if (!create) {
                throw new KdclException(Problem.of(NO_DATABASE, dir.toString(),
                        "thư mục không có cơ sở dữ liệu kdclgd (kdclgd.mv.db); tạo bằng \"kdclgd demo --db " + dir + "\" hoặc nhập một hồ sơ",
                        "no kdclgd database (kdclgd.mv.db) in this folder; create one with \"kdclgd demo --db " + dir
                                + "\" or import a dossier"));
            }
            try {
                Files.createDirectories(dir);
            } catch (java.io.IOException e) {
                throw new KdclException(java.util.List.of(Problem.of("KDCL-1002", dir.toString(),
                        "không tạo được thư mục: " + e.getMessage(), "cannot create the folder: " + e.getMessage())), e);
            }
        }
        return new LocalDatabase(dir, catalogs);
    }

    /** The local administrator, school admin of {@code schoolId}. */
    static Actor admin(UUID schoolId) {
        return Actor.of(ACTOR_ID, Grant.school(Role.SCHOOL_ADMIN, schoolId));
    }

    /** Hibernate (JBoss Logging) and Flyway log through SLF4J, which the CLI binds to nothing. */
    private static void quietLogging() {
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
    }

    @Override
    public void close() {
        emf.close();
    }
}
