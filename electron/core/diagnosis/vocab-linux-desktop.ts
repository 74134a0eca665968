/**
 * Linux desktop mail clients reaching Microsoft 365 (issue 10): what GNOME's and KDE's mail stacks print when the
 * Microsoft sign-in, EWS / Graph, IMAP or SMTP fails. Only texts read in the products' own source are here; each
 * group cites it, and the German wording comes from each project's po/de.po (msgid/msgstr read side by side).
 *
 * This file adds to vocab-unix-clients.ts (which already has evolution-data-server's OAuth2 refresh sentences,
 * Camel's IMAP/SMTP/POP sign-in and secure-mode failures, kimap/ksmtp, the Akonadi IMAP/POP3 resources and Claws
 * Mail's OAuth2/IMAP/SMTP log lines) and repeats none of them. New here: evolution-data-server's token store and
 * token-endpoint sentences and Camel's SMTP command prefixes; evolution-ews (EWS and the Microsoft 365 / Graph
 * backend); GNOME Online Accounts (the Microsoft 365 provider, the Exchange and the IMAP/SMTP providers); Geary;
 * KMail's Akonadi EWS resource (akonadi-ews, ewsclient); one more Claws Mail OAuth2 line.
 *
 * Many of these texts are generic ("Authentication failed", "Connection failed"): those are left out or kept weak,
 * and every sentence that carries the server's or Microsoft's reply behind it gives way to it (`yieldsTo`).
 *
 * Not here: Evolution's own alerts in German (GNOME/evolution is too large to fetch here and its po/de.po was not
 * found in the stored index; the English alerts are in vocab-unix-clients.ts). evolution-ews shows Exchange Online's
 * X-MS-DIAGNOSTICS header as the error text on a 401 (src/EWS/common/e-ews-connection.c) — that is the server's
 * wording, not the product's, so it is not written here. evolution-ews's "Password expired." (e-ews-connection-
 * utils.c) names no cause of these categories (the fix is a new password). Geary's IMAP/SMTP engine messages are
 * not translated (English only); its Outlook provider signs in with a password (src/engine/imap-engine/outlook).
 */
import { FILLED_NAME as NAME, p, pattern, phrase, sendWrapper, type Rule } from './pattern-kit.js';

/** An authentication mechanism's name ("XOAUTH2", "PLAIN", "„XOAUTH2“"). */
const MECHANISM = '\\S{1,60}';
/** A quoted name as GNOME prints it: “…” in English, »…« in German (straight quotes when pasted as text). */
const QUOTED = `[“"»'][^\\n]{1,255}?[”"«']`;
/** GLib's "(error-domain, code)" that GNOME Online Accounts puts in its prefixes: `(goa-error-quark, 0)`. */
const DOMAIN_CODE = '\\([a-z0-9-]{1,60}, ?-?\\d{1,5}\\)';

/**
 * evolution-data-server (GNOME/evolution-data-server commit ccb3cba2): src/libedataserver/e-oauth2-service.c (token
 * store and the token endpoint's answer — the "Outlook" service of e-oauth2-service-outlook.c and evolution-ews's
 * "Office365"/"Microsoft365" services all go through it), src/libedataserver/e-ms-oapxbc.c (the Microsoft identity
 * broker's single sign-on cookie), src/camel/providers/{smtp/camel-smtp-transport.c,imapx/camel-imapx-server.c};
 * German of po/de.po. "OAuth2 secret record is incomplete" and "Token record is incomplete" have no German there.
 * Camel's SMTP errors drop the enhanced status code and keep the server's text ("MAIL FROM command failed: Client
 * not authenticated to send mail. […]"), which the SMTP rules still recognise and which decides.
 */
const EDS: readonly Rule[] = [
  // No tokens in the keyring for this account (never signed in, keyring reset): sign in again.
  pattern('eds-oauth2-secret-missing', 'product', 3, [
    phrase('OAuth2 secret not found'), phrase('OAuth2-Secret nicht gefunden'),
    phrase('OAuth2 secret record is incomplete'), phrase('Token record is incomplete'),
  ], [p('not_authenticated', 0.6), p('token_expired_or_invalid', 0.35)]),
  // The refresh answered 200 but without access_token/expires_in: not Microsoft's JSON (a proxy's or captive page, a
  // wrong endpoint host in the account's OAuth2 overrides).
  pattern('eds-oauth2-incorrect-response', 'product', 2, [
    `${phrase('Received incorrect response from server')} ?${QUOTED}`, `${phrase('Inkorrekte Antwort vom Server')} ?${QUOTED}`,
  ], [p('network_blocked', 0.4), p('wrong_tenant_or_app', 0.35)], { yieldsTo: ['sign-in', 'tls'] }),
  // The Microsoft identity broker (Intune's single sign-on on Linux) gave no PRT cookie: the device is not registered
  // or not compliant for Conditional Access. The broker's reason follows.
  pattern('eds-prt-sso-cookie', 'product', 2, [
    phrase('Failed to acquire PRT SSO cookie:'), phrase('PRT-SSO-Cookie konnte nicht abgerufen werden:'),
    phrase('PRT SSO-Cookie konnte nicht abgerufen werden:'),
  ], [p('security_policy_blocks', 0.45), p('not_authenticated', 0.3)], { yieldsTo: ['sign-in'] }),
  // The chosen mechanism (XOAUTH2, PLAIN …) is not in the server's AUTH list: asked before TLS, or the wrong method.
  pattern('camel-auth-mechanism-unsupported', 'product', 2, [
    // The mechanism is one word (Camel's "%s" is its name: XOAUTH2, PLAIN …); Thunderbird's "does not support the selected
    // authentication method" is vocab-thunderbird.ts's.
    `(?:IMAP|SMTP) ?${phrase('server')} ${NAME} ?${phrase('does not support')} ${MECHANISM} ?${phrase('authentication')}`,
    `(?:IMAP|SMTP)-Server ${NAME} ?${phrase('unterstützt den Legitimierungstyp')}e?n? ${MECHANISM} ?${phrase('nicht')}`,
  ], [p('tls_problem', 0.45), p('unexpected_server_reply', 0.3)]),
  // No user name or no password stored for a password account.
  pattern('camel-no-credentials', 'product', 3, [
    phrase('Authentication password not available'), phrase('Cannot authenticate without a username'),
    phrase('Legitimierungspasswort ist nicht verfügbar'), phrase('Legitimierung ohne Benutzername ist nicht möglich'),
  ], [p('not_authenticated', 0.6)]),
  // 534 without a text of its own: the mechanism needs an encrypted connection.
  pattern('camel-smtp-encryption-required', 'product', 2, [
    phrase('Encryption required for requested authentication mechanism'),
    phrase('Verschlüsselung für den angeforderten Authentifizierungsmechanismus erforderlich'),
  ], [p('tls_problem', 0.6)], { yieldsTo: ['server-reply'] }),
  pattern('camel-smtp-starttls-failed', 'product', 2, [phrase('STARTTLS command failed:'), phrase('STARTTLS-Befehl gescheitert:')], [
    p('tls_problem', 0.6),
  ], { yieldsTo: ['server-reply', 'tls'] }),
  pattern('camel-smtp-welcome-error', 'product', 1, [phrase('Welcome response error:'), phrase('Fehler bei Welcome-Antwort:')], [
    p('network_blocked', 0.4), p('tls_problem', 0.3),
  ], { yieldsTo: ['server-reply', 'tls'] }),
  // The SMTP step and the server's text after it; the text decides. Alone: an unauthenticated sender (530 5.7.57).
  pattern('camel-smtp-mail-from-failed', 'product', 1, [phrase('MAIL FROM command failed:'), phrase('MAIL FROM-Befehl gescheitert:')], [
    p('not_authenticated', 0.35), p('send_as_denied', 0.3),
  ], { yieldsTo: ['server-reply'] }),
  pattern('camel-smtp-rcpt-failed', 'product', 1, [
    `${phrase('RCPT TO')} ?<[^>\\n]{0,255}> ?${phrase('failed:')}`, `${phrase('RCPT TO')} ?<[^>\\n]{0,255}> ?${phrase('gescheitert:')}`,
  ], [p('recipient_rejected', 0.35), p('outbound_sender_blocked', 0.25)], { yieldsTo: ['server-reply'] }),
  pattern('camel-smtp-data-failed', 'product', 1, [phrase('DATA command failed:'), phrase('DATA-Befehl gescheitert:')], [
    p('send_as_denied', 0.3), p('outbound_sender_blocked', 0.3),
  ], { yieldsTo: ['server-reply'] }),
];

/**
 * evolution-ews (GNOME/evolution-ews commit 3e4e2c1c): src/EWS/common/e-ews-connection.c (Autodiscover parsing; the
 * 401 without an X-MS-DIAGNOSTICS header), src/EWS/evolution/module-ews-configuration.error.xml (the alert whose
 * "The reported error was …" follows), src/EWS/calendar/e-cal-backend-ews-m365.c; German of po/de.po. The
 * Microsoft 365 (Graph) backend (src/Microsoft365/common/e-m365-connection.c) shows Graph's own "code: message",
 * which the Graph rules decide.
 */
const EVOLUTION_EWS: readonly Rule[] = [
  pattern('ews-autodiscovery-failed', 'product', 1, [
    phrase('Autodiscovery query failed.'), phrase('Abfrage des Autodiscover-Dienstes ist fehlgeschlagen.'),
  ], [p('network_blocked', 0.35), p('basic_auth_used', 0.3)], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  // The Autodiscover answer was not Exchange's XML (a sign-in page, a web host of the domain, a proxy): enter the
  // EWS host URL (https://outlook.office365.com/EWS/Exchange.asmx) by hand. GOA's Exchange provider says the same.
  pattern('ews-autodiscover-response', 'product', 2, [
    // (the decoder turns "<ASUrl>"/"<Autodiscover>" into spaces, as it does with HTML tags; GOA quotes the name instead)
    phrase('Failed to parse autodiscover response XML'), `${phrase('Failed to find')} ?[“"]Autodiscover[”"] ?${phrase('element')}`,
    `${phrase('Failed to find')}\\s{0,4}(?:<?ASUrl>?)?\\s{0,4}${phrase('in autodiscover response')}`,
    phrase('XML der Autodiscover-Antwort konnte nicht verarbeitet werden'), phrase('konnte in Autodiscover-Antwort nicht gefunden werden'),
    phrase('Das Verarbeiten der automatischen XML-Erkennungsantwort ist fehlgeschlagen'),
    phrase('Das Finden von ASUrl in der automatischen Erkennungsantwort ist fehlgeschlagen'),
  ], [p('unexpected_server_reply', 0.5), p('network_blocked', 0.3)]),
  // HTTP 401 to the EWS request and no X-MS-DIAGNOSTICS header: the token or the password was refused. "Legitimation"
  // is evolution-ews's own German wording (the English "Authentication failed" is left to the generic rules).
  pattern('ews-authentication-failed-de', 'product', 1, [phrase('Legitimation gescheitert')], [
    p('basic_auth_used', 0.35), p('token_expired_or_invalid', 0.3),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  // The Microsoft 365 calendar helper needs the account to be signed in first.
  pattern('ews-m365-login-first', 'product', 3, [
    phrase('Cannot connect to the server, repeat the action once you login to the server'),
    phrase('Keine Verbindung mit dem Server möglich. Wiederholen Sie den Vorgang, sobald Sie sich beim Server anmelden'),
  ], [p('not_authenticated', 0.55), p('network_blocked', 0.3)]),
];

/**
 * GNOME Online Accounts (GNOME/gnome-online-accounts commit 0a85e7c8): src/goabackend/goaoauth2provider.c (the OAuth2
 * flow of the Microsoft 365 provider, goamsgraphprovider.c), goautils.c (keyring, HTTP status, certificate texts),
 * goaexchangeprovider.c (EWS with a password), goaimapsmtpprovider.c, goaimapauthlogin.c, goasmtpauth.c; German of
 * po/de.po. Microsoft's error_description (AADSTS…) follows the OAuth2 prefixes and decides.
 */
const GOA: readonly Rule[] = [
  pattern('goa-refresh-failed', 'product', 2, [
    `${phrase('Failed to refresh access token')} ?${DOMAIN_CODE} ?:`, `${phrase('Fehler beim Holen des Zugriffs-Tokens')} ?${DOMAIN_CODE} ?:`,
  ], [p('token_expired_or_invalid', 0.6), p('network_blocked', 0.2)], { yieldsTo: ['sign-in', 'tls'] }),
  // The authorization code could not be redeemed (tenant, app registration, redirect URI); Microsoft's text follows.
  pattern('goa-get-token-failed', 'product', 1, [phrase('Error getting an Access Token:'), `${phrase('Fehler beim Holen des Zugriffs-Tokens:')}`], [
    p('wrong_tenant_or_app', 0.3), p('redirect_uri_mismatch', 0.25), p('token_expired_or_invalid', 0.25),
  ], { yieldsTo: ['sign-in', 'tls'] }),
  // The token endpoint answered an HTTP error without an OAuth "error" (a wrong tenant/endpoint, a proxy).
  pattern('goa-token-status', 'product', 2, [
    phrase('Expected status 200 when requesting access token, instead got status'),
    phrase('Bei der Abfrage des Zutritt-Tokens wurde Status 200 erwartet und stattdessen Status'),
  ], [p('wrong_tenant_or_app', 0.4), p('network_blocked', 0.3)], { yieldsTo: ['sign-in'] }),
  // Microsoft Graph's /me refused the new token: the app lacks the delegated permission (User.Read) or consent.
  pattern('goa-identity-status', 'product', 2, [
    phrase('Expected status 200 when requesting your identity, instead got status'),
    phrase('Bei der Abfrage der Benutzerkennung wurde der HTTP-Statuscode 200 erwartet'),
  ], [p('wrong_scope_or_resource', 0.4), p('consent_missing', 0.35)], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('goa-identity-failed', 'product', 1, [phrase('Error getting identity:'), phrase('Fehler beim Ermitteln der Identität:')], [
    p('wrong_scope_or_resource', 0.3), p('consent_missing', 0.25),
  ], { yieldsTo: ['server-reply', 'sign-in', 'tls'] }),
  // The browser came back with error=access_denied (declined consent) or another OAuth error; its description follows.
  pattern('goa-authorization-response', 'product', 1, [phrase('Authorization response:'), phrase('Legitimierungsantwort:')], [
    p('user_cancelled_or_consent_declined', 0.35), p('consent_missing', 0.3),
  ], { yieldsTo: ['sign-in'] }),
  // Re-authorising the account with a different Microsoft account than the one it was added with.
  pattern('goa-wrong-identity', 'product', 3, [
    `${phrase('Was asked to log in as')} ${NAME}, ?${phrase('but logged in as')}`,
    `${phrase('Anmeldung als')} ${NAME} ?${phrase('wurde angefragt, aber als')}`,
  ], [p('not_authenticated', 0.55)]),
  pattern('goa-keyring-credentials', 'product', 3, [
    phrase('No credentials found in the keyring'), phrase('Failed to retrieve credentials from the keyring'),
    phrase('Credentials do not contain access_token'), phrase('Die Anmeldedaten wurden im Schlüsselbund nicht gefunden'),
    phrase('Fehler beim Holen der Anmeldedaten aus dem Schlüsselbund'), phrase('Anmeldedaten enthalten nicht »access_token«'),
  ], [p('not_authenticated', 0.6)]),
  // The Exchange provider signs in to EWS with a password: Exchange Online refuses it (basic authentication is off).
  pattern('goa-exchange-invalid-password', 'product', 2, [
    `${phrase('Invalid password with username')} ?${QUOTED} ?${DOMAIN_CODE}`, `${phrase('Ungültiges Passwort für Benutzer')} ?${QUOTED} ?${DOMAIN_CODE}`,
  ], [p('basic_auth_used', 0.6), p('wrong_tenant_or_app', 0.15)], { yieldsTo: ['server-reply'] }),
  // The IMAP and SMTP provider: the password login was refused.
  pattern('goa-imap-invalid-password', 'product', 2, [
    `${phrase('Invalid imap-password with username')} ?${QUOTED}`, `${phrase('Ungültiges Feld')} ?[»"“]imap-password[«"”] ?${phrase('für Benutzername')}`,
  ], [p('basic_auth_used', 0.65), p('imap_auth_failed_generic', 0.4)], { yieldsTo: ['server-reply'] }),
  pattern('goa-smtp-invalid-password', 'product', 2, [
    `${phrase('Invalid smtp-password with username')} ?${QUOTED}`, `${phrase('Ungültiges Feld')} ?[»"“]smtp-password[«"”] ?${phrase('für Benutzername')}`,
  ], [p('basic_auth_used', 0.5), p('smtp_auth_failed_generic', 0.4), p('smtp_auth_disabled_mailbox', 0.25)], { yieldsTo: ['server-reply'] }),
  pattern('goa-starttls', 'product', 2, [
    phrase('Server does not support STARTTLS'), phrase('Server unterstützt STARTTLS nicht'),
  ], [p('tls_problem', 0.7)], { yieldsTo: ['server-reply'] }),
  pattern('goa-unexpected-status', 'product', 2, [
    `${phrase('Code:')} ?\\d{3} ?[—-] ?${phrase('Unexpected response from server')}`, `${phrase('Code:')} ?\\d{3} ?[—-] ?${phrase('Unerwartete Antwort vom Server')}`,
  ], [p('unexpected_server_reply', 0.45), p('network_blocked', 0.25)]),
  // goa_utils_set_error_ssl(): the server's certificate did not verify (an inspecting proxy, a wrong host name).
  pattern('goa-certificate', 'product', 3, [
    phrase('The signing certificate authority is not known.'), phrase('Der Zertifikatsaussteller ist nicht bekannt.'),
    phrase('The certificate does not match the expected identity of the site that it was retrieved from'),
  ], [p('tls_problem', 0.8)]),
];

/**
 * Geary (GNOME/geary commit 3e8d4f1a): src/client/accounts/accounts-editor-add-pane.vala and
 * accounts-editor-servers-pane.vala (the in-app notifications when adding or editing an account),
 * src/client/application/application-main-window.vala and application-controller.vala, src/client/components/
 * components-problem-report-info-bar.vala, src/client/dialogs/certificate-warning-dialog.vala; German of po/de.po.
 * The engine's own errors (src/engine/imap/transport/imap-client-session.vala, src/engine/smtp/
 * smtp-client-session.vala and smtp-client-connection.vala) are not translated.
 */
const GEARY: readonly Rule[] = [
  // IMAP login refused. Geary's Outlook provider and "Other" accounts sign in with a password, which Exchange Online
  // refuses (basic authentication off); an OAuth account through GNOME Online Accounts needs a new sign-in instead.
  pattern('geary-check-receiving-login', 'product', 2, [
    phrase('Check your receiving login and password'), phrase('Prüfen Sie Ihren Benutzernamen und Passwort zum Empfangen'),
  ], [p('basic_auth_used', 0.55), p('imap_auth_failed_generic', 0.45)]),
  pattern('geary-check-email-password', 'product', 2, [
    phrase('Check your email address and password'), phrase('Prüfen Sie Ihre E-Mail-Adresse und Ihr Passwort'),
  ], [p('basic_auth_used', 0.55), p('imap_auth_failed_generic', 0.35)]),
  // SMTP AUTH refused after IMAP worked.
  pattern('geary-check-sending-login', 'product', 2, [
    phrase('Check your sending login and password'), phrase('Prüfen Sie Ihren Benutzernamen und Passwort zum Senden'),
  ], [p('basic_auth_used', 0.45), p('smtp_auth_failed_generic', 0.4), p('smtp_auth_disabled_mailbox', 0.3)]),
  pattern('geary-incorrect-login', 'product', 2, [
    phrase('An account has reported an incorrect login or password'), phrase('Ein Konto hat einen falschen Benutzernamen oder Passwort gemeldet'),
  ], [p('basic_auth_used', 0.5), p('imap_auth_failed_generic', 0.4), p('token_expired_or_invalid', 0.3)]),
  pattern('geary-could-not-connect', 'product', 3, [
    phrase('Could not connect, check your network'), phrase('Verbindung konnte nicht hergestellt werden, prüfen Sie Ihr Netzwerk'),
  ], [p('network_blocked', 0.65), p('tls_problem', 0.2)]),
  // Any other IMAP/SMTP failure while validating (host, port, TLS mode).
  pattern('geary-check-server-details', 'product', 2, [
    phrase('Check your receiving server details'), phrase('Check your sending server details'),
    phrase('Prüfen Sie die Serverdetails zum Empfangen'), phrase('Prüfen Sie die Serverdetails zum Senden'),
  ], [p('network_blocked', 0.5), p('tls_problem', 0.4)]),
  pattern('geary-untrusted-server', 'product', 3, [
    phrase('An account has reported an untrusted server'), phrase('Ein Konto hat einen nicht-vertrauten Server gemeldet'),
    `${phrase('The server')}[’']s ?${phrase('certificate is not signed by a known authority')}`,
    phrase('Das Server-Zertifikat wurde von keiner bekannten Zertifizierungsstelle signiert'),
  ], [p('tls_problem', 0.8)]),
  sendWrapper('geary-problem-sending', [
    `${phrase('A problem occurred sending email for')} ${NAME}`, `${phrase('Geary encountered a problem sending email for')} ${NAME}`,
    `${phrase('Ein Problem ist beim Senden von E-Mails für')} ${NAME} ?${phrase('aufgetreten')}`,
    `${phrase('Geary ist bei der Senden einer E-Mail von')} ${NAME} ?${phrase('auf ein Problem gestoßen')}`,
  ], 0.3, 0.25),
  pattern('geary-problem-checking', 'product', 1, [
    `${phrase('Geary encountered a problem checking mail for')} ${NAME}`,
    `${phrase('Geary ist bei der Überprüfung auf neue Nachrichten von')} ${NAME} ?${phrase('auf ein Problem gestoßen')}`,
  ], [p('imap_auth_failed_generic', 0.3), p('network_blocked', 0.25)], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  // Engine (English only): the IMAP LOGIN/AUTHENTICATE got NO; the tagged reply follows ("a001 NO …").
  pattern('geary-imap-bad-credentials', 'product', 2, [`${phrase('Bad credentials:')} ?[a-z]\\d{3,6} ?(?:NO|BAD)\\b`], [
    p('basic_auth_used', 0.5), p('imap_auth_failed_generic', 0.45), p('token_expired_or_invalid', 0.3),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  // The server does not offer the mechanism for the account's credentials (XOAUTH2 / PLAIN / LOGIN).
  pattern('geary-auth-method-not-offered', 'product', 3, [
    `${phrase('Unable to authenticate using')} (?:OAUTH2|PASSWORD) ?${phrase('credentials against GearySmtpClientSession')}`,
    phrase('OAuth2 authentication not supported for GearyImapClientSession'),
  ], [p('tls_problem', 0.45), p('unexpected_server_reply', 0.35)]),
  // Every SMTP mechanism was refused.
  pattern('geary-smtp-auth-failed', 'product', 2, [phrase('Unable to authenticate with GearySmtpClientSession')], [
    p('smtp_auth_failed_generic', 0.5), p('basic_auth_used', 0.4), p('smtp_auth_disabled_mailbox', 0.3),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('geary-smtp-starttls', 'product', 3, [`${phrase('STARTTLS not available for')} ${NAME}`, `${phrase('STARTTLS failed:')} ?\\d{3}`], [
    p('tls_problem', 0.7),
  ]),
];

/**
 * KMail's Akonadi EWS resource (KDE/kdepim-runtime commit e6bf0536): resources/ews/ewsclient/auth/ewsoauth.cpp,
 * ewsintuneauth.cpp, ewspasswordauth.cpp and ewspkeyauthjob.cpp (Office 365 OAuth2, Intune broker, password and
 * PKeyAuth device sign-in), ewsclient/ewsrequest.cpp (HTTP errors of EWS requests), resources/ews/ewsresource.cpp
 * and ewsconfigdialog.cpp; German of po/de/akonadi_ews_resource.po (where the Intune and OAuth2 prompts share one
 * German text). The ewsclient texts in QStringLiteral (not i18n) are English only.
 */
const AKONADI_EWS: readonly Rule[] = [
  // The refresh token was refused (expired, revoked, password changed): the resource asks to sign in again.
  pattern('akonadi-ews-credentials-no-longer-valid', 'product', 3, [
    `${phrase('Microsoft Exchange credentials for the account')} ${NAME} ?${phrase('are no longer valid')}`,
    `${phrase('InTune credentials for the Microsoft Exchange account')} ${NAME} ?${phrase('are no longer valid')}`,
    `${phrase('Die Anmeldedaten von Microsoft Exchange für das Konto')} ${NAME} ?${phrase('sind nicht mehr gültig')}`,
  ], [p('token_expired_or_invalid', 0.75)]),
  pattern('akonadi-ews-failed-obtain-credentials', 'product', 3, [
    `${phrase('Failed to obtain credentials for Microsoft Exchange account')}`,
    `${phrase('Die Anmeldedaten für das Microsoft-Exchange-Konto')} ${NAME} ?${phrase('können nicht abgerufen werden')}`,
  ], [p('not_authenticated', 0.55), p('token_expired_or_invalid', 0.3)], { yieldsTo: ['sign-in'] }),
  // The Microsoft identity broker (Intune) gave no token: the device is not enrolled/compliant.
  pattern('akonadi-ews-intune-obtain', 'product', 3, [phrase('Failed to obtain InTune credentials for Microsoft Exchange account')], [
    p('security_policy_blocks', 0.45), p('not_authenticated', 0.4),
  ], { yieldsTo: ['sign-in'] }),
  // Username/password authentication (Basic/NTLM) against Exchange Online: basic authentication is off.
  pattern('akonadi-ews-password-invalid', 'product', 3, [
    `${phrase('The username/password for the Microsoft Exchange EWS account')} ${NAME} ?${phrase('is not valid')}`,
    `${phrase('Benutzername bzw. Passwort für das Microsoft-Exchange-EWS-Konto')} ${NAME} ?${phrase('sind ungültig')}`,
  ], [p('basic_auth_used', 0.7)]),
  // A 401 with an OAuth token: expired, or issued for another resource than EWS's (https://outlook.office365.com; the
  // KrissN/akonadi-ews#52 thread); with a password, Basic authentication is off.
  pattern('akonadi-ews-http-401', 'product', 2, [`${phrase('Failed to process EWS request - HTTP code')} ?401\\b`], [
    p('token_expired_or_invalid', 0.45), p('wrong_scope_or_resource', 0.42), p('basic_auth_used', 0.4),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('akonadi-ews-http-error', 'product', 1, [`${phrase('Failed to process EWS request - HTTP code')} ?(?!401\\b)\\d{3}`], [
    p('unexpected_server_reply', 0.35), p('network_blocked', 0.25),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  // Qt's network error follows ("Connection refused", "SSL handshake failed", "Host … not found").
  pattern('akonadi-ews-request-failed', 'product', 1, [phrase('Failed to process EWS request:')], [
    p('network_blocked', 0.4), p('tls_problem', 0.25),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  // No token or password to put on the request (never signed in, wallet closed or emptied).
  pattern('akonadi-ews-no-auth-data', 'product', 2, [phrase('Failed to retrieve authentication data')], [
    p('not_authenticated', 0.55), p('token_expired_or_invalid', 0.3),
  ], { yieldsTo: ['sign-in'] }),
  // ewsoauth.cpp: no access token in the wallet. A common phrase in other products too, so weak.
  pattern('akonadi-ews-access-token-request-failed', 'product', 1, [phrase('Access token request failed')], [
    p('not_authenticated', 0.4), p('token_expired_or_invalid', 0.3),
  ], { yieldsTo: ['sign-in', 'tls', 'server-reply'] }),
  // The token endpoint's "error" field (invalid_grant, invalid_client …) follows and decides.
  pattern('akonadi-ews-oauth-error-response', 'product', 1, [phrase('Received error response:')], [
    p('token_expired_or_invalid', 0.4), p('bad_client_secret', 0.2),
  ], { yieldsTo: ['sign-in'] }),
  // PKeyAuth: Entra ID asked for the device certificate (Conditional Access, workplace join) and it failed.
  pattern('akonadi-ews-pkeyauth', 'product', 2, [
    phrase('Failed to process PKeyAuth request:'), phrase('Incorrect or missing redirect URI in PKeyAuth response'),
  ], [p('security_policy_blocks', 0.45), p('network_blocked', 0.2)], { yieldsTo: ['sign-in', 'tls'] }),
  pattern('akonadi-ews-unable-to-connect', 'product', 1, [
    phrase('Unable to connect to Exchange server'), phrase('Die Verbindung zum Exchange-Server kann nicht hergestellt werden'),
  ], [p('network_blocked', 0.4), p('not_authenticated', 0.25)], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  pattern('akonadi-ews-config-failed', 'product', 1, [
    phrase('Autodiscovery failed. This can be caused by incorrect parameters'),
    phrase('Connecting to Exchange failed. This can be caused by incorrect parameters'),
    phrase('Die automatische Erkennung ist fehlgeschlagen. Dies kann durch falsche Parameter verursacht werden'),
    phrase('Die Verbindung zu Exchange ist fehlgeschlagen. Dies kann durch falsche Parameter verursacht werden'),
  ], [p('network_blocked', 0.4), p('basic_auth_used', 0.3)], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
];

/**
 * Claws Mail (eworm-de/claws-mail, a mirror of git.claws-mail.org, commit dad7dea8) src/oauth2.c: the pasted URL or
 * code from the browser held no authorization code (the sign-in ended with an error such as a declined consent).
 * Its German po/de.po has only a wrong fuzzy translation for it, so English only.
 */
const CLAWS: readonly Rule[] = [
  pattern('claws-oauth2-missing-code', 'product', 3, [phrase('OAuth2 missing authorization code')], [
    p('user_cancelled_or_consent_declined', 0.45), p('not_authenticated', 0.35),
  ], { yieldsTo: ['sign-in'] }),
];

/** Every rule of this file (patterns.ts). */
export const LINUX_DESKTOP_VOCABULARY_RULES: readonly Rule[] = [...EDS, ...EVOLUTION_EWS, ...GOA, ...GEARY, ...AKONADI_EWS, ...CLAWS];
