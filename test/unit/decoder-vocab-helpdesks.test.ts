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

/* GLPI (vocab-helpdesks.ts): the SMTP OAuth callback, the mail receiver, and the oauthimap plugin, as GLPI shows them. */
describe('vocabulary: GLPI SMTP OAuth, mail receiver, test mail and oauthimap (English; German where GLPI ships it)', () => {
  expectFirst([
    ['Authorization failed with error: The user has denied access to the scope requested by the client application.', 'user_cancelled_or_consent_declined'],
    ['Unable to verify authorization code', 'redirect_uri_mismatch'],
    ['Unable to get authorization code', 'user_cancelled_or_consent_declined'],
    ['Access token does not provide an email address, please verify token claims configuration.', 'wrong_scope_or_resource'],
    ['The authenticated account does not expose an email address', 'wrong_scope_or_resource'],
    ['Access token does not provide a refresh token, please verify application configuration.', 'wrong_scope_or_resource'],
    ['Unable to fetch authorization code. Error is: Unexpected token', 'bad_client_secret'],
    ['Invalid provider configuration', 'wrong_tenant_or_app'],
    ['Could not connect to mailgate server', 'imap_auth_failed_generic'],
    ['Verbindung zum Mailgateway fehlgeschlagen', 'imap_auth_failed_generic'],
    ['Failed to send test email to administrator', 'smtp_auth_failed_generic'],
    ['E-Mail konnte nicht an den Administrator gesendet werden', 'smtp_auth_failed_generic'],
    ['cannot select INBOX, is this a valid transport?', 'imap_disabled_or_not_connected'],
  ]);
});

describe('vocabulary: GLPI wrappers give way to Microsoft\'s error or the server reply inside them', () => {
  it('"Authorization failed with error:" around AADSTS50011 → the redirect URI, not a declined consent', () => {
    const text = "Authorization failed with error: AADSTS50011: The redirect URI 'https://glpi.contoso.com/front/smtp_oauth2_callback.php' specified in the request does not match the redirect URIs configured for the application '8c5b3f0e-1d2a-4c3b-9e8f-0a1b2c3d4e5f'.";
    assert.equal(decode(text).causes[0]?.category, 'redirect_uri_mismatch');
  });
  it('"Unable to fetch authorization code. Error is:" around AADSTS7000215 → the client secret', () => {
    const text = 'Unable to fetch authorization code. Error is: AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.';
    assert.equal(decode(text).causes[0]?.category, 'bad_client_secret');
  });
  it('"An error occurred trying to connect to collector." around "User is authenticated but not connected." → the reply decides', () => {
    const text = 'An error occurred trying to connect to collector.\nUser is authenticated but not connected.';
    assert.equal(decode(text).causes[0]?.category, 'imap_disabled_or_not_connected');
  });
});

/* Request Tracker and Redmine (vocab-helpdesks.ts): their sentences around the SMTP error, English and German. */
describe('vocabulary: Request Tracker and Redmine sending failures (English and German)', () => {
  expectFirst([
    ['[crit]: <rt-5.0.5-12345-1701234567-123.45-3-0@contoso.com>: Could not send mail with command `/usr/sbin/sendmail -oi -t`: <rt-5.0.5-12345-1701234567-123.45-3-0@contoso.com>: `/usr/sbin/sendmail -oi -t` exited with code 75', 'smtp_auth_failed_generic'],
    ['Sending the previous mail has failed.  Please contact your admin, they can find more details in the logs.', 'smtp_auth_failed_generic'],
    ['Der Versand der letzten E-Mail ist fehlgeschlagen. Bitte kontaktieren Sie Ihren Administrator, dieser kann weitere Informationen in den Logdateien finden.', 'smtp_auth_failed_generic'],
    ['An error occurred while sending mail (Connection refused - connect(2) for "smtp.office365.com" port 587)', 'network_blocked'],
    ['An error occurred while sending mail (execution expired)', 'network_blocked'],
    ['Beim Senden einer E-Mail ist ein Fehler aufgetreten (execution expired).', 'network_blocked'],
  ]);
});

describe('vocabulary: Redmine\'s sentence gives way to the SMTP reply inside it', () => {
  it('English, around 535 5.7.139 SmtpClientAuthentication disabled for the tenant → the reply decides', () => {
    const text = 'An error occurred while sending mail (535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [FR3P281CA0012.DEUP281.PROD.OUTLOOK.COM])';
    assert.equal(decode(text).causes[0]?.category, 'smtp_auth_disabled_tenant');
  });
  it('German, around 535 5.7.139 basic authentication disabled → the reply decides', () => {
    const text = 'Beim Senden einer E-Mail ist ein Fehler aufgetreten (535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [BE1P281CA0123.DEUP281.PROD.OUTLOOK.COM]).';
    assert.equal(decode(text).causes[0]?.category, 'basic_auth_used');
  });
});

/* Znuny (vocab-helpdesks.ts): OAuth2 token management, the SMTP backend, IMAP and the Microsoft Graph mail account. */
describe('vocabulary: Znuny OAuth2 tokens, SMTP, IMAP and Microsoft Graph (English log lines)', () => {
  expectFirst([
    ['Refresh token for token config with ID 3 has expired or is not present. Token must be retrieved manually via authorization code.', 'token_expired_or_invalid'],
    ['Refresh token of token record for token config with ID 3 has expired (or is not present). A new token must be obtained by RequestTokenByAuthorizationCode().', 'token_expired_or_invalid'],
    ["Response for request for token config with ID 3 and request type 'TokenByRefreshToken' was not '200 OK'. ", 'token_expired_or_invalid'],
    ["Response for request for token config with ID 3 and request type 'TokenByAuthorizationCode' was not '200 OK'. ", 'bad_client_secret'],
    ['Error getting response for token request by authorization code for token config with ID 3.', 'network_blocked'],
    ["Error getting response for request for token config with ID 3 and request type 'TokenByRefreshToken'.", 'network_blocked'],
    ["OAuth2 token for config with name 'Microsoft 365 SMTP' could not be retrieved.", 'token_expired_or_invalid'],
    ['OAuth2 token with ID 3 could not be retrieved.', 'token_expired_or_invalid'],
    ['SMTP authentication failed: 535, Authentication unsuccessful!', 'smtp_auth_failed_generic'],
    ["Could not connect to host 'smtp.office365.com'. ErrorMessage: Connection timed out", 'network_blocked'],
    ["Something went wrong while trying to connect to 'IMAP => helpdesk@contoso.com/outlook.office365.com': Died at /opt/znuny/Kernel/System/MailAccount/IMAP.pm line 52.", 'network_blocked'],
    ["Error executing operation 'https://graph.microsoft.com/v1.0/users/helpdesk@contoso.com/mailFolders?$top=100' (request type GET).", 'mailbox_permission_missing'],
  ]);
});

describe('vocabulary: Znuny wrappers give way to the reply or Microsoft\'s error inside them', () => {
  it('a refused refresh with AADSTS700082 (refresh token expired by inactivity) → the AADSTS code decides', () => {
    const text = "Response for request for token config with ID 3 and request type 'TokenByRefreshToken' was not '200 OK'. invalid_grant (error code 700082): AADSTS700082: The refresh token has expired due to inactivity. The token was issued on 2026-06-01T08:12:44.0000000Z and was inactive for 90.00:00:00.";
    assert.equal(decode(text).causes[0]?.category, 'token_expired_or_invalid');
  });
  it('a refused code redemption with AADSTS7000222 (expired client secret) → the client secret', () => {
    const text = "Response for request for token config with ID 3 and request type 'TokenByAuthorizationCode' was not '200 OK'. invalid_client (error code 7000222): AADSTS7000222: The provided client secret keys for app '0a1b2c3d-4e5f-6789-abcd-ef0123456789' are expired.";
    assert.equal(decode(text).causes[0]?.category, 'bad_client_secret');
  });
  it('"SMTP authentication failed" around 5.7.139 disabled for the mailbox → the reply decides', () => {
    const text = 'SMTP authentication failed: 535, 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information. [FR2P281CA0047.DEUP281.PROD.OUTLOOK.COM]!';
    assert.equal(decode(text).causes[0]?.category, 'smtp_auth_disabled_mailbox');
  });
  it('"Envelope from … not accepted" around 5.7.57 → not authenticated, not the wrapper\'s Send As guess', () => {
    const text = "Envelope from 'sales@contoso.com' not accepted by the server: 530, 5.7.57 Client not authenticated to send mail. [FR3P281CA0031.DEUP281.PROD.OUTLOOK.COM]!";
    assert.equal(decode(text).causes[0]?.category, 'not_authenticated');
  });
  it('Graph\'s ErrorAccessDenied after "Error executing operation" → the same causes as Graph\'s error alone', () => {
    const reply = '403 Forbidden, {"error":{"code":"ErrorAccessDenied","message":"Access is denied. Check credentials and try again."}}';
    const text = `Error executing operation 'https://graph.microsoft.com/v1.0/users/helpdesk@contoso.com/mailFolders?$top=100' (request type GET).: ${reply}`;
    const causes = (t: string) => decode(t).causes.map((c) => [c.category, c.confidence]);
    assert.deepEqual(causes(text), causes(reply));
  });
});
