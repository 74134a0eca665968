/**
 * The alerts mail apps show an end user when their Outlook.com or Microsoft 365 account stops working, as the vendors'
 * or Microsoft's support pages quote them (issue 10). Each message maps to the category of the fix the page gives.
 *
 * - iOS/iPadOS Mail with an Outlook.com / Hotmail account: support.microsoft.com/en-us/office/
 *   ios-ipados-users-may-experience-issues-accessing-their-outlook-and-hotmail-accounts-from-the-ios-ipados-default-mail-app-
 *   3584197b-8ffb-46ce-b5c6-f4cc71ff29a7 — the prompt "Please enter the password for the Outlook account" (followed by the
 *   address), "Account not authenticated" at the top of Settings > Mail > Accounts > Outlook, and "Cannot Get Mail – The
 *   connection to the server failed." The article names "an existing authentication issue, requiring them to log in again"
 *   and its fix is to enter the current password in the account's settings: the stored sign-in no longer works.
 *   The same article's table lists what the Microsoft account sign-in then shows, each with the account-recovery article to
 *   follow: "That password is incorrect for your Microsoft account." (reset the password), "You've tried to sign in too many
 *   times with an incorrect account or password.", "This task is temporarily unavailable because an incorrect password was
 *   entered too many times." and "You've used an incorrect account or password too many times." (the account is held after
 *   wrong passwords: wait, or recover it).
 * - iOS Mail adding an Exchange Online account (MicrosoftDocs/SupportArticles-docs
 *   Exchange/ExchangeOnline/mobile-devices/cannot-create-mail-profile-on-ios-device-via-autodiscover.md, KB 3150466): the
 *   Autodiscover request to the root domain (https://contoso.com/Autodiscover) gets a certificate that does not match, and the
 *   device says its identity can't be verified; the fix is a certificate that matches the SMTP domain (or manual settings).
 *   The article paraphrases the alert; the title "Cannot Verify Server Identity" is iOS's standard server-trust alert as the
 *   task names it (also the title iOS SDKs copy, e.g. Box's BOXAuthorizationViewController) — its body text was not confirmed
 *   from an Apple page and is not matched.
 *
 * Already read by other files (no rule here): Windows Mail and Calendar's "Your account settings are out of date"
 * (vocab-other-apps.ts); Thunderbird (vocab-thunderbird.ts); Outlook for iOS/Android's "Insecure connection. Would you like to
 * log in anyway?" and "The connection to your mail server timed out" (vocab-kb-connectivity.ts); the Microsoft 365 sign-in
 * page's "You've tried to sign in too many times with an incorrect user ID or password" (vocab-kb-admin-signin.ts).
 *
 * Not written (not confirmed from a vendor page in the stored sources): the Windows 10/11 Mail and Calendar / new Outlook error
 * numbers 0x80070490, 0x8000000b, 0x80072EFD … (Microsoft's "Fix sync issues in the Mail and Calendar apps" page is not in
 * the stored pages; only third-party sites list them); Apple Mail's "The user name or password for … is incorrect",
 * "Account Error", "Mail cannot connect …" and "Unable to verify account name or password" (only blogs and hosting
 * providers' guides quote them; Apple's support.apple.com/102413 paraphrases "Mail might say that it can't connect to your
 * email account"); Samsung Email and the Gmail app / Gmailify (no Samsung or Google help page with an Outlook error text
 * was found); Outlook for iOS/Android's own sign-in alerts (Microsoft's articles on ActiveSync v12.0, EWS application
 * policies and ABQ quarantine quote none). The same Microsoft table's "We can't sign you in" (too general) and "That code
 * didn't work. Check the code and try again." / "The wrong code was entered …" (a mistyped verification code: no category
 * fits) are left out. German: the German copy of the Microsoft article was not in the stored pages, so English only.
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/** What iOS Mail's "Cannot Get Mail" alert can carry after its title: a sign-in error, a TLS error, a server's reply. */
const ALL_WRAPPED = ['server-reply', 'tls', 'sign-in'] as const;

/** iOS/iPadOS Mail with an Outlook.com / Hotmail account (support.microsoft.com … 3584197b-8ffb-46ce-b5c6-f4cc71ff29a7). */
const IOS_MAIL_OUTLOOK: readonly Rule[] = [
  // The stored sign-in no longer works: log in again (re-enter the current password; Mail fetches a new token).
  pattern('ios-mail-enter-outlook-password', 'product', 3, [`(?<![\\w-])(?:${phrase('Please')} ?)?${phrase('enter the password for the Outlook account')}`], [
    p('token_expired_or_invalid', 0.55), p('not_authenticated', 0.35),
  ], { yieldsTo: ['sign-in'] }),
  pattern('ios-mail-account-not-authenticated', 'product', 2, [`(?<![\\w-])${phrase('Account not authenticated')}(?![\\w-])`], [
    p('token_expired_or_invalid', 0.5), p('not_authenticated', 0.35),
  ], { yieldsTo: ['sign-in', 'server-reply'] }),
  // The alert's body: per the article the same authentication issue, though the words speak of the connection.
  pattern('ios-mail-cannot-get-mail-connection', 'product', 2, [
    `${phrase('Cannot Get Mail')}[ \\u2013\\u2014:.-]{0,4}${phrase('The connection to the server failed')}`,
  ], [p('token_expired_or_invalid', 0.4), p('network_blocked', 0.3)], { yieldsTo: [...ALL_WRAPPED] }),
  // The alert's title alone (title case as iOS shows it): what follows it decides; alone a weak guess.
  pattern('ios-mail-cannot-get-mail', 'product', 1, [`(?<![\\w-])Cannot ?Get ?Mail(?![\\w-])`], [
    p('network_blocked', 0.25), p('token_expired_or_invalid', 0.2),
  ], { flags: '', yieldsTo: [...ALL_WRAPPED] }),
];

/**
 * The Microsoft account sign-in, as the same article's table quotes it (each text with the recovery article it links). A
 * wrong password: reset it; too many wrong passwords: the account is held for a while (wait, or recover it). An AADSTS code
 * beside them is precise and decides.
 */
const MICROSOFT_ACCOUNT_SIGN_IN: readonly Rule[] = [
  pattern('msa-password-incorrect', 'entra-ui', 3, [phrase('That password is incorrect for your Microsoft account')], [
    p('not_authenticated', 0.65),
  ], { yieldsTo: ['sign-in'] }),
  pattern('msa-too-many-attempts', 'entra-ui', 3, [
    phrase("You've tried to sign in too many times with an incorrect account or password"),
    phrase('This task is temporarily unavailable because an incorrect password was entered too many times'),
    phrase("You've used an incorrect account or password too many times"),
  ], [p('not_authenticated', 0.6), p('security_policy_blocks', 0.35)], { yieldsTo: ['sign-in'] }),
];

/**
 * iOS Mail adding an Exchange Online account (SupportArticles-docs Exchange/ExchangeOnline/mobile-devices/
 * cannot-create-mail-profile-on-ios-device-via-autodiscover.md): the root domain's Autodiscover certificate does not match —
 * a certificate problem, fixed with a matching certificate or manual settings.
 */
const IOS_SERVER_IDENTITY: readonly Rule[] = [
  pattern('ios-cannot-verify-server-identity', 'tls', 2, [`(?<![\\w-])${phrase('Cannot Verify Server Identity')}`], [p('tls_problem', 0.7)]),
];

/** Every rule of this file (patterns.ts). */
export const VENDOR_ALERT_VOCABULARY_RULES: readonly Rule[] = [...IOS_MAIL_OUTLOOK, ...MICROSOFT_ACCOUNT_SIGN_IN, ...IOS_SERVER_IDENTITY];
