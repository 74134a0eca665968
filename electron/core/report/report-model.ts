/**
 * The support report: what support staff take away from a remote session. Every string in it
 * passes through the redactor before it is rendered, so no token, secret or password can end
 * up in the HTML or JSON file, whatever a check put into its transcript.
 */
import { redactSecrets } from '../diagnosis/redact.js';

/** One check in the report. */
export interface ReportCheck {
  readonly id: string;
  readonly title: string;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly status: 'pass' | 'fail' | 'warn' | 'skipped';
  readonly summary: string;
  /** The server's exact reply, when there is one. */
  readonly serverReply?: string;
  readonly diagnosis?: { readonly category: string; readonly title: string; readonly fix: readonly string[]; readonly waitLikely: boolean };
  readonly transcript?: readonly string[];
}

/** One Microsoft Graph request, for Microsoft support. */
export interface ReportGraphRequest {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly requestId?: string;
  readonly date: string;
}

/** The whole report. */
export interface SupportReport {
  readonly reportVersion: 1;
  readonly generatedAt: string;
  readonly language: 'de' | 'en';
  readonly app: { readonly name: string; readonly version: string };
  readonly system: { readonly platform: string; readonly release: string; readonly arch: string; readonly node: string };
  readonly cloud: string;
  readonly profile: string;
  readonly tenantId?: string;
  readonly mailbox?: string;
  readonly overall: 'pass' | 'fail' | 'warn';
  readonly checks: readonly ReportCheck[];
  readonly graphRequests: readonly ReportGraphRequest[];
}

/** Applies `redact` to every string in a JSON-like value. */
export function redactDeep<T>(value: T, redact: (text: string) => string): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, redact)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = redactDeep(v, redact);
    return out as T;
  }
  return value;
}

/**
 * Redacts a report completely: the caller's redactor (the secrets it knows), then, as the last
 * line of defence, the diagnosis's shape-based one (JWTs, XOAUTH2 blobs, Bearer credentials,
 * secret fields, Entra client secrets).
 */
export function redactReport(report: SupportReport, redact: (text: string) => string = (t) => t): SupportReport {
  return redactDeep(report, (t) => redactSecrets(redact(t)));
}
