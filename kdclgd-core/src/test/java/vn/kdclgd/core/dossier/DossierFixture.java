package vn.kdclgd.core.dossier;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.kdclgd.core.access.Actor;
import vn.kdclgd.core.access.Grant;
import vn.kdclgd.core.access.Role;
import vn.kdclgd.core.internal.DossierJson;
import vn.kdclgd.core.service.Kdclgd;
import vn.kdclgd.core.service.Transactions;
import vn.kdclgd.core.spi.FileSystemEvidenceStore;
import vn.kdclgd.core.testing.Databases;

/** An installation for dossier tests (a fresh database and evidence store) and ZIP helpers. */
final class DossierFixture {
    static final ObjectMapper JSON = new ObjectMapper();

    record Installation(EntityManagerFactory emf, Transactions tx, Kdclgd kdclgd, DossierService dossiers, Path storeDir)
            implements AutoCloseable {
        static Installation fresh(Databases db, String name, Path dir) {
            EntityManagerFactory emf = db.freshFactory(name);
            Path storeDir = dir.resolve(name + "-store");
            Transactions tx = new Transactions(emf);
            Kdclgd k = Kdclgd.builder().entityManager(tx::current).evidenceStore(new FileSystemEvidenceStore(storeDir))
                    .clock(Clock.fixed(Instant.parse("2027-07-01T00:00:00Z"), ZoneOffset.UTC)).build();
            return new Installation(emf, tx, k, new DossierService(k), storeDir);
        }

        byte[] export(Actor actor, UUID schoolId) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            tx.run(() -> dossiers.export(actor, schoolId, out));
            return out.toByteArray();
        }

        DossierSummary importDossier(Actor actor, byte[] zip) {
            return tx.run(() -> dossiers.importDossier(actor, new ByteArrayInputStream(zip)));
        }

        /** Rows in every kdclgd table. */
        Map<String, Long> rowCounts() {
            EntityManager em = emf.createEntityManager();
            try {
                @SuppressWarnings("unchecked")
                List<String> tables = em.createNativeQuery(
                        "select lower(table_name) from information_schema.tables where lower(table_name) like 'kdcl%'").getResultList();
                Map<String, Long> counts = new TreeMap<>();
                for (String t : tables) {
                    counts.put(t, ((Number) em.createNativeQuery("select count(*) from " + t).getSingleResult()).longValue());
                }
                return counts;
            } finally {
                em.close();
            }
        }

        long storedFiles() {
            try (Stream<Path> s = Files.walk(storeDir)) {
                return s.filter(Files::isRegularFile).count();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            emf.close();
        }
    }

    static Actor admin(UUID schoolId) {
        return Actor.of("admin-" + schoolId.toString().substring(0, 8), Grant.school(Role.SCHOOL_ADMIN, schoolId));
    }

    /** Entries of a ZIP in archive order. */
    static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A ZIP of {@code entries} in their order. */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static JsonNode json(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(JsonNode node) {
        return DossierJson.bytes(node);
    }

    /** {@code entries} with a manifest that lists every other entry as it is (a consistent forgery). */
    static Map<String, byte[]> withFreshManifest(Map<String, byte[]> entries) {
        ObjectNode manifest = (ObjectNode) json(entries.get("manifest.json"));
        ArrayNode list = manifest.putArray("entries");
        new TreeMap<>(entries).forEach((name, data) -> {
            if (!name.equals("manifest.json")) {
                list.addObject().put("name", name).put("sha256", DossierJson.sha256(data)).put("size", data.length);
            }
        });
        Map<String, byte[]> out = new LinkedHashMap<>(entries);
        out.put("manifest.json", bytes(manifest));
        return out;
    }

    private DossierFixture() {
    }
}
