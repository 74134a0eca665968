/**
 * Mail clients and webmail, second pass (vocab-clients-b.ts): Roundcube (size limit, OAuth configuration and
 * discovery, LOGINDISABLED), SOGo (SMTP reasons, OpenID Connect log lines), RainLoop, K-9 Mail / Thunderbird for
 * Android (notifications naming the server, the settings check, missing capabilities), Claws Mail and Sylpheed — each
 * as the product prints it, in English and German.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: Roundcube (second pass)', () => {
  expectFirst([
    ['SMTP Error: Message size exceeds server limit (35 MB)', 'message_too_large'],
    ['SMTP-Fehler: Nachrichtengröße übersteigt die Servergrenze (35 MB)', 'message_too_large'],
    ["ERROR: Missing required OAuth config options 'oauth_auth_uri', 'oauth_client_id'", 'wrong_tenant_or_app'],
    ['PHP Error: Error fetching https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration : cURL error 28: Connection timed out after 10001 milliseconds', 'network_blocked'],
    ['IMAP Error: Login failed for alex@contoso.com against outlook.office365.com from 203.0.113.7. Login disabled by IMAP server', 'tls_problem'],
    ['Login disabled by IMAP server', 'tls_problem'],
  ]);

  it("an SSL error behind Roundcube's discovery sentence decides", () => {
    assert.equal(first('Error fetching https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration : cURL error 60: SSL certificate problem: unable to get local issuer certificate'), 'tls_problem');
  });
});

describe('vocabulary: SOGo', () => {
  expectFirst([
    ['cannot send message: (smtp) authentication failure', 'smtp_auth_failed_generic'],
    ['cannot send message: (smtp) error when connecting', 'network_blocked'],
    ['Cannot send message: error when connecting to the SMTP server.', 'network_blocked'],
    ['Kann Nachricht nicht versenden: Fehler beim Verbinden mit dem SMTP-Server.', 'network_blocked'],
    ['cannot send message: (smtp) originator not accepted', 'not_authenticated'],
    ['Cannot send message: all recipients are invalid.', 'recipient_rejected'],
    ['Kann Nachricht nicht versenden: Alle Empfänger sind ungültig.', 'recipient_rejected'],
    ['Cannot send message. The following addresses are invalid: bob@fabrikam.com', 'recipient_rejected'],
    ['Kann Nachricht nicht versenden: Die folgenden Adressen sind ungültig: bob@fabrikam.com', 'recipient_rejected'],
    ['cannot send message: (smtp) failure when sending data', 'send_as_denied'],
    ['cannot send message: unsupported authentication method', 'not_authenticated'],
    ['Error during fetching the token (status 401), response: {"error":"invalid_client"}', 'bad_client_secret'],
    ['Error during refreshing the token (status 400), response: {"error":"invalid_grant"}', 'token_expired_or_invalid'],
    ['OpenID endpoint not found (404): https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration', 'wrong_tenant_or_app'],
    ['CURL error while accessing https://login.microsoftonline.com/common/oauth2/v2.0/token (7): Failed to connect', 'network_blocked'],
  ]);

  it("Microsoft's error after SOGo's log line decides", () => {
    assert.equal(first('Error during fetching the token (status 400), response: {"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID."}'), 'bad_client_secret');
    assert.equal(first('Error during refreshing the token (status 400), response: {"error":"invalid_grant","error_description":"AADSTS50011: The redirect URI \'https://sogo.contoso.com/SOGo/\' specified in the request does not match the redirect URIs configured for the application."}'), 'redirect_uri_mismatch');
  });
});

describe('vocabulary: RainLoop', () => {
  expectFirst([
    ['An error has occured while accessing mail server', 'unexpected_server_reply'],
    ['Beim Zugriff auf den E-Mail-Server trat ein Fehler auf.', 'unexpected_server_reply'],
    ['Serververbindung kann nicht hergestellt werden', 'network_blocked'],
    ['Diese Nachricht kann nicht gesendet werden', 'smtp_auth_failed_generic'],
  ]);
});

describe('vocabulary: K-9 Mail / Thunderbird for Android (second pass)', () => {
  expectFirst([
    ['Authentication failed for Contoso (alex@contoso.com). Update your incoming server settings.', 'imap_auth_failed_generic'],
    ['Authentication failed for Contoso (alex@contoso.com). Update your outgoing server settings.', 'smtp_auth_failed_generic'],
    ['Authentifizierung für alex@contoso.com fehlgeschlagen. Aktualisiere deine Einstellungen für den Posteingangsserver.', 'imap_auth_failed_generic'],
    ['Authentifizierung für alex@contoso.com fehlgeschlagen. Aktualisiere deine Einstellungen für den Postausgangsserver.', 'smtp_auth_failed_generic'],
    ['Checking incoming server settings failed\nAuthentication error', 'imap_auth_failed_generic'],
    ['Prüfung der Einstellungen des Postausgangsservers fehlgeschlagen\nAuthentifizierungsfehler', 'smtp_auth_failed_generic'],
    ['Checking incoming server settings failed\nNetwork error', 'network_blocked'],
    ['Prüfung der Einstellungen des Posteingangservers fehlgeschlagen\nNetzwerkfehler', 'network_blocked'],
    ['Missing server capability\nThe server is missing this capability:\nSTARTTLS', 'tls_problem'],
    ['Fehlende Serverfähigkeit\nDer Server unterstützt diese Fähigkeit nicht:\nAUTH OAUTHBEARER', 'tls_problem'],
    ['Unable to open connection to SMTP server due to security error.', 'tls_problem'],
    ['Unable to open connection to IMAP server due to security error.', 'tls_problem'],
  ]);

  it("the server's message shown by the settings check decides", () => {
    assert.equal(first('Checking outgoing server settings failed\nAuthentication error\nDetails:\n535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_tenant');
    assert.equal(first('Authentication failed for alex@contoso.com. Update your incoming server settings.\nA1 NO AUTHENTICATE failed.'), 'imap_auth_failed_generic');
  });
});

describe('vocabulary: Claws Mail (second pass)', () => {
  expectFirst([
    ["Couldn't login to IMAP server outlook.office365.com.", 'imap_auth_failed_generic'],
    ['Einloggen am IMAP-Server outlook.office365.com schlug fehl.', 'imap_auth_failed_generic'],
    ['No SMTP AUTH method available', 'tls_problem'],
    ['Kein SMTP-AUTH-Verfahren verfügbar', 'tls_problem'],
  ]);
});

describe('vocabulary: Sylpheed', () => {
  expectFirst([
    ['IMAP4 authentication failed.', 'basic_auth_used'],
    ['Fehler bei IMAP4-Authentisierung.', 'basic_auth_used'],
    ['IMAP4 login failed.', 'basic_auth_used'],
    ['Fehler beim IMAP4-Login.', 'basic_auth_used'],
    ['Fehler bei Authentisierung.', 'smtp_auth_failed_generic'],
    ['SMTP AUTH not available', 'tls_problem'],
    ['SMTP AUTH nicht verfügbar', 'tls_problem'],
    ["Can't connect to IMAP4 server: outlook.office365.com:993", 'network_blocked'],
    ['Keine Verbindung mit IMAP4-Server: outlook.office365.com:993', 'network_blocked'],
    ['Keine Verbindung zum SMTP-Server: smtp.office365.com:587', 'network_blocked'],
    ['Konnte keine IMAP-Verbindung herstellen.', 'network_blocked'],
    ['Fehler aufgetreten beim Senden der Nachricht.', 'smtp_auth_failed_generic'],
  ]);

  it("the server's reply after Sylpheed's sentence decides", () => {
    assert.equal(first('Fehler aufgetreten beim Senden der Nachricht:\n554 5.2.252 SendAsDenied; alex@contoso.com not allowed to send as bob@fabrikam.com; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied'), 'send_as_denied');
    assert.equal(first('Fehler bei Authentisierung:\n535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_mailbox');
  });
});
