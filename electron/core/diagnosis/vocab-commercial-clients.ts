/**
 * Mail clients that are not open source (issue 10), with the messages their vendors' own support pages show when
 * signing in to or connecting with Microsoft 365 fails. The open-source clients are in vocab-mail-clients.ts,
 * vocab-thunderbird.ts, vocab-mailspring.ts and vocab-unix-clients.ts; Windows Mail's "Your account settings are out
 * of date" is in vocab-other-apps.ts; classic Outlook's 0x800CCCxx numbers in vocab-outlook-codes.ts.
 *
 * - Mailbird (support.getmailbird.com/hc/en-us/articles/360022659113-Server-authentication-failed): the alert
 *   "Server authentication failed" appears "whenever your email server loses the authentication for your email
 *   inbox"; the fix the article gives is to remove the account and add it again (a new sign-in, i.e. a new OAuth
 *   token or the current password). The server's own reply, when pasted beside it, decides.
 * - Outlook for Microsoft 365 on Windows (MicrosoftDocs/SupportArticles-docs
 *   Exchange/ExchangeOnline/outlook-issues/outlook-cannot-setup-microsoft-365-account.md, "Outlook can't set up a
 *   Microsoft 365 account"): "Something went wrong and Outlook couldn't set up your account. Please try again. If the
 *   problem continues, contact your email administrator." and "We're sorry, we couldn't set up your account
 *   automatically." — local Autodiscover is switched off by Group Policy and the cloud Autodiscover is blocked because
 *   "connected experiences in Office" are switched off; the fix is to allow one of them (the client cannot reach the
 *   Microsoft 365 endpoint it needs). The same article: "Office is currently offline." under File > Office Account >
 *   Connected Services. English only: no stored German copy of the article was found.
 * - Outlook's Add New Account wizard on Windows and Mac (MicrosoftDocs/SupportArticles-docs
 *   Exchange/ExchangeOnline/outlook-issues/cannot-set-up-profile-autodiscover.md): "An encrypted connection to your mail
 *   services is not available" — Autodiscover gave no usable answer; the article's fixes are the right address, a
 *   current Outlook, the domain's Autodiscover CNAME record (autodiscover.outlook.com) and the synced user's mail
 *   attributes. Mapped to network_blocked (the DNS record in the way); the Remote Connectivity Analyzer's "Autodiscover
 *   cannot process the given e-mail address. Only mailboxes and contacts are allowed." in the same article names a
 *   directory attribute no category covers and is left out.
 *
 * Not written (no vendor text confirmed in this pass): eM Client (its support site and forum were not found in the
 * stored pages, only a German blog post about the end of Basic Authentication without error texts), The Bat!,
 * Postbox (built on Thunderbird, whose messages vocab-thunderbird.ts knows; its own articles
 * support.postbox-inc.com/…/7295708923031 and …/218007468 give settings, no error texts), Spark (Readdle's pages say only that SSL/STARTTLS is required and app passwords for iCloud), BlueMail,
 * Samsung Email; Apple Mail's alerts ("Cannot Get Mail", "The user name or password for … is incorrect", "Unable to
 * verify account name or password" — the last only in hosting providers' guides; Apple's own page "If Mail on your
 * Mac keeps asking for your password", support.apple.com/102413, paraphrases the alert without quoting it); Gmail's
 * "Check mail from other accounts" ("Authentication error. Server returned error …" was seen only in a blog post,
 * not on Google's help pages); the Windows Mail/Calendar numbers 0x80072746 (WSAECONNRESET) and 0x8019019a (HTTP 410)
 * — no Microsoft page saying what fixes them was found, only third-party sites; new Outlook for Windows and Outlook
 * for Mac/iOS/Android sign-in alerts (Microsoft's articles on them describe repeated prompts without quoting a text).
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/** Every rule of this file (patterns.ts). */
export const COMMERCIAL_CLIENT_VOCABULARY_RULES: readonly Rule[] = [
  // Mailbird: the server no longer accepts the stored sign-in — remove and re-add the account (a fresh OAuth token or
  // the current password). A server reply or sign-in error pasted with it decides.
  pattern('mailbird-server-authentication-failed', 'product', 2, [`(?<![\\w-])${phrase('Server authentication failed')}`], [
    p('token_expired_or_invalid', 0.45), p('imap_auth_failed_generic', 0.35), p('basic_auth_used', 0.3),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  // Outlook for Microsoft 365: Autodiscover has no way to the Microsoft 365 endpoint (local Autodiscover disabled by
  // policy, cloud Autodiscover blocked with "connected experiences" off).
  pattern('outlook-couldnt-set-up-account', 'product', 3, [
    `${phrase('Something went wrong and Outlook')} ?(?:couldn[']?t|could not) ?${phrase('set up your account')}`,
  ], [p('network_blocked', 0.5)], { yieldsTo: ['sign-in', 'tls'] }),
  pattern('outlook-couldnt-set-up-automatically', 'product', 2, [
    `${phrase("We're sorry, we")} ?(?:couldn[']?t|could not) ?${phrase('set up your account automatically')}`,
  ], [p('network_blocked', 0.4)], { yieldsTo: ['sign-in', 'tls', 'server-reply'] }),
  // The same article: File > Office Account > Connected Services then says Office is offline (connected experiences off).
  pattern('office-currently-offline', 'product', 2, [`${phrase('Office is currently offline')}(?![\\w-])`], [p('network_blocked', 0.35)], {
    yieldsTo: ['sign-in', 'tls', 'server-reply'],
  }),
  // Outlook's Add New Account wizard: Autodiscover found no usable answer — usually the domain's Autodiscover CNAME
  // (autodiscover.outlook.com) is missing or wrong, or the address typed is not the mailbox's.
  pattern('outlook-encrypted-connection-unavailable', 'product', 3, [phrase('An encrypted connection to your mail services is not available')], [
    p('network_blocked', 0.45),
  ], { yieldsTo: ['sign-in', 'tls'] }),
];
