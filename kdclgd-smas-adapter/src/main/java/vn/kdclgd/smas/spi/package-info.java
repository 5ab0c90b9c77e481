/** Extension points of the importer: vendors' templates found with {@link java.util.ServiceLoader}. */
package vn.kdclgd.smas.spi;
