/**
 * What PHP applications and WordPress mail plugins say when sending or reading mail through Microsoft 365 fails:
 * their own sentences around (or instead of) PHPMailer's and the server's texts. PHPMailer's own language strings
 * are in patterns-smtp.ts / patterns-network.ts / vocab-mail-libraries.ts; FluentSMTP is in vocab-web-apps.ts.
 * Written by hand from each product's source; each group cites its files.
 *
 * - WP Mail SMTP (awesomemotive/WP-Mail-SMTP v4.8.0, commit 2a4d69b): src/Admin/Pages/TestTab.php get_debug_details()
 *   (the "Email Test" page matches PHPMailer's / cURL's error log and prints a title with a description);
 *   assets/vue/js/wizard.min.js catchAuthNotice() (the OAuth return notices for error=microsoft_unsuccessful_oauth and
 *   microsoft_no_code); src/Providers/Outlook/Options.php. English only: the repository ships only the .pot (German
 *   lives on translate.wordpress.org, not reachable here). Its Outlook mailer itself is Pro-only, not public.
 * - Post SMTP (wpexpertsio/Post-SMTP, commit e326e19f): Postman/Postman-Mail/Zend-1.12.10/Mail/Protocol/Smtp.php (its
 *   bundled Zend transport); Postman/PostmanAdminController.php (the OAuth return: no code, or the token exchange
 *   threw); Postman/Postman-Mail/PostmanModuleTransport.php (OAuth chosen without Client ID/Secret). Its Microsoft 365
 *   API mailer is an add-on whose source is not public; no German translation (Postman/languages: el fr it nl ru tr zh).
 * - Easy WP SMTP 1.x (Arsenal21/easy-wp-smtp, commit c64d6e8): easy-wp-smtp.php's test email prints "Following error
 *   occurred when attempting to send test email:" before PHPMailer's ErrorInfo. Easy WP SMTP 2.x (a rewrite) was not in
 *   a stored copy; left out.
 * - FluentSMTP (WPManageNinja/fluent-smtp app/Services/Mailer/Providers/Outlook/Handler.php, commit a977bf9a):
 *   validateProviderInformation()'s two form errors for the "db" key store; its other Outlook texts are in
 *   vocab-web-apps.ts. No German catalogue in the repository (language/ has it_IT only).
 * - Dolibarr (Dolibarr/dolibarr): htdocs/core/class/CMailFile.class.php sendfile() (commit 00560d96): the wrappers
 *   "Failed to send mail with smtps lib to HOST=…" / "mail end error with smtps lib to HOST=…" and, with XOAUTH2, "Token
 *   not found" when no OAuth token is stored; htdocs/core/class/smtps.class.php _server_connect() (commit 01d251cd:
 *   "Failed to connect with fsockopen host=…") and _server_authenticate() (commit f7edbe83: "STARTTLS connection
 *   failed.", "\"<host>\" does not support authenticated connections.", "Invalid Authentication Credentials."), texts
 *   without translation; htdocs/core/actions_sendmails.inc.php (commit 27bf5419) prints ErrorFailedToSendMail before
 *   CMailFile's error, and the OAuth token page NoAccessToken — English from htdocs/langs/en_US/main.lang, oauth.lang,
 *   German from htdocs/langs/de_DE/main.lang (commit ce908674) and oauth.lang (commit c8bc5574); the e-mail collector's
 *   connection test htdocs/admin/emailcollector_card.php (commit bd94ef3c): "Failed to refresh access token: …",
 *   "Error: Login is empty. Must be email owner when using MAIN_IMAP_USE_PHPIMAP and OAuth.", "ConnectionFailedException
 *   …" (php-imap), "Failed to open IMAP connection {…}" (imap_open); htdocs/admin/mails.php's "Test server connectivity"
 *   button prints ServerNotAvailableOnIPOrPort (htdocs/langs/en_US/admin.lang commit e7b3170a, de_DE/admin.lang commit
 *   9c37b8b8).
 * - SuiteCRM 7.14.6 (salesagility/SuiteCRM, commit e572230a): include/language/en_us.lang.php ERR_IMAP_OAUTH_CONNECTION_ERROR,
 *   WARN_OAUTH_TOKEN_SESSION_EXPIRED, LBL_OAUTH_CONNECTION_NOT_SET, LBL_EMAIL_ERROR_MAILSERVERCONNECTION as
 *   modules/InboundEmail/InboundEmail.php getOAuthRefreshTokenErrorMessage() / connectMailserver() use them;
 *   modules/InboundEmail/language/en_us.lang.php ERR_BAD_LOGIN_PASSWORD (findOptimums(), on [AUTHENTICATIONFAILED] or
 *   "AUTHENTICATE … failed"); modules/ExternalOAuthConnection/entrypoint/setExternalOAuthToken.php and
 *   services/OAuthAuthorizationService.php (the sign-in return page and its suitecrm.log lines). English only: SuiteCRM's
 *   German language pack is not in the repository.
 * - Mautic (mautic/mautic, commit 24271492): app/bundles/EmailBundle/Controller/AjaxController.php sendTestEmailAction()
 *   prints the transport's exception text as it is, so the admin sees Symfony Mailer's (Mautic 5) or Swift Mailer's
 *   (Mautic 4, and Dolibarr's "swiftmailer" mode) sentences: symfony/mailer Transport/Smtp/EsmtpTransport.php
 *   handleAuth() / doEhloCommand() ("Failed to authenticate on SMTP server with username \"…\" using the following
 *   authenticators: …", "Failed to find an authenticator supported by the SMTP server, which currently supports: …",
 *   "Unable to connect with STARTTLS."), Swift Mailer's Esmtp/AuthHandler.php ("… using N possible authenticators.").
 *   Mautic signs in to SMTP and IMAP with a password only (no OAuth in its source). English only (its translations live
 *   outside the repository).
 * - PHP's imap extension, which SuiteCRM, Mautic and Dolibarr read mail with: php-src ext/imap/php_imap.c imap_open()'s
 *   warning "Couldn't open stream <mailbox>", and the c-client texts SuiteCRM's findOptimums() treats as a refused login
 *   ("Too many login failures", "[CLOSED] IMAP connection broken (server response)").
 *
 * A product sentence that only wraps the reply (PHPMailer's "SMTP Error: Could not authenticate.", a 535 line, an
 * AADSTS code) gives way to that reply (`yieldsTo`); alone it decides with the weights below.
 */
import { p, pattern, phrase, sendWrapper, type Rule } from './pattern-kit.js';

/** WP Mail SMTP: the Email Test page's explanations and the OAuth return notices. */
const WP_MAIL_SMTP: readonly Rule[] = [
  // TestTab: log has "SMTP Error: Could not authenticate." — the server refused the user name/password. For Microsoft 365
  // a password sign-in ("Other SMTP" with the account password): SMTP AUTH off, or Basic auth refused.
  pattern('wpmailsmtp-could-not-authenticate', 'product', 2, [
    phrase('Could not authenticate your SMTP account'),
    phrase('were not able to proceed using the email/password in the settings'),
  ], [p('smtp_auth_failed_generic', 0.5), p('basic_auth_used', 0.4), p('smtp_auth_disabled_mailbox', 0.3)], { yieldsTo: ['server-reply'] }),
  // TestTab: log has "SMTP connect() failed" — PHPMailer says that for a refused connection and a failed STARTTLS/AUTH too;
  // the description names wrong port/security, a blocking web server, a refusing host.
  pattern('wpmailsmtp-could-not-connect-smtp', 'product', 2, [
    phrase('Could not connect to the SMTP host'),
    phrase('SMTP settings are incorrect (wrong port, security setting, incorrect host)'),
  ], [p('network_blocked', 0.5), p('tls_problem', 0.35)], { yieldsTo: ['server-reply', 'tls'] }),
  // TestTab: "Unauthenticated senders not allowed" in the log — the plugin sent without AUTH ("Enable Authentication" off).
  pattern('wpmailsmtp-unauthenticated-senders', 'product', 3, [
    phrase('Unauthenticated senders are not allowed'),
    phrase('you should enable Authentication and provide correct Username and Password'),
  ], [p('not_authenticated', 0.75)]),
  // TestTab: "certificate verify failed" — PHP's OpenSSL could not verify the host's certificate (outdated CA bundle).
  pattern('wpmailsmtp-misconfigured-certificate', 'product', 3, [
    phrase('Misconfigured server certificate'),
    phrase("OpenSSL on your server isn't able to verify the host certificate"),
  ], [p('tls_problem', 0.8)]),
  // TestTab: cURL error 60/77 — the web server cannot verify HTTPS certificates (API mailers: Graph, the token endpoint).
  pattern('wpmailsmtp-ssl-certificate-issue', 'product', 3, [
    phrase('This means your web server cannot reliably make secure connections'),
    `${phrase('SSL certificate issue.')} ?${phrase('This means your web server')}`,
  ], [p('tls_problem', 0.75), p('network_blocked', 0.2)]),
  // TestTab: cURL error 6/7 — host not resolved / connection refused.
  pattern('wpmailsmtp-curl-could-not-connect', 'product', 3, [
    phrase('Typically this error is returned your web server is blocking the connections or the SMTP host denying the request'),
  ], [p('network_blocked', 0.75)]),
  // TestTab: any other cURL error — outbound HTTPS from the web server fails.
  pattern('wpmailsmtp-curl-outbound', 'product', 2, [
    phrase('Contact your web hosting provider and inform them you are having issues making outbound connections'),
  ], [p('network_blocked', 0.6), p('tls_problem', 0.3)], { yieldsTo: ['tls'] }),
  // TestTab: nothing matched — the generic "An issue was detected." page.
  sendWrapper('wpmailsmtp-issue-detected', [
    phrase('This means your test email was unable to be sent'),
  ], 0.25, 0.2),
  // TestTab: the mailer's settings are incomplete (for the Outlook mailer: no client id/secret or not yet signed in).
  pattern('wpmailsmtp-mailer-not-configured', 'product', 2, [
    phrase('You cannot send an email. Mailer is not properly configured'),
  ], [p('not_authenticated', 0.45), p('wrong_tenant_or_app', 0.3)]),
  // wizard catchAuthNotice(): microsoft_unsuccessful_oauth — exchanging the code for a token failed (client id/secret).
  pattern('wpmailsmtp-oauth-recheck-client', 'product', 2, [
    phrase('error while processing the authentication request. Please recheck your Client ID and Client Secret'),
    phrase('error while processing the authentication request. Please make sure that you have Client ID and Client Secret'),
  ], [p('bad_client_secret', 0.55), p('wrong_tenant_or_app', 0.4), p('redirect_uri_mismatch', 0.2)], { yieldsTo: ['sign-in'] }),
  // wizard catchAuthNotice(): microsoft_no_code — Microsoft sent the browser back without a code (sign-in or consent
  // declined, or an error instead of a code).
  pattern('wpmailsmtp-oauth-no-code', 'product', 2, [
    phrase('error while processing the authentication request. The authorization code is missing'),
  ], [p('user_cancelled_or_consent_declined', 0.5), p('consent_missing', 0.35)], { yieldsTo: ['sign-in'] }),
  // Outlook/Options.php (and the wizard): the site is not on HTTPS, and Microsoft accepts only https redirect URIs.
  pattern('wpmailsmtp-outlook-needs-ssl', 'product', 3, [
    phrase('Outlook / 365 requires an SSL certificate, and so is not currently compatible with your site'),
  ], [p('redirect_uri_mismatch', 0.65)]),
];

/** Post SMTP: its bundled Zend mail transport. */
const POST_SMTP: readonly Rule[] = [
  // Smtp.php helo(): smtp.office365.com with an OpenSSL older than 1.0.1 (no TLS 1.2).
  pattern('postsmtp-office365-tls12', 'product', 3, [
    phrase('Office365 SMTP servie require TLS v1.2'), phrase('Office365 SMTP service require TLS v1.2'),
  ], [
    p('tls_problem', 0.85),
  ]),
  // Smtp.php helo()'s "Unable to connect via TLS" (stream_socket_enable_crypto() failed after STARTTLS) is Zend's text,
  // in patterns-libraries.ts.
  // PostmanAdminController: the provider sent the browser back without a code (sign-in or consent declined).
  pattern('postsmtp-permission-not-granted', 'product', 2, [phrase('Your email provider did not grant Postman permission')], [
    p('user_cancelled_or_consent_declined', 0.6), p('consent_missing', 0.3),
  ], { yieldsTo: ['sign-in'] }),
  // PostmanAdminController: exchanging the code threw; the provider's message follows in brackets.
  pattern('postsmtp-client-id-error', 'product', 2, [phrase('Error authenticating with this Client ID')], [
    p('bad_client_secret', 0.45), p('wrong_tenant_or_app', 0.35),
  ], { yieldsTo: ['sign-in'] }),
  pattern('postsmtp-oauth-needs-client', 'product', 3, [phrase('OAuth 2.0 authentication requires a Client ID and Client Secret')], [
    p('wrong_tenant_or_app', 0.55), p('bad_client_secret', 0.45),
  ]),
];

/** FluentSMTP's Outlook connection form (stored in the database): a field left empty. */
const FLUENT_SMTP_FORM: readonly Rule[] = [
  pattern('fluentsmtp-outlook-client-id-required', 'product', 3, [phrase('Application Cluent ID is required'), phrase('Application Client ID is required')], [
    p('wrong_tenant_or_app', 0.6),
  ]),
  pattern('fluentsmtp-outlook-client-secret-required', 'product', 3, [phrase('Application Client Secret key is required')], [p('bad_client_secret', 0.6)]),
];

/** Easy WP SMTP 1.x: the test email's wrapper around PHPMailer's ErrorInfo. */
const EASY_WP_SMTP: readonly Rule[] = [
  sendWrapper('easywpsmtp-test-failed', [phrase('Following error occurred when attempting to send test email')], 0.25, 0.2),
];

/** Dolibarr: CMailFile and its SMTPS library, the send-mail action and the OAuth token page. */
const DOLIBARR: readonly Rule[] = [
  // actions_sendmails.inc.php: ErrorFailedToSendMail followed by CMailFile's error — the wrapped text decides.
  sendWrapper('dolibarr-send-failed', [
    phrase('Failed to send mail (sender='), phrase('Fehler beim Senden der E-Mail (Absender='),
    phrase('Failed to send mail with smtps lib to HOST='), phrase('mail end error with smtps lib to HOST='),
  ], 0.25, 0.15),
  // CMailFile sendfile() with XOAUTH2: the OAuth service has no stored token (nobody generated one on the OAuth page).
  pattern('dolibarr-oauth-token-not-found', 'product', 3, [
    `(?:smtps lib|CMailFile)[^\\n]{0,200}?${phrase('Token not found')}`,
  ], [p('not_authenticated', 0.75), p('token_expired_or_invalid', 0.3)]),
  // OAuth token page (oauth.lang NoAccessToken).
  pattern('dolibarr-oauth-no-access-token', 'product', 3, [
    phrase('No access token saved into local database'), phrase('Kein Zugriffstoken in der lokalen Datenbank gespeichert'),
  ], [p('not_authenticated', 0.75)]),
  // admin/mails.php "Test server connectivity": CMailFile::check_server_port() got no TCP connection.
  pattern('dolibarr-server-not-available', 'network', 2, [
    `${phrase('Server is not available at address')} ?(?:<b>)?[^\\s<]{1,255}(?:</b>)? ?${phrase('on port')}`,
    `${phrase('Server nicht erreichbar unter Adresse')} ?(?:<b>)?[^\\s<]{1,255}(?:</b>)? ?${phrase('auf Port')}`,
  ], [p('network_blocked', 0.75)], { yieldsTo: ['tls'] }),
  // smtps.class.php _server_connect(): fsockopen() failed without an error text of its own.
  pattern('dolibarr-smtps-fsockopen', 'network', 2, [phrase('Failed to connect with fsockopen host=')], [p('network_blocked', 0.75)], {
    yieldsTo: ['tls'],
  }),
  // _server_authenticate(): stream_socket_enable_crypto() failed after STARTTLS.
  pattern('dolibarr-smtps-starttls', 'tls', 2, [phrase('STARTTLS connection failed.')], [p('tls_problem', 0.75)]),
  // _server_authenticate(): EHLO (before or after STARTTLS) was not answered with 250.
  pattern('dolibarr-smtps-no-auth-support', 'product', 2, [`"[^"\\s]{1,255}" ${phrase('does not support authenticated connections')}`], [
    p('unexpected_server_reply', 0.4), p('tls_problem', 0.35), p('network_blocked', 0.2),
  ], { yieldsTo: ['server-reply', 'tls'] }),
  // emailcollector_card.php: refreshing the stored Microsoft token failed; the provider's message follows.
  pattern('dolibarr-collector-refresh-failed', 'product', 2, [phrase('Failed to refresh access token:')], [
    p('token_expired_or_invalid', 0.55), p('bad_client_secret', 0.3),
  ], { yieldsTo: ['sign-in'] }),
  // emailcollector_card.php: XOAUTH2 needs the mailbox owner's address as login.
  pattern('dolibarr-collector-login-empty', 'product', 3, [
    phrase('Login is empty. Must be email owner when using MAIN_IMAP_USE_PHPIMAP and OAuth'),
  ], [
    p('not_authenticated', 0.55), p('imap_auth_failed_generic', 0.35),
  ]),
  // emailcollector_card.php: php-imap's (Webklex) connect() failed — mostly no connection (a refused login has its own
  // AuthFailedException in newer php-imap); its message follows.
  pattern('dolibarr-collector-connection-failed', 'product', 1, ['\\bConnectionFailedException\\b'], [
    p('network_blocked', 0.4), p('imap_auth_failed_generic', 0.3),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  // _server_authenticate(): AUTH (LOGIN/PLAIN with the stored password) not answered with 235. Case-sensitive: Google's
  // "Request had invalid authentication credentials" is another product's sentence.
  pattern('dolibarr-smtps-invalid-credentials', 'product', 2, ['Invalid Authentication Credentials\\.'], [
    p('smtp_auth_failed_generic', 0.5), p('basic_auth_used', 0.4), p('smtp_auth_disabled_mailbox', 0.25),
  ], { flags: '', yieldsTo: ['server-reply'] }),
];

/** SuiteCRM 7: inbound mail accounts with an External OAuth Connection (Microsoft provider). */
const SUITECRM: readonly Rule[] = [
  // WARN_OAUTH_TOKEN_SESSION_EXPIRED: the stored refresh token is missing or Microsoft refused it (reLogin).
  pattern('suitecrm-oauth-session-expired', 'product', 3, [phrase('Your IMAP OAuth session has expired, please login again')], [
    p('token_expired_or_invalid', 0.8),
  ]),
  // ERR_IMAP_OAUTH_CONNECTION_ERROR: refreshing failed without reLogin — the connection's provider is missing or not configured.
  pattern('suitecrm-oauth-connection-error', 'product', 3, [phrase('Not able to connect using OAuth login with Inbound Email server')], [
    p('wrong_tenant_or_app', 0.55), p('token_expired_or_invalid', 0.35),
  ]),
  // setExternalOAuthToken.php: the provider id of the return URL is unknown or its settings are incomplete.
  pattern('suitecrm-oauth-provider-not-configured', 'product', 3, [
    `${phrase('The specified OAuth2 provider')} ?'[^'\\n]{0,80}' ?${phrase('is not supported or not properly configured')}`,
    phrase('The specified OAuth2 providers is not supported or not properly configured'),
  ], [p('wrong_tenant_or_app', 0.6)]),
  // setExternalOAuthToken.php: exchanging the code failed (Microsoft's answer is only in suitecrm.log): the scopes typed into
  // the External OAuth Provider (its `scope` field, ExternalOAuthProvider/vardefs.php), a wrong secret, a code missing
  // because sign-in or consent was declined, a wrong tenant.
  pattern('suitecrm-oauth-no-access-token', 'product', 2, [phrase('Not able to get access token. Check logs for more details')], [
    p('wrong_scope_or_resource', 0.45), p('bad_client_secret', 0.4), p('wrong_tenant_or_app', 0.3), p('user_cancelled_or_consent_declined', 0.25),
  ], { yieldsTo: ['sign-in'] }),
  pattern('suitecrm-oauth-exception-log', 'product', 1, [phrase('exception while trying to get access token')], [
    p('bad_client_secret', 0.3), p('token_expired_or_invalid', 0.3),
  ], { yieldsTo: ['sign-in'] }),
  // OAuthAuthorizationService::refreshConnectionToken (log): no refresh token stored (the source spells "Refersh").
  pattern('suitecrm-oauth-no-refresh-token', 'product', 3, [phrase('Refersh token not set'), phrase('Refresh token not set. Need to re-login')], [
    p('not_authenticated', 0.6), p('token_expired_or_invalid', 0.45),
  ]),
  // LBL_OAUTH_CONNECTION_NOT_SET: OAuth chosen for the mail account, no connection picked.
  pattern('suitecrm-oauth-connection-not-set', 'product', 3, [phrase('Please set an External OAuth Connection')], [p('not_authenticated', 0.65)]),
  // ERR_BAD_LOGIN_PASSWORD: the IMAP server answered [AUTHENTICATIONFAILED] / "AUTHENTICATE failed" to the login.
  pattern('suitecrm-imap-bad-login', 'product', 2, [
    phrase('Login or Password Incorrect'), phrase('failed due to bad user credentials for user login'),
  ], [p('imap_auth_failed_generic', 0.55), p('basic_auth_used', 0.4)], { yieldsTo: ['server-reply'] }),
  // LBL_EMAIL_ERROR_MAILSERVERCONNECTION: connectMailserver() returned false (login refused or no connection).
  pattern('suitecrm-mailserver-connection', 'product', 2, [phrase('Connection to the mail server failed. Please contact your Administrator')], [
    p('imap_auth_failed_generic', 0.4), p('network_blocked', 0.35),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
];

/** Symfony Mailer / Swift Mailer texts as Mautic's "Send test email" (and Dolibarr's swiftmailer mode) print them. */
const MAUTIC_MAILER: readonly Rule[] = [
  // handleAuth(): every offered authenticator failed; each one's server reply follows ("… returned \"Expected response
  // code \"235\" but got code \"535\", with message \"535 5.7.139 …\"") and decides.
  pattern('symfony-mailer-auth-failed', 'smtp-auth', 1, [phrase('Failed to authenticate on SMTP server with username')], [
    p('smtp_auth_failed_generic', 0.45), p('basic_auth_used', 0.35),
  ], { yieldsTo: ['server-reply'] }),
  // handleAuth(): none of the server's AUTH mechanisms is one the mailer has (Exchange lists AUTH only after STARTTLS).
  pattern('symfony-mailer-no-authenticator', 'tls', 2, [phrase('Failed to find an authenticator supported by the SMTP server')], [
    p('tls_problem', 0.5), p('basic_auth_used', 0.3),
  ]),
  // doEhloCommand(): the TLS handshake after STARTTLS failed.
  pattern('symfony-mailer-starttls', 'tls', 2, [phrase('Unable to connect with STARTTLS')], [p('tls_problem', 0.7)]),
];

/** PHP's imap extension (c-client) as the PHP applications above surface it. */
const PHP_IMAP: readonly Rule[] = [
  // imap_open() warning (and Dolibarr's collector test "Failed to open IMAP connection {…}"): no stream — the login was
  // refused (Microsoft 365 refuses passwords) or no connection came up;
  // imap_errors() beside it decides.
  pattern('php-imap-open-failed', 'imap', 1, [`${phrase("Couldn't open stream")} ?\\{`, `${phrase('Failed to open IMAP connection')} ?\\{`], [
    p('imap_auth_failed_generic', 0.45), p('basic_auth_used', 0.35), p('network_blocked', 0.25),
  ], { yieldsTo: ['server-reply', 'tls'] }),
  // The same warning naming Exchange Online's or Outlook.com's IMAP host: PHP's imap extension (c-client) has no OAuth
  // mechanism (uw-imap/imap#4 "Supporting XOAUTH2 authentication mechanism", open; the PHP wiki's todo/ext/imap/xoauth2; FreeScout
  // and laravel-imap left it for a library of their own — Webklex/laravel-imap#180), so it signs in with the password that
  // Microsoft 365 has refused for IMAP since 2022.
  pattern('php-imap-open-exchange-online', 'product', 2, [
    `${phrase("Couldn't open stream")} ?\\{(?:outlook\\.office365\\.com|outlook\\.office\\.com|imap-mail\\.outlook\\.com|outlook\\.live\\.com)[:/}]`,
  ], [p('basic_auth_used', 0.6), p('imap_auth_failed_generic', 0.4)], { yieldsTo: ['server-reply', 'tls'] }),
  // c-client gave up after its login retries were refused.
  pattern('php-imap-too-many-login-failures', 'imap', 2, [phrase('Too many login failures')], [
    p('imap_auth_failed_generic', 0.5), p('basic_auth_used', 0.4),
  ]),
  pattern('php-imap-connection-broken', 'imap', 1, [phrase('[CLOSED] IMAP connection broken (server response)')], [
    p('imap_auth_failed_generic', 0.4), p('network_blocked', 0.3),
  ], { yieldsTo: ['server-reply', 'tls'] }),
];

/** Every rule of this file (patterns.ts). */
export const PHP_APP_VOCABULARY_RULES: readonly Rule[] = [
  ...WP_MAIL_SMTP, ...POST_SMTP, ...EASY_WP_SMTP, ...FLUENT_SMTP_FORM, ...DOLIBARR, ...SUITECRM, ...MAUTIC_MAILER, ...PHP_IMAP,
];
