/**
 * Graph's OData errors as catalogue codes. Graph asks clients to code against `error.code`
 * (and the nested innerError.code), never against `message` (concepts/errors.md).
 */
import type { AppError, ErrorCode } from '../result.js';

/** Graph error codes the assistant acts on. */
const CODES: Readonly<Record<string, ErrorCode>> = {
  Authorization_RequestDenied: 'insufficient_privileges',
  InvalidAuthenticationToken: 'token_expired_or_invalid',
  Request_ResourceNotFound: 'not_found',
  TooManyRequests: 'throttled',
};

/** Fallbacks by status, for codes outside the table. */
function codeOfStatus(status: number): ErrorCode {
  if (status === 401) return 'token_expired_or_invalid';
  if (status === 429) return 'throttled';
  return 'graph_error';
}

/** The parts of a Graph error body we read. */
export interface GraphErrorBody {
  readonly code: string;
  readonly message: string;
  readonly innerCode?: string;
  readonly requestId?: string;
  readonly date?: string;
}

/** Reads `{"error":{code,message,innerError:{code,request-id,date}}}`; undefined for other bodies. */
export function readGraphErrorBody(body: unknown): GraphErrorBody | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const error = (body as { error?: unknown }).error;
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as Record<string, unknown>;
  const inner = (typeof e.innerError === 'object' && e.innerError !== null ? e.innerError : {}) as Record<string, unknown>;
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  const innerCode = str(inner.code);
  const requestId = str(inner['request-id']);
  const date = str(inner.date);
  return {
    code: str(e.code) ?? '',
    message: str(e.message) ?? '',
    ...(innerCode !== undefined ? { innerCode } : {}),
    ...(requestId !== undefined ? { requestId } : {}),
    ...(date !== undefined ? { date } : {}),
  };
}

/** The AppError for a failed Graph call. */
export function graphErrorOf(method: string, path: string, status: number, body: GraphErrorBody | undefined, requestId: string): AppError {
  const known = body ? CODES[body.code] ?? (body.innerCode ? CODES[body.innerCode] : undefined) : undefined;
  const code = known ?? codeOfStatus(status);
  const what = body?.code ? `${body.code}: ${body.message}` : `HTTP ${status}`;
  return {
    code,
    message: `Graph ${method} ${path} failed with ${status}`,
    detail: what,
    ...(requestId ? { requestIds: [requestId] } : {}),
  };
}
