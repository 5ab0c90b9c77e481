package vn.kdclgd.smas.internal.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.commons.io.input.ReaderInputStream;

/**
 * A pull parser for the large parts of an xlsx — worksheets and the shared strings — working on the
 * UTF-8 bytes as they come out of the zip, without a {@code String} per element or attribute. It is
 * what lets kdclgd's xlsx reader ({@link XlsxStreamSource}) inflate and parse a sheet in one pass, with
 * {@link ZipGuard}'s checks on the same stream, instead of fastexcel-reader's parse after a separate
 * checking pass.
 *
 * <p>What it parses is XML 1.0 as Excel and other spreadsheet programs write it, with the behaviour of a
 * conforming parser in everything a well-formed part can contain: elements (a namespace prefix is
 * ignored: names are compared by local name, as fastexcel-reader does), attributes in either quote,
 * character data with the predefined entities and character references, CDATA sections, comments,
 * processing instructions, and end-of-line normalisation (CR LF and CR become LF in text; tab, CR and LF
 * become a space in attribute values). Refused as malformed: a markup declaration ({@code <!DOCTYPE},
 * {@code <!ENTITY} …; {@link ZipGuard} refuses them first when it guards the stream), an entity other
 * than the five predefined ones, a character reference to a character XML does not allow, a
 * mismatched or missing end tag, a {@code <} in an attribute value, and a part that ends inside markup.
 * Not checked, as a validating parser would: the characters allowed in names and text, undeclared
 * namespace prefixes, duplicate attributes and content after the root element. Bytes that are not
 * UTF-8 become U+FFFD. A part in another encoding is re-encoded to UTF-8 first ({@link #open}).
 *
 * <p>Events: {@link #next()} gives {@link #START} (the element's name and attributes are then readable),
 * {@link #END} (also right after the {@code START} of an empty-element tag) or {@link #EOF}; text is
 * skipped unless {@link #readText} collects it. Not thread-safe.
 */
final class ByteXml {
    /** The start of an element. */
    static final int START = 1;
    /** The end of an element. */
    static final int END = 2;
    /** The end of the part. */
    static final int EOF = 0;

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    /** Bytes of the part before {@code buf[0]}. */
    private long base;
    private boolean eof;

    /** The current element's qualified name ({@link #nameLength} bytes), its local part from {@link #localStart}. */
    private byte[] name = new byte[64];
    private int nameLength;
    private int localStart;
    /** Attribute values, decoded, one after another; {@code attrs[4i..4i+3]}: local name start/length in {@link #attrNames}, value start/length. */
    private byte[] attrValues = new byte[256];
    private int attrValuesLength;
    private byte[] attrNames = new byte[128];
    private int attrNamesLength;
    private int[] attrs = new int[64];
    private int attrCount;
    private boolean pendingEnd;

    /** The open elements' names, one after another, with their starts in {@link #stackStarts}. */
    private byte[] stack = new byte[256];
    private int stackLength;
    private int[] stackStarts = new int[16];
    private int depth;

    /** Text collected by {@link #readText}: decoded UTF-8 bytes. */
    private byte[] text = new byte[256];
    private int textLength;

    ByteXml(InputStream in) {
        this.in = in;
    }

    /**
     * A parser for {@code in}: its bytes as they are when the part is UTF-8 (as every spreadsheet program
     * writes it), else re-encoded to UTF-8 from the encoding its byte-order mark or XML declaration names.
     *
     * @throws XmlFault when the declared encoding is not one Java knows
     */
    static ByteXml open(InputStream in) throws IOException, XmlFault {
        BufferedInputStream head = new BufferedInputStream(in, 512);
        head.mark(512);
        byte[] start = head.readNBytes(512);
        head.reset();
        Charset charset = charset(start, start.length);
        if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
            return new ByteXml(head);
        }
        return new ByteXml(ReaderInputStream.builder().setReader(new InputStreamReader(head, charset))
                .setCharset(StandardCharsets.UTF_8).get());
    }

    /**
     * The encoding of a part from its first bytes: UTF-16 with a byte-order mark, else the one its XML
     * declaration names, else null (UTF-8).
     */
    static Charset charset(byte[] head, int length) throws XmlFault {
        if (length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
            return StandardCharsets.UTF_16;
        }
        String s = new String(head, 0, length, StandardCharsets.ISO_8859_1);
        int at = s.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
        if (!s.startsWith("<?xml", at)) {
            return null;
        }
        int end = s.indexOf("?>", at);
        String decl = end < 0 ? s.substring(at) : s.substring(at, end);
        int e = decl.indexOf("encoding");
        if (e < 0) {
            return null;
        }
        int q = e + "encoding".length();
        while (q < decl.length() && (decl.charAt(q) == ' ' || decl.charAt(q) == '=' || decl.charAt(q) == '\t')) {
            q++;
        }
        if (q >= decl.length() || (decl.charAt(q) != '"' && decl.charAt(q) != '\'')) {
            return null;
        }
        int close = decl.indexOf(decl.charAt(q), q + 1);
        if (close < 0) {
            return null;
        }
        String name = decl.substring(q + 1, close);
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException ex) {
            throw new XmlFault("the part is in an encoding Java does not know: " + name);
        }
    }

    // ---------------------------------------------------------------- events

    /**
     * The next {@link #START}, {@link #END} or {@link #EOF}, skipping text, comments, processing
     * instructions and CDATA.
     *
     * @throws XmlFault when the part is malformed; {@link IOException} from the stream
     */
    int next() throws IOException, XmlFault {
        if (pendingEnd) {
            pendingEnd = false;
            pop();
            return END;
        }
        while (true) {
            int b = skipToLt();
            if (b < 0) {
                if (depth > 0) {
                    throw fault("the part ends inside element <" + stackName(depth - 1) + ">");
                }
                return EOF;
            }
            int m = markup(-1);
            if (m != 0) {
                return m;
            }
        }
    }

    /** Moves to the next start of an element with local name {@code local}, at any depth; false at the end of the part. */
    boolean toStart(byte[] local) throws IOException, XmlFault {
        while (true) {
            int ev = next();
            if (ev == EOF) {
                return false;
            }
            if (ev == START && is(local)) {
                return true;
            }
        }
    }

    /** Whether the current element's local name is {@code local} (ASCII). */
    boolean is(byte[] local) {
        int n = nameLength - localStart;
        if (n != local.length) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (name[localStart + i] != local[i]) {
                return false;
            }
        }
        return true;
    }

    /** The current element's local name (for messages). */
    String localName() {
        return new String(name, localStart, nameLength - localStart, StandardCharsets.UTF_8);
    }

    /** The index of the current element's attribute with local name {@code local}, or -1. */
    int attribute(byte[] local) {
        outer:
        for (int i = 0; i < attrCount; i++) {
            int start = attrs[4 * i];
            int length = attrs[4 * i + 1];
            if (length != local.length) {
                continue;
            }
            for (int j = 0; j < length; j++) {
                if (attrNames[start + j] != local[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The value of the current element's attribute with local name {@code local}, or null. */
    String attributeValue(byte[] local) {
        int i = attribute(local);
        return i < 0 ? null : new String(attrValues, attrs[4 * i + 2], attrs[4 * i + 3], StandardCharsets.UTF_8);
    }

    /** The value bytes of attribute {@code index} ({@link #attribute}): {@link #valueLength} bytes from {@link #valueStart}. */
    byte[] values() {
        return attrValues;
    }

    int valueStart(int index) {
        return attrs[4 * index + 2];
    }

    int valueLength(int index) {
        return attrs[4 * index + 3];
    }

    /**
     * From just after a {@link #START}, collects all character data up to the end of that element (its
     * children's too) into the text buffer, keeping at most {@code maxBytes} bytes; the element's end is
     * consumed (the current event is then its {@link #END}).
     */
    void readText(int maxBytes) throws IOException, XmlFault {
        textLength = 0;
        if (pendingEnd) {
            pendingEnd = false;
            pop();
            return;
        }
        int target = depth - 1;
        boolean cr = false;
        while (true) {
            if (pos == lim && !fill()) {
                throw fault("the part ends inside element <" + stackName(depth - 1) + ">");
            }
            if (cr) {
                cr = false;
                if (buf[pos] == '\n') { // the LF of a CR LF, already given as LF
                    pos++;
                    continue;
                }
            }
            // a run of plain bytes at once
            byte[] b = buf;
            int p = pos;
            int l = lim;
            while (p < l) {
                byte c = b[p];
                if (c == '<' || c == '&' || c == '\r') {
                    break;
                }
                p++;
            }
            if (p > pos) {
                append(b, pos, p - pos, maxBytes);
                pos = p;
                continue;
            }
            byte c = buf[pos++];
            if (c == '<') {
                int m = markup(maxBytes);
                if (m == END && depth == target) {
                    return;
                }
                if (m == START && pendingEnd) {
                    pendingEnd = false;
                    pop();
                }
            } else if (c == '&') {
                reference(maxBytes);
            } else { // CR
                cr = true;
                append((byte) '\n', maxBytes);
            }
        }
    }

    /** The collected text as a string of at most {@code maxChars} characters. */
    String text(int maxChars) {
        if (textLength == 0) {
            return "";
        }
        String s = new String(text, 0, textLength, StandardCharsets.UTF_8);
        return s.length() > maxChars ? s.substring(0, maxChars) : s;
    }

    /** The collected text's bytes ({@link #textLength()} of them). */
    byte[] textBytes() {
        return text;
    }

    int textLength() {
        return textLength;
    }

    /** Bytes of the part consumed so far. */
    long position() {
        return base + pos;
    }

    // ---------------------------------------------------------------- markup

    /** Skips to just after the next '<'; -1 at the end of the part. */
    private int skipToLt() throws IOException {
        while (true) {
            byte[] b = buf;
            int p = pos;
            int l = lim;
            while (p < l) {
                if (b[p++] == '<') {
                    pos = p;
                    return '<';
                }
            }
            pos = p;
            if (!fill()) {
                return -1;
            }
        }
    }

    /**
     * After '<': a START or END, or 0 for markup that is not an element; a CDATA section's content is
     * collected as text when {@code maxBytes >= 0} (inside {@link #readText}), else skipped.
     */
    private int markup(int maxBytes) throws IOException, XmlFault {
        int c = read();
        if (c == '/') {
            endTag();
            return END;
        }
        if (c == '!') {
            bang(maxBytes);
            return 0;
        }
        if (c == '?') {
            skipPast('?', '>');
            return 0;
        }
        if (c < 0) {
            throw fault("the part ends inside a tag");
        }
        startTag(c);
        return START;
    }

    /** After "<!": a comment, or a CDATA section (its text kept when {@code maxBytes >= 0}). */
    private void bang(int maxBytes) throws IOException, XmlFault {
        int c = read();
        if (c == '-') {
            if (read() != '-') {
                throw fault("malformed comment");
            }
            // up to "-->"
            int dashes = 0;
            while (true) {
                int d = read();
                if (d < 0) {
                    throw fault("the part ends inside a comment");
                }
                if (d == '>' && dashes >= 2) {
                    return;
                }
                dashes = d == '-' ? dashes + 1 : 0;
            }
        }
        if (c == '[') {
            for (byte x : CDATA) {
                if (read() != x) {
                    throw fault("malformed CDATA section");
                }
            }
            // "]" bytes are held back until it is known that they do not start the closing "]]>"
            int brackets = 0;
            boolean cr = false;
            while (true) {
                int d = read();
                if (d < 0) {
                    throw fault("the part ends inside a CDATA section");
                }
                if (d == '>' && brackets >= 2) {
                    for (int i = 2; i < brackets && maxBytes >= 0; i++) {
                        append((byte) ']', maxBytes);
                    }
                    return;
                }
                if (d == ']') {
                    brackets++;
                    continue;
                }
                if (maxBytes < 0) {
                    brackets = 0;
                    continue;
                }
                for (; brackets > 0; brackets--) {
                    append((byte) ']', maxBytes);
                }
                if (d == '\r') {
                    cr = true;
                    append((byte) '\n', maxBytes);
                    continue;
                }
                if (d == '\n' && cr) {
                    cr = false;
                    continue;
                }
                cr = false;
                append((byte) d, maxBytes);
            }
        }
        throw fault("markup declarations (<!DOCTYPE, <!ENTITY …) are not allowed");
    }

    private static final byte[] CDATA = {'C', 'D', 'A', 'T', 'A', '['};

    /** Skips to just after the two bytes {@code a b}. */
    private void skipPast(int a, int b) throws IOException, XmlFault {
        int prev = -1;
        while (true) {
            int c = read();
            if (c < 0) {
                throw fault("the part ends inside a processing instruction");
            }
            if (c == b && prev == a) {
                return;
            }
            prev = c;
        }
    }

    private void startTag(int first) throws IOException, XmlFault {
        nameLength = 0;
        localStart = 0;
        int c = first;
        while (!isSpace(c) && c != '>' && c != '/') {
            if (c < 0 || c == '<' || c == '=') {
                throw fault(c < 0 ? "the part ends inside a tag" : "malformed tag");
            }
            if (nameLength == name.length) {
                name = Arrays.copyOf(name, nameLength * 2);
            }
            if (c == ':') {
                localStart = nameLength + 1;
            }
            name[nameLength++] = (byte) c;
            c = read();
        }
        if (nameLength == 0) {
            throw fault("an element without a name");
        }
        attrCount = 0;
        attrNamesLength = 0;
        attrValuesLength = 0;
        while (true) {
            while (isSpace(c)) {
                c = read();
            }
            if (c == '>') {
                push();
                return;
            }
            if (c == '/') {
                if (read() != '>') {
                    throw fault("malformed empty-element tag <" + localName() + ">");
                }
                push();
                pendingEnd = true;
                return;
            }
            if (c < 0) {
                throw fault("the part ends inside tag <" + localName() + ">");
            }
            c = attribute(c);
        }
    }

    /** Reads one attribute starting with byte {@code c}; returns the byte after its value. */
    private int attribute(int c) throws IOException, XmlFault {
        if (attrCount * 4 == attrs.length) {
            attrs = Arrays.copyOf(attrs, attrs.length * 2);
        }
        int nameStart = attrNamesLength;
        int local = nameStart;
        while (!isSpace(c) && c != '=') {
            if (c < 0 || c == '>' || c == '<' || c == '/' || c == '"' || c == '\'') {
                throw fault("malformed attribute in <" + localName() + ">");
            }
            if (attrNamesLength == attrNames.length) {
                attrNames = Arrays.copyOf(attrNames, attrNamesLength * 2);
            }
            if (c == ':') {
                local = attrNamesLength + 1;
            }
            attrNames[attrNamesLength++] = (byte) c;
            c = read();
        }
        while (isSpace(c)) {
            c = read();
        }
        if (c != '=' || attrNamesLength == nameStart) {
            throw fault("malformed attribute in <" + localName() + ">");
        }
        c = read();
        while (isSpace(c)) {
            c = read();
        }
        if (c != '"' && c != '\'') {
            throw fault("an attribute value without quotes in <" + localName() + ">");
        }
        int quote = c;
        int valueStart = attrValuesLength;
        boolean cr = false;
        while (true) {
            c = read();
            if (c == quote) {
                break;
            }
            if (c < 0 || c == '<') {
                throw fault(c < 0 ? "the part ends inside an attribute value" : "'<' in an attribute value of <" + localName() + ">");
            }
            if (c == '&') {
                cr = false;
                int cp = entity();
                appendAttr(cp);
                continue;
            }
            if (c == '\n' && cr) {
                cr = false;
                continue;
            }
            cr = c == '\r';
            appendAttrByte((byte) (c == '\t' || c == '\n' || c == '\r' ? ' ' : c));
        }
        attrs[4 * attrCount] = local;
        attrs[4 * attrCount + 1] = attrNamesLength - local;
        attrs[4 * attrCount + 2] = valueStart;
        attrs[4 * attrCount + 3] = attrValuesLength - valueStart;
        attrCount++;
        return read();
    }

    private void endTag() throws IOException, XmlFault {
        if (depth == 0) {
            throw fault("an end tag without a start tag");
        }
        int start = stackStarts[depth - 1];
        int length = stackLength - start;
        if (lim - pos > length && buf[pos + length] == '>'
                && Arrays.equals(buf, pos, pos + length, stack, start, start + length)) {
            // the common case, whole in the buffer: "name>"
            pos += length + 1;
            endTagMatched(start, length);
            return;
        }
        int i = 0;
        int c = read();
        while (!isSpace(c) && c != '>') {
            if (c < 0) {
                throw fault("the part ends inside a tag");
            }
            if (i >= length || stack[start + i] != (byte) c) {
                throw fault("end tag does not match <" + stackName(depth - 1) + ">");
            }
            i++;
            c = read();
        }
        if (i != length) {
            throw fault("end tag does not match <" + stackName(depth - 1) + ">");
        }
        while (isSpace(c)) {
            c = read();
        }
        if (c != '>') {
            throw fault("malformed end tag of <" + stackName(depth - 1) + ">");
        }
        endTagMatched(start, length);
    }

    /** After a matching end tag: the current name is the closed element's (as a parser reports the END event's name). */
    private void endTagMatched(int start, int length) {
        if (name.length < length) {
            name = new byte[length * 2];
        }
        System.arraycopy(stack, start, name, 0, length);
        nameLength = length;
        localStart = 0;
        for (int k = 0; k < length; k++) {
            if (name[k] == ':') {
                localStart = k + 1;
            }
        }
        attrCount = 0;
        pop();
    }

    private void push() {
        if (depth == stackStarts.length) {
            stackStarts = Arrays.copyOf(stackStarts, depth * 2);
        }
        if (stackLength + nameLength > stack.length) {
            stack = Arrays.copyOf(stack, Math.max(stack.length * 2, stackLength + nameLength));
        }
        stackStarts[depth++] = stackLength;
        System.arraycopy(name, 0, stack, stackLength, nameLength);
        stackLength += nameLength;
    }

    private void pop() {
        depth--;
        stackLength = stackStarts[depth];
    }

    private String stackName(int level) {
        int start = stackStarts[level];
        int end = level + 1 < depth ? stackStarts[level + 1] : stackLength;
        return new String(stack, start, end - start, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- references

    /** After '&' in text: appends the character it stands for. */
    private void reference(int maxBytes) throws IOException, XmlFault {
        int cp = entity();
        if (cp < 0x80) {
            append((byte) cp, maxBytes);
        } else if (cp < 0x800) {
            append((byte) (0xC0 | cp >> 6), maxBytes);
            append((byte) (0x80 | cp & 0x3F), maxBytes);
        } else if (cp < 0x10000) {
            append((byte) (0xE0 | cp >> 12), maxBytes);
            append((byte) (0x80 | cp >> 6 & 0x3F), maxBytes);
            append((byte) (0x80 | cp & 0x3F), maxBytes);
        } else {
            append((byte) (0xF0 | cp >> 18), maxBytes);
            append((byte) (0x80 | cp >> 12 & 0x3F), maxBytes);
            append((byte) (0x80 | cp >> 6 & 0x3F), maxBytes);
            append((byte) (0x80 | cp & 0x3F), maxBytes);
        }
    }

    /** After '&': the code point of a predefined entity or character reference, up to and with its ';'. */
    private int entity() throws IOException, XmlFault {
        int c = read();
        if (c == '#') {
            int radix = 10;
            c = read();
            if (c == 'x') {
                radix = 16;
                c = read();
            }
            long cp = 0;
            int digits = 0;
            while (c != ';') {
                int d = Character.digit(c, radix);
                if (c < 0 || c > 0x7F || d < 0) {
                    throw fault("malformed character reference");
                }
                cp = Math.min(cp * radix + d, 0x110000);
                digits++;
                c = read();
            }
            if (digits == 0 || !isXmlChar(cp)) {
                throw fault("a character reference to a character XML does not allow (&#" + (radix == 16 ? "x" : "")
                        + Long.toString(cp, radix) + ";)");
            }
            return (int) cp;
        }
        byte[] e = new byte[8];
        int n = 0;
        while (c != ';') {
            if (c < 0 || c == '<' || c == '&' || isSpace(c) || n == e.length) {
                throw fault("malformed entity reference");
            }
            e[n++] = (byte) c;
            c = read();
        }
        String entity = new String(e, 0, n, StandardCharsets.UTF_8);
        switch (entity) {
            case "lt":
                return '<';
            case "gt":
                return '>';
            case "amp":
                return '&';
            case "quot":
                return '"';
            case "apos":
                return '\'';
            default:
                throw fault("undeclared entity &" + entity + ";");
        }
    }

    private static boolean isXmlChar(long cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    // ---------------------------------------------------------------- buffers

    private void append(byte b, int maxBytes) {
        if (textLength < maxBytes) {
            if (textLength == text.length) {
                text = Arrays.copyOf(text, Math.min(Math.max(16, textLength * 2), Math.max(maxBytes, 16)));
            }
            text[textLength++] = b;
        }
    }

    /** Appends {@code length} bytes of {@code from} at {@code start}, as many as fit under {@code maxBytes}. */
    private void append(byte[] from, int start, int length, int maxBytes) {
        int n = Math.min(length, maxBytes - textLength);
        if (n <= 0) {
            return;
        }
        if (textLength + n > text.length) {
            text = Arrays.copyOf(text, (int) Math.min(Math.max(textLength + n, 2L * text.length), Math.max(maxBytes, 16)));
        }
        System.arraycopy(from, start, text, textLength, n);
        textLength += n;
    }

    private void appendAttrByte(byte b) {
        if (attrValuesLength == attrValues.length) {
            attrValues = Arrays.copyOf(attrValues, attrValuesLength * 2);
        }
        attrValues[attrValuesLength++] = b;
    }

    private void appendAttr(int cp) {
        byte[] utf8 = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        for (byte b : utf8) {
            appendAttrByte(b);
        }
    }

    private int read() throws IOException {
        if (pos == lim && !fill()) {
            return -1;
        }
        return buf[pos++] & 0xFF;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        base += lim;
        pos = 0;
        lim = 0;
        int n = in.read(buf, 0, buf.length);
        while (n == 0) {
            n = in.read(buf, 0, buf.length);
        }
        if (n < 0) {
            eof = true;
            return false;
        }
        lim = n;
        return true;
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    private XmlFault fault(String what) {
        return new XmlFault(what + " (byte " + position() + ")");
    }

    /** A part that is not well-formed XML (what, and the byte where it was found). */
    static final class XmlFault extends Exception {
        private static final long serialVersionUID = 1L;

        XmlFault(String message) {
            super(message);
        }
    }
}
