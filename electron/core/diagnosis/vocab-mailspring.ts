/**
 * Mailspring's account errors (and its fork EdisonMail's): the sync engine reports a MailCore error name and
 * the app shows it through its LocalizedErrorStrings table (Foundry376/Mailspring app/src/mailsync-process.ts,
 * read in stored copies of Mailspring and EdisonMail), with " (IMAP)" or " (SMTP)" appended for the service that
 * failed. English only (the table is not translated).
 *
 * For Outlook.com and Microsoft 365 the authentication error means a refused password where Microsoft turned
 * basic authentication off, or, over OAuth, SMTP AUTH switched off for the mailbox (as the Mailspring threads in
 * the development corpora were fixed); the service suffix decides which comes first. A server reply in the
 * attached log decides over the table's words (`yieldsTo`).
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

const AUTHENTICATION_ERROR = phrase('Authentication Error - Check your username and password');

/** Every rule of this file (patterns.ts). */
export const MAILSPRING_VOCABULARY_RULES: readonly Rule[] = [
  pattern('mailspring-auth-smtp', 'product', 3, [`${AUTHENTICATION_ERROR}\\.? ?\\(SMTP\\)`], [
    p('smtp_auth_disabled_mailbox', 0.5), p('basic_auth_used', 0.45),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('mailspring-auth-imap', 'product', 3, [`${AUTHENTICATION_ERROR}\\.? ?\\(IMAP\\)`], [
    p('basic_auth_used', 0.5), p('imap_disabled_or_not_connected', 0.35), p('security_policy_blocks', 0.3),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('mailspring-auth', 'product', 2, [AUTHENTICATION_ERROR], [
    p('basic_auth_used', 0.45), p('smtp_auth_disabled_mailbox', 0.35),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('mailspring-connection', 'network', 2, [
    phrase('Connection Error - Check that your internet connection is active'),
    phrase('Connection Error - Unable to connect to the server / port you provided'),
  ], [p('network_blocked', 0.65), p('tls_problem', 0.3)], { yieldsTo: ['tls'] }),
  pattern('mailspring-tls', 'tls', 2, [phrase('StartTLS is not available'), '\\bTLS Not Available\\b'], [p('tls_problem', 0.6)]),
  pattern('mailspring-certificate', 'tls', 3, [phrase("Certificate Error - The mail server's security certificate is invalid")], [
    p('tls_problem', 0.85),
  ]),
  // MailCore's ErrorOutlookLoginViaWebBrowser: Outlook.com wants the account verified in a browser first (users quote it without "The").
  pattern('mailspring-outlook-web-sign-in', 'product', 3, [phrase('Outlook server said you must sign in via a web browser')], [
    p('security_policy_blocks', 0.6), p('basic_auth_used', 0.35),
  ]),
  pattern('mailspring-invalid-account', 'imap', 2, [
    phrase('This account is invalid, or does not have an inbox or all folder'),
  ], [p('imap_disabled_or_not_connected', 0.55)]),
];
