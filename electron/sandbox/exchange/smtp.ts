/**
 * The Exchange Online SMTP submission stand-in (smtp.office365.com:587): plain connect, STARTTLS
 * with the sandbox CA's certificate (TLS 1.2+; 1.0/1.1 get 421 4.7.66), then AUTH XOAUTH2. Built on smtp-server; the
 * Exchange behaviour lives in smtp-submission.ts and Exchange's wording in smtp-dialect.ts.
 */
import type net from 'node:net';
import type tls from 'node:tls';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { SMTPConnection, type SMTPConnectionOptions } from 'smtp-server/lib/smtp-connection.js';
import type { SandboxContext } from '../context.js';
import type { RunningServer } from '../running-server.js';
import { EXCHANGE_HOST, SMTP_MAX_MESSAGE_BYTES, SMTP_REPLIES } from './replies.js';
import { toExchangeReply } from './smtp-dialect.js';
import { submissionHooks } from './smtp-submission.js';

export { deliveredMessages, type DeliveredMessage } from './delivered-messages.js';

/** Whether the connection's TLS is 1.0 or 1.1. */
function isOldTls(connection: SMTPConnection): boolean {
  const socket = (connection as unknown as { _socket?: tls.TLSSocket })._socket;
  const protocol = socket && typeof socket.getProtocol === 'function' ? socket.getProtocol() : null;
  return protocol === 'TLSv1' || protocol === 'TLSv1.1';
}

/**
 * smtp-server with two changes at connection start: every reply goes through the Exchange
 * dialect, and the greeting is sent at once. The library waits 100 ms to catch clients that
 * talk before the greeting (`init()`); Exchange has no such pause and every probe would pay it.
 */
class ExchangeSmtpServer extends SMTPServer {
  constructor(options: SMTPServerOptions, private readonly ctx: SandboxContext) {
    super(options);
  }

  override connect(socket: net.Socket | tls.TLSSocket, socketOptions?: SMTPConnectionOptions | null): void {
    // Replies go out at once: with Nagle on, a reply written in pieces waits for the client's
    // delayed ACK (~40 ms on Linux), which Exchange does not do.
    socket.setNoDelay(true);
    const connection = new SMTPConnection(this, socket, socketOptions);
    const send = connection.send.bind(connection);
    connection.send = (code, data, context) => {
      if (connection.secure && isOldTls(connection)) {
        // Exchange completes a TLS 1.0/1.1 handshake, then answers the next command with 421 4.7.66 and hangs up.
        this.ctx.log('exchange smtp: TLS 1.0/1.1 refused after the handshake (421 4.7.66)');
        send(SMTP_REPLIES.oldTls.code, SMTP_REPLIES.oldTls.text, false);
        connection.close();
        return;
      }
      const r = toExchangeReply({ code, data, context }, {
        secure: connection.secure, clientIp: connection.remoteAddress, nowMs: this.ctx.state.now(),
      });
      send(r.code, r.data, r.context);
    };
    this.connections.add(connection);
    connection.on('error', (err: Error) => this._onError(err));
    connection.on('connect', (data) => this._onClientConnect(data));
    // What init() does, minus its 100 ms timer (no maxClients limit is configured).
    connection._setListeners(() => connection.connectionReady());
  }
}

/** Starts the SMTP submission server (587 semantics) on 127.0.0.1. */
export async function startExchangeSmtp(ctx: SandboxContext, port = 0): Promise<RunningServer> {
  const server = new ExchangeSmtpServer({
    secure: false,
    key: ctx.tls.keyPem,
    cert: ctx.tls.certPem,
    // TLS 1.0/1.1 handshakes complete (as at Exchange) and are refused afterwards with 421 4.7.66;
    // OpenSSL 3 needs security level 0 to negotiate them at all. The IMAP server stays at TLS 1.2+.
    minVersion: 'TLSv1', ciphers: 'DEFAULT:@SECLEVEL=0',
    name: EXCHANGE_HOST,
    size: SMTP_MAX_MESSAGE_BYTES,
    authMethods: ['XOAUTH2', 'LOGIN', 'PLAIN'],
    authOptional: false,
    allowInsecureAuth: false,
    hideSTARTTLS: false,
    disableReverseLookup: true,
    logger: false,
    socketTimeout: 60_000,
    closeTimeout: 1_000,
    ...submissionHooks(ctx),
  }, ctx);
  server.on('error', (err: Error) => ctx.log(`exchange smtp: ${err.message}`));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.server.address() as net.AddressInfo;
  return {
    port: address.port,
    close: () => new Promise<void>((resolve) => {
      for (const connection of server.connections) connection.close();
      server.close(() => resolve());
    }),
  };
}
