package vn.kdclgd.rules.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Test support: the bundled data files (class path), the project's {@code docs/} folder and the
 * read-only regulation sources in {@code ../shared/regulations}.
 */
public final class BundledTestFiles {

    /** Strict JSON reader (duplicate keys are an error). */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Ids of the six bundled catalogs. */
    public static final List<String> CATALOG_IDS = List.of(
            "TT19-2018", "TT17-2018", "TT18-2018", "TT57-2026-MN", "TT57-2026-PT", "TT57-2026-GDTX");

    /** Class-path folder of the bundled data. */
    public static final String RESOURCE_ROOT = "/vn/kdclgd/rules/";

    private BundledTestFiles() {
    }

    /** Whether {@code catalogId} belongs to the TT57/2026 regime. */
    public static boolean isTt57(String catalogId) {
        return catalogId.startsWith("TT57-2026");
    }

    /** A bundled resource, e.g. {@code catalogs/TT17-2018.json}, as a JSON tree. */
    public static JsonNode bundled(String relativePath) {
        return readJson(bundledText(relativePath));
    }

    /** A bundled resource as text (UTF-8). */
    public static String bundledText(String relativePath) {
        try (InputStream in = BundledTestFiles.class.getResourceAsStream(RESOURCE_ROOT + relativePath)) {
            if (in == null) {
                throw new AssertionError("bundled resource missing: " + RESOURCE_ROOT + relativePath);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bundled catalog by id. */
    public static JsonNode catalog(String catalogId) {
        return bundled("catalogs/" + catalogId + ".json");
    }

    /** Parses JSON text strictly. */
    public static JsonNode readJson(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a file as UTF-8 text. */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The folder {@code shared/regulations}: {@code ${kdclgd.project.dir}/../shared/regulations} (set by
     * surefire to the multi-module root), else the first {@code shared/regulations} found walking up
     * from {@code user.dir}.
     */
    public static Optional<Path> sharedRegulations() {
        String projectDir = System.getProperty("kdclgd.project.dir");
        if (projectDir != null && !projectDir.isBlank()) {
            Path p = Paths.get(projectDir).resolve("../shared/regulations").normalize();
            if (Files.isDirectory(p)) {
                return Optional.of(p);
            }
        }
        for (Path dir = Paths.get(System.getProperty("user.dir")).toAbsolutePath(); dir != null;
                dir = dir.getParent()) {
            Path p = dir.resolve("shared/regulations");
            if (Files.isDirectory(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** {@link #sharedRegulations()}, or aborts the test (skipped, not failed) with a clear message. */
    public static Path sharedRegulationsOrAbort() {
        return sharedRegulations().orElseGet(() -> {
            Assumptions.abort("regulation sources not found: neither ${kdclgd.project.dir}/../shared/regulations "
                    + "(kdclgd.project.dir=" + System.getProperty("kdclgd.project.dir") + ") nor a "
                    + "shared/regulations folder above user.dir=" + System.getProperty("user.dir")
                    + "; the comparison with the sources is skipped");
            return null;
        });
    }

    /** The source catalog file of a bundled catalog. */
    public static Path sourceCatalog(Path shared, String catalogId) {
        return isTt57(catalogId) ? shared.resolve("tt57-2026").resolve(catalogId + ".json")
                : shared.resolve(catalogId + ".json");
    }

    /** The RULES.md that goes with a bundled catalog. */
    public static Path rulesFile(Path shared, String catalogId) {
        return isTt57(catalogId) ? shared.resolve("tt57-2026/RULES.md") : shared.resolve("RULES.md");
    }

    /**
     * The multi-module project root (holds {@code docs/catalog-format.md}): {@code kdclgd.project.dir},
     * else walking up from {@code user.dir}.
     */
    public static Path projectRoot() {
        List<Path> candidates = new ArrayList<>();
        String projectDir = System.getProperty("kdclgd.project.dir");
        if (projectDir != null && !projectDir.isBlank()) {
            candidates.add(Paths.get(projectDir));
        }
        for (Path dir = Paths.get(System.getProperty("user.dir")).toAbsolutePath(); dir != null;
                dir = dir.getParent()) {
            candidates.add(dir);
        }
        for (Path c : candidates) {
            if (Files.isRegularFile(c.resolve("docs/catalog-format.md"))) {
                return c.toAbsolutePath().normalize();
            }
        }
        throw new AssertionError("project root (with docs/catalog-format.md) not found from kdclgd.project.dir="
                + projectDir + " or user.dir=" + System.getProperty("user.dir"));
    }

    /** Collects every string value of a JSON tree. */
    public static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.textValue());
        } else if (node.isContainerNode()) {
            node.forEach(child -> collect(child, out));
        }
    }
}
