/**
 * Self-hosted servers' own messages about their mail through Microsoft 365 (vocab-selfhosted.ts): Chatwoot (Microsoft
 * e-mail channel, Graph sending, IMAP/SMTP settings check), TrueNAS (Outlook OAuth, SMTP), Snipe-IT's test mail,
 * Vaultwarden's SMTP errors and Discourse's group e-mail settings test — each as the product prints it, in English and
 * (where the product ships one) German.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: Chatwoot Microsoft e-mail channel', () => {
  expectFirst([
    ["Your inbox is disconnected. You won't receive new messages until you reauthorize it. Click here to reconnect.", 'token_expired_or_invalid'],
    ['Ihr Posteingang ist nicht verbunden. Sie erhalten keine neuen Nachrichten, bis Sie ihn erneut autorisieren.', 'token_expired_or_invalid'],
    ['Microsoft\nReauthorize your MICROSOFT account', 'token_expired_or_invalid'],
    ['Hello,\n\nYour Email Inbox configuration is not working.\nPlease update the settings to continue receiving messages in Chatwoot\n\nClick here to re-connect.', 'imap_auth_failed_generic'],
    ['There was an error connecting to Microsoft, please try again', 'wrong_tenant_or_app'],
    ['Beim Verbinden mit Microsoft ist ein Fehler aufgetreten, bitte versuchen Sie es erneut', 'wrong_tenant_or_app'],
    ['Microsoft Graph API: Authentication failed - token may be expired or invalid', 'token_expired_or_invalid'],
    ['Microsoft Graph API: Permission denied - Mail.Send scope may be missing', 'wrong_scope_or_resource'],
    ['StandardError: Microsoft Graph API error (400): Unknown error', 'unexpected_server_reply'],
    ['StandardError: Failed to get Graph API token: ', 'token_expired_or_invalid'],
  ]);

  it('Microsoft\'s AADSTS text after Chatwoot\'s Graph token sentence decides', () => {
    assert.equal(first('Failed to get Graph API token: AADSTS7000222: The provided client secret keys for app \'8c5b1f2e-0000-4a1b-9c1d-123456789abc\' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret'), 'bad_client_secret');
  });
});

describe('vocabulary: Chatwoot IMAP/SMTP settings check', () => {
  expectFirst([
    ['Please check the IMAP credentials and try again.', 'imap_auth_failed_generic'],
    ['Bitte überprüfen Sie die IMAP-Anmeldeinformationen und versuchen Sie es erneut.', 'imap_auth_failed_generic'],
    ['Please check the network connection, IMAP address and try again.', 'network_blocked'],
    ['Bitte überprüfen Sie die Netzwerkverbindung, die IMAP-Adresse und versuchen Sie es erneut.', 'network_blocked'],
    ['Host unreachable, Please check the IMAP address, IMAP port and try again.', 'network_blocked'],
    ['Host nicht erreichbar. Bitte überprüfen Sie die IMAP-Adresse und den IMAP-Port und versuchen Sie es erneut.', 'network_blocked'],
    ['Connection timed out for outlook.office365.com:993', 'network_blocked'],
    ['Zeitüberschreitung der Verbindung für outlook.office365.com:993', 'network_blocked'],
    ['SMTP authentication failed. Please verify your login credentials.', 'smtp_auth_failed_generic'],
    ['Could not connect to SMTP server. Please check the server address and port.', 'network_blocked'],
    ['SSL/TLS error. Please verify your encryption settings.', 'tls_problem'],
    ['SMTP server error. Please check your configuration and try again.', 'unexpected_server_reply'],
  ]);
});

describe('vocabulary: TrueNAS e-mail (Outlook OAuth, SMTP)', () => {
  expectFirst([
    ['[EFAULT] OAuth is not configured', 'not_authenticated'],
    ['[EFAULT] Failed to send email: 400 Client Error: Bad Request for url: https://login.microsoftonline.com/common/oauth2/v2.0/token', 'token_expired_or_invalid'],
    ['[EFAULT] Failed to send email: 401 Client Error: Unauthorized for url: https://login.microsoftonline.com/common/oauth2/v2.0/token', 'token_expired_or_invalid'],
    ["[EPERM] Authentication error (535): b''", 'smtp_auth_failed_generic'],
    ['[EFAULT] Failed to send email: ', 'smtp_auth_failed_generic'],
    ["[EFAULT] Outlook XOAUTH2 failed: 535 b'5.7.3 Authentication unsuccessful [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]'", 'smtp_auth_failed_generic'],
  ]);

  it('Exchange\'s reply inside TrueNAS\'s sentences decides', () => {
    assert.equal(first("[EPERM] Authentication error (535): b'5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [FR0P281CA0001.DEUP281.PROD.OUTLOOK.COM]'"), 'smtp_auth_disabled_tenant');
    assert.equal(first('[EFAULT] Failed to send email: [Errno 110] Connection timed out'), 'network_blocked');
  });
});

describe('vocabulary: Snipe-IT test mail', () => {
  expectFirst([
    ['Mail could not be sent.\nNo additional error message provided. Check your mail settings and your app log.', 'smtp_auth_failed_generic'],
    ['E-Mail konnte nicht gesendet werden.\nKeine zusätzliche Fehlermeldung vorhanden. Überprüfen Sie Ihre E-Mail-Einstellungen und Ihr App-Protokoll.', 'smtp_auth_failed_generic'],
  ]);

  it('Symfony Mailer\'s exception after "Error:" decides', () => {
    assert.equal(first('Mail could not be sent.\nError: Failed to authenticate on SMTP server with username "helpdesk@contoso.com" using the following authenticators: "LOGIN", "PLAIN", "XOAUTH2". Authenticator "LOGIN" returned "Expected response code "235" but got code "535", with message "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [FR0P281CA0001.DEUP281.PROD.OUTLOOK.COM]".".'), 'smtp_auth_disabled_tenant');
    assert.equal(first('E-Mail konnte nicht gesendet werden.\nError: Connection could not be established with host "ssl://smtp.office365.com:587": stream_socket_client(): SSL operation failed with code 1. OpenSSL Error messages:\nerror:0A00010B:SSL routines::wrong version number'), 'tls_problem');
  });
});

describe('vocabulary: Vaultwarden SMTP errors', () => {
  expectFirst([
    ['Error sending SMTP test email', 'smtp_auth_failed_generic'],
    ['SMTP 4xx error: transient error (432): 4.3.2 STOREDRV.ClientSubmit; sender thread limit exceeded', 'throttled'],
    ['SMTP timeout error: timed out', 'network_blocked'],
    ['SMTP IO error: Connection refused (os error 111)', 'network_blocked'],
    ['SMTP encryption error: Connection error: received corrupt message of type InvalidContentType', 'tls_problem'],
    ['SMTP client error: No compatible authentication mechanism was found', 'tls_problem'],
  ]);

  it('Exchange\'s reply after Vaultwarden\'s prefix decides', () => {
    assert.equal(first('Error sending SMTP test email\nSMTP 5xx error: permanent error (535): 5.7.139 Authentication unsuccessful, basic authentication is disabled. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM] - Authentication credentials invalid'), 'basic_auth_used');
    assert.equal(first('SMTP 5xx error: ["5.7.57 Client not authenticated to send mail. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]"]'), 'not_authenticated');
    assert.equal(first('SMTP 5xx error: permanent error (554): 5.2.252 SendAsDenied; vault@contoso.com not allowed to send as noreply@contoso.com; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied'), 'send_as_denied');
    assert.equal(first('SMTP 4xx error: transient error (421): 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2. Visit https://aka.ms/smtp_auth_tls.'), 'tls_problem');
  });
});

describe('vocabulary: Discourse group e-mail settings test', () => {
  expectFirst([
    ['There was an issue with the SMTP credentials provided, check the username and password and try again. ', 'smtp_auth_failed_generic'],
    ['There was an issue with the POP3 credentials provided, check the username and password and try again.', 'imap_auth_failed_generic'],
    ['The SMTP server is currently busy, try again later.', 'throttled'],
    ['There was an unhandled error when communicating with the SMTP server. ', 'unexpected_server_reply'],
    ['There was an issue connecting with the server, check the server name and port and try again.', 'network_blocked'],
    ['Connection to the server timed out, check the server name and port and try again.', 'network_blocked'],
    ['Unhandled error when testing email settings. ', 'smtp_auth_failed_generic'],
  ]);

  it('Office 365\'s reply inside Discourse\'s sentence decides', () => {
    assert.equal(first("There was an issue with the SMTP credentials provided, check the username and password and try again. 535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator."), 'security_policy_blocks');
    assert.equal(first('There was an issue with the SMTP credentials provided, check the username and password and try again. 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_tenant');
  });
});
