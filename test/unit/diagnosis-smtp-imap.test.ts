import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CategoryId } from '../../electron/core/diagnosis/categories.js';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { imapWrappers, smtpWrappers } from '../helpers/diagnosis-wrappers.js';

/** The SMTP replies of DESIGN.md's "Known messages" (and a few more), the command they answer, and the category. */
const SMTP_REPLIES: readonly [string, string, CategoryId][] = [
  ['535 5.7.3 Authentication unsuccessful [BE1P281CA0012.DEUP281.PROD.OUTLOOK.COM 2026-03-02T09:14:07.123Z 08DE5A1B2C3D4E5F]', 'AUTH', 'smtp_auth_failed_generic'],
  ['535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information. [AM0PR01CA0123.eurprd01.prod.exchangelabs.com 2026-03-02T09:14:07.123Z 08DE5A1B2C3D4E5F]', 'AUTH', 'smtp_auth_disabled_mailbox'],
  ['535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [FR3P281CA0042.DEUP281.PROD.OUTLOOK.COM]', 'AUTH', 'smtp_auth_disabled_tenant'],
  ['535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [VI1PR04CA0097.eurprd04.prod.outlook.com]', 'AUTH', 'basic_auth_used'],
  ['550 5.7.30 Basic authentication is not supported for Client Submission. [DB8PR09CA0001.eurprd09.prod.outlook.com]', 'AUTH', 'basic_auth_used'],
  ["535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator. [AM6P193CA0089.EURP193.PROD.OUTLOOK.COM]", 'AUTH', 'security_policy_blocks'],
  ["535 5.7.139 Authentication unsuccessful, the organization configuration doesn't allow this authentication request. Visit https://aka.ms/smtp_auth_disabled for more information. [PR3P191CA0031.EURP191.PROD.OUTLOOK.COM]", 'AUTH', 'security_policy_blocks'],
  ['430 4.2.0 STOREDRV; mailbox logon failure; STOREDRV.Submission.Exception:ConnectionFailedTransientException.MapiExceptionLogonFailed; Failed to process message due to a transient exception with message [BeginDiagnosticData]Cannot open mailbox. [Hostname=AM8PR01MB1234.eurprd01.prod.exchangelabs.com]', 'DATA END', 'mailbox_permission_missing'],
  ['550 5.7.60 SMTP; Client does not have permissions to send as this sender [AM6PR10MB1234.EURPRD10.PROD.OUTLOOK.COM 2026-03-02T09:14:07.123Z 08DE5A1B2C3D4E5F]', 'DATA END', 'send_as_denied'],
  ['554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message. 0.35250:0A00C884, 1.36674:0A000000', 'DATA END', 'send_as_denied'],
  ['530 5.7.57 Client not authenticated to send mail. [FR0P281CA0101.DEUP281.PROD.OUTLOOK.COM 2026-03-02T09:14:07.123Z]', 'MAIL FROM', 'not_authenticated'],
  ['550 5.2.252 Message submission rate for this client has exceeded the configured limit', 'DATA END', 'throttled'],
  ['432 4.3.2 Concurrent connections limit exceeded. Visit https://aka.ms/concurrent_sending for more information. [Hostname=AM0PR02MB5678.eurprd02.prod.outlook.com]', 'AUTH', 'throttled'],
  ['421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2. Visit https://aka.ms/smtp_auth_tls. [AM0PR10CA0012.EURPRD10.PROD.OUTLOOK.COM]', 'STARTTLS', 'tls_problem'],
  ['451 4.7.0 Temporary server error. Please try again later. PRX4 [AM0PR04MB1111.eurprd04.prod.outlook.com]', 'DATA END', 'throttled'],
  ['504 5.7.4 Unrecognized authentication type [ZR0P278CA0014.CHEP278.PROD.OUTLOOK.COM 2026-03-02T09:14:07.123Z]', 'AUTH', 'smtp_auth_failed_generic'],
];

/** The IMAP replies of DESIGN.md's table (Exchange Online and Dovecot). */
const IMAP_REPLIES: readonly [string, CategoryId][] = [
  ['NO AUTHENTICATE failed.', 'imap_auth_failed_generic'],
  ['NO LOGIN failed.', 'basic_auth_used'],
  ['BAD User is authenticated but not connected.', 'imap_disabled_or_not_connected'],
  ['NO Request is throttled. Suggested Backoff Time: 113 milliseconds', 'throttled'],
  ['NO [AUTHENTICATIONFAILED] Authentication failed.', 'imap_auth_failed_generic'],
];

describe('decode: SMTP replies in their real wrappers', () => {
  for (const [reply, command, category] of SMTP_REPLIES) {
    for (const [wrapper, text] of Object.entries(smtpWrappers(reply, command))) {
      it(`${reply.slice(0, 48)}… (${wrapper}) → ${category}`, () => {
        assert.equal(decode(text).causes[0]?.category, category);
      });
    }
  }

  it('504 5.7.4 alone: a mechanism Exchange does not offer (not XOAUTH2) first, then TLS (AUTH before STARTTLS), then a password', () => {
    const causes = decode('504 5.7.4 Unrecognized authentication type').causes.map((c) => c.category);
    assert.deepEqual(causes.slice(0, 3), ['smtp_auth_failed_generic', 'tls_problem', 'basic_auth_used']);
  });

  it('reads the Odoo "Mail Delivery Failed" with a Python bytes repr and keeps the reply as evidence', () => {
    const text = "Mail Delivery Failed\nMail delivery failed via SMTP server 'None'.\nSMTPAuthenticationError: (535, b'5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information. [AM0PR01CA0123.eurprd01.prod.exchangelabs.com 2026-03-02T09:14:07.123Z 08DE5A1B2C3D4E5F]')";
    const [top, ...rest] = decode(text, { languages: ['en'] }).causes;
    assert.equal(top?.category, 'smtp_auth_disabled_mailbox');
    assert.equal(top?.confidence, 0.97);
    assert.equal(top?.step, 'smtp-auth');
    assert.equal(top?.waitLikely, true);
    assert.deepEqual(top?.evidence, [
      "…(535, b'5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.…",
    ]);
    assert.deepEqual(rest, [], 'the generic "Authentication unsuccessful" is silenced by the specific reply');
  });

  it('joins a code split across lines ("5.7.\\n139") and a phrase split mid-word', () => {
    const text = 'Fehler beim Senden: 535 5.7.\n139 Authentication unsuccessful, SmtpClientAuthentication is dis\nabled for the Tenant.';
    assert.deepEqual(decode(text).causes.map((c) => c.category), ['smtp_auth_disabled_tenant']);
  });

  it('a reply code on one line and the enhanced code on the next still reads as 535 5.7.3', () => {
    assert.equal(decode('535\n5.7.3 Authentication unsuccessful').causes[0]?.category, 'smtp_auth_failed_generic');
  });

  it('does not read "5.7.3" out of "5.7.30" broken across lines', () => {
    const causes = decode('550 5.7.3\n0 Basic authentication is not supported for Client Submission.').causes;
    assert.deepEqual(causes.map((c) => c.category), ['basic_auth_used']);
  });

  it('PHPMailer, .NET and Java wrappers without an Exchange code', () => {
    assert.equal(decode('SMTP Error: Could not authenticate.').causes[0]?.category, 'smtp_auth_failed_generic');
    assert.equal(
      decode('System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.57 Client not authenticated to send mail.').causes[0]?.category,
      'not_authenticated',
    );
    assert.equal(decode('javax.mail.AuthenticationFailedException: 535 5.7.3 Authentication unsuccessful').causes[0]?.category, 'smtp_auth_failed_generic');
  });
});

describe('decode: IMAP replies in their real wrappers', () => {
  for (const [reply, category] of IMAP_REPLIES) {
    for (const [wrapper, text] of Object.entries(imapWrappers(reply))) {
      it(`${reply} (${wrapper}) → ${category}`, () => {
        assert.equal(decode(text).causes[0]?.category, category);
      });
    }
  }

  it('Thunderbird\'s "Login to server … failed" is a refused password (OAuth2 failures have their own message), then an IMAP sign-in failure', () => {
    const causes = decode('Login to server outlook.office365.com with username info@contoso.de failed.').causes;
    assert.deepEqual(causes.map((c) => [c.category, c.confidence]), [['basic_auth_used', 0.5], ['imap_auth_failed_generic', 0.45]]);
  });

  it('a loose "authentication failed" is SMTP unless the text or the context is about IMAP', () => {
    assert.equal(decode('Authentifizierung fehlgeschlagen').causes[0]?.category, 'smtp_auth_failed_generic');
    assert.equal(decode('Posteingang: Authentifizierung fehlgeschlagen').causes[0]?.category, 'imap_auth_failed_generic');
    assert.equal(decode('Authentifizierung fehlgeschlagen', { protocol: 'imap' }).causes[0]?.category, 'imap_auth_failed_generic');
  });
});
