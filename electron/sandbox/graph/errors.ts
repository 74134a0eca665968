/**
 * What a Graph handler answers, as data: a JSON body, no content, or an OData error. The router
 * (router.ts) adds what every Graph reply carries — `request-id` / `client-request-id` headers and
 * the error's `innerError` — so handlers only say what happened.
 *
 * Codes and messages are Graph's own (microsoft-graph-docs-contrib concepts/errors.md and the
 * directory's replies as seen in public issue threads), because clients code against them.
 */

/** A successful JSON reply. */
export interface GraphJsonReply {
  readonly kind: 'json';
  readonly status: 200 | 201;
  readonly body: Readonly<Record<string, unknown>>;
}

/** 204 No Content (PATCH, DELETE, removePassword). */
export interface GraphEmptyReply {
  readonly kind: 'empty';
}

/** An OData error reply. `throttled` errors carry Graph's 429 innerError shape. */
export interface GraphErrorReply {
  readonly kind: 'error';
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly throttled?: boolean;
}

/** Any reply a Graph handler returns. */
export type GraphReply = GraphJsonReply | GraphEmptyReply | GraphErrorReply;

/** A JSON reply (200 unless told). */
export function json(body: Readonly<Record<string, unknown>>, status: 200 | 201 = 200): GraphJsonReply {
  return { kind: 'json', status, body };
}

/** 204 No Content. */
export const noContent: GraphEmptyReply = { kind: 'empty' };

/** An OData error. */
export function graphError(status: number, code: string, message: string, headers?: Record<string, string>): GraphErrorReply {
  return { kind: 'error', status, code, message, ...(headers ? { headers } : {}) };
}

/** 403 as Graph answers a token without the needed permission or a user without the admin role. */
export function accessDenied(): GraphErrorReply {
  return graphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
}

/** 404 for a directory object that is not there (by id, appId or userPrincipalName). */
export function resourceNotFound(key: string): GraphErrorReply {
  return graphError(404, 'Request_ResourceNotFound',
    `Resource '${key}' does not exist or one of its queried reference-property objects are not present.`);
}

/** 400 for a path segment Graph does not know. */
export function segmentNotFound(segment: string): GraphErrorReply {
  return graphError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`);
}

/** 405 for a known resource with a method it does not take. */
export function methodNotAllowed(): GraphErrorReply {
  return graphError(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request target.');
}

/** 400 for a property value the directory rejects. */
export function invalidValue(property: string, resource: string): GraphErrorReply {
  return graphError(400, 'Request_BadRequest', `Invalid value specified for property '${property}' of resource '${resource}'.`);
}

/** 400 for a body property the type does not have (OData's message). */
export function unknownProperty(property: string, type: string): GraphErrorReply {
  return graphError(400, 'BadRequest',
    `Property '${property}' does not exist on type 'microsoft.graph.${type}'. Make sure to only use property names that are defined by the type or mark the type as open type.`);
}

/** 400 for a body that is not a JSON object. */
export function unreadableBody(): GraphErrorReply {
  return graphError(400, 'BadRequest',
    'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
}

/** 400 for an id that is not a GUID. */
export function invalidObjectId(id: string): GraphErrorReply {
  return graphError(400, 'Request_BadRequest', `Invalid object identifier '${id}'.`);
}

/** True when a value is a GUID in its usual text form. */
export function isGuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
