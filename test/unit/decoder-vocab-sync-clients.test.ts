/**
 * Sync clients' own messages about Exchange Online (vocab-sync-clients.ts): TbSync and EAS-4-TbSync (version 4 and 5,
 * English and German), the Nylas sync engine, Nylas Mail and the Nylas API's documented Microsoft errors, and Mustang
 * (English and German) — each as the product prints it; a server reply or Microsoft's sign-in error they quote decides.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: EAS-4-TbSync up to version 4 (status texts)', () => {
  expectFirst([
    ['Could not authenticate, check username and password (HTTP Error 401).', 'basic_auth_used'],
    ['Authentifizierung fehlgeschlagen, überprüfen Sie den Benutzernamen und das Passwort.', 'basic_auth_used'],
    ['Server rejected connection (forbidden) (HTTP Error 403).', 'security_policy_blocks'],
    ['Verbindung vom Server abgelehnt (nicht erlaubt).', 'security_policy_blocks'],
    ['Server requests provisioning (HTTP Error 449).', 'security_policy_blocks'],
    ['Server erwartet Provisionierung.', 'security_policy_blocks'],
    ['Service unavailable (HTTP Error 503).', 'throttled'],
    ['Service nicht erreichbar.', 'throttled'],
    ['User not found (HTTP Error 404).', 'wrong_tenant_or_app'],
    ['Communication error (HTTP status 500).', 'unexpected_server_reply'],
    ['Kommunikationsfehler (HTTP Status 502).', 'unexpected_server_reply'],
    ['Communication timeout.', 'network_blocked'],
    ['Kommunikations-Timeout.', 'network_blocked'],
    ['Verbindung zum Server fehlgeschlagen (NS_ERROR_NET_TIMEOUT).', 'network_blocked'],
    ['Could not establish a secure connection. Are you using a self-signed or otherwise untrusted certificate without importing it into Thunderbird? (SEC_ERROR_UNKNOWN_ISSUER)', 'tls_problem'],
    ['Fehler beim Aufbau einer sicherern Verbindung. Benutzen Sie eventuell ein selbst signiertes Zertifikat oder ein andersartiges nicht vertrauenswürdiges Zertifikat welches nicht in Thunderbird importiert ist? (SEC_ERROR_UNKNOWN_ISSUER)', 'tls_problem'],
    ['The server does not provide information about the supported ActiveSync versions. Is EAS blocked for this user or this client (TbSync)? You could try to set the ActiveSync version manually.', 'imap_disabled_or_not_connected'],
    ['Server does not support selected ActiveSync v14.0 (only 16.1).', 'unexpected_server_reply'],
    ['There is no policy for this client. Contact your server administrator or disable provisioning for this account.', 'security_policy_blocks'],
    ['Es gibt keine Regel (policy) für diesen Klient. Kontaktieren Sie Ihren Server Administrator oder deaktivieren Sie die Provisionierungsoption für dieses Konto in TbSync.', 'security_policy_blocks'],
    ['The client is acknowledging the wrong policy key. Contact your server administrator or disable provisioning for this account.', 'security_policy_blocks'],
    ['Provisioning failed with status <3>', 'security_policy_blocks'],
    ['Provisionierung fehlerhaft mit folgendem Status <3>', 'security_policy_blocks'],
    ['The server reported an internal error and we should not retry immediately. Automatic periodic sync has been disabled for 30 minutes (EAS Error 110).', 'throttled'],
    ['The EAS server reports <DeviceIsBlockedForThisUser> (status 129) and does not allow TbSync to access your account.', 'security_policy_blocks'],
    ['Der EAS Server antwortet mit <DeviceIsBlockedForThisUser> (status 129) und verweigert TbSync den Zugriff auf Ihr Konto.', 'security_policy_blocks'],
    ['The EAS server reports (status 129) and does not allow TbSync to access your account.', 'security_policy_blocks'],
    ['The EAS server reports <AccountDisabled> (status 131) and does not allow TbSync to access your account.', 'security_policy_blocks'],
    ['Autodiscover for user <jane@contoso.com> failed. Either the provided credentials were wrong or your ActiveSync provider has a temporary issue, or does not support Autodiscover.', 'basic_auth_used'],
    ['Autodiscover für den Benutzer <jane@contoso.com> war nicht erfolgreich. Entweder war das Passwort nicht korrekt, Ihr ActiveSync Server hat ein temporäres Problem oder unterstützt kein Autodiscover.', 'basic_auth_used'],
  ]);

  it('the EAS status UserDisabledForSync inside TbSync\'s sentence decides (vocab-activesync.ts)', () => {
    assert.equal(first('The EAS server reports <UserDisabledForSync> (status 126) and does not allow TbSync to access your account.'), 'imap_disabled_or_not_connected');
    assert.equal(first('Der EAS Server antwortet mit <UserDisabledForSync> (status 126) und verweigert TbSync den Zugriff auf Ihr Konto.'), 'imap_disabled_or_not_connected');
  });
});

describe('vocabulary: TbSync up to version 4 (OAuth 2.0 and redirect texts)', () => {
  expectFirst([
    ['OAuth 2.0 authentication process aborted by user.', 'user_cancelled_or_consent_declined'],
    ['OAuth 2.0-Authentifizierungsprozess vom Nutzer abgebrochen.', 'user_cancelled_or_consent_declined'],
    ['Could not connect to OAuth 2.0 authentication server.', 'network_blocked'],
    ['Verbindung zum OAuth-2.0-Authentifizierungsserver nicht möglich.', 'network_blocked'],
    ['OAuth 2.0 authentication process failed (HTTP error 400).', 'token_expired_or_invalid'],
    ['OAuth-2.0-Authentifizierungsprozess fehlgeschlagen (HTTP Error 400).', 'token_expired_or_invalid'],
    ['Server issued redirect, retry in 5 seconds.', 'unexpected_server_reply'],
    ['Server meldet Weiterleitung. Erneuter Versuch in 5 Sekunden.', 'unexpected_server_reply'],
  ]);

  it('Microsoft\'s error after "authentication server returned" decides', () => {
    assert.equal(first('OAuth 2.0 authentication server returned: {"error":"invalid_grant","error_description":"AADSTS700082: The refresh token has expired due to inactivity. The token was issued on 2024-01-10T08:00:00Z and was inactive for 90.00:00:00."}'), 'token_expired_or_invalid');
    assert.equal(first('OAuth-2.0-Authentifizierungsserver meldet: {"error":"invalid_grant","error_description":"AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance."}'), 'security_policy_blocks');
  });
});

describe('vocabulary: TbSync 5 and EAS-4-TbSync 5', () => {
  expectFirst([
    ['EAS transport error (HTTP 401)', 'token_expired_or_invalid'],
    ['EAS-Übertragungsfehler (HTTP 403)', 'security_policy_blocks'],
    ['EAS transport error (HTTP 449)', 'security_policy_blocks'],
    ['EAS transport error (HTTP 503)', 'throttled'],
    ['EAS-Übertragungsfehler (HTTP 503)', 'throttled'],
    ['EAS transport error (HTTP 500)', 'unexpected_server_reply'],
    ['Network retries exhausted - server did not respond', 'network_blocked'],
    ['Netzwerk-Wiederholungen erschöpft - Server hat nicht geantwortet', 'network_blocked'],
    ['Server returned 451 without an X-MS-Location header', 'unexpected_server_reply'],
    ['Server hat 451 ohne X-MS-Location-Header zurückgegeben', 'unexpected_server_reply'],
    ['Server moved to https://outlook.office365.com/Microsoft-Server-ActiveSync', 'unexpected_server_reply'],
    ['Server denied sync access: user is disabled for sync (code 126)', 'imap_disabled_or_not_connected'],
    ['Server hat den Synchronisationszugriff verweigert: Benutzer für Synchronisation deaktiviert (Code 126)', 'imap_disabled_or_not_connected'],
    ['Server denied sync access: device is blocked for this user (code 129)', 'security_policy_blocks'],
    ['Server hat den Synchronisationszugriff verweigert: Gerät ist für diesen Benutzer gesperrt (Code 129)', 'security_policy_blocks'],
    ['Server denied sync access: account is disabled (code 131)', 'security_policy_blocks'],
    ['Server did not advertise any MS-ASProtocolVersions', 'unexpected_server_reply'],
    ['Server has no policy for this device', 'security_policy_blocks'],
    ['Provision rejected (Status=3)', 'security_policy_blocks'],
    ['Provision policy rejected (PolicyStatus=3)', 'security_policy_blocks'],
    ['The username or password was rejected. Check spelling, or fall back to “Custom EAS server”.', 'basic_auth_used'],
    ['Benutzername oder Passwort wurde abgelehnt. Bitte Schreibweise überprüfen oder „Eigener EAS-Server“ verwenden.', 'basic_auth_used'],
    ['Could not reach the discovery endpoints. Check your internet connection.', 'network_blocked'],
    ['Die Erkennungsendpunkte konnten nicht erreicht werden. Bitte prüfen Sie Ihre Internetverbindung.', 'network_blocked'],
    ['Discovery completed but no EAS server was advertised. The server may not support auto-detect.', 'unexpected_server_reply'],
    ['Sign-in was cancelled.', 'user_cancelled_or_consent_declined'],
    ['Anmeldung wurde abgebrochen.', 'user_cancelled_or_consent_declined'],
    ['Token refresh failed (503): ', 'token_expired_or_invalid'],
    ['No refresh_token in token response', 'wrong_scope_or_resource'],
    ['Signed-in user (john@contoso.com) does not match this account (jane@contoso.com).', 'wrong_tenant_or_app'],
  ]);

  it('Microsoft\'s reply after the token request decides', () => {
    assert.equal(first('Token refresh failed (400): {"error":"invalid_grant","error_description":"AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access \'00000002-0000-0ff1-ce00-000000000000\'."}'), 'security_policy_blocks');
    assert.equal(first('Sign-in failed: Microsoft returned: access_denied AADSTS65004: User declined to consent to access the app.'), 'user_cancelled_or_consent_declined');
    assert.equal(first('Token exchange failed (400): {"error":"invalid_grant","error_description":"AADSTS70008: The provided authorization code or refresh token has expired due to inactivity."}'), 'token_expired_or_invalid');
  });
});

describe('vocabulary: Nylas sync engine', () => {
  expectFirst([
    ['Full IMAP support is not enabled for this account. Please contact your domain administrator and try again.', 'imap_disabled_or_not_connected'],
    ['Could not authenticate with the SMTP server.', 'smtp_auth_failed_generic'],
    ['Temporary provider send throttling', 'throttled'],
    ["Couldn't resolve the SMTP server domain name. Please check that your SMTP settings are correct.", 'network_blocked'],
    ['Connection timeout when connecting to SMTP server. Please check that your SMTP settings are correct.', 'network_blocked'],
    ['Required SMTP STARTTLS not supported.', 'tls_problem'],
    ['Required IMAP STARTTLS not supported.', 'tls_problem'],
    ['SMTP server SSL certificate verify failed', 'tls_problem'],
    ['Sending to all recipients failed', 'recipient_rejected'],
  ]);

  it('the SMTP reply Nylas returns as server_error decides', () => {
    assert.equal(first('{"message": "Could not authenticate with the SMTP server.", "type": "api_error", "server_error": "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information."}'), 'smtp_auth_disabled_tenant');
    assert.equal(first('{"message": "Sending to all recipients failed", "server_error": "554 : 5.2.252 SendAsDenied; jane@contoso.com not allowed to send as info@contoso.com"}'), 'send_as_denied');
  });
});

describe('vocabulary: Nylas Mail', () => {
  expectFirst([
    ['Incorrect IMAP username or password.', 'basic_auth_used'],
    ['Incorrect SMTP username or password.', 'smtp_auth_failed_generic'],
    ['We were unable to reach your IMAP provider. Please try again.', 'network_blocked'],
    ['We were unable to reach your mail provider. Please try again.', 'network_blocked'],
    ['We were unable to look up your SMTP host. Please check the SMTP server name.', 'network_blocked'],
    ['Certificate Error: We couldn\'t verify the identity of the IMAP server "outlook.office365.com".', 'tls_problem'],
    ['SMTP protocol error. Please check your SMTP settings.', 'tls_problem'],
    ['IMAP protocol error. Try to first remove your account from Nylas Mail, then re-add it and try again.', 'unexpected_server_reply'],
    ['Cannot authenticate with jane@contoso.com', 'basic_auth_used'],
  ]);

  it('the server\'s reply in the error decides', () => {
    assert.equal(first('Incorrect SMTP username or password.\nError: Invalid login: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_mailbox');
  });
});

describe('vocabulary: Nylas API (documented Microsoft errors)', () => {
  expectFirst([
    ['{"message": "You\'ve entered invalid credentials", "type": "auth_error", "error": "Wrong username or password for https://outlook.office365.com/EWS/Exchange.asmx"}', 'basic_auth_used'],
    ["You've entered invalid credentials", 'basic_auth_used'],
    ["Couldn't exchange OAuth code for a Microsoft refresh token", 'wrong_tenant_or_app'],
    ["Error 503' Throttle Header, 'X-MS-ASThrottle: CommandFrequency", 'throttled'],
  ]);
});

describe('vocabulary: Mustang', () => {
  expectFirst([
    ['Your account is configured to use Password authentication, but your server does not support it. Please change your account settings or set up the account again.', 'basic_auth_used'],
    ['Ihr Konto ist für die Verwendung der Authentifizierung Passwort konfiguriert, aber Ihr Server unterstützt diese nicht. Bitte ändern Sie Ihre Kontoeinstellungen oder richten Sie das Konto neu ein.', 'basic_auth_used'],
    ['Your account is configured to use NTLM authentication, but your server does not support it. Please change your account settings or set up the account again.', 'basic_auth_used'],
    ['Unsupported authentication protocol(s): Bearer client_id="00000002-0000-0ff1-ce00-000000000000", trusted_issuers="00000001-0000-0000-c000-000000000000@*", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize"', 'basic_auth_used'],
    ['Nicht unterstützte(s) Authentifizierungsprotokoll(e): Bearer', 'basic_auth_used'],
    ['Server supports authentication protocol(s): Bearer. Please check your account configuration.', 'basic_auth_used'],
    ['Server unterstützt Authentifizierungsprotokoll(e): Bearer. Bitte überprüfen Sie Ihre Kontokonfiguration.', 'basic_auth_used'],
    ['Password incorrect', 'basic_auth_used'],
    ['Passwort falsch', 'basic_auth_used'],
    ['The server is overloaded. Please try again after 30 seconds.', 'throttled'],
    ['ActiveSync version(s) 2.0,2.1,2.5,12.0 not supported', 'unexpected_server_reply'],
    ['Microsoft OAuth2: Redirect URL is wrong', 'redirect_uri_mismatch'],
    ['Login aborted by user', 'user_cancelled_or_consent_declined'],
    ['Anmeldung durch Benutzer abgebrochen', 'user_cancelled_or_consent_declined'],
    ['Login window was closed by user', 'user_cancelled_or_consent_declined'],
    ['Anmeldefenster wurde vom Benutzer geschlossen', 'user_cancelled_or_consent_declined'],
    ['Authentication page timed out after 5 minutes', 'user_cancelled_or_consent_declined'],
    ['Work: ActiveSync is disabled for this user', 'imap_disabled_or_not_connected'],
    ['Work: ActiveSync is blocked for this application', 'security_policy_blocks'],
    ['Work: Application not provisioned', 'security_policy_blocks'],
    ['Work: User account is disabled', 'security_policy_blocks'],
    ['Work: Too many ActiveSync clients', 'security_policy_blocks'],
    ['Work: Sending from this account is disabled', 'outbound_sender_blocked'],
    ['Work: Back end server requires SSL', 'tls_problem'],
  ]);

  it('Microsoft\'s sign-in message (without its AADSTS number, as Mustang shows it) decides', () => {
    assert.equal(first('Work: OAuth2: No access token\nWork: The refresh token has expired due to inactivity. The token was issued on 2024-01-10T08:00:00.0000000Z and was inactive for 90.00:00:00.'), 'token_expired_or_invalid');
  });
});

describe("vocabulary: ActiveSync's common status codes (MS-ASCMD §2.2.2), by name or as TbSync writes them", () => {
  expectFirst([
    ["The sync job fails at the first resource with the error 'status.Sync.111'.", 'unexpected_server_reply'],
    ['Sync failed: ServerErrorRetryLater', 'unexpected_server_reply'],
    ["TbSync: 'status.FolderSync.112'", 'mailbox_permission_missing'],
    ['EAS status MailboxServerOffline (114)', 'imap_disabled_or_not_connected'],
    ["Sending failed: 'status.SendMail.115'", 'throttled'],
    ['SendMail status MessageRecipientUnresolved', 'recipient_rejected'],
  ]);
});
