/**
 * Turns what a protocol probe recorded (transcript, steps, the failure if any) into its
 * ProbeResult: the deciding reply, the category, and an AppError whose code comes from the
 * catalogue (the category, or `timeout` / `cancelled` / `internal` when no category fits).
 */
import type { ErrorCode } from '../result.js';
import { classifyProbeFailure, type ProbeFailure } from './classify.js';
import type { Redactor } from './redact.js';
import type { Transcript } from './transcript.js';
import type { ProbeKind, ProbeResult } from './types.js';

// The library's own timeouts (set to the time left) and our deadline race; both are a timeout.
const TIMEOUT_CODES = new Set(['timeout', 'ETIMEDOUT', 'ETIMEOUT', 'CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'UPGRADE_TIMEOUT']);

/** How a protocol probe ended. */
export type ProbeOutcome =
  | { readonly ok: true }
  | {
    readonly ok: false;
    readonly protocol: ProbeFailure['protocol'];
    /** Library or system error code, if any. */
    readonly errorCode?: string;
    /** English, one sentence. */
    readonly message: string;
    /** Set when the probe's deadline fired. */
    readonly deadline?: 'timeout' | 'cancelled';
    /** Set when the probe knows the category better than the reply does. */
    readonly category?: ProbeResult['category'];
  };

/** Builds the result; every open step is closed as failed first. */
export function finishProbe<K extends ProbeKind, D>(
  kind: K, transcript: Transcript, redactor: Redactor, outcome: ProbeOutcome, details: D,
): ProbeResult<K, D> {
  transcript.failOpen();
  const steps = transcript.steps();
  const serverReply = transcript.decidingReply();
  if (outcome.ok && steps.every((s) => s.ok)) {
    return { kind, ok: true, steps, serverReply, category: null, transcript: transcript.text(), details };
  }
  const failedStep = steps.find((s) => !s.ok);
  const failure = outcome.ok
    ? { protocol: kind === 'imap' ? 'imap' as const : 'smtp' as const, message: `The ${failedStep?.name ?? 'last'} step failed.` }
    : outcome;
  const errorCode = outcome.ok ? undefined : outcome.deadline === 'cancelled' ? 'cancelled' : outcome.deadline ? 'timeout' : outcome.errorCode;
  const category = (!outcome.ok && outcome.category !== undefined)
    ? outcome.category
    : outcome.ok || outcome.deadline !== 'cancelled'
      ? classifyProbeFailure({
        protocol: failure.protocol, step: failedStep?.name ?? 'connect', reply: failedStep?.reply ?? null, errorCode: errorCode ?? null,
        // SMTP proves TLS with its `tls` step; IMAP is TLS on connect.
        tlsEstablished: steps.some((s) => s.ok && s.name === (kind === 'imap' ? 'connect' : 'tls')),
      })
      : null;
  const code: ErrorCode = errorCode === 'cancelled' ? 'cancelled' : errorCode && TIMEOUT_CODES.has(errorCode) ? 'timeout' : category ?? 'internal';
  const detail = failedStep?.reply ?? serverReply ?? undefined;
  return {
    kind, ok: false, steps, serverReply: failedStep?.reply ?? serverReply, category, transcript: transcript.text(), details,
    error: {
      code,
      message: redactor.redact(failure.message),
      ...(detail ? { detail } : {}),
    },
  };
}
