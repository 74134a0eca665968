/**
 * What data and developer platforms say when their alert/report mail through Microsoft 365 fails (issue 10):
 * Metabase, Apache Airflow, Redash, Sentry (self-hosted), GNU Mailman 3, Wagtail and Plone.
 * Only texts read in the products' own source or translation files are here; each group cites it.
 *
 * A sentence that carries the server's or Microsoft's reply behind it gives way to that reply (`yieldsTo`);
 * alone it stays weak. A sentence that is the only text names its cause by itself.
 *
 * Not here (already read right, or nothing of their own): Apache Superset's alerts & reports raise NotificationError
 * with Python smtplib's exception text unchanged (apache/superset superset/reports/notifications/email.py send());
 * its other report errors (superset/commands/report/exceptions.py) are not about mail. Taiga sends through Django's
 * SMTP backend / djmail with no wording of its own (taigaio/taiga-back). Plone's MailHost (zopefoundation/
 * Products.MailHost src/Products/MailHost/MailHost.py) raises only message-format errors; zope.sendmail's and
 * smtplib's texts are in the library vocabularies. Airflow's "Unable to connect to smtp server" and Mailman's
 * "delivery to … failed with code …" already read right from their own words or the reply inside.
 */
import { p, pattern, phrase, sendWrapper, type Rule } from './pattern-kit.js';

/**
 * Metabase, Admin → Settings → Email ("Save" tests the connection, "Send test email"): metabase/metabase
 * src/metabase/channel/api/email.clj and (newer) src/metabase/channel/email.clj humanize-error-messages — the field
 * errors "Wrong host or port" (Unknown SMTP host / Could not connect to SMTP host — javax.mail's wording, which also
 * wraps a failed TLS handshake) and "Wrong username or password" (AuthenticationFailedException: Exchange's 535),
 * otherwise "Sorry, something went wrong. Please try again. Error: <exception chain>"; the server log says
 * "Problem connecting to mail server: <exception chain>". These strings are not wrapped in tru/trs, so Metabase's
 * locales (locales/de.po) carry no German for them. Metabase signs in to SMTP with a password only.
 */
const METABASE: readonly Rule[] = [
  pattern('metabase-wrong-host-or-port', 'product', 2, [`(?<![\\w-])${phrase('Wrong host or port')}`], [
    p('network_blocked', 0.6), p('tls_problem', 0.3),
  ], { yieldsTo: ['tls'] }),
  // Exchange refused the password (wrong password, SMTP AUTH off for the mailbox or tenant, basic auth off).
  pattern('metabase-wrong-credentials', 'product', 1, [
    `"email-smtp-(?:username|password)" ?: ?"${phrase('Wrong username or password')}"`,
    `(?<![\\w-])${phrase('Wrong username or password')}`,
  ], [p('basic_auth_used', 0.5), p('smtp_auth_failed_generic', 0.4), p('smtp_auth_disabled_mailbox', 0.3)], {
    yieldsTo: ['server-reply', 'sign-in'],
  }),
  sendWrapper('metabase-something-went-wrong', [`${phrase('Sorry, something went wrong. Please try again.')} ?${phrase('Error:')}`], 0.2, 0.2),
  pattern('metabase-problem-connecting', 'product', 1, [phrase('Problem connecting to mail server:')], [
    p('network_blocked', 0.3), p('smtp_auth_failed_generic', 0.25),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
];

/**
 * Apache Airflow. Core e-mail helper (apache/airflow airflow/utils/email.py send_mime_email(): logs "Email alerting:
 * attempt N" before each try; smtplib's exception follows in the task log) and the SMTP provider (providers/smtp/src/
 * airflow/providers/smtp/hooks/smtp.py: auth_type "oauth2" signs in with XOAUTH2, the token from the connection's
 * access_token or MSAL's client-credential flow against login.microsoftonline.com/<tenant_id>, scope
 * https://outlook.office.com/.default — providers/smtp/docs/connections/smtp.rst). English only.
 */
const AIRFLOW: readonly Rule[] = [
  sendWrapper('airflow-email-alerting-attempt', [`${phrase('Email alerting: attempt')} ?\\d`], 0.2, 0.2),
  // auth_type=oauth2 without a token and without client_id/client_secret: nothing to sign in with.
  pattern('airflow-oauth2-no-credentials', 'product', 3, [
    `${phrase("auth_type='oauth2' but neither 'access_token' nor client credentials supplied")}`,
  ], [p('not_authenticated', 0.6), p('wrong_tenant_or_app', 0.3)]),
  // The XOAUTH2 string needs the mailbox (user=…): neither the connection's login nor from_email is set.
  pattern('airflow-oauth2-no-user', 'product', 3, [phrase('smtp_user or from_email must be set for OAuth2 authentication')], [
    p('not_authenticated', 0.6),
  ]),
  // MSAL's acquire_token_for_client() failed; its error_description (AADSTS…) follows and decides.
  pattern('airflow-oauth2-token-failed', 'product', 1, [phrase('Unable to obtain access token:')], [
    p('wrong_tenant_or_app', 0.35), p('bad_client_secret', 0.3), p('network_blocked', 0.2),
  ], { yieldsTo: ['sign-in', 'tls'] }),
];

/**
 * Redash: the e-mail alert destination (getredash/redash redash/destinations/email.py notify(): "Mail send error.")
 * and the mail task for invitations, password resets and failure reports (redash/tasks/general.py send_mail():
 * "Failed sending message: <subject>"); both log the exception (Flask-Mail → smtplib) in the traceback after them.
 */
const REDASH: readonly Rule[] = [
  sendWrapper('redash-mail-send-error', [`(?:^|[\\s:\\]-])${phrase('Mail send error.')}`, `${phrase('Failed sending message:')} ?\\S`], 0.25, 0.25),
];

/**
 * Sentry self-hosted, Admin → Mail → "Send a test email": the endpoint returns the exception text as "error"
 * (getsentry/sentry src/sentry/api/endpoints/internal/mail.py); only when the request itself failed without an answer
 * (the SMTP connection hung until the web request timed out) the page shows its own sentence
 * (static/app/views/admin/adminMail.tsx). Sentry's German catalogue was not checked.
 */
const SENTRY: readonly Rule[] = [
  pattern('sentry-test-email-no-answer', 'product', 2, [phrase('Unable to send test email. Check your server logs')], [
    p('network_blocked', 0.4), p('smtp_auth_failed_generic', 0.25),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
];

/**
 * GNU Mailman 3, outgoing runner to the smarthost (mta.smtp_host/smtp_port/smtp_user/smtp_pass): src/mailman/runners/
 * outgoing.py (a socket error: "Cannot connect to SMTP server %s on port %s"; "Discarding message with persistent
 * temporary failures: <msgid>") and src/mailman/mta/base.py ("<msgid> recipients refused: {…}", "<msgid> response
 * exception: …", "<msgid> low level smtp error: …" — smtplib's reply after them). Read in the Debian packaging mirror
 * wikimedia/operations-debs-mailman3 (upstream gitlab.com/mailman/mailman). Log texts, not translated.
 */
const MAILMAN: readonly Rule[] = [
  pattern('mailman-cannot-connect', 'product', 2, [`${phrase('Cannot connect to SMTP server')} ?\\S{1,255} ?${phrase('on port')} ?(?:\\d{1,5}|smtp)`], [
    p('network_blocked', 0.65),
  ], { yieldsTo: ['tls'] }),
  // 4xx replies for longer than delivery_retry_period: Exchange kept deferring (throttling, a temporary block).
  pattern('mailman-persistent-temporary', 'product', 2, [phrase('Discarding message with persistent temporary failures')], [
    p('throttled', 0.45), p('network_blocked', 0.3),
  ], { yieldsTo: ['server-reply'] }),
  pattern('mailman-recipients-refused', 'product', 1, [`> ?${phrase('recipients refused:')}`], [
    p('recipient_rejected', 0.3), p('send_as_denied', 0.3), p('outbound_sender_blocked', 0.25),
  ], { yieldsTo: ['server-reply'] }),
  pattern('mailman-low-level-error', 'product', 1, [`> ?${phrase('low level smtp error:')}`], [
    p('network_blocked', 0.4), p('tls_problem', 0.3),
  ], { yieldsTo: ['server-reply', 'tls'] }),
];

/**
 * Wagtail moderation/workflow notifications: wagtail/wagtail wagtail/admin/mail.py send_notification() logs
 * "Failed to send notification email '<subject>' to <address>" with Django's SMTP exception after it.
 * Plone: the mail control panel's test ("Unable to send test e-mail ${error}.", Products.CMFPlone
 * controlpanel/browser/mail.py) and the contact/send-to forms ("Unable to send mail: ${exception}", browser/
 * contact_info.py); German of collective/plone.app.locales src/plone/app/locales/locales/de/LC_MESSAGES/plone.po.
 * smtplib's exception inside decides.
 */
const CMS: readonly Rule[] = [
  sendWrapper('wagtail-notification-failed', [`${phrase('Failed to send notification email')} ?'[^'\\n]{0,255}' ?to`], 0.25, 0.25),
  sendWrapper('plone-unable-to-send', [
    phrase('Unable to send test e-mail'), phrase('Es war nicht möglich, die Test-E-Mail zu versenden:'),
    phrase('Unable to send mail:'), phrase('Es war nicht möglich eine E-Mail zu senden:'),
  ], 0.25, 0.25),
];

/** Every data/developer-platform rule (patterns.ts). */
export const DATA_APP_VOCABULARY_RULES: readonly Rule[] = [...METABASE, ...AIRFLOW, ...REDASH, ...SENTRY, ...MAILMAN, ...CMS];
