/**
 * One Graph request as the resource handlers see it: who calls, which entity set, which key
 * (`/{id}` or an alternate key such as `(appId='…')`) and what follows it.
 */
import type { IncomingMessage } from 'node:http';
import type { SandboxContext } from '../context.js';
import { readBody } from '../http-util.js';
import type { GraphCaller } from './auth.js';
import { invalidValue, unknownProperty, unreadableBody, type GraphErrorReply, type GraphReply } from './errors.js';

/** How an entity is addressed: `/{id}` or `(id='…')`, or the alternate key `(appId='…')`. */
export interface EntityKey {
  readonly by: 'id' | 'appId';
  readonly value: string;
}

/** A routed request. */
export interface GraphRequest {
  readonly ctx: SandboxContext;
  readonly req: IncomingMessage;
  readonly url: URL;
  readonly method: string;
  readonly caller: GraphCaller;
  /** `https://127.0.0.1:PORT`, for `@odata.context` and `@odata.nextLink`. */
  readonly origin: string;
  /** The entity key, when the path names one. */
  readonly key: EntityKey | undefined;
  /** Segments after the key (navigation properties, actions, ids of related entities). */
  readonly rest: readonly string[];
}

/** A resource handler. */
export type GraphHandler = (g: GraphRequest) => GraphReply | Promise<GraphReply>;

/** Reads a JSON object body; `allowEmpty` for actions whose body is optional (addPassword). */
export async function readObjectBody(req: IncomingMessage, allowEmpty = false): Promise<Record<string, unknown> | GraphErrorReply> {
  let text: string;
  try {
    text = await readBody(req);
  } catch {
    return unreadableBody();
  }
  if (text.trim() === '') return allowEmpty ? {} : unreadableBody();
  try {
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return unreadableBody();
    return parsed as Record<string, unknown>;
  } catch {
    return unreadableBody();
  }
}

/** True when a value is an error reply rather than data. */
export function isErrorReply(value: unknown): value is GraphErrorReply {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'error';
}

/** Checks a body has only the given properties: unknown ones get OData's message, read-only ones the directory's. */
export function checkBodyProperties(
  body: Readonly<Record<string, unknown>>,
  writable: readonly string[],
  allProperties: readonly string[],
  type: string,
  resource: string,
): GraphErrorReply | undefined {
  for (const key of Object.keys(body)) {
    if (key.startsWith('@odata.') || writable.includes(key)) continue;
    return allProperties.includes(key) ? invalidValue(key, resource) : unknownProperty(key, type);
  }
  return undefined;
}
