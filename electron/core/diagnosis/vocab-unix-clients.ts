/**
 * Linux/Unix mail clients and fetchers: the messages they print when signing in to Microsoft 365 / Outlook.com
 * (IMAP, SMTP, OAuth2) or connecting to it fails. Written by hand from each product's own source; each group cites it.
 *
 * - GNOME Evolution: GNOME/evolution-data-server (commit ccb3cba2) src/libedataserver/e-oauth2-service.c (the
 *   OAuth2 token refresh that its "Office365"/"Microsoft365" services of GNOME/evolution-ews (commit 3e4e2c1c,
 *   src/EWS/common/e-oauth2-service-office365.c) use too), src/libedataserver/e-source.c,
 *   src/modules/gnome-online-accounts/module-gnome-online-accounts.c, src/libedataserverui/
 *   e-credentials-prompter-impl-oauth2.c, src/camel/providers/{imapx/camel-imapx-server.c,smtp/camel-smtp-transport.c,
 *   pop3/camel-pop3-store.c}, the trust prompt; German wording from its po/de.po (same commit). "Failed to obtain
 *   access token. Sign to the server again, please." has no German translation there (English only). Evolution's own
 *   alerts: GNOME/evolution src/mail/mail.error.xml (commit 0654ff2e), English only (its po/de.po was too large to
 *   bring here, so the German wording is not added).
 * - KDE KMail/Akonadi: KDE/kimap (commit b772bffb) src/loginjob.cpp, src/job.cpp and po/de/libkimap6.po; KDE/ksmtp
 *   (commit 5fae8d14) src/loginjob.cpp and po/de/libksmtp6.po; KDE/kdepim-runtime (commit e6bf0536)
 *   resources/imap/sessionpool.cpp, settingspasswordrequester.cpp, setupserver.cpp, resources/pop3/pop3protocol.cpp
 *   and po/de/akonadi_{imap,pop3}_resource.po; KDE/kmailtransport (commit 62c92ea7) src/plugins/smtp and
 *   po/de/libmailtransport6.po.
 *   ksmtp's "Token expired" (XOAUTH2 challenge with status 400) is not repeated: patterns-signin.ts has "token expired".
 * - Claws Mail: eworm-de/claws-mail (a mirror of git.claws-mail.org, commit dad7dea8) src/imap.c, src/oauth2.c,
 *   src/common/smtp.c, src/common/session.c, src/prefs_account.c (OAuth2 is built in since Claws Mail 4; no separate
 *   plugin in this source), src/inc.c and po/de.po. Its German file leaves the OAuth2 texts untranslated
 *   (the app then shows the English) or marks them with wrong fuzzy translations ("IMAP-Verbindung unterbrochen"):
 *   only the English is used for those.
 * - getmail6: getmail6/getmail6 (commit 30bcb994) getmail (main loop's log lines) and getmailcore/_retrieverbases.py.
 *   English only (no translation).
 * - OfflineIMAP: OfflineIMAP/offlineimap3 (commit bcf2238d) offlineimap/imapserver.py. English only.
 * - isync/mbsync: src/drv_imap.c of current isync (upstream is on SourceForge; read as code-search excerpts of copies
 *   of drv_imap.c, the index does not name their repository — the wording is identical in all copies seen).
 *   English only. Left out: "IMAP error: selected SASL mechanism(s) not available" (the local cyrus-sasl-xoauth2
 *   plugin is missing — no category fits a missing client plugin).
 *
 * Wrappers that carry the server's or Microsoft's reply ("…, server replied: NO AUTHENTICATE failed.", "Detailed
 * error: AADSTS…") give way to it (`yieldsTo`); a sentence that is the only text decides by itself.
 */
import { FILLED_NAME as NAME, p, pattern, phrase, type Rule } from './pattern-kit.js';

/** host:port as Claws Mail prints it. */
const HOST_PORT = '[^\\s:]{1,255}:\\d{1,5}';

/** GNOME Evolution (evolution-data-server, evolution-ews). */
const EVOLUTION: readonly Rule[] = [
  // e-oauth2-service.c: the token endpoint answered 400 to the refresh_token grant (invalid_grant: the refresh
  // token expired or was revoked). Followed by "Detailed error: <error_description>" when there was one.
  pattern('evolution-refresh-failed', 'product', 3, [
    phrase('Failed to refresh access token. Sign to the server again, please'),
    `${phrase('Zugriffs-Token konnte nicht erneuert werden. Bitte melden Sie sich erneut')}`,
    `${phrase('Zugriffstoken konnte nicht erneuert werden. Bitte melden Sie sich erneut')}`,
  ], [p('token_expired_or_invalid', 0.8), p('bad_client_secret', 0.25)], { yieldsTo: ['sign-in'] }),
  // … the refresh "succeeded" but the new token has no lifetime left.
  pattern('evolution-expired-refresh-failed', 'product', 3, [
    phrase('The access token is expired and it failed to refresh it'),
    phrase('Der Zugriffs-Token ist abgelaufen und die Erneuerung ist fehlgeschlagen'),
  ], [p('token_expired_or_invalid', 0.8)], { yieldsTo: ['sign-in'] }),
  // e-oauth2-service.c (no token and no other error), e-source.c, the GNOME Online Accounts module and the sign-in
  // window's code exchange: no token came back. The reason (network, TLS, Microsoft's error) follows when known.
  pattern('evolution-obtain-failed', 'product', 2, [
    phrase('Failed to obtain access token. Sign to the server again, please'),
    phrase('Failed to obtain OAuth 2.0 access token'),
    `${phrase('Failed to obtain an access token for')} ?[“"»][^\\n]{1,255}?[”"«]:`,
    `${phrase('Failed to obtain access token from address')} ?[“"»]`,
    `${phrase('Zugriffs-Token für')} ?[»"“][^\\n]{1,255}?[«"”] ?${phrase('konnte nicht erlangt werden')}`,
    phrase('Zugriffs-Token konnte nicht von Adresse'),
  ], [p('token_expired_or_invalid', 0.55), p('network_blocked', 0.3)], { yieldsTo: ['sign-in', 'tls'] }),
  // camel-imapx-server.c: LOGIN with a password while the connection is unencrypted; Evolution refuses it.
  pattern('evolution-plaintext-disallowed', 'product', 3, [
    phrase('Plaintext authentication disallowed on insecure connections'),
    phrase('Unverschlüsselte Authentifizierung ist auf unsicheren Verbindungen nicht erlaubt'),
  ], [p('tls_problem', 0.75), p('basic_auth_used', 0.3)]),
  // camel-{imapx-server,smtp-transport,pop3-store}.c: STARTTLS not offered, or the TLS handshake failed; the
  // reason (a TLS error) follows after the colon.
  pattern('evolution-secure-mode-failed', 'product', 2, [
    `${phrase('Failed to connect to')} (?:IMAP|SMTP|POP) ?${phrase('server')} ${NAME} ?${phrase('in secure mode')}`,
    `${phrase('Verbindung mit')} (?:IMAP|SMTP|POP)-Server ${NAME} ?${phrase('im sicheren Modus ist gescheitert')}`,
  ], [p('tls_problem', 0.7), p('network_blocked', 0.3)], { yieldsTo: ['tls'] }),
  // The SMTP AUTH / POP sign-in / IMAP AUTHENTICATE was refused; the server's reply follows. German "Legitimierung
  // gescheitert: …" is the IMAP prefix ("Failed to authenticate: …" in English, too common a phrase to use alone).
  pattern('evolution-auth-failed', 'product', 1, [
    phrase('AUTH command failed:'), phrase('AUTH-Befehl gescheitert:'),
    `${phrase('Failed to authenticate on POP server')} ${NAME}:`, `${phrase('Legitimierung am POP-Server')} ${NAME} ?${phrase('gescheitert')}`,
    `${phrase('Legitimierung gescheitert')} ?:`, phrase('Fehlerhafte Legitimierungsantwort vom Server'),
    phrase('Bad authentication response from server'),
  ], [p('imap_auth_failed_generic', 0.35), p('smtp_auth_failed_generic', 0.35), p('token_expired_or_invalid', 0.3)], {
    yieldsTo: ['server-reply', 'sign-in'], protocolSensitive: true,
  }),
  // Trust prompt: the server's certificate did not verify (an inspecting proxy, a wrong host name).
  pattern('evolution-cert-not-trusted', 'product', 3, [
    `${phrase('SSL/TLS certificate for')} ?[“"»][^\\n]{1,255}?[”"«] ?${phrase('is not trusted')}`,
    `${phrase('SSL/TLS-Zertifikat für')} ?[»"“][^\\n]{1,255}?[«"”] ?${phrase('ist nicht vertrauenswürdig')}`,
  ], [p('tls_problem', 0.85)]),
  // Evolution's own alerts (GNOME/evolution src/mail/mail.error.xml, commit 0654ff2e; English only — its German
  // po/de.po was not readable here): the account did not connect, the reason follows ("The reported error was …").
  pattern('evolution-failed-connect-account', 'product', 1, [
    `${phrase('Failed to connect account')} ?[“"][^\\n]{1,255}?[”"]\\.?\\s?${phrase('The reported error was')}`,
  ], [p('network_blocked', 0.35), p('imap_auth_failed_generic', 0.3), p('tls_problem', 0.25)], {
    yieldsTo: ['server-reply', 'tls', 'sign-in'],
  }),
  // camel-service-auth-failed: the password login was refused.
  pattern('evolution-login-failed', 'product', 2, [
    `${phrase('Your login to your server')} ?[“"][^\\n]{1,255}?[”"] ?${phrase('as')} ?[“"][^\\n]{1,255}?[”"] ?${phrase('failed')}`,
  ], [p('basic_auth_used', 0.55), p('imap_auth_failed_generic', 0.45)], { yieldsTo: ['server-reply', 'sign-in'] }),
  // checking-service-error: the "Check for Supported Types" button could not talk to the server.
  pattern('evolution-query-auth-types-failed', 'product', 2, [
    phrase('Failed to query server for a list of supported authentication mechanisms'),
  ], [p('network_blocked', 0.5), p('tls_problem', 0.4)], { yieldsTo: ['tls', 'server-reply'] }),
];

/** KDE KMail / Akonadi (kimap, ksmtp, the Akonadi IMAP resource). */
const KDE: readonly Rule[] = [
  // kimap loginjob.cpp: the LOGIN/AUTHENTICATE step got NO/BAD; the server's reply follows.
  pattern('kimap-login-server-replied', 'product', 2, [
    phrase('Login failed, server replied:'), phrase('Anmeldung fehlgeschlagen, die Serverantwort lautet:'),
  ], [p('imap_auth_failed_generic', 0.5), p('token_expired_or_invalid', 0.3), p('basic_auth_used', 0.3)], {
    yieldsTo: ['server-reply', 'sign-in'],
  }),
  // kimap: the TLS negotiation (STARTTLS or SSL) failed.
  pattern('kimap-tls-failed', 'product', 3, [
    phrase('Login failed, TLS negotiation failed'), phrase('Anmeldung fehlgeschlagen, TLS-Aushandlung fehlgeschlagen'),
    phrase('SSL-Protokollaushandlung ist fehlgeschlagen'),
  ], [p('tls_problem', 0.8)]),
  pattern('kimap-starttls-unsupported', 'product', 3, [
    phrase('STARTTLS is not supported by the server, try using SSL/TLS instead'),
    phrase('STARTTLS wird vom Server nicht unterstützt, verwenden Sie stattdessen'),
  ], [p('tls_problem', 0.75), p('unexpected_server_reply', 0.3)]),
  // kimap: LOGINDISABLED advertised (an unencrypted connection) — the password login is not offered there.
  pattern('kimap-plain-login-disabled', 'product', 3, [
    phrase('Login failed, plain login is disabled by the server'),
    phrase('Anmeldung fehlgeschlagen, PLAIN-Anmeldung wird von diesem Server abgelehnt'),
  ], [p('tls_problem', 0.6), p('basic_auth_used', 0.4)]),
  // kimap: the chosen method (e.g. XOAUTH2, or PLAIN before TLS) is not among the server's AUTH= capabilities.
  pattern('kimap-auth-mode-unsupported', 'product', 2, [
    `${phrase('Login failed, authentication mode')} ${NAME} ?${phrase('is not supported by the server')}`,
    `${phrase('Anmeldung fehlgeschlagen, die Authentifizierungsmethode')} ${NAME} ?${phrase('wird vom Server nicht unterstützt')}`,
  ], [p('tls_problem', 0.45), p('unexpected_server_reply', 0.35)]),
  // ksmtp loginjob.cpp: none of the methods the client allows is in the server's EHLO AUTH line (before STARTTLS,
  // or AUTH not offered to this client).
  pattern('ksmtp-no-matching-auth', 'product', 2, [
    phrase('Could not authenticate to the SMTP server because no matching authentication method has been found'),
    phrase('Es kann nicht am SMTP-Server authentifiziert werden, da keine passende Authentifizierungsmethode'),
  ], [p('tls_problem', 0.5), p('smtp_auth_disabled_tenant', 0.3)]),
  // kmailtransport plugins/smtp (KDE/kmailtransport commit 62c92ea7, po/de/libmailtransport6.po): "Check What the
  // Server Supports" got no EHLO answer (wrong port, SSL/TLS vs STARTTLS, blocked).
  pattern('kmailtransport-check-capabilities', 'product', 2, [
    phrase('Failed to check capabilities. Please verify port and authentication mode'),
    phrase('Funktionstest fehlgeschlagen. Geben Sie bitte den Port und die Authentifizierungsmethode an'),
  ], [p('network_blocked', 0.5), p('tls_problem', 0.45)], { yieldsTo: ['tls'] }),
  // Akonadi IMAP resource: the login was refused (password, or for an OAuth account the token); the server's
  // reply is appended.
  pattern('akonadi-imap-refused-credentials', 'product', 2, [
    phrase('refused the supplied username and password'),
    phrase('hat den angegebenen Benutzernamen und das Passwort zurückgewiesen'),
  ], [p('basic_auth_used', 0.55), p('imap_auth_failed_generic', 0.5), p('token_expired_or_invalid', 0.3)], {
    yieldsTo: ['server-reply', 'sign-in'],
  }),
  // Akonadi IMAP resource: KIMAP could not connect (DNS, port, TLS); kimap's reason follows on the next line.
  pattern('akonadi-imap-could-not-connect', 'product', 2, [
    `${phrase('Could not connect to the IMAP-server')}`, phrase('Could not connect to the IMAP server.'),
    phrase('Unable to connect to the IMAP server'),
    phrase('Die Verbindung zum IMAP-Server'), // "… %1 kann nicht hergestellt werden" / "… kann nicht hergestellt werden"
    phrase('Unable to connect to the server, please verify the server address'),
    phrase('Es kann keine Verbindung mit dem Server hergestellt werden. Überprüfen Sie die Serveradresse'),
  ], [p('network_blocked', 0.6), p('tls_problem', 0.3)], { yieldsTo: ['tls', 'server-reply'] }),
  // Akonadi POP3 resource (resources/pop3/pop3protocol.cpp, po/de/akonadi_pop3_resource.po): the password (or
  // SASL) login was refused; the server's reply follows.
  pattern('akonadi-pop3-login-failed', 'product', 2, [
    `${phrase('Login via SASL')} ?\\([^\\n)]{1,40}\\) ?${phrase('failed. The server may not support')}`,
    `${phrase('Could not login to')} ${NAME}\\. ?${phrase('The password may be wrong')}`,
    `${phrase('Die Anmeldung mit SASL')} ?\\([^\\n)]{1,40}\\) ?${phrase('ist fehlgeschlagen')}`,
    `${phrase('Anmeldung bei')} ${NAME} ?${phrase('nicht möglich. Vielleicht ist das Passwort nicht korrekt')}`,
  ], [p('basic_auth_used', 0.55), p('token_expired_or_invalid', 0.3)], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('akonadi-disconnected-during-login', 'product', 2, [
    phrase('Disconnected from server during login'), phrase('Die Verbindung wurde während der Anmeldung unterbrochen'),
  ], [p('network_blocked', 0.45), p('tls_problem', 0.4)], { yieldsTo: ['tls', 'server-reply'] }),
];

/** Claws Mail (src/imap.c, src/oauth2.c, src/common/smtp.c). */
const CLAWS: readonly Rule[] = [
  // imap.c: LOGIN/AUTHENTICATE XOAUTH2 refused for an OAuth2 account — the token was refused (expired, for the
  // wrong resource, or the account has no IMAP access).
  pattern('claws-oauth2-login-refused', 'product', 3, [
    phrase('OAuth2 error. Check and correct your OAuth2 account preferences'),
  ], [p('token_expired_or_invalid', 0.6), p('imap_auth_failed_generic', 0.5), p('wrong_scope_or_resource', 0.3)], {
    yieldsTo: ['server-reply'],
  }),
  pattern('claws-login-refused', 'product', 2, [
    `${phrase('Connection to')} ${NAME} ?${phrase('failed: login refused')}`,
    `${phrase('Verbindung zu')} ${NAME} ?${phrase('schlug fehl: Login abgelehnt')}`,
  ], [p('imap_auth_failed_generic', 0.5), p('basic_auth_used', 0.45), p('token_expired_or_invalid', 0.3)], {
    yieldsTo: ['server-reply', 'sign-in'],
  }),
  // oauth2.c: the token endpoint gave no access/refresh token (Microsoft's error is in the protocol log only).
  pattern('claws-oauth2-token-not-obtained', 'product', 3, [
    phrase('OAuth2 access token not obtained'), phrase('OAuth2 refresh token not obtained'),
  ], [p('token_expired_or_invalid', 0.6), p('bad_client_secret', 0.35)], { yieldsTo: ['sign-in'] }),
  // prefs_account.c: the authorisation code from the browser could not be exchanged for tokens (the token
  // endpoint refused: client secret, redirect URI or consent). The page Claws shows in the browser, and its log line.
  pattern('claws-oauth2-code-not-received', 'product', 2, [
    phrase('Your OAuth2 authorisation code was not received by Claws Mail'), phrase('OAuth2 authorisation code not received'),
  ], [p('bad_client_secret', 0.45), p('redirect_uri_mismatch', 0.35), p('token_expired_or_invalid', 0.3)], { yieldsTo: ['sign-in'] }),
  pattern('claws-oauth2-tls-error', 'product', 3, [phrase('OAuth2 TLS connection error')], [p('tls_problem', 0.75)]),
  pattern('claws-oauth2-connection-error', 'product', 3, [
    phrase('OAuth2 connection error'), phrase('OAuth2 socket timeout error'), phrase('OAuth2 socket write error'),
  ], [p('network_blocked', 0.7)]),
  // common/smtp.c: the SMTP AUTH exchange ended in an error reply (logged before the server's reply).
  pattern('claws-smtp-auth-error', 'product', 2, [
    phrase('error occurred on authentication'), phrase('Fehler beim Authentifizieren'),
  ], [p('smtp_auth_failed_generic', 0.45), p('token_expired_or_invalid', 0.3)], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('claws-smtp-auth-method-unavailable', 'product', 2, [
    phrase('Selected SMTP AUTH method not available'), phrase('Gewähltes SMTP-AUTH-Verfahren nicht verfügbar'),
  ], [p('tls_problem', 0.45), p('smtp_auth_disabled_tenant', 0.3)]),
  // inc.c / send_message.c: the TCP connection to host:port failed or timed out (firewall, wrong host or port).
  pattern('claws-connect-failed', 'product', 2, [
    `${phrase('Connection to')} ${HOST_PORT} ?${phrase('failed.')}`, `${phrase('Connection to')} ${HOST_PORT} ?${phrase('timed out')}`,
    `${phrase('Socket error on connection to')} ${HOST_PORT}`, `${phrase("Can't connect to POP3 server:")} ?${HOST_PORT}`,
    `${phrase('Verbindung zu')} ${HOST_PORT} ?${phrase('schlug fehl.')}`, `${phrase('Verbindung zu')} ${HOST_PORT} ?${phrase('verfallen')}`,
    `${phrase('Socket-Fehler beim Verbinden mit')} ${HOST_PORT}`, `${phrase('Keine Verbindung zu POP3-Server:')} ?${HOST_PORT}`,
  ], [p('network_blocked', 0.7)], { yieldsTo: ['tls'] }),
  // … the server closed right after connecting: often SSL/TLS on a STARTTLS port or the other way round.
  pattern('claws-closed-by-remote', 'product', 2, [
    `${phrase('Connection to')} ${HOST_PORT} ?${phrase('closed by the remote host')}`,
    `${phrase('Verbindung zu')} ${HOST_PORT} ?${phrase('von der Gegenstelle geschlossen')}`,
  ], [p('tls_problem', 0.45), p('network_blocked', 0.4)], { yieldsTo: ['tls', 'server-reply'] }),
  pattern('claws-tls', 'product', 3, [
    phrase("couldn't start STARTTLS session"), phrase('STARTTLS-Sitzung kann nicht gestartet werden'),
    phrase('SSL/TLS-Verbindung schlug fehl'),
  ], [p('tls_problem', 0.75)]),
];

/** getmail6 (getmail, getmailcore/_retrieverbases.py). */
const GETMAIL: readonly Rule[] = [
  // getmailCredentialError: IMAP NO to LOGIN / AUTHENTICATE XOAUTH2; imaplib's text with the reply follows.
  pattern('getmail-credential-error', 'product', 2, [`${phrase('credential/login error')} ?\\(`], [
    p('imap_auth_failed_generic', 0.45), p('basic_auth_used', 0.35), p('token_expired_or_invalid', 0.3),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  // getmailLoginRefusedError: [UNAVAILABLE] or the server dropped the connection during login.
  pattern('getmail-login-refused', 'product', 2, [`${phrase('login refused error')} ?\\(`], [
    p('throttled', 0.4), p('network_blocked', 0.3),
  ], { yieldsTo: ['server-reply', 'tls'] }),
  // LOGIN with the password refused, then AUTHENTICATE PLAIN refused too: password sign-in to Exchange Online IMAP.
  pattern('getmail-login-and-plain-failed', 'product', 3, [
    `${phrase('IMAP login failed with:')}[\\s\\S]{0,400}?${phrase('Tried IMAP authenticate, which also failed with')}`,
  ], [p('basic_auth_used', 0.6), p('imap_auth_failed_generic', 0.4)]),
  pattern('getmail-ssl-error', 'product', 3, [`${phrase('SSLError during connect')} ?\\(`], [p('tls_problem', 0.8)]),
  pattern('getmail-name-error', 'product', 3, [
    `${phrase('error resolving name')} ${NAME} ?${phrase('during connect')}`,
    `${phrase('DNS server failure looking up address for')}`,
  ], [p('network_blocked', 0.8)]),
  pattern('getmail-socket-error', 'product', 2, [`${phrase('socket error during connect')} ?\\(`], [p('network_blocked', 0.6)], {
    yieldsTo: ['tls'],
  }),
];

/** OfflineIMAP (offlineimap3 offlineimap/imapserver.py). */
const OFFLINEIMAP: readonly Rule[] = [
  // __xoauth2handler: the token endpoint answered with an "error" (the dict with Microsoft's error follows).
  pattern('offlineimap-xoauth2-error', 'product', 2, [phrase('xoauth2handler got:')], [
    p('token_expired_or_invalid', 0.55), p('bad_client_secret', 0.3),
  ], { yieldsTo: ['sign-in'] }),
  pattern('offlineimap-no-token-url', 'product', 3, [`${phrase('No remote oauth2_request_url for repository')}`], [
    p('wrong_tenant_or_app', 0.5), p('not_authenticated', 0.4),
  ]),
  // Every configured mechanism was refused; each one's error follows ("XOAUTH2: AUTHENTICATE failed.").
  pattern('offlineimap-all-auth-failed', 'product', 2, [phrase('All authentication types failed:')], [
    p('imap_auth_failed_generic', 0.5), p('token_expired_or_invalid', 0.3), p('basic_auth_used', 0.3),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('offlineimap-no-supported-mechanism', 'product', 3, [phrase('no supported authentication mechanisms found; configured')], [
    p('tls_problem', 0.45), p('unexpected_server_reply', 0.3),
  ]),
  pattern('offlineimap-tls', 'product', 3, [
    phrase('Failed to start TLS connection:'), phrase('IMAP LOGIN is disabled by server. Need to use SSL?'),
    `${phrase('Could not connect via SSL to host')} [^\\n]{1,255}?${phrase('ssl port')}`,
    phrase('Unknown SSL protocol connecting to host'),
  ], [p('tls_problem', 0.75)]),
  pattern('offlineimap-network', 'product', 3, [
    `${phrase('Could not resolve name')} [^\\n]{1,255}?${phrase('for repository')}`,
    `${phrase('Connection to host')} [^\\n]{1,255}?${phrase('was refused. Make sure you have the right host and port')}`,
    `${phrase('Could not connect to remote server')} [^\\n]{1,255}?${phrase('Remote does not answer')}`,
    `${phrase('Could not connect to remote server')} [^\\n]{1,255}?${phrase('Connection Refused')}`,
  ], [p('network_blocked', 0.8)]),
];

/** isync / mbsync (src/drv_imap.c). */
const ISYNC: readonly Rule[] = [
  // The XOAUTH2 (or other SASL) AUTHENTICATE got NO; the server's text follows.
  pattern('mbsync-authenticate-error', 'product', 2, [
    `${phrase("IMAP command 'AUTHENTICATE")} [^\\n]{0,255}?${phrase("' returned an error:")}`,
  ], [p('token_expired_or_invalid', 0.5), p('imap_auth_failed_generic', 0.4)], { yieldsTo: ['server-reply', 'sign-in'] }),
  // LOGIN with user and password: refused by Exchange Online IMAP (password sign-in is off).
  pattern('mbsync-login-error', 'product', 2, [phrase("IMAP command 'LOGIN <user> <pass>' returned an error:")], [
    p('basic_auth_used', 0.6), p('imap_auth_failed_generic', 0.4),
  ], { yieldsTo: ['server-reply'] }),
  pattern('mbsync-login-not-encrypted', 'product', 3, [
    phrase('not using LOGIN because connection is not encrypted'),
    phrase('IMAP error: server supports no acceptable authentication mechanism'),
  ], [p('tls_problem', 0.7)]),
  // Cyrus SASL's client library when the loaded mechanism (e.g. sasl-xoauth2) asks for a callback the program does not
  // provide: "SASL(-1): generic failure: Unable to find a callback: 32775" (tarickb/sasl-xoauth2#86, ltratt/pizauth#36 — the
  // client's SASL set-up, not the token).
  pattern('cyrus-sasl-missing-callback', 'product', 3, [phrase('Unable to find a callback')], [
    p('imap_auth_failed_generic', 0.6), p('token_expired_or_invalid', 0.3),
  ]),
  // mbsync after the SASL exchange succeeded but the server still sent a continuation (tarickb/sasl-xoauth2#93, with the
  // assertion in imap_free_store that follows): the two sides disagree on the protocol.
  pattern('mbsync-more-steps', 'product', 3, [phrase('IMAP wants more steps despite successful SASL authentication')], [
    p('unexpected_server_reply', 0.6), p('imap_auth_failed_generic', 0.4),
  ]),
  pattern('mbsync-sasl-step', 'product', 2, [phrase('Error performing SASL authentication step:')], [
    p('token_expired_or_invalid', 0.45), p('imap_auth_failed_generic', 0.35),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
];

/** Every rule of this file (patterns.ts). */
export const UNIX_CLIENT_VOCABULARY_RULES: readonly Rule[] = [...EVOLUTION, ...KDE, ...CLAWS, ...GETMAIL, ...OFFLINEIMAP, ...ISYNC];
