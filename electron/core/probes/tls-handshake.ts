/**
 * A verified TLS handshake over an open socket that reports what the server presented even
 * when verification fails — the way to tell a TLS-inspecting proxy (a chain from a CA nobody
 * trusts) from a broken server. Verification stays ON: the chain is read in the moment Node has
 * finished the handshake and is about to reject it (the TLSSocket's internal 'secure' event,
 * which runs before Node's own verification listener), never by turning verification off.
 * Also the SMTP preamble that 587 needs before TLS can start (greeting, EHLO, STARTTLS).
 */
import net, { type Socket } from 'node:net';
import tls from 'node:tls';
import { chainOf, MIN_TLS_VERSION } from './tls-facts.js';
import type { CertificateSummary } from './types.js';

/** What a handshake showed. */
export interface HandshakeReport {
  readonly ok: boolean;
  readonly protocol: string | null;
  readonly chain: readonly CertificateSummary[];
  /** `ok`, `mismatch` (certificate not for this name), or `unchecked` (no certificate seen). */
  readonly nameCheck: 'ok' | 'mismatch' | 'unchecked';
  /** OpenSSL / Node verification or handshake error code. */
  readonly errorCode?: string;
  readonly errorMessage?: string;
  /** True when the handshake never finished before the signal fired. */
  readonly timedOut?: boolean;
  /** The established socket (ok only); the caller destroys it. */
  readonly socket?: tls.TLSSocket;
}

/** Codes that mean "the chain ends in a CA this machine does not trust". */
export const UNKNOWN_ISSUER_CODES = new Set([
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_GET_ISSUER_CERT', 'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'CERT_UNTRUSTED',
]);

/** Runs a verified TLS handshake on `socket` for `servername`. */
export function handshake(socket: Socket, servername: string, ca: string | undefined, signal: AbortSignal): Promise<HandshakeReport> {
  return new Promise((resolve) => {
    const isIp = net.isIP(servername) !== 0;
    const secure = tls.connect({
      socket, minVersion: MIN_TLS_VERSION, ...(ca ? { ca } : {}), ...(isIp ? {} : { servername }),
    });
    let seen: tls.DetailedPeerCertificate | null = null;
    let protocol: string | null = null;
    secure.prependListener('secure', () => {
      seen = secure.getPeerCertificate(true);
      protocol = secure.getProtocol() ?? null;
    });
    const nameCheck = (): HandshakeReport['nameCheck'] => {
      if (!seen || Object.keys(seen).length === 0) return 'unchecked';
      return tls.checkServerIdentity(servername, seen) ? 'mismatch' : 'ok';
    };
    let settled = false;
    const finish = (report: HandshakeReport): void => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      if (!report.ok) secure.destroy();
      resolve(report);
    };
    const onAbort = (): void => finish({ ok: false, protocol, chain: chainOf(seen), nameCheck: nameCheck(), timedOut: true, errorMessage: 'The TLS handshake did not finish in time.' });
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    secure.once('secureConnect', () => finish({ ok: true, protocol: secure.getProtocol() ?? null, chain: chainOf(secure.getPeerCertificate(true)), nameCheck: 'ok', socket: secure }));
    secure.once('error', (err: Error & { code?: string }) => finish({
      ok: false, protocol, chain: chainOf(seen), nameCheck: nameCheck(), errorMessage: err.message, ...(err.code ? { errorCode: err.code } : {}),
    }));
  });
}

/** Reads one complete SMTP reply (last line `NNN text`) from a plain socket. */
function readReply(socket: Socket, signal: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const done = (err: Error | null, value?: string): void => {
      socket.off('data', onData).off('error', onError).off('close', onClose);
      signal.removeEventListener('abort', onAbort);
      if (err) reject(err);
      else resolve(value!);
    };
    const onData = (chunk: Buffer): void => {
      text += chunk.toString('latin1');
      const lines = text.split('\r\n');
      const complete = lines.slice(0, -1);
      if (complete.some((l) => !/^\d{3}[ -]/.test(l))) return done(new Error(`Not an SMTP reply: ${complete[0]}`));
      if (complete.length && /^\d{3} /.test(complete.at(-1)!)) done(null, complete.join('\n'));
    };
    const onError = (err: Error): void => done(err);
    const onClose = (): void => done(new Error('The server closed the connection.'));
    const onAbort = (): void => done(Object.assign(new Error('The SMTP server did not answer in time.'), { code: 'ETIMEDOUT' }));
    socket.on('data', onData).on('error', onError).on('close', onClose);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Greeting → EHLO → STARTTLS on a plain SMTP socket; resolves when TLS may start. */
export async function smtpStartTls(socket: Socket, clientName: string, signal: AbortSignal): Promise<string[]> {
  const transcript: string[] = [];
  const expect = async (code: string): Promise<void> => {
    const reply = await readReply(socket, signal);
    transcript.push(...reply.split('\n').map((l) => `S: ${l}`));
    if (!reply.split('\n').at(-1)!.startsWith(code)) throw Object.assign(new Error(`Unexpected reply: ${reply.split('\n').at(-1)}`), { transcript });
  };
  const send = (line: string): void => {
    transcript.push(`C: ${line}`);
    socket.write(`${line}\r\n`);
  };
  await expect('220');
  send(`EHLO ${clientName}`);
  await expect('250');
  send('STARTTLS');
  await expect('220');
  return transcript;
}
