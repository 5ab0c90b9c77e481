/**
 * The old-to-new criteria crosswalk (format {@code kdclgd-crosswalk/1}): for every criterion of a 2018
 * catalog, the TT57/2026 criteria that cover the same content, best match first.
 *
 * <p>The bundled crosswalk is a <em>suggestion</em> by kdclgd's maintainers — a reading of criterion
 * content, not regulation text. Use it to carry evidence or plans over from one regime to the other,
 * and review it before relying on it. See {@link vn.kdclgd.rules.crosswalk.Crosswalk}.
 */
package vn.kdclgd.rules.crosswalk;
