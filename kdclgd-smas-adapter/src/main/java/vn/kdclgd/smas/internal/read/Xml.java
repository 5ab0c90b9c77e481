package vn.kdclgd.smas.internal.read;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.aalto.stax.InputFactoryImpl;

/**
 * StAX helpers for the parts of an xlsx the spill reader streams itself ({@link SpilledStrings},
 * {@link XlsxStreamSource}). They walk a document the way fastexcel-reader's {@code SimpleXmlReader}
 * does — by local name, at any depth — so that both readers find the same elements.
 */
final class Xml {
    /**
     * Aalto (fastexcel-reader's own parser, fast) with DTDs, external entities and entity replacement
     * off, as {@link XlsxParts#safeFactory()}. {@link ZipGuard} has refused any markup declaration
     * already; an entity reference left over is an error ({@link #next}).
     */
    static final XMLInputFactory FACTORY = secure(new InputFactoryImpl());

    private Xml() {
    }

    /** {@code factory} with DTDs, external entities and entity replacement off. */
    static XMLInputFactory secure(XMLInputFactory factory) {
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
        return factory;
    }

    /**
     * The next event; an entity reference other than the predefined ones (which the parser replaces)
     * fails, as it does in fastexcel-reader, whose parser cannot expand one.
     */
    static int next(XMLStreamReader r) throws XMLStreamException {
        int ev = r.next();
        if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new XMLStreamException("undeclared entity &" + r.getLocalName() + ";", r.getLocation());
        }
        return ev;
    }

    /** Moves to the next start of an element named {@code name}; false at the end of the document. */
    static boolean toStart(XMLStreamReader r, String name) throws XMLStreamException {
        while (r.hasNext()) {
            if (next(r) == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Moves to the next end of an element named {@code name}; false at the end of the document. */
    static boolean toEnd(XMLStreamReader r, String name) throws XMLStreamException {
        while (r.hasNext()) {
            if (next(r) == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * From just after the start of element {@code name} to its end, appends all character data inside
     * it (child elements' too) to {@code sb} while {@code sb} is shorter than {@code cap}; what does not
     * fit is read and dropped.
     */
    static void appendText(XMLStreamReader r, String name, StringBuilder sb, int cap) throws XMLStreamException {
        int depth = 1;
        while (r.hasNext()) {
            int ev = next(r);
            switch (ev) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    int room = cap - sb.length();
                    if (room > 0) {
                        int length = r.getTextLength();
                        sb.append(r.getTextCharacters(), r.getTextStart(), Math.min(length, room));
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> {
                    if (--depth == 0 && r.getLocalName().equals(name)) {
                        return;
                    }
                }
                default -> {
                }
            }
        }
    }

    /** Closes a reader and its stream, ignoring failures (the caller is done with both, or failing). */
    static void closeQuietly(XMLStreamReader r, InputStream in) {
        try {
            if (r != null) {
                r.close();
            }
        } catch (XMLStreamException ignored) {
            // nothing left to read
        }
        try {
            if (in != null) {
                in.close();
            }
        } catch (java.io.IOException ignored) {
            // nothing left to read
        }
    }
}
