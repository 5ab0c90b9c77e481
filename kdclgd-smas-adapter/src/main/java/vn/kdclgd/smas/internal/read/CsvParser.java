package vn.kdclgd.smas.internal.read;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records from a character stream: fields split by one delimiter, a field in double quotes may
 * hold delimiters, line breaks and doubled quotes; records end at CRLF, LF or CR. Lenient where Excel is:
 * a quote inside an unquoted field, or text after a closing quote, is kept as text.
 *
 * <p>A field longer than {@code maxChars}, or a non-empty field beyond the first {@code maxFields}, stops the
 * parse through {@link Limits} before the text is gathered, so a hostile file cannot exhaust memory; empty
 * fields beyond {@code maxFields} (a title row padded with delimiters) are dropped.
 */
final class CsvParser {
    /** Called when a limit is passed; must throw. */
    interface Limits {
        /** A field has passed {@code maxChars} characters. */
        RuntimeException fieldTooLong(int record, int field);

        /** A record has passed {@code maxFields} fields. */
        RuntimeException tooManyFields(int record, int field);

        /** The input ended inside a quoted field that began in {@code record}. */
        RuntimeException unclosedQuote(int record, int field);
    }

    private static final int EOF = -1;

    private final Reader in;
    private final char delimiter;
    private final int maxChars;
    private final int maxFields;
    private final Limits limits;
    private int pushback = -2;
    private int record;
    private int beyond;

    CsvParser(Reader in, char delimiter, int maxChars, int maxFields, Limits limits) {
        this.in = in;
        this.delimiter = delimiter;
        this.maxChars = maxChars;
        this.maxFields = maxFields;
        this.limits = limits;
    }

    /** The 1-based number of the record last returned. */
    int recordNumber() {
        return record;
    }

    /** The next record's fields, or null at the end of the input. A blank line is one empty field. */
    List<String> next() throws IOException {
        int c = read();
        if (c == EOF) {
            return null;
        }
        record++;
        beyond = 0;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (quoted) {
                if (c == EOF) {
                    throw limits.unclosedQuote(record, fields.size() + beyond);
                }
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        append(field, '"', fields.size() + beyond);
                    } else {
                        quoted = false;
                        c = n;
                        continue;
                    }
                } else {
                    append(field, (char) c, fields.size() + beyond);
                }
            } else if (c == EOF || c == '\n' || c == '\r') {
                if (c == '\r') {
                    int n = read();
                    if (n != '\n') {
                        unread(n);
                    }
                }
                addField(fields, field);
                return fields;
            } else if (c == delimiter) {
                addField(fields, field);
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else {
                append(field, (char) c, fields.size() + beyond);
            }
            c = read();
        }
    }

    /** Adds a field; beyond {@code maxFields} only empty fields are allowed, and are not kept. */
    private void addField(List<String> fields, StringBuilder field) {
        if (fields.size() + beyond >= maxFields) {
            if (field.length() > 0) {
                throw limits.tooManyFields(record, fields.size() + beyond);
            }
            beyond++;
            return;
        }
        fields.add(field.toString());
    }

    private void append(StringBuilder field, char c, int index) {
        if (field.length() >= maxChars) {
            throw limits.fieldTooLong(record, index);
        }
        field.append(c);
    }

    private int read() throws IOException {
        if (pushback != -2) {
            int c = pushback;
            pushback = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        pushback = c;
    }
}
