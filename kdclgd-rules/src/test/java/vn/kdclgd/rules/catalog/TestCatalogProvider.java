package vn.kdclgd.rules.catalog;

import java.util.List;

import vn.kdclgd.rules.spi.CatalogProvider;
import vn.kdclgd.rules.spi.CatalogSource;

/** A provider registered with ServiceLoader in the test resources. */
public class TestCatalogProvider implements CatalogProvider {
    @Override
    public String name() {
        return "kdclgd tests";
    }

    @Override
    public List<CatalogSource> sources() {
        return List.of(CatalogSource.ofResource(getClass().getClassLoader(), "vn/kdclgd/rules/test/provider-catalog.json"));
    }
}
