import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ImapFlow } from 'imapflow';
import { encodeXoauth2 } from '../../electron/sandbox/exchange/xoauth2.js';
import type { ScenarioName } from '../../electron/sandbox/scenarios.js';
import { SANDBOX_NAMES } from '../../electron/sandbox/tenant-seed.js';
import { imapArgs, runCurl, type CurlRun, type CurlSecret } from '../helpers/curl-mail.js';
import { appOnlyToken, delegatedToken, expiredToken } from '../helpers/exchange-tokens.js';
import { imapLineClient } from '../helpers/line-client.js';
import { sandbox, type RunningSandbox } from '../helpers/sandbox.js';

const MAILBOX = SANDBOX_NAMES.mailbox;
const GREETING = '* OK The Microsoft Exchange IMAP4 service is ready. [RQBYAE8ALQBTAEEATgBEAEIATwBYAC4AYwBvAG4AdABvAHMAbwAuAGUAeABhAG0AcABsAGUA]';
const CAPABILITY = '* CAPABILITY IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS ID UNSELECT CHILDREN IDLE NAMESPACE LITERAL+';
const SELECTED_INBOX = [
  '* 0 EXISTS', '* 0 RECENT', '* FLAGS (\\Seen \\Answered \\Flagged \\Deleted \\Draft $MDNSent)',
  '* OK [PERMANENTFLAGS (\\Seen \\Answered \\Flagged \\Deleted \\Draft $MDNSent)] Permanent flags',
  '* OK [UIDVALIDITY 14] UIDVALIDITY value', '* OK [UIDNEXT 1] The next unique identifier value',
  'A003 OK [READ-WRITE] SELECT completed.',
];

describe('sandbox Exchange IMAP (curl, imapflow, raw)', () => {
  let sb: RunningSandbox;
  const logs: string[] = [];
  const lastLog = (): string | undefined => logs.at(-1);

  before(async () => { sb = await sandbox({ log: (l) => logs.push(l) }); });
  after(async () => { await sb.close(); });

  const reset = (scenario: ScenarioName): void => sb.context.state.reset([scenario]);
  /** curl: CAPABILITY, AUTHENTICATE (SASL-IR), SELECT INBOX, SEARCH ALL. */
  const selectInbox = (secret: CurlSecret, mechanism = 'XOAUTH2'): Promise<CurlRun> =>
    runCurl(imapArgs(sb, 'INBOX?ALL', mechanism), MAILBOX, secret);

  it('healthy, app-only: greeting, capabilities, OK AUTHENTICATE completed., SELECT INBOX like Exchange', async () => {
    reset('healthy');
    const run = await selectInbox({ bearer: await appOnlyToken(sb) });
    assert.equal(run.exitCode, 0);
    assert.deepEqual(run.replies, [
      GREETING, CAPABILITY, 'A001 OK CAPABILITY completed.', 'A002 OK AUTHENTICATE completed.',
      ...SELECTED_INBOX, '* SEARCH', 'A004 OK SEARCH completed.',
    ]);
  });

  it('healthy: LIST "" * shows the Exchange folders', async () => {
    reset('healthy');
    const run = await runCurl(imapArgs(sb, '', 'XOAUTH2'), MAILBOX, { bearer: delegatedToken(sb) });
    assert.deepEqual(run.replies.slice(4), [
      '* LIST (\\HasNoChildren \\Trash) "/" "Deleted Items"', '* LIST (\\HasNoChildren \\Drafts) "/" Drafts',
      '* LIST (\\Marked \\HasNoChildren) "/" INBOX', '* LIST (\\HasNoChildren \\Sent) "/" "Sent Items"', 'A003 OK LIST completed.',
    ]);
  });

  const refused: [string, ScenarioName, (sb: RunningSandbox) => Promise<string> | string, string][] = [
    ['consent-missing (no IMAP.AccessAsApp)', 'consent-missing', (s) => appOnlyToken(s), 'role_missing'],
    ['service-principal-missing', 'service-principal-missing', (s) => appOnlyToken(s), 'exchange_service_principal_missing'],
    ['a Graph token', 'healthy', (s) => appOnlyToken(s, 'generic', 'graph'), 'wrong_resource'],
    ['an expired token', 'healthy', (s) => expiredToken(s), 'token_expired'],
    ['a delegated token without IMAP.AccessAsUser.All', 'healthy', (s) => delegatedToken(s, { scopes: ['SMTP.Send'] }), 'scope_missing'],
  ];
  for (const [name, scenario, token, reason] of refused) {
    it(`${name} → NO AUTHENTICATE failed.`, async () => {
      reset(scenario);
      const run = await selectInbox({ bearer: await token(sb) });
      assert.equal(run.replies.at(-1), 'A002 NO AUTHENTICATE failed.');
      assert.equal(lastLog(), `exchange imap: AUTHENTICATE XOAUTH2 user=${MAILBOX} refused (${reason})`);
    });
  }

  it('mailbox-permission-missing: AUTHENTICATE OK, then BAD User is authenticated but not connected.', async () => {
    reset('mailbox-permission-missing');
    const run = await selectInbox({ bearer: await appOnlyToken(sb) });
    assert.deepEqual(run.replies.slice(3), [
      'A002 OK AUTHENTICATE completed.', 'A003 BAD User is authenticated but not connected.',
      '* BYE Microsoft Exchange Server IMAP4 server signing off.', 'A004 OK LOGOUT completed.',
    ]);
  });

  it('imap-disabled: even the user\'s own delegated token gets BAD User is authenticated but not connected.', async () => {
    reset('imap-disabled');
    const run = await selectInbox({ bearer: delegatedToken(sb) });
    assert.deepEqual(run.replies.slice(3), [
      'A002 OK AUTHENTICATE completed.', 'A003 BAD User is authenticated but not connected.',
      '* BYE Microsoft Exchange Server IMAP4 server signing off.', 'A004 OK LOGOUT completed.',
    ]);
  });

  it('user= a mailbox the signed-in user has no rights on: OK AUTHENTICATE, BAD not connected twice, then * BYE Connection closed. 14', async () => {
    reset('healthy');
    const client = imapLineClient(sb);
    assert.equal(await client.next(), GREETING);
    client.write(`a1 AUTHENTICATE XOAUTH2 ${encodeXoauth2(SANDBOX_NAMES.otherUser, delegatedToken(sb))}`);
    assert.equal(await client.next(), 'a1 OK AUTHENTICATE completed.');
    client.write('a2 LIST "" *');
    assert.equal(await client.next(), 'a2 BAD User is authenticated but not connected.');
    client.write('a3 SELECT INBOX');
    assert.deepEqual(await client.until((l) => l.startsWith('* BYE')), ['a3 BAD User is authenticated but not connected.', '* BYE Connection closed. 14']);
    assert.equal(lastLog(), `exchange imap: user=${SANDBOX_NAMES.otherUser} authenticated but not connected (the signed-in user has no rights on it)`);
    client.close();
  });

  it('CAPABILITY after AUTHENTICATE adds MOVE, CLIENTACCESSRULES, CLIENTNETWORKPRESENCELOCATION, BACKENDAUTHENTICATE; the token is v1 (iss sts.windows.net)', async () => {
    reset('healthy');
    const token = await appOnlyToken(sb);
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as { iss: string; ver: string; tid: string };
    assert.deepEqual({ iss: claims.iss, ver: claims.ver }, { iss: `https://sts.windows.net/${claims.tid}/`, ver: '1.0' });
    const client = imapLineClient(sb);
    assert.equal(await client.next(), GREETING);
    client.write(`a1 AUTHENTICATE XOAUTH2 ${encodeXoauth2(MAILBOX, token)}`);
    assert.equal(await client.next(), 'a1 OK AUTHENTICATE completed.');
    client.write('a2 CAPABILITY');
    assert.deepEqual(await client.until((l) => l.startsWith('a2 ')), [
      '* CAPABILITY IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS MOVE ID UNSELECT CLIENTACCESSRULES CLIENTNETWORKPRESENCELOCATION BACKENDAUTHENTICATE CHILDREN IDLE NAMESPACE LITERAL+',
      'a2 OK CAPABILITY completed.',
    ]);
    client.close();
  });

  it('SMTP-only faults (SMTP AUTH off, security defaults, SendAs) leave IMAP working', async () => {
    for (const scenario of ['smtp-auth-disabled-mailbox', 'smtp-auth-disabled-tenant', 'security-defaults', 'send-as-denied'] as const) {
      reset(scenario);
      const run = await selectInbox({ bearer: delegatedToken(sb) });
      assert.equal(run.replies.at(-1), 'A004 OK SEARCH completed.', scenario);
    }
  });

  it('basic auth: AUTHENTICATE PLAIN → NO AUTHENTICATE failed.; LOGIN → NO LOGIN failed.', async () => {
    reset('healthy');
    const plain = await selectInbox({ password: 'Sandbox-Mail-1' }, 'PLAIN');
    assert.equal(plain.replies.at(-1), 'A002 NO AUTHENTICATE failed.');
    const client = imapLineClient(sb);
    assert.equal(await client.next(), GREETING);
    client.write('a1 LOGIN notifications@contoso.example Sandbox-Mail-1');
    assert.equal(await client.next(), 'a1 NO LOGIN failed.');
    client.close();
  });

  it('raw: two-step AUTHENTICATE with "+ " continuation, NAMESPACE, ID, unknown command, IDLE, LOGOUT', async () => {
    reset('healthy');
    const client = imapLineClient(sb);
    assert.equal(await client.next(), GREETING);
    client.write('a0 NOOP');
    assert.equal(await client.next(), 'a0 OK NOOP completed.');
    client.write('a1 SELECT INBOX');
    assert.equal(await client.next(), 'a1 BAD Command received in Invalid state.');
    client.write('a2 AUTHENTICATE XOAUTH2');
    assert.equal(await client.next(), '+ ');
    client.write(encodeXoauth2(MAILBOX, await appOnlyToken(sb)));
    assert.equal(await client.next(), 'a2 OK AUTHENTICATE completed.');
    client.write('a3 NAMESPACE');
    assert.deepEqual(await client.until((l) => l.startsWith('a3 ')), ['* NAMESPACE (("" "/")) NIL NIL', 'a3 OK NAMESPACE completed.']);
    client.write('a4 ID ("name" "probe")');
    assert.deepEqual(await client.until((l) => l.startsWith('a4 ')), [
      '* ID ("name" "Microsoft.Exchange.Imap4.Imap4Server" "version" "15.20")', 'a4 OK ID completed.']);
    client.write('a5 FROBNICATE');
    assert.equal(await client.next(), 'a5 BAD Command Error. 10');
    client.write('a6 STATUS "Sent Items" (MESSAGES UIDNEXT)');
    assert.deepEqual(await client.until((l) => l.startsWith('a6 ')), ['* STATUS "Sent Items" (MESSAGES 0 UIDNEXT 1)', 'a6 OK STATUS completed.']);
    client.write('a7 IDLE');
    assert.equal(await client.next(), '+ IDLE accepted, awaiting DONE command.');
    client.write('DONE');
    assert.equal(await client.next(), 'a7 OK IDLE completed.');
    client.write('a8 LOGOUT');
    assert.deepEqual(await client.until((l) => l.startsWith('a8 ')), ['* BYE Microsoft Exchange Server IMAP4 server signing off.', 'a8 OK LOGOUT completed.']);
    client.close();
  });

  it('imapflow (XOAUTH2 access token) connects, lists and opens INBOX', async () => {
    reset('healthy');
    const client = new ImapFlow({
      host: '127.0.0.1', port: sb.info.imap.port, secure: true, tls: { ca: sb.context.tls.caCertPem },
      auth: { user: MAILBOX, accessToken: await appOnlyToken(sb) }, logger: false,
    });
    await client.connect();
    const folders = await client.list();
    assert.deepEqual(folders.map((f) => [f.path, f.specialUse ?? null]).sort(), [
      ['Deleted Items', '\\Trash'], ['Drafts', '\\Drafts'], ['INBOX', '\\Inbox'], ['Sent Items', '\\Sent'],
    ]);
    const mailbox = await client.mailboxOpen('INBOX');
    assert.equal(mailbox.exists, 0);
    assert.equal(mailbox.uidValidity, 14n);
    await client.logout();
  });

  it('imapflow reports the not-connected session as an authentication failure (mailbox-permission-missing)', async () => {
    reset('mailbox-permission-missing');
    const client = new ImapFlow({
      host: '127.0.0.1', port: sb.info.imap.port, secure: true, tls: { ca: sb.context.tls.caCertPem },
      auth: { user: MAILBOX, accessToken: await appOnlyToken(sb) }, logger: false,
    });
    await assert.rejects(client.connect(), (err: Error & { authenticationFailed?: boolean; response?: string }) => {
      assert.equal(err.message, 'Authentication failed');
      assert.equal(err.authenticationFailed, true);
      assert.equal(err.response, 'User is authenticated but not connected.');
      return true;
    });
    client.close();
  });
});
