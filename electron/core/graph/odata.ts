/**
 * Building Graph query strings safely: `$select` keeps replies small (and Graph returns only
 * default properties without it), and values inside `$filter` or key segments are OData string
 * literals, where a quote is doubled — so a display name like "O'Neil" cannot end the literal.
 */

/** An OData string literal: 'value' with inner quotes doubled. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** Query options of a Graph request. */
export interface ODataQuery {
  readonly select?: readonly string[];
  readonly filter?: string;
  readonly top?: number;
}

/** `path?$filter=…&$select=…&$top=…`, each value URI-encoded. */
export function withQuery(path: string, query: ODataQuery): string {
  const parts: string[] = [];
  if (query.filter) parts.push(`$filter=${encodeURIComponent(query.filter)}`);
  if (query.select && query.select.length > 0) parts.push(`$select=${query.select.map(encodeURIComponent).join(',')}`);
  if (query.top !== undefined) parts.push(`$top=${query.top}`);
  return parts.length === 0 ? path : `${path}?${parts.join('&')}`;
}

/** A path segment for an id or a UPN (URI-encoded; `/`, `?` and `#` cannot change the path). */
export function segment(value: string): string {
  return encodeURIComponent(value);
}

/** An alternate-key segment, e.g. `servicePrincipals(appId='…')` (S12b). */
export function alternateKey(collection: string, key: string, value: string): string {
  return `${collection}(${key}=${encodeURIComponent(odataString(value))})`;
}
