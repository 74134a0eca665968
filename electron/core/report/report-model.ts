/**
 * The support report: what support staff take away from a remote session. Every string in it
 * passes through the redactor before it is rendered, so no token, secret or password can end
 * up in the HTML or JSON file, whatever a check put into its transcript.
 */

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
 * The last line of defence, applied after the caller's redactor: anything shaped like a JWT,
 * an XOAUTH2 blob, a Bearer credential or an Entra client secret is masked.
 */
export function redactShapes(text: string): string {
  return text
    .replace(/eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g, '[redacted token]')
    .replace(/\b(Bearer)\s+[A-Za-z0-9._~+/=-]{16,}/gi, '$1 [redacted]')
    .replace(/\bdXNlcj[A-Za-z0-9+/=]{16,}/g, '[redacted XOAUTH2]')
    .replace(/((?:client_secret|clientSecret|secretText|password|refresh_token|access_token)["'\s:=]+)[^\s"'&,}]{6,}/gi, '$1[redacted]');
}

/** Redacts a report completely: the caller's redactor, then the shape-based one. */
export function redactReport(report: SupportReport, redact: (text: string) => string = (t) => t): SupportReport {
  return redactDeep(report, (t) => redactShapes(redact(t)));
}
