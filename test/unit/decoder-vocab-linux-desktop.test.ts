/**
 * Linux desktop mail clients' own messages about Microsoft 365 (vocab-linux-desktop.ts): evolution-data-server's
 * OAuth2 token store and Camel's SMTP steps, evolution-ews, GNOME Online Accounts (Microsoft 365, Exchange,
 * IMAP/SMTP providers), Geary, KMail's Akonadi EWS resource and Claws Mail — each as the product prints it, in
 * English and (where the product ships one) German.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: evolution-data-server (OAuth2 token store, Camel SMTP/IMAP)', () => {
  expectFirst([
    ['OAuth2 secret not found', 'not_authenticated'],
    ['OAuth2-Secret nicht gefunden', 'not_authenticated'],
    ['OAuth2 secret record is incomplete', 'not_authenticated'],
    ['Received incorrect response from server “https://login.microsoftonline.com/common/oauth2/v2.0/token”.', 'network_blocked'],
    ['Inkorrekte Antwort vom Server »https://login.microsoftonline.com/common/oauth2/v2.0/token«.', 'network_blocked'],
    ['Failed to acquire PRT SSO cookie: GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name com.microsoft.identity.broker1 was not provided by any .service files', 'security_policy_blocks'],
    ['PRT-SSO-Cookie konnte nicht abgerufen werden: ', 'security_policy_blocks'],
    ['SMTP server smtp.office365.com does not support XOAUTH2 authentication', 'tls_problem'],
    ['SMTP-Server smtp.office365.com unterstützt den Legitimierungstypen XOAUTH2 nicht', 'tls_problem'],
    ['IMAP-Server outlook.office365.com unterstützt den Legitimierungstyp Outlook nicht', 'tls_problem'],
    ['Authentication password not available', 'not_authenticated'],
    ['Legitimierungspasswort ist nicht verfügbar', 'not_authenticated'],
    ['Encryption required for requested authentication mechanism', 'tls_problem'],
    ['Verschlüsselung für den angeforderten Authentifizierungsmechanismus erforderlich', 'tls_problem'],
    ['STARTTLS command failed: Connection reset by peer', 'tls_problem'],
    ['STARTTLS-Befehl gescheitert: ', 'tls_problem'],
    ['MAIL FROM command failed: ', 'not_authenticated'],
    ['RCPT TO <kunde@contoso.com> failed: ', 'recipient_rejected'],
  ]);

  it('the server\'s reply after Camel\'s SMTP step decides', () => {
    assert.equal(first('MAIL FROM command failed: Client not authenticated to send mail. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]'), 'not_authenticated');
    assert.equal(first('DATA-Befehl gescheitert: SendAsDenied; user@contoso.com not allowed to send as info@contoso.com; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied'), 'send_as_denied');
    assert.equal(first('Fehler bei Welcome-Antwort: Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_tenant');
  });
});

describe('vocabulary: evolution-ews (EWS, Microsoft 365)', () => {
  expectFirst([
    ['Autodiscovery query failed.', 'network_blocked'],
    ['Abfrage des Autodiscover-Dienstes ist fehlgeschlagen.', 'network_blocked'],
    ['Autodiscovery query failed.\nThe reported error was “Failed to parse autodiscover response XML”.', 'unexpected_server_reply'],
    ['<ASUrl> konnte in Autodiscover-Antwort nicht gefunden werden', 'unexpected_server_reply'],
    ['Legitimation gescheitert', 'basic_auth_used'],
    ['Cannot connect to the server, repeat the action once you login to the server.', 'not_authenticated'],
    ['Keine Verbindung mit dem Server möglich. Wiederholen Sie den Vorgang, sobald Sie sich beim Server anmelden.', 'not_authenticated'],
  ]);

  it('the reported error inside evolution-ews\'s alert decides', () => {
    assert.equal(first('Autodiscovery query failed.\nThe reported error was “AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access \'00000002-0000-0ff1-ce00-000000000000\'.”.'), 'security_policy_blocks');
  });
});

describe('vocabulary: GNOME Online Accounts (Microsoft 365, Exchange, IMAP and SMTP)', () => {
  expectFirst([
    ['Failed to refresh access token (goa-error-quark, 0): ', 'token_expired_or_invalid'],
    ['Fehler beim Holen des Zugriffs-Tokens (goa-error-quark, 0): ', 'token_expired_or_invalid'],
    ['Error getting an Access Token: ', 'wrong_tenant_or_app'],
    ['Expected status 200 when requesting access token, instead got status 404 (Not Found)', 'wrong_tenant_or_app'],
    ['Bei der Abfrage des Zutritt-Tokens wurde Status 200 erwartet und stattdessen Status 404 (Not Found) erhalten', 'wrong_tenant_or_app'],
    ['Error getting identity: Expected status 200 when requesting your identity, instead got status 403 (Forbidden)', 'wrong_scope_or_resource'],
    ['Authorization response: ', 'user_cancelled_or_consent_declined'],
    ['Was asked to log in as anna@contoso.com, but logged in as anna.privat@outlook.com', 'not_authenticated'],
    ['Anmeldung als anna@contoso.com wurde angefragt, aber als anna.privat@outlook.com angemeldet', 'not_authenticated'],
    ['No credentials found in the keyring', 'not_authenticated'],
    ['Die Anmeldedaten wurden im Schlüsselbund nicht gefunden', 'not_authenticated'],
    ['Invalid password with username “anna@contoso.com” (goa-error-quark, 4): Authentication failed', 'basic_auth_used'],
    ['Ungültiges Passwort für Benutzer »anna@contoso.com« (goa-error-quark, 4): Legitimierung gescheitert', 'basic_auth_used'],
    ['Invalid imap-password with username “anna@contoso.com” (goa-error-quark, 4): Authentication failed', 'basic_auth_used'],
    ['Ungültiges Feld »smtp-password« für Benutzername »anna@contoso.com« (goa-error-quark, 4): Legitimierung gescheitert', 'basic_auth_used'],
    ['Server does not support STARTTLS', 'tls_problem'],
    ['Code: 502 — Unexpected response from server', 'unexpected_server_reply'],
    ['The signing certificate authority is not known.', 'tls_problem'],
    ['Der Zertifikatsaussteller ist nicht bekannt.', 'tls_problem'],
  ]);

  it('Microsoft\'s error_description after GOA\'s prefix decides', () => {
    assert.equal(first('Failed to refresh access token (goa-error-quark, 0): AADSTS700082: The refresh token has expired due to inactivity. The token was issued on 2025-01-10T08:00:00.0000000Z and was inactive for 90.00:00:00.'), 'token_expired_or_invalid');
    assert.equal(first('Error getting an Access Token: AADSTS50011: The redirect URI \'http://localhost\' specified in the request does not match the redirect URIs configured for the application \'8c5b1f2e-0000-4a1b-9c1d-123456789abc\'.'), 'redirect_uri_mismatch');
    assert.equal(first('Authorization response: AADSTS65004: User declined to consent to access the app.'), 'user_cancelled_or_consent_declined');
  });
});

describe('vocabulary: Geary', () => {
  expectFirst([
    ['Check your receiving login and password', 'basic_auth_used'],
    ['Prüfen Sie Ihren Benutzernamen und Passwort zum Empfangen', 'basic_auth_used'],
    ['Check your email address and password', 'basic_auth_used'],
    ['Prüfen Sie Ihre E-Mail-Adresse und Ihr Passwort', 'basic_auth_used'],
    ['Check your sending login and password', 'basic_auth_used'],
    ['Prüfen Sie Ihren Benutzernamen und Passwort zum Senden', 'basic_auth_used'],
    ['Login problem\nAn account has reported an incorrect login or password.', 'basic_auth_used'],
    ['Anmeldeproblem\nEin Konto hat einen falschen Benutzernamen oder Passwort gemeldet.', 'basic_auth_used'],
    ['Could not connect, check your network', 'network_blocked'],
    ['Verbindung konnte nicht hergestellt werden, prüfen Sie Ihr Netzwerk', 'network_blocked'],
    ['Check your sending server details', 'network_blocked'],
    ['Prüfen Sie die Serverdetails zum Empfangen', 'network_blocked'],
    ['Security problem\nAn account has reported an untrusted server.', 'tls_problem'],
    ['• The server’s certificate is not signed by a known authority', 'tls_problem'],
    ['A problem occurred sending email for Contoso\nEmail will not be sent until re-connected', 'smtp_auth_failed_generic'],
    ['Ein Problem ist beim Senden von E-Mails für Contoso aufgetreten', 'smtp_auth_failed_generic'],
    ['Geary encountered a problem checking mail for Contoso.', 'imap_auth_failed_generic'],
    ['Unable to authenticate using OAUTH2 credentials against GearySmtpClientSession(smtp.office365.com:587)', 'tls_problem'],
    ['Unable to authenticate with GearySmtpClientSession(smtp-mail.outlook.com:587)', 'smtp_auth_failed_generic'],
    ['STARTTLS not available for smtp.office365.com:587', 'tls_problem'],
  ]);

  it('the server\'s reply after Geary\'s sentence decides', () => {
    assert.equal(first('Bad credentials: a002 NO AUTHENTICATE failed.: '), 'imap_auth_failed_generic');
    assert.equal(first('Geary encountered a problem sending email for Contoso.\nUnable to authenticate with GearySmtpClientSession(smtp.office365.com:587): 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_tenant');
  });
});

describe('vocabulary: KMail / Akonadi EWS resource', () => {
  expectFirst([
    ['Microsoft Exchange credentials for the account <b>Contoso</b> are no longer valid. You need to authenticate in order to continue using it.', 'token_expired_or_invalid'],
    ['Die Anmeldedaten von Microsoft Exchange für das Konto Contoso sind nicht mehr gültig. Sie müssen sich authentifizieren, um das Konto weiter verwenden zu können.', 'token_expired_or_invalid'],
    ['Failed to obtain credentials for Microsoft Exchange account <b>Contoso</b>. Please update it in the account settings page.', 'not_authenticated'],
    ['Die Anmeldedaten für das Microsoft-Exchange-Konto <b>Contoso</b> können nicht abgerufen werden. Bitte aktualisieren Sie sie auf der Seite Kontoeinstellungen.', 'not_authenticated'],
    ['Failed to obtain InTune credentials for Microsoft Exchange account <b>Contoso</b>. Please update it in the account settings page.', 'security_policy_blocks'],
    ['The username/password for the Microsoft Exchange EWS account <b>Contoso</b> is not valid. Please update it in the account settings page.', 'basic_auth_used'],
    ['Benutzername bzw. Passwort für das Microsoft-Exchange-EWS-Konto <b>Contoso</b> sind ungültig. Bitte aktualisieren Sie sie auf der Seite Kontoeinstellungen.', 'basic_auth_used'],
    ['Failed to process EWS request - HTTP code 401', 'token_expired_or_invalid'],
    ['Failed to process EWS request - HTTP code 503', 'unexpected_server_reply'],
    ['Failed to process EWS request: Connection refused', 'network_blocked'],
    ['Failed to retrieve authentication data', 'not_authenticated'],
    ['Access token request failed', 'not_authenticated'],
    ['Failed to process PKeyAuth request: ', 'security_policy_blocks'],
    ['Unable to connect to Exchange server', 'network_blocked'],
    ['Die Verbindung zum Exchange-Server kann nicht hergestellt werden', 'network_blocked'],
    ['Autodiscovery failed. This can be caused by incorrect parameters. Do you still want to save your settings?', 'network_blocked'],
    ['Die Verbindung zu Exchange ist fehlgeschlagen. Dies kann durch falsche Parameter verursacht werden. Möchten Sie Ihre Einstellungen trotzdem speichern?', 'network_blocked'],
  ]);

  it('the OAuth error or TLS error behind the resource\'s sentence decides', () => {
    assert.equal(first('Received error response: invalid_grant\nAADSTS50173: The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.'), 'token_expired_or_invalid');
    assert.equal(first('Failed to process EWS request: SSL handshake failed: The certificate has expired'), 'tls_problem');
  });
});

describe('vocabulary: Claws Mail OAuth2 (more)', () => {
  expectFirst([
    ['OAuth2 missing authorization code', 'user_cancelled_or_consent_declined'],
  ]);
});
