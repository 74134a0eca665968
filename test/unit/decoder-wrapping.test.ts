/**
 * The decoder reads an error the same however it is wrapped (issue 10, "decoding of the wrapping
 * itself"): the wrappings that once changed its answer, as scenarios. Every development text in each
 * wrapping real pastes arrive in: decoder-wrapping-corpus-*.test.ts (two files, so that each stays
 * well inside the test runner's time limit as the corpora grow).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { matchText, withoutWrappers, type TextHit } from '../../electron/core/diagnosis/match.js';
import { textViews } from '../../electron/core/diagnosis/normalize.js';

describe('decoder: wrappings that once misled it', () => {
  const first = (text: string): string | undefined => decode(text).causes[0]?.category;

  it('a form-encoded description wrapped inside "error_description" still reads as words', () => {
    const text = "https://login.live.com/err.srf?lc=1033#error=invalid_request&error_descripti\non=The+provided+value+for+the+input+parameter+'redirect_uri'+is+not+valid.+T\nhe+expected+value+is+'https://login.live.com/oauth20_desktop.srf'+or+a+URL+w\nhich+matches+the+redirect+URI+registered+for+this+client+application.&state=\nCfDJ8KDKGBQpwThNmiIG";
    assert.equal(first(text), 'redirect_uri_mismatch');
  });

  it('a plain Windows path keeps its folders ("\\tmpEXO_…", "\\netFramework"); JSON escapes around it are still read', () => {
    const psm = String.raw`At C:\Program Files\WindowsPowerShell\Modules\ExchangeOnlineManagement\3.1.0\netFramework\ExchangeOnlineManagement.psm1:733 char:21`;
    assert.match(textViews(psm).spaced, /\\3\.1\.0\\netFramework\\/);
    const manifest = String.raw`Cannot update the manifest file 'C:\Users\me\AppData\Local\Temp\tmpEXO_f2qn0x4u.k0p\tmpEXO_f2qn0x4u.k0p.psd1' because the manifest is not valid.`;
    assert.match(textViews(manifest).spaced, /\\Temp\\tmpEXO_/);
    assert.equal(first(manifest), 'exchange_powershell_not_ready');
    assert.equal(textViews(String.raw`failed.\r\n   at Send() in C:\src\Mail.cs:line 3\r\nnext`).spaced, String.raw`failed. at Send() in C:\src\Mail.cs:line 3 next`);
  });

  it('a wrapped query string with "lc=1033" is not quoted-printable', () => {
    const text = 'https://login.live.com/err.srf?lc=1033#error=invalid_request&error_description=The+provided+value+for+the+input+parameter+%27redirect_uri%27+is+not+valid.&state=\nabc';
    assert.match(textViews(text).spaced, /err\.srf\?lc=1033#error=invalid_request/);
  });

  it('percent-encoded UTF-8 (a client message in Chinese around the reply) is decoded', () => {
    const text = `https://localhost/err?msg=${encodeURIComponent('导入Outlook邮箱后，无法获取邮件，提示refresh_token无效。')}`;
    assert.equal(first(text), 'token_expired_or_invalid');
  });

  it('AADSTS500011 wrapped inside a word still tells a Microsoft 365 resource from a wrong one', () => {
    const wrong = 'invalid_resource;AADSTS500011: The resource principa\nl named api://8e82b4f2-4962-4b66-a6f5-76667400cfed was not found in the tenant named contoso.';
    const outlook = 'AADSTS500011: The resource principal named https://outlook.offi\nce.com was not found in the tenant named contoso.';
    assert.equal(first(wrong), 'wrong_scope_or_resource');
    assert.equal(first(outlook), 'service_principal_missing_or_wrong_id');
  });

  it('quote marks of a mail reply do not break a reply wrapped inside a word', () => {
    const text = '> Caused by: javax.mail.AuthenticationFailedException: 535 5.7.139 Authentication unsuccessful, SmtpClie\n> ntAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.';
    assert.equal(first(text), 'smtp_auth_disabled_tenant');
  });

  it("System.Net.Mail's \"Failure sending mail.\" beside the server's 535 is not a network failure", () => {
    const causes = decode('An error occurred: [Failure sending mail.].\nThis error :Error: 535 5.7.3 Authentication unsuccessful').causes.map((c) => c.category);
    assert.equal(causes.includes('network_blocked'), false);
    assert.equal(causes[0], 'smtp_auth_failed_generic');
  });

  // Since the twenty-third session the closed connection reads as TLS first (development texts with these words: TLS 10 of 15,
  // the network 1); the wrapper still adds nothing of its own.
  it('"Failure sending mail." around a closed connection points at the connection: TLS, then the network', () => {
    const got = decode('System.Net.Mail.SmtpException: Failure sending mail. ---> System.IO.IOException: Unable to read data from the transport connection: net_io_connectionclosed.').causes.map((c) => c.category);
    assert.deepEqual(got.slice(0, 2), ['tls_problem', 'network_blocked']);
  });

  it('"forcibly closed by the remote host" reads as TLS 1.2 missing first, in English as in German', () => {
    // The symptom Microsoft names for clients without TLS 1.2; the transport-read wrapper around it must not tip it to network.
    assert.equal(first('System.IO.IOException: Unable to read data from the transport connection: An existing connection was forcibly closed by the remote host.'), 'tls_problem');
    assert.equal(first('Die Verbindung kann nicht von der Transportverbindung gelesen werden: Eine vorhandene Verbindung wurde vom Remotehost geschlossen.'), 'tls_problem');
  });
});

describe('decoder: the log around an error', () => {
  const TRANSCRIPT = 'Connecting to smtp.office365.com:587\n< 220 AM0PR01CA0123.outlook.office365.com Microsoft ESMTP MAIL Service ready\n> EHLO app.example.com\n< 250-STARTTLS\n> STARTTLS\n< 220 2.0.0 SMTP server ready\n> EHLO app.example.com\n< 250-AUTH LOGIN XOAUTH2\n< 250 SMTPUTF8\n';

  it('the server offering XOAUTH2 in its EHLO reply is not the client signing in with OAuth', () => {
    const text = `${TRANSCRIPT}UnauthorizedError: Wrong username or password for https://outlook.office365.com/EWS/Exchange.asmx`;
    assert.equal(decode(text).causes[0]?.category, 'basic_auth_used');
  });

  it("a server's greeting shows the connection worked: \"Connecting …\" is no sign of a blocked network", () => {
    const text = `${TRANSCRIPT}The app could not finish: unknown problem with the mail account`;
    assert.deepEqual(matchText(text).guesses.map((g) => g.ruleId), ['guess:signin-password', 'guess:smtp']);
    assert.deepEqual(matchText('Connecting to smtp.office365.com:587 …').guesses.map((g) => g.ruleId), ['guess:network-connect', 'guess:smtp']);
  });
});

describe('decoder: a reply cut off by a narrow dialog or a log column', () => {
  const first = (text: string) => decode(text).causes.map((c) => c.category);
  it('"…disabled for the Tena…" is the tenant, "…for the Mailbo" the mailbox', () => {
    assert.equal(first('535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tena…')[0], 'smtp_auth_disabled_tenant');
    assert.equal(first('535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbo')[0], 'smtp_auth_disabled_mailbox');
  });

  it('"SmtpClientAuthentication is disab…" is SMTP AUTH off, for the mailbox or the tenant, before the generic 5.7.139', () => {
    assert.deepEqual(first('535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disab').slice(0, 2), ['smtp_auth_disabled_mailbox', 'smtp_auth_disabled_tenant']);
  });

  it('the whole reply names one of the two only', () => {
    assert.deepEqual(first('535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.'), ['smtp_auth_disabled_mailbox']);
  });
});

describe('decoder: other Exchange replies cut off', () => {
  const first = (text: string) => decode(text).causes[0]?.category;
  it('keeps the cause of the words before the cut', () => {
    assert.equal(first('554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaEx…'), 'throttled');
    assert.equal(first('550 5.7.1 Client does not have permissions to send a…'), 'send_as_denied');
    assert.equal(first('535 5.7.139 Authentication unsuccessful, basic authenticati…'), 'basic_auth_used');
    assert.equal(first('451 4.7.500 Server busy. Please try again late…'), 'throttled');
  });
});

describe('wrappers give way to what another message shows, never to themselves', () => {
  const hit = (ruleId: string, family: TextHit['family'], specificity: TextHit['specificity'], yieldsTo?: TextHit['yieldsTo']): TextHit => ({
    ruleId, family, specificity, proposals: [], protocolSensitive: false, excerpt: ruleId, ...(yieldsTo ? { yieldsTo } : {}),
  });

  it('a library wrapper gives way to a server reply, a TLS error or a sign-in error beside it', () => {
    const wrapper = hit('lib-send-failed', 'client', 2, ['server-reply', 'tls', 'sign-in']);
    for (const other of [hit('smtp-535', 'smtp-auth', 3), hit('java-tls', 'tls', 3), hit('aadsts:50076', 'entra', 3)]) {
      assert.deepEqual(withoutWrappers([wrapper, other], false).map((h) => h.ruleId), [other.ruleId]);
    }
    assert.deepEqual(withoutWrappers([wrapper, hit('auth-failed-words', 'smtp-auth', 1)], false).map((h) => h.ruleId), ['lib-send-failed', 'auth-failed-words'], 'a loose word is no reply');
  });

  it('a server-reply rule that yields to server replies stays when it is the only one', () => {
    const self = hit('product-imap-reply', 'imap', 2, ['server-reply']);
    assert.deepEqual(withoutWrappers([self], false).map((h) => h.ruleId), ['product-imap-reply']);
    assert.deepEqual(withoutWrappers([self, hit('imap-not-connected', 'imap', 3)], false).map((h) => h.ruleId), ['imap-not-connected']);
  });
});

describe('decoder: a paste hard-wrapped at a fixed width (a terminal, a fixed-width log viewer)', () => {
  const hardWrap = (t: string, width: number) => t.replace(new RegExp(`([^\\n]{${width}})`, 'g'), '$1\n');
  const reply = [
    'System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not authenticated. The server',
    'response was: 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful, the request did not',
    'meet the criteria to be authenticated successfully. Contact your administrator. [SG2P153CA0002.APCP153.PROD.OUTLOOK.COM]',
    '   at System.Net.Mail.MailCommand.CheckResponse(SmtpStatusCode statusCode, String response)',
    '   at System.Net.Mail.MailCommand.Send(SmtpConnection conn, Byte[] command, MailAddress from, Boolean allowUnicode)',
  ].join('\n');

  it('reads the words whole again, at 60 and at 80 columns', () => {
    for (const width of [60, 80]) {
      assert.equal(textViews(hardWrap(reply, width)).unwrapped, textViews(reply).spaced, `${width} columns`);
      assert.deepEqual(decode(hardWrap(reply, width)).causes, decode(reply).causes, `${width} columns`);
    }
  });

  // Every development text hard-wrapped at 60 columns: decoder-hardwrap-corpus.test.ts (a file of its own, within the test
  // runner's per-file time limit as the corpora grow).

  it('a short line keeps its line break as a space', () => {
    const before = 'Fehler beim Senden: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.';
    const after = 'Trace: the request did not meet the criteria to be authenticated successfully. Contact your administrator.';
    const text = `${hardWrap(before, 60)}\nDetails:\n${hardWrap(after, 60)}`;
    assert.equal(textViews(text).unwrapped, `${before} Details: ${after}`);
  });

  it('a text wrapped at word boundaries (a mail client\'s 72 columns) is read as it was', () => {
    const text = 'The server response was: 5.7.57 Client not authenticated to send mail.\nError: 535 5.7.139 Authentication unsuccessful, the request did not\nmeet the criteria to be authenticated successfully. Contact your\nadministrator.';
    assert.equal(textViews(text).unwrapped, undefined);
  });

  it('a token the width cut in two is redacted whole in what the decoder shows', () => {
    const token = `eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL291dGxvb2sub2ZmaWNlMzY1LmNvbSJ9.${'c2lnbmF0dXJl'.repeat(3)}`;
    const text = hardWrap(`The server answered our request with an error while sending mail, Authorization: Bearer ${token} and then 535 5.7.3 Authentication unsuccessful happened again for every single message.`, 60);
    const shown = JSON.stringify(decode(text));
    assert.ok(decode(text).causes.length > 0);
    for (const piece of ['eyJhdWQi', 'NiJ9', 'c2lnbmF0dXJl']) assert.ok(!shown.includes(piece), piece);
  });

  it('a log of equally long lines is not glued together', () => {
    const lines = Array.from({ length: 6 }, (_, i) => `2026-12-04 10:00:0${i} INFO mail-worker connection established id=100${i}`);
    const text = [...lines, '2026-12-04 10:00:07 ERROR 535 5.7.3 Authentication unsuccessful'].join('\n');
    assert.equal(textViews(text).unwrapped, undefined);
  });
});
