package vn.kdclgd.rules.spi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One catalog or amendment document a {@link CatalogProvider} supplies: a name for messages and a way
 * to open it. The document's {@code format} field says which kind it is.
 *
 * @param name   name used in messages, e.g. a file or resource path
 * @param opener opens the document; called once per load
 */
public record CatalogSource(String name, Opener opener) {

    /** Opens a document. */
    @FunctionalInterface
    public interface Opener {
        /** Opens the document for reading; the caller closes it. */
        InputStream open() throws IOException;
    }

    /** Validates the components. */
    public CatalogSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(opener, "opener");
    }

    /** A document in a file. */
    public static CatalogSource ofPath(Path file) {
        return new CatalogSource(file.toString(), () -> Files.newInputStream(file));
    }

    /** A document on the classpath of {@code loader}. */
    public static CatalogSource ofResource(ClassLoader loader, String resource) {
        return new CatalogSource("classpath:" + resource, () -> {
            InputStream in = loader.getResourceAsStream(resource);
            if (in == null) {
                throw new NoSuchFileException("classpath:" + resource);
            }
            return in;
        });
    }
}
