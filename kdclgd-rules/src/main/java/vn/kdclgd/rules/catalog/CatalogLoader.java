package vn.kdclgd.rules.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;
import vn.kdclgd.rules.internal.Amendment;
import vn.kdclgd.rules.internal.CatalogReader;
import vn.kdclgd.rules.internal.CatalogWriter;
import vn.kdclgd.rules.internal.Codes;
import vn.kdclgd.rules.internal.Json;
import vn.kdclgd.rules.internal.JsonChecker;

/**
 * Reads, validates and writes single catalog files (format {@code kdclgd-catalog/1}). Validation
 * is complete before anything is built: every problem is reported at once with its JSON path, and a
 * catalog with any problem is never returned. Registries ({@link CatalogRegistry}) use the same checks.
 */
public final class CatalogLoader {
    private CatalogLoader() {
    }

    /**
     * Reads one catalog.
     *
     * @param in         the JSON document (not closed)
     * @param sourceName name used in messages, e.g. the file name
     * @throws KdclException with every problem found
     */
    public static Catalog read(InputStream in, String sourceName) {
        return fromTree(Json.parse(in, sourceName), sourceName);
    }

    /** Reads one catalog from a file; see {@link #read(InputStream, String)}. */
    public static Catalog load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new KdclException(List.of(Problem.of(Codes.IO, file.toString(),
                    "không đọc được tệp: " + e.getMessage() + "; kiểm tra đường dẫn và quyền đọc",
                    "cannot read the file: " + e.getMessage() + "; check the path and permissions")), e);
        }
    }

    /** Reads a catalog from a parsed tree. */
    static Catalog fromTree(JsonNode root, String sourceName) {
        JsonChecker checker = new JsonChecker();
        Catalog catalog = new CatalogReader(checker).read(root);
        if (checker.hasProblems() || catalog == null) {
            throw new KdclException(checker.problems().stream().map(p -> p.within(sourceName)).toList());
        }
        return catalog;
    }

    /**
     * Validates a catalog or amendment file and returns every problem (empty = valid). An amendment
     * is also applied to its base catalogs found in {@code context}.
     */
    public static List<Problem> validate(Path file, CatalogRegistry context) {
        String name = file.toString();
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = Json.parse(in, name);
        } catch (KdclException e) {
            return e.problems();
        } catch (IOException e) {
            return List.of(Problem.of(Codes.IO, name, "không đọc được tệp: " + e.getMessage(),
                    "cannot read the file: " + e.getMessage()));
        }
        JsonChecker checker = new JsonChecker();
        if (Amendment.FORMAT.equals(root.path("format").asText())) {
            Amendment amendment = Amendment.read(root, checker);
            List<Problem> problems = new ArrayList<>(checker.problems().stream().map(p -> p.within(name)).toList());
            if (amendment != null) {
                amendment.apply(context::find, name, problems);
            }
            return problems;
        }
        new CatalogReader(checker).read(root);
        return checker.problems().stream().map(p -> p.within(name)).toList();
    }

    /** The catalog as pretty-printed {@code kdclgd-catalog/1} JSON; reading it back gives an equal catalog. */
    public static String toJson(Catalog catalog) {
        try {
            return Json.MAPPER.writeValueAsString(CatalogWriter.toTree(catalog)) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
