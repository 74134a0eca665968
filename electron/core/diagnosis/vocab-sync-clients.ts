/**
 * What sync clients that talk to Exchange Online themselves (ActiveSync, EWS, OWA, IMAP/SMTP) say when the sign-in or the
 * sync fails (issue 10): TbSync with its provider EAS-4-TbSync (Thunderbird), Nylas (the open-source sync engine, the
 * Nylas Mail desktop client and the hosted API's documented Microsoft errors) and Mustang. Only texts read in the
 * products' own source or their vendor's documentation are here; each group cites it. German where the product ships it.
 *
 * The Exchange ActiveSync protocol itself (HTTP 403 "not enabled for ActiveSync", the status UserDisabledForSync / 126,
 * "does not support ActiveSync v…") is vocab-activesync.ts: the rules here are the clients' own sentences around such a
 * status, and they give way (`yieldsTo`) to a server reply or Microsoft's sign-in error they quote. Exchange Online has
 * Basic authentication switched off for ActiveSync, EWS, IMAP and POP, so a client that says "check your user name and
 * password" against it first means a password sign-in that is refused as such (basic_auth_used).
 *
 * Not here: TbSync's "Could not connect to server (…)" (the same words as curl's, vocab-monitoring.ts); TbSync 5's
 * "Authentication failed" / "Authentifizierung fehlgeschlagen" (error.E:AUTH) — words every product uses, read by the
 * general rules; Mustang's OAuth2 errors, which are Microsoft's error_description without its "AADSTS…: " prefix
 * (app/logic/Auth/OAuth2Error.ts) and so are read by Microsoft's message texts (aadsts-messages.ts); the Nylas API's
 * "Office 365 returned us an email address different …" (vocab-other-apps.ts). Outlook for Mac, iOS and Android: the
 * sync messages Microsoft documents are in the KB vocabularies (vocab-kb-outlook.ts, vocab-kb-connectivity.ts); no
 * further one was found. Nylas's hosted sync of Exchange (EAS/EWS) is closed source: only its documented texts are here.
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/**
 * EAS-4-TbSync up to version 4 (Thunderbird 68 … 140; branch TB140 of jobisoft/EAS-4-TbSync): the status texts of
 * _locales/en-US/messages.json and _locales/de/messages.json ("status.401", "status.403", "status.449", "status.503",
 * "status.policy.N", "status.provision", "status.global.clientdenied", "status.InvalidServerOptions" …), chosen in
 * content/includes/network.js: HTTP 401 and 403 both give "status.401" (the password prompt, for an OAuth account a new
 * token once); 449 turns provisioning on and syncs again; the Provision command's status gives "status.provision" /
 * "status.policy.N"; the EAS global status 126 … 131 gives "status.global.clientdenied" with the status name in <…>.
 */
const EAS4TBSYNC_LEGACY: readonly Rule[] = [
  // 401 (and 403) from the EAS server. Against Exchange Online a user name and password are refused as such (Basic
  // authentication is off); for an Office 365 (OAuth) account it follows a refused token.
  pattern('tbsync-eas-401', 'product', 2, [
    phrase('Could not authenticate, check username and password'),
    phrase('Authentifizierung fehlgeschlagen, überprüfen Sie den Benutzernamen und das Passwort'),
  ], [p('basic_auth_used', 0.55), p('token_expired_or_invalid', 0.35)], { yieldsTo: ['server-reply', 'sign-in'] }),
  // The 403 text of older versions: the mailbox may not use ActiveSync, or the device/client is blocked.
  pattern('tbsync-eas-403', 'product', 2, [
    `${phrase('Server rejected connection (forbidden)')}`, phrase('Verbindung vom Server abgelehnt (nicht erlaubt)'),
  ], [p('security_policy_blocks', 0.5), p('imap_disabled_or_not_connected', 0.4)], { yieldsTo: ['server-reply'] }),
  pattern('tbsync-eas-449', 'product', 2, [phrase('Server requests provisioning (HTTP Error 449)'), phrase('Server erwartet Provisionierung')], [
    p('security_policy_blocks', 0.55),
  ]),
  pattern('tbsync-eas-503', 'product', 2, [phrase('Service unavailable (HTTP Error 503)'), `^${phrase('Service nicht erreichbar')}`], [
    p('throttled', 0.6), p('network_blocked', 0.25),
  ], { flags: 'im' }),
  // The EAS URL answers 404: the account is not known there — against Exchange Online (its URL is fixed,
  // outlook.office365.com) most often an account of another kind (a consumer Outlook.com/Hotmail account set up as a work
  // account, jobisoft/TbSync#669) or a user name that is not the mailbox's; else a wrong server.
  pattern('tbsync-eas-404', 'product', 2, [phrase('User not found (HTTP Error 404)'), phrase('Unbekanner Benutzer (HTTP Fehler 404)')], [
    p('wrong_tenant_or_app', 0.45), p('unexpected_server_reply', 0.4), p('network_blocked', 0.25),
  ]),
  pattern('tbsync-eas-500', 'product', 1, [phrase('Unknown Server Error (HTTP Error 500)'), phrase('Unbekannter Server Fehler (HTTP Fehler 500)')], [
    p('unexpected_server_reply', 0.45),
  ], { yieldsTo: ['server-reply'] }),
  // Any other HTTP status: the status decides (503 throttling is its own text above).
  pattern('tbsync-eas-http-error', 'product', 1, [
    `${phrase('Communication error (HTTP status')} ?\\d{3}`, `${phrase('Kommunikationsfehler (HTTP Status')} ?\\d{3}`,
  ], [p('unexpected_server_reply', 0.35), p('network_blocked', 0.3)], { yieldsTo: ['server-reply', 'tls'] }),
  pattern('tbsync-eas-timeout', 'product', 2, [phrase('Communication timeout.'), phrase('Kommunikations-Timeout.')], [p('network_blocked', 0.55)]),
  // German of "Could not connect to server" (the English words are curl's rule's, vocab-monitoring.ts).
  pattern('tbsync-network-de', 'product', 2, [phrase('Verbindung zum Server fehlgeschlagen')], [p('network_blocked', 0.55)], { yieldsTo: ['tls'] }),
  pattern('tbsync-eas-security', 'tls', 2, [
    phrase('Could not establish a secure connection. Are you using a self-signed or otherwise untrusted certificate'),
    `${phrase('Fehler beim Aufbau einer')} ?(?:sicheren|sicherern) ?${phrase('Verbindung')}`,
  ], [p('tls_problem', 0.75)]),
  // OPTIONS answered without MS-ASProtocolVersions: "Is EAS blocked for this user or this client (TbSync)?"
  pattern('tbsync-eas-no-versions', 'product', 2, [
    phrase('The server does not provide information about the supported ActiveSync versions'),
    phrase('Der Server sendet keine Informationen zu den unterstützten ActiveSync Versionen'),
  ], [p('imap_disabled_or_not_connected', 0.45), p('security_policy_blocks', 0.4)]),
  // A version chosen by hand that the server does not offer (the automatic case is vocab-activesync.ts's).
  pattern('tbsync-eas-selected-version', 'product', 2, [
    phrase('Server does not support selected ActiveSync'), phrase('Der Server unterstützt nicht die ausgewählte ActiveSync Version'),
  ], [p('unexpected_server_reply', 0.55)]),
  // Provisioning (the device policy of the mailbox's ActiveSync mailbox policy / device access rules).
  pattern('tbsync-eas-no-policy', 'product', 3, [
    phrase('There is no policy for this client. Contact your server administrator or disable provisioning'),
    phrase('Es gibt keine Regel (policy) für diesen Klient'),
  ], [p('security_policy_blocks', 0.65)]),
  pattern('tbsync-eas-policy-error', 'product', 2, [
    phrase('Unknown PolicyType value. Contact your server administrator'),
    phrase('The policy data on the server is corrupted'),
    phrase('The client is acknowledging the wrong policy key'),
    phrase('Unbekannter Wert für den Regeltyp (policy type)'),
    phrase('Die Daten für die Regeln auf dem Server sind beschädigt'),
    phrase('Der Klient bestätigt einen falschen Richtlinienschlüssel'),
  ], [p('security_policy_blocks', 0.5), p('unexpected_server_reply', 0.35)]),
  pattern('tbsync-eas-provision-failed', 'product', 2, [
    phrase('Provisioning failed with status'), phrase('Provisionierung fehlerhaft mit folgendem Status'),
  ], [p('security_policy_blocks', 0.55)]),
  // EAS global status 110: the server failed and asks not to retry; TbSync stops automatic sync for 30 minutes.
  pattern('tbsync-eas-110', 'product', 2, [
    phrase('Automatic periodic sync has been disabled for 30 minutes'), phrase('Die automatische periodische Synchronisation wird für 30 Minuten ausgesetzt'),
  ], [p('throttled', 0.5), p('unexpected_server_reply', 0.4)]),
  // status.global.clientdenied: "The EAS server reports <Name> (status N) and does not allow TbSync to access your account."
  // 126 (UserDisabledForSync) is vocab-activesync.ts's; 129 DeviceIsBlockedForThisUser is a device access rule or block.
  pattern('tbsync-eas-device-blocked', 'product', 3, [
    '\\bDeviceIsBlockedForThisUser\\b',
    `${phrase('EAS server reports')}[^\\n]{0,60}?\\(status 129\\)`, `${phrase('EAS Server antwortet mit')}[^\\n]{0,60}?\\(status 129\\)`,
  ], [p('security_policy_blocks', 0.75)]),
  // The German sentence with 126: vocab-activesync.ts reads the English one, and the name in <…> is lost when the text is read as HTML.
  pattern('tbsync-eas-user-disabled-de', 'product', 3, [`${phrase('EAS Server antwortet mit')}[^\\n]{0,60}?\\(status 126\\)`], [
    p('imap_disabled_or_not_connected', 0.7), p('security_policy_blocks', 0.35),
  ]),
  pattern('tbsync-eas-client-denied', 'product', 2, [
    phrase('does not allow TbSync to access you'), phrase('verweigert TbSync den Zugriff auf Ihr Konto'),
  ], [p('security_policy_blocks', 0.5), p('imap_disabled_or_not_connected', 0.3)], { yieldsTo: ['server-reply'] }),
  // Autodiscover with user name and password (Exchange Online refuses the password sign-in).
  pattern('tbsync-autodiscover-failed', 'product', 2, [
    `${phrase('Autodiscover for user')}[^\\n]{0,120}?${phrase('failed. Either the provided credentials were wrong')}`,
    `${phrase('Autodiscover für den Benutzer')}[^\\n]{0,120}?${phrase('war nicht erfolgreich')}`,
  ], [p('basic_auth_used', 0.45), p('network_blocked', 0.3)], { yieldsTo: ['server-reply', 'sign-in'] }),
];

/**
 * TbSync's own status texts up to version 4 (jobisoft/TbSync branch TB140, _locales/en-US and de messages.json:
 * "status.OAuthAbortError", "status.OAuthHttpError", "status.OAuthNetworkError", "status.OAuthServerError",
 * "status.451", "status.security"). EAS-4-TbSync's Office 365 account signs in with OAuth 2.0 through Thunderbird's
 * OAuth2 module; an invalid_grant clears the tokens and asks again, other token-endpoint errors are shown after
 * "…server returned:" (EAS-4-TbSync content/includes/network.js getOAuthObj().asyncConnect()).
 */
const TBSYNC_LEGACY: readonly Rule[] = [
  pattern('tbsync-oauth-aborted', 'product', 3, [
    phrase('OAuth 2.0 authentication process aborted by user'), phrase('OAuth 2.0-Authentifizierungsprozess vom Nutzer abgebrochen'),
  ], [p('user_cancelled_or_consent_declined', 0.8)]),
  pattern('tbsync-oauth-network', 'product', 3, [
    phrase('Could not connect to OAuth 2.0 authentication server'), phrase('Verbindung zum OAuth-2.0-Authentifizierungsserver nicht möglich'),
  ], [p('network_blocked', 0.7)], { yieldsTo: ['tls'] }),
  // The token endpoint's reply follows and decides (AADSTS…, invalid_grant …).
  pattern('tbsync-oauth-server-error', 'product', 1, [
    phrase('OAuth 2.0 authentication server returned:'), phrase('OAuth-2.0-Authentifizierungsserver meldet:'),
  ], [p('token_expired_or_invalid', 0.4), p('consent_missing', 0.2)], { yieldsTo: ['sign-in', 'server-reply'] }),
  pattern('tbsync-oauth-http-error', 'product', 1, [
    phrase('OAuth 2.0 authentication process failed (HTTP error'), phrase('OAuth-2.0-Authentifizierungsprozess fehlgeschlagen (HTTP Error'),
  ], [p('token_expired_or_invalid', 0.4), p('network_blocked', 0.25)], { yieldsTo: ['sign-in', 'tls'] }),
  // HTTP 451: the mailbox is served by another EAS host (X-MS-Location); TbSync takes the new host and syncs again.
  pattern('tbsync-451-redirect', 'product', 2, [
    phrase('Server issued redirect, retry in 5 seconds'), phrase('Server meldet Weiterleitung. Erneuter Versuch in 5 Sekunden'),
  ], [p('unexpected_server_reply', 0.45), p('network_blocked', 0.3)]),
];

/**
 * TbSync 5 and EAS-4-TbSync 5 (jobisoft/TbSync _locales/*, jobisoft/EAS-4-TbSync src/_locales/en-US and de
 * messages.json: "eas.network.error.*", "eas.sync.error.accessDenied*", "setup.auto.error.*", "setup.oauth.error.*"),
 * and the untranslated texts of src/modules/network.mjs ("Server moved to …"), src/modules/eas/oauth.mjs (token
 * exchange and refresh), src/modules/eas/provision.mjs, src/modules/eas/connect.mjs and src/modules/eas-provider.mjs
 * (no policy, another signed-in user). An OAuth account gets a new token once on 401/403 before "E:AUTH".
 */
const EAS4TBSYNC: readonly Rule[] = [
  // "EAS transport error (HTTP N)": the status decides.
  pattern('tbsync5-eas-http-auth', 'product', 2, [`(?:${phrase('EAS transport error')}|${phrase('EAS-Übertragungsfehler')}) ?\\(HTTP 401\\)`], [
    p('token_expired_or_invalid', 0.45), p('basic_auth_used', 0.4),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('tbsync5-eas-http-forbidden', 'product', 2, [`(?:${phrase('EAS transport error')}|${phrase('EAS-Übertragungsfehler')}) ?\\(HTTP 403\\)`], [
    p('security_policy_blocks', 0.5), p('imap_disabled_or_not_connected', 0.4),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('tbsync5-eas-http-provision', 'product', 2, [`(?:${phrase('EAS transport error')}|${phrase('EAS-Übertragungsfehler')}) ?\\(HTTP 449\\)`], [
    p('security_policy_blocks', 0.55),
  ]),
  pattern('tbsync5-eas-http-unavailable', 'product', 2, [`(?:${phrase('EAS transport error')}|${phrase('EAS-Übertragungsfehler')}) ?\\(HTTP 503\\)`], [
    p('throttled', 0.6), p('network_blocked', 0.25),
  ]),
  pattern('tbsync5-eas-http', 'product', 1, [`(?:${phrase('EAS transport error')}|${phrase('EAS-Übertragungsfehler')}) ?\\(HTTP \\d{1,3}\\)`], [
    p('unexpected_server_reply', 0.35), p('network_blocked', 0.3),
  ], { yieldsTo: ['server-reply', 'tls'] }),
  pattern('tbsync5-retries-exhausted', 'product', 2, [
    phrase('Network retries exhausted - server did not respond'), phrase('Netzwerk-Wiederholungen erschöpft - Server hat nicht geantwortet'),
  ], [p('network_blocked', 0.6)], { yieldsTo: ['tls'] }),
  // 451 with or without the new address.
  pattern('tbsync5-451-no-location', 'product', 2, [
    phrase('Server returned 451 without an X-MS-Location header'), phrase('Server hat 451 ohne X-MS-Location-Header zurückgegeben'),
  ], [p('unexpected_server_reply', 0.6)]),
  pattern('tbsync5-451-moved', 'product', 1, [`${phrase('Server moved to')} ?https?://`], [p('unexpected_server_reply', 0.4), p('network_blocked', 0.3)]),
  // "Server denied sync access: <reason> (code N)" — the EAS global status, with the reason in the user's language.
  pattern('tbsync5-denied-user-disabled', 'product', 3, [
    `${phrase('Server denied sync access:')} ?${phrase('user is disabled for sync')}`,
    `${phrase('Server hat den Synchronisationszugriff verweigert:')} ?${phrase('Benutzer für Synchronisation deaktiviert')}`,
  ], [p('imap_disabled_or_not_connected', 0.7), p('security_policy_blocks', 0.35)]),
  pattern('tbsync5-denied-device-blocked', 'product', 3, [
    `${phrase('Server denied sync access:')} ?${phrase('device is blocked for this user')}`,
    `${phrase('Server hat den Synchronisationszugriff verweigert:')} ?${phrase('Gerät ist für diesen Benutzer gesperrt')}`,
  ], [p('security_policy_blocks', 0.75)]),
  pattern('tbsync5-denied', 'product', 2, [phrase('Server denied sync access:'), phrase('Server hat den Synchronisationszugriff verweigert:')], [
    p('security_policy_blocks', 0.55), p('imap_disabled_or_not_connected', 0.3),
  ], { yieldsTo: ['server-reply'] }),
  pattern('tbsync5-no-versions', 'product', 2, [phrase('Server did not advertise any MS-ASProtocolVersions'), phrase('No mutually-supported EAS version')], [
    p('unexpected_server_reply', 0.45), p('imap_disabled_or_not_connected', 0.35),
  ]),
  pattern('tbsync5-no-policy', 'product', 3, [phrase('Server has no policy for this device')], [p('security_policy_blocks', 0.65)]),
  pattern('tbsync5-provision-rejected', 'product', 2, [
    `${phrase('Provision rejected')} ?\\(Status=`, `${phrase('Provision policy rejected')} ?\\(PolicyStatus=`, `${phrase('Provision ACK rejected')} ?\\(Status=`,
  ], [p('security_policy_blocks', 0.55)]),
  // Setup: "Auto-detect" and "Custom EAS server" sign in with a password (refused by Exchange Online).
  pattern('tbsync5-setup-credentials', 'product', 2, [
    phrase('The username or password was rejected. Check spelling, or fall back to'),
    phrase('Benutzername oder Passwort wurde abgelehnt. Bitte Schreibweise überprüfen'),
  ], [p('basic_auth_used', 0.55), p('not_authenticated', 0.3)]),
  pattern('tbsync5-setup-discovery-network', 'product', 2, [
    phrase('Could not reach the discovery endpoints'), phrase('Die Erkennungsendpunkte konnten nicht erreicht werden'),
  ], [p('network_blocked', 0.6)]),
  pattern('tbsync5-setup-no-server', 'product', 2, [
    phrase('Discovery completed but no EAS server was advertised'), phrase('es wurde kein EAS-Server angeboten'),
  ], [p('unexpected_server_reply', 0.45), p('network_blocked', 0.3)]),
  pattern('tbsync5-sign-in-cancelled', 'product', 2, [
    `^(?:${phrase('Sign-in was cancelled')}|${phrase('Sign-in cancelled')}|${phrase('Anmeldung wurde abgebrochen')})`,
  ], [p('user_cancelled_or_consent_declined', 0.75)], { flags: 'im' }),
  // "Sign-in failed: <detail>" and the token endpoint's errors: Microsoft's text after them decides.
  pattern('tbsync5-sign-in-failed', 'product', 1, [
    `${phrase('Sign-in failed:')} ?${phrase('Microsoft returned:')}`, `${phrase('Anmeldung fehlgeschlagen:')} ?${phrase('Microsoft returned:')}`,
    phrase('Token exchange failed ('),
  ], [p('token_expired_or_invalid', 0.35), p('consent_missing', 0.25)], { yieldsTo: ['sign-in', 'server-reply'] }),
  // refreshAccessToken(): 400 with invalid_grant = revoked or expired refresh token (sign in again).
  pattern('tbsync5-token-refresh-failed', 'product', 1, [`${phrase('Token refresh failed')} ?\\(\\d{3}\\)`], [
    p('token_expired_or_invalid', 0.5), p('network_blocked', 0.2),
  ], { yieldsTo: ['sign-in'] }),
  // Microsoft returns a refresh token only for the offline_access scope.
  pattern('tbsync5-no-refresh-token', 'product', 3, [phrase('No refresh_token in token response')], [
    p('wrong_scope_or_resource', 0.6), p('token_expired_or_invalid', 0.2),
  ]),
  pattern('tbsync5-other-user', 'product', 3, [`${phrase('Signed-in user')} ?\\([^)\\n]{0,120}\\) ?${phrase('does not match this account')}`], [
    p('wrong_tenant_or_app', 0.7),
  ]),
];

/**
 * Nylas sync engine (nylas/sync-engine, archived): inbox/auth/generic.py verify_account() (UserRecoverableConfigError
 * texts), inbox/sendmail/smtp/postel.py (SendMailException texts) and inbox/auth/generic.py STARTTLS. It signs in to
 * IMAP/SMTP with a password (the generic provider) or XOAUTH2 with a refreshed token.
 */
const NYLAS_SYNC_ENGINE: readonly Rule[] = [
  // LIST failed after the login: IMAP not (fully) enabled for the mailbox.
  pattern('nylas-imap-not-enabled', 'product', 3, [phrase('Full IMAP support is not enabled for this account. Please contact your domain administrator')], [
    p('imap_disabled_or_not_connected', 0.7),
  ]),
  // SMTPAuthenticationError (password) or XOAUTH2 refused twice; the server's reply, where logged, decides.
  pattern('nylas-smtp-auth', 'product', 2, [phrase('Could not authenticate with the SMTP server')], [
    p('smtp_auth_failed_generic', 0.5), p('basic_auth_used', 0.4), p('smtp_auth_disabled_mailbox', 0.3),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  // XOAUTH2 answered 4xx "4.7.0": too many login attempts.
  pattern('nylas-send-throttling', 'product', 3, [phrase('Temporary provider send throttling')], [p('throttled', 0.8)]),
  pattern('nylas-smtp-dns', 'product', 3, [phrase("Couldn't resolve the SMTP server domain name")], [p('network_blocked', 0.75)]),
  pattern('nylas-smtp-timeout', 'product', 2, [phrase('Connection timeout when connecting to SMTP server')], [p('network_blocked', 0.65)]),
  pattern('nylas-starttls-required', 'tls', 2, [phrase('Required SMTP STARTTLS not supported'), phrase('Required IMAP STARTTLS not supported')], [
    p('tls_problem', 0.7),
  ]),
  pattern('nylas-smtp-cert', 'tls', 3, [phrase('SMTP server SSL certificate verify failed')], [p('tls_problem', 0.8)]),
  // SMTPRecipientsRefused / some recipients refused: the server_error beside it decides.
  pattern('nylas-recipients-failed', 'product', 1, [phrase('Sending to all recipients failed'), phrase('Sending to at least one recipent failed')], [
    p('recipient_rejected', 0.4), p('send_as_denied', 0.25),
  ], { yieldsTo: ['server-reply'] }),
];

/**
 * Nylas Mail (nylas/nylas-mail): packages/isomorphic-core/src/imap-errors.es6 and smtp-errors.es6 (the userMessage of
 * each error class), packages/client-app/internal_packages/onboarding/lib/decorators/create-page-for-form.jsx and
 * notifications/lib/items/account-error-notif.jsx. English only (the app is not translated).
 */
const NYLAS_MAIL: readonly Rule[] = [
  pattern('nylas-mail-imap-credentials', 'product', 2, [phrase('Incorrect IMAP username or password')], [
    p('basic_auth_used', 0.5), p('imap_auth_failed_generic', 0.45),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('nylas-mail-smtp-credentials', 'product', 2, [phrase('Incorrect SMTP username or password')], [
    p('smtp_auth_failed_generic', 0.5), p('basic_auth_used', 0.45), p('smtp_auth_disabled_mailbox', 0.3),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('nylas-mail-unreachable', 'product', 2, [
    phrase('We were unable to reach your IMAP provider'), phrase('We were unable to reach your SMTP server'), phrase('We were unable to reach your mail provider'),
  ], [p('network_blocked', 0.6), p('tls_problem', 0.2)], { yieldsTo: ['tls'] }),
  pattern('nylas-mail-smtp-dns', 'product', 3, [phrase('We were unable to look up your SMTP host')], [p('network_blocked', 0.75)]),
  pattern('nylas-mail-certificate', 'tls', 3, [
    `${phrase('Certificate Error:')} ?${phrase("We couldn't verify the identity of the")} ?(?:IMAP|SMTP) ?${phrase('server')}`,
  ], [p('tls_problem', 0.85)]),
  // nodemailer's "unknown protocol": TLS spoken to a plain port (or the reverse).
  pattern('nylas-mail-smtp-protocol', 'product', 2, [phrase('SMTP protocol error. Please check your SMTP settings')], [
    p('tls_problem', 0.5), p('network_blocked', 0.25),
  ], { yieldsTo: ['server-reply', 'tls'] }),
  pattern('nylas-mail-imap-protocol', 'product', 1, [phrase('IMAP protocol error. Try to first remove your account')], [
    p('unexpected_server_reply', 0.4), p('imap_disabled_or_not_connected', 0.3),
  ], { yieldsTo: ['server-reply'] }),
  // The account's sync state "invalid credentials": the password changed or is refused, or the token was revoked.
  pattern('nylas-mail-cannot-authenticate', 'product', 1, [`${phrase('Cannot authenticate with')} ?[^\\s@]{1,64}@[\\w.-]{1,200}`], [
    p('basic_auth_used', 0.4), p('token_expired_or_invalid', 0.35),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
];

/**
 * The Nylas API's documented Microsoft errors (developer.nylas.com): release notes v2.4 (2022-02-08: the auth_error
 * JSON "You've entered invalid credentials" / "Wrong username or password for https://…/EWS/Exchange.asmx"; Nylas stopped
 * Basic authentication for Exchange Online on 2022-09-30, …/microsoft-authentication/microsoft-basic-authentication);
 * support/troubleshooting/microsoft/authentication/could-not-exchange-oauth-code-for-a-microsoft-refresh-token (a
 * personal or family account Entra ID does not accept for the app); api/errors/500-response ("Error 503' Throttle
 * Header, 'X-MS-ASThrottle: CommandFrequency": Exchange's ActiveSync command throttling).
 */
const NYLAS_API: readonly Rule[] = [
  pattern('nylas-api-ews-wrong-password', 'product', 3, [`${phrase('Wrong username or password for')} ?https?://[^\\s"]{0,200}?/EWS/`], [
    p('basic_auth_used', 0.65), p('not_authenticated', 0.25),
  ]),
  pattern('nylas-api-invalid-credentials', 'product', 2, [phrase("You've entered invalid credentials")], [
    p('basic_auth_used', 0.5), p('token_expired_or_invalid', 0.3),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('nylas-api-ms-code-exchange', 'product', 3, [phrase("Couldn't exchange OAuth code for a Microsoft refresh token")], [
    p('wrong_tenant_or_app', 0.6), p('token_expired_or_invalid', 0.2),
  ], { yieldsTo: ['sign-in'] }),
  pattern('nylas-api-eas-throttle', 'throttle', 3, [`X-MS-ASThrottle: ?\\w{1,40}`], [p('throttled', 0.85)]),
];

/**
 * Mustang (mustang-im/mustang): app/logic/Mail/ActiveSync/ActiveSyncAccount.ts verifyLogin()/callEAS() (untranslated),
 * app/logic/Mail/EWS/EWSAccount.ts callEWS() and app/logic/Mail/OWA/OWAAccount.ts (gt`…`, German of
 * app/l10n/locales/de/messages.json, found by Lingui's message id), app/logic/Auth/OAuth2Error.ts and
 * app/logic/Auth/UI/OAuth2Window.ts, OAuth2Localhost.ts, OAuth2Embed.ts (the login window).
 */
const MUSTANG: readonly Rule[] = [
  // A password (or NTLM) account against a server that offers neither: Exchange Online offers only Bearer (OAuth).
  pattern('mustang-auth-method-unsupported', 'product', 3, [
    `${phrase('Your account is configured to use')} ?[^\\n]{1,30}? ?${phrase('authentication, but your server does not support it')}`,
    `${phrase('Ihr Konto ist für die Verwendung der Authentifizierung')} ?[^\\n]{1,30}? ?${phrase('konfiguriert, aber Ihr Server unterstützt diese nicht')}`,
  ], [p('basic_auth_used', 0.8)]),
  pattern('mustang-unsupported-protocols', 'product', 2, [
    phrase('Unsupported authentication protocol(s):'), phrase('Nicht unterstützte(s) Authentifizierungsprotokoll(e):'),
  ], [p('basic_auth_used', 0.6), p('unexpected_server_reply', 0.25)]),
  pattern('mustang-server-supports-protocols', 'product', 2, [
    `${phrase('Server supports authentication protocol(s):')}[^\\n]{0,200}?${phrase('Please check your account configuration')}`,
    `${phrase('Server unterstützt Authentifizierungsprotokoll(e):')}[^\\n]{0,200}?${phrase('Bitte überprüfen Sie Ihre Kontokonfiguration')}`,
  ], [p('basic_auth_used', 0.55), p('unexpected_server_reply', 0.25)]),
  // 401 while Basic is offered: the password was refused — for Exchange Online, a password sign-in as such.
  pattern('mustang-password-incorrect', 'product', 1, [`(?:^|: ?)(?:${phrase('Password incorrect')}|${phrase('Passwort falsch')})\\b`], [
    p('basic_auth_used', 0.45), p('not_authenticated', 0.3),
  ], { flags: 'im', yieldsTo: ['server-reply', 'sign-in'] }),
  // A Retry-After header on an ActiveSync error (503 throttling).
  pattern('mustang-server-overloaded', 'throttle', 3, [phrase('The server is overloaded. Please try again after')], [p('throttled', 0.85)]),
  pattern('mustang-eas-version', 'product', 2, [`${phrase('ActiveSync version(s)')} ?[\\w., ]{0,40}? ?${phrase('not supported')}`], [
    p('unexpected_server_reply', 0.55),
  ]),
  pattern('mustang-oauth-redirect', 'product', 3, [phrase('Microsoft OAuth2: Redirect URL is wrong')], [p('redirect_uri_mismatch', 0.85)]),
  pattern('mustang-oauth-unknown', 'product', 1, [phrase('Login failed. Unknown OAuth2 error'), phrase('OAuth2: No access token')], [
    p('token_expired_or_invalid', 0.4),
  ], { yieldsTo: ['sign-in'] }),
  pattern('mustang-login-aborted', 'product', 2, [
    phrase('Login aborted by user'), phrase('Login window was closed by user'), phrase('Anmeldung durch Benutzer abgebrochen'),
    phrase('Anmeldefenster wurde vom Benutzer geschlossen'), `${phrase('Authentication page timed out after')} ?\\d`,
    phrase('Die Authentifizierungsseite wurde nach'),
  ], [p('user_cancelled_or_consent_declined', 0.75)]),
];

/**
 * Mustang's ActiveSync status texts (app/logic/Mail/ActiveSync/ActiveSyncError.ts globalMessages, untranslated; shown
 * as "<account>: <text>"), for the EAS global statuses of [MS-ASCMD] §2.2.2 about access, policy and limits.
 */
const MUSTANG_EAS_STATUS: readonly Rule[] = [
  pattern('mustang-eas-user-disabled', 'product', 3, [phrase('ActiveSync is disabled for this user')], [
    p('imap_disabled_or_not_connected', 0.7), p('security_policy_blocks', 0.35),
  ]),
  pattern('mustang-eas-blocked', 'product', 3, [phrase('ActiveSync is blocked for this application')], [p('security_policy_blocks', 0.75)]),
  pattern('mustang-eas-policy', 'product', 2, [
    `: ?(?:${phrase('Application on strict policy')}|${phrase('Application not provisioned')}|${phrase('Application not fully provisionable')}|${phrase('Application not allowed')}|${phrase('Policy key invalid')}|${phrase('Active directory access denied')}|${phrase('User account is disabled')})\\b`,
  ], [p('security_policy_blocks', 0.6)]),
  // MaximumDevicesReached: too many device partnerships on the mailbox (remove old devices).
  pattern('mustang-eas-too-many-clients', 'product', 3, [phrase('Too many ActiveSync clients')], [
    p('security_policy_blocks', 0.45), p('throttled', 0.35),
  ]),
  pattern('mustang-eas-send-disabled', 'product', 2, [`: ?${phrase('Sending from this account is disabled')}`], [p('outbound_sender_blocked', 0.55)]),
  pattern('mustang-eas-requires-ssl', 'tls', 2, [`: ?${phrase('Back end server requires SSL')}`], [p('tls_problem', 0.6)]),
];

/** Every sync-client rule (patterns.ts). */
export const SYNC_CLIENT_VOCABULARY_RULES: readonly Rule[] = [
  ...EAS4TBSYNC_LEGACY, ...TBSYNC_LEGACY, ...EAS4TBSYNC, ...NYLAS_SYNC_ENGINE, ...NYLAS_MAIL, ...NYLAS_API, ...MUSTANG, ...MUSTANG_EAS_STATUS,
];
