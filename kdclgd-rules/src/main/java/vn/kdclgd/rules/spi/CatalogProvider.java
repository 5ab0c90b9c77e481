package vn.kdclgd.rules.spi;

import java.util.List;

/**
 * Supplies catalogs and amendments to a {@link vn.kdclgd.rules.catalog.CatalogRegistry}. Vendors
 * register implementations in {@code META-INF/services/vn.kdclgd.rules.spi.CatalogProvider}; the
 * default registry finds them with {@link java.util.ServiceLoader}. Every document a provider supplies
 * is validated like a bundled one; a bad one stops the registry from being built (never half-loaded).
 */
public interface CatalogProvider {

    /** A short name for messages, e.g. the vendor's product. */
    String name();

    /** The documents, in the order they should be read (amendments after their base catalogs). */
    List<CatalogSource> sources();
}
