/**
 * Helpdesk products' own messages (vocab-ticket-systems.ts): FreeScout's incoming-mail connection test
 * (English and German, as MailboxesController.php and resources/lang/de.json print them).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

describe('vocabulary: FreeScout incoming connection test (English and German)', () => {
  expectFirst([
    ['outlook.office365.com is not available on 993 port. Make sure that outlook.office365.com address is correct and that outgoing port 993 on YOUR server is open.', 'network_blocked'],
    ['outlook.office365.com ist nicht verfügbar auf Port 993. Stellen Sie sicher, dass outlook.office365.com die richtige Adresse ist und der ausgehende Port 993 auf IHREM Server geöffnet ist.', 'network_blocked'],
    ['Error occurred connecting to the server', 'imap_auth_failed_generic'],
    ['Fehler beim Verbinden mit dem Server.', 'imap_auth_failed_generic'],
  ]);
});

describe('vocabulary: FreeScout wrapper gives way to the server reply beside it', () => {
  it('"Error occurred connecting to the server" beside 5.7.139 tenant-wide off → the reply decides', () => {
    const text = 'Error occurred connecting to the server\n535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.';
    assert.equal(decode(text).causes[0]?.category, 'smtp_auth_disabled_tenant');
  });
});

/*
 * osTicket (vocab-helpdesks.ts): the texts as osTicket 1.17/1.18 logs them (include/class.mail.php, class.email.php,
 * class.mailer.php, class.mailfetch.php; the auth-oauth2 plugin), and osTicket 1.16's password-login checks.
 */
describe('vocabulary: osTicket mail fetching, SMTP and OAuth2 (English)', () => {
  expectFirst([
    ['Mail Fetcher: OAuth2 Authentication Error', 'imap_auth_failed_generic'],
    ['Unknown Oauth2 Error:\n                             * BYE Connection is closed. 13', 'imap_auth_failed_generic'],
    ['Credentials: Access Token is Expired', 'token_expired_or_invalid'],
    ['Credentials: Referesh Token Expired', 'token_expired_or_invalid'],
    ['imap: Unable to obtain Refresh Token', 'wrong_scope_or_resource'],
    ['Email Mismatch: Expecting Authorization for helpdesk@contoso.com not admin@contoso.com', 'wrong_tenant_or_app'],
    ['Resource Owner and Email Mismatch', 'wrong_tenant_or_app'],
    ['Unable to email via SMTP: helpdesk@contoso.com (smtp.office365.com:587)\n\nXOAUTH2 Required', 'not_authenticated'],
    ['read failed - connection closed', 'network_blocked'],
    ['Invalid login. Check IMAP settings', 'basic_auth_used'],
    ['Invalid login. Check POP settings', 'basic_auth_used'],
    ['Unable to log in. Check SMTP settings.', 'basic_auth_used'],
    ['Unable to email via SMTP: helpdesk@contoso.com (smtp.office365.com:587)', 'smtp_auth_failed_generic'],
    ['osTicket is having trouble fetching emails from the following mail account:\nEmail: helpdesk@contoso.com\nHost Info: outlook.office365.com:993/imap/ssl\n\n5 consecutive errors. Maximum of 5 allowed\n\nThis could be connection issues related to the mail server. Next delayed login attempt in aprox. 10 minutes', 'imap_auth_failed_generic'],
  ]);
});

describe('vocabulary: osTicket wrappers give way to the reply inside them', () => {
  it('"Unable to email via SMTP" around 535 5.7.139 basic authentication disabled → the reply decides', () => {
    const text = 'Unable to email via SMTP: helpdesk@contoso.com (smtp.office365.com:587)\n\n5.7.139 Authentication unsuccessful, basic authentication is disabled. [AM0PR10CA0012.EURPRD10.PROD.OUTLOOK.COM]';
    assert.equal(decode(text).causes[0]?.category, 'basic_auth_used');
  });
  it('"Unable to email via SMTP" around SmtpClientAuthentication disabled for the mailbox → the reply decides', () => {
    const text = 'Unable to email via SMTP: helpdesk@contoso.com (smtp.office365.com:587)\n\n535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.';
    assert.equal(decode(text).causes[0]?.category, 'smtp_auth_disabled_mailbox');
  });
  it('the fetch failure alert around Exchange\'s "User is authenticated but not connected." → the reply decides', () => {
    const text = 'osTicket is having trouble fetching emails from the following mail account:\nEmail: helpdesk@contoso.com\nHost Info: outlook.office365.com:993/imap/ssl\nError: User is authenticated but not connected.\n\n5 consecutive errors. Maximum of 5 allowed\n\nThis could be connection issues related to the mail server. Next delayed login attempt in aprox. 10 minutes';
    assert.equal(decode(text).causes[0]?.category, 'imap_disabled_or_not_connected');
  });
});
