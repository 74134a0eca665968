/**
 * Test helper: a real SMTP submission server (the smtp-server package) on 127.0.0.1:0 with
 * STARTTLS from a certificate made by createSandboxTls, XOAUTH2 only, that accepts exactly
 * one access token. Used for the cases the sandbox does not model (untrusted certificate,
 * STARTTLS switched off).
 */
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { createSandboxTls, type SandboxTlsMaterial } from '../../electron/sandbox/ca.js';

/** Options of the test server. */
export interface SmtpTestServerOptions {
  /** The only token accepted. */
  readonly accessToken: string;
  /** TLS material; a fresh CA + certificate when omitted. */
  readonly tls?: SandboxTlsMaterial;
  /** Turns STARTTLS off (not advertised, refused when sent). */
  readonly noStartTls?: boolean;
}

/** A running test server. */
export interface SmtpTestServer {
  readonly port: number;
  readonly tls: SandboxTlsMaterial;
  /** Sessions opened and closed, as smtp-server reports them (also after a STARTTLS upgrade). */
  readonly sessions: { opened: number; closed: number };
  /** Resolves true when every session closed within `ms`. */
  allClosed(ms?: number): Promise<boolean>;
  /** How many AUTH attempts reached the server. */
  readonly authAttempts: () => number;
  /** Envelopes of accepted messages. */
  readonly messages: { from: string; to: string[] }[];
  close(): Promise<void>;
}

/** Starts the server. */
export async function startSmtpTestServer(options: SmtpTestServerOptions): Promise<SmtpTestServer> {
  const tls = options.tls ?? (await createSandboxTls());
  const sessions = { opened: 0, closed: 0 };
  const messages: { from: string; to: string[] }[] = [];
  let attempts = 0;
  const config: SMTPServerOptions = {
    secure: false,
    key: tls.keyPem,
    cert: tls.certPem,
    name: 'smtp.test.example',
    banner: 'test ESMTP',
    authMethods: ['XOAUTH2'],
    ...(options.noStartTls ? { disabledCommands: ['STARTTLS'] } : {}),
    allowInsecureAuth: false,
    logger: false,
    onConnect(_session, callback) {
      sessions.opened += 1;
      callback();
    },
    onClose() {
      sessions.closed += 1;
    },
    onAuth(auth, _session, callback) {
      attempts += 1;
      if (auth.method === 'XOAUTH2' && auth.accessToken === options.accessToken) return callback(null, { user: auth.username });
      const err = Object.assign(new Error('5.7.3 Authentication unsuccessful'), { responseCode: 535 });
      return callback(err);
    },
    onData(stream, session, callback) {
      stream.resume();
      stream.on('end', () => {
        messages.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address) });
        callback(null, 'Message accepted');
      });
    },
  };
  const server = new SMTPServer(config);
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    tls,
    sessions,
    async allClosed(ms = 1000) {
      const until = Date.now() + ms;
      while (sessions.closed < sessions.opened && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
      return sessions.closed === sessions.opened;
    },
    authAttempts: () => attempts,
    messages,
    close: () => {
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
