/**
 * What admin scripting modules, e-commerce mail extensions, helpdesks and automation modules say when their mail through
 * Microsoft 365 (SMTP AUTH / XOAUTH2, IMAP/POP, Graph) or their Microsoft sign-in fails (issue 10): the Mailozaurr
 * PowerShell module, the Magento extension SMTP Pro (aschroder), UVdesk's Microsoft apps and mailboxes, and Ansible's
 * community.general.mail module. Only texts read in the products' own source are here; each group cites it.
 *
 * A sentence that carries the server's or Microsoft's reply behind it gives way to that reply (`yieldsTo`); alone it
 * stays weak. A sentence that is the only text names its cause by itself.
 *
 * Not here (nothing of their own to add, or not confirmed): Mageplaza SMTP (mageplaza/magento-2-smtp
 * Controller/Adminhtml/Smtp/Test.php) and MagePal Gmail SMTP (magepal/magento2-gmail-smtp-app Block/Adminhtml/
 * ValidateConfig.php) show the mail library's exception text unchanged as the test result (laminas-mail's / Symfony
 * Mailer's texts and Exchange's reply are read elsewhere); neither ships a German translation (only i18n/en_US.csv).
 * MagePal's "Please enter a valid username/password" (empty fields) is too common a sentence to name a mail cause.
 * The Azure DevOps "Email Report" task wraps nodemailer's or the Graph SDK's error in its MailError without words of its
 * own (EmailSender.ts); its repository was not identified among the stored sources. The "Send Email" build task
 * (renevanosnabrugge/SendEmail-BuildTask SendEmailV2/index.ts) logs nodemailer's error and fails with "Failed to send
 * email" (too common to name a product), its V1 calls Send-MailMessage. Rundeck sends through the Grails mail
 * plugin (Spring/Jakarta Mail's exception unchanged). Veeam: no notification-mail error wording was found in its
 * help center (the stored pages describe the settings only). Icinga and Zabbix are in vocab-monitoring.ts.
 */
import { p, pattern, phrase, sendWrapper, type Rule } from './pattern-kit.js';

/**
 * Mailozaurr (EvotecIT/Mailozaurr). 2.x: Sources/Mailozaurr/Smtp/Smtp.cs (connect, authenticate, send: each
 * "Send-EmailMessage - Error during …: <MailKit's message>" and a "Possible issue: …" line), Sources/Mailozaurr/
 * MicrosoftGraph/Graph.cs (client-credentials token, sendMail; Graph's error as "Error code: …, message: …"),
 * Sources/Mailozaurr.PowerShell/CmdletSendEmailMessage.cs (MgGraphRequest). 1.x (tag v1.0.0): Public/Send-EmailMessage.ps1
 * ("Send-EmailMessage - Error: …" and the same port/SSL hint), Private/Connect-O365Graph.ps1, Private/New-GraphSendMessage.ps1,
 * Public/Connect-oAuthO365.ps1, Public/Connect-IMAP.ps1, Public/Connect-POP.ps1. The module is English only.
 */
const MAILOZAURR: readonly Rule[] = [
  // Every SMTP send failure: MailKit's exception text follows and decides.
  sendWrapper('mailozaurr-send-error', [`${phrase('Send-EmailMessage - Error')}(?: ?${phrase('during sending')})? ?:`], 0.25, 0.2),
  // The Graph send failed: Graph's error (1.x: error.message after the HTTP status; 2.x: "Error code: …") follows.
  pattern('mailozaurr-graph-send-error', 'product', 1, [
    `${phrase('Send-EmailMessage - Error during sending using Graph Api')}(?: ?\\(MgGraphRequest\\))? ?:`,
    phrase('Send-GraphMailMessage - Error:'), phrase('Send-GraphMailMessageDraft - Error:'),
  ], [p('consent_missing', 0.25), p('token_expired_or_invalid', 0.2)], { yieldsTo: ['server-reply', 'sign-in'] }),
  // 1.x: sendMail answered 403 without a Graph message: the app's Mail.Send application permission lacks admin consent
  // (or an application access policy leaves this mailbox out); 401: the token is not one for Graph.
  pattern('mailozaurr-graph-forbidden', 'product', 2, [
    `${phrase('Send-GraphMailMessage')}(?:Draft)? ?- ?${phrase('Error: The remote server returned an error: (403) Forbidden')}`,
  ], [p('consent_missing', 0.55), p('mailbox_permission_missing', 0.4)], { yieldsTo: ['sign-in'] }),
  pattern('mailozaurr-graph-unauthorized', 'product', 2, [
    `${phrase('Send-GraphMailMessage')}(?:Draft)? ?- ?${phrase('Error: The remote server returned an error: (401) Unauthorized')}`,
  ], [p('token_expired_or_invalid', 0.45), p('wrong_scope_or_resource', 0.35)], { yieldsTo: ['sign-in'] }),
  // SmtpClient.Connect() failed; Mailozaurr then names the port and the SSL option (smtp.office365.com:587, StartTls).
  pattern('mailozaurr-connect', 'product', 2, [
    phrase('Send-EmailMessage - Error during connect:'),
    `${phrase('Possible issue: Port?')} ?\\([^)\\n]{0,40}\\) ?,? ?${phrase('Using SSL?')}`,
  ], [p('network_blocked', 0.5), p('tls_problem', 0.4)], { yieldsTo: ['tls', 'server-reply'] }),
  // AUTH XOAUTH2 refused: Exchange's 535 5.7.3 follows. Alone: the token (expired after an hour, not for SMTP.Send).
  pattern('mailozaurr-auth-oauth', 'product', 2, [
    phrase('Send-EmailMessage - Error during authentication (oAuth):'), `${phrase('Possible issue: OAuth?')} ?\\(True`,
  ], [p('token_expired_or_invalid', 0.4), p('wrong_scope_or_resource', 0.35), p('smtp_auth_disabled_mailbox', 0.25)], {
    yieldsTo: ['server-reply', 'sign-in'],
  }),
  // AUTH with user name and password refused (Exchange's 535 5.7.139 follows and decides).
  pattern('mailozaurr-auth-password', 'product', 2, [
    `${phrase('Send-EmailMessage - Error during authentication:')}`, `${phrase('Possible issue: Username?')} ?\\([^)\\n]{0,255}\\) ?,? ?${phrase('Password?')}`,
  ], [p('smtp_auth_failed_generic', 0.5), p('basic_auth_used', 0.4)], { yieldsTo: ['server-reply', 'sign-in'] }),
  // -UseDefaultCredentials (Windows sign-in, NTLM): Exchange Online's SMTP AUTH takes no Windows sign-in.
  pattern('mailozaurr-default-credentials', 'product', 2, [phrase('Could not authenticate using default credentials')], [
    p('smtp_auth_failed_generic', 0.45), p('not_authenticated', 0.35),
  ], { yieldsTo: ['server-reply'] }),
  // 2.x: the token request to login.microsoftonline.com itself failed (an HTTP exception: proxy, DNS, TLS).
  pattern('mailozaurr-graph-connect', 'product', 2, [phrase('Send-EmailMessage - Error during connection using Graph API:')], [
    p('network_blocked', 0.5), p('tls_problem', 0.3),
  ], { yieldsTo: ['tls', 'sign-in'] }),
  // 2.x never checks the token response: a refused client-credentials request (wrong secret, tenant or app ID) leaves
  // the access token empty, and sendMail answers InvalidAuthenticationToken "Access token is empty." in Mailozaurr's format.
  pattern('mailozaurr-graph-empty-token', 'product', 3, [
    `${phrase('Error code:')} ?${phrase('InvalidAuthenticationToken, message: Access token is empty')}`,
  // Graph's code table reads InvalidAuthenticationToken as an expired token; here no token was ever issued, so this stays above it.
  ], [p('bad_client_secret', 0.85), p('wrong_tenant_or_app', 0.5)], { yieldsTo: ['sign-in'] }),
  // 1.x: Invoke-RestMethod to …/oauth2/token refused ("(400) Bad Request", "(401) Unauthorized"): secret, tenant or app.
  pattern('mailozaurr-graph-token-1x', 'product', 2, [phrase('Connect-O365Graph - Error:')], [
    p('bad_client_secret', 0.4), p('wrong_tenant_or_app', 0.35), p('network_blocked', 0.2),
  ], { yieldsTo: ['sign-in', 'tls'] }),
  // Connect-oAuthO365: MSAL's client could not be built (client or tenant ID) or the interactive sign-in failed.
  pattern('mailozaurr-oauth-o365', 'product', 1, [phrase('Connect-oAuthO365 - Error:'), `${phrase('Connect-oAuth')} ?- ?(?!Error)`], [
    p('wrong_tenant_or_app', 0.35), p('user_cancelled_or_consent_declined', 0.25),
  ], { yieldsTo: ['sign-in'] }),
  // Connect-IMAP / Connect-POP (Connect-IMAP's oAuth branch prints "Connect-POP").
  pattern('mailozaurr-imap-connect', 'product', 2, [`${phrase('Connect-')}(?:IMAP|POP) ?- ?${phrase('Unable to connect')}`], [
    p('network_blocked', 0.5), p('tls_problem', 0.35),
  ], { yieldsTo: ['tls', 'server-reply'] }),
  pattern('mailozaurr-imap-oauth', 'product', 2, [`${phrase('Connect-')}(?:IMAP|POP) ?- ?${phrase('Unable to authenticate via oAuth')}`], [
    p('imap_auth_failed_generic', 0.45), p('token_expired_or_invalid', 0.35),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('mailozaurr-imap-password', 'product', 2, [
    `${phrase('Connect-')}(?:IMAP|POP) ?- ?${phrase('Unable to authenticate')}(?! ?${phrase('via oAuth')})`,
  ], [p('imap_auth_failed_generic', 0.5), p('basic_auth_used', 0.4)], { yieldsTo: ['server-reply', 'sign-in'] }),
];

/**
 * SMTP Pro for Magento 1 (aschroder/Magento-SMTP-Pro-Email-Extension): app/code/local/Aschroder/SMTPPro/controllers/
 * Smtp/TestController.php (the self test: a raw fsockopen() to the host and port, then a test mail), German of
 * app/locale/de_DE/Aschroder_SMTPPro.csv.
 */
const SMTP_PRO: readonly Rule[] = [
  pattern('smtppro-connect-failed', 'product', 2, [
    phrase('Failed to connect to SMTP server. Reason:'), phrase('Verbindung zum SMTP-Server fehlgeschlagen. Ursache:'),
    phrase('This extension requires an outbound SMTP connection on port'), phrase('Diese Erweiterung benötigt eine ausgehende SMTP-Verbindung auf Port'),
  ], [p('network_blocked', 0.65)], { yieldsTo: ['tls'] }),
  // The test mail failed; Zend_Mail's exception message (Exchange's reply) follows.
  sendWrapper('smtppro-test-failed', [
    `${phrase('Unable to send test email.')}(?! ?${phrase('Check your server logs')})`, phrase('Test email was not sent successfully:'),
    phrase('Die Testmail konnte nicht gesendet werden'),
  ], 0.25, 0.2),
];

/**
 * UVdesk. Microsoft apps (OAuth of a mailbox): uvdesk/core-framework Controller/Microsoft/MicrosoftApps.php
 * (handleOAuthCallback(): the code redemption, then Graph /me), Services/EmailService.php (sending through Graph or
 * Symfony Mailer); mailbox refresh: uvdesk/mailbox-component Console/RefreshMailboxCommand.php (imap_open(), Graph
 * with the refresh token) and Controller/MailboxChannel.php. German: uvdesk/community-skeleton translations/messages.de.yml
 * (its key "Warning ! Swiftmailer not working…" differs from the code's "Warning! …" by a space, so the German
 * may not show; the other texts have no German entry).
 */
const UVDESK: readonly Rule[] = [
  // No access_token in the code redemption (Microsoft's error is not shown). The sign-in itself already passed with the same
  // app, tenant and redirect URI (a refused one never reaches the callback), so the client secret is left. Its sentence
  // ends in "try again later", which alone reads as throttling (patterns-smtp.ts 'throttled-word'): the weight stays above.
  pattern('uvdesk-microsoft-app-not-verified', 'product', 2, [
    phrase('Microsoft app settings could not be verifired successfully'), phrase('Microsoft app settings could not be verified successfully'),
    phrase('Die Microsoft-App-Einstellungen konnten nicht erfolgreich überprüft werden'),
  ], [p('bad_client_secret', 0.65), p('wrong_tenant_or_app', 0.3), p('redirect_uri_mismatch', 0.2)], { yieldsTo: ['sign-in'] }),
  // The token came, but Graph /me returned no displayName: the delegated User.Read permission (or its consent) is missing.
  pattern('uvdesk-microsoft-user-info', 'product', 3, [phrase('but was unable to retrieve user information')], [
    p('wrong_scope_or_resource', 0.65), p('consent_missing', 0.35),
  ]),
  // The mailbox names a Microsoft app or account that was never connected (or was removed): add the account again.
  pattern('uvdesk-microsoft-account-missing', 'product', 3, [
    phrase('No associated microsoft account was found for configured mailbox'), phrase('No associated microsoft apps were found for configured mailbox'),
    `${phrase('No microsoft account was found with email')} ?'[^'\\n]{0,255}' ?${phrase('for configured client id')}`,
    phrase('No microsoft app was found for configured client id'), phrase('No configuration details were found for the provided microsoft account'),
  ], [p('not_authenticated', 0.65), p('wrong_tenant_or_app', 0.3)]),
  // Graph answered InvalidAuthenticationToken and the refresh with the stored refresh token gave no access token.
  pattern('uvdesk-refresh-failed', 'product', 2, [phrase('Failed to retrieve a valid access token.')], [
    p('token_expired_or_invalid', 0.6), p('bad_client_secret', 0.3),
  ], { yieldsTo: ['sign-in'] }),
  // Graph's error code follows in quotes and decides (ErrorAccessDenied, MailboxNotEnabledForRESTAPI …).
  pattern('uvdesk-graph-api-error', 'product', 1, [phrase('An unexpected api error occurred')], [
    p('unexpected_server_reply', 0.35), p('mailbox_permission_missing', 0.25),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  // imap_open() failed; imap_errors() follow (Exchange's "AUTHENTICATE failed." …).
  pattern('uvdesk-imap-connect', 'product', 1, [phrase('Failed to establish connection with mailbox')], [
    p('imap_auth_failed_generic', 0.35), p('network_blocked', 0.3),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  // Symfony Mailer's exception follows as a second message and decides. Alone, the sentence's "Please try again later"
  // must not read as throttling: the SMTP transport failed (the Graph path returns its errors instead of throwing).
  sendWrapper('uvdesk-send-failed', [phrase('An unexpected error occurred while trying to send email')], 0.62, 0.45),
  sendWrapper('uvdesk-swiftmailer-failed', [`${phrase('Warning')} ?!? ?${phrase('Swiftmailer not working')}`, phrase('Swiftmailer funktioniert nicht')], 0.25, 0.2),
];

/**
 * Ansible community.general.mail (ansible-collections/community.general plugins/modules/mail.py): smtplib behind it;
 * the login failure hides Exchange's reply (SMTPAuthenticationError is caught and not printed), the others append it.
 */
const ANSIBLE_MAIL: readonly Rule[] = [
  // 535 from Exchange Online: wrong password, SMTP AUTH off for the mailbox or tenant, or basic auth blocked.
  pattern('ansible-mail-auth', 'product', 2, [
    `${phrase('Authentication to')} ?[^\\s]{1,255} ?${phrase('failed, please check your username and/or password')}`,
  ], [p('smtp_auth_failed_generic', 0.5), p('basic_auth_used', 0.4), p('smtp_auth_disabled_mailbox', 0.3)], { yieldsTo: ['server-reply'] }),
  // EHLO offered no AUTH: Exchange offers it only after STARTTLS (secure: never), or the host is not the submission host.
  pattern('ansible-mail-no-auth', 'product', 2, [`${phrase('No Authentication on the server at')} ?[^\\s]{1,255}`], [
    p('tls_problem', 0.5), p('unexpected_server_reply', 0.35),
  ]),
  pattern('ansible-mail-no-mechanism', 'product', 2, [phrase('No Suitable authentication method was found on')], [
    p('smtp_auth_failed_generic', 0.35), p('unexpected_server_reply', 0.3),
  ], { yieldsTo: ['server-reply'] }),
  pattern('ansible-mail-no-starttls', 'product', 2, [phrase('StartTLS is not offered on server')], [
    p('tls_problem', 0.55), p('unexpected_server_reply', 0.35),
  ]),
  pattern('ansible-mail-tls', 'product', 2, [phrase('Unable to start an encrypted session to')], [p('tls_problem', 0.65)], { yieldsTo: ['tls'] }),
  pattern('ansible-mail-connect', 'product', 2, [`${phrase('Unable to Connect')} ?[^\\s:]{1,255}:\\d{1,5}:`], [
    p('network_blocked', 0.55), p('tls_problem', 0.25),
  ], { yieldsTo: ['tls', 'server-reply'] }),
  pattern('ansible-mail-helo', 'product', 1, [phrase('Helo failed for host')], [p('network_blocked', 0.35), p('unexpected_server_reply', 0.3)], {
    yieldsTo: ['server-reply', 'tls'],
  }),
  // sendmail() raised (SMTPSenderRefused 530 5.7.57 / 554 5.2.252 SendAsDenied …): the reply after it decides.
  pattern('ansible-mail-send', 'product', 1, [`${phrase('Failed to send mail to')} ?'[^'\\n]{0,500}' ?:`], [
    p('send_as_denied', 0.3), p('not_authenticated', 0.3),
  ], { yieldsTo: ['server-reply'] }),
  pattern('ansible-mail-some-recipients', 'product', 2, [phrase('Failed to send mail to at least one recipient')], [
    p('recipient_rejected', 0.5),
  ], { yieldsTo: ['server-reply'] }),
];

/** Every admin-tool rule (patterns.ts). */
export const ADMIN_TOOL_VOCABULARY_RULES: readonly Rule[] = [...MAILOZAURR, ...SMTP_PRO, ...UVDESK, ...ANSIBLE_MAIL];
