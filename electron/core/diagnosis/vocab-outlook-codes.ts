/**
 * The hexadecimal error numbers of Outlook (classic), Outlook Express and Windows Live Mail ("Task '…'
 * reported error (0x800CCC0F)"). The 0x800CCCxx numbers are the IXP_E_* results of the Internet Mail
 * transport (Windows SDK header imnxport.h: HR_E(0xCC0F) = IXP_E_CONNECTION_DROPPED, …); 0x8004210A/B are
 * Outlook's "The operation timed out waiting for a response from the receiving (POP) / sending (SMTP) server".
 * Written by hand as a table because no library carries it; every Outlook number the decoder reads is here.
 * A number names the step that failed, not always why: weights stay moderate (except "could not connect"),
 * a server reply decides.
 */
import type { CodeEntry } from './pattern-kit.js';
import { codeTable, p, pattern, phrase, type Proposal, type Rule } from './pattern-kit.js';

const network = (weight: number, tls = 0): CodeEntry => ({
  family: 'network', proposals: tls ? [p('network_blocked', weight), p('tls_problem', tls)] : [p('network_blocked', weight)],
});
/** An HTTP (DAV) mail account's error (IXP_E_HTTP_*): the server's answer does not fit the account type; `also`, a second reading. */
const httpAccount = (weight: number, also?: Proposal): CodeEntry => ({
  family: 'client', proposals: also ? [p('unexpected_server_reply', weight), also] : [p('unexpected_server_reply', weight)],
});

/** IXP_E_* name in the comment of each code. */
const OUTLOOK_CODES: Readonly<Record<string, CodeEntry>> = {
  '800CCC0D': network(0.7), // CANT_FIND_HOST: the server name does not resolve
  // FAILED_TO_CONNECT; Outlook's 0x80042108/0x80042109: cannot connect to the incoming / outgoing server.
  '800CCC0E': { family: 'network', specificity: 3, proposals: [p('network_blocked', 0.8)] },
  '80042108': { family: 'network', specificity: 3, proposals: [p('network_blocked', 0.8)] },
  '80042109': { family: 'network', specificity: 3, proposals: [p('network_blocked', 0.8)] },
  '800CCC0F': network(0.45, 0.35), // CONNECTION_DROPPED: the server or something between closed the connection
  '800CCC13': network(0.5), // SOCKET_WRITE_ERROR
  '800CCC15': network(0.6), // SOCKET_CONNECT_ERROR
  '800CCC19': network(0.55), // TIMEOUT
  '800CCC1A': { family: 'tls', proposals: [p('tls_problem', 0.8)] }, // SECURE_CONNECT_FAILED: the SSL/TLS setting does not fit the port
  // SICILY_LOGON_FAILED: Secure Password Authentication (NTLM) refused — a password logon Exchange Online no longer takes.
  '800CCC18': { family: 'smtp-auth', proposals: [p('basic_auth_used', 0.45), p('smtp_auth_failed_generic', 0.3)] },
  '800CCC67': { family: 'smtp-submit', proposals: [p('throttled', 0.35), p('network_blocked', 0.3)] }, // SMTP_421_NOT_AVAILABLE
  // SMTP_REJECTED_SENDER / SMTP_REJECTED_RECIPIENTS: MAIL FROM or RCPT TO refused — no sign-in, or not allowed to send as.
  '800CCC78': { family: 'smtp-submit', proposals: [p('not_authenticated', 0.4), p('send_as_denied', 0.35)] },
  '800CCC79': { family: 'smtp-submit', proposals: [p('not_authenticated', 0.45), p('outbound_sender_blocked', 0.2)] },
  '800CCC7C': { family: 'tls', proposals: [p('tls_problem', 0.7)] }, // SMTP_530_STARTTLS_REQUIRED
  '800CCC7D': { family: 'tls', proposals: [p('tls_problem', 0.6)] }, // SMTP_NO_STARTTLS_SUPPORT
  '800CCC7F': { family: 'tls', proposals: [p('tls_problem', 0.7)] }, // SMTP_454_STARTTLS_FAILED
  // "None of the authentication methods supported by this client are supported by your server": Microsoft's support
  // article (0x800ccc80-error-when-sending-mail-from-outlook) has the fix "My outgoing server (SMTP) requires authentication".
  '800CCC80': { family: 'smtp-auth', proposals: [p('not_authenticated', 0.5), p('smtp_auth_failed_generic', 0.3)] },
  // POP3_RESPONSE_ERROR / POP3_INVALID_USER_NAME; IMAP_LOGINFAILURE: the incoming server refused the password logon.
  '800CCC90': { family: 'imap', proposals: [p('imap_auth_failed_generic', 0.45), p('basic_auth_used', 0.3)] },
  '800CCC91': { family: 'imap', proposals: [p('imap_auth_failed_generic', 0.55), p('basic_auth_used', 0.3)] },
  // POP3_INVALID_PASSWORD: the password was refused — on Microsoft 365 a password sign-in for POP/IMAP is refused for everyone.
  '800CCC92': { family: 'imap', specificity: 1, proposals: [p('basic_auth_used', 0.6), p('imap_auth_failed_generic', 0.55)] },
  '800CCCD1': { family: 'imap', proposals: [p('imap_auth_failed_generic', 0.55), p('basic_auth_used', 0.35)] },
  '800CCCDD': network(0.4, 0.2), // IMAP_UNSOLICITED_BYE: the server ended the session
  // IMAP_AUTH_NOT_POSSIBLE / IMAP_OUT_OF_AUTH_METHODS: no sign-in method both sides know (OAuth only on one side).
  '800CCCDF': { family: 'imap', proposals: [p('basic_auth_used', 0.4), p('tls_problem', 0.3)] },
  '800CCCE0': { family: 'imap', proposals: [p('basic_auth_used', 0.4), p('imap_auth_failed_generic', 0.3)] },
  // IXP_E_HTTP_GONE (410) … IXP_E_HTTP_BAD_GATEWAY (502), imnxport.h's HR_E(0xCC3A)–HR_E(0xCC3F): an HTTP (DAV) mail account —
  // Hotmail's, which Microsoft switched off — answered with an HTTP error ("The server responded 'Precondition Failed'",
  // 0x800CCC3C): the account type no longer works, set it up again as IMAP or Exchange.
  '800CCC3A': httpAccount(0.5),
  '800CCC3B': httpAccount(0.5),
  '800CCC3C': httpAccount(0.5),
  '800CCC3D': httpAccount(0.45, p('throttled', 0.2)), // 500
  '800CCC3E': httpAccount(0.5),
  '800CCC3F': httpAccount(0.45, p('network_blocked', 0.25)), // 502 Bad Gateway
  '8004210A': network(0.5), // Outlook: no answer from the receiving (POP) server in time
  '8004210B': network(0.5), // Outlook: no answer from the sending (SMTP) server in time
};

/** Every Outlook error number rule (patterns.ts). */
export const OUTLOOK_CODE_RULES: readonly Rule[] = [
  codeTable('outlook-code', 'network', 2, '\\b0x(800CCC[0-9A-F]{2}|8004210[0-9A-F])\\b', OUTLOOK_CODES),
  // 0x800CCC79's message, often pasted without the number: "The message could not be sent because one of the recipients was
  // rejected by the server" (Italian "… uno dei destinatari è stato rifiutato dal server"). Microsoft's support article "Fix
  // 550, 553 or relay errors when sending email" (support.office.com, article 65B494A4) gives the fix "My outgoing server
  // (SMTP) requires authentication": relaying was refused because the client did not sign in. A recipient that does not
  // exist gives the same message. German as Microsoft's German support article words it ("… da einer der Empfänger vom Server
  // nicht akzeptiert wurde", support.office.com/de-de article 65b494a4); "abgelehnt" is not confirmed against a German Outlook.
  pattern('outlook-recipient-rejected', 'smtp-submit', 2, [
    phrase('one of the recipients was rejected by the server'), phrase('uno dei destinatari è stato rifiutato dal server'),
    phrase('einer der Empfänger vom Server abgelehnt'), phrase('einer der Empfänger vom Server nicht akzeptiert'),
  ], [p('not_authenticated', 0.6), p('recipient_rejected', 0.45)]),
];
