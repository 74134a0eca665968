/**
 * What mail APPS tell their users when fetching, sending or signing in to a Microsoft 365 / Exchange Online account fails:
 * Apple Mail (iOS/iPadOS and macOS, the Settings/Internet Accounts sheets), the new Outlook for Windows, Airmail, and the
 * Android Email app that Samsung Email and other phone makers' mail apps grew from (AOSP's platform/packages/apps/Email).
 * Other vocabularies already read the open-source clients (vocab-thunderbird.ts, vocab-mail-clients.ts, vocab-clients-b.ts,
 * vocab-unix-clients.ts, vocab-linux-desktop.ts for Evolution, KMail, Claws Mail, Geary), Mailbird and Outlook's set-up wizard
 * (vocab-commercial-clients.ts), Windows Mail's "account settings are out of date" (vocab-other-apps.ts), the iOS Mail article
 * of Microsoft ("Account not authenticated", "Cannot Get Mail – The connection to the server failed."): not repeated here.
 *
 * Where the strings come from:
 * - AOSP Email (aosp-mirror/platform_packages_apps_email, commit 9822725d): res/values/strings.xml and res/values-de/strings.xml
 *   (account_setup_failed_*, account_setup_autodiscover_dlg_authfail_message, login_failed_ticker, password_warning_label,
 *   security_unsupported_ticker_fmt), chosen by MessagingException type in
 *   src/com/android/email/activity/setup/CheckSettingsErrorDialogFragment.java (AUTHENTICATION_FAILED, CERTIFICATE_VALIDATION_ERROR,
 *   IOERROR, TLS_REQUIRED, AUTH_REQUIRED, SECURITY_POLICIES_UNSUPPORTED, ACCESS_DENIED = Exchange ActiveSync's HTTP 403, …).
 *   Against Exchange Online the app signs in to ActiveSync or IMAP with a password, which Exchange Online refuses since Basic
 *   authentication was switched off: its "user name or password" sentences read as basic_auth_used first.
 * - Apple Mail: quoted by Microsoft and by users, since Apple's string files are not public —
 *   "Cannot Get Mail / The mail server “imap.gmail.com” is not responding. Verify that you have entered the correct account info
 *   in Mail settings." (rdar://23569778, lionheart/openradar-mirror#6763: shown for a connection problem or a wrong password);
 *   "The identity of "imap.gmail.com" cannot be verified by Mail. Review the certificate details to continue." (a GitHub write-up
 *   found by the code index); "Internet Accounts can't verify the identity of the server" (OCAD University's Office 365 set-up
 *   page); Microsoft's "Can't create a mail profile on an iOS device by using Autodiscover" (MicrosoftDocs/SupportArticles-docs
 *   Exchange/ExchangeOnline/mobile-devices/cannot-create-mail-profile-on-ios-device-via-autodiscover.md: the identity "can't be
 *   verified", cause an untrusted certificate on the root domain's Autodiscover); German "Serveridentität kann nicht überprüft
 *   werden" (German iPhone help pages quoting the alert); "Cannot Send Mail. A copy has been placed in your Outbox. The recipient
 *   … was rejected by the server because it does not allow relaying." (smg.co.nz, bobcares.com: the outgoing server's user name
 *   and password were left empty — fill them in); "Cannot Send Mail. The message was rejected by the server." (howtoisolve.com,
 *   iOS 17 with Office 365); "The connection to the outgoing server “smtp-mail.outlook.com” failed." and the German "Die
 *   Verbindung zum Postausgangsserver „Servername“ ist fehlgeschlagen." (unanswered.io, itwelt.at); "Unable to verify account
 *   name or password" (Syracuse University's page: macOS before 10.14 has no modern authentication, so MFA-protected Office 365
 *   accounts fail; mguessan/davmail#77; lavabit/tutorials#5); "com.apple.accounts error 3" (Microsoft Q&A question 5788576: the
 *   answer names Conditional Access, OAuth2ClientProfileEnabled and stale keychain tokens).
 * - New Outlook for Windows: learn.microsoft.com/microsoft-365-apps/outlook/get-started/supported-account-types — "We couldn't
 *   reach the email server. Please try again." when the account's mailbox is not in Exchange Online (on-premises Exchange).
 *   Its license message ("This account is not supported in Outlook for Windows due to the license provided by your work or
 *   school") names a license, which no category covers: left out.
 * - Airmail (Airmail/Airmail_Public#561, #661): "Err Authentication Needed" (error 80000) after the Office 365 password
 *   changed, and "Cannot send mail error Test Authentication needed" with an Exchange account.
 *
 * Not confirmed, so not written: Outlook for Mac's numbered errors (-3253, -3259, -17900, -17099, -18000, -19888) — no
 * Microsoft page or issue in the stored material quotes their sentences (only third-party blogs paraphrase -3253 and -17099);
 * Samsung Email's own wording beyond the AOSP strings it inherited; the Gmail app's Exchange errors; eM Client, Spark,
 * BlueMail, Postbox and The Bat! (no vendor page or issue quoting a message was found); the new Outlook's "Something went
 * wrong" codes; Evolution's alerts in German (its po/de.po is beyond what the index searches).
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/** A host, account or user name as an app fills it in (quotes are straight after normalize.ts; « » and „ stay). */
const NAME = '["«»„]?[^\\s"«»„]{1,255}["«»]?';

/** Apple Mail on iOS/iPadOS and macOS. */
const APPLE_MAIL: readonly Rule[] = [
  // rdar://23569778: the incoming server did not answer — a connection problem or a refused password. Exchange Online refuses
  // IMAP/POP passwords (Basic authentication is off), so the second reading is a password sign-in.
  pattern('apple-mail-server-not-responding', 'product', 3, [
    `${phrase('The mail server')} ${NAME} ${phrase('is not responding. Verify that you have entered the correct account info')}`,
  ], [p('network_blocked', 0.45), p('basic_auth_used', 0.4)], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  // Apple Mail / Internet Accounts could not verify the server's certificate (an inspecting proxy or antivirus, a name
  // mismatch, or — Microsoft's article — an untrusted certificate on the root domain's Autodiscover).
  pattern('apple-mail-cannot-verify-identity', 'tls', 3, [
    `${phrase('The identity of')} ${NAME} ${phrase('cannot be verified by')} (?:Mail|Exchange)`,
    `${phrase("can't verify the identity of the server")}`, phrase('Cannot Verify Server Identity'),
    phrase('Serveridentität kann nicht überprüft werden'),
  ], [p('tls_problem', 0.8)]),
  // The outgoing server refused to relay: the SMTP sign-in was not configured (user name and password left empty), so
  // the message went out unauthenticated.
  pattern('apple-mail-no-relaying', 'smtp-submit', 3, [phrase('was rejected by the server because it does not allow relaying')], [
    p('not_authenticated', 0.75),
  ], { yieldsTo: ['server-reply'] }),
  // "Cannot Send Mail. The message was rejected by the server.": the server refused the message without a reason shown;
  // with Exchange Online usually the sign-in for sending, or the sender address it will not send as.
  pattern('apple-mail-message-rejected', 'product', 2, [`${phrase('Cannot Send Mail')}\\W{0,4}${phrase('The message was rejected by the server')}`], [
    p('smtp_auth_failed_generic', 0.4), p('send_as_denied', 0.3),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  // The outgoing server could not be reached or refused the sign-in (the pages name both).
  pattern('apple-mail-outgoing-connection-failed', 'product', 2, [
    `${phrase('The connection to the outgoing server')} ${NAME} ${phrase('failed')}`,
    `${phrase('Die Verbindung zum Postausgangsserver')} ${NAME} ${phrase('ist fehlgeschlagen')}`,
  ], [p('network_blocked', 0.5), p('smtp_auth_failed_generic', 0.35)], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  // macOS Internet Accounts / Mail set-up: the password sign-in was refused. Syracuse's page: macOS before 10.14 cannot do
  // modern authentication, and an MFA-protected Office 365 account then fails here.
  pattern('apple-mail-unable-to-verify-account', 'product', 3, [phrase('Unable to verify account name or password')], [
    p('basic_auth_used', 0.55), p('security_policy_blocks', 0.35),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  // macOS adding an Exchange account: the account framework's error 3. Microsoft Q&A's answer: Conditional Access, OAuth
  // switched off for the organisation (OAuth2ClientProfileEnabled) or stale tokens in the keychain.
  pattern('apple-accounts-error-3', 'product', 2, ['\\bcom\\.apple\\.accounts error 3\\b'], [
    p('security_policy_blocks', 0.4), p('token_expired_or_invalid', 0.35),
  ], { yieldsTo: ['sign-in'] }),
];

/** The new Outlook for Windows and Airmail. */
const OTHER_APPS: readonly Rule[] = [
  // New Outlook: the account's mailbox is not reachable as an Exchange Online mailbox (Microsoft: shown for on-premises
  // Exchange accounts, which it does not support).
  pattern('new-outlook-couldnt-reach-server', 'product', 3, [phrase("We couldn't reach the email server. Please try again")], [
    p('network_blocked', 0.45), p('unexpected_server_reply', 0.25),
  ], { yieldsTo: ['sign-in', 'tls', 'server-reply'] }),
  // Outlook's account set-up for an IMAP/POP account (quoted on a hosting provider's Outlook set-up page, pastelpromo.com:
  // "Something went wrong. We couldn't connect to the incoming (IMAP) server. Please check the incoming (IMAP) server settings
  // and try again", its advice a firewall or antivirus in the way, or wrong settings). Not found on a Microsoft page.
  pattern('outlook-couldnt-connect-incoming-outgoing', 'product', 3, [
    `${phrase("We couldn't connect to the")} (?:incoming|outgoing) \\((?:IMAP|POP|SMTP)\\) ${phrase('server')}`,
  ], [p('network_blocked', 0.5), p('tls_problem', 0.3)], { yieldsTo: ['sign-in', 'tls', 'server-reply'] }),
  // Airmail: the stored sign-in no longer works (Airmail_Public#561: after the Office 365 password changed). Exchange
  // Online takes no password for EWS/IMAP any more, so a password account is the first reading.
  pattern('airmail-authentication-needed', 'product', 2, [
    `\\bErr ${phrase('Authentication Needed')}\\b`, `${phrase('Cannot send mail error')} [^\\n]{0,120}?${phrase('Authentication needed')}\\b`,
  ], [p('basic_auth_used', 0.45), p('token_expired_or_invalid', 0.4)], { yieldsTo: ['server-reply', 'sign-in'] }),
];

/** AOSP Email (Samsung Email and other Android mail apps built on it), English and German. */
const AOSP_EMAIL: readonly Rule[] = [
  // AUTHENTICATION_FAILED: ActiveSync/IMAP refused the user name and password — Exchange Online refuses passwords.
  pattern('aosp-email-auth-failed', 'product', 3, [
    phrase('Username or password is incorrect.'), phrase('Nutzername oder Passwort ist falsch.'),
    phrase('Email address or password are incorrect'), phrase('E-Mail-Adresse oder Passwort ist nicht korrekt'),
  ], [p('basic_auth_used', 0.75), p('token_expired_or_invalid', 0.3)], { yieldsTo: ['server-reply', 'sign-in'] }),
  // AUTODISCOVER_AUTHENTICATION_FAILED: Autodiscover answered "access denied" — a wrong password, or no Autodiscover for the domain.
  pattern('aosp-email-autodiscover-auth', 'product', 3, [
    phrase('Confirm username, password, and account settings are correct'),
    phrase('Bestätigen Sie, dass Nutzername, Passwort und Kontoeinstellungen richtig sind'),
  ], [p('basic_auth_used', 0.5), p('network_blocked', 0.3)], { yieldsTo: ['server-reply', 'sign-in'] }),
  // AUTHENTICATION_FAILED_OR_SERVER_ERROR: an error reply that may be a refused sign-in.
  pattern('aosp-email-check-credentials', 'product', 3, [
    phrase('The server responded with an error. Check your username and password'),
    phrase('Der Server hat einen Fehler zurückgegeben. Bitte überprüfen Sie Ihren Nutzernamen und Ihr Passwort'),
  ], [p('basic_auth_used', 0.5), p('unexpected_server_reply', 0.3)], { yieldsTo: ['server-reply', 'sign-in'] }),
  // Login failure notification: "<account> signin unsuccessful." / "Anmeldung in <account> erfolglos". The account name is
  // looked behind from the words, not matched first: a match that begins with a name of up to 255 characters is tried at every
  // position of a paste (measured alone on the dense 1 MB paste's views: about 22 ms per view before, 7 ms after). The words
  // are one literal run (no optional space), so the pre-check looks for the rare "signin unsuccessful", not "unsuccessful".
  pattern('aosp-email-signin-unsuccessful', 'product', 2, [
    `signin unsuccessful(?<=[^\\s"«»„]["«»]? signin unsuccessful)`, `${phrase('Anmeldung in')} ${NAME} ${phrase('erfolglos')}`,
  ], [p('basic_auth_used', 0.5), p('token_expired_or_invalid', 0.35)], { yieldsTo: ['server-reply', 'sign-in'] }),
  // CERTIFICATE_VALIDATION_ERROR: the server's certificate was not trusted.
  pattern('aosp-email-certificate', 'tls', 3, [
    phrase("Can't safely connect to server"), phrase('Keine sichere Verbindung zum Server möglich'),
  ], [p('tls_problem', 0.8)]),
  // TLS_REQUIRED: the chosen port/mode offered no TLS (e.g. SSL/TLS set on 587, or none on 993).
  pattern('aosp-email-tls-required', 'tls', 3, [
    phrase('TLS required but not supported by server'), phrase('TLS erforderlich aber nicht von Server unterstützt'),
  ], [p('tls_problem', 0.75)]),
  // AUTH_REQUIRED: none of the app's sign-in methods is offered — Exchange Online offers AUTH only after STARTTLS, and
  // takes OAuth rather than a password.
  pattern('aosp-email-auth-methods', 'product', 3, [
    phrase("Authentication methods aren't supported by server"), phrase('Authentifizierungsmethoden werden nicht vom Server unterstützt'),
  ], [p('tls_problem', 0.45), p('basic_auth_used', 0.4)]),
  // GENERAL_SECURITY: the secure connection could not be set up.
  pattern('aosp-email-security-error', 'tls', 3, [
    phrase("Couldn't open connection to server due to security error"),
    phrase('Verbindung zu Server kann aufgrund eines Sicherheitsfehlers nicht hergestellt werden'),
  ], [p('tls_problem', 0.6), p('network_blocked', 0.3)]),
  // IOERROR and the default: no connection to the server.
  pattern('aosp-email-io-error', 'network', 3, [
    phrase("Couldn't open connection to server."),
    phrase('Verbindung zum Server kann nicht geöffnet werden'),
    phrase('Derzeit kann keine Verbindung zum Server hergestellt werden'),
  ], [p('network_blocked', 0.7)], { yieldsTo: ['tls', 'server-reply'] }),
  // PROTOCOL_VERSION_UNSUPPORTED: a wrong server address, or an ActiveSync version the app lacks.
  pattern('aosp-email-protocol-unsupported', 'product', 3, [
    phrase('You typed an incorrect server address or the server requires a protocol version'),
    phrase('Sie haben eine falsche Serveradresse eingegeben oder der Server erfordert eine Protokollversion'),
  ], [p('unexpected_server_reply', 0.5), p('network_blocked', 0.3)]),
  // ACCESS_DENIED (ActiveSync's HTTP 403): ActiveSync is off for the mailbox, or a device access rule / Conditional Access
  // blocks the app.
  pattern('aosp-email-access-denied', 'product', 3, [
    phrase("You don't have permission to sync with this server"),
    phrase('Sie haben keine Berechtigung, eine Synchronisierung mit diesem Server durchzuführen'),
  ], [p('imap_disabled_or_not_connected', 0.5), p('security_policy_blocks', 0.4)]),
  // SECURITY_POLICIES_UNSUPPORTED and the ticker: the mailbox's mobile device policy asks for more than the device does.
  pattern('aosp-email-policies-unsupported', 'client', 3, [
    phrase("This server requires security features that your Android device doesn't support"),
    phrase('Dieser Server erfordert Sicherheitsfunktionen, die Ihr Android-Gerät nicht unterstützt'),
    `${phrase("can't be synced due to security requirements")}`, phrase('kann aufgrund von Sicherheitsanforderungen nicht synchronisiert werden'),
  ], [p('security_policy_blocks', 0.75)]),
  // CLIENT_CERTIFICATE_REQUIRED: the server (or a proxy before it) asks for a client certificate.
  pattern('aosp-email-client-certificate', 'tls', 3, [
    phrase('A client certificate is required. Do you want to connect to the server with a client certificate'),
    phrase('Ein Clientzertifikat ist erforderlich'),
  ], [p('tls_problem', 0.5), p('security_policy_blocks', 0.35)]),
];

/** Every rule of this file (patterns.ts). */
export const MAIL_APPS_VOCABULARY_RULES: readonly Rule[] = [...APPLE_MAIL, ...OTHER_APPS, ...AOSP_EMAIL];
