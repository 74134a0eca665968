/** Test helpers for the sandbox's Microsoft Graph: tokens as Entra issues them, requests, error checks. */
import assert from 'node:assert/strict';
import { issueAppOnlyToken, issueDelegatedToken, type SandboxResource } from '../../electron/sandbox/access-token.js';
import { SANDBOX_IDS } from '../../electron/sandbox/tenant-seed.js';
import { request, type HttpReply, type RunningSandbox } from './sandbox.js';

/** A delegated Graph token for a sandbox user, issued to the assistant's client id. */
export function delegatedToken(sb: RunningSandbox, userId: string, scopes: readonly string[], resource: SandboxResource = 'graph'): string {
  return issueDelegatedToken(sb.context, {
    clientAppId: SANDBOX_IDS.assistantAppId, clientDisplayName: 'M365 Mail Setup Assistant', userId, resource, scopes, appidacr: '0',
  }).token;
}

/** An app-only Graph token for the generic app (its roles come from the tenant's appRoleAssignments). */
export function appOnlyToken(sb: RunningSandbox): string {
  return issueAppOnlyToken(sb.context, {
    clientAppId: SANDBOX_IDS.genericAppId, clientDisplayName: 'Contoso Mail Sender', clientSpId: SANDBOX_IDS.genericSpId,
    resource: 'graph', appidacr: '1',
  }).token;
}

/** A Graph client bound to one token. Paths are relative to /v1.0 and may contain spaces. */
export function graphClient(sb: RunningSandbox, token: string | undefined, extraHeaders: Record<string, string> = {}) {
  const headers = { ...(token !== undefined ? { Authorization: `Bearer ${token}` } : {}), ...extraHeaders };
  const url = (path: string): string => (path.startsWith('https://') ? path : encodeURI(`${sb.info.graph}/v1.0${path}`));
  return {
    get: (path: string): Promise<HttpReply> => request(sb, 'GET', url(path), { headers }),
    post: (path: string, body?: object | string): Promise<HttpReply> => request(sb, 'POST', url(path), { headers, ...(body !== undefined ? { body } : {}) }),
    patch: (path: string, body: object | string): Promise<HttpReply> => request(sb, 'PATCH', url(path), { headers, body }),
    delete: (path: string): Promise<HttpReply> => request(sb, 'DELETE', url(path), { headers }),
  };
}

/** Graph's innerError date: ISO 8601 to the second, no zone. */
const INNER_ERROR_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/;

/** Asserts an exact Graph error reply: status, code, message, innerError with the reply's request ids. */
export function assertGraphError(reply: HttpReply, status: number, code: string, message: string): void {
  assert.equal(reply.status, status, reply.text);
  const body = reply.json<{ error: { innerError: { date: string } } }>();
  const requestId = reply.headers['request-id'];
  assert.match(String(requestId), /^[0-9a-f-]{36}$/);
  assert.match(body.error.innerError.date, INNER_ERROR_DATE);
  assert.deepEqual(body, {
    error: {
      code, message,
      innerError: { date: body.error.innerError.date, 'request-id': requestId, 'client-request-id': reply.headers['client-request-id'] },
    },
  });
}

/** The 403 Graph answers for missing permissions or a missing admin role. */
export function assertAccessDenied(reply: HttpReply): void {
  assertGraphError(reply, 403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
}

/** The body without `@odata.context`, after checking that context. */
export function withoutContext(sb: RunningSandbox, reply: HttpReply, fragment: string): Record<string, unknown> {
  const body = reply.json<Record<string, unknown>>();
  assert.equal(body['@odata.context'], `${sb.info.graph}/v1.0/$metadata#${fragment}`);
  const { '@odata.context': _context, ...rest } = body;
  return rest;
}
