/**
 * FairEmail (M66B/FairEmail, the Android mail client): what it says when an Outlook.com / Office 365 / Exchange
 * Online account fails — its OAuth sign-in and token refresh (AppAuth), the hints it shows under a server error in the
 * Outlook/Office 365 wizard and the quick setup, and its own connection and certificate sentences (issue 10).
 * Only texts read in FairEmail's own source are here: app/src/main/res/values/strings.xml and
 * values-de-rDE/strings.xml (German), the Java sources named at each group (app/src/main/java/eu/faircode/email/),
 * and FAQ.md for what fixes each (FAQ 4, 14, 22, 23, 139, 147, 156).
 *
 * FairEmail quotes the server's reply in "The email server said: '%1$s'" (title_service_auth) and prints its hints
 * below it: a reply more specific than the hint decides (`yieldsTo`, or a weight below the reply's). Messages that
 * need no rule of their own (the decoder already names their cause): the server's "User is authenticated but not
 * connected" with FairEmail's title_setup_office_not_connected hint (IMAP off), "535 5.7.139 … SmtpClientAuthentication
 * is disabled" with the title_setup_office_auth_5_7_139 hint, "535 5.7.3 Authentication unsuccessful" with the
 * title_setup_office_auth_5_7_3 hint (FAQ 14: some consumer Outlook accounts; the hint adds no cause of its own),
 * AppAuth's AuthorizationException JSON ({"type":1,"code":1002,"error":"access_denied",…}, FragmentSetup.java).
 *
 * Not here: the wizard's browser tips (title_setup_oauth_browser/_edge/_brave: static advice, not an error),
 * title_setup_app_password_hint (shown only for providers marked appPassword in res/xml/providers.xml, not Outlook),
 * "No response data" / "random … <> …" (FragmentOAuth.java: too generic or no cause of their own). FairEmail ships
 * no translation of its hard-coded English sentences (Log.java, EmailService.java, ServiceAuthenticator.java).
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/** A German quote as FairEmail's translation prints it (»…«), or a plain quote. */
const Q = `[»"'„“]?`;
const Q_END = `[«"'“”]?`;

/**
 * OAuth token refresh and the wizard's token exchange. ServiceAuthenticator.refreshToken(): "OAuth refresh
 * provider=<id>:<auth type>" wraps AppAuth's AuthorizationException (Microsoft's AADSTS text follows and decides);
 * its log line "Token refresh failed provider=… error=…"; "Timeout getting token id=…". EmailService.connect():
 * after a refused XOAUTH2 login it appends "Access token expired at <date>" and the refresh error's messages, and for
 * Gmail/OAuth "Invalid credentials (Failure)" the title_service_token hint. Log.TOKEN_REFRESH_REQUIRED, thrown by
 * ServiceSynchronize when the stored access token has expired (FAQ 22: the token could not be refreshed — a VPN based
 * app or the account manager). FragmentOAuth.onHandleOAuth(): "No refresh token", "Session expired <date> < <date>".
 */
const OAUTH: readonly Rule[] = [
  pattern('fairemail-oauth-refresh', 'product', 2, [
    `${phrase('OAuth refresh provider=')}[\\w.-]{1,40}:\\w{1,20}`, phrase('Token refresh failed provider='),
  ], [p('token_expired_or_invalid', 0.6), p('network_blocked', 0.2)], { yieldsTo: ['sign-in', 'tls'] }),
  pattern('fairemail-access-token-expired-at', 'product', 2, [phrase('Access token expired at')], [
    p('token_expired_or_invalid', 0.6),
  ], { yieldsTo: ['sign-in'] }),
  pattern('fairemail-token-refresh-required', 'product', 3, [phrase('Token refresh required. Is there a VPN based app running?')], [
    p('token_expired_or_invalid', 0.6), p('network_blocked', 0.45),
  ], { yieldsTo: ['sign-in'] }),
  // title_service_token.
  pattern('fairemail-account-manager-blocked', 'product', 3, [
    phrase('The Android account manager could be blocked by a VPN, firewall, ad blocker'),
    phrase('Die Android-Kontoverwaltung könnte durch ein VPN, eine Firewall, einen Werbeblocker'),
  ], [p('network_blocked', 0.7), p('token_expired_or_invalid', 0.3)], { yieldsTo: ['sign-in'] }),
  pattern('fairemail-token-timeout', 'product', 3, [`${phrase('Timeout getting token id=')}\\w`], [
    p('network_blocked', 0.6), p('token_expired_or_invalid', 0.25),
  ]),
  // The token response carried no refresh token (Microsoft sends one only for the offline_access scope).
  pattern('fairemail-no-refresh-token', 'product', 2, [`(?:^|IllegalStateException: ?)${phrase('No refresh token')}(?! ?[a-z])`], [
    p('wrong_scope_or_resource', 0.55), p('token_expired_or_invalid', 0.3),
  ], { flags: 'im' }),
  // The authorization in the browser took longer than the wizard allows: authorize again.
  pattern('fairemail-oauth-session-expired', 'product', 3, [`${phrase('Session expired')} [^<\\n]{5,60}< ?[A-Z]`], [
    p('token_expired_or_invalid', 0.5),
  ]),
];

/**
 * Exchange's IMAP reply "BAD Command Error. 10" to an XOAUTH2 login: EmailService.connect() turns it into
 * title_service_error10; FAQ 22: "The Outlook specific error … Command Error. 10 … probably means that the OAuth token
 * expired or was invalidated. Authenticating the account again with the quick setup wizard will probably resolve this".
 */
const REAUTHENTICATE: readonly Rule[] = [
  pattern('fairemail-authenticate-again', 'product', 3, [
    phrase('This account needs to be authenticated again, which can be done via the quick setup wizard'),
    phrase('Dieses Konto muss erneut authentifiziert werden'),
  ], [p('token_expired_or_invalid', 0.8)], { yieldsTo: ['sign-in'] }),
  pattern('fairemail-exchange-command-error-10', 'product', 2, [`${phrase('BAD Command Error.')} ?10(?![\\d.])`], [
    p('token_expired_or_invalid', 0.8), p('unexpected_server_reply', 0.3),
  ], { yieldsTo: ['sign-in'] }),
  // FragmentOptionsBackup: an imported OAuth account has no usable token until the wizard authorizes it again.
  pattern('fairemail-import-authorize-again', 'product', 3, [
    phrase('Run wizard to authenticate again'), phrase('Assistent zur erneuten Authentifizierung ausführen'),
  ], [p('token_expired_or_invalid', 0.6), p('not_authenticated', 0.3)]),
];

/**
 * Hints for Outlook / Office 365. FragmentOAuth.showError(): under an AuthenticationFailedException other than 5.7.3
 * and 5.7.139, title_setup_office_auth (FAQ 156: "If the wizard ends with AUTHENTICATE failed, IMAP and/or SMTP might
 * be disabled for the account … ask the administrator to enable IMAP and SMTP"). FragmentQuickSetup: a password login
 * to outlook.office365.com / imap-mail.outlook.com refused → title_setup_no_auth_outlook, any other →
 * title_setup_no_auth_hint. FragmentAccount: title_setup_app_password below the password of an Outlook account (FAQ 14:
 * Microsoft dropped app passwords and password sign-in on September 16, 2024; use the "Outlook/Office 365 (OAuth)"
 * wizard). FragmentSetup / FragmentMessages: title_setup_outlook_modern, title_check_outlook_password.
 */
const OUTLOOK_HINTS: readonly Rule[] = [
  pattern('fairemail-office-auth-disabled', 'product', 3, [
    `${phrase('can be caused by IMAP/SMTP being disabled by the system administrator')}`,
    `${phrase('kann dadurch verursacht werden, dass IMAP/SMTP vom Systemverwalter deaktiviert wurde')}`,
  ], [p('imap_disabled_or_not_connected', 0.85), p('smtp_auth_disabled_mailbox', 0.45)], { yieldsTo: ['sign-in'] }),
  pattern('fairemail-outlook-wizard-required', 'product', 3, [
    phrase('You must use the Outlook / Office 365 quick setup wizard for this account'),
    `${phrase('Sie müssen den Assistenten')} ?${Q}${phrase('Outlook/Office 365')}${Q_END} ?${phrase('für dieses Konto verwenden')}`,
  ], [p('basic_auth_used', 0.85)]),
  pattern('fairemail-no-auth-hint', 'product', 2, [
    phrase('Please double check your email address and password and make sure external access (IMAP/SMTP) is enabled'),
    phrase('Bitte überprüfen Sie Ihre E-Mail-Adresse und Ihr Passwort und stellen Sie sicher, dass der externe Zugriff (IMAP/SMTP)'),
  ], [p('basic_auth_used', 0.45), p('imap_disabled_or_not_connected', 0.35)], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('fairemail-app-password', 'product', 3, [
    `(?:^|[.\\n] ?)${phrase('You might need to use an app password')}`, phrase('Möglicherweise müssen Sie ein App-Passwort verwenden'),
  ], [p('basic_auth_used', 0.6)], { flags: 'im', yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('fairemail-outlook-password-retired', 'product', 3, [
    phrase("only the Outlook/Hotmail/Live wizard will work"),
    phrase('Some of your Outlook/Hotmail/Live accounts will stop working after September 16, 2024'),
    phrase('wird nur noch der Assistent für Outlook/Hotmail/Live funktionieren'),
    phrase('Einige Ihrer Outlook-/Hotmail-/Live-Konten funktionieren nach dem 16. September 2024'),
  ], [p('basic_auth_used', 0.85)]),
  // FragmentSetup: OAuth is offered only to builds signed for the app registration (FAQ 147: not the F-Droid build).
  pattern('fairemail-oauth-build', 'product', 3, [
    phrase('The email provider has approved OAuth only for the Play Store and GitHub version'),
    phrase('Der E-Mail-Anbieter hat OAuth nur für die Play-Store- und GitHub-Version freigegeben'),
  ], [p('wrong_tenant_or_app', 0.5), p('redirect_uri_mismatch', 0.3)]),
  // ConnectionHelper.isMaxConnections() and FAQ 23: too many folder connections at once; fewer synchronized folders fix it.
  pattern('fairemail-max-connections', 'product', 2, [
    phrase('Too many simultaneous connections'), phrase('Maximum number of connections'), phrase('Too many concurrent connections'),
  ], [p('throttled', 0.65)]),
];

/**
 * Connections and certificates. EmailService.connect() (title_service_vpn, title_service_port, title_service_protocol,
 * "EACCES Please check 'Restrict data usage' …"), Log.formatThrowable() ("No response received from email server",
 * "Email server address lookup failed", "The server or network actively disconnected the connection"), title_no_internet
 * (FragmentOAuth and others), title_hint_vpn, title_certificate_error and title_trust (FragmentAccount/FragmentIdentity
 * for EmailService.UntrustedException; FAQ 4).
 */
const CONNECTION: readonly Rule[] = [
  pattern('fairemail-vpn', 'product', 3, [
    phrase('This might be caused by the VPN that is being used'), phrase('Dies kann durch das verwendete VPN verursacht werden'),
    phrase('E-mail servers sometimes block connections through a VPN'), phrase('Manchmal werden Verbindungen über ein VPN vom E-Mail-Server gesperrt'),
  ], [p('network_blocked', 0.7)], { yieldsTo: ['tls'] }),
  pattern('fairemail-eacces', 'product', 3, [`EACCES ?${phrase("Please check 'Restrict data usage'")}`], [p('network_blocked', 0.8)]),
  pattern('fairemail-no-response', 'product', 2, [phrase('No response received from email server')], [
    p('network_blocked', 0.65), p('tls_problem', 0.2),
  ], { yieldsTo: ['tls'] }),
  pattern('fairemail-lookup-failed', 'product', 3, [phrase('Email server address lookup failed')], [p('network_blocked', 0.75)]),
  pattern('fairemail-disconnected', 'product', 2, [phrase('The server or network actively disconnected the connection')], [
    p('network_blocked', 0.55), p('tls_problem', 0.25),
  ], { yieldsTo: ['tls'] }),
  pattern('fairemail-no-internet', 'product', 3, [
    phrase('No or no suitable internet connection'), phrase('Keine oder keine passende Internetverbindung'),
  ], [p('network_blocked', 0.7)]),
  // Thrown on the account check when port 995 (POP3) is set for IMAP.
  pattern('fairemail-check-port', 'product', 3, [phrase('Please double check the port number'), phrase('Bitte überprüfen Sie die Portnummer')], [
    p('network_blocked', 0.55), p('tls_problem', 0.4),
  ]),
  // "Got bad greeting", "Unable to parse TLS packet header", SSLHandshakeException on the account check.
  pattern('fairemail-check-protocol', 'product', 3, [
    phrase('Please double check the protocol (SSL/TLS or STARTTLS)'), phrase('Bitte überprüfen Sie das Protokoll (SSL/TLS oder STARTTLS)'),
  ], [p('tls_problem', 0.85)]),
  pattern('fairemail-certificate', 'product', 3, [
    phrase('it is no longer possible to support insecure connections to email servers with certificate issues'),
    phrase('Unsichere Verbindungen zu E-Mail-Servern mit Zertifikatsproblemen'),
    `${phrase('Trust server certificate with fingerprint')} ?[0-9A-F]{2}:`,
    `${phrase('Serverzertifikat mit Fingerabdruck')} ?[0-9A-F]{2}:`,
  ], [p('tls_problem', 0.8)]),
];

/**
 * The wrapper around the server's reply: title_service_auth "The email server said: '%1$s'" (EmailService.connect()
 * for a refused login, ServiceSend for a refused message). The reply inside decides; alone it says only that the server
 * refused.
 */
const WRAPPER: readonly Rule[] = [
  pattern('fairemail-server-said', 'product', 1, [`${phrase('The email server said:')} ?'`, `${phrase('Der E-Mail-Server meldete:')} ?»`], [
    p('unexpected_server_reply', 0.3), p('smtp_auth_failed_generic', 0.2),
  ], { yieldsTo: ['server-reply', 'sign-in', 'tls'] }),
];

/** Every FairEmail rule (patterns.ts). */
export const FAIREMAIL_VOCABULARY_RULES: readonly Rule[] = [...OAUTH, ...REAUTHENTICATE, ...OUTLOOK_HINTS, ...CONNECTION, ...WRAPPER];
