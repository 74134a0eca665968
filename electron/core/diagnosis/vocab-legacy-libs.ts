/**
 * What mail components of Windows/desktop business software and admin scripts say when their mail through Microsoft 365
 * fails (issue 10): Delphi's Indy (TIdSMTP / TIdIMAP4 / TIdPOP3 with TIdSSLIOHandlerSocketOpenSSL and TIdSASLXOAuth2 —
 * many German Warenwirtschaft programs are written in Delphi, so their users paste Indy's texts, often in Delphi's
 * German), Rebex Secure Mail, and the command-line mailers blat, sendEmail, swaks and s-nail/mailx.
 * Only texts read in the products' own source or their vendor's documentation are here; each group cites it.
 *
 * A sentence that carries the server's reply or a TLS library's reason behind it gives way to that (`yieldsTo`);
 * alone it stays weak. A sentence that is the only text names its cause by itself.
 *
 * Not here (nothing of their own to add, or not confirmed):
 * - Indy's "Socket Error # 10060" / German "Socket-Fehler # 10060" is read by vocab-win-codes.ts (the Winsock number
 *   decides); "Connect timed out." / "Read timed out." are read as the network already. Indy's server-side texts
 *   (TIdSMTPServer replies) are not a client's failure.
 * - EASendMail / EAGetMail (AdminSystem Software): closed source; the SDK documentation found (emailarchitect.com
 *   easendmail/sdk/html/OnError.htm: lError 0..6 "Error with connecting server" … "Error with user authentication")
 *   describes error *numbers*, and the ErrDescription text is the server's reply — no own wording to match was found.
 * - PowerBuilder's SMTPClient (docs.appeon.com pb2025 OnSendFinished event): return codes -1..-19 whose descriptions
 *   ("Incorrect username or password.", "Operation timeout.") are curl's generic meanings, not a printed message
 *   of its own distinct enough to match. Clarion mail libraries: nothing found.
 * - AutoIt's _INetSmtpMailCom (a forum UDF over CDO.Message): prints "### COM Error !  Number: 80040213 …" with CDO's
 *   own description — CDO's codes and texts are read by patterns-network.ts.
 * - Rebex's SmtpException/ImapException texts for the server's refusal quote the server's reply (which decides); only
 *   its certificate-verifier sentences were found in Rebex's own documentation.
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/** host:port as the command-line mailers print it, bounded. */
const HOST_PORT = '[^\\s:]{1,255}:\\d{1,5}';

/**
 * Indy, TLS/OpenSSL: IndySockets/Indy (commit 7753155b) Lib/Protocols/IdResourceStringsOpenSSL.pas
 * (RSOSSLCouldNotLoadSSLLibrary 'Could not load SSL library.', RSOSSFailedToLoad 'Failed to load %s.',
 * RSOSSLConnectionDropped), Lib/Protocols/IdResourceStringsProtocols.pas (RSSSLConnectError 'Error connecting with SSL.',
 * RSSSLEOFViolation, TLS framework RSTLSSLSSLNotAvailable / RSTLSSLSSLCmdFailed / RSTLSSLSSLHandshakeFailed /
 * RSTLSSSLIOHandlerRequired), raised in Lib/Protocols/IdSSLOpenSSL.pas and IdExplicitTLSClientServerBase.pas
 * (EIdOSSLCouldNotLoadSSLLibrary, EIdTLSClientTLSNotAvailable, EIdTLSClientTLSNegCmdFailed,
 * EIdTLSClientTLSHandShakeFailed). "Error connecting with SSL." is followed on the next line by OpenSSL's reason
 * (IdSSLOpenSSLHeaders.pas EIdOpenSSLAPISSLError.RaiseExceptionCode), which the OpenSSL rules read.
 * German: the translations RAD Studio ships as Indy10/Protocols/de/IdResourceStringsOpenSSL.pas and
 * IdResourceStringsProtocols.pas. Not confirmed from the vendor: the only stored copy found is a vendored RAD Studio XE7
 * Indy10 tree inside a third-party archive of old program sources (Chiggins/malware_sources,
 * Xtreme_RAT_Unicode_xe7/Servidor/Indy10/Protocols/de/, commit 74bb1d0b); only those resource strings were read. That
 * German file is older than the "SSL negotiation failed." string, so that one is English only.
 */
const INDY_TLS: readonly Rule[] = [
  // libeay32.dll/ssleay32.dll (or libssl/libcrypto) missing or of the wrong bitness/version next to the program.
  pattern('indy-ssl-library-missing', 'product', 3, [
    phrase('Could not load SSL library.'), phrase('SSL.-Bibliothek konnte nicht geladen werden'), '\\bEIdOSSLCouldNotLoadSSLLibrary\\b',
    `(?:${phrase('Failed to load')}|${phrase('Fehler beim Laden von')}) ?(?:libeay32|ssleay32|libssl|libcrypto)[\\w.-]{0,40}`,
  ], [p('tls_problem', 0.8)]),
  // STARTTLS not offered: implicit-TLS port 465 with "explicit TLS", or something other than Exchange answers.
  pattern('indy-tls-not-available', 'product', 3, [
    phrase('SSL is not available on this server.'), phrase('SSL ist auf diesem Server nicht verfügbar'), '\\bEIdTLSClientTLSNotAvailable\\b',
  ], [p('tls_problem', 0.7), p('network_blocked', 0.2)]),
  pattern('indy-tls-command-failed', 'product', 3, [
    phrase('Start SSL negotiation command failed.'), phrase('Befehl zum Starten der SSL-Aushandlung fehlgeschlagen'), '\\bEIdTLSClientTLSNegCmdFailed\\b',
  ], [p('tls_problem', 0.65)], { yieldsTo: ['server-reply'] }),
  // The handshake after STARTTLS failed: old Indy/OpenSSL offers only TLS 1.0 (SSLVersions), which Exchange Online refuses.
  pattern('indy-tls-handshake-failed', 'product', 3, [phrase('SSL negotiation failed.'), '\\bEIdTLSClientTLSHandShakeFailed\\b'], [
    p('tls_problem', 0.75),
  ], { yieldsTo: ['tls'] }),
  pattern('indy-tls-iohandler-required', 'product', 3, [
    phrase('SSL IOHandler is required for this setting'), phrase('SSL IOHandler ist für diese Einstellung erforderlich'),
  ], [p('tls_problem', 0.7)]),
  // OpenSSL's reason follows on the next line and decides when present.
  pattern('indy-ssl-connect-error', 'product', 2, [
    phrase('Error connecting with SSL.'), phrase('Fehler beim Verbinden mit SSL.'), '\\bEIdOSSLConnectError\\b',
  ], [p('tls_problem', 0.7)], { yieldsTo: ['tls'] }),
  pattern('indy-ssl-eof', 'product', 2, [
    phrase('EOF was observed that violates the protocol'), phrase('EOF festgestellt, das gegen das Protokoll verstößt'),
  ], [p('tls_problem', 0.6), p('network_blocked', 0.3)], { yieldsTo: ['tls'] }),
  pattern('indy-ssl-dropped', 'product', 2, [phrase('SSL connection has dropped.'), phrase('Die SSL-Verbindung ging verloren')], [
    p('tls_problem', 0.5), p('network_blocked', 0.35),
  ], { yieldsTo: ['server-reply', 'tls'] }),
];

/**
 * Indy, connection and sign-in: IndySockets/Indy (commit 7753155b) Lib/System/IdResourceStrings.pas
 * (RSConnectionClosedGracefully 'Connection Closed Gracefully.', EIdConnClosedGracefully in Lib/Core/IdIOHandler.pas),
 * Lib/Protocols/IdResourceStringsProtocols.pas (SASL: RSSASLNotSupported, RSSASLNotReady, RSSASLRequired; IMAP:
 * RSIMAP4ConnectionStateError) raised in Lib/Protocols/IdSASLCollection.pas and IdIMAP4.pas. TIdSASLXOAuth2
 * (Lib/Protocols/IdSASLOAuth.pas) is "not ready" without a user name or without an access token (password or
 * OnGetAccessToken). EIdSMTPReplyError / EIdReplyRFCError (Lib/Protocols/IdReplySMTP.pas, Lib/Core/IdReplyRFC.pas)
 * carry the server's reply as their message. German: Indy10/System/de/IdResourceStrings.pas and
 * Protocols/de/IdResourceStringsProtocols.pas of the same vendored RAD Studio XE7 copy (not confirmed from the vendor, see above).
 */
const INDY_SESSION: readonly Rule[] = [
  // The server closed the socket: with Exchange Online mostly the TLS mode that does not fit the port (implicit TLS on
  // 587, none on 465) or Indy's TLS 1.0; a reply quoted with it (421 4.7.66 …) decides.
  pattern('indy-closed-gracefully', 'product', 2, [
    phrase('Connection Closed Gracefully.'), phrase('Die Verbindung wurde erfolgreich geschlossen.'), '\\bEIdConnClosedGracefully\\b',
  ], [p('tls_problem', 0.55), p('network_blocked', 0.35)], { yieldsTo: ['server-reply', 'tls'] }),
  // No SASL mechanism of the client is in the server's AUTH list: Exchange Online lists AUTH only after STARTTLS
  // (UseTLS = utNoTLSSupport), so TLS first.
  pattern('indy-sasl-not-supported', 'product', 3, [
    phrase("Doesn't support AUTH or the specified SASL handlers!!"),
    phrase('AUTH oder die angegebenen SASL-Behandlungsroutinen werden nicht unterstützt'), '\\bEIdSASLNotSupported\\b',
  ], [p('tls_problem', 0.5), p('smtp_auth_failed_generic', 0.25)]),
  // The mechanism has no user name or no token/password: nothing to sign in with.
  pattern('indy-sasl-not-ready', 'product', 3, [
    phrase('The specified SASL handlers are not ready!!'), phrase('Die angegebenen SASL-Behandlungsroutinen sind nicht bereit'), '\\bEIdSASLNotReady\\b',
  ], [p('not_authenticated', 0.6), p('token_expired_or_invalid', 0.3)]),
  pattern('indy-sasl-required', 'product', 3, [
    phrase('Need SASL mechanisms to login with it!!'), phrase('SASL-Mechanismus für Anmeldung erforderlich'), '\\bEIdSASLMechNeeded\\b',
  ], [p('not_authenticated', 0.6)]),
  // An IMAP command while still not signed in: the login before it failed or was skipped.
  pattern('indy-imap-not-authenticated', 'product', 2, [
    `${phrase('Unable to execute command, wrong connection state;')} ?${phrase('Current connection state: Non Authenticated')}`,
    `${phrase('Befehl kann nicht ausgeführt werden, falscher Verbindungsstatus;')} ?${phrase('Aktueller Verbindungsstatus: Nicht authentifiziert')}`,
  ], [p('imap_auth_failed_generic', 0.4), p('not_authenticated', 0.3)], { yieldsTo: ['server-reply', 'sign-in'] }),
  // The exception class in front of the server's reply: the reply decides.
  pattern('indy-reply-error-class', 'product', 1, ['\\bEId(?:SMTPReply|ReplyRFC)Error\\b'], [
    p('smtp_auth_failed_generic', 0.3), p('unexpected_server_reply', 0.2),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
];

/**
 * Rebex Secure Mail (Rebex.Net.Smtp / Imap / Pop3, TlsException): the certificate verifier's messages listed in
 * Rebex's own article "HOWTO: Solve the 'Server certificate was rejected by the verifier' exception"
 * (blog.rebex.net/howto-server-certificate-rejected-exception): "… because the certificate's common name '…' does not
 * match the hostname '…'", "… because it has expired", "… because of an unknown certificate authority" and others.
 * English only (Rebex ships no translations of them).
 */
const REBEX: readonly Rule[] = [
  pattern('rebex-certificate-rejected', 'product', 3, [phrase('Server certificate was rejected by the verifier')], [p('tls_problem', 0.8)]),
];

/**
 * sendEmail (Brandon Zehm's Perl mailer, 1.56): mogaal/sendemail (commit e785a6d, the Debian packaging of it) sendEmail.
 * It signs in with LOGIN or PLAIN only (no XOAUTH2), speaks STARTTLS with SSL_version 'SSLv3 TLSv1' (TLS 1.0 — Exchange
 * Online refuses it; debian/patches/fix_ssl_version.patch changes it) and has no implicit TLS (port 465). The server's
 * refusal is printed as "ERROR => Received: \t<reply>" (evalSMTPresponse()), which decides. English only.
 */
const SENDEMAIL: readonly Rule[] = [
  // Only a password sign-in exists in sendEmail; the server's reply (in -v output) decides when present.
  pattern('sendemail-auth-failed', 'product', 2, [`${phrase('SMTP-AUTH: Authentication to')} ?${HOST_PORT} ?${phrase('failed')}`], [
    p('basic_auth_used', 0.5), p('smtp_auth_failed_generic', 0.4),
  ], { yieldsTo: ['server-reply'] }),
  pattern('sendemail-no-password', 'product', 3, [phrase('A username for SMTP authentication was specified, but no password!')], [
    p('not_authenticated', 0.65),
  ]),
  pattern('sendemail-tls-setup-failed', 'product', 2, [`${phrase('ERROR => TLS setup failed:')}`], [p('tls_problem', 0.75)], { yieldsTo: ['tls'] }),
  pattern('sendemail-tls-not-possible', 'product', 3, [`${phrase('TLS not possible! Remote SMTP server,')} ?[^\\s,]{1,255}, ?${phrase('does not support it')}`], [
    p('tls_problem', 0.7), p('network_blocked', 0.2),
  ]),
  pattern('sendemail-no-tls-support', 'product', 3, [phrase("No TLS support! SendEmail can't load required libraries.")], [p('tls_problem', 0.75)]),
  pattern('sendemail-connect-timeout', 'product', 2, [`${phrase('ERROR => Timeout while connecting to')} ?${HOST_PORT}`], [p('network_blocked', 0.7)]),
  pattern('sendemail-connect-failed', 'product', 2, [`${phrase('ERROR => Connection attempt to')} ?${HOST_PORT} ?${phrase('failed:')}`], [
    p('network_blocked', 0.65),
  ], { yieldsTo: ['tls'] }),
  // The greeting never came: sendEmail speaks plain text first, so against port 465 (implicit TLS) it waits for nothing.
  pattern('sendemail-read-timeout-465', 'product', 3, [`${phrase('ERROR => Timeout while reading from')} ?[^\\s:]{1,255}:465\\b`], [
    p('tls_problem', 0.75), p('network_blocked', 0.3),
  ]),
  pattern('sendemail-read-timeout', 'product', 2, [`${phrase('ERROR => Timeout while reading from')} ?${HOST_PORT}`], [
    p('network_blocked', 0.5), p('tls_problem', 0.4),
  ]),
  pattern('sendemail-zero-byte', 'product', 2, [`${HOST_PORT} ?${phrase('returned a zero byte response to our query')}`], [
    p('tls_problem', 0.45), p('network_blocked', 0.4),
  ]),
  pattern('sendemail-no-recipients', 'product', 1, [
    phrase('Exiting. No recipients were accepted for delivery by the mail server'),
    `${phrase('WARNING => The recipient')} ?<[^>\\n]{0,255}> ?${phrase('was rejected by the mail server')}`,
  ], [p('recipient_rejected', 0.45), p('outbound_sender_blocked', 0.25)], { yieldsTo: ['server-reply'] }),
  // The wrapper of every refused command: the reply after it decides.
  pattern('sendemail-received-wrapper', 'product', 1, [`${phrase('ERROR => Received:')}`], [
    p('unexpected_server_reply', 0.25), p('smtp_auth_failed_generic', 0.2),
  ], { yieldsTo: ['server-reply', 'tls'] }),
];

/**
 * swaks (jetmore/swaks, commit 8a05259): program errors are printed with "*** " in front (ptrans(12, …)): the
 * connection ("Error connecting to host:port:"), STARTTLS ("Host did not advertise STARTTLS", "STARTTLS attempted but
 * failed", "TLS startup failed (…)", "TLS requested, advertised, and locally unavailable") and AUTH ("Host did not
 * advertise authentication", "Auth not attempted, …", "No authentication type succeeded"); the server's replies are
 * printed with "<** " / "<~* " and decide. swaks has no XOAUTH2, so against Exchange Online it signs in with a password.
 * English only. Left out: "Auth advertised but not supported locally" (missing Perl modules — no category fits).
 */
const SWAKS: readonly Rule[] = [
  pattern('swaks-connect-error', 'product', 2, [`\\*\\*\\* ?${phrase('Error connecting')}(?: [^\\n:]{1,60})? ?to ?${HOST_PORT}:`], [
    p('network_blocked', 0.65),
  ], { yieldsTo: ['tls'] }),
  pattern('swaks-tls-failed', 'product', 2, [
    `\\*\\*\\* ?${phrase('TLS startup failed')}`, `\\*\\*\\* ?${phrase('STARTTLS attempted but failed')}`,
    `\\*\\*\\* ?${phrase('Host did not advertise STARTTLS')}`, `\\*\\*\\* ?${phrase('TLS requested, advertised, and locally unavailable')}`,
  ], [p('tls_problem', 0.7)], { yieldsTo: ['tls'] }),
  // Exchange Online lists AUTH only after STARTTLS: without --tls there is nothing to sign in with.
  pattern('swaks-no-auth-advertised', 'product', 2, [`\\*\\*\\* ?${phrase('Host did not advertise authentication')}`], [
    p('tls_problem', 0.5), p('smtp_auth_failed_generic', 0.25),
  ]),
  pattern('swaks-auth-type-unavailable', 'product', 2, [
    `\\*\\*\\* ?${phrase('Auth not attempted, requested type not available')}`, `\\*\\*\\* ?${phrase('Auth not attempted, no advertised types available')}`,
  ], [p('smtp_auth_failed_generic', 0.4), p('tls_problem', 0.25)]),
  // The 535 reply just before it ("<~* 535 5.7.139 …") decides.
  pattern('swaks-auth-failed', 'product', 2, [`\\*\\*\\* ?${phrase('No authentication type succeeded')}`], [
    p('basic_auth_used', 0.5), p('smtp_auth_failed_generic', 0.4),
  ], { yieldsTo: ['server-reply'] }),
  pattern('swaks-closed', 'product', 1, [`\\*\\*\\* ?${phrase('Remote host closed connection unexpectedly.')}`], [
    p('tls_problem', 0.45), p('network_blocked', 0.4),
  ], { yieldsTo: ['server-reply', 'tls'] }),
];

/**
 * s-nail / mailx. Current s-nail (sdaoden/s-mailx, commit ebaf9554, src/mx/net-smtp.c a_netsmtp_read()):
 * "SMTP: unexpected status from server: <reply>" and "Unexpected EOF on SMTP connection"; older s-nail and Heirloom
 * mailx (the same function in their smtp.c, catalogue message 191, seen in code-search copies): "smtp-server: <reply>".
 * The reply after the prefix decides. English only (s-nail has no message catalogue any more: commit db77f42f
 * "Drop catd/").
 */
const MAILX: readonly Rule[] = [
  pattern('mailx-server-reply-wrapper', 'product', 1, [
    `(?<![\\w-])smtp-server: ?[245]\\d\\d\\b`, `${phrase('SMTP: unexpected status from server:')}`,
  ], [p('unexpected_server_reply', 0.3), p('smtp_auth_failed_generic', 0.2)], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  // The connection ended before a reply: TLS mode not fitting the port (smtps:// on 587, smtp:// without
  // smtp-use-starttls on 465) or a network cut.
  pattern('mailx-unexpected-eof', 'product', 2, [phrase('Unexpected EOF on SMTP connection')], [
    p('tls_problem', 0.45), p('network_blocked', 0.4),
  ], { yieldsTo: ['server-reply', 'tls'] }),
];

/**
 * blat (Windows command-line mailer): tbeu/Blat (commit 13803db) full/source/sendsmtp.cpp (server_error() prints
 * "*** Error ***  " and server_warning() "*** Warning ***  " in front) and full/source/server.cpp gensock_error().
 * blat has no STARTTLS and signs in with LOGIN/PLAIN/CRAM-MD5 only (a password): Exchange Online refuses AUTH before
 * STARTTLS ("504 5.7.4 Unrecognized authentication type"), so blat needs a TLS tunnel (stunnel) in front.
 * "Error: Can't connect to server (timed out if winsock.dll error 10060)" is read as the network already. English only.
 */
const BLAT: readonly Rule[] = [
  pattern('blat-auth-login-refused', 'product', 2, [
    phrase('The SMTP server does not require AUTH LOGIN'),
  ], [p('tls_problem', 0.5), p('smtp_auth_failed_generic', 0.3)], { yieldsTo: ['server-reply'] }),
  pattern('blat-password-refused', 'product', 2, [
    phrase('The SMTP server did not accept Auth LOGIN PASSWD value'), phrase('The SMTP server did not accept Auth PLAIN value'),
    phrase('The SMTP server did not accept LOGIN name'), phrase('The SMTP server did not accept Auth CRAM-MD5 value'),
  ], [p('basic_auth_used', 0.5), p('smtp_auth_failed_generic', 0.4)], { yieldsTo: ['server-reply'] }),
  // MAIL FROM refused: without a sign-in Exchange Online answers 530 5.7.57 (the reply decides).
  pattern('blat-sender-refused', 'product', 1, [phrase('The SMTP server does not like the sender name')], [
    p('not_authenticated', 0.45), p('send_as_denied', 0.3),
  ], { yieldsTo: ['server-reply'] }),
  pattern('blat-data-refused', 'product', 1, [phrase('SMTP server error accepting message data')], [
    p('send_as_denied', 0.35), p('outbound_sender_blocked', 0.3),
  ], { yieldsTo: ['server-reply'] }),
  pattern('blat-connection-dropped', 'product', 2, [`${phrase('Error:')} ?${phrase('Connection to server was dropped.')}`], [
    p('network_blocked', 0.45), p('tls_problem', 0.4),
  ], { yieldsTo: ['server-reply', 'tls'] }),
  pattern('blat-connect-refused', 'product', 2, [
    `${phrase('Error:')} ?${phrase('Server refused connection.')}`, `${phrase('Error:')} ?${phrase("Can't resolve hostname (")}`,
  ], [p('network_blocked', 0.7)]),
];

/** Every rule of the Delphi/desktop mail components and command-line mailers (patterns.ts). */
export const LEGACY_LIB_VOCABULARY_RULES: readonly Rule[] = [
  ...INDY_TLS, ...INDY_SESSION, ...REBEX, ...SENDEMAIL, ...SWAKS, ...MAILX, ...BLAT,
];
