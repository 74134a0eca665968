import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import tls from 'node:tls';
import { after, before, describe, it } from 'node:test';
import nodemailer from 'nodemailer';
import { deliveredMessages } from '../../electron/sandbox/exchange/smtp.js';
import { runExchangeCmdlet } from '../../electron/sandbox/exchange/powershell.js';
import type { ScenarioName } from '../../electron/sandbox/scenarios.js';
import { SANDBOX_IDS, SANDBOX_NAMES } from '../../electron/sandbox/tenant-seed.js';
import { APP_IDS } from '../../electron/core/well-known.js';
import { messageFile, runCurl, smtpArgs, type CurlRun, type CurlSecret } from '../helpers/curl-mail.js';
import { smtpLineClient } from '../helpers/line-client.js';
import { appOnlyToken, delegatedToken, expiredToken } from '../helpers/exchange-tokens.js';
import { sandbox, type RunningSandbox } from '../helpers/sandbox.js';

const TAG = String.raw`\[EXO-SANDBOX\.contoso\.example \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z [0-9A-F]{16}\]`;
const line = (text: string): RegExp => new RegExp(`^${text}$`);
const AUTH_UNSUCCESSFUL = line(`535 5\\.7\\.3 Authentication unsuccessful ${TAG}`);
const QUEUED = (id: string): RegExp => line(
  `250 2\\.6\\.0 <${id}@client\\.example> \\[InternalId=\\d{13}, Hostname=EXO-SANDBOX\\.contoso\\.example\\] `
  + String.raw`\d+ bytes in \d+\.\d{3}, \d+\.\d{3} KB/sec Queued mail for delivery`);
const MAILBOX = SANDBOX_NAMES.mailbox;

describe('sandbox Exchange SMTP (curl, nodemailer)', () => {
  let sb: RunningSandbox;
  const files: (() => void)[] = [];
  const logs: string[] = [];
  /** The sandbox's own diagnostic line for the last refusal: says WHICH check produced a 535 5.7.3. */
  const lastLog = (): string | undefined => logs.at(-1);

  before(async () => { sb = await sandbox({ log: (l) => logs.push(l) }); });
  after(async () => {
    files.forEach((cleanup) => cleanup());
    await sb.close();
  });

  function reset(scenario: ScenarioName, replicationDelayMs?: number): void {
    sb.context.state.reset([scenario], replicationDelayMs);
  }

  async function send(secret: CurlSecret, options: { from?: string; user?: string; mechanism?: string; subject?: string; startTls?: boolean } = {}): Promise<CurlRun> {
    const subject = options.subject ?? 'probe';
    const msg = messageFile(options.from ?? MAILBOX, 'someone@example.org', subject);
    files.push(msg.cleanup);
    return runCurl(smtpArgs(sb, {
      from: options.from ?? MAILBOX, to: 'someone@example.org', file: msg.file,
      mechanism: options.mechanism ?? 'XOAUTH2', startTls: options.startTls,
    }), options.user ?? MAILBOX, secret);
  }

  const firstError = (run: CurlRun): string | undefined => run.replies.find((l) => /^[45]\d\d /.test(l));

  it('healthy, app-only: greets like Exchange, 235 2.7.0, then 250 2.6.0 Queued mail for delivery', async () => {
    reset('healthy');
    const run = await send({ bearer: await appOnlyToken(sb) }, { subject: 'healthy-app' });
    assert.equal(run.exitCode, 0);
    assert.match(run.replies[0]!, line(String.raw`220 EXO-SANDBOX\.contoso\.example Microsoft ESMTP MAIL Service ready at \w{3}, [1-9]\d? \w{3} \d{4} \d\d:\d\d:\d\d \+0000 \[08D[0-9A-F]{13}\]`));
    assert.ok(run.replies.includes('250-STARTTLS'));
    assert.ok(run.replies.includes('220 2.0.0 SMTP server ready'));
    assert.ok(run.replies.includes('250-AUTH LOGIN XOAUTH2'));
    const afterAuth = run.replies.slice(run.replies.indexOf('235 2.7.0 Authentication successful'));
    assert.deepEqual(afterAuth.slice(0, 4), [
      '235 2.7.0 Authentication successful', '250 2.1.0 Sender OK', '250 2.1.5 Recipient OK',
      '354 Start mail input; end with <CRLF>.<CRLF>',
    ]);
    assert.match(afterAuth[4]!, QUEUED('healthyapp'));
    const kept = deliveredMessages(sb.context).at(-1)!;
    assert.equal(kept.subject, 'healthy-app');
    assert.deepEqual(kept.recipients, ['someone@example.org']);
    assert.deepEqual(kept.principal, { kind: 'app', servicePrincipalObjectId: SANDBOX_IDS.genericSpId, clientAppId: SANDBOX_IDS.genericAppId, via: 'role' });
  });

  it('healthy, delegated (ETRON, SMTP.Send): 235 and 250 2.6.0', async () => {
    reset('healthy');
    const run = await send({ bearer: delegatedToken(sb) }, { subject: 'healthy-user' });
    assert.ok(run.replies.includes('235 2.7.0 Authentication successful'));
    assert.match(run.replies.at(-1)!, QUEUED('healthyuser'));
  });

  it('consent-missing: app-only token without SMTP.SendAsApp → 535 5.7.3', async () => {
    reset('consent-missing');
    assert.match(firstError(await send({ bearer: await appOnlyToken(sb) }))!, AUTH_UNSUCCESSFUL);
    assert.equal(lastLog(), `exchange smtp: AUTH XOAUTH2 user=${MAILBOX} refused (role_missing)`);
  });

  it('shared-mailbox-smtp-login: user= the shared mailbox with the delegate\'s token → 535 5.7.3 despite FullAccess and SMTP AUTH on; the delegate\'s own login sends From the shared address', async () => {
    reset('shared-mailbox-smtp-login');
    const asShared = await send({ bearer: delegatedToken(sb) }, { user: SANDBOX_NAMES.sharedMailbox, from: SANDBOX_NAMES.sharedMailbox });
    assert.match(firstError(asShared)!, AUTH_UNSUCCESSFUL);
    assert.equal(lastLog(), `exchange smtp: AUTH XOAUTH2 user=${SANDBOX_NAMES.sharedMailbox} refused (smtp_login_not_signed_in_user)`);
    const asDelegate = await send({ bearer: delegatedToken(sb) }, { from: SANDBOX_NAMES.sharedMailbox, subject: 'delegate-sends' });
    assert.match(asDelegate.replies.at(-1)!, QUEUED('delegatesends'));
  });

  it('a shared mailbox as SMTP login whose SMTP AUTH is off answers 5.7.139 first (the tenant setting), then 5.7.3', async () => {
    reset('healthy');
    const run = await send({ bearer: delegatedToken(sb) }, { user: SANDBOX_NAMES.sharedMailbox, from: SANDBOX_NAMES.sharedMailbox });
    assert.match(firstError(run)!, /^535 5\.7\.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant\./);
  });

  it('delegated token without SMTP.Send (only IMAP.AccessAsUser.All) → 535 5.7.3', async () => {
    reset('healthy');
    assert.match(firstError(await send({ bearer: delegatedToken(sb, { scopes: ['IMAP.AccessAsUser.All'] }) }))!, AUTH_UNSUCCESSFUL);
    assert.equal(lastLog(), `exchange smtp: AUTH XOAUTH2 user=${MAILBOX} refused (scope_missing)`);
  });

  it('service-principal-missing → 535 5.7.3; a pointer made with the app registration\'s object id still fails', async () => {
    reset('service-principal-missing');
    const token = await appOnlyToken(sb);
    assert.match(firstError(await send({ bearer: token }))!, AUTH_UNSUCCESSFUL);
    assert.equal(lastLog(), `exchange smtp: AUTH XOAUTH2 user=${MAILBOX} refused (exchange_service_principal_missing)`);
    const created = runExchangeCmdlet(sb.context, 'New-ServicePrincipal', {
      AppId: SANDBOX_IDS.genericAppId, ObjectId: SANDBOX_IDS.genericAppObjectId, DisplayName: 'Contoso Mail Sender',
    });
    assert.equal(created.ok, true);
    assert.match(firstError(await send({ bearer: token }))!, AUTH_UNSUCCESSFUL);
    assert.equal(lastLog(), `exchange smtp: AUTH XOAUTH2 user=${MAILBOX} refused (exchange_service_principal_missing)`);
  });

  it('smtp-auth-disabled-mailbox → 535 5.7.139 … disabled for the Mailbox', async () => {
    reset('smtp-auth-disabled-mailbox');
    assert.match(firstError(await send({ bearer: await appOnlyToken(sb) }))!, line(
      `535 5\\.7\\.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox\\. Visit https://aka\\.ms/smtp_auth_disabled for more information\\. ${TAG}`));
  });

  it('smtp-auth-disabled-tenant → 535 5.7.139 … disabled for the Tenant', async () => {
    reset('smtp-auth-disabled-tenant');
    assert.match(firstError(await send({ bearer: await appOnlyToken(sb) }))!, line(
      `535 5\\.7\\.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant\\. Visit https://aka\\.ms/smtp_auth_disabled for more information\\. ${TAG}`));
  });

  it('security-defaults: OAuth (XOAUTH2) still sends; a password (AUTH LOGIN) → 535 5.7.139 … security defaults policy', async () => {
    reset('security-defaults');
    assert.match((await send({ bearer: await appOnlyToken(sb) }, { subject: 'secdefaults' })).replies.at(-1)!, QUEUED('secdefaults'));
    assert.match(firstError(await send({ password: 'Sandbox-Mail-1' }, { mechanism: 'LOGIN' }))!, line(
      `535 5\\.7\\.139 Authentication unsuccessful, user is locked by your organization's security defaults policy\\. Contact your administrator\\. ${TAG}`));
  });

  it('mailbox-permission-missing: AUTH succeeds, the message fails at DATA with 430 4.2.0 mailbox logon failure', async () => {
    reset('mailbox-permission-missing');
    const run = await send({ bearer: await appOnlyToken(sb) });
    assert.ok(run.replies.includes('235 2.7.0 Authentication successful'));
    assert.ok(run.replies.includes('354 Start mail input; end with <CRLF>.<CRLF>'));
    assert.equal(firstError(run), '430 4.2.0 STOREDRV; mailbox logon failure; STOREDRV.Submission.Exception:ConnectionFailedTransientException.MapiExceptionLogonFailed; '
      + 'Failed to process message due to a transient exception with message Cannot open mailbox '
      + '/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=a1000000000040008000000000000002-notifications. '
      + 'Server = EXO-SANDBOX.contoso.example');
  });

  it('send-as-denied: MAIL FROM the shared address is "Sender OK"; the end of DATA gets 550 5.7.60 (healthy: queued)', async () => {
    reset('healthy');
    const healthy = await send({ bearer: await appOnlyToken(sb) }, { from: SANDBOX_NAMES.sharedMailbox, subject: 'sendas-ok' });
    assert.ok(healthy.replies.includes('250 2.1.0 Sender OK'));
    assert.match(healthy.replies.at(-1)!, QUEUED('sendasok'));
    reset('send-as-denied');
    const denied = await send({ bearer: await appOnlyToken(sb) }, { from: SANDBOX_NAMES.sharedMailbox });
    assert.ok(denied.replies.includes('235 2.7.0 Authentication successful'));
    assert.ok(denied.replies.includes('250 2.1.0 Sender OK'));
    assert.ok(denied.replies.includes('354 Start mail input; end with <CRLF>.<CRLF>'));
    // Only the server name in brackets, as in the real reply ([CY4PR1701MB1800.namprd17.prod.outlook.com]).
    assert.equal(firstError(denied), '550 5.7.60 SMTP; Client does not have permissions to send as this sender [EXO-SANDBOX.contoso.example]');
  });

  it('imap-disabled does not affect SMTP', async () => {
    reset('imap-disabled');
    assert.match((await send({ bearer: await appOnlyToken(sb) }, { subject: 'imap-off' })).replies.at(-1)!, QUEUED('imapoff'));
  });

  it('a Microsoft Graph token (wrong audience) → 535 5.7.3', async () => {
    reset('healthy');
    assert.match(firstError(await send({ bearer: await appOnlyToken(sb, 'generic', 'graph') }))!, AUTH_UNSUCCESSFUL);
    assert.equal(lastLog(), `exchange smtp: AUTH XOAUTH2 user=${MAILBOX} refused (wrong_resource)`);
  });

  it('an expired token → 535 5.7.3', async () => {
    reset('healthy');
    assert.match(firstError(await send({ bearer: expiredToken(sb) }))!, AUTH_UNSUCCESSFUL);
    assert.equal(lastLog(), `exchange smtp: AUTH XOAUTH2 user=${MAILBOX} refused (token_expired)`);
  });

  it('basic auth (AUTH LOGIN with a password) → 535 5.7.139 basic authentication is disabled', async () => {
    reset('healthy');
    assert.match(firstError(await send({ password: 'Sandbox-Mail-1' }, { mechanism: 'LOGIN' }))!,
      line(`535 5\\.7\\.139 Authentication unsuccessful, basic authentication is disabled\\. ${TAG}`));
  });

  it('without STARTTLS no AUTH is offered, and MAIL FROM → 530 5.7.57', async () => {
    reset('healthy');
    const run = await send({ bearer: await appOnlyToken(sb) }, { startTls: false });
    assert.ok(!run.replies.some((l) => l.includes('AUTH')));
    assert.match(firstError(run)!, line(`530 5\\.7\\.57 Client not authenticated to send mail\\. ${TAG}`));
  });

  it('greets at once and answers AUTH before STARTTLS with 504 5.7.4', async () => {
    // smtp-server pauses every greeting for 100 ms; the fastest of a few connections shows
    // whether the pause is there, even on a busy machine where one connection can be slow.
    const greetings: number[] = [];
    for (let i = 0; i < 4; i++) {
      const probe = smtpLineClient(sb);
      await probe.next();
      greetings.push(await probe.firstLineMs);
      probe.close();
    }
    assert.ok(Math.min(...greetings) < 100, `greeting without smtp-server's 100 ms pause (${greetings.join(', ')} ms)`);
    const client = smtpLineClient(sb);
    await client.next();
    client.write('EHLO probe.example');
    const ehlo = await client.until((l) => l.startsWith('250 '));
    assert.deepEqual(ehlo, ['250-EXO-SANDBOX.contoso.example Hello [127.0.0.1]', '250-SIZE 157286400', '250-PIPELINING', '250-DSN',
      '250-ENHANCEDSTATUSCODES', '250-STARTTLS', '250-8BITMIME', '250-BINARYMIME', '250-CHUNKING', '250 SMTPUTF8']);
    client.write('AUTH XOAUTH2 dXNlcj14AWF1dGg9QmVhcmVyIHgBAQ==');
    assert.match(await client.next(), line(`504 5\\.7\\.4 Unrecognized authentication type ${TAG}`));
    client.write('QUIT');
    assert.equal(await client.next(), '221 2.0.0 Service closing transmission channel');
    client.close();
  });

  it('TLS 1.0/1.1: the handshake completes, then the next command gets 421 4.7.66 and the connection closes', async () => {
    const ca = readFileSync(sb.info.caCertPath, 'utf8');
    const plain = net.connect(sb.info.smtp.port, '127.0.0.1');
    const lines: string[] = [];
    let buffer = '';
    const waitFor = (match: RegExp): Promise<void> => new Promise((resolve) => {
      const check = (): void => { if (lines.some((l) => match.test(l))) resolve(); else setTimeout(check, 5); };
      check();
    });
    const collect = (chunk: Buffer): void => {
      buffer += chunk.toString('utf8');
      const parts = buffer.split('\r\n');
      buffer = parts.pop() ?? '';
      lines.push(...parts);
    };
    plain.on('data', collect);
    await waitFor(/^220 /);
    plain.write('EHLO old-client.example\r\n');
    await waitFor(/^250 SMTPUTF8$/);
    plain.write('STARTTLS\r\n');
    await waitFor(/^220 2\.0\.0 SMTP server ready$/);
    plain.removeListener('data', collect);
    const secure = tls.connect({ socket: plain, ca, servername: 'localhost', minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT:@SECLEVEL=0', checkServerIdentity: () => undefined });
    await new Promise<void>((resolve, reject) => { secure.once('secureConnect', resolve); secure.once('error', reject); });
    assert.equal(secure.getProtocol(), 'TLSv1.1');
    const closed = new Promise<void>((resolve) => secure.once('close', () => resolve()));
    secure.on('data', collect);
    secure.write('EHLO old-client.example\r\n');
    await closed;
    assert.equal(lines.at(-1), '421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2. Visit https://aka.ms/smtp_auth_tls. [EXO-SANDBOX.contoso.example]');
  });

  it('nodemailer with XOAUTH2 (accessToken) sends and gets 250 2.6.0', async () => {
    reset('healthy');
    const transport = nodemailer.createTransport({
      host: '127.0.0.1', port: sb.info.smtp.port, secure: false, requireTLS: true,
      tls: { ca: sb.context.tls.caCertPem },
      auth: { type: 'OAuth2', user: MAILBOX, accessToken: await appOnlyToken(sb) },
    });
    const info = await transport.sendMail({ from: MAILBOX, to: 'someone@example.org', subject: 'via nodemailer', text: 'hi', messageId: '<nodemailer@client.example>' });
    transport.close();
    assert.match(info.response, QUEUED('nodemailer'));
    assert.equal(deliveredMessages(sb.context).at(-1)!.subject, 'via nodemailer');
  });

  it('replication delay: New-ServicePrincipal takes effect for SMTP only after the delay', async () => {
    reset('service-principal-missing', 1500);
    const token = await appOnlyToken(sb, 'inventory360');
    // Step 4 of the Inventory360 guide, with the enterprise app's Object ID.
    const created = runExchangeCmdlet(sb.context, 'New-ServicePrincipal', {
      AppId: APP_IDS.inventory360, ObjectId: SANDBOX_IDS.inventory360SpId, DisplayName: 'Inventory360_Mail_Notification',
    });
    assert.equal(created.ok, true);
    assert.match(firstError(await send({ bearer: token }))!, AUTH_UNSUCCESSFUL);
    await new Promise((r) => setTimeout(r, sb.context.state.pendingReplicationMs() + 50));
    const run = await send({ bearer: token }, { subject: 'replicated' });
    assert.ok(run.replies.includes('235 2.7.0 Authentication successful'));
    assert.match(run.replies.at(-1)!, QUEUED('replicated'));
  });
});
