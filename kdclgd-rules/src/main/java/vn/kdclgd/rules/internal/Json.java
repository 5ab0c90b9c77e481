package vn.kdclgd.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import vn.kdclgd.rules.KdclException;
import vn.kdclgd.rules.Problem;

/** The pre-built, immutable Jackson mapper kdclgd uses and strict parsing with located errors. */
public final class Json {
    /** Strict: duplicate keys and trailing content are errors. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private Json() {
    }

    /** Parses {@code in} into a tree; a syntax error becomes a {@link KdclException} with line and column. */
    public static JsonNode parse(InputStream in, String source) {
        try (JsonParser p = MAPPER.createParser(in)) {
            JsonNode node = MAPPER.readTree(p);
            if (node == null || node.isMissingNode()) {
                throw new KdclException(Problem.of(Codes.BAD_JSON, source, "tệp rỗng, cần một tài liệu JSON",
                        "the file is empty; a JSON document is expected"));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new KdclException(List.of(syntax(e, source)), e);
        } catch (IOException e) {
            throw new KdclException(List.of(Problem.of(Codes.IO, source, "không đọc được: " + e.getMessage(),
                    "cannot read: " + e.getMessage())), e);
        }
    }

    /** Parses a string into a tree. */
    public static JsonNode parse(String text, String source) {
        return parse(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), source);
    }

    private static Problem syntax(JsonProcessingException e, String source) {
        JsonLocation loc = e.getLocation();
        String where = source + (loc == null ? "" : " dòng/line " + loc.getLineNr() + ", cột/column " + loc.getColumnNr());
        String detail = e.getOriginalMessage();
        return Problem.of(Codes.BAD_JSON, where, "JSON không hợp lệ: " + detail + "; sửa lỗi cú pháp tại vị trí này",
                "invalid JSON: " + detail + "; fix the syntax at this position");
    }
}
