/**
 * The shapes every probe returns. A probe never throws: it answers with a ProbeResult whose
 * steps, exact server reply and redacted transcript are the evidence the diagnosis, the UI and
 * the support report work from.
 */
import type { CategoryId } from '../diagnosis/categories.js';
import type { AppError } from '../result.js';

/** Which probe produced a result. */
export type ProbeKind = 'smtp' | 'imap' | 'dns' | 'reachability' | 'token';

/** One step of a probe: a protocol command and its reply, a connect, a handshake, a lookup. */
export interface ProbeStep {
  /** e.g. `connect`, `greeting`, `ehlo`, `starttls`, `tls`, `auth`, `mail_from`, `select`. */
  readonly name: string;
  /** Epoch milliseconds. */
  readonly startedAt: number;
  readonly durationMs: number;
  readonly ok: boolean;
  /** The server's exact reply to this step (redacted), lines joined with `\n`. */
  readonly reply?: string;
}

/** What every probe returns. */
export interface ProbeResult<K extends ProbeKind = ProbeKind, D = undefined> {
  readonly kind: K;
  readonly ok: boolean;
  readonly steps: readonly ProbeStep[];
  /** The reply that decided the outcome: the failing step's reply, else the last reply. */
  readonly serverReply: string | null;
  readonly category: CategoryId | null;
  readonly error?: AppError;
  /** Redacted conversation, each line `C: …` (client), `S: …` (server) or `* …` (event). */
  readonly transcript: readonly string[];
  /** Probe-specific findings (TLS facts, DNS records, reachability outcomes…). */
  readonly details: D;
}

/** How a probe trusts the server's certificate: the given CA (sandbox) or the system store. */
export interface TrustOptions {
  /** PEM of the CA(s) to trust instead of the system store (the sandbox's caCertPath content). */
  readonly ca?: string;
  /** Path to a PEM file with the CA(s) to trust; read when `ca` is not given. */
  readonly caCertPath?: string;
}

/** The deadline every probe takes. */
export interface DeadlineOptions {
  /** Milliseconds this probe may take in total (default per probe). */
  readonly timeoutMs?: number;
  /** Cancels the probe early (the user closed the window, the whole check was cancelled). */
  readonly signal?: AbortSignal;
}

/** TLS facts of an established session. */
export interface TlsFacts {
  /** e.g. `TLSv1.3`. */
  readonly protocol: string | null;
  readonly cipher: string | null;
  /** The server certificate chain, leaf first: subject and issuer as `CN=…, O=…`. */
  readonly chain: readonly CertificateSummary[];
}

/** One certificate of a chain, as a person reads it. */
export interface CertificateSummary {
  readonly subject: string;
  readonly issuer: string;
  readonly validTo: string;
  readonly fingerprint256: string;
}
