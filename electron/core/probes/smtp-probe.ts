/**
 * The SMTP probe: EHLO → STARTTLS (required: no TLS, no AUTH) → EHLO → AUTH XOAUTH2 in one
 * round trip (`AUTH XOAUTH2 <b64>`) → optionally MAIL FROM / RCPT TO / DATA with a small test
 * message (430 STOREDRV and 5.7.60 SendAs only show there) → QUIT. No NOOP/RSET: nothing
 * beyond what the protocol needs. Built on nodemailer's SMTPConnection, whose transaction log
 * gives us every command and exact reply; the socket is closed on every path.
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { isTlsErrorCode } from './classify.js';
import { startDeadline } from './deadline.js';
import { finishProbe, type ProbeOutcome } from './probe-result.js';
import { REDACTED, Redactor } from './redact.js';
import { loadTrust, MIN_TLS_VERSION, tlsFactsOf } from './tls-facts.js';
import { Transcript } from './transcript.js';
import type { DeadlineOptions, ProbeResult, TlsFacts, TrustOptions } from './types.js';
import { buildXOAuth2 } from './xoauth2.js';

/** Options of the SMTP probe. */
export interface SmtpProbeOptions extends TrustOptions, DeadlineOptions {
  /** `smtp.office365.com` (or the sandbox host). */
  readonly host: string;
  /** 587 (STARTTLS); 465 is not supported by Exchange Online. */
  readonly port?: number;
  /** TLS server name when `host` is an address. */
  readonly servername?: string;
  /** The XOAUTH2 `user=` value: the mailbox that sends. */
  readonly user: string;
  readonly accessToken: string;
  /** Also send a small test message (MAIL FROM / RCPT TO / DATA). */
  readonly testMessage?: { readonly from: string; readonly to: string };
  /** Name sent with EHLO; defaults to this machine's name. */
  readonly clientName?: string;
  /** Secrets the caller already knows (client secret, refresh token) to keep out of the transcript. */
  readonly redactor?: Redactor;
}

/** What the SMTP probe found besides the steps. */
export interface SmtpProbeDetails {
  readonly tls: TlsFacts | null;
  /** SASL mechanisms offered after STARTTLS (`XOAUTH2`, `LOGIN`…). */
  readonly authMechanisms: readonly string[];
  readonly authenticated: boolean;
  readonly messageAccepted: boolean;
  /** The Message-ID Exchange gave the test message, when it names one. */
  readonly serverMessageId?: string;
}

/** The SMTP probe's result. */
export type SmtpProbeResult = ProbeResult<'smtp', SmtpProbeDetails>;

const DEFAULT_TIMEOUT_MS = 20_000;

/** Largest server reply the SMTP probe reads (bytes). */
export const SMTP_MAX_REPLY_BYTES = 64 * 1024;

/** nodemailer custom-auth name of our XOAUTH2 handler (the wire says `AUTH XOAUTH2`). */
const AUTH_HANDLER = 'PROBE-XOAUTH2';

const STEP_BY_VERB: Record<string, string> = {
  EHLO: 'ehlo', HELO: 'helo', STARTTLS: 'starttls', AUTH: 'auth', MAIL: 'mail_from', RCPT: 'rcpt_to', DATA: 'data', QUIT: 'quit',
};

/** Whether a reply completes a step successfully. */
function judgeSmtp(step: string, reply: string): boolean {
  if (step === 'auth') return /^235[ -]/.test(reply);
  if (step === 'data') return /^354[ -]/.test(reply);
  if (step === 'greeting' || step === 'starttls') return /^220[ -]/.test(reply);
  return /^2\d\d[ -]/.test(reply);
}

function testMessage(from: string, to: string): string {
  return [
    `From: <${from}>`, `To: <${to}>`, 'Subject: M365 Mail Assistant test message', `Date: ${new Date().toUTCString()}`,
    `Message-ID: <${randomUUID()}@m365-mail-assistant.invalid>`, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '',
    'This message was sent by the M365 Mail Assistant to test SMTP AUTH with OAuth (XOAUTH2).', '',
  ].join('\r\n');
}

function clientName(given: string | undefined): string {
  const host = given ?? os.hostname();
  return host.includes('.') ? host : 'm365-mail-assistant.local';
}

/** Runs the SMTP probe. Never throws; the socket is closed when it returns. */
export async function probeSmtp(options: SmtpProbeOptions): Promise<SmtpProbeResult> {
  const deadline = startDeadline(options.timeoutMs ?? DEFAULT_TIMEOUT_MS, options.signal);
  const redactor = new Redactor().addXOAuth2(options.user, options.accessToken);
  if (options.redactor) redactor.merge(options.redactor);
  const transcript = new Transcript(redactor, judgeSmtp);
  const details = { tls: null as TlsFacts | null, authMechanisms: [] as string[], authenticated: false, messageAccepted: false, serverMessageId: undefined as string | undefined };
  let ca: string | undefined;
  try {
    ca = await loadTrust(options);
  } catch (err) {
    deadline.dispose();
    return finishProbe('smtp', transcript, redactor, { ok: false, protocol: 'tls', errorCode: 'ETLS', message: `The CA file could not be read: ${(err as Error).message}`, category: 'tls_problem' }, plain(details));
  }
  const port = options.port ?? 587;
  transcript.event(`connecting to ${options.host}:${port}`);
  transcript.begin('connect');
  let secure = false;

  // nodemailer's logger interface: the transaction log is our transcript and our step clock.
  const logger = {
    debug(entry: { tnx?: string }, message: string): void {
      if (entry?.tnx === 'client') {
        // nodemailer masks what a custom AUTH handler sends as `/* secret */`.
        const line = message.replace('/* secret */', REDACTED);
        const verb = line.split(' ')[0]!.toUpperCase();
        const name = verb === 'EHLO' && secure ? 'ehlo_tls' : STEP_BY_VERB[verb] ?? (line === REDACTED ? 'auth_cancel' : verb.toLowerCase());
        transcript.client(line);
        transcript.begin(name);
      } else if (entry?.tnx === 'server') {
        transcript.server(message);
        const wasData = transcript.isOpen('data');
        transcript.reply(message);
        if (/^220[ -]/.test(message) && transcript.stepNames().at(-1) === 'starttls') transcript.begin('tls');
        if (wasData && /^354[ -]/.test(message)) {
          transcript.client('[test message]');
          transcript.begin('message');
        }
      }
    },
    info(entry: { tnx?: string }, message: string): void {
      if (entry?.tnx === 'network' && /established/.test(message)) {
        transcript.finish('connect', true);
        transcript.begin('greeting');
      } else if (/upgraded with STARTTLS/.test(message)) {
        secure = true;
        const socket = conn._socket as TLSSocket;
        details.tls = tlsFactsOf(socket);
        transcript.event(`TLS established: ${details.tls.protocol ?? '?'} ${details.tls.cipher ?? ''}`.trim());
        transcript.finish('tls', true, details.tls.protocol ?? undefined);
      }
    },
  };

  const b64 = buildXOAuth2(options.user, options.accessToken);
  const conn = new SMTPConnection({
    host: options.host, port, secure: false, requireTLS: true, name: clientName(options.clientName),
    ...(options.servername ? { servername: options.servername } : {}),
    tls: { minVersion: MIN_TLS_VERSION, ...(ca ? { ca } : {}), ...(options.servername ? { servername: options.servername } : {}) },
    connectionTimeout: deadline.remaining(), greetingTimeout: deadline.remaining(), socketTimeout: deadline.remaining(),
    // Destroy instead of waiting for the server's FIN: a stalled server must not hold the socket.
    socketCloseTimeout: 0,
    // Exchange's longest reply (the EHLO list) is a few hundred bytes; nodemailer allows 1 MiB.
    // A longer one is not Exchange (EPROTOCOL → unexpected_server_reply) and ends the probe early.
    maxResponseSize: SMTP_MAX_REPLY_BYTES,
    transactionLog: true, logger,
    customAuth: {
      // Our own XOAUTH2 handler, for the exact reply and the SASL-IR form in one round trip.
      // Registered under its own name: nodemailer replaces a bare 'XOAUTH2' without a token
      // generator by the first mechanism the server lists (LOGIN on Exchange).
      [AUTH_HANDLER]: async (ctx) => {
        details.authMechanisms = [...ctx.authMethods];
        const first = await ctx.sendCommand(`AUTH XOAUTH2 ${b64}`);
        if (first.status === 235) return ctx.resolve();
        // Some servers answer 334 with a base64 JSON error; an empty line ends the exchange.
        const final = first.status === 334 ? await ctx.sendCommand('') : first;
        return ctx.reject(new Error(final === first ? 'Authentication failed' : `Authentication failed after the ${first.status} challenge`));
      },
    },
  });

  const outcome = await runSession(conn, options, deadline.signal, details);
  await closeAndWait(conn);
  const reason = deadline.reason();
  deadline.dispose();
  if (!outcome.ok && reason) {
    return finishProbe('smtp', transcript, redactor, { ...outcome, deadline: reason, message: reason === 'timeout' ? 'The SMTP server did not answer in time.' : 'The SMTP probe was cancelled.' }, plain(details));
  }
  const final: ProbeOutcome = !outcome.ok && outcome.errorCode === 'ETLS' && !transcript.text().some((l) => /^S: 250[ -]STARTTLS/i.test(l))
    ? { ...outcome, message: `The server did not offer STARTTLS; the probe does not authenticate without TLS. ${outcome.message}` }
    : outcome;
  return finishProbe('smtp', transcript, redactor, final, plain(details));
}

function plain(d: { tls: TlsFacts | null; authMechanisms: string[]; authenticated: boolean; messageAccepted: boolean; serverMessageId?: string | undefined }): SmtpProbeDetails {
  return {
    tls: d.tls, authMechanisms: d.authMechanisms, authenticated: d.authenticated, messageAccepted: d.messageAccepted,
    ...(d.serverMessageId ? { serverMessageId: d.serverMessageId } : {}),
  };
}

type Details = Parameters<typeof plain>[0];

/** Connect → login → (send) → QUIT, stopping at the first failure or when the signal fires. */
function runSession(conn: SMTPConnection, options: SmtpProbeOptions, signal: AbortSignal, details: Details): Promise<ProbeOutcome> {
  return new Promise<ProbeOutcome>((resolve) => {
    let settled = false;
    const settle = (outcome: ProbeOutcome): void => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const failWith = (err: (Error & { code?: string; originalCode?: string; response?: string }) | undefined | null, fallback: string): void => {
      const code = err?.originalCode ?? err?.code;
      // nodemailer appends the reply to its message; the reply is reported on its own.
      let message = err?.message ?? fallback;
      if (err?.response && message.endsWith(`: ${err.response}`)) message = message.slice(0, -err.response.length - 2);
      if (code && isTlsErrorCode(code) && !message.includes(code)) message = `${message} (${code})`;
      settle({ ok: false, protocol: code && isTlsErrorCode(code) ? 'tls' : 'smtp', ...(code ? { errorCode: code } : {}), message });
    };
    const onAbort = (): void => settle({ ok: false, protocol: 'smtp', errorCode: 'timeout', message: 'deadline' });
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    let quitting = false;
    conn.on('error', (err: Error) => failWith(err, 'The SMTP connection failed.'));
    conn.once('end', () => (quitting ? settle({ ok: true }) : failWith(null, 'The server closed the connection.')));

    conn.connect((connectErr) => {
      if (connectErr) return failWith(connectErr, 'Could not connect.');
      conn.login({ method: AUTH_HANDLER, user: options.user }, (authErr) => {
        if (authErr) return failWith(authErr, 'Authentication failed.');
        details.authenticated = true;
        const quit = (): void => {
          quitting = true;
          conn.quit();
        };
        if (!options.testMessage) return quit();
        const { from, to } = options.testMessage;
        conn.send({ from, to: [to] }, testMessage(from, to), (sendErr, info) => {
          if (sendErr) return failWith(sendErr, 'The test message was refused.');
          details.messageAccepted = true;
          if (info?.serverMessageId) details.serverMessageId = info.serverMessageId;
          quit();
        });
      });
    });
  });
}

/** Closes the connection and resolves once the socket is really gone (at most 1 s). */
function closeAndWait(conn: SMTPConnection): Promise<void> {
  const socket = conn._socket as Socket | false | null;
  conn.close();
  if (!socket || socket.destroyed && socket.closed) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const timer = setTimeout(() => { socket.destroy(); resolve(); }, 1000);
    timer.unref();
    socket.once('close', () => { clearTimeout(timer); resolve(); });
    if (!socket.destroyed) socket.destroy();
  });
}
