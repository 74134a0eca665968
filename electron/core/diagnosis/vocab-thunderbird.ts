/**
 * What Thunderbird says when it sends or fetches mail through Microsoft 365, in English and German. Written by
 * hand from Thunderbird's own string files (no library carries them):
 * - English: mozilla/releases-comm-central mail/locales/en-US/chrome/messenger/ imapMsgs.properties,
 *   localMsgs.properties (POP3), messengercompose/composeMsgs.properties (SMTP), and messenger/accountcreation
 *   accountCreation.ftl ("cannot-login-error"). The OAuth2 message "Authentication failure while connecting to server
 *   <host>." is newer than that copy; its wording is taken from support.mozilla.org question titles
 *   ("Authentication failure while connecting to server outlook.office365.com").
 * - German: thunderbird/thunderbird-l10n de/mail/chrome/messenger/ imapMsgs.properties, localMsgs.properties,
 *   messenger.properties, messengercompose/composeMsgs.properties, accountcreation/accountCreation.ftl. The German
 *   "Es trat ein nicht überschreibbarer TLS-Fehler auf" (imapTlsError) and the connection messages of
 *   messenger.properties ("… wurde zurückgesetzt / unterbrochen") have no English copy in the index: German only.
 * Thunderbird wraps a server's reply ("The mail server responded: …"); such wrappers give way to the reply.
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/** A host or user name as Thunderbird fills it in (optionally quoted, straight or German quotes). */
const NAME = '["„“”]?[^\\s"„“”]{1,255}["„“”]?';

const SIGN_IN: readonly Rule[] = [
  // mailServerLoginFailed2: the server refused the password for IMAP/POP (a failed OAuth2 sign-in has its own message,
  // imapOAuth2Error below), so a password login is the usual cause on Microsoft 365 (Mozilla's "Microsoft OAuth
  // authentication and Thunderbird" article). Also French, Italian, Spanish, Dutch, Polish and Portuguese, from
  // thunderbird/thunderbird-l10n <locale>/mail/chrome/messenger/messenger.properties.
  pattern('thunderbird-login-failed', 'imap', 1, [
    `Login to server ${NAME} (?:with username ${NAME} )?failed`,
    `Anmeldung (?:auf dem|bei dem|beim|bei) Server ${NAME} mit Benutzernamen? ${NAME} fehlgeschlagen`,
    `Échec de la connexion depuis le serveur ${NAME} avec le nom d.utilisateur`,
    `Accesso al server ${NAME} con nome utente ${NAME} non riuscito`,
    `El inicio de sesión en el servidor ${NAME} con el nombre de usuario ${NAME} ha fallado`,
    `Aanmelden bij server ${NAME} met gebruikersnaam ${NAME} is mislukt`,
    `Logowanie na serwerze ${NAME} za pomocą nazwy użytkownika ${NAME} się nie powiodło`,
    `Autenticação no servidor ${NAME} com o usuário ${NAME} falhou`, `Início de sessão para o servidor ${NAME} com o nome de utilizador`,
    // The wording Mozilla's pt-PT article quotes (support.mozilla.org/pt-PT/kb/autenticacao-oauth-microsoft-e-thunderbird-em-2024).
    `A autenticação ao servidor ${NAME} com o nome de utilizador`,
  ], [p('basic_auth_used', 0.5), p('imap_auth_failed_generic', 0.45)]),
  // oAuth2Error / imapOAuth2Error: the OAuth2 sign-in for the account failed — the stored token is no longer valid
  // (sign in again), or the tenant does not let Thunderbird sign in (admin consent), or IMAP refused the token.
  pattern('thunderbird-oauth2-error', 'client', 2, [
    `${phrase('Authentication failure while connecting to server')}`, phrase('Authentifizierungsfehler beim Verbinden mit dem Server'),
    phrase('Échec de l’authentification lors de la connexion au serveur'), phrase("Échec de l'authentification lors de la connexion au serveur"),
    phrase('Autenticazione non riuscita durante la connessione al server'), phrase('Fallo de identificación al conectarse al servidor'),
    phrase('Authenticatiefout tijdens het verbinden met server'), phrase('Niepowodzenie uwierzytelniania podczas łączenia się z serwerem'),
    phrase('Falha de autenticação ao conectar-se com o servidor'), phrase('Falha de autenticação ao ligar-se ao servidor'),
  ], [p('token_expired_or_invalid', 0.5), p('imap_auth_failed_generic', 0.4), p('consent_missing', 0.35)], { yieldsTo: ['sign-in'] }),
  // smtpAuthFailure: SMTP AUTH refused, reply not shown (password login, or SMTP AUTH off for the mailbox).
  pattern('thunderbird-smtp-auth-failure', 'client', 2, [
    `${phrase('Unable to authenticate to Outgoing server (SMTP)')} ${NAME}\\. ?${phrase('Please check the password')}`,
    `${phrase('Der Postausgangs-Server (SMTP)')} ${NAME} ${phrase('kann nicht authentifiziert werden')}`,
  ], [p('smtp_auth_failed_generic', 0.5), p('basic_auth_used', 0.45), p('smtp_auth_disabled_mailbox', 0.4)], { yieldsTo: ['server-reply'] }),
  // smtpAuthenticationNotSupported: the server offered no AUTH at all — Exchange Online offers it only after
  // STARTTLS on port 587.
  pattern('thunderbird-smtp-auth-not-offered', 'client', 3, [phrase('It does not support authentication (SMTP-AUTH)')], [
    p('tls_problem', 0.6), p('network_blocked', 0.3),
  ]),
  // imap/pop3/smtpAuthMechNotSupported: the chosen method (e.g. "Encrypted password", NTLM) is not offered —
  // Microsoft 365 offers OAuth2 (and a normal password where basic authentication is still on).
  pattern('thunderbird-auth-method', 'client', 2, [
    phrase('does not support the selected authentication method'), phrase('unterstützt die gewählte Authentifizierungsmethode nicht'),
  ], [p('basic_auth_used', 0.55), p('tls_problem', 0.3)]),
  // *AuthChangeEncryptToPlain* / *AuthChangePlainToEncrypt*: a password method the server does not take.
  pattern('thunderbird-password-method', 'client', 2, [
    phrase('does not seem to support encrypted passwords'), phrase('does not allow plaintext passwords'),
    phrase('scheint die verschlüsselte Übertragung des Passworts nicht zu unterstützen'),
    phrase('erlaubt die ungesicherte Übertragung des Passworts im Klartext nicht'),
  ], [p('basic_auth_used', 0.6)]),
  // smtpPasswordUndefined / pop3PasswordUndefined: no password or token at hand — for an OAuth2 account the sign-in
  // window was closed or the sign-in failed.
  pattern('thunderbird-no-password', 'client', 2, [
    `${phrase('Could not get password for')} ${NAME}`, phrase('Error getting mail password'),
    `${phrase('Passwort für')} ${NAME} ${phrase('ist nicht verfügbar')}`, phrase('Fehler beim Empfangen des Passwortes'),
  ], [p('token_expired_or_invalid', 0.45), p('user_cancelled_or_consent_declined', 0.35)]),
  // pop3PasswordFailed / pop3UsernameFailure: the POP3 server refused the login.
  pattern('thunderbird-pop3-login', 'imap', 2, [
    `${phrase('Sending of password for user')} ${NAME} ${phrase('did not succeed')}`, phrase('Sending of username did not succeed'),
    phrase('Fehler beim Senden des Passworts für den Benutzer'), phrase('Fehler beim Senden des Benutzernamens'),
  ], [p('imap_auth_failed_generic', 0.5), p('basic_auth_used', 0.45)]),
  // Account setup (ConfigVerifier): the test login with the entered settings failed.
  pattern('thunderbird-setup-login', 'client', 2, [
    phrase('Unable to log in at server. Probably wrong configuration, username or password'),
    phrase('Anmeldung auf dem Server fehlgeschlagen. Eventuell sind Konfiguration, Benutzername oder Passwort nicht korrekt'),
    // The same string (accountcreation/accountCreation.ftl cannot-login-error) in thunderbird-l10n's zh-CN, it, es-ES, pt-BR,
    // pl, da and sv-SE, its first sentence.
    '无法登录到服务器。', phrase('Impossibile autenticarsi sul server'), phrase('Imposible iniciar sesión en el servidor'),
    phrase('Não foi possível iniciar a sessão no servidor'), phrase('Nie można zalogować się na serwerze'),
    phrase('Kan ikke logge på serveren'), phrase('Kan inte logga in på servern'),
  ], [p('basic_auth_used', 0.5), p('imap_auth_failed_generic', 0.4)]),
];

const CONNECTION: readonly Rule[] = [
  // startTlsFailed: STARTTLS chosen on a port where the server does not offer it (e.g. 465 or 25).
  pattern('thunderbird-starttls-not-offered', 'tls', 3, [
    phrase("using STARTTLS since it doesn't advertise that feature"),
    phrase('kann nicht mit STARTTLS aufgebaut werden, da der Server diese Funktion nicht angibt'),
  ], [p('tls_problem', 0.8)]),
  // nsErrorCouldNotConnectViaTls (POP3) and imapTlsError.
  pattern('thunderbird-tls-failed', 'tls', 3, [
    phrase('Unable to establish TLS connection to POP3 server'), phrase('Die TLS-Verbindung zum POP3-Server kann nicht hergestellt werden'),
    phrase('Es trat ein nicht überschreibbarer TLS-Fehler auf'),
  ], [p('tls_problem', 0.8), p('network_blocked', 0.3)]),
  // unknownHostError, imapUnknownHostError, connectionRefusedError, imapConnectionRefusedError.
  pattern('thunderbird-cannot-connect', 'network', 2, [
    `${phrase('Failed to connect to server')} ${NAME}`, `${phrase('Could not connect to mail server')} ${NAME}; ?${phrase('the connection was refused')}`,
    `${phrase('Verbindung mit Server')} ${NAME} (?:${phrase('fehlgeschlagen')}|${phrase('konnte nicht hergestellt werden')})`,
    `${phrase('Konnte keine Verbindung mit dem Mail-Server')} ${NAME} ${phrase('aufbauen, da sie verweigert wurde')}`,
  ], [p('network_blocked', 0.75)], { yieldsTo: ['tls'] }),
  // smtpSendInterrupted, netResetError, netInterruptError, imapServerDisconnected: the connection broke off.
  pattern('thunderbird-connection-lost', 'network', 2, [
    phrase('was lost in the middle of the transaction'), phrase('mitten in der Transaktion verloren'),
    `${phrase('Verbindung mit Server')} ${NAME} ${phrase('wurde')} (?:zurückgesetzt|unterbrochen)`,
    phrase('has disconnected. The server may have gone down or there may be a network problem'),
    phrase('hat die Verbindung abgebrochen. Der Server ist entweder ausgefallen oder es gibt Netzwerkprobleme'),
  ], [p('network_blocked', 0.5), p('tls_problem', 0.3)], { yieldsTo: ['server-reply', 'tls'] }),
  // imapServerDroppedConnection(2): too many connections to the mailbox (Exchange Online limits IMAP connections);
  // it outranks the "Unable to connect" it starts with.
  pattern('thunderbird-too-many-connections', 'throttle', 3, [
    phrase('You may have exceeded the maximum number of connections'), phrase('die maximale Anzahl von Verbindungen zu diesem Server überschritten'),
  ], [p('throttled', 0.88)]),
  // smtpSendFailedUnknownReason: the send failed without a reply Thunderbird could name.
  pattern('thunderbird-send-unknown-reason', 'client', 1, [
    phrase('for an unknown reason. Please verify that your Outgoing server (SMTP) settings'),
    phrase('aus unbekannten Gründen nicht über den SMTP-Server'),
  ], [p('smtp_auth_failed_generic', 0.4), p('network_blocked', 0.3)], { yieldsTo: ['server-reply', 'tls'] }),
  // The error names Thunderbird's error console and debug logs (and Firefox's certificate pages) show for the network and
  // the certificate: Necko's netwerk/base/nsNetError.h (NS_ERROR_NET_TIMEOUT "The connection was lost due to a timeout
  // error", NS_ERROR_CONNECTION_REFUSED, NS_ERROR_UNKNOWN_HOST, NS_ERROR_NET_RESET/INTERRUPT, NS_ERROR_PROXY_CONNECTION_REFUSED,
  // NS_ERROR_OFFLINE) and NSS's secerr.h / sslerr.h with mozilla::pkix's MOZILLA_PKIX_ERROR_* (an untrusted, expired,
  // self-signed or wrongly named certificate; no shared cipher or protocol version).
  pattern('mozilla-network-name', 'network', 2, [
    '\\bNS_ERROR_(?:NET_TIMEOUT|CONNECTION_REFUSED|UNKNOWN_HOST|UNKNOWN_PROXY_HOST|PROXY_CONNECTION_REFUSED|OFFLINE|NET_(?:RESET|INTERRUPT|TIMEOUT_EXTERNAL))\\b',
  ], [p('network_blocked', 0.7)], { flags: '' }),
  pattern('mozilla-certificate-name', 'tls', 2, [
    '\\bSEC_ERROR_(?:UNKNOWN_ISSUER|EXPIRED_CERTIFICATE|EXPIRED_ISSUER_CERTIFICATE|UNTRUSTED_ISSUER|UNTRUSTED_CERT|REVOKED_CERTIFICATE|CA_CERT_INVALID|BAD_SIGNATURE|INADEQUATE_KEY_USAGE|CERT_SIGNATURE_ALGORITHM_DISABLED|OCSP_[A-Z_]{3,40})\\b',
    // Not OpenSSL's own SSL_ERROR_SYSCALL / _SSL / _ZERO_RETURN / _WANT_* / _NONE (vocab-os-tls.ts reads SYSCALL).
    '\\bSSL_ERROR_(?!SYSCALL\\b|SSL\\b|ZERO_RETURN\\b|WANT_|NONE\\b)[A-Z_]{3,60}\\b', '\\bMOZILLA_PKIX_ERROR_[A-Z_]{3,60}\\b',
  ], [p('tls_problem', 0.75)], { flags: '' }),
];

/** Every Thunderbird rule (patterns.ts). */
export const THUNDERBIRD_VOCABULARY_RULES: readonly Rule[] = [...SIGN_IN, ...CONNECTION];
