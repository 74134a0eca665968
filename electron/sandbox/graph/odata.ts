/**
 * OData query options on Graph collections and entities: `$select` (projection, with Graph's
 * message for unknown properties), `$filter` (odata-filter.ts), `$top` and server-driven paging
 * with an opaque `$skiptoken` inside `@odata.nextLink` (default page size 100, as the directory).
 */
import { graphError, type GraphErrorReply } from './errors.js';
import { matchesFilter, parseFilter, type EntitySetSpec, type FilterClause } from './odata-filter.js';

/** The directory's default page size. */
export const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 999;
const SUPPORTED_OPTIONS = new Set(['$filter', '$select', '$top', '$skiptoken']);
const KNOWN_UNSUPPORTED = new Set(['$orderby', '$expand', '$count', '$search', '$skip', '$format']);
const SKIPTOKEN_PREFIX = 'sandbox-page:';

/** Parsed query options of one request. */
export interface GraphQuery {
  readonly filter: readonly FilterClause[];
  /** Canonical property names, or undefined for the default shape. */
  readonly select: readonly string[] | undefined;
  readonly top: number;
  readonly offset: number;
}

/** Reads `$select` against a type's properties. */
export function readSelect(url: URL, spec: Pick<EntitySetSpec, 'type' | 'properties'>): readonly string[] | undefined | GraphErrorReply {
  const raw = url.searchParams.get('$select');
  if (raw === null || raw.trim() === '') return undefined;
  const out: string[] = [];
  for (const name of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
    const canonical = spec.properties.find((p) => p.toLowerCase() === name.toLowerCase());
    if (!canonical) return graphError(400, 'BadRequest', `Could not find a property named '${name}' on type 'microsoft.graph.${spec.type}'.`);
    if (!out.includes(canonical)) out.push(canonical);
  }
  return out;
}

/** Reads every query option of a collection request. */
export function readQuery(url: URL, spec: EntitySetSpec): GraphQuery | GraphErrorReply {
  for (const key of url.searchParams.keys()) {
    if (!key.startsWith('$') || SUPPORTED_OPTIONS.has(key)) continue;
    if (KNOWN_UNSUPPORTED.has(key.toLowerCase())) return graphError(400, 'Request_UnsupportedQuery', 'Unsupported query.');
    return graphError(400, 'BadRequest', `The query parameter '${key}' is not supported.`);
  }
  const select = readSelect(url, spec);
  if (select !== undefined && !Array.isArray(select)) return select as GraphErrorReply;
  const filterText = url.searchParams.get('$filter');
  let filter: FilterClause[] = [];
  if (filterText !== null) {
    const parsed = parseFilter(filterText, spec);
    if (!Array.isArray(parsed)) return parsed;
    filter = parsed;
  }
  const topText = url.searchParams.get('$top');
  let top = DEFAULT_PAGE_SIZE;
  if (topText !== null) {
    top = /^\d+$/.test(topText) ? Number(topText) : Number.NaN;
    if (!(top >= 1 && top <= MAX_PAGE_SIZE)) {
      return graphError(400, 'Request_UnsupportedQuery', `Invalid page size specified: '${topText}'. Must be between 1 and ${MAX_PAGE_SIZE} inclusive.`);
    }
  }
  const skipToken = url.searchParams.get('$skiptoken');
  let offset = 0;
  if (skipToken !== null) {
    const decoded = Buffer.from(skipToken, 'base64url').toString('utf8');
    offset = decoded.startsWith(SKIPTOKEN_PREFIX) ? Number(decoded.slice(SKIPTOKEN_PREFIX.length)) : Number.NaN;
    if (!Number.isInteger(offset) || offset < 0) {
      return graphError(400, 'Directory_ExpiredPageToken', 'The specified page token value has expired and can no longer be included in your request.');
    }
  }
  return { filter, select: select as readonly string[] | undefined, top, offset };
}

/** Keeps only the selected properties (all of them when nothing is selected). */
export function project(item: Readonly<Record<string, unknown>>, select: readonly string[] | undefined): Record<string, unknown> {
  if (!select) return { ...item };
  const out: Record<string, unknown> = {};
  for (const name of select) out[name] = item[name] ?? null;
  return out;
}

/** `{origin}/v1.0/$metadata#{fragment}`, Graph's `@odata.context` with the sandbox origin. */
export function contextUrl(graphOrigin: string, fragment: string): string {
  return `${graphOrigin}/v1.0/$metadata#${fragment}`;
}

/** The context fragment of a set, with the selected properties: `servicePrincipals(id,appId)`. */
export function setFragment(set: string, select: readonly string[] | undefined): string {
  return select ? `${set}(${select.join(',')})` : set;
}

function nextLink(graphOrigin: string, url: URL, offset: number): string {
  const params: string[] = [];
  for (const [key, value] of url.searchParams) {
    if (key !== '$skiptoken') params.push(`${key}=${encodeURIComponent(value)}`);
  }
  params.push(`$skiptoken=${Buffer.from(`${SKIPTOKEN_PREFIX}${offset}`).toString('base64url')}`);
  return `${graphOrigin}${url.pathname}?${params.join('&')}`;
}

/**
 * A collection reply: filter the Graph-shaped items, take one page, project, and add
 * `@odata.nextLink` when more remain.
 */
export function collectionBody(
  graphOrigin: string,
  url: URL,
  contextFragment: string,
  items: readonly Readonly<Record<string, unknown>>[],
  query: GraphQuery,
): Record<string, unknown> {
  const matching = items.filter((i) => matchesFilter(i, query.filter));
  const page = matching.slice(query.offset, query.offset + query.top).map((i) => project(i, query.select));
  const more = query.offset + query.top < matching.length;
  return {
    '@odata.context': contextUrl(graphOrigin, contextFragment),
    ...(more ? { '@odata.nextLink': nextLink(graphOrigin, url, query.offset + query.top) } : {}),
    value: page,
  };
}

/** A single-entity reply with `@odata.context` `{set}/$entity` (respecting `$select`). */
export function entityBody(
  graphOrigin: string,
  set: string,
  item: Readonly<Record<string, unknown>>,
  select: readonly string[] | undefined,
): Record<string, unknown> {
  return { '@odata.context': contextUrl(graphOrigin, `${setFragment(set, select)}/$entity`), ...project(item, select) };
}
