/**
 * Dynamics 365 Business Central's e-mail connectors (SMTP, Microsoft 365 / Current User through
 * the Outlook REST API app), the terminal mail clients aerc and himalaya, and Moodle's OAuth 2 token upgrade — the texts
 * these products print when their mail through Microsoft 365 or their Microsoft sign-in fails. Every wording was read in the
 * product's own source; each group cites it. German where the product ships it (Business Central's .xlf translations).
 *
 * A sentence that only carries the server's or Microsoft's reply behind it gives way to that reply (`yieldsTo`); alone it
 * stays weak. A sentence that is the only text names its cause by itself.
 *
 * Not here:
 * - Business Central's "Cannot authenticate the credentials on server %1." (English) is read by vocab-other-apps.ts
 *   business-central-smtp-auth; only its German translation is here. The German translations of the connector's newer
 *   labels (IncorrectAuthenticationDataErr, SendAsDeniedErr, NoResponseOnConnectErr …) were not found in a stored copy:
 *   English only for those.
 * - fetchmail: its "Authorization failure on …" / "(AUTHFAIL)" are in patterns-imap.ts; wording of its OAUTHBEARER/XOAUTH2
 *   support was not found in a stored source. procmail never talks to Microsoft 365 (it delivers locally).
 * - Foxmail, Airmail, Pegasus Mail: closed source; Airmail's help article (help.airmailapp.com, "Hotmail or Outlook Account
 *   Authentication Failed in Airmail") quotes only a bare "Authentication failed"; no wording of the others was found.
 * - DocuWare (Connect to Mail, support.docuware.com KBA-36920) and CAS genesisWorld (hilfe.cas.de, OAuth2 for e-mail accounts): their
 *   documentation describes the Microsoft 365 OAuth set-up but quotes no error message of the product.
 * - ILIAS: its mail goes through PHPMailer (the library vocabularies read PHPMailer's texts); no SMTP/OAuth error of ILIAS's
 *   own was found (lang/ilias_de.lang could not be searched whole in the stored copy).
 * - Apache James as relay/fetchmail: its gateway and FetchMail log Jakarta Mail's exceptions unchanged (the library
 *   vocabularies read those); no wording of its own was looked at in this pass.
 * - Moodle's other XOAUTH2/system-account strings are in vocab-server-apps.ts (MOODLE).
 */
import { FILLED_NAME as NAME, p, pattern, phrase, type Rule } from './pattern-kit.js';

/**
 * Business Central, "Email - SMTP Connector": microsoft/BCApps src/Apps/W1/Email - SMTP Connector/app/src/
 * SMTPConnectorImpl.Codeunit.al (codeunit 4513; ThrowSmtpConnectionError(), ThrowSmtpAuthenticationError(),
 * ThrowSmtpSendError(): each error ends "\nStatus code: <code>"), src/Authentication/OAuth2SMTPAuthentication.Codeunit.al,
 * SMTPAccount.Page.al. German: StefanMaron/MSDyn365BC.Code.History "Email - SMTP Connector/Source/Email - SMTP Connector/
 * Translations/Email - SMTP Connector.de-DE.xlf" (older labels only).
 *
 * BC replaces the server's 535 reply by its own sentence (ErrorResponse.Contains('535:')), naming the account's
 * authentication type: "(Basic)" is a password sign-in Exchange Online refuses (or SMTP AUTH is off); "(OAuth 2.0)" is the
 * token refused — most often SMTP AUTH switched off for the mailbox or the tenant.
 */
const BC_SMTP: readonly Rule[] = [
  pattern('bc-smtp-535-basic', 'product', 3, [
    `${phrase('The SMTP server rejected the authentication request, as the authentication data is incorrect.')} [^\\n]{0,200}?${phrase('supports the specified authentication type')} ?\\((?:Basic|NTLM)\\)`,
  ], [p('basic_auth_used', 0.75), p('smtp_auth_disabled_mailbox', 0.35)]),
  pattern('bc-smtp-535-oauth', 'product', 3, [
    `${phrase('The SMTP server rejected the authentication request, as the authentication data is incorrect.')} [^\\n]{0,200}?${phrase('supports the specified authentication type')} ?\\(${phrase('OAuth 2.0')}\\)`,
  ], [p('smtp_auth_failed_generic', 0.55), p('smtp_auth_disabled_mailbox', 0.45), p('smtp_auth_disabled_tenant', 0.45)]),
  pattern('bc-smtp-535', 'product', 2, [phrase('The SMTP server rejected the authentication request, as the authentication data is incorrect')], [
    p('smtp_auth_failed_generic', 0.5), p('basic_auth_used', 0.45),
  ]),
  // German of AuthenticationFailureErr (English in vocab-other-apps.ts business-central-smtp-auth, same reading).
  pattern('bc-smtp-auth-failure-de', 'product', 2, [`${phrase('Die Anmeldeinformationen konnten auf dem Server')} ${NAME} ${phrase('nicht authentifiziert werden')}`], [
    p('smtp_auth_failed_generic', 0.5), p('basic_auth_used', 0.4), p('smtp_auth_disabled_mailbox', 0.35),
  ], { yieldsTo: ['server-reply'] }),
  // Exchange's "5.2.252 SendAsDenied" (the sender throttled for repeated Send As refusals) in BC's words.
  pattern('bc-smtp-send-as-denied', 'product', 3, [`${phrase('account does not have Send As permissions on your mail server for the')} ${NAME} ?${phrase('account')}`], [
    p('send_as_denied', 0.85),
  ]),
  // "A connection attempt failed because the connected party did not properly respond …" / "No such host is known".
  pattern('bc-smtp-no-response', 'product', 3, [`${phrase('The SMTP server')} ${NAME} ${phrase('did not respond to the connection request')}`], [
    p('network_blocked', 0.75),
  ], { yieldsTo: ['tls'] }),
  pattern('bc-smtp-server-url-invalid', 'product', 3, [`${phrase('The provided SMTP Server URL')} ${NAME} ${phrase('is not valid')}`], [p('network_blocked', 0.65)]),
  pattern('bc-smtp-connect-failed', 'product', 1, [
    phrase('Could not connect to the SMTP server.'), `${phrase('Es wurde keine Verbindung zum Server')} ${NAME} ${phrase('hergestellt')}`,
  ], [p('network_blocked', 0.5), p('tls_problem', 0.3)], { yieldsTo: ['server-reply', 'tls'] }),
  // The reply follows on the next line and decides.
  pattern('bc-smtp-auth-wrapper', 'product', 1, [phrase('Could not authenticate on the SMTP server.')], [
    p('smtp_auth_failed_generic', 0.4), p('basic_auth_used', 0.3),
  ], { yieldsTo: ['server-reply', 'sign-in', 'tls'] }),
  pattern('bc-smtp-basic-deprecated', 'product', 2, [phrase('Update email accounts to OAuth 2.0 as Exchange SMTP Basic authentication is being deprecated')], [
    p('basic_auth_used', 0.7),
  ]),
  // OAuth 2.0: no token for the current user (nobody chose "Authenticate", or the stored sign-in lapsed).
  pattern('bc-smtp-oauth-authenticate', 'product', 3, [
    phrase('Could not authenticate. To resolve the problem, choose the Authenticate action on the SMTP Account page'),
    phrase('Authentifizierung nicht möglich. Um das Problem zu beheben, wählen Sie die Aktion'),
  ], [p('not_authenticated', 0.6), p('token_expired_or_invalid', 0.45)]),
  pattern('bc-smtp-oauth-consent', 'product', 2, [phrase('Consent authorization failed. Please try again or contact your administrator')], [
    p('consent_missing', 0.55), p('user_cancelled_or_consent_declined', 0.35),
  ], { yieldsTo: ['sign-in'] }),
  // Customized OAuth (own app registration, client credentials to login.microsoftonline.com/<tenant>/oauth2/v2.0/token).
  pattern('bc-smtp-oauth-token-http', 'product', 2, [`${phrase('Failed to acquire access token. HTTP Status:')} ?\\d{3}`], [
    p('bad_client_secret', 0.45), p('wrong_tenant_or_app', 0.4),
  ], { yieldsTo: ['sign-in'] }),
  pattern('bc-smtp-oauth-client-id-missing', 'product', 3, [
    phrase('Failed to get SMTP Client Id'), phrase('the Client ID, Client Secret and Tenant ID must be provided'),
    phrase('Client Id and Client Secret must be provided before authentication'),
  ], [p('wrong_tenant_or_app', 0.55), p('bad_client_secret', 0.45)]),
  pattern('bc-smtp-oauth-client-secret-missing', 'product', 3, [phrase('Failed to get SMTP Client Secret Storage Id')], [p('bad_client_secret', 0.6)]),
];

/**
 * Business Central, "Email - Outlook REST API" (used by the "Microsoft 365" and "Current User" connectors; Graph sendMail):
 * microsoft/BCApps src/Apps/W1/Email - Outlook REST API/app/src/EmailOutlookAPIClient.Codeunit.al
 * (ProcessGenericErrorMessageResponse(): Graph's "REST API is not yet supported for this mailbox" → TheMailboxIsNotValidErr,
 * AADSTS50158 → ExternalSecurityChallengeNotSatisfiedMsg, "token is expired" → "The access token used has expired."),
 * EmailOutlookAPIHelper.Codeunit.al, EmailOAuthClient.Codeunit.al, EmailOutlookAPISetup.Page.al. German:
 * StefanMaron/MSDyn365BC.Code.History "Email - Outlook REST API/Source/Email - Outlook REST API/Translations/
 * Email - Outlook REST API.de-DE.xlf" (there the older wording "Email Application AAD Registration" page).
 */
const BC_OUTLOOK_API: readonly Rule[] = [
  // The user has no Exchange Online mailbox (licence) — like Graph's MailboxNotEnabledForRESTAPI (patterns-graph.ts).
  pattern('bc-outlook-mailbox-not-valid', 'product', 3, [
    phrase('does not have a valid license for Office 365. To read about other potential causes'),
    `${phrase('The mailbox is not valid.')} ?[^\\n]{0,40}?${phrase('A likely cause is that the user')}`,
    phrase('Das Postfach ist ungültig.'), phrase('keine gültige Lizenz für Office 365 besitzt'),
  ], [p('imap_disabled_or_not_connected', 0.7), p('mailbox_permission_missing', 0.55)]),
  // AADSTS50158: MFA required by the tenant, not yet registered by the user.
  pattern('bc-outlook-mfa-not-completed', 'product', 3, [
    phrase('Multi-Factor Authentication is enabled on this account but the user did not complete the setup'),
    phrase('ist die mehrstufige Authentifizierung aktiviert, aber der Benutzer hat die Einrichtung nicht abgeschlossen'),
  ], [p('security_policy_blocks', 0.8)]),
  pattern('bc-outlook-token-expired', 'product', 3, [phrase('The access token used has expired')], [p('token_expired_or_invalid', 0.8)]),
  pattern('bc-outlook-too-large', 'product', 3, [phrase('The email is too large to send. The size limit is 4 MB')], [p('message_too_large', 0.85)]),
  // The environment's "Allow HttpClient Requests" is off for the app: BC itself blocks the call to Graph.
  pattern('bc-outlook-http-blocked', 'product', 3, [phrase('enable outgoing HTTP requests for the Email - Outlook REST API app')], [p('network_blocked', 0.8)]),
  // Its "Try again later." is not a throttling reply: the HTTP request itself did not go through.
  pattern('bc-outlook-connection', 'product', 3, [phrase('Could not establish the connection to the remote service for sending email')], [
    p('network_blocked', 0.7),
  ], { yieldsTo: ['tls'] }),
  // Business Central's runtime (AL's JsonToken.ReadFrom, as .NET's JSON reader words it) could not read the service's answer as
  // JSON: "Data does not represent a valid JSON token." — an answer that is no JSON (an HTML or plain-text error page, an empty
  // body). microsoft/ALAppExtensions#11494: the e-mail connector failed on an error response it could not parse, fixed in the
  // product; another .NET client got the same words from a plain "Internal Server Error" page.
  pattern('bc-json-token-invalid', 'product', 2, [phrase('does not represent a valid JSON token')], [p('unexpected_server_reply', 0.55)], {
    yieldsTo: ['server-reply', 'graph-reply', 'sign-in'],
  }),
  // A delegated admin or external accountant: an account of another organisation, with no mailbox in this tenant.
  pattern('bc-outlook-external-user', 'product', 3, [
    phrase('Could not send the email, because the user is delegated or external'), phrase('Could not send the email because the user is external'),
    phrase('Die E-Mail konnte nicht gesendet werden, da der Benutzer extern ist'),
  ], [p('wrong_tenant_or_app', 0.6)]),
  pattern('bc-outlook-app-registration-missing', 'product', 3, [
    phrase('Client ID or Client secret is not set up on the Email'),
    phrase('ist keine Client-ID oder kein geheimer Clientschlüssel eingerichtet'),
  ], [p('wrong_tenant_or_app', 0.5), p('bad_client_secret', 0.45)]),
  // "Verify Registration" on the app registration page; the error in quotes (AADSTS…) decides.
  pattern('bc-outlook-verify-registration', 'product', 1, [
    phrase('We could not get access token with the current setup'), phrase('Wir konnten das Zugriffstoken nicht mit der aktuellen Einrichtung abrufen'),
  ], [p('bad_client_secret', 0.4), p('wrong_tenant_or_app', 0.35), p('redirect_uri_mismatch', 0.25)], { yieldsTo: ['sign-in'] }),
  pattern('bc-outlook-no-access-token', 'product', 1, [
    phrase('Could not get access token.'), phrase('Zugriffstoken konnte nicht abgerufen werden.'),
  ], [p('token_expired_or_invalid', 0.4), p('not_authenticated', 0.3)], { yieldsTo: ['sign-in'] }),
];

/**
 * aerc (rjarry/aerc): lib/auth/token.go GetAccessToken() — the refresh token cached in ~/.cache/aerc/<account>-<mech>.token
 * was refused: golang.org/x/oauth2's error, then ": try deleting <path>"; lib/auth/xoauth2.go Xoauth2Error ("XOAUTH2
 * authentication error (<status>)", the server's JSON challenge); lib/send/smtp.go wraps go-smtp's errors
 * ("conn.Auth: …", "conn.Mail: …", "smtp.Dial: …", "smtp.DialTLS: …"). golang.org/x/oauth2 (token.go RetrieveError):
 * "oauth2: cannot fetch token: <status>\nResponse: <body>" — Microsoft's JSON (AADSTS…) follows and decides.
 */
const AERC: readonly Rule[] = [
  pattern('aerc-cached-refresh-token', 'product', 2, [`${phrase('try deleting')} [^\\n]{0,200}?aerc[/\\\\][^\\n]{0,120}?\\.token\\b`], [
    p('token_expired_or_invalid', 0.6), p('bad_client_secret', 0.2),
  ], { yieldsTo: ['sign-in'] }),
  pattern('go-oauth2-cannot-fetch-token', 'product', 1, [phrase('oauth2: cannot fetch token:')], [
    p('token_expired_or_invalid', 0.35), p('bad_client_secret', 0.3), p('wrong_tenant_or_app', 0.2),
  ], { yieldsTo: ['sign-in'] }),
  pattern('aerc-xoauth2-error', 'product', 2, [`${phrase('XOAUTH2 authentication error')} ?\\(`], [
    p('token_expired_or_invalid', 0.45), p('wrong_scope_or_resource', 0.35),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('aerc-smtp-auth', 'product', 1, ['\\bconn\\.Auth: ?'], [p('smtp_auth_failed_generic', 0.4), p('basic_auth_used', 0.3)], {
    yieldsTo: ['server-reply', 'sign-in', 'tls'],
  }),
  pattern('aerc-smtp-mail-from', 'product', 1, ['\\bconn\\.Mail: ?'], [p('send_as_denied', 0.35), p('not_authenticated', 0.3)], {
    yieldsTo: ['server-reply'],
  }),
  pattern('aerc-smtp-dial', 'product', 1, ['\\bsmtp\\.Dial(?:TLS)?: ?'], [p('network_blocked', 0.5), p('tls_problem', 0.35)], { yieldsTo: ['tls'] }),
];

/**
 * himalaya v1 (pimalaya/himalaya up to v1.x, through email-lib and oauth-lib of pimalaya/core): email/src/imap/error.rs,
 * email/src/smtp/error.rs, oauth/src/v2_0/error.rs. The cause chain (the server's reply, the token endpoint's error)
 * follows under "Caused by:" and decides.
 */
const HIMALAYA: readonly Rule[] = [
  pattern('himalaya-imap-oauth-auth', 'product', 2, [
    `${phrase('cannot authenticate to IMAP server using SASL')} (?:XOAUTH2|OAUTHBEARER) ${phrase('mechanism')}`,
    phrase('cannot execute imap action due to oauth authorization failure'),
  ], [p('imap_auth_failed_generic', 0.55), p('token_expired_or_invalid', 0.35)], { yieldsTo: ['server-reply', 'sign-in'] }),
  // A password sign-in: Exchange Online accepts no password over IMAP.
  pattern('himalaya-imap-password-auth', 'product', 3, [
    `${phrase('cannot authenticate to IMAP server using')} (?:LOGIN|SASL PLAIN) ${phrase('mechanism')}`,
    phrase('cannot execute imap action due to password authentication failure'),
  ], [p('basic_auth_used', 0.7), p('imap_auth_failed_generic', 0.45)], { yieldsTo: ['server-reply'] }),
  pattern('himalaya-imap-no-mechanism', 'product', 2, [phrase('cannot authenticate to IMAP server: no valid auth mechanism found')], [
    p('imap_auth_failed_generic', 0.45), p('basic_auth_used', 0.35),
  ], { yieldsTo: ['server-reply'] }),
  pattern('himalaya-connect', 'product', 1, [
    `${phrase('cannot connect to IMAP server')} [^\\n]{1,255}? ${phrase('using')} (?:TCP|STARTTLS|SSL/TLS)`,
    `${phrase('cannot connect to smtp server using')} (?:tcp|tls)`,
  ], [p('network_blocked', 0.5), p('tls_problem', 0.35)], { yieldsTo: ['tls'] }),
  pattern('himalaya-refresh-token', 'product', 2, [
    phrase('cannot refresh access token using the refresh token'), phrase('cannot refresh oauth access token'),
    `${phrase('cannot refresh access token')}(?! ?using)`,
  ], [p('token_expired_or_invalid', 0.6), p('bad_client_secret', 0.2)], { yieldsTo: ['sign-in'] }),
  pattern('himalaya-exchange-code', 'product', 2, [phrase('cannot exchange code for access and refresh tokens')], [
    p('bad_client_secret', 0.4), p('redirect_uri_mismatch', 0.3), p('wrong_tenant_or_app', 0.25),
  ], { yieldsTo: ['sign-in'] }),
];

/**
 * Moodle core lib/oauthlib.php, oauth2_client::upgrade_token() (and the refresh of the system account the XOAUTH2 mail
 * uses): the token endpoint answered other than HTTP 200 — "Could not upgrade oauth token" (a moodle_exception without a
 * language string, so English in every language); "Could not decode JSON token response" when the answer is no JSON.
 */
const MOODLE_OAUTHLIB: readonly Rule[] = [
  pattern('moodle-upgrade-oauth-token', 'product', 2, [phrase('Could not upgrade oauth token')], [
    p('token_expired_or_invalid', 0.45), p('bad_client_secret', 0.35), p('redirect_uri_mismatch', 0.2),
  ], { yieldsTo: ['sign-in'] }),
  pattern('moodle-decode-token-response', 'product', 2, [phrase('Could not decode JSON token response')], [
    p('unexpected_server_reply', 0.45), p('network_blocked', 0.35),
  ], { yieldsTo: ['sign-in'] }),
];

/** Every rule of this file (patterns.ts). */
export const BUSINESS_CENTRAL_CLIENTS_VOCABULARY_RULES: readonly Rule[] = [...BC_SMTP, ...BC_OUTLOOK_API, ...AERC, ...HIMALAYA, ...MOODLE_OAUTHLIB];
