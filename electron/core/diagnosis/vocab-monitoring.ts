/**
 * What monitoring, alerting, CI, virtualisation, NAS and backup tools say when their alert mail through Microsoft 365 fails (issue 10).
 * Only texts read in the products' own source or their vendor's knowledge base are here; each group cites it.
 *
 * A sentence that carries the server's or Microsoft's reply behind it gives way to that reply (`yieldsTo`);
 * alone it stays weak. A sentence that is the only text names its cause by itself.
 *
 * Not here (nothing of their own to add, or not confirmed): Checkmk's default delivery hands the mail to the local
 * sendmail (cmk/notification_plugins/utils.py send_mail_sendmail(): "sendmail returned with exit code: N"), so
 * Microsoft's reply is in the local MTA's log (Postfix forms are in the library vocabularies); Icinga 2 and Nagios
 * call /usr/bin/mail from their notification scripts, and the email channel of Icinga/icinga-notifications
 * (cmd/channels/email/main.go) returns go-smtp's errors unchanged; Uptime Kuma's SMTP notification shows
 * nodemailer's own message (server/notification-providers/smtp.js, louislam/uptime-kuma). PRTG, Synology DSM and
 * Veeam: no notification-mail error wording was found in their documentation.
 */
import { p, pattern, phrase, sendWrapper, type Rule } from './pattern-kit.js';

/** A Zabbix media type name in quotes, bounded: `mediatype "Office365": `. */
const MEDIATYPE = `${phrase('mediatype')} ?"[^"\\n]{0,255}"`;

/**
 * Zabbix, OAuth of the e-mail media type (the "Office365" provider, scope "https://outlook.office.com/SMTP.Send,
 * offline_access": zabbix.com/documentation/8.0/<lang>/manual/config/notifications/media/email/gmail_office).
 * The server refreshes the access token before sending: zabbix/zabbix src/libs/zbxalerter/oauth.c (oauth_fetch_from_db(),
 * oauth_access_refresh(); on an HTTP error it prints the token endpoint's error_description, i.e. Microsoft's
 * AADSTS message). The frontend redeems the authorization code after the Microsoft sign-in: ui/app/controllers/
 * CControllerOauthAuthorize.php. Zabbix's translations were not found in the stored sources, so English only.
 */
const ZABBIX_OAUTH: readonly Rule[] = [
  // No row in media_type_oauth: nobody completed the OAuth authorization (the Microsoft sign-in) for this media type.
  pattern('zabbix-oauth-not-configured', 'product', 3, [phrase('requires OAuth2 to be configured in frontend')], [
    p('not_authenticated', 0.8),
  ]),
  pattern('zabbix-oauth-secret-missing', 'product', 3, [`${phrase('Access token fetch failed:')} ?${MEDIATYPE}: ?${phrase('client secret is missing')}`], [
    p('bad_client_secret', 0.7),
  ]),
  pattern('zabbix-oauth-app-missing', 'product', 3, [
    `${phrase('Access token fetch failed:')} ?${MEDIATYPE}: ?(?:${phrase('client ID is missing')}|${phrase('token URL is missing')})`,
  ], [p('wrong_tenant_or_app', 0.65)]),
  // No refresh or access token stored: the authorization was never completed (or was reset after invalid_grant).
  pattern('zabbix-oauth-tokens-missing', 'product', 3, [
    `${phrase('Access token fetch failed:')} ?${MEDIATYPE}: ?(?:${phrase('refresh token is missing')}|${phrase('access token is missing')})`,
  ], [p('not_authenticated', 0.6), p('token_expired_or_invalid', 0.45)]),
  // The token endpoint answered an error without an "error" field: not Microsoft's JSON (a proxy page, a wrong token URL).
  pattern('zabbix-oauth-no-error-field', 'product', 2, [
    `${phrase('Access token retrieval failed:')} ?${MEDIATYPE}: ?${phrase('error field not found in OAuth server response')}`,
  ], [p('wrong_tenant_or_app', 0.45), p('network_blocked', 0.4)]),
  // The refresh was refused; Microsoft's error_description (AADSTS…) follows and decides. Alone: the refresh token.
  pattern('zabbix-oauth-refresh-failed', 'product', 1, [`${phrase('Access token retrieval failed:')} ?${MEDIATYPE}`], [
    p('token_expired_or_invalid', 0.45), p('bad_client_secret', 0.3),
  ], { yieldsTo: ['sign-in', 'tls'] }),
  // The code was redeemed but no refresh_token came back: Microsoft sends one only for the offline_access scope.
  pattern('zabbix-oauth-fields-missing', 'product', 3, [phrase('OAuth response missing mandatory fields')], [
    p('wrong_scope_or_resource', 0.65), p('token_expired_or_invalid', 0.2),
  ]),
  // Code redemption refused (HTTP ≠ 200); Zabbix shows "Response" and the raw JSON (AADSTS…) after it.
  pattern('zabbix-oauth-unexpected-status', 'product', 1, [`${phrase('Unexpected HTTP response status code.')} ?${phrase('Response')}`], [
    p('bad_client_secret', 0.3), p('redirect_uri_mismatch', 0.25), p('wrong_tenant_or_app', 0.2),
  ], { yieldsTo: ['sign-in'] }),
];

/**
 * Zabbix, sending: zabbix/zabbix src/libs/zbxmedia/email.c. Without authentication and TLS it speaks SMTP itself
 * (send_email_plain(): "wrong answer on MAIL FROM "<reply>"" …); otherwise libcurl sends and Zabbix prints
 * curl_easy_strerror() (+ curl's detail), logged as "failed to send email: …". libcurl reports a refused AUTH as
 * CURLE_LOGIN_DENIED without the server's reply (curl/curl lib/curl_sasl.c); the frontend's test shows it under
 * "Media type test failed." (ui/app/controllers/CControllerMediatypeTestSend.php); the wordings are curl's lib/strerror.c
 * (current "Could not …", before curl 8.9 "Couldn't …", commit c074ba64a8).
 */
const ZABBIX_SMTP: readonly Rule[] = [
  // curl's "Login denied" after Zabbix's prefixes is read by vocab-http-clients.ts curl-login-denied (every wrapper of curl's text).
  // STARTTLS required but refused/not offered (connection security "STARTTLS" against a port without it).
  pattern('zabbix-curl-ssl-level', 'product', 2, [phrase('Requested SSL level failed')], [p('tls_problem', 0.7)]),
  pattern('zabbix-curl-peer-cert', 'product', 2, [phrase('SSL peer certificate or SSH remote key was not OK')], [p('tls_problem', 0.75)]),
  pattern('zabbix-curl-connect', 'product', 2, [
    phrase('Could not connect to server'), phrase("Couldn't connect to server"),
    phrase('Could not resolve hostname'), phrase("Couldn't resolve host name"),
  ], [p('network_blocked', 0.65)], { yieldsTo: ['tls'] }),
  pattern('zabbix-curl-timeout', 'product', 1, [`${phrase('failed to send email:')} ?${phrase('Timeout was reached')}`], [
    p('network_blocked', 0.55), p('tls_problem', 0.25),
  ], { yieldsTo: ['tls'] }),
  pattern('zabbix-plain-connect', 'product', 2, [`${phrase('cannot connect to SMTP server')} ?"`], [p('network_blocked', 0.65)], { yieldsTo: ['tls'] }),
  // Plain mode never sends STARTTLS: against port 465 (implicit TLS) the greeting never comes.
  pattern('zabbix-plain-greeting', 'product', 2, [phrase('error receiving initial string from SMTP server')], [
    p('tls_problem', 0.45), p('network_blocked', 0.4),
  ], { yieldsTo: ['tls'] }),
  // Plain mode never authenticates: Exchange Online answers MAIL FROM with 530 5.7.57 (the quoted reply decides).
  pattern('zabbix-plain-mail-from', 'product', 1, [`${phrase('wrong answer on MAIL FROM')} ?"`], [
    p('not_authenticated', 0.45), p('send_as_denied', 0.25),
  ], { yieldsTo: ['server-reply'] }),
  pattern('zabbix-plain-rcpt-data', 'product', 1, [
    `${phrase('wrong answer on RCPT TO')} ?"`, `${phrase('wrong answer on DATA')} ?"`, `${phrase('wrong answer on end of data')} ?"`,
  ], [p('outbound_sender_blocked', 0.3), p('unexpected_server_reply', 0.3)], { yieldsTo: ['server-reply'] }),
];

/**
 * Jenkins. Mailer plugin (jenkinsci/mailer-plugin src/main/java/hudson/tasks/Mailer.java doSendTestMail(): the
 * message, then the MessagingException's stack trace; texts of src/main/resources/jenkins/plugins/mailer/tasks/
 * i18n/Messages.properties and Messages_de.properties). Email Extension plugin (jenkinsci/email-ext-plugin
 * src/main/java/hudson/plugins/emailext/ExtendedEmailPublisher.java sendMail(); English only — the plugin ships
 * no German Messages). Email Extension's useOAuth2 account setting only switches Jakarta Mail to XOAUTH2 (ExtendedEmailPublisherDescriptor
 * .java); the exception text after the plugin's sentence decides.
 */
const JENKINS: readonly Rule[] = [
  sendWrapper('jenkins-mailer-test-failed', [phrase('Failed to send out e-mail'), phrase('Das Versenden der E-Mail ist fehlgeschlagen')], 0.25, 0.2),
  // Authentication ticked without TLS or SSL (Exchange offers AUTH only after STARTTLS).
  pattern('jenkins-mailer-auth-needs-tls', 'product', 3, [
    phrase('Authentication requires either TLS or SSL to be enabled'),
    phrase('For security when using authentication it is recommended to enable either TLS or SSL'),
  ], [p('tls_problem', 0.7)]),
  // AuthenticationFailedException (Jakarta Mail's 535): the reply in the stack trace decides.
  pattern('emailext-auth-failed', 'product', 2, [
    phrase('SMTP authentication failed. Check mail credentials'), phrase('SMTP authentication failed. Check username/password'),
  ], [p('smtp_auth_failed_generic', 0.55), p('basic_auth_used', 0.4)], { yieldsTo: ['server-reply', 'sign-in'] }),
  // MessagingException whose next exception is ConnectException (or SendFailedException with a SocketException).
  pattern('emailext-connection-error', 'product', 2, [
    phrase('Connection error sending email, retrying once more'), phrase('Socket error sending email, retrying once more'),
  ], [p('network_blocked', 0.65)], { yieldsTo: ['tls'] }),
  // A 4xx reply (isTransientSmtpError()): Exchange's 4.7.x / 421 — throttling or a temporary refusal.
  pattern('emailext-transient', 'product', 2, [phrase('Transient SMTP error sending email')], [
    p('throttled', 0.45), p('network_blocked', 0.25),
  ], { yieldsTo: ['server-reply'] }),
  pattern('emailext-second-try', 'product', 1, [phrase('Failed after second try sending email')], [p('network_blocked', 0.45)], {
    yieldsTo: ['server-reply', 'tls'],
  }),
  // SendFailedException: the server refused the sender or recipients (SendAsDenied, a blocked tenant …).
  pattern('emailext-recipient-refused', 'product', 1, [
    phrase('Email sending failed due to invalid recipient address'),
    phrase('Email sending failed due to invalid or rejected recipient addresses'),
  ], [p('send_as_denied', 0.35), p('outbound_sender_blocked', 0.3)], { yieldsTo: ['server-reply'] }),
  pattern('emailext-communication-error', 'product', 1, [phrase('SMTP communication error while sending email')], [
    p('smtp_auth_failed_generic', 0.25), p('network_blocked', 0.25), p('tls_problem', 0.2),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
];

/**
 * GitLab. Outgoing mail through Microsoft Graph (gitlab_rails['microsoft_graph_mailer_*']): gitlabhq/gitlabhq
 * vendor/gems/microsoft_graph_mailer/lib/microsoft_graph_mailer/delivery.rb and microsoft_graph_mailer.rb. Incoming
 * mail (mail_room, inbox_method "microsoft_graph", client credentials): tpitale/mail_room lib/mail_room/mailbox.rb
 * validate_microsoft_graph!() and lib/mail_room/microsoft_graph/connection.rb (HTTP 429/509 → backing off).
 */
const GITLAB: readonly Rule[] = [
  pattern('gitlab-graph-mailer-secret-missing', 'product', 3, [`'client_secret' ?${phrase('is missing')}`, `${phrase('inbox_options field :client_secret is required')}`], [
    p('bad_client_secret', 0.65),
  ]),
  pattern('gitlab-graph-mailer-app-missing', 'product', 3, [
    `'(?:tenant|client_id)' ?${phrase('is missing')}`, `${phrase('inbox_options field')} ?:(?:tenant_id|client_id) ?${phrase('is required')}`,
  ], [p('wrong_tenant_or_app', 0.65)]),
  // sendMail answered 2xx but not 202 (errors ≥ 400 are raised by the oauth2 gem with Graph's JSON, which decides).
  pattern('gitlab-graph-mailer-delivery', 'product', 2, [phrase('MicrosoftGraphMailer::DeliveryError')], [p('unexpected_server_reply', 0.45)], {
    yieldsTo: ['server-reply', 'sign-in'],
  }),
  pattern('mail-room-throttled', 'product', 3, [phrase('Too many requests, backing off')], [p('throttled', 0.8)]),
];

/**
 * GitLab Service Desk custom e-mail ("Save and test connection"; GitLab sends from the customer's SMTP account with a
 * password): gitlabhq/gitlabhq app/assets/javascripts/projects/settings_service_desk/custom_email_constants.js
 * (the error descriptions; GitLab's German gitlab.po was not checked, so English only).
 */
const GITLAB_SERVICE_DESK: readonly Rule[] = [
  // invalid_credentials: the SMTP server refused the password — for Exchange Online also SMTP AUTH off or basic auth off.
  pattern('gitlab-service-desk-credentials', 'product', 2, [
    phrase('The given credentials (username and password) were rejected by the SMTP server'),
  ], [p('smtp_auth_failed_generic', 0.5), p('basic_auth_used', 0.45), p('smtp_auth_disabled_mailbox', 0.3)]),
  pattern('gitlab-service-desk-host', 'product', 2, [phrase('A connection to the specified host could not be made or an SSL issue occurred')], [
    p('network_blocked', 0.55), p('tls_problem', 0.45),
  ]),
  pattern('gitlab-service-desk-read-timeout', 'product', 2, [phrase('The SMTP server did not respond in time')], [
    p('network_blocked', 0.55), p('tls_problem', 0.25),
  ]),
];

/**
 * Checkmk, synchronous delivery via SMTP (the mail notification's "smarthosts" setting): Checkmk/checkmk
 * cmk/notification_plugins/mail.py send_mail_smtp() — one stderr line per smarthost, Python smtplib's exception
 * (with Exchange's reply) after it. The notification log shows it untranslated.
 */
const CHECKMK: readonly Rule[] = [
  pattern('checkmk-smtp-timeout', 'product', 2, [`${phrase('timeout connecting to')} ?"`], [p('network_blocked', 0.6)], { yieldsTo: ['tls'] }),
  pattern('checkmk-smtp-socket', 'product', 2, [`${phrase('socket error connecting to')} ?"`], [p('network_blocked', 0.65)], { yieldsTo: ['tls'] }),
  pattern('checkmk-smtp-auth', 'product', 1, [`${phrase('authentication failed on')} ?"[^"\n]{0,255}": ?`], [
    p('smtp_auth_failed_generic', 0.5), p('basic_auth_used', 0.4),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  // SMTPSenderRefused at MAIL FROM: without a login Exchange answers 530 5.7.57.
  pattern('checkmk-smtp-sender-refused', 'product', 1, [`${phrase("server didn't accept from-address")} ?"`], [
    p('not_authenticated', 0.4), p('send_as_denied', 0.35),
  ], { yieldsTo: ['server-reply'] }),
  pattern('checkmk-smtp-recipient-refused', 'product', 1, [`${phrase('mail to')} ?"[^"\n]{0,255}" ?${phrase('refused:')}`, `" ?to ?"[^"\n]{0,255}" ?${phrase('refused:')} ?\d`], [
    p('outbound_sender_blocked', 0.3), p('unexpected_server_reply', 0.3),
  ], { yieldsTo: ['server-reply'] }),
  // SMTPDataError: refused after DATA (SendAsDenied 5.2.252, a blocked tenant 5.7.708 …).
  pattern('checkmk-smtp-data', 'product', 1, [`${phrase('unexpected error code from')} ?"`], [
    p('send_as_denied', 0.35), p('outbound_sender_blocked', 0.3),
  ], { yieldsTo: ['server-reply'] }),
  pattern('checkmk-smtp-other', 'product', 1, [`${phrase('protocol error from')} ?"`, `${phrase('undocumented error code from')} ?"`], [
    p('tls_problem', 0.35), p('unexpected_server_reply', 0.3),
  ], { yieldsTo: ['server-reply', 'tls'] }),
];

/**
 * Prometheus Alertmanager, email receiver: prometheus/alertmanager notify/email/email.go Notify() — each step wraps Go's
 * net/smtp error ("send MAIL command: 530 5.7.57 …"); `%T auth:` names the Go type of the mechanism. Alertmanager
 * signs in with a password only (PLAIN, LOGIN, CRAM-MD5); Exchange's XOAUTH2 is an "unknown auth mechanism" to it.
 */
const ALERTMANAGER: readonly Rule[] = [
  pattern('alertmanager-connect', 'product', 2, [phrase('establish connection to server:')], [p('network_blocked', 0.6)], { yieldsTo: ['tls'] }),
  // Port 465 (implicit TLS) failed: a TLS failure, or a firewall.
  pattern('alertmanager-tls-connect', 'product', 2, [phrase('establish TLS connection to server:')], [p('tls_problem', 0.55), p('network_blocked', 0.4)], {
    yieldsTo: ['tls'],
  }),
  // No SMTP greeting (a plain connection to an implicit-TLS port, or something else answering).
  pattern('alertmanager-client', 'product', 1, [phrase('create SMTP client:')], [p('tls_problem', 0.45), p('network_blocked', 0.4)], {
    yieldsTo: ['server-reply', 'tls'],
  }),
  // Exchange Online's submission port offers STARTTLS; something else answered (wrong host/port, an inspecting proxy).
  pattern('alertmanager-no-starttls', 'product', 3, [`${phrase("'require_tls' is true (default) but")} ?"[^"\n]{0,255}" ?${phrase('does not advertise the STARTTLS extension')}`], [
    p('tls_problem', 0.6), p('unexpected_server_reply', 0.35),
  ]),
  pattern('alertmanager-starttls', 'product', 2, [phrase('send STARTTLS command:')], [p('tls_problem', 0.65)], { yieldsTo: ['server-reply', 'tls'] }),
  // No password configured for the mechanism the server offers (Alertmanager cannot use XOAUTH2).
  pattern('alertmanager-no-mechanism', 'product', 2, [`${phrase('find auth mechanism:')} ?(?:${phrase('missing password for')}|${phrase('missing secret for')}|${phrase('unknown auth mechanism')})`], [
    p('not_authenticated', 0.5), p('basic_auth_used', 0.3),
  ]),
  pattern('alertmanager-auth', 'product', 1, [`\\*(?:email\\.loginAuth|smtp\\.plainAuth|smtp\\.cramMD5Auth) ?auth:`], [
    p('smtp_auth_failed_generic', 0.5), p('basic_auth_used', 0.4),
  ], { flags: '', yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('alertmanager-mail-from', 'product', 1, [phrase('send MAIL command:')], [p('not_authenticated', 0.4), p('send_as_denied', 0.35)], {
    yieldsTo: ['server-reply'],
  }),
  pattern('alertmanager-rcpt-data', 'product', 1, [phrase('send RCPT command:'), phrase('send DATA command:'), `${phrase('delivery failure:')} ?\\d{3}`], [
    p('outbound_sender_blocked', 0.3), p('send_as_denied', 0.3),
  ], { yieldsTo: ['server-reply'] }),
];

/**
 * Proxmox VE / Proxmox Backup Server notification targets (SMTP target, "Test"): proxmox/proxmox-rs
 * proxmox-notify/src/lib.rs (Error::NotifyFailed: "could not notify via endpoint(s): <name>: <error>", the SMTP
 * library lettre's error after it) and proxmox-notify/src/endpoints/smtp.rs (user name without password). The
 * backend's texts are not translated.
 */
const PROXMOX: readonly Rule[] = [
  pattern('proxmox-notify-failed', 'product', 1, [phrase('could not notify via endpoint(s):')], [
    p('smtp_auth_failed_generic', 0.25), p('network_blocked', 0.25),
  ], { yieldsTo: ['server-reply', 'tls'] }),
  pattern('proxmox-smtp-no-password', 'product', 3, [phrase('username is set but no password was provided')], [p('not_authenticated', 0.6)]),
];

/**
 * Duplicati's send-mail module (MailKit): duplicati/duplicati Duplicati/Library/Modules/Builtin/SendMail.cs and
 * Strings.cs ("Failed to send email with server: {0}, message: {1}, retrying with {2}" — MailKit's message in the
 * middle decides); German of Localizations/duplicati/localization-de.po.
 */
const DUPLICATI: readonly Rule[] = [
  sendWrapper('duplicati-send-failed', [
    phrase('Failed to send email with server:'), phrase('Fehler beim E-Mail senden mit dem Server:'),
  ], 0.25, 0.25),
];

/**
 * QNAP Notification Center (QTS/QuTS): "Authorization has expired. Reauthorize the account." — the Outlook.com /
 * Microsoft sign-in of the e-mail service must be renewed (qnap.com/en-me/how-to/faq/article/how-do-i-deal-with-
 * the-warning-authorization-has-expired-reauthorize-the-account-in-notification-center, and FAQ cid=1428).
 * Acronis Agent for Office 365: "The credentials for Exchange server '…' are incorrect. Error code 1802." and its
 * German wording (kb.acronis.com/content/61092: Office 365 Germany/21Vianet endpoint, or MFA needing an app password).
 */
const VENDOR_KB: readonly Rule[] = [
  pattern('qnap-authorization-expired', 'product', 3, [
    `${phrase('Authorization has expired.')} ?${phrase('Reauthorize the account')}`,
    // Dutch, as QNAP's Dutch FAQ prints it (qnap.com/nl-nl/how-to/faq/con_show.php?cid=1428).
    `${phrase('Autorisatie is verlopen.')} ?${phrase('Autoriseer het account opnieuw')}`,
  ], [
    p('token_expired_or_invalid', 0.8),
  ]),
  pattern('acronis-exchange-credentials', 'product', 2, [
    `${phrase('The credentials for Exchange server')} ?'[^'\\n]{0,255}' ?${phrase('are incorrect')}`,
    `${phrase('Die Anmeldedaten für den Exchange Server')} ?'[^'\\n]{0,255}' ?${phrase('sind falsch')}`,
  ], [p('basic_auth_used', 0.5), p('wrong_tenant_or_app', 0.35)], { yieldsTo: ['sign-in'] }),
];

/** Every monitoring/CI/NAS/backup rule (patterns.ts). */
export const MONITORING_VOCABULARY_RULES: readonly Rule[] = [
  ...ZABBIX_OAUTH, ...ZABBIX_SMTP, ...JENKINS, ...GITLAB, ...GITLAB_SERVICE_DESK, ...CHECKMK, ...ALERTMANAGER, ...PROXMOX, ...DUPLICATI, ...VENDOR_KB,
];
