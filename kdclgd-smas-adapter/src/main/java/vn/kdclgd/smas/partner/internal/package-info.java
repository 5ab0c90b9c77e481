/**
 * Implementation of the partner HTTP API client: configuration checks and reading, the HTTP exchange
 * with retries, paging and JSON reading. No promise to users; use {@link vn.kdclgd.smas.partner}.
 */
package vn.kdclgd.smas.partner.internal;
