/**
 * What self-hosted mail archivers and PHP webmail/groupware say when their Microsoft 365 mail access fails (issue 10):
 * mail-archiver (s1t5), Open Archiver (LogicLabs OÜ), SnappyMail with its login-o365 plugin, and EGroupware (with the
 * Horde IMAP/SMTP libraries it shows the messages of). Only texts read in the products' own source are here; each group
 * cites it.
 *
 * A sentence that carries the server's or Microsoft's reply behind it gives way to that reply (`yieldsTo`); alone it
 * stays weak. A sentence that is the only text names its cause by itself.
 *
 * Not here: SnappyMail's own notifications ("Authentication failed", "Can't connect to server", "Can't send message" in
 * snappymail/v/0.0.0/app/localization/<lang>/user.json) are too general to tell a product by and are left to the
 * protocol rules; its login-o365 plugin's "{error}: {error_description}" carries Microsoft's own reply (AADSTS…). EGroupware's
 * "OAuth/OpenIDConnect requires SameSite cookie attribute other then 'Strict'" (api/src/Auth/OpenIDConnectClient.php) is a
 * setting of EGroupware itself, no category's fix. Horde_Smtp ships no German catalogue in the stored sources, so its
 * messages are English only; Open Archiver's connector and OAuth messages are English only (its locales translate only
 * the API's fixed messages).
 */
import { p, pattern, phrase, sendWrapper, type Rule } from './pattern-kit.js';

/** An account or provider name in quotes, bounded: `'Contoso M365'`. */
const QUOTED = `'[^'\\n]{0,255}'`;

/**
 * mail-archiver, Microsoft 365 through Graph with application permissions (client credentials): s1t5/mail-archiver
 * Services/Providers/Graph/GraphAuthClientFactory.cs (ValidateAccountCredentials(), CreateGraphClient()),
 * Services/Providers/Graph/GraphMailSyncService.cs (TestConnectionAsync(): the user is read first, then the mail folders),
 * Controllers/MailAccountsController.cs (tenant import: "Error listing M365 tenant mailboxes: {Message}" in the log, the
 * localized sentence on the page). Texts of Resources/SharedResource.resx and its .de/.nl/.fr/.it/.pl.resx (commit f6fae3cf).
 */
const MAIL_ARCHIVER_GRAPH: readonly Rule[] = [
  pattern('mail-archiver-m365-id-secret-missing', 'product', 3, [
    `${phrase('M365 account')} ?${QUOTED} ?${phrase('requires ClientId and ClientSecret for OAuth authentication')}`,
    phrase('ClientId and ClientSecret are required for OAuth authentication'),
  ], [p('bad_client_secret', 0.55), p('wrong_tenant_or_app', 0.45)]),
  // ClientSecretRequired (the account form).
  pattern('mail-archiver-m365-secret-required', 'product', 3, [
    phrase('Client Secret is required for M365 accounts'), phrase('Client Secret ist für M365-Konten erforderlich'),
    phrase('Clientgeheim is vereist voor M365-accounts'), phrase('Le secret client est requis pour les comptes M365'),
    phrase('Il segreto client è obbligatorio per gli account M365'), phrase('Tajny klucz klienta jest wymagany dla kont M365'),
  ], [p('bad_client_secret', 0.7)]),
  // App-only needs a concrete tenant ("common" would give AADSTS9002313, the source says).
  pattern('mail-archiver-m365-tenant-missing', 'product', 3, [
    phrase('requires a TenantId for application-permission OAuth'), phrase('TenantId is required for application-permission OAuth'),
  ], [p('wrong_tenant_or_app', 0.75)]),
  // M365TenantCredentialsRequired.
  pattern('mail-archiver-m365-tenant-credentials-required', 'product', 3, [
    phrase('Client ID, client secret and tenant ID are required to list tenant mailboxes'),
    phrase('Client-ID, Client-Geheimnis und Mandanten-ID sind erforderlich'),
    phrase('Client-ID, clientgeheim en tenant-ID zijn vereist'),
    phrase("L'ID client, le secret client et l'ID du locataire sont requis"),
    phrase("L'ID client, il segreto client e l'ID tenant sono richiesti"),
    phrase('ID klienta, tajny klucz klienta i ID dzierżawy są wymagane'),
  ], [p('wrong_tenant_or_app', 0.6), p('bad_client_secret', 0.4)]),
  // M365TenantMailboxesCouldNotBeListed / M365TenantAccountsCouldNotBeImported: listing /users needs the User.Read.All
  // application permission with admin consent (or the secret/tenant is wrong — Azure.Identity's AADSTS message, logged, decides).
  pattern('mail-archiver-m365-tenant-list-failed', 'product', 2, [
    phrase('Tenant mailboxes could not be listed. Please check the M365 credentials and permissions'),
    phrase('The M365 tenant accounts could not be imported. Please check the credentials and permissions'),
    phrase('Mandantschafts-Postfächer konnten nicht aufgelistet werden'),
    phrase('Die M365-Mandantschaftskonten konnten nicht importiert werden'),
    phrase('Tenantpostvakken konden niet worden opgesomd'), phrase('De M365-tenantaccounts konden niet worden geïmporteerd'),
    phrase("Les boîtes aux lettres du locataire n'ont pas pu être répertoriées"),
    phrase("Les comptes du locataire M365 n'ont pas pu être importés"),
    phrase('Impossibile elencare le caselle di posta del tenant'), phrase('Impossibile importare gli account del tenant M365'),
    phrase('Nie można wyświetlić skrzynek pocztowych dzierżawy'), phrase('Nie można zaimportować kont dzierżawy M365'),
    phrase('Error listing M365 tenant mailboxes:'), phrase('Error importing M365 tenant accounts:'),
  ], [p('consent_missing', 0.45), p('bad_client_secret', 0.35), p('wrong_tenant_or_app', 0.3)], { yieldsTo: ['sign-in'] }),
  // The user could be read, the mail folders not: Mail.Read (application) missing or not consented, or an application
  // access policy shuts the app out of this mailbox. Graph's message sits in the middle.
  pattern('mail-archiver-graph-folder-access', 'product', 3, [
    phrase('This may indicate insufficient permissions (Mail.Read or Mail.ReadWrite required)'),
  ], [p('consent_missing', 0.6), p('mailbox_permission_missing', 0.4)]),
  // The test, the sync and the folder list log Graph's / Azure.Identity's message after these.
  pattern('mail-archiver-graph-wrapper', 'product', 1, [
    phrase('Graph API connection test failed for account'), phrase('Error during Graph API sync for account'),
    phrase('Error getting mail folders from Graph API:'), phrase('Error retrieving Graph API folders for account'),
  ], [p('consent_missing', 0.3), p('bad_client_secret', 0.25)], { yieldsTo: ['sign-in'] }),
];

/**
 * mail-archiver, personal Microsoft accounts (provider "MSA": IMAP with XOAUTH2, signed in by the device code flow):
 * s1t5/mail-archiver Services/MsaOAuthService.cs (ResolveClientId(), StartDeviceCodeAsync(), PollDeviceCodeAsync() — its
 * German "Der Code ist abgelaufen" is hard-coded —, PostTokenAsync()), Services/Providers/Imap/ImapConnectionFactory.cs
 * (no refresh token; the forced refresh after a refused XOAUTH2), Controllers/MailAccountsController.cs; localized texts
 * MsaClientIdNotConfigured, MsaClientIdRequired, MsaNotAuthorizedSync, MsaAuthorizationFailed, MsaSessionExpired of
 * Resources/SharedResource*.resx.
 */
const MAIL_ARCHIVER_MSA: readonly Rule[] = [
  pattern('mail-archiver-msa-client-id-missing', 'product', 3, [
    phrase('No MSA ClientId configured'),
    phrase('Client ID is not configured. Please edit the account first'), phrase('Client-ID ist nicht konfiguriert'),
    phrase('Client ID is niet geconfigureerd'), phrase("L'ID client n'est pas configuré"), phrase("L'ID client non è configurato"),
    phrase('Identyfikator klienta nie jest skonfigurowany'),
    phrase('A Client ID is required for MS Personal accounts'), phrase('Eine Client-ID ist für MS Personal-Konten erforderlich'),
    phrase('Een Client ID is vereist voor MS Persoonlijk-accounts'), phrase('Un ID client est requis pour les comptes MS Personnel'),
    phrase('È richiesto un ID client per gli account MS Personale'), phrase('Identyfikator klienta jest wymagany dla kont MS Osobiste'),
  ], [p('wrong_tenant_or_app', 0.7)]),
  // Nobody completed "Authorize with Microsoft" (or the authorization was lost): the account has no refresh token.
  pattern('mail-archiver-msa-not-authorized', 'product', 3, [
    `${phrase('MSA account')} ?${QUOTED} ?${phrase('has no OAuth refresh token')}`,
    phrase('This Microsoft account is not yet authorized'), phrase('Dieses Microsoft-Konto ist noch nicht autorisiert'),
    phrase('Dit Microsoft-account is nog niet geautoriseerd'), phrase("Ce compte Microsoft n'est pas encore autorisé"),
    phrase('Questo account Microsoft non è ancora autorizzato'), phrase('To konto Microsoft nie jest jeszcze zautoryzowane'),
  ], [p('not_authenticated', 0.75), p('token_expired_or_invalid', 0.3)]),
  // The /devicecode request was refused; Microsoft's JSON (AADSTS…, e.g. an app not open to personal accounts) follows.
  pattern('mail-archiver-msa-device-code-start', 'product', 2, [
    phrase('Failed to start device code flow:'),
    phrase('Failed to start authorization:'), phrase('Autorisierung konnte nicht gestartet werden:'),
    phrase('Starten van autorisatie mislukt:'), phrase("Échec du démarrage de l'autorisation"),
    phrase("Impossibile avviare l'autorizzazione:"), phrase('Nie udało się uruchomić autoryzacji:'),
  ], [p('wrong_tenant_or_app', 0.45), p('public_vs_confidential_client', 0.3)], { yieldsTo: ['sign-in'] }),
  // The refresh at sync time was refused (Microsoft's JSON after the status decides).
  pattern('mail-archiver-msa-token-failed', 'product', 2, [phrase('MSA token request failed:')], [
    p('token_expired_or_invalid', 0.5), p('public_vs_confidential_client', 0.25),
  ], { yieldsTo: ['sign-in'] }),
  // expired_token while polling, or the browser session lost the device code: the sign-in was not completed in time.
  pattern('mail-archiver-msa-code-expired', 'product', 3, [
    phrase('Der Code ist abgelaufen. Bitte erneut autorisieren'),
    phrase('Session expired. Please start authorization again'), phrase('Sitzung abgelaufen. Bitte Autorisierung erneut starten'),
    phrase('Sessie verlopen. Start de autorisatie opnieuw'), phrase("Session expirée. Veuillez relancer l'autorisation"),
    phrase("Sessione scaduta. Riavvia l'autorizzazione"), phrase('Sesja wygasła. Uruchom ponownie autoryzację'),
  ], [p('user_cancelled_or_consent_declined', 0.6), p('token_expired_or_invalid', 0.25)]),
  // Outlook's IMAP refused a token that had not expired; the server's reply in the message decides.
  pattern('mail-archiver-msa-xoauth2-refused', 'product', 2, [
    `${phrase('XOAUTH2 authentication failed for MSA account')} [^\\n]{0,255}? ?${phrase('with a non-expired token')}`,
  ], [p('imap_auth_failed_generic', 0.45), p('token_expired_or_invalid', 0.3)], { yieldsTo: ['server-reply', 'sign-in'] }),
];

/**
 * mail-archiver, IMAP accounts: s1t5/mail-archiver Services/Providers/Imap/ImapMailSyncService.cs (TestConnectionAsync():
 * MailKit's AuthenticationException, SocketException, TimeoutException; the FETCH loop's throttling detection),
 * Services/Providers/Imap/ImapConnectionFactory.cs (SSL/TLS then STARTTLS), EmailAccountError of Resources/SharedResource*.resx.
 */
const MAIL_ARCHIVER_IMAP: readonly Rule[] = [
  // A password login to Exchange Online: basic authentication is off for IMAP.
  pattern('mail-archiver-imap-test-auth', 'product', 2, [phrase('Authentication failed - incorrect username or password')], [
    p('basic_auth_used', 0.7), p('imap_auth_failed_generic', 0.35),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('mail-archiver-imap-test-network', 'product', 2, [
    `${phrase('Socket error:')} ?-?\\d{1,6} ?- ?${phrase('could not reach server')}`,
    phrase('Connection timed out - server did not respond in time'),
  ], [p('network_blocked', 0.65)], { yieldsTo: ['tls'] }),
  pattern('mail-archiver-imap-tls-both', 'product', 2, [phrase('Both SSL/TLS and STARTTLS connection attempts failed')], [
    p('tls_problem', 0.6), p('network_blocked', 0.35),
  ], { yieldsTo: ['tls'] }),
  pattern('mail-archiver-imap-throttled', 'product', 3, [phrase('Server-side throttling detected:')], [p('throttled', 0.75)]),
  // The account form's test (EmailAccountError): the connection or the login failed.
  pattern('mail-archiver-account-error', 'product', 1, [
    phrase('Connection to email server could not be established. Please check your settings'),
    phrase('Verbindung zum E-Mail-Server konnte nicht hergestellt werden'),
    phrase('Verbinding met e -mailserver kon niet worden vastgesteld'),
    phrase("La connexion au serveur de messagerie n'a pas pu être établie"),
    phrase('Non è stato possibile stabilire la connessione al server di posta elettronica'),
    phrase('Nie można nawiązać połączenia z serwerem poczty elektronicznej'),
  ], [p('network_blocked', 0.4), p('imap_auth_failed_generic', 0.3)], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
];

/**
 * Open Archiver, Microsoft 365 through Graph (app-only tenant connector, and the delegated single-mailbox one):
 * LogicLabs-OU/OpenArchiver packages/backend/src/services/ingestion-connectors/MicrosoftConnector.ts
 * (createAppOnlyAuthProvider(): MSAL client credentials; testConnection() lists /users), GraphMailboxConnector.ts
 * (commit a6458b85). The log lines carry MSAL's / Graph's error after them.
 */
const OPEN_ARCHIVER_GRAPH: readonly Rule[] = [
  pattern('open-archiver-m365-credentials-missing', 'product', 3, [phrase('Microsoft 365 credentials are required for app-only Graph access')], [
    p('wrong_tenant_or_app', 0.55), p('bad_client_secret', 0.4),
  ]),
  // MSAL's client-credentials request was refused (secret, tenant, app id — the AADSTS code decides).
  pattern('open-archiver-graph-token-failed', 'product', 2, [phrase('Failed to acquire Microsoft Graph access token')], [
    p('bad_client_secret', 0.45), p('wrong_tenant_or_app', 0.35),
  ], { yieldsTo: ['sign-in'] }),
  pattern('open-archiver-delegated-token-failed', 'product', 2, [phrase('Failed to acquire delegated Microsoft Graph access token')], [
    p('token_expired_or_invalid', 0.5), p('not_authenticated', 0.3),
  ], { yieldsTo: ['sign-in'] }),
  // The test lists /users: the User.Read.All application permission (admin consent) is what it needs first.
  pattern('open-archiver-m365-verify-failed', 'product', 1, [
    phrase('Failed to verify Microsoft 365 connection'), phrase('Failed to list all users from Microsoft 365'),
  ], [p('consent_missing', 0.4), p('bad_client_secret', 0.3)], { yieldsTo: ['sign-in'] }),
  pattern('open-archiver-mailbox-read-failed', 'product', 1, [
    phrase('Failed to fetch emails from Microsoft 365'), phrase('Failed to verify Microsoft Graph mailbox connection'),
  ], [p('consent_missing', 0.3), p('mailbox_permission_missing', 0.3)], { yieldsTo: ['sign-in'] }),
];

/**
 * Open Archiver, the OAuth mailbox source (authorization code or device code; IMAP with XOAUTH2 or Graph): LogicLabs-OU/
 * OpenArchiver packages/backend/src/services/oauth/OAuthTokenService.ts (OAuthReauthorizationRequiredError, refresh),
 * OAuthMailboxService.ts (code exchange, device authorization and polling, first connection),
 * ingestion-connectors/ImapConnector.ts (explainSessionRefusal(), connect(), withRetry(), the rate-limit status line),
 * api/controllers/ingestion.controller.ts with locales/<lang>/translation.json (ingestion.failedToCreate),
 * jobs/processors/process-mailbox.processor.ts and sync-cycle-finished.processor.ts (the status lines).
 */
const OPEN_ARCHIVER_OAUTH: readonly Rule[] = [
  // invalid_grant on refresh (revoked, expired, password changed): sign in again.
  pattern('open-archiver-reauthorize', 'product', 3, [
    `${phrase('OAuth authorization has expired or been revoked for')} [^\\n]{0,255}? ?${phrase('click "Re-authorize"')}`,
    phrase('OAuth authorization has expired or been revoked for'),
  ], [p('token_expired_or_invalid', 0.85)]),
  pattern('open-archiver-refresh-failed', 'product', 2, [`${phrase('OAuth token refresh failed')} ?\\(\\d{3}\\)`], [
    p('token_expired_or_invalid', 0.5), p('bad_client_secret', 0.3),
  ], { yieldsTo: ['sign-in'] }),
  // The authorization code could not be redeemed; Microsoft's error_description follows.
  pattern('open-archiver-token-exchange-failed', 'product', 2, [`${phrase('Token exchange failed')} ?\\(\\d{3}\\):`], [
    p('bad_client_secret', 0.4), p('redirect_uri_mismatch', 0.3), p('public_vs_confidential_client', 0.25),
  ], { yieldsTo: ['sign-in'] }),
  pattern('open-archiver-device-authorization-failed', 'product', 2, [
    `${phrase('Device authorization request failed')} ?\\(\\d{3}\\):`, phrase('This source has no device authorization endpoint configured'),
  ], [p('wrong_tenant_or_app', 0.5), p('public_vs_confidential_client', 0.3)], { yieldsTo: ['sign-in'] }),
  pattern('open-archiver-token-endpoint-unreachable', 'product', 2, [phrase('Could not reach the token endpoint:')], [
    p('network_blocked', 0.65), p('tls_problem', 0.25),
  ], { yieldsTo: ['tls'] }),
  // The sign-in at Microsoft was not completed: declined, abandoned, or the code ran out.
  pattern('open-archiver-sign-in-not-completed', 'product', 3, [
    phrase('The device code expired before the sign-in was completed'), phrase('The sign-in was declined.'),
    phrase('No device authorization is in progress. Start again with Re-authorize'),
  ], [p('user_cancelled_or_consent_declined', 0.7)]),
  pattern('open-archiver-authorization-state', 'product', 2, [phrase('Invalid or expired authorization state.'), phrase('Authorization was not completed.')], [
    p('user_cancelled_or_consent_declined', 0.5), p('redirect_uri_mismatch', 0.25),
  ], { yieldsTo: ['sign-in'] }),
  // "NO User is authenticated but not connected" on Outlook's IMAP after a good token (the source: intermittent on
  // personal Outlook.com mailboxes; its advice: the Graph transport).
  pattern('open-archiver-imap-session-refused-oauth', 'product', 3, [
    phrase('The mail server accepted the token and then refused to open the mailbox'),
  ], [p('imap_disabled_or_not_connected', 0.7)]),
  // The same with a password: the password was accepted, so IMAP is switched off for the mailbox (the text's mention of
  // Outlook.com no longer taking passwords weighs less).
  pattern('open-archiver-imap-session-refused-password', 'product', 3, [
    phrase('The mail server accepted the sign-in and then refused to open the mailbox'),
  ], [p('imap_disabled_or_not_connected', 0.75), p('basic_auth_used', 0.35)]),
  pattern('open-archiver-imap-credentials-rejected', 'product', 2, [phrase('IMAP credentials rejected; not retrying')], [
    p('imap_auth_failed_generic', 0.5), p('basic_auth_used', 0.35),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  // "IMAP Connection Error: <the server's responseText>".
  pattern('open-archiver-imap-connection-error', 'product', 1, [phrase('IMAP Connection Error:')], [
    p('imap_auth_failed_generic', 0.3), p('network_blocked', 0.2),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  pattern('open-archiver-imap-rate-limit', 'product', 3, [phrase('Sync paused due to reaching the mail server rate limit')], [p('throttled', 0.75)]),
  pattern('open-archiver-first-connection-refused', 'product', 1, [phrase('Mailbox authorized. The first connection was refused')], [
    p('imap_disabled_or_not_connected', 0.35), p('imap_auth_failed_generic', 0.25),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  // Status lines that only carry the connector's message (ingestion.failedToCreate is the fallback when it has none).
  pattern('open-archiver-status-wrapper', 'product', 1, [
    phrase('Failed to create ingestion source due to a connection error'),
    phrase('Die Erfassungsquelle konnte aufgrund eines Verbindungsfehlers nicht erstellt werden'),
    phrase("Échec de la création de la source d'ingestion en raison d'une erreur de connexion"),
    phrase("Impossibile creare l'origine di inserimento a causa di un errore di connessione"),
    phrase('Kan de opnamebron niet aanmaken vanwege een verbindingsfout'),
    `${phrase('Sync cycle completed with')} ?\\d{1,6} ?${phrase('error(s):')}`, phrase('Failed to process mailbox for'),
  ], [p('network_blocked', 0.25), p('unexpected_server_reply', 0.2)], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
];

/** A MailSo exception class: `MailSo\Imap\Exceptions\LoginBadCredentialsException` (one or two backslashes). */
const mailso = (ns: string, name: string) => `MailSo\\\\{1,2}${ns}\\\\{1,2}Exceptions\\\\{1,2}${name}`;

/**
 * SnappyMail with the login-o365 plugin: the-djmaze/snappymail plugins/login-o365/index.php (ServiceLoginO365(): the code
 * is redeemed, then Graph's /oidc/userinfo read; each failure is a RuntimeException written to the log with
 * Logger::WriteException(), i.e. "RuntimeException: <message> in …"), plugins/login-o365/LoginOAuth2.js (scopes), and
 * SnappyMail's MailSo library (snappymail/v/0.0.0/app/libraries/MailSo/Imap/ImapClient.php, Smtp/SmtpClient.php,
 * Net/NetClient.php: the exception classes and texts in the log; commit ba496919). No German of its own.
 */
const SNAPPYMAIL: readonly Rule[] = [
  // Microsoft sends a refresh token only for the offline_access scope.
  pattern('snappymail-o365-refresh-token-missing', 'product', 3, [`RuntimeException: ?${phrase('refresh_token missing')}`], [
    p('wrong_scope_or_resource', 0.7),
  ]),
  pattern('snappymail-o365-access-token-missing', 'product', 2, [`RuntimeException: ?${phrase('access_token missing')}`], [
    p('unexpected_server_reply', 0.45), p('wrong_scope_or_resource', 0.35),
  ]),
  // /oidc/userinfo without an email: the "email" scope (or an address on the account) is missing.
  pattern('snappymail-o365-no-email', 'product', 2, [`RuntimeException: ?${phrase('unknown email address')}`], [
    p('wrong_scope_or_resource', 0.55), p('user_not_assigned', 0.2),
  ]),
  // The IMAP login (LOGIN, or XOAUTH2 with the plugin's token) was refused; the server's tagged reply decides.
  pattern('snappymail-imap-login-refused', 'product', 2, [mailso('Imap', 'LoginBadCredentialsException')], [
    p('imap_auth_failed_generic', 0.45), p('basic_auth_used', 0.35),
  ], { flags: '', yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('snappymail-smtp-login-refused', 'product', 2, [mailso('Smtp', 'LoginBadCredentialsException')], [
    p('smtp_auth_failed_generic', 0.45), p('basic_auth_used', 0.35),
  ], { flags: '', yieldsTo: ['server-reply', 'sign-in'] }),
  // "AUTH <mechanism>" itself refused (Exchange's 504 5.7.4 before STARTTLS, or a mechanism it does not offer).
  pattern('snappymail-smtp-method-refused', 'product', 2, [mailso('Smtp', 'LoginBadMethodException')], [
    p('tls_problem', 0.35), p('smtp_auth_failed_generic', 0.3),
  ], { flags: '', yieldsTo: ['server-reply'] }),
  pattern('snappymail-connect', 'product', 2, [`SocketCanNotConnectToHostException`, `${phrase("Can't connect to host")} ?"[^"\\n]{1,255}"`], [
    p('network_blocked', 0.65),
  ], { yieldsTo: ['tls'] }),
  pattern('snappymail-starttls', 'product', 2, [
    `${phrase('Cannot enable STARTTLS.')}`, `SocketUnsuppoterdSecureConnectionException: ?${phrase('STARTTLS is not supported')}`,
  ], [p('tls_problem', 0.7)]),
];

/**
 * EGroupware, mail account wizard and OAuth for Microsoft (office365/outlook domains: api/src/Auth/OpenIDConnectClient.php,
 * scopes IMAP.AccessAsUser.All, SMTP.Send, offline_access): EGroupware/egroupware admin/inc/class.admin_mail.inc.php
 * (oauthToken(), oauthAuthenticated(), oauthFailure() — "OAuth Authentiction" is spelled so), api/src/Mail/Credentials.php
 * (getAccessToken(): the refresh answered without an access token, Microsoft's JSON logged after it), mail/inc/
 * class.mail_compose.inc.php ("Message send failed: %1"); German of admin/lang/egw_de.lang and mail/lang/egw_de.lang
 * (commit 674781ca). "OAuth Authentiction" and "Successful, but NO refresh-token received!" have no German entry.
 */
const EGROUPWARE: readonly Rule[] = [
  pattern('egroupware-oauth-no-secret', 'product', 3, [
    `${phrase('No OAuth client secret for provider')} ?${QUOTED}`, `${phrase('Kein OAuth Client Secret für den Provider')} ?${QUOTED}`,
  ], [p('bad_client_secret', 0.7)]),
  // Microsoft sends a refresh token only for offline_access.
  pattern('egroupware-oauth-no-refresh-token', 'product', 3, [phrase('Successful, but NO refresh-token received')], [p('wrong_scope_or_resource', 0.65)]),
  // The failure callback: the provider's error (jumbojett's "Error: <error> Description: AADSTS…") after it decides;
  // alone ("… failed") the sign-in was not completed.
  pattern('egroupware-oauth-failed', 'product', 1, [`${phrase('OAuth Authentiction:')}`], [
    p('user_cancelled_or_consent_declined', 0.4), p('redirect_uri_mismatch', 0.25),
  ], { yieldsTo: ['sign-in'] }),
  pattern('egroupware-refresh-no-access-token', 'product', 2, [`getAccessToken\\([^\\n]{0,400}?\\) ?${phrase('got NO access-token')}`], [
    p('token_expired_or_invalid', 0.6), p('bad_client_secret', 0.2),
  ], { yieldsTo: ['sign-in'] }),
  sendWrapper('egroupware-send-failed', [
    phrase('Message send failed:'), phrase('Nachricht konnte nicht versendet werden:'),
    phrase('Error: Could not send message.'), phrase('FEHLER: Die Nachricht konnte nicht versendet werden'),
  ], 0.25, 0.2),
];

/**
 * The Horde libraries' messages EGroupware shows in the wizard and the mail app (it sets the user's locale so that Horde
 * translates them: api/src/Mail/Account.php). Horde_Imap_Client: horde/Imap_Client lib/Horde/Imap/Client/Socket.php and
 * its German locale/de/LC_MESSAGES/Horde_Imap_Client.po (the English "Mail server denied authentication" and "Error
 * connecting to mail server" are in vocab-server-apps.ts); EGroupware's own German for the missing mechanism in
 * admin/lang/egw_de.lang. Horde_Smtp: horde/Smtp lib/Horde/Smtp.php login() — every offered mechanism (XOAUTH2 first
 * when a token is set) refused ends in one "Server denied authentication." without the server's reply.
 */
const HORDE_EGROUPWARE: readonly Rule[] = [
  pattern('horde-imap-denied-de', 'product', 2, [phrase('Der E-Mail-Server hat die Authentifizierung verweigert')], [
    p('imap_auth_failed_generic', 0.6), p('basic_auth_used', 0.3),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('horde-imap-connect-de', 'product', 2, [phrase('Verbindung zum E-Mail-Server fehlgeschlagen')], [
    p('network_blocked', 0.6), p('tls_problem', 0.3),
  ], { yieldsTo: ['tls'] }),
  pattern('horde-imap-tls', 'product', 3, [
    phrase('Could not open secure TLS connection to the IMAP server'),
    phrase('Sichere TLS-Verbindung zum IMAP-Server kann nicht hergestellt werden'),
  ], [p('tls_problem', 0.7)]),
  // Exchange Online offers AUTH=PLAIN and XOAUTH2 only inside TLS: without it (port 143, no STARTTLS) nothing is offered.
  pattern('horde-imap-no-mechanism', 'product', 2, [
    phrase('No supported IMAP authentication method could be found'),
    phrase('Es wurde keine unterstützte Authentifizierungsmethode für IMAP gefunden'),
    phrase('Keine unterstützte IMAP-Authentifizierungsmethode gefunden'),
  ], [p('tls_problem', 0.45), p('not_authenticated', 0.35)]),
  pattern('horde-imap-unexpected-auth-reply', 'product', 2, [
    phrase('Unexpected response from server when authenticating'),
    phrase('Unerwartete Antwort vom E-Mail-Server während der Anmeldung'),
  ], [p('imap_auth_failed_generic', 0.45), p('token_expired_or_invalid', 0.3)], { yieldsTo: ['server-reply', 'sign-in'] }),
  // Not Horde_Imap_Client's "Mail server denied …" nor the "IMAP/SMTP/POP3 server denied …" of other products.
  pattern('horde-smtp-denied', 'product', 2, [`(?<!(?:mail|pop3|imap|smtp|e-mail) ?)${phrase('Server denied authentication.')}`], [
    p('smtp_auth_failed_generic', 0.55), p('basic_auth_used', 0.35),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('horde-smtp-connect', 'product', 2, [phrase('Error connecting to SMTP server.')], [p('network_blocked', 0.6), p('tls_problem', 0.3)], {
    yieldsTo: ['tls'],
  }),
];

/** Every mail-archiver / Open Archiver / SnappyMail / EGroupware rule (patterns.ts). */
export const ARCHIVER_VOCABULARY_RULES: readonly Rule[] = [
  ...MAIL_ARCHIVER_GRAPH, ...MAIL_ARCHIVER_MSA, ...MAIL_ARCHIVER_IMAP, ...OPEN_ARCHIVER_GRAPH, ...OPEN_ARCHIVER_OAUTH,
  ...SNAPPYMAIL, ...EGROUPWARE, ...HORDE_EGROUPWARE,
];
