package vn.kdclgd.smas.internal.read;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.aalto.stax.InputFactoryImpl;

/**
 * StAX helpers for the small parts of an xlsx that kdclgd's reader ({@link XlsxStreamSource}) parses
 * with a StAX parser — the workbook part — and {@link XlsxParts}' factory; the sheets and shared strings
 * go through {@link ByteXml}.
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
