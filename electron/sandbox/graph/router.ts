/**
 * The Graph origin's front door: throttling switch, bearer-token check, path parsing
 * (`/v1.0/{set}`, `/{set}/{id}/…`, `/{set}(appId='…')/…`) and writing every reply with Graph's
 * `request-id` / `client-request-id` headers and error `innerError`.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RouteHandler, SandboxContext } from '../context.js';
import { sendJson } from '../http-util.js';
import { authenticate } from './auth.js';
import { graphError, segmentNotFound, type GraphReply } from './errors.js';
import type { EntityKey, GraphHandler } from './request.js';
import { takeThrottledReply } from './throttle.js';

/** Graph's JSON content type. */
const GRAPH_CONTENT_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

interface RequestIds {
  readonly requestId: string;
  readonly clientRequestId: string;
  readonly date: string;
}

function writeReply(res: ServerResponse, reply: GraphReply, ids: RequestIds): void {
  const headers: Record<string, string> = { 'request-id': ids.requestId, 'client-request-id': ids.clientRequestId };
  if (reply.kind === 'empty') {
    res.writeHead(204, { ...headers, 'Cache-Control': 'no-store' });
    res.end();
    return;
  }
  if (reply.kind === 'json') {
    sendJson(res, reply.status, reply.body, { ...headers, 'Content-Type': GRAPH_CONTENT_TYPE, 'OData-Version': '4.0' });
    return;
  }
  const innerError = reply.throttled
    ? { code: String(reply.status), date: ids.date, 'request-id': ids.requestId, status: String(reply.status) }
    : { date: ids.date, 'request-id': ids.requestId, 'client-request-id': ids.clientRequestId };
  sendJson(res, reply.status, { error: { code: reply.code, message: reply.message, innerError } },
    { ...headers, ...(reply.headers ?? {}), 'Content-Type': GRAPH_CONTENT_TYPE });
}

/** Splits `servicePrincipals(appId='…')` into the set name and its key. */
function parseHead(segment: string): { name: string; key?: EntityKey } | undefined {
  const m = /^([A-Za-z0-9_.]+)(?:\((.*)\))?$/.exec(segment);
  if (!m) return undefined;
  if (m[2] === undefined) return { name: m[1]! };
  const key = /^(?:(id|appId)=)?'((?:[^']|'')*)'$/i.exec(m[2].trim());
  if (!key) return undefined;
  const by = key[1]?.toLowerCase() === 'appid' ? 'appId' : 'id';
  return { name: m[1]!, key: { by, value: key[2]!.replace(/''/g, "'") } };
}

function decodeSegments(pathname: string): string[] | undefined {
  try {
    return pathname.split('/').filter((s) => s !== '').map((s) => decodeURIComponent(s));
  } catch {
    return undefined;
  }
}

/** Entity sets (lower-case name → handler) and which of them take a key. */
export interface GraphSet {
  readonly handler: GraphHandler;
  /** Sets like `servicePrincipals` take `/{id}`; singletons like `me` do not. */
  readonly keyed: boolean;
}

async function route(ctx: SandboxContext, req: IncomingMessage, url: URL, sets: ReadonlyMap<string, GraphSet>): Promise<GraphReply> {
  const throttled = takeThrottledReply(ctx);
  if (throttled) return throttled;
  const segments = decodeSegments(url.pathname);
  if (!segments) return graphError(400, 'BadRequest', 'Invalid request path.');
  const [version, head, ...rest] = segments;
  if (version !== 'v1.0') return graphError(400, 'BadRequest', `Invalid version: ${version ?? ''}`);
  if (head === undefined) return segmentNotFound('v1.0');
  const caller = authenticate(ctx, req);
  if (caller.kind === 'error') return caller;
  const parsed = parseHead(head);
  const set = parsed ? sets.get(parsed.name.toLowerCase()) : undefined;
  if (!parsed || !set) return segmentNotFound(parsed?.name ?? head);
  let key = parsed.key;
  let after = rest;
  if (key && !set.keyed) return segmentNotFound(head);
  if (!key && set.keyed && rest.length > 0) {
    key = { by: 'id', value: rest[0]! };
    after = rest.slice(1);
  }
  return set.handler({ ctx, req, url, method: (req.method ?? 'GET').toUpperCase(), caller, origin: ctx.urls.graphOrigin, key, rest: after });
}

/** The Graph route handler over the given entity sets. */
export function createGraphRouter(ctx: SandboxContext, sets: ReadonlyMap<string, GraphSet>): RouteHandler {
  return async (req, res, url) => {
    const requestId = randomUUID();
    const sent = req.headers['client-request-id'];
    // Graph echoes the client's id, or uses its own request id when the client sent none.
    const ids: RequestIds = {
      requestId,
      clientRequestId: typeof sent === 'string' && sent !== '' ? sent : requestId,
      date: new Date(ctx.state.now()).toISOString().slice(0, 19),
    };
    const reply = await route(ctx, req, url, sets);
    ctx.log(`graph: ${req.method ?? 'GET'} ${url.pathname} ${reply.kind === 'error' ? `${reply.status} ${reply.code}` : reply.kind === 'json' ? reply.status : 204}`);
    writeReply(res, reply, ids);
    return true;
  };
}
