/**
 * The IMAP probe: TLS on connect (993) → AUTHENTICATE XOAUTH2 with SASL-IR → LIST → LOGOUT.
 * AUTH alone can be a false positive: Exchange answers `OK AUTHENTICATE completed.` and then
 * `BAD User is authenticated but not connected.` to the first mailbox command, so the probe
 * only passes once a LIST has been answered. Built on imapflow (its raw log is our transcript);
 * closed with close() on every path.
 */
import type { TLSSocket } from 'node:tls';
import { ImapFlow } from 'imapflow';
import { startDeadline } from './deadline.js';
import { isTlsErrorCode } from './classify.js';
import { finishProbe, type ProbeOutcome } from './probe-result.js';
import { Redactor } from './redact.js';
import { IMAP_SERVER_LIMITS, imapLogger, trimImapCommandTable, type ImapFlowInternals } from './imap-session.js';
import { loadTrust, MIN_TLS_VERSION, tlsFactsOf } from './tls-facts.js';
import { Transcript } from './transcript.js';
import type { DeadlineOptions, ProbeResult, TlsFacts, TrustOptions } from './types.js';

/** Options of the IMAP probe. */
export interface ImapProbeOptions extends TrustOptions, DeadlineOptions {
  /** `outlook.office365.com` (or the sandbox host). */
  readonly host: string;
  /** 993 (TLS on connect). */
  readonly port?: number;
  readonly servername?: string;
  /** The XOAUTH2 `user=` value: the mailbox to open. */
  readonly user: string;
  readonly accessToken: string;
  /** Secrets the caller already knows, to keep out of the transcript. */
  readonly redactor?: Redactor;
}

/** What the IMAP probe found besides the steps. */
export interface ImapProbeDetails {
  readonly tls: TlsFacts | null;
  readonly capabilities: readonly string[];
  readonly authenticated: boolean;
  /** Mailboxes the LIST returned (paths), proof that the mailbox is connected. */
  readonly mailboxes: readonly string[];
}

/** The IMAP probe's result. */
export type ImapProbeResult = ProbeResult<'imap', ImapProbeDetails>;

const DEFAULT_TIMEOUT_MS = 20_000;

/** Whether a reply completes a step successfully. */
function judgeImap(step: string, reply: string): boolean {
  if (step === 'greeting') return /^\* OK\b/i.test(reply);
  const last = reply.split('\n').at(-1) ?? '';
  return /^\S+ OK\b/i.test(last);
}

/** Runs the IMAP probe. Never throws; the socket is closed when it returns. */
export async function probeImap(options: ImapProbeOptions): Promise<ImapProbeResult> {
  const deadline = startDeadline(options.timeoutMs ?? DEFAULT_TIMEOUT_MS, options.signal);
  const redactor = new Redactor().addXOAuth2(options.user, options.accessToken);
  if (options.redactor) redactor.merge(options.redactor);
  const transcript = new Transcript(redactor, judgeImap);
  const details = { tls: null as TlsFacts | null, capabilities: [] as string[], authenticated: false, mailboxes: [] as string[] };
  let ca: string | undefined;
  try {
    ca = await loadTrust(options);
  } catch (err) {
    deadline.dispose();
    return finishProbe('imap', transcript, redactor, { ok: false, protocol: 'tls', errorCode: 'ETLS', message: `The CA file could not be read: ${(err as Error).message}`, category: 'tls_problem' }, details);
  }
  const port = options.port ?? 993;
  const hostile = stopSignal();
  transcript.event(`connecting to ${options.host}:${port}`);
  transcript.begin('connect');

  const client = new ImapFlow({
    host: options.host, port, secure: true,
    ...(options.servername ? { servername: options.servername } : {}),
    tls: { minVersion: MIN_TLS_VERSION, ...(ca ? { ca } : {}) },
    auth: { user: options.user, accessToken: options.accessToken },
    connectionTimeout: deadline.remaining(), greetingTimeout: deadline.remaining(), socketTimeout: deadline.remaining(),
    // Nothing beyond AUTHENTICATE + LIST + LOGOUT: no COMPRESS, no ENABLE (CONDSTORE, UTF8,
    // IMAP4rev2, QRESYNC), no IDLE; ID, NAMESPACE and the post-login CAPABILITY are dropped
    // from this client's command table (imap-session.ts), imapflow has no option for those.
    disableCompression: true, disableAutoEnable: true, disableAutoIdle: true, qresync: false,
    // Raw socket reads are the exact server lines of the transcript; client writes that carry
    // credentials are withheld by imapflow itself and redacted again by our Redactor.
    logRaw: true,
    // Bounds for imapflow's parser: the probe reads no message, so no literal or line of
    // Exchange's answers comes near these (tokens are sent, not received).
    maxLineLength: IMAP_SERVER_LIMITS.lineBytes, maxLiteralSize: IMAP_SERVER_LIMITS.lineBytes,
    maxResponseSize: 4 * IMAP_SERVER_LIMITS.lineBytes, maxResponseTokens: 10_000,
    logger: imapLogger(transcript, {
      onHostileServer: (code, message) => {
        hostile.stop({ ok: false, protocol: 'imap', errorCode: code, message, category: 'unexpected_server_reply' });
      },
      onConnected: () => {
        const socket = (client as unknown as ImapFlowInternals).socket;
        if (socket && typeof (socket as TLSSocket).getPeerCertificate === 'function') {
          details.tls = tlsFactsOf(socket as TLSSocket);
          transcript.event(`TLS established: ${details.tls.protocol ?? '?'} ${details.tls.cipher ?? ''}`.trim());
        }
      },
    }),
  });
  trimImapCommandTable(client as unknown as ImapFlowInternals);
  // imapflow emits 'error' after connect() settled; the probe reads failures from the promises.
  client.on('error', () => undefined);

  const outcome = await runSession(client, deadline.signal, hostile.stopped, details);
  await closeAndWait(client);
  const reason = deadline.reason();
  deadline.dispose();
  if (!outcome.ok && reason) {
    return finishProbe('imap', transcript, redactor, { ...outcome, deadline: reason, message: reason === 'timeout' ? 'The IMAP server did not answer in time.' : 'The IMAP probe was cancelled.' }, details);
  }
  return finishProbe('imap', transcript, redactor, outcome, details);
}

type ImapError = Error & { code?: string; responseStatus?: string; responseText?: string; authenticationFailed?: boolean };

/** A promise the log stream can settle when the server breaks the probe's limits. */
function stopSignal(): { readonly stopped: Promise<ProbeOutcome>; stop(outcome: ProbeOutcome): void } {
  let stop: (outcome: ProbeOutcome) => void = () => undefined;
  const stopped = new Promise<ProbeOutcome>((resolve) => { stop = resolve; });
  return { stopped, stop: (outcome) => stop(outcome) };
}

function outcomeOf(err: ImapError): ProbeOutcome {
  const code = err.code ?? (err.authenticationFailed ? 'authenticationFailed' : undefined);
  const tls = typeof code === 'string' && isTlsErrorCode(code);
  const message = err.authenticationFailed ? 'The IMAP server refused the XOAUTH2 login.'
    : err.responseStatus ? `The IMAP server answered ${err.responseStatus}${err.responseText ? `: ${err.responseText}` : ''}.`
      : `${err.message}${code && !err.message.includes(code) ? ` (${code})` : ''}`;
  return { ok: false, protocol: tls ? 'tls' : 'imap', ...(code ? { errorCode: code } : {}), message };
}

/** connect (greeting, AUTHENTICATE) → LIST → LOGOUT, stopping at the first failure or the deadline. */
async function runSession(
  client: ImapFlow, signal: AbortSignal, hostile: Promise<ProbeOutcome>, details: { capabilities: string[]; authenticated: boolean; mailboxes: string[] },
): Promise<ProbeOutcome> {
  const aborted = new Promise<ProbeOutcome>((resolve) => {
    if (signal.aborted) resolve({ ok: false, protocol: 'imap', errorCode: 'timeout', message: 'deadline' });
    signal.addEventListener('abort', () => resolve({ ok: false, protocol: 'imap', errorCode: 'timeout', message: 'deadline' }), { once: true });
  });
  const work = (async (): Promise<ProbeOutcome> => {
    try {
      await client.connect();
      details.authenticated = client.authenticated !== false;
      details.capabilities = [...client.capabilities.keys()];
      const listed = await client.list({ listOnly: true });
      details.mailboxes = listed.map((m) => m.path);
      await client.logout();
      return { ok: true };
    } catch (err) {
      return outcomeOf(err as ImapError);
    }
  })();
  return Promise.race([work, aborted, hostile]);
}

/** Closes the client and resolves once its socket is gone (at most 1 s). */
async function closeAndWait(client: ImapFlow): Promise<void> {
  const socket = (client as unknown as ImapFlowInternals).socket;
  client.close();
  if (!socket || socket.closed) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => { socket.destroy(); resolve(); }, 1000);
    timer.unref();
    socket.once('close', () => { clearTimeout(timer); resolve(); });
    if (!socket.destroyed) socket.destroy();
  });
}
