/**
 * More mail libraries' own sentences, besides vocab-mail-libraries.ts, patterns-libraries.ts and vocab-php-apps.ts:
 * Swift Mailer and Symfony Mailer (what patterns-network.ts / vocab-php-apps.ts did not have yet), Python's aiosmtplib,
 * Apache Commons Email, Simple Java Mail, Spring's JavaMailSender (and Spring Boot's connection test), emailjs, the
 * Erlang/Elixir gen_smtp client as Swoosh and Bamboo return it, and Perl's Email::Sender over Net::SMTP. Only texts
 * read in the libraries' own source are here; each group cites its files. None of these libraries translates its
 * messages, so all are English.
 *
 * A sentence that wraps the server's reply ("Sending the email to the following server failed : …", "failed AUTH: …")
 * gives way to that reply (`yieldsTo`); alone it stays weak. A sentence that is the only text names its cause by itself.
 *
 * Already read right without this file (checked with decode()): Swift Mailer's and Symfony Mailer's "Expected response
 * code 235 but got code "535", with message "535 5.7.139 …"" and "Failed to authenticate on SMTP server with username
 * … Authenticator … returned …" (the quoted reply decides), their "Connection could not be established with host …";
 * aiosmtplib's SMTPAuthenticationError / SMTPConnectError / SMTPConnectTimeoutError / SMTPSenderRefused texts;
 * imap_tools' MailboxLoginError ('Response status "OK" expected, but "NO" received. Data: [b'LOGIN failed.']') and
 * IMAPClient's LoginError (both carry Exchange's IMAP reply, ikvk/imap_tools imap_tools/errors.py, mjs/imapclient
 * imapclient/imapclient.py login()/oauth2_login()); Spring's MailSendException with its nested Jakarta Mail exception.
 * Laravel adds no sentence of its own to these (its mail transports are Symfony Mailer's, before Laravel 9 Swift
 * Mailer's); not read in Laravel's source.
 */
import { p, pattern, phrase, sendWrapper, type Rule } from './pattern-kit.js';

/** Swift Mailer's and Symfony Mailer's reply check, up to what they got: "Expected response code 250 but got …", "Expected response
 *  code "250/251" but got …" (assertResponseCode() in both). */
const expectedCode = (code: string): string => `${phrase('Expected response code')} ?"?${code}"? ?`;
export const EXPECTED_RESPONSE_CODE = expectedCode('[\\d/]{3,20}');

/** The check finding no reply at all after the expected code, in Swift's and Symfony's wordings. */
const noReplyAfter = (expected: string): string[] => [
  `${expected}${phrase('but got an empty response')}`, `${expected}${phrase('but got empty code')}`,
  // Swift Mailer's older wording: 'Expected response code 250 but got code "", with message ""'.
  `${expected}${phrase('but got code')} ?"" ?, ?${phrase('with message')} ?""`,
];

/**
 * Swift Mailer (swiftmailer/swiftmailer lib/classes/Swift/Transport/Esmtp/AuthHandler.php afterEhlo(),
 * AbstractSmtpTransport.php assertResponseCode(), EsmtpTransport.php) and Symfony Mailer (symfony/mailer
 * Transport/Smtp/SmtpTransport.php assertResponseCode(), Transport/Smtp/Stream/AbstractStream.php).
 */
const SWIFT_SYMFONY: readonly Rule[] = [
  // "… using 0 possible authenticators.": the server listed no AUTH mechanism the mailer has — Exchange Online lists AUTH
  // only after STARTTLS, so the encryption setting is missing (Swift's count is of the server's offered mechanisms).
  pattern('swift-zero-authenticators', 'tls', 2, [
    `${phrase('Failed to authenticate on SMTP server with username')} ?"[^"\\n]{0,255}" ?${phrase('using 0 possible authenticators')}`,
  ], [p('tls_problem', 0.65)]),
  // EsmtpTransport: STARTTLS was answered but the TLS handshake failed (Swift's counterpart of Symfony's "Unable to connect with STARTTLS").
  pattern('swift-tls-encryption', 'tls', 2, [phrase('Unable to connect with TLS encryption')], [p('tls_problem', 0.7)]),
  // The connection gave no reply at all (Swift: "Expected response code 220 but got an empty response"; Symfony: "Expected
  // response code "220" but got empty code."): closed at once — a firewall or filter, or the wrong encryption for the port.
  pattern('swift-symfony-empty-response', 'network', 2, noReplyAfter(expectedCode('220')), [
    p('network_blocked', 0.5), p('tls_problem', 0.4),
  ], { yieldsTo: ['tls'] }),
  // … when a later command got no reply (354 after DATA, 250 after MAIL FROM: nextcloud/server#23518), the session had come up
  // and the server dropped it: its own failure or a limit (development texts: 2 of 3 the server's side, 1 a limit). Not an
  // authenticator's answer ("Authenticator LOGIN returned Expected response code 250 but got an empty response"): that is the
  // sign-in's failure, which Symfony's "Failed to authenticate on SMTP server" rule reads (development texts: 2 of 2).
  pattern('swift-symfony-empty-response-later', 'smtp-submit', 2, noReplyAfter(expectedCode('(?!220\\b)[\\d/]{3,20}')).map((r) => `(?<!Authenticator [A-Z0-9-]{1,20} returned )${r}`), [
    p('unexpected_server_reply', 0.5), p('throttled', 0.35), p('network_blocked', 0.25),
  ]),
  // "Expected response code 220 but got code "500", with message "500 Unknown command"": 220 is also what STARTTLS must get, and
  // a greeting is never a 5xx — the server does not speak STARTTLS (MailCatcher, a test server; a development text): the
  // encryption setting first.
  pattern('swift-symfony-starttls-refused', 'tls', 2, [`${expectedCode('220')}${phrase('but got code')} ?"?5\\d\\d\\b`], [
    p('tls_problem', 0.6), p('unexpected_server_reply', 0.4),
  ]),
  // The mailer expected another code where the server accepted the sign-in ('Expected response code 250 but got code "235",
  // with message "235 2.7.0 Authentication successful"', swiftmailer#669): the password or token worked; the mailer's order of
  // commands did not (there a second AUTH followed, "503 5.5.2 Auth command already specified").
  pattern('swift-symfony-auth-succeeded', 'client', 3, [`${EXPECTED_RESPONSE_CODE}${phrase('but got code')} ?"?235\\b`], [
    p('unexpected_server_reply', 0.6), p('smtp_auth_failed_generic', 0.3),
  ]),
  // Symfony's stream: the server (or something between) closed the connection, or a write failed; a reply quoted beside it decides.
  pattern('symfony-connection-closed', 'network', 2, [
    `${phrase('Connection to')} ?"[^"\\n]{0,255}" ?${phrase('has been closed unexpectedly')}`, phrase('Unable to write bytes on the wire'),
  ], [p('network_blocked', 0.5), p('tls_problem', 0.3)], { yieldsTo: ['server-reply', 'tls'] }),
];

/** aiosmtplib (cole/aiosmtplib src/aiosmtplib/smtp.py login()/_maybe_login_on_connect(), src/aiosmtplib/protocol.py start_tls()). */
const AIOSMTPLIB: readonly Rule[] = [
  // No AUTH in the EHLO reply on a plain connection: Exchange Online lists AUTH only after STARTTLS (the library says so itself).
  pattern('aiosmtplib-auth-needs-tls', 'tls', 3, [
    phrase('The SMTP AUTH extension is not supported by this server. Try connecting via TLS (or STARTTLS)'),
  ], [p('tls_problem', 0.75)]),
  pattern('aiosmtplib-auth-not-supported', 'tls', 2, [phrase('The SMTP AUTH extension is not supported by this server')], [
    p('tls_problem', 0.45), p('smtp_auth_failed_generic', 0.3),
  ]),
  // XOAUTH2 asked for but not in the EHLO reply: again the connection is not encrypted yet (Exchange lists it after STARTTLS).
  pattern('aiosmtplib-no-xoauth2', 'tls', 2, [phrase('oauth_token_generator provided but server does not support XOAUTH2')], [
    p('tls_problem', 0.6), p('smtp_auth_failed_generic', 0.2),
  ]),
  // XOAUTH2 needs the mailbox's address as user name beside the token.
  pattern('aiosmtplib-oauth-username', 'client', 2, [phrase('username is required when using oauth_token_generator')], [
    p('not_authenticated', 0.6),
  ]),
  // The STARTTLS handshake was reset or aborted (a TLS version or a middlebox; a timeout stays with the network words).
  pattern('aiosmtplib-tls-upgrade', 'tls', 2, [
    phrase('Connection reset while upgrading transport'), phrase('Connection aborted while upgrading transport'),
  ], [p('tls_problem', 0.6), p('network_blocked', 0.3)]),
];

/**
 * Java. Apache Commons Email (apache/commons-email commons-email2-jakarta/src/main/java/org/apache/commons/mail2/jakarta/
 * Email.java sendMimeMessage(), same in commons-email2-javax and 1.x src/main/java/org/apache/commons/mail/Email.java):
 * any MessagingException, with the Jakarta Mail exception as its cause. Simple Java Mail (bbottema/simple-java-mail
 * modules/simple-java-mail/src/main/java/org/simplejavamail/mailer/internal/MailerException.java, SendMailClosure.java).
 * Spring (spring-projects/spring-framework spring-context-support/src/main/java/org/springframework/mail/javamail/
 * JavaMailSenderImpl.java doSend(): AuthenticationFailedException → MailAuthenticationException "Authentication failed",
 * any other connect failure → MailSendException "Mail server connection failed"; MailAuthenticationException.java).
 * Spring Boot's start-up check spring.mail.test-connection (spring-projects/spring-boot spring-boot-autoconfigure
 * …/autoconfigure/mail/MailSenderValidatorAutoConfiguration.java: "Mail server is not available" around testConnection()).
 */
const JAVA: readonly Rule[] = [
  sendWrapper('commons-email-send-failed', [
    `${phrase('Sending the email to the following server failed')} ?: ?[\\w.-]{1,255}:\\d{1,5}`,
  ], 0.3, 0.25),
  // Simple Java Mail's wrappers of the Jakarta Mail exception ("Failed to send email [<id>], reason: Third party error").
  sendWrapper('simplejavamail-send-failed', [
    `${phrase('Failed to send email')} ?\\[[^\\]\\n]{0,300}\\](?:, ?${phrase('reason:')} ?(?:${phrase('Third party error')}|${phrase('Unknown error')}))?`,
  ], 0.3, 0.25),
  // Jakarta Mail's AuthenticationFailedException (the server's 535) under Spring's name; the nested reply decides.
  pattern('spring-mail-authentication', 'product', 2, [`\\bMailAuthenticationException\\b(?:: ?${phrase('Authentication failed')})?`], [
    p('smtp_auth_failed_generic', 0.55), p('basic_auth_used', 0.35),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('spring-mail-connection-failed', 'product', 1, [phrase('Mail server connection failed')], [
    p('network_blocked', 0.5), p('tls_problem', 0.25),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  // Spring Boot's connection test wraps every MessagingException, the sign-in's too.
  sendWrapper('spring-boot-mail-not-available', [phrase('Mail server is not available')], 0.3, 0.25),
];

/**
 * emailjs (eleith/emailjs src/connection.ts login()/connect(), src/response.ts, src/error.ts SMTPError.create(): the
 * cause's text follows in parentheses — "authorization.failed (bad response on command 'AUTH': 5.7.139 …)").
 */
const EMAILJS: readonly Rule[] = [
  pattern('emailjs-authorization-failed', 'product', 2, ['\\bauthorization\\.failed\\b'], [
    p('smtp_auth_failed_generic', 0.5), p('basic_auth_used', 0.35),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  // None of the server's AUTH mechanisms is one emailjs has: Exchange lists AUTH only after STARTTLS (option tls).
  pattern('emailjs-no-auth-supported', 'tls', 2, [phrase('no form of authorization supported')], [
    p('tls_problem', 0.6), p('basic_auth_used', 0.25),
  ]),
  pattern('emailjs-ssl', 'tls', 2, [phrase('could not establish an ssl connection')], [p('tls_problem', 0.7)]),
  pattern('emailjs-connection-lost', 'network', 1, [
    phrase('bad response on connection'), phrase('connection has ended'), phrase('connection has closed'), phrase('connection encountered an error'),
  ], [p('network_blocked', 0.4), p('tls_problem', 0.25)], { yieldsTo: ['server-reply', 'tls'] }),
];

/** A host in an Erlang/Elixir term: "smtp.office365.com", 'smtp.office365.com' or ~c"smtp.office365.com". */
const HOST = `(?:~c)?["'][^"'\\n]{0,255}["'], ?`;

/**
 * gen_smtp's client (gen-smtp/gen_smtp src/gen_smtp_client.erl: the types permanent_failure_reason(), failure(),
 * host_failure(), smtp_session_error(); try_AUTH() throws {permanent_failure, auth_failed} without the server's reply),
 * as Swoosh returns it (swoosh/swoosh lib/swoosh/adapters/smtp.ex: {:error, {type, message}}) and Bamboo's SMTP adapter
 * (fewlinesco/bamboo_smtp lib/bamboo/adapters/smtp_adapter.ex: SMTPError "There was a problem sending the email through
 * SMTP. The error is … More detail below: …", handle_response()). Elixir and Erlang term forms.
 */
const GEN_SMTP: readonly Rule[] = [
  // AUTH refused (every mechanism tried); gen_smtp drops Exchange's 535 reply, so the usual 535 causes stay open.
  pattern('gen-smtp-auth-failed', 'smtp-auth', 2, [`\\{ ?:?permanent_failure, ?(?:${HOST})?:?auth_failed ?\\}`], [
    p('smtp_auth_failed_generic', 0.55), p('basic_auth_used', 0.4), p('smtp_auth_disabled_mailbox', 0.25),
  ]),
  // gen_smtp crashed reading the server's reply ("{case_clause,<<0>>}" in gen_smtp_client:read_possible_multiline_reply — a reply it
  // could not parse, here a NUL byte from GMX's server; a development text from Zotonic): the server's answer, not the settings.
  pattern('gen-smtp-reply-unreadable', 'smtp-submit', 2, [String.raw`\bgen_smtp_client,\s?read_possible_multiline_reply\b`], [
    p('unexpected_server_reply', 0.6), p('network_blocked', 0.3),
  ]),
  // auth: :always, but no AUTH was offered (Exchange lists it only after STARTTLS: tls :never) or no credentials were set.
  pattern('gen-smtp-missing-auth', 'tls', 2, [`\\{ ?:?missing_requirement, ?(?:${HOST})?:?auth ?\\}`], [
    p('tls_problem', 0.55), p('not_authenticated', 0.4),
  ]),
  // tls: :always, but the EHLO reply had no STARTTLS (Exchange offers it on 587; something between stripped it, or the wrong port).
  pattern('gen-smtp-missing-tls', 'tls', 2, [`\\{ ?:?missing_requirement, ?(?:${HOST})?:?tls ?\\}`], [
    p('tls_problem', 0.55), p('network_blocked', 0.35),
  ]),
  pattern('gen-smtp-tls-failed', 'tls', 2, [`\\{ ?:?temporary_failure, ?(?:${HOST})?:?tls_failed ?\\}`, `\\{ ?:?permanent_failure, ?(?:${HOST})?:?ssl_not_started ?\\}`], [
    p('tls_problem', 0.75),
  ]),
  pattern('gen-smtp-network', 'network', 2, [
    `\\{ ?:?network_failure, ?(?:${HOST})?\\{ ?:?error, ?:?(?:timeout|etimedout|econnrefused|nxdomain|ehostunreach|enetunreach) ?\\}`,
  ], [p('network_blocked', 0.75)]),
  pattern('gen-smtp-network-closed', 'network', 2, [
    `\\{ ?:?network_failure, ?(?:${HOST})?\\{ ?:?error, ?:?(?:closed|econnreset) ?\\}`,
  ], [p('network_blocked', 0.5), p('tls_problem', 0.35)], { yieldsTo: ['tls'] }),
  // The session's outcome around the failure: the failure inside (or the reply it quotes) decides.
  pattern('gen-smtp-session-error', 'product', 1, [
    `\\{ ?:?error, ?\\{? ?:?(?:retries_exceeded|no_more_hosts),`, phrase('There was a problem sending the email through SMTP'),
  ], [p('network_blocked', 0.3), p('smtp_auth_failed_generic', 0.25)], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  // Bamboo: auth: :always without username/password (gen_smtp's no_credentials).
  pattern('bamboo-no-credentials', 'client', 3, [phrase('Username and password were not provided for authentication')], [
    p('not_authenticated', 0.65),
  ]),
];

/**
 * Perl: Email::Sender::Transport::SMTP (rjbs/Email-Sender lib/Email/Sender/Transport/SMTP.pm _smtp_client()/send_email();
 * lib/Email/Sender/Util.pm _failure() appends Net::SMTP's message — the reply without its basic code, e.g. "failed AUTH:
 * 5.7.139 Authentication unsuccessful, …"). Net::SMTP (steve-m-hay/perl-libnet lib/Net/SMTP.pm auth(): with no AUTH in
 * the EHLO reply it sets "Command unknown: 'AUTH'").
 */
const PERL: readonly Rule[] = [
  // Net::SMTP->new returned nothing: no connection, no greeting, or the SSL handshake failed (ssl => 1 on port 587).
  pattern('perl-email-sender-no-connection', 'network', 2, [`${phrase('unable to establish SMTP connection to')} ?\\(`], [
    p('network_blocked', 0.6), p('tls_problem', 0.35),
  ], { yieldsTo: ['tls'] }),
  // No AUTH offered: the connection is not encrypted (Exchange lists AUTH only after STARTTLS; set ssl => 'starttls').
  pattern('perl-failed-auth-no-auth', 'tls', 3, [`${phrase('failed AUTH:')} ?${phrase("Command unknown: 'AUTH'")}`], [
    p('tls_problem', 0.7), p('basic_auth_used', 0.2),
  ]),
  pattern('perl-failed-auth', 'product', 1, [`\\bfailed AUTH:(?! ?Command ?unknown)`], [
    p('smtp_auth_failed_generic', 0.5), p('basic_auth_used', 0.35),
  ], { flags: '', yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('perl-starttls', 'tls', 2, [phrase("can't STARTTLS:")], [p('tls_problem', 0.75)]),
  // The step that was refused; Exchange's reply after the colon decides.
  pattern('perl-mail-from-refused', 'smtp-submit', 1, [phrase('failed after MAIL FROM')], [
    p('send_as_denied', 0.3), p('not_authenticated', 0.25),
  ], { yieldsTo: ['server-reply'] }),
  pattern('perl-rcpt-refused', 'smtp-submit', 1, [phrase('recipients were rejected during RCPT')], [
    p('recipient_rejected', 0.35), p('outbound_sender_blocked', 0.2),
  ], { yieldsTo: ['server-reply'] }),
  pattern('perl-data-refused', 'smtp-submit', 1, [phrase('error at DATA start'), phrase('error at during DATA'), phrase('error at after DATA')], [
    p('unexpected_server_reply', 0.3), p('outbound_sender_blocked', 0.25),
  ], { yieldsTo: ['server-reply'] }),
];

/** Every rule of this file (patterns.ts). */
export const MAIL_LIBRARY_MORE_VOCABULARY_RULES: readonly Rule[] = [...SWIFT_SYMFONY, ...AIOSMTPLIB, ...JAVA, ...EMAILJS, ...GEN_SMTP, ...PERL];
