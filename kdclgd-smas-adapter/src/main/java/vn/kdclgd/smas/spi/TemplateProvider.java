package vn.kdclgd.smas.spi;

import java.net.URL;
import java.util.List;

/**
 * A vendor's import templates on the classpath, found with {@link java.util.ServiceLoader} (register the
 * implementation in {@code META-INF/services/vn.kdclgd.smas.spi.TemplateProvider}). Each URL is a mapping
 * file in the {@code kdclgd-import-template/1} format (docs/import.md, "Templates are data"): a new export template
 * is a mapping file, not Java code.
 */
public interface TemplateProvider {
    /** The mapping files this provider contributes. */
    List<URL> templates();
}
