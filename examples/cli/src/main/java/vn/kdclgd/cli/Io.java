package vn.kdclgd.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;

/** Input files ({@code -} = standard input) and JSON output. */
final class Io {
    static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Io() {
    }

    interface Reader<T> {
        T read(InputStream in, String name);
    }

    /** Reads {@code file} (or stdin for {@code -}) with {@code reader}; missing files are bad input. */
    static <T> T read(String file, Reader<T> reader) {
        if ("-".equals(file)) {
            return reader.read(System.in, "(stdin)");
        }
        Path p = Path.of(file);
        try (InputStream in = Files.newInputStream(p)) {
            return reader.read(in, file);
        } catch (NoSuchFileException e) {
            throw new KdclException(Problem.of("KDCL-1002", file, "không có tệp này; kiểm tra đường dẫn",
                    "no such file; check the path"));
        } catch (IOException e) {
            throw new KdclException(List.of(Problem.of("KDCL-1002", file, "không đọc được tệp: " + e.getMessage(),
                    "cannot read the file: " + e.getMessage())), e);
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
