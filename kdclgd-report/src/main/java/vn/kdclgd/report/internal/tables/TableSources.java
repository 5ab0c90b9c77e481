package vn.kdclgd.report.internal.tables;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The three resources the tables are made from, loaded once: the two regulation sources (copied unchanged,
 * see the README next to them) and kdclgd's row mapping {@code mapping.json}.
 */
final class TableSources {
    /** Resource folder. */
    static final String FOLDER = "/vn/kdclgd/report/tables/";
    /** Old regime (CV 5932/5942) source. */
    static final String OLD = "CSDL-tables.json";
    /** TT57/2026 Biểu 1 Phần I source. */
    static final String TT57 = "TT57-2026-PLV-BIEU1-PHAN-I.json";
    /** kdclgd's mapping from rows to profile keys. */
    static final String MAPPING = "mapping.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile TableSources loaded;

    final JsonNode old;
    final JsonNode tt57;
    final JsonNode mapping;

    private TableSources() {
        old = read(OLD);
        tt57 = read(TT57);
        mapping = read(MAPPING);
        if (!"kdclgd-report-tables/1".equals(mapping.path("format").asText())) {
            throw new IllegalStateException(MAPPING + ": unknown format " + mapping.path("format"));
        }
    }

    /** The loaded resources. */
    static TableSources get() {
        TableSources s = loaded;
        if (s == null) {
            synchronized (TableSources.class) {
                if (loaded == null) {
                    loaded = new TableSources();
                }
                s = loaded;
            }
        }
        return s;
    }

    /** Parses one resource of {@link #FOLDER}. */
    static JsonNode read(String name) {
        try (InputStream in = TableSources.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + FOLDER + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(FOLDER + name, e);
        }
    }

    /** A printed note of {@code mapping.json}'s {@code notes}. */
    String note(String id) {
        JsonNode n = mapping.path("notes").get(id);
        if (n == null) {
            throw new IllegalStateException(MAPPING + ": no note " + id);
        }
        return n.asText();
    }
}
