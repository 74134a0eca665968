/**
 * What mail servers and small MTAs say in their own words when they relay through Microsoft 365
 * (smtp.office365.com:587 as smart host, SMTP AUTH) and the relay fails (issue 10): Exim, Sendmail, OpenSMTPD,
 * nullmailer, dma, ssmtp, and msmtp's messages the runtime vocabulary did not know yet (its German translation).
 * Only texts read in the products' own source are here; each group cites it.
 *
 * Exchange Online offers AUTH on smtp.office365.com only after STARTTLS, and only LOGIN and XOAUTH2: a relay that
 * "sees no AUTH" did not start TLS (or talks to a host that is not the submission endpoint), one that "has no
 * common mechanism" lacks LOGIN/XOAUTH2 in its own set-up.
 *
 * A sentence that carries Exchange's reply behind it (or next to it, in the same log) gives way to that reply
 * (`yieldsTo`); alone it stays weak. Their wrappers that always quote the reply ("SMTP error from remote mail server
 * after AUTH …: 535 5.7.139 …", OpenSMTPD's "AUTH rejected: …", ssmtp's "Server didn't accept AUTH LOGIN (…)", dma's
 * "… did not like our MAIL FROM: …", Sendmail's "stat=Deferred: 4xx …") are read right already by the reply's own
 * rules (patterns-smtp.ts) and are not listed.
 *
 * Not here: Sendmail's "AUTH failure (LOGIN): …" and OpenSMTPD's "authentication failed" are their *server* side
 * (a client signing in to them: sendmail/srvrsmtp.c, usr.sbin/smtpd/smtp_session.c), not their relay to Microsoft 365;
 * a "TLS handshake failed" of Sendmail's own was not found in its source (its client logs "STARTTLS=client, error:
 * connect failed=…"; msmtp's "TLS handshake failed" is in vocab-mail-runtimes.ts). Postfix's and msmtp's English texts
 * are in vocab-mail-runtimes.ts / patterns-libraries.ts. MDaemon, SmarterMail and Axigen: no error wording of their
 * own for a smart host relay was found in their documentation or knowledge base (MDaemon's describes only the OAuth
 * set-up of MultiPOP) — their delivery logs quote Exchange's reply, which patterns-smtp.ts reads.
 * None of Exim, Sendmail, OpenSMTPD, nullmailer, dma or ssmtp translates its log texts, so English only there.
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/**
 * Exim, the smtp transport as a client (Exim/exim src/src/transports/smtp.c, commit 13835a3c1: smtp_auth() —
 * "authentication required but %s" with "authentication attempt(s) failed", "server did not advertise AUTH support",
 * "no common mechanisms were found"; try_authenticator() logs the server's reply in "<name> authenticator failed H=host
 * [ip] <reply>" beforehand; check_response() — "SMTP timeout after <command>", "Remote host closed connection in
 * response to <command>"; the retry texts "retry time not reached for any host" and "all hosts for '<domain>' have been
 * failing for a long time"; src/src/log.c exim_errstrings[] — "Mandatory TLS session not started", "Failed to start
 * TLS session"). Its TLS failures ("TLS session: (SSL_connect): <OpenSSL/GnuTLS reason>") are read by the TLS rules.
 */
const EXIM: readonly Rule[] = [
  // AUTH was tried and refused (hosts_require_auth): the reply on the "authenticator failed" line decides.
  pattern('exim-auth-required-failed', 'product', 2, [phrase('authentication required but authentication attempt(s) failed')], [
    p('smtp_auth_failed_generic', 0.5), p('basic_auth_used', 0.35),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  // Exchange lists AUTH only after STARTTLS (hosts_require_tls / port 587), and the MX endpoint
  // (<domain>.mail.protection.outlook.com) never does: TLS not started, or the wrong host.
  pattern('exim-auth-not-advertised', 'product', 3, [phrase('authentication required but server did not advertise AUTH support')], [
    p('tls_problem', 0.55), p('unexpected_server_reply', 0.3),
  ]),
  // Exchange offers LOGIN and XOAUTH2; Exim has no client authenticator with either public_name (only PLAIN, say).
  pattern('exim-no-common-mechanism', 'product', 3, [phrase('authentication required but no common mechanisms were found')], [
    p('smtp_auth_failed_generic', 0.55), p('basic_auth_used', 0.3),
  ]),
  pattern('exim-tls-required', 'product', 2, [phrase('Mandatory TLS session not started'), phrase('Failed to start TLS session')], [
    p('tls_problem', 0.65),
  ], { yieldsTo: ['tls'] }),
  // No reply at all: the connection was cut or nothing answered (a firewall, or port 465 without protocol = smtps).
  pattern('exim-timeout-closed', 'product', 1, [
    `${phrase('SMTP timeout after')} ?(?:${phrase('initial connection')}|EHLO|HELO|STARTTLS|AUTH|MAIL|RCPT|DATA|${phrase('end of data')}|pipelined)`,
    phrase('Remote host closed connection in response to'),
  ], [p('network_blocked', 0.5), p('tls_problem', 0.3)], { yieldsTo: ['tls', 'server-reply'] }),
  // Earlier attempts failed and Exim waits for the retry time: the cause is in the earlier log lines (their reply decides).
  pattern('exim-retry-wait', 'product', 1, [
    phrase('retry time not reached for any host'),
    `${phrase('all hosts')} (?:${phrase('for')} ?'[^'\\n]{0,255}' ?)?${phrase('have been failing for a long time')}`,
  ], [p('network_blocked', 0.35), p('smtp_auth_failed_generic', 0.25)], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
];

/**
 * Sendmail as a client relaying to a smart host (deepin-community/sendmail, Sendmail 8.18: sendmail/usersmtp.c
 * getauth() "AUTH=client, relay=%.64s [%.16s], authinfo %sfailed", attemptauth() "AUTH=client, available
 * mechanisms=%s do not fulfill requirements" (Cyrus SASL's SASL_NOMECH); sendmail/deliver.c "AUTH=client,
 * relay=%.100s, temporary failure, connection abort" with the envelope status "Temporary AUTH failure", and
 * starttls() "STARTTLS=client, error: connect failed=%d, reason=%s, SSL_error=%d, errno=%d, retry=%d").
 */
const SENDMAIL: readonly Rule[] = [
  // No AuthInfo entry (authinfo file / access map) for this relay: nothing was sent to sign in with.
  pattern('sendmail-authinfo-failed', 'product', 3, [`${phrase('AUTH=client, relay=')}[^,\\n]{1,120}, ?${phrase('authinfo')} ?(?:temp)?failed`], [
    p('not_authenticated', 0.6), p('smtp_auth_failed_generic', 0.3),
  ]),
  // Cyrus SASL has no plugin for what Exchange offers ("LOGIN XOAUTH2"), or AuthMechanisms excludes them.
  pattern('sendmail-no-mechanism', 'product', 3, [`${phrase('AUTH=client, available mechanisms=')}[^\\n]{0,120}?${phrase('do not fulfill requirements')}`], [
    p('smtp_auth_failed_generic', 0.55), p('basic_auth_used', 0.3),
  ]),
  // AUTH answered 4xx or the connection broke during AUTH; a quoted reply decides.
  pattern('sendmail-auth-tempfail', 'product', 2, [
    `${phrase('AUTH=client, relay=')}[^,\\n]{1,120}, ?${phrase('temporary failure, connection abort')}`, phrase('Temporary AUTH failure'),
  ], [p('smtp_auth_failed_generic', 0.4), p('network_blocked', 0.3)], { yieldsTo: ['server-reply', 'tls'] }),
  // The TLS handshake with the smart host failed; the OpenSSL reason after "reason=" decides when it is known.
  pattern('sendmail-starttls-client', 'product', 2, [phrase('STARTTLS=client, error: connect failed=')], [p('tls_problem', 0.7)], {
    yieldsTo: ['tls'],
  }),
];

/**
 * OpenSMTPD relaying ("action … relay host smtp+tls://label@smtp.office365.com:587 auth <secrets>"): OpenSMTPD/
 * OpenSMTPD usr.sbin/smtpd/mta_session.c (mta_enter_state(): "TLS required but not supported by remote host", "no
 * supported AUTH method", "AUTH not advertised", "Refuse to AUTH over insecure channel"; mta_error() logs "mta error
 * reason=…") and usr.sbin/smtpd/mta.c (mta_on_secret(): "Could not retrieve credentials"; "TLS required for relaying";
 * mta_log(): "result=\"TempFail\" stat=\"…\""). It signs in only with PLAIN or LOGIN, and only over TLS.
 */
const OPENSMTPD: readonly Rule[] = [
  // After TLS, smtp.office365.com always lists AUTH: no AUTH means another server (the MX endpoint, a filtering proxy).
  pattern('opensmtpd-auth-not-advertised', 'product', 2, [`(?:${phrase('reason=')} ?|stat=" ?)${phrase('AUTH not advertised')}`], [
    p('unexpected_server_reply', 0.5), p('network_blocked', 0.3),
  ]),
  pattern('opensmtpd-no-auth-method', 'product', 2, [`(?:${phrase('reason=')} ?|stat=" ?)${phrase('no supported AUTH method')}`], [
    p('smtp_auth_failed_generic', 0.5), p('unexpected_server_reply', 0.3),
  ]),
  // The relay URL has no TLS ("smtp://" instead of "smtp+tls://"): OpenSMTPD will not send the password in clear.
  pattern('opensmtpd-auth-insecure', 'product', 3, [phrase('Refuse to AUTH over insecure channel'), phrase('TLS required for relaying')], [
    p('tls_problem', 0.7),
  ]),
  pattern('opensmtpd-tls-not-offered', 'product', 3, [phrase('TLS required but not supported by remote host')], [
    p('tls_problem', 0.55), p('unexpected_server_reply', 0.3),
  ]),
  // The "auth <table>" has no entry for the relay's label: nothing was sent to sign in with.
  pattern('opensmtpd-no-credentials', 'product', 3, [`(?:stat=" ?|^)${phrase('Could not retrieve credentials')}`], [
    p('not_authenticated', 0.6), p('smtp_auth_failed_generic', 0.25),
  ]),
];

/**
 * nullmailer (bruceg/nullmailer, commit 79a8a45: protocols/smtp.cc protocol_send() "Server does not advertise any
 * supported authentication methods" — it knows PLAIN and LOGIN; protocols/protocol.cc protocol_fail() prints
 * "<program>: Failed: <reply or text>"; lib/errcodes.cc errorstr() for nullmailer-send's "Sending failed: …";
 * protocols/tls_gnutls.cc "Server SSL/TLS certificate is untrusted", "… does not match hostname",
 * "Error completing TLS handshake: <GnuTLS>"). Without --starttls (or --ssl) Exchange lists no AUTH.
 */
const NULLMAILER: readonly Rule[] = [
  // ERR_AUTH_FAILED: the "smtp: Failed: 535 …" line before it carries Exchange's reply, which decides.
  pattern('nullmailer-auth-failed', 'product', 2, [phrase('Failed to authenticate to server')], [
    p('smtp_auth_failed_generic', 0.5), p('basic_auth_used', 0.35),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('nullmailer-no-auth-method', 'product', 3, [phrase('Server does not advertise any supported authentication methods')], [
    p('tls_problem', 0.55), p('smtp_auth_failed_generic', 0.3),
  ]),
  pattern('nullmailer-cert', 'product', 3, [phrase('Server SSL/TLS certificate is untrusted'), phrase('Server SSL/TLS certificate does not match hostname')], [
    p('tls_problem', 0.8),
  ]),
  pattern('nullmailer-connect', 'product', 2, [`${phrase('Failed:')} ?${phrase('Connect failed')}`], [p('network_blocked', 0.6)], {
    yieldsTo: ['tls'],
  }),
];

/**
 * DragonFly Mail Agent (corecode/dma, commit 7f88bbe: net.c smtp_login() "remote delivery %s: Authentication failed:
 * %s", "non-encrypted SMTP login is disabled in config, so skipping it."; deliver_to_host() "remote delivery failed:
 * SMTP login failed: %m", bounce text "SMTP login to %s failed", "SMTP login not available. Trying without.";
 * crypto.c smtp_init_crypto() "remote delivery deferred: STARTTLS not available: %s"). dma signs in with LOGIN
 * (or CRAM-MD5) only on an encrypted connection unless INSECURE is set.
 */
const DMA: readonly Rule[] = [
  // The reply in "Authentication failed: 535 …" (same or earlier line) decides.
  pattern('dma-login-failed', 'product', 2, [`${phrase('SMTP login to')} ?[^\\s]{1,255} ?${phrase('failed')}`, phrase('remote delivery failed: SMTP login failed')], [
    p('smtp_auth_failed_generic', 0.5), p('basic_auth_used', 0.35),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  // SECURETRANSFER/STARTTLS not set in dma.conf: dma will not send the password in clear.
  pattern('dma-login-unencrypted', 'product', 3, [phrase('non-encrypted SMTP login is disabled in config')], [p('tls_problem', 0.65)]),
  // AUTH LOGIN not offered (no TLS) or skipped: dma sends unauthenticated, and Exchange's 530 5.7.57 decides.
  pattern('dma-login-skipped', 'product', 2, [phrase('SMTP login not available. Trying without.')], [
    p('tls_problem', 0.45), p('not_authenticated', 0.4),
  ], { yieldsTo: ['server-reply'] }),
  pattern('dma-starttls-refused', 'product', 2, [phrase('remote delivery deferred: STARTTLS not available')], [
    p('tls_problem', 0.6), p('unexpected_server_reply', 0.25),
  ], { yieldsTo: ['tls'] }),
];

/**
 * sSMTP (Debian's ssmtp 2.64, TheJonny/debian-ssmtp ssmtp.c ssmtp(): die("Cannot open %s:%d"), die("Invalid response
 * SMTP server"), die("Authorization failed (%s)") — "ssmtp: " in front on stderr; smtp_open(): log_event "STARTTLS not
 * working", "SSL not working").
 */
const SSMTP: readonly Rule[] = [
  // The reply in the parentheses decides ("Authorization failed (535 5.7.139 …)").
  pattern('ssmtp-auth-failed', 'product', 2, [`ssmtp: ?${phrase('Authorization failed')}`, `${phrase('Authorization failed')} ?\\( ?[45]\\d\\d`], [
    p('smtp_auth_failed_generic', 0.5), p('basic_auth_used', 0.35),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  // smtp_open() failed: no connection, or (UseTLS/UseSTARTTLS) the TLS set-up failed — logged just before.
  pattern('ssmtp-cannot-open', 'product', 2, [`${phrase('Cannot open')} ?[a-z0-9.-]{1,253}:\\d{2,5}\\b`], [
    p('network_blocked', 0.55), p('tls_problem', 0.3),
  ], { yieldsTo: ['tls'] }),
  pattern('ssmtp-tls', 'product', 3, [phrase('STARTTLS not working'), `(?:^|ssmtp(?:\\[\\d{1,10}\\])?: ?)${phrase('SSL not working')}`], [p('tls_problem', 0.7)]),
  // The greeting was not "220": another service on that port, or TLS where plain SMTP was expected (or the reverse).
  pattern('ssmtp-invalid-greeting', 'product', 3, [phrase('Invalid response SMTP server')], [
    p('unexpected_server_reply', 0.45), p('tls_problem', 0.35),
  ]),
];

/**
 * msmtp, what vocab-mail-runtimes.ts did not read yet (marlam/msmtp, commit 933d35b: src/msmtp.c "the server does not
 * support authentication", "the server does not support TLS via the STARTTLS command"; src/smtp.c "envelope from
 * address %s not accepted by the server"), and the German of its auth-method texts (po/de.po). The German msgstr of
 * the STARTTLS text is the POP one ("der POP-Server unterstützt über den STLS-Befehl kein TLS"), as msmtp prints it.
 */
const MSMTP_MORE: readonly Rule[] = [
  // auth on, tls off: Exchange lists AUTH only after STARTTLS.
  pattern('msmtp-no-auth-offered', 'product', 3, [
    `${phrase('the server does not support authentication')}(?! ?${phrase('method')})`, phrase('der Server unterstützt keine Authentifizierung'),
  ], [p('tls_problem', 0.6), p('unexpected_server_reply', 0.25)]),
  pattern('msmtp-no-starttls', 'product', 3, [
    phrase('the server does not support TLS via the STARTTLS command'), phrase('der POP-Server unterstützt über den STLS-Befehl kein TLS'),
  ], [p('tls_problem', 0.55), p('unexpected_server_reply', 0.3)]),
  pattern('msmtp-no-auth-method-de', 'product', 2, [
    `${phrase('der Server unterstützt Authentifizierungsmethode')} ?[A-Z0-9-]{1,20} ?${phrase('nicht')}`,
    phrase('sichere Authentifizierungsmethode kann nicht benutzt werden'), phrase('keine benutzbare Authentifizierungsmethode verfügbar'),
  ], [p('tls_problem', 0.55), p('basic_auth_used', 0.3)]),
  // MAIL FROM refused; msmtp shows the reply as "server message: …" ("Nachricht des Servers: …"), which decides.
  pattern('msmtp-envelope-from-refused', 'product', 1, [
    `${phrase('envelope from address')} ?[^\\s]{1,255} ?${phrase('not accepted by the server')}`,
    `${phrase('Umschlagabsenderadresse')} ?[^\\s]{1,255} ?${phrase('wird vom Server nicht akzeptiert')}`,
  ], [p('not_authenticated', 0.4), p('send_as_denied', 0.35)], { yieldsTo: ['server-reply'] }),
];

/** Every relay MTA vocabulary rule. */
export const RELAY_CLIENT_VOCABULARY_RULES: readonly Rule[] = [...EXIM, ...SENDMAIL, ...OPENSMTPD, ...NULLMAILER, ...DMA, ...SSMTP, ...MSMTP_MORE];
