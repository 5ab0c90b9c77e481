package vn.kdclgd.smas;

import java.util.List;

/**
 * A loaded import template, as listed to users.
 *
 * @param id       template id (e.g. {@code csdl-c1-hocsinh})
 * @param title    what export it reads
 * @param source   the system that exports it
 * @param kind     what its rows are
 * @param required header names (first alias) of the required columns
 * @param origin   where it was loaded from
 */
public record TemplateInfo(String id, String title, String source, ImportKind kind, List<String> required, String origin) {
}
