package vn.kdclgd.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Canonical JSON: object keys sorted (by UTF-16 code units), no insignificant white space, strings in
 * Unicode NFC; array order is kept (callers sort what has no natural order). SHA-256 of its UTF-8 bytes.
 */
public final class Canonical {
    /** The node factory. */
    public static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** A mapper for reading and compact writing. */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Canonical() {
    }

    /** The canonical text of {@code node}. */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(sorted(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses JSON text into a tree. */
    public static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static JsonNode sorted(JsonNode n) {
        if (n.isObject()) {
            List<String> names = new ArrayList<>();
            n.fieldNames().forEachRemaining(names::add);
            Collections.sort(names);
            ObjectNode o = F.objectNode();
            for (String name : names) {
                o.set(Text.nfc(name), sorted(n.get(name)));
            }
            return o;
        }
        if (n.isArray()) {
            ArrayNode a = F.arrayNode();
            for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
                a.add(sorted(it.next()));
            }
            return a;
        }
        if (n.isTextual()) {
            return F.textNode(Text.nfc(n.textValue()));
        }
        return n;
    }
}
