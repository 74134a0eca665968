/**
 * What open-source business and developer applications say when their mail through Microsoft 365 fails (issue 10):
 * ERP, accounting and document-management servers and developer tools, each with its own sentence around (or instead
 * of) Jakarta Mail's, Python's smtplib's or the server's text. Only texts read in the products' own source (or, where
 * noted, the product's own log line) are here; each group cites its files.
 *
 * A sentence that carries the server's or Microsoft's reply behind it gives way to that reply (`yieldsTo`); alone it
 * stays weak. A sentence that is the only text (the product drops the reply) names its cause by itself.
 *
 * Not here (nothing of their own to add, or not confirmed):
 * - EspoCRM, Invoice Ninja 5 and vtiger CRM 5: in vocab-business-apps.ts already.
 * - Kimai (kimai/kimai, commit 1f421c27): mail goes through Symfony Mailer unchanged (src/Mail/KimaiMailer.php,
 *   src/Command/MailTestCommand.php "kimai:mail:test"); Symfony's sentences are in vocab-php-apps.ts. Its only own text,
 *   'Missing email "from" address', is a local setting, not Microsoft 365.
 * - Akaunting (akaunting/akaunting, commit dfc1171c): app/Exceptions/Handler.php only reacts to Symfony's
 *   HttpTransportException (API mailers such as Mailgun, not SMTP) with notifications.menu.invalid_email; SMTP errors
 *   are Symfony's own text.
 * - Crater (crater-invoice/crater, commit 05d5ce26): the "Test Mail Configuration" button
 *   (app/Http/Controllers/V1/Admin/Settings/MailConfigurationController.php) lets Laravel's mailer exception through;
 *   "Email could not be sent to this email address." (Auth/ForgotPasswordController.php) means an unknown user, not
 *   a mail failure.
 * - SonarQube's test email (SonarSource/sonarqube server/sonar-webserver-webapi/.../email/ws/SendAction.java) shows
 *   commons-email's and Jakarta Mail's causal chain, reversed, with no words of its own.
 * - JFrog Artifactory (closed source): its mail documentation (jfrog.com "Mail Server Configuration") names no error
 *   wording. Liferay: no mail error sentence and no Microsoft 365 OAuth mail connector were found in the stored
 *   liferay/liferay-portal sources or Liferay's documentation (the built-in mail session passes Jakarta Mail's
 *   exceptions on). XWiki (xwiki/xwiki-platform xwiki-platform-mail-send-default .../AbstractMailListener.java) logs
 *   "Mail sending failed for message [...]" at debug level only, and its mail status page shows the exception's text.
 */
import { p, pattern, phrase, sendWrapper, type Rule } from './pattern-kit.js';

/**
 * iDempiere (idempiere/idempiere, commit 11ddd3b2). org.adempiere.base/src/org/compiere/util/EMail.java send(): on a
 * MessagingException it builds "(ME)" + one part per nested exception; for an AuthenticationFailedException it writes
 * " - Invalid Username/Password - " + EMailAuthenticator.toString() ("EMailAuthenticator[user/************]") and
 * drops Jakarta Mail's text, so Exchange's 535 reply never reaches the user. OAuth2 (MAuthorizationCredential.java
 * processToken(), AD_Message texts of migration/…/postgresql: OAuthProcessToken_CouldNotGetEMail,
 * OAuthProcessToken_NoRefreshToken, prefixed by "@Error@"): after the Microsoft sign-in the id_token must carry an
 * "email" claim, and the token answer must carry a refresh_token (scope offline_access). A refused token request
 * shows Msg "Error" + google-http-client's TokenResponseException text (Entra's JSON, decided by the AADSTS rules).
 * German AD_Message translations live in iDempiere's separate language packs (not read; English only).
 */
const IDEMPIERE: readonly Rule[] = [
  // 535 from Exchange with its text thrown away: wrong password, SMTP AUTH off for the mailbox, or basic auth refused
  // (with OAuth2 on, an access token Exchange did not accept — also a 535 here).
  pattern('idempiere-invalid-username-password', 'product', 2, [
    `\\(ME\\) ?- ?${phrase('Invalid Username/Password')} ?- ?EMailAuthenticator\\[`,
  ], [p('smtp_auth_failed_generic', 0.55), p('basic_auth_used', 0.4), p('smtp_auth_disabled_mailbox', 0.3)], {
    yieldsTo: ['server-reply'],
  }),
  // The id_token had no "email" claim: the authorization did not ask for the openid/email scopes (or the account has no mail).
  pattern('idempiere-oauth-no-email', 'product', 3, [phrase('Could not get the email from the response')], [
    p('wrong_scope_or_resource', 0.6), p('user_not_assigned', 0.2),
  ]),
  // No refresh_token came back (iDempiere then revokes the access token): offline_access was not in the scopes.
  pattern('idempiere-oauth-no-refresh-token', 'product', 3, [`${phrase('No refresh token.')} ?${phrase('Request Failed. Please try again')}`], [
    p('wrong_scope_or_resource', 0.6), p('token_expired_or_invalid', 0.25),
  ]),
];

/**
 * Tryton (tryton/trytond, commit 3df41d95): trytond/sendmail.py. get_smtp_server() logs "fail to connect to <uri>"
 * with the traceback when smtplib cannot connect (or STARTTLS/login raises — then the traceback's SMTP error decides);
 * sendmail() logs "fail to send email" with the traceback, and "fail to send email to <dict>" for refused recipients
 * (smtplib's senderrs: {address: (code, reply)}). Log lines, English only.
 */
const TRYTON: readonly Rule[] = [
  pattern('tryton-connect-failed', 'product', 1, [`${phrase('fail to connect to')} ?smtps?(?:\\+(?:tls|ssl))?://`], [
    p('network_blocked', 0.5), p('tls_problem', 0.25), p('smtp_auth_failed_generic', 0.2),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  // Refused recipients: the reply in the dict decides (5.7.60 send-as, 5.1.x unknown recipient).
  pattern('tryton-send-failed-recipients', 'product', 1, [`${phrase('fail to send email to')} ?\\{`], [
    p('recipient_rejected', 0.35), p('send_as_denied', 0.3),
  ], { yieldsTo: ['server-reply'] }),
  sendWrapper('tryton-send-failed', [`${phrase('fail to send email')}(?! ?to ?\\{)`], 0.25, 0.2),
];

/**
 * Alfresco Content Services (Alfresco/alfresco-community-repo, commit 72635d6c). The admin console's test message
 * (repository/src/main/java/org/alfresco/repo/action/executer/MailActionExecuter.java sendTestMessage()) throws
 * AlfrescoRuntimeException("email.outbound.err.send.failed", {to, "<exception class>, <message>, <cause class>, …"}):
 * repository/src/main/resources/alfresco/messages/email-service.properties "Failed to send email to: {0} cause {1}",
 * email-service_de.properties "E-Mail an {0} konnte nicht gesendet werden. Grund: {1}". Ordinary sends log
 * "Failed to send email to <address> : <exception>". Spring's and Jakarta Mail's texts after it decide.
 */
const ALFRESCO: readonly Rule[] = [
  sendWrapper('alfresco-send-failed', [
    `${phrase('Failed to send email to:')} ?[^\\s,;]{1,254} ?cause\\b`,
    `${phrase('E-Mail an')} [^\\s,;]{1,254} ?${phrase('konnte nicht gesendet werden.')} ?Grund:`,
  ], 0.25, 0.2),
];

/**
 * SonarQube Server (SonarSource/sonarqube): modern SMTP authentication (Microsoft only, client credentials against
 * email.smtp.oauth.host = https://login.microsoftonline.com, scope https://outlook.office365.com/.default —
 * server/sonar-server-common/src/main/java/org/sonar/server/email/EmailSmtpConfiguration.java). The token request
 * (server/sonar-server-common/src/main/java/org/sonar/server/oauth/OAuthMicrosoftRestClient.java) throws
 * "Unable to get a token: " + the scribejava exception (OAuth2AccessTokenErrorResponse with Entra's JSON, or an
 * IOException). Docs: docs.sonarsource.com/sonarqube-server/instance-administration/system-functions/email-notifications.
 */
const SONARQUBE: readonly Rule[] = [
  pattern('sonarqube-oauth-token-failed', 'product', 1, [
    `${phrase('Unable to get a token:')} ?(?:com\\.github\\.scribejava|java\\.|\\{|$)`,
  ], [p('bad_client_secret', 0.4), p('wrong_tenant_or_app', 0.35), p('wrong_scope_or_resource', 0.25)], {
    yieldsTo: ['sign-in', 'tls'],
  }),
];

/**
 * Bitbucket Data Center / Server (closed source). Its mail log (atlassian-bitbucket-mail.log, logger bitbucket.mail-log)
 * writes "Mail sending failed. Please verify the mail server configuration and check the logs for details; recipient:
 * …; subject: …" followed by Spring's MailSendException and Jakarta Mail's reply — the wording as quoted from a
 * Bitbucket 4.8 log in https://bitbucket.org/slyoldfox/notifier/issues/25/exception-when-sending-email (no Atlassian
 * page with the sentence was found). Mail server settings: confluence.atlassian.com/bitbucketserver/setting-up-your-mail-server.
 */
const BITBUCKET: readonly Rule[] = [
  sendWrapper('bitbucket-mail-sending-failed', [
    `${phrase('Mail sending failed. Please verify the mail server configuration and check the logs for details')}`,
  ], 0.25, 0.2),
];

/** Every rule of this file (patterns.ts). */
export const BIZ_APPS_OSS_VOCABULARY_RULES: readonly Rule[] = [...IDEMPIERE, ...TRYTON, ...ALFRESCO, ...SONARQUBE, ...BITBUCKET];
