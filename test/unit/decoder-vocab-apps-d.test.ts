/**
 * Further applications' own messages about their mail through Microsoft 365 (vocab-apps-d.ts): Wino Mail (Outlook/Graph
 * synchronizer, IMAP set-up), Kibana's Email connector (SMTP and MS Exchange Server / Graph), phpList, Keila, UrBackup
 * and Bacula's / Bareos' bsmtp — each as the product prints it, in English and (where the product ships one) German.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: Wino Mail', () => {
  expectFirst([
    ['[Forbidden] ErrorSendAsDenied - You do not have permission to send from alias info@contoso.com. Pick another alias or update your mailbox permissions.', 'send_as_denied'],
    ['Sie haben keine Berechtigung, von dem Alias info@contoso.com zu senden. Wählen Sie einen anderen Alias oder passen Sie Ihre Postfachberechtigungen an.', 'send_as_denied'],
    ["Account needs attention\n'Contoso (Outlook)' requires your attention to continue working.", 'token_expired_or_invalid'],
    ["Konto benötigt Aufmerksamkeit\n'Contoso (Outlook)' erfordert Ihre Aufmerksamkeit, um weiterzuarbeiten.", 'token_expired_or_invalid'],
    ['Unknown error occurred during authentication', 'not_authenticated'],
    ['Unbekannter Fehler bei der Authentifizierung\nTokengenerierung fehlgeschlagen', 'not_authenticated'],
    ["User didn't authorize the handshake with the certificate.", 'tls_problem'],
    ['Der Benutzer hat den Handshake mit dem Zertifikat nicht autorisiert.', 'tls_problem'],
    ['IMAP connection failed.', 'network_blocked'],
    ['IMAP Verbindung fehlgeschlagen.', 'network_blocked'],
    ['IMAP-Server-Validierung fehlgeschlagen.', 'network_blocked'],
  ]);

  it('MailKit\'s reply after Wino\'s validation title decides', () => {
    assert.equal(first('IMAP Server validation failed.\nAuthenticationException: AUTHENTICATE failed.'), 'imap_auth_failed_generic');
    // Exchange Online's "LOGIN failed." is read as basic authentication refused (patterns-imap.ts).
    assert.equal(first('IMAP Server validation failed.\nThe IMAP server replied to the LOGIN command with a NO response: LOGIN failed.'), 'basic_auth_used');
  });
});

describe('vocabulary: Kibana Email connector', () => {
  expectFirst([
    ['action execution failure: .email:9b2a5e10-0000-11ee-8c2a-0242ac120002: Ops mail: error sending email', 'smtp_auth_failed_generic'],
    ['error thrown getting the access token from https://login.microsoftonline.com/3f2a1b4c-0000-4d5e-8f9a-0123456789ab/oauth2/v2.0/token for params: {"scope":"https://graph.microsoft.com/.default","clientId":"8c5b1f2e-0000-4a1b-9c1d-123456789abc"}: ', 'bad_client_secret'],
    ['error thrown sending Microsoft Exchange email for clientID: 8c5b1f2e-0000-4a1b-9c1d-123456789abc: ', 'consent_missing'],
    ['Unable to retrieve access token for connectorId: 9b2a5e10-0000-11ee-8c2a-0242ac120002', 'wrong_tenant_or_app'],
    ['error validating connector type secrets: [clientSecret] is required', 'bad_client_secret'],
    ['error validating action type config: [clientId]/[tenantId] is required', 'wrong_tenant_or_app'],
  ]);

  it('the SMTP reply or Microsoft\'s answer after Kibana\'s sentence decides', () => {
    assert.equal(first('action execution failure: .email:9b2a5e10-0000-11ee-8c2a-0242ac120002: Ops mail: error sending email: Invalid login: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_tenant');
    assert.equal(first('error thrown getting the access token from https://login.microsoftonline.com/3f2a1b4c-0000-4d5e-8f9a-0123456789ab/oauth2/v2.0/token for params: {"scope":"https://graph.microsoft.com/.default"}: {"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app \'8c5b1f2e-0000-4a1b-9c1d-123456789abc\'."}'), 'bad_client_secret');
    assert.equal(first('error thrown getting the access token from https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token for params: {}: {"error":"invalid_request","error_description":"AADSTS90002: Tenant \'contoso.onmicrosoft.com\' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud."}'), 'wrong_tenant_or_app');
  });
});

describe('vocabulary: phpList and Keila', () => {
  expectFirst([
    ['Error sending email to jane@contoso.com ', 'smtp_auth_failed_generic'],
    ['Fehler beim Senden der E-Mail an jane@contoso.com ', 'smtp_auth_failed_generic'],
    ['Error sending message 12 (3/250) to jane@contoso.com (8f1c…) ', 'smtp_auth_failed_generic'],
    ['Fehler beim Senden von Test-Nachrichten an', 'smtp_auth_failed_generic'],
    ['There was an error sending the preview campaign.', 'smtp_auth_failed_generic'],
    ['Beim Senden der Kampagnen-Vorschau ist ein Fehler aufgetreten.', 'smtp_auth_failed_generic'],
  ]);

  it('PHPMailer\'s sentence or the server\'s reply after the product\'s wrapper decides', () => {
    assert.equal(first('Error sending email to jane@contoso.com SMTP Error: data not accepted. SMTP server error: DATA END command failed Detail: 5.2.252 SendAsDenied; newsletter@contoso.com not allowed to send as news@contoso.com; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied SMTP code: 554'), 'send_as_denied');
    assert.equal(first('There was an error sending the preview campaign.\n{:permanent_failure, "smtp.office365.com", "535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]\\r\\n"}'), 'basic_auth_used');
  });
});

describe('vocabulary: UrBackup and bsmtp (Bacula, Bareos)', () => {
  expectFirst([
    ['Sending test mail failed. Error: Login denied(ec=67), ', 'smtp_auth_failed_generic'],
    ['Senden der Test-E-Mail fehlgeschlagen. Fehler: Timeout was reached(ec=28), Connection timed out after 10001 milliseconds', 'network_blocked'],
    ['Error sending mail to "admin@contoso.com". . Retrying in 4s', 'smtp_auth_failed_generic'],
    ['bsmtp: bsmtp.c:116-0 Fatal malformed reply from smtp.office365.com: ', 'not_authenticated'],
    ['bsmtp: bsmtp.c:371-0 Failed to connect to mailhost smtp.office365.com', 'network_blocked'],
    ['bsmtp: bsmtp.c:337-0 Error unknown mail host "smtp.office365.cm": ERR=Name or service not known', 'network_blocked'],
  ]);

  it('Exchange\'s reply quoted by bsmtp or curl\'s detail in UrBackup\'s line decides', () => {
    assert.equal(first('bsmtp: bsmtp.c:116-0 Fatal malformed reply from smtp.office365.com: 451 5.7.3 STARTTLS is required to send mail [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]'), 'tls_problem');
    assert.equal(first('bsmtp: bsmtp.c:116-0 Fatal malformed reply from smtp.office365.com: 530 5.7.57 Client not authenticated to send mail. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]'), 'not_authenticated');
    assert.equal(first('Sending test mail failed. Error: Login denied(ec=67), 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_tenant');
  });
});
