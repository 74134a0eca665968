/**
 * Maps a probe failure (the server's reply, or the socket/TLS error code, and the step it
 * happened in) to a diagnosis category. The words are the catalogue's job: a reply goes to
 * the diagnosis decoder (electron/core/diagnosis/decode.ts), the one place that knows what
 * Exchange's messages mean. This file adds only what the probe knows and a pasted text does
 * not: which step failed, and whether TLS was already up.
 */
import type { CategoryId } from '../diagnosis/categories.js';
import { decode, knownCauses } from '../diagnosis/decode.js';

/** What the probes know about a failure. */
export interface ProbeFailure {
  readonly protocol: 'smtp' | 'imap' | 'tls' | 'tcp' | 'dns';
  /** The step that failed (`connect`, `greeting`, `starttls`, `tls`, `auth`, `data`, `list`…). */
  readonly step: string;
  /** The server's exact reply, when there was one. */
  readonly reply?: string | null;
  /** A Node / nodemailer / imapflow / OpenSSL error code (`ECONNREFUSED`, `ETLS`, `CERT_HAS_EXPIRED`…). */
  readonly errorCode?: string | null;
  /** TLS was established before the failure, so the failure is not a TLS problem. */
  readonly tlsEstablished?: boolean;
}

// Codes Node, nodemailer and imapflow use when the path to the server is the problem.
const NETWORK_CODES = new Set([
  'ECONNREFUSED', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET',
  'EPIPE', 'ECONNECTION', 'ESOCKET', 'EDNS', 'EPROXY', 'ProxyError', 'NoConnection', 'EConnectionClosed',
  'CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'ETIMEOUT', 'timeout',
  // imapflow: the server closed the connection (over TLS / cleartext) before answering.
  'ClosedAfterConnectTLS', 'ClosedAfterConnectText',
]);

// Codes for a server that answered, but not like Exchange: nodemailer's EPROTOCOL (a greeting or
// reply that is no SMTP, a reply over its size limit), imapflow's parser limits, and the IMAP
// probe's own flood and line limits (imap-session.ts).
const NOT_EXCHANGE_CODES = new Set([
  'EPROTOCOL', 'LiteralTooLarge', 'LineTooLarge', 'ResponseTooLarge', 'TooManyTokens', 'ServerFlood', 'NotImap',
]);

/** True for an OpenSSL / Node TLS error code (certificate or handshake). */
export function isTlsErrorCode(code: string): boolean {
  return code === 'ETLS' || code === 'UPGRADE_TIMEOUT' || code === 'STARTTLS_INJECTION'
    || /^ERR_SSL_|^ERR_TLS_|CERT|^SELF_SIGNED|^DEPTH_ZERO|^UNABLE_TO_(GET|VERIFY|DECRYPT)|^HOSTNAME_MISMATCH/.test(code);
}

/** The catalogue's most likely category for a text, skipping what the probe has ruled out. */
function decoded(text: string, protocol: ProbeFailure['protocol'], ruledOut: ReadonlySet<CategoryId>): CategoryId | null {
  const context = protocol === 'smtp' || protocol === 'imap' ? { protocol, languages: ['en'] as const } : { languages: ['en'] as const };
  // A guess by wording is not a classification of the probe's failure.
  return knownCauses(decode(text, context)).find((c) => !ruledOut.has(c.category))?.category ?? null;
}

/** The diagnosis category of a probe failure, or null when nothing fits. */
export function classifyProbeFailure(failure: ProbeFailure): CategoryId | null {
  const code = failure.errorCode ?? '';
  // In the STARTTLS/TLS step the step says more than the words: a 454 there means "no TLS",
  // whatever else 454 can mean.
  if (failure.protocol === 'tls' || failure.step === 'starttls' || failure.step === 'tls' || (code && isTlsErrorCode(code))) return 'tls_problem';
  const ruledOut = new Set<CategoryId>(failure.tlsEstablished ? ['tls_problem'] : []);
  // "504 5.7.4 Unrecognized authentication type" can mean a password mechanism is refused, or a mechanism Exchange does
  // not offer (not XOAUTH2); the SMTP probe sends only AUTH XOAUTH2, so for it both readings are ruled out.
  if (failure.protocol === 'smtp' && /(?<![\d.])5\.7\.4(?![\d.])/.test(failure.reply ?? '')) {
    ruledOut.add('basic_auth_used');
    ruledOut.add('smtp_auth_failed_generic');
  }
  const reply = failure.reply?.trim();
  if (reply) {
    const category = decoded(reply, failure.protocol, ruledOut);
    if (category) return category;
    // An AUTH refusal in words the catalogue does not know yet is still an authentication failure.
    if (failure.step === 'auth' && failure.protocol === 'smtp' && /^5\d\d/.test(reply)) return 'smtp_auth_failed_generic';
    if (failure.step === 'auth' && failure.protocol === 'imap' && /^\S+ (NO|BAD)\b/.test(reply)) return 'imap_auth_failed_generic';
  }
  if (NOT_EXCHANGE_CODES.has(code)) return 'unexpected_server_reply';
  if (NETWORK_CODES.has(code)) return 'network_blocked';
  return code ? decoded(code, failure.protocol, ruledOut) : null;
}
