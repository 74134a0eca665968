/**
 * Mail archivers' and PHP webmail/groupware's own messages about their Microsoft 365 mail access (vocab-archivers.ts):
 * mail-archiver (Graph app-only, personal Microsoft accounts over IMAP, IMAP), Open Archiver (Graph connectors, the OAuth
 * mailbox source), SnappyMail's login-o365 plugin and MailSo library, EGroupware's wizard with OAuth and the Horde
 * messages it shows — each as the product prints it, in English and (where the product ships one) its translations.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: mail-archiver, Microsoft 365 through Graph', () => {
  expectFirst([
    ["System.InvalidOperationException: M365 account 'Contoso Archive' requires ClientId and ClientSecret for OAuth authentication", 'bad_client_secret'],
    ['Client Secret is required for M365 accounts', 'bad_client_secret'],
    ['Client Secret ist für M365-Konten erforderlich', 'bad_client_secret'],
    ['Le secret client est requis pour les comptes M365', 'bad_client_secret'],
    ["System.InvalidOperationException: M365 account 'Contoso Archive' requires a TenantId for application-permission OAuth (client credentials flow).", 'wrong_tenant_or_app'],
    ['Client ID, client secret and tenant ID are required to list tenant mailboxes.', 'wrong_tenant_or_app'],
    ['Client-ID, Client-Geheimnis und Mandanten-ID sind erforderlich, um Mandantschafts-Postfächer aufzulisten.', 'wrong_tenant_or_app'],
    ['Tenant mailboxes could not be listed. Please check the M365 credentials and permissions.', 'consent_missing'],
    ['Mandantschafts-Postfächer konnten nicht aufgelistet werden. Bitte überprüfen Sie die M365-Anmeldedaten und Berechtigungen.', 'consent_missing'],
    ['Tenantpostvakken konden niet worden opgesomd. Controleer de M365-referenties en machtigingen.', 'consent_missing'],
    ['Impossibile importare gli account del tenant M365. Verificare le credenziali e le autorizzazioni.', 'consent_missing'],
    ['Nie można wyświetlić skrzynek pocztowych dzierżawy. Sprawdź dane logowania M365 i uprawnienia.', 'consent_missing'],
    ["warn: MailArchiver.Services.Providers.Graph.GraphMailSyncService[0]\n      Mail folder access test failed for account archive@contoso.com: Access is denied. Check credentials and try again.. This may indicate insufficient permissions (Mail.Read or Mail.ReadWrite required).", 'consent_missing'],
  ]);

  it('Azure.Identity\'s AADSTS message after mail-archiver\'s sentence decides', () => {
    assert.equal(first('fail: MailArchiver.Controllers.MailAccountsController[0]\n      Error listing M365 tenant mailboxes: ClientSecretCredential authentication failed: AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app \'8c5b1f2e-0000-4a1b-9c1d-123456789abc\'.'), 'bad_client_secret');
    assert.equal(first('Graph API connection test failed for account Contoso: ClientSecretCredential authentication failed: AADSTS90002: Tenant \'contoso.onmicrosoft.co\' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.'), 'wrong_tenant_or_app');
  });
});

describe('vocabulary: mail-archiver, personal Microsoft accounts (MSA, IMAP with XOAUTH2)', () => {
  expectFirst([
    ["System.InvalidOperationException: No MSA ClientId configured. Either set 'MsaOAuth:DefaultClientId' in appsettings.json or enter a per-account ClientId in the account form.", 'wrong_tenant_or_app'],
    ['Client ID is not configured. Please edit the account first.', 'wrong_tenant_or_app'],
    ['Client-ID ist nicht konfiguriert. Bitte das Konto zuerst bearbeiten.', 'wrong_tenant_or_app'],
    ['Eine Client-ID ist für MS Personal-Konten erforderlich, wenn keine Standard-Client-ID konfiguriert ist.', 'wrong_tenant_or_app'],
    ["MSA account 'Hotmail' has no OAuth refresh token. Please authorize the account first.", 'not_authenticated'],
    ['This Microsoft account is not yet authorized. Please click "Authorize with Microsoft" on the account\'s edit page first.', 'not_authenticated'],
    ['Dieses Microsoft-Konto ist noch nicht autorisiert. Bitte zuerst auf "Mit Microsoft autorisieren" auf der Bearbeitungsseite des Kontos klicken.', 'not_authenticated'],
    ['Dit Microsoft-account is nog niet geautoriseerd. Klik eerst op &quot;Autoriseren met Microsoft&quot; op de bewerkpagina van het account.', 'not_authenticated'],
    ['Autorisierung konnte nicht gestartet werden: Failed to start device code flow: ', 'wrong_tenant_or_app'],
    ['MSA token request failed: BadRequest — ', 'token_expired_or_invalid'],
    ['Der Code ist abgelaufen. Bitte erneut autorisieren.', 'user_cancelled_or_consent_declined'],
    ['Session expired. Please start authorization again.', 'user_cancelled_or_consent_declined'],
    ['Sesja wygasła. Uruchom ponownie autoryzację.', 'user_cancelled_or_consent_declined'],
    ['XOAUTH2 authentication failed for MSA account Hotmail with a non-expired token (Authentication failed.). Forcing token refresh and retrying once.', 'imap_auth_failed_generic'],
  ]);

  it('Microsoft\'s token-endpoint JSON after mail-archiver\'s sentence decides', () => {
    assert.equal(first('MSA token request failed: BadRequest — {"error":"invalid_grant","error_description":"AADSTS70000: The provided value for the \'code\' parameter is not valid. The code has expired."}'), 'token_expired_or_invalid');
    assert.equal(first('Failed to start authorization: Failed to start device code flow: {"error":"invalid_client","error_description":"AADSTS7000218: The request body must contain the following parameter: \'client_assertion\' or \'client_secret\'."}'), 'public_vs_confidential_client');
  });
});

describe('vocabulary: mail-archiver, IMAP accounts', () => {
  expectFirst([
    ['fail: MailArchiver.Services.Providers.Imap.ImapMailSyncService[0]\n      Authentication failed - incorrect username or password', 'basic_auth_used'],
    ['Socket error: 10060 - could not reach server', 'network_blocked'],
    ['Connection timed out - server did not respond in time', 'network_blocked'],
    ['System.AggregateException: Both SSL/TLS and STARTTLS connection attempts failed', 'tls_problem'],
    ['Server-side throttling detected: 5 consecutive transient FETCH failures in folder Inbox', 'throttled'],
    ['Connection to email server could not be established. Please check your settings and ensure the server is reachable.', 'network_blocked'],
    ['Verbindung zum E-Mail-Server konnte nicht hergestellt werden. Bitte überprüfen Sie Ihre Einstellungen und stellen Sie sicher, dass der Server erreichbar ist.', 'network_blocked'],
    ["La connexion au serveur de messagerie n'a pas pu être établie. Veuillez vérifier vos paramètres et vous assurer que le serveur est accessible.", 'network_blocked'],
  ]);

  it('Exchange\'s IMAP reply decides over mail-archiver\'s sentences', () => {
    assert.equal(first('Connection to email server could not be established. Please check your settings and ensure the server is reachable.\nMailKit.Security.AuthenticationException: AUTHENTICATE failed.'), 'imap_auth_failed_generic');
  });
});

describe('vocabulary: Open Archiver, Microsoft 365 through Graph', () => {
  expectFirst([
    ['Error: Microsoft 365 credentials are required for app-only Graph access.', 'wrong_tenant_or_app'],
    ['{"level":50,"msg":"Failed to acquire Microsoft Graph access token"}', 'bad_client_secret'],
    ['{"level":50,"msg":"Failed to acquire delegated Microsoft Graph access token"}', 'token_expired_or_invalid'],
    ['{"level":50,"msg":"Failed to verify Microsoft 365 connection"}', 'consent_missing'],
  ]);

  it('MSAL\'s AADSTS message after Open Archiver\'s log line decides', () => {
    assert.equal(first('{"level":50,"err":{"type":"ServerError","message":"invalid_client: Error(s): 7000215 - Timestamp: 2026-01-05 10:00:00Z - Description: AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID."},"msg":"Failed to acquire Microsoft Graph access token"}'), 'bad_client_secret');
  });
});

describe('vocabulary: Open Archiver, OAuth mailbox source', () => {
  expectFirst([
    ['OAuth authorization has expired or been revoked for jane@outlook.com. Open the ingestion source menu and click "Re-authorize".', 'token_expired_or_invalid'],
    ['OAuth token refresh failed (400): unknown error', 'token_expired_or_invalid'],
    ['Token exchange failed (401): unknown error', 'bad_client_secret'],
    ['Device authorization request failed (400): unknown error', 'wrong_tenant_or_app'],
    ['Could not reach the token endpoint: fetch failed', 'network_blocked'],
    ['The device code expired before the sign-in was completed.', 'user_cancelled_or_consent_declined'],
    ['The sign-in was declined.', 'user_cancelled_or_consent_declined'],
    ['Invalid or expired authorization state.', 'user_cancelled_or_consent_declined'],
    ['Mailbox authorized. The first connection was refused - The mail server accepted the token and then refused to open the mailbox. This is intermittent on personal Outlook.com mailboxes and is not a configuration problem on this side - the same token succeeds on a later attempt. Syncing will retry.', 'imap_disabled_or_not_connected'],
    ['The mail server accepted the sign-in and then refused to open the mailbox. Check that IMAP is enabled for this mailbox, and note that Microsoft no longer accepts passwords or app passwords for Outlook.com - such mailboxes need the OAuth Mailbox provider instead.', 'imap_disabled_or_not_connected'],
    ['{"level":50,"msg":"IMAP credentials rejected; not retrying"}', 'imap_auth_failed_generic'],
    ['Sync paused due to reaching the mail server rate limit. The process will automatically resume later.', 'throttled'],
    ['Failed to create ingestion source due to a connection error.', 'network_blocked'],
    ['Die Erfassungsquelle konnte aufgrund eines Verbindungsfehlers nicht erstellt werden.', 'network_blocked'],
  ]);

  it('Microsoft\'s reply after Open Archiver\'s sentence decides', () => {
    assert.equal(first('OAuth token refresh failed (400): AADSTS7000222: The provided client secret keys for app \'8c5b1f2e-0000-4a1b-9c1d-123456789abc\' are expired.'), 'bad_client_secret');
    assert.equal(first('Token exchange failed (400): AADSTS50011: The redirect URI \'https://archiver.contoso.com/api/v1/oauth/callback\' specified in the request does not match the redirect URIs configured for the application \'8c5b1f2e-0000-4a1b-9c1d-123456789abc\'.'), 'redirect_uri_mismatch');
    assert.equal(first('IMAP Connection Error: NO User is authenticated but not connected.'), 'imap_disabled_or_not_connected');
  });
});

describe('vocabulary: SnappyMail (login-o365 plugin, MailSo)', () => {
  expectFirst([
    ['RuntimeException: refresh_token missing in /var/www/snappymail/data/_data_/_default_/plugins/login-o365/index.php:115', 'wrong_scope_or_resource'],
    ['RuntimeException: access_token missing in /var/www/snappymail/plugins/login-o365/index.php:112', 'unexpected_server_reply'],
    ['RuntimeException: unknown email address in /var/www/snappymail/plugins/login-o365/index.php:127', 'wrong_scope_or_resource'],
    ['Next MailSo\\Imap\\Exceptions\\LoginBadCredentialsException in /var/www/snappymail/v/2.38.2/app/libraries/MailSo/Imap/ImapClient.php:229', 'imap_auth_failed_generic'],
    ['MailSo\\Smtp\\Exceptions\\LoginBadCredentialsException in /var/www/snappymail/v/2.38.2/app/libraries/MailSo/Smtp/SmtpClient.php:236', 'smtp_auth_failed_generic'],
    ['MailSo\\Smtp\\Exceptions\\LoginBadMethodException in /var/www/snappymail/v/2.38.2/app/libraries/MailSo/Smtp/SmtpClient.php:187', 'tls_problem'],
    ['MailSo\\Net\\Exceptions\\SocketCanNotConnectToHostException: Can\'t connect to host "tls://outlook.office365.com:993"', 'network_blocked'],
    ['MailSo\\RuntimeException: Cannot enable STARTTLS.', 'tls_problem'],
  ]);

  it('the server\'s reply in MailSo\'s exception decides', () => {
    assert.equal(first('MailSo\\Smtp\\Exceptions\\LoginBadCredentialsException: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_tenant');
    assert.equal(first('RuntimeException: access_denied: AADSTS65004: User declined to consent to access the app.'), 'user_cancelled_or_consent_declined');
  });
});

describe('vocabulary: EGroupware (mail wizard with OAuth, Horde messages)', () => {
  expectFirst([
    ["No OAuth client secret for provider 'https://login.microsoftonline.com/common/v2.0'!", 'bad_client_secret'],
    ["Kein OAuth Client Secret für den Provider 'https://login.microsoftonline.com/common/v2.0'!", 'bad_client_secret'],
    ['OAuth Authentication: Successful, but NO refresh-token received!', 'wrong_scope_or_resource'],
    ['OAuth Authentiction: failed', 'user_cancelled_or_consent_declined'],
    ['OAuth Authentiction: fehlgeschlagen', 'user_cancelled_or_consent_declined'],
    ["Mail\\Credentials::getAccessToken(12, 5, 'jane@contoso.com', '0.AXQA…', \"outlook.office365.com\") got NO access-token: {}", 'token_expired_or_invalid'],
    ['Message send failed: Server denied authentication.', 'smtp_auth_failed_generic'],
    ['Nachricht konnte nicht versendet werden: Server denied authentication.', 'smtp_auth_failed_generic'],
    ['Error connecting to SMTP server.', 'network_blocked'],
    ['Der E-Mail-Server hat die Authentifizierung verweigert.', 'imap_auth_failed_generic'],
    ['Verbindung zum E-Mail-Server fehlgeschlagen.', 'network_blocked'],
    ['Could not open secure TLS connection to the IMAP server.', 'tls_problem'],
    ['Sichere TLS-Verbindung zum IMAP-Server kann nicht hergestellt werden.', 'tls_problem'],
    ['No supported IMAP authentication method could be found.', 'tls_problem'],
    ['Es wurde keine unterstützte Authentifizierungsmethode für IMAP gefunden.', 'tls_problem'],
    ['Unerwartete Antwort vom E-Mail-Server während der Anmeldung.', 'imap_auth_failed_generic'],
  ]);

  it('Microsoft\'s reply after EGroupware\'s sentence decides', () => {
    assert.equal(first('OAuth Authentiction: Error: invalid_request Description: AADSTS50011: The redirect URI \'https://proxy.egroupware.org/oauth\' specified in the request does not match the redirect URIs configured for the application \'eb5e2a98-70a2-471c-9e0a-a665ba1dfb0e\'.'), 'redirect_uri_mismatch');
    assert.equal(first("Mail\\Credentials::getAccessToken(12, 5, 'jane@contoso.com', '0.AXQA…', \"outlook.office365.com\") got NO access-token: {\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000222: The provided client secret keys for app 'eb5e2a98-70a2-471c-9e0a-a665ba1dfb0e' are expired.\"}"), 'bad_client_secret');
    assert.equal(first('Message send failed: 535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.'), 'basic_auth_used');
  });
});
