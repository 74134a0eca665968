/**
 * Never an empty answer: when no known message was found, the most likely causes by protocol
 * and wording, each with a low confidence (at most GUESS_MAX), marked as a guess. Only a text
 * without any mail or sign-in content gets no cause (and the hint what to paste instead).
 * Every regex is anchored on a word and bounded.
 */
import type { CategoryId } from './categories.js';
import type { TextHit } from './match.js';
import { PASSWORD_MORE, SENDING_MORE } from './guess-languages.js';
import {
  CONSENT_MISSING, OAUTH_IN_SIGHT, PASSWORD_CHANGE, SHARED_MAILBOX, MAILBOX_PROTOCOL, SENDING, TLS_WORDS, CONNECT_WORD,
  NETWORK_FAILED, CONNECTION_DROPPED, NETWORK_WORDS, SMTP_AUTH_OFF, IMAP_OFF, ORGANIZATION, SERVER_GREETING, PERMISSION_WORDS,
  MAILBOX_WORDS, PS_REMOTING, CONNECTION_LIMIT, EXO_MODULE, PS_CREDENTIAL, PS_VERBS, SEND_MAIL_CMDLET, COMMAND_NOT_FOUND,
  SIGNIN_WORDS, SIGNIN_OAUTH, smtpReply, SMTP_535, SMTP_530, SMTP_55X_POLICY, SMTP_ENHANCED_REPLY, httpStatus, SERVER_ANSWERED,
  EWS_RESPONSE_CODE, SMTP_4_7_BUSY, SMTP_5_2_0, SMTP_5_2_2, SMTP_SIZE, RECIPIENT_REFUSED, SEND_AS_WORDS, STARTTLS_FIRST, AUTH_NOT_OFFERED,
  RESOURCE_NOT_FOUND, SCOPE_OR_RESOURCE_WRONG, SECRET_EXPIRED, APP_WRONG_DIRECTORY, PUBLIC_CLIENT, SMTP_REFUSAL, SMTP_ROUTING_REFUSAL,
  PROTOCOL_OUT_OF_STEP, NOT_THE_NETWORK,
} from './guess-words.js';
import { p, type Proposal } from './pattern-kit.js';

/** The highest confidence a guess may reach. */
export const GUESS_MAX = 0.3;
/** What a topic word alone ("mail", "SMTP") guesses: a guess above it says more than that the text is about mail. */
export const TOPIC_GUESS = 0.2;

interface Signal {
  readonly id: string;
  readonly regex: RegExp;
  readonly proposals: readonly Proposal[];
  /** The signal does not count when any of these also matches. */
  readonly unless?: readonly RegExp[];
  /** The signal counts only when this also matches. */
  readonly when?: RegExp;
}

const g = (category: CategoryId, weight: number): Proposal => p(category, Math.min(weight, GUESS_MAX));

/** A bare SMTP reply code after an error's words ("Error: 421", "the server responded: 451"), not one with an enhanced code. */
const bareReplyCode = (code: string): RegExp =>
  new RegExp(String.raw`\b(?:error|Fehler|code|reply|response|responded|status)\b[ :#]{0,3}\(?${code}\b(?![ -]?\d\.\d)`, 'i');

/** What a 550–554 without its enhanced code says: the message refused — the sender's policy, the recipient, or Send As. */
const BARE_55X: readonly Proposal[] = [g('outbound_sender_blocked', 0.22), g('recipient_rejected', 0.2), g('send_as_denied', 0.15)];

/**
 * A delivery status notification's fields (RFC 3464 §2.2–2.3: "Reporting-MTA: dns; …", "Remote-MTA:", "Final-Recipient:",
 * "Diagnostic-Code:") and a message's own headers look like PowerShell's "Verb-Noun : message" at a line's start; they are none.
 */
const DSN_FIELD = '(?:Reporting|Remote|Received-From)-MTA|Final-Recipient|Original-(?:Recipient|Envelope-Id)|Diagnostic-Code|Arrival-Date|Last-Attempt-Date|Will-Retry-Until|Content-(?:Type|Transfer-Encoding|Disposition)|Message-I[Dd]|Reply-To|Return-Path|Delivered-To|Auto-Submitted';

/** Protocol and wording signals, strongest first. */
const SIGNALS: readonly Signal[] = [
  // An SMTP reply read by its codes (RFC 5321 §4.2, RFC 3463's subjects): 535 is a refused AUTH, 530 a command that needs
  // AUTH (or STARTTLS) first, 550–554 with 5.7.x a policy refusal of the message — at Exchange Online most often the sender
  // (a block list, relaying without AUTH, Send As). Without a reply code, 5.7.x is read as a refused sign-in.
  { id: 'smtp-535', regex: SMTP_535, proposals: [g('smtp_auth_failed_generic', 0.3), g('basic_auth_used', 0.15)] },
  { id: 'smtp-530', regex: SMTP_530, proposals: [g('not_authenticated', 0.3), g('tls_problem', 0.15)] },
  { id: 'smtp-55x-5.7', regex: SMTP_55X_POLICY, proposals: [g('outbound_sender_blocked', 0.28), g('not_authenticated', 0.2), g('send_as_denied', 0.15)] },
  // STARTTLS asked for first (RFC 3207 §4: "530 5.7.0 Must issue a STARTTLS command first"; Exchange Online's "451 5.7.3
  // STARTTLS is required to send mail"): the client sent before encrypting — the TLS set-up, not the sign-in (development
  // texts saying so: 12 of 13 fixed by TLS). Before STARTTLS Exchange Online does not offer AUTH at all, which clients report
  // as the AUTH extension missing (Python's smtplib: "SMTP AUTH extension not supported by server"; 10 of 11 fixed by TLS).
  { id: 'smtp-starttls-first', regex: STARTTLS_FIRST, proposals: [g('tls_problem', 0.3), g('not_authenticated', 0.15)] },
  { id: 'auth-not-offered', regex: AUTH_NOT_OFFERED, proposals: [g('tls_problem', 0.28), g('unexpected_server_reply', 0.15)] },
  // A 5.7.x whose words name Send As ("5.7.60 SMTP; Client does not have permissions to send as this sender") is that refusal.
  { id: 'smtp-5.7', regex: /(?<![\d.])(?:5\d\d[ -])?5\.7\.\d{1,3}(?!\d)/, unless: [SMTP_535, SMTP_530, SMTP_55X_POLICY, STARTTLS_FIRST, SEND_AS_WORDS], proposals: [g('smtp_auth_failed_generic', 0.3), g('not_authenticated', 0.2)] },
  // A 535 reply with no enhanced code that opens the text, a quote or a logged value ("535 Denied", error="535 Authentication
  // failed"): a refused AUTH, as with the bare code below.
  { id: 'smtp-535-line', regex: /(?:^|[<"'`(\[=:])[ ]?535[ -](?=[A-Za-z])/, unless: [SMTP_535], proposals: [g('smtp_auth_failed_generic', 0.3), g('basic_auth_used', 0.15)] },
  // A bare reply code after an error's words ("permanent error (535)", "SMTP error 535", "reply code 535", "Error 535"): a refused
  // AUTH.
  { id: 'smtp-535-bare', regex: /\b(?:permanent|temporary|transient|SMTP|reply|response|status|server)[ -](?:error|failure|code|reply|response)[^\n\d]{0,12}\(?535\b|\b(?:error|Fehler|code)\b[ :#]{0,3}\(?535\b(?![ -]?\d\.\d)/i, unless: [SMTP_535], proposals: [g('smtp_auth_failed_generic', 0.3), g('basic_auth_used', 0.15)] },
  // A bare 550–554 after an error's words ("Fehler 550", "Error 554", "SMTP error: 550"): the message refused — the sender's
  // policy, the recipient, or Send As (RFC 5321 §4.2.3: 550 mailbox unavailable/policy, 554 transaction failed).
  { id: 'smtp-55x-bare', regex: /\b(?:error|Fehler|erreur|code|reply|response|status)\b[ :#]{0,3}\(?55[0-4]\b(?![ -]?\d\.\d)/i, proposals: BARE_55X },
  // A 550–554 reply with no enhanced code that opens the text or a quoted reply ("550 ExchangeDefender is not allowed …",
  // "< 554 Transaction failed >"): read like the bare code above.
  { id: 'smtp-55x-line', regex: /(?:^|[<"'`(\[])[ ]?55[0-4][ -](?=[A-Za-z])/, unless: [SMTP_ENHANCED_REPLY], proposals: BARE_55X },
  // A bare 530 after an error's words ("Server Error: 530"): a command that needs AUTH first.
  { id: 'smtp-530-bare', regex: /\b(?:error|Fehler|code|reply|response|status)\b[ :#]{0,3}\(?530\b(?![ -]?\d\.\d)/i, proposals: [g('not_authenticated', 0.28), g('tls_problem', 0.15)] },
  // A bare 421 or 450–452 after an error's words ("Error: 421", "the server responded: 451"): RFC 5321 §4.2.3's "Service not
  // available, closing transmission channel" and a transient refusal — a busy or limiting server first, as the enhanced 4.x.x
  // codes below; 454 is RFC 4954 §6's "Temporary authentication failure" (and RFC 3207's "TLS not available due to temporary
  // reason"). Without it such a line had no answer at all.
  { id: 'smtp-4xx-bare', regex: bareReplyCode('4(?:21|5[0-2])'), proposals: [g('throttled', 0.25), g('network_blocked', 0.15)] },
  { id: 'smtp-454-bare', regex: bareReplyCode('454'), proposals: [g('smtp_auth_failed_generic', 0.22), g('tls_problem', 0.18)] },
  // A temporary failure read by its RFC 3463 subject: X.3.x the mail system (at Exchange Online 4.3.2, thread and connection
  // limits), X.4.x network and routing (a connection or DNS lookup that failed, a TLS connector refused on the way), X.7.x
  // security or policy (TLS required or too old — 421 4.7.66 — before a rate limit, 451 4.7.500-699); other subjects most
  // often a busy service.
  { id: 'smtp-4.3', regex: smtpReply(String.raw`4\d\d`, String.raw`4\.3`), proposals: [g('throttled', 0.28)] },
  { id: 'smtp-4.4', regex: smtpReply(String.raw`4\d\d`, String.raw`4\.4`), proposals: [g('network_blocked', 0.25), g('tls_problem', 0.18)] },
  // Exchange Online's 451 4.7.500–699 are its anti-spam rate limits ("Server busy. Please try again later", learn.microsoft.com/
  // exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-451-4-7-500-699-asxxx-in-exchange-online).
  { id: 'smtp-4.7-busy', regex: SMTP_4_7_BUSY, proposals: [g('throttled', 0.28)] },
  { id: 'smtp-4.7', regex: smtpReply(String.raw`4\d\d`, String.raw`4\.7`), unless: [SMTP_4_7_BUSY], proposals: [g('tls_problem', 0.22), g('throttled', 0.2)] },
  { id: 'smtp-4xx', regex: smtpReply(String.raw`4\d\d`, String.raw`4\.(?:[0-24-68-9]|\d{2})`), proposals: [g('throttled', 0.25), g('network_blocked', 0.15)] },
  // RFC 3463's subjects of a permanent failure: 5.1.x an address (the recipient, or the sender's), 5.2.x/5.3.x the mailbox or
  // the system (size, quota), 5.4.x routing (a recipient the receiving side does not route to, relaying), 5.5.x/5.6.x the
  // protocol or the content.
  { id: 'smtp-5.1', regex: smtpReply(String.raw`5\d\d`, String.raw`5\.1`), proposals: [g('recipient_rejected', 0.25), g('send_as_denied', 0.18)] },
  // 5.2.0 at Exchange Online is a submission the store refused (STOREDRV.Submission: Send As denied, the outbound spam filter);
  // 5.2.3 and 5.3.4 a message over the size limit (RFC 3463 X.2.3 "message length exceeds administrative limit", X.3.4
  // "message too big for system").
  { id: 'smtp-5.2.0', regex: SMTP_5_2_0, proposals: [g('send_as_denied', 0.22), g('outbound_sender_blocked', 0.2)] },
  { id: 'smtp-size', regex: SMTP_SIZE, proposals: [g('message_too_large', 0.3)] },
  // 5.2.2 a full mailbox (RFC 3463 X.2.2 "Mailbox full"): the recipient's ("554 5.2.2 mailbox full", Exchange's NDR for a full
  // mailbox or mail-enabled public folder).
  { id: 'smtp-mailbox-full', regex: SMTP_5_2_2, proposals: [g('recipient_rejected', 0.3)] },
  { id: 'smtp-5.2-5.3', regex: smtpReply(String.raw`5\d\d`, String.raw`5\.[23]`), unless: [SMTP_5_2_0, SMTP_5_2_2, SMTP_SIZE], proposals: [g('message_too_large', 0.2), g('throttled', 0.18)] },
  // At Exchange Online 550 5.4.1 is mostly Directory-Based Edge Blocking: the recipient does not exist there.
  { id: 'smtp-5.4', regex: smtpReply(String.raw`5\d\d`, String.raw`5\.4`), proposals: [g('recipient_rejected', 0.2), g('not_authenticated', 0.18)] },
  { id: 'smtp-5.5-5.6', regex: smtpReply(String.raw`5\d\d`, String.raw`5\.[56]`), proposals: [g('unexpected_server_reply', 0.22)] },
  { id: 'smtp-5xx', regex: smtpReply(String.raw`5\d\d`, String.raw`5\.(?:0|\d{2})`), proposals: [g('smtp_auth_failed_generic', 0.2), g('send_as_denied', 0.15)] },
  // Exchange's IMAP "User is authenticated but not connected." shortened or misspelt by a client ("Authaticated but not
  // connected", "NO not connected"): the mailbox behind the sign-in is not reachable for the account — no mailbox or IMAP off
  // for it, then no right on it (read like the full sentence, patterns-imap.ts).
  { id: 'imap-not-connected', regex: /\bNO not connected\b|\bauth\w{0,12} but not connected\b/i, proposals: [g('imap_disabled_or_not_connected', 0.28), g('mailbox_permission_missing', 0.2)] },
  { id: 'imap-no', regex: /\b(?:NO|BAD) [A-Z][A-Za-z]{2,20}\b/, proposals: [g('imap_auth_failed_generic', 0.25), g('imap_disabled_or_not_connected', 0.15)] },
  // German joins words ("Sicherheitszertifikat", "Serververbindung", "Zugriffstoken", "Anwendungskennwort"): its stems
  // count inside a compound too.
  // "Secure connection … failed" / "sichere Verbindung" is the TLS layer in a client's words.
  { id: 'tls', regex: TLS_WORDS, proposals: [g('tls_problem', 0.3)] },
  // A server's greeting in the text ("220 host … ESMTP", "* OK … IMAP4", "+OK … POP3") proves the connection
  // worked, so "connecting …" around it is no sign of a blocked network.
  // Named beside the TLS words, a failed connection is most often the TLS layer failing (the 'tls' signal outranks it).
  // An HTTP status or an SMTP reply with an enhanced code proves the same ("Failed to connect to Exchange: Response status code
  // does not indicate success: 403 (Forbidden)").
  { id: 'network', regex: new RegExp(`${NETWORK_FAILED.source}|${CONNECTION_DROPPED.source}`, 'i'), unless: NOT_THE_NETWORK, proposals: [g('network_blocked', 0.3)] },
  // .NET's cancellation with nothing else said ("A task was canceled.", "The operation was canceled.", TaskCanceledException):
  // HttpClient's own timeout reports itself so (its Timeout elapsing cancels the request; the .NET HttpClient.Timeout remarks),
  // so a connection that did not answer in time first; a person who closed the sign-in window second.
  { id: 'dotnet-canceled', regex: /\b(?:A task was cancell?ed|The operation was cancell?ed|TaskCanceledException|OperationCanceledException)\b/, unless: [NETWORK_FAILED], proposals: [g('network_blocked', 0.22), g('user_cancelled_or_consent_declined', 0.15)] },
  // "connect" alone ("Failed to connect to Exchange", "cannot connect to IMAP", "not connected"): the connection is only named,
  // not said to have failed on the way (no timeout, refusal, DNS or reset), so a topic the text names beside it (a shared
  // mailbox, the retired password sign-in, OAuth) comes first.
  { id: 'network-connect', regex: CONNECT_WORD, unless: [NETWORK_FAILED, CONNECTION_DROPPED, ...NOT_THE_NETWORK], proposals: [g('network_blocked', 0.15)] },
  // A connection the other side closed or reset after it was made ("An existing connection was forcibly closed by the remote
  // host", "The underlying connection was closed", "Connection reset by peer", "Connection dropped"): at Microsoft 365 most
  // often a TLS version or cipher it no longer accepts (TLS 1.0/1.1 retired, learn.microsoft.com/microsoft-365/compliance/
  // tls-1.0-and-1.1-deprecation-for-office-365), so TLS comes second to the network.
  { id: 'network-dropped', regex: CONNECTION_DROPPED, unless: [SERVER_GREETING, TLS_WORDS], proposals: [g('tls_problem', 0.22)] },
  { id: 'network-beside-tls', regex: NETWORK_WORDS, when: TLS_WORDS, unless: [SERVER_GREETING, SERVER_ANSWERED, PS_REMOTING, CONNECTION_LIMIT], proposals: [g('network_blocked', 0.2)] },
  // A password sign-in with no OAuth in sight (the server offering XOAUTH2 in its EHLO reply is not the client using it): Microsoft turned off basic authentication for Outlook.com
  // (September 2024) and for Exchange Online protocols, so a refused password login is most likely that
  // ("Deprecation of Basic authentication in Exchange Online", learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online).
  { id: 'password', regex: new RegExp(`${/\b(?:password|credentials|Zugangsdaten|contraseña|senha|mot de passe|wachtwoord|hasło)\b|passwort|kennwort|пароль|비밀번호|密码|密碼|パスワード/.source}|${PASSWORD_MORE}`, 'i'), unless: [OAUTH_IN_SIGHT, PASSWORD_CHANGE, PS_CREDENTIAL, SHARED_MAILBOX], proposals: [g('basic_auth_used', 0.3), g('not_authenticated', 0.2)] },
  // A password that expired or must be changed: the account's policy stops the sign-in (AADSTS50055 "The password is expired").
  { id: 'words-password-expired', regex: PASSWORD_CHANGE, proposals: [g('security_policy_blocks', 0.3), g('not_authenticated', 0.2)] },
  // HTTP 401 from a mail API (EWS "SoapFaultDetails 401 Unauthorized", Graph): the token was refused — expired, or
  // issued for another resource than the one called.
  // .NET's WebException prints "(401) Unauthorized" / German "(401) Nicht autorisiert".
  // Inside an SMTP reply ("550 5.7.68 … from unauthorized sources") the word is the mail server's, not an HTTP 401.
  // An app's own failure sentence ending in the bare status ("Error: Failed to fetch folders: 401", tdaniel1925/eezmail's token fix).
  { id: 'unauthorized', unless: [SMTP_ENHANCED_REPLY], regex: new RegExp(`${/\b(?:401 ?Unauthori[sz]ed|Unauthori[sz]ed|Nicht autorisiert|HTTP(?:\/\d(?:\.\d)?)?(?: status)?(?: code)?:? 401)\b|\(401\)|\b(?:failed|unable|could ?n[o']t|cannot) [^\n:]{1,60}: ?401(?![\d.])/i.source}|${httpStatus('401')}`, 'i'), proposals: [g('token_expired_or_invalid', 0.28), g('wrong_scope_or_resource', 0.22)] },
  // HTTP statuses of a mail or sign-in API with no other words, as Microsoft Graph documents them (learn.microsoft.com/graph/errors):
  // 503 "temporarily unavailable for maintenance or is overloaded … repeat the request after a delay" and 504 "did not
  // receive a timely response from the upstream server" (busy or cut off on the way); 502/504 are also what a proxy says
  // in the service's place. 400 "malformed or incorrect": at the token endpoint that is most often a refused grant
  // (invalid_grant) or a wrong scope/resource. 500 says only that the server failed ("There was an internal server error while
  // processing the request"): the server's fault first, a busy service second. A Graph SDK's ODataError that carries only a
  // 500/503 status is that status, not a refused permission ('graph-odata-error').
  // Exchange's SMTP block reply "550 5.7.1 Service unavailable; Client host … blocked" is no HTTP status (the 'smtp-5.7' signal has it).
  // 429 "Too Many Requests" (RFC 6585 §4; Graph: "throttled … Retry-After", learn.microsoft.com/graph/throttling).
  // A token request answered 404: the token endpoint's address is wrong — most often the tenant in it (login.microsoftonline.com/
  // <tenant>/oauth2/v2.0/token) or an authority of another cloud ("[GetTokenWithKey] Failed to obtain OAuth token: The remote
  // server returned an error: (404)", David-Barrett-MS/PowerShell-EWS-Scripts#71).
  { id: 'token-404', regex: /\b(?:OAuth ?2?|access[ _]token|token endpoint|obtain (?:an? )?(?:OAuth )?token|authority|microsoftonline)\b[^\n]{0,120}?(?:\(404\)|\b404 ?\(?Not Found)/i, proposals: [g('wrong_tenant_or_app', 0.3), g('token_expired_or_invalid', 0.15)] },
  { id: 'http-too-many', regex: new RegExp(`${/\bHTTP(?: Error| status)?(?: code)?:? ?429\b|\b429 ?\(?Too Many\b|\(429\)/i.source}|${httpStatus('429')}`, 'i'), proposals: [g('throttled', 0.28)] },
  { id: 'http-unavailable', regex: new RegExp(`${/\b(?:503 ?\(?Service (?:Temporarily )?Unavailable|(?<!\d\.\d{1,3}[ ,;:]{1,2})Service (?:Temporarily )?Unavailable|The service is unavailable|HTTP(?: Error| status)?:? 503)\b|\(503\)|\bDienst (?:ist )?(?:vorübergehend )?nicht verfügbar/i.source}|${httpStatus('503')}`, 'i'), proposals: [g('throttled', 0.28), g('network_blocked', 0.18)] },
  { id: 'http-gateway', regex: new RegExp(`${/\b(?:50[24] ?\(?(?:Bad Gateway|Gateway Time-?out)|Bad Gateway|Gateway Time-?out|HTTP(?: Error| status)?:? 50[24])\b|\(50[24]\)/i.source}|${httpStatus('50[24]')}`, 'i'), proposals: [g('network_blocked', 0.25), g('throttled', 0.2)] },
  { id: 'http-bad-request', regex: new RegExp(`${/\b(?:400 ?\(?Bad Request|Bad Request|HTTP(?: Error| status)?:? 400)\b|\(400\)/i.source}|${httpStatus('400')}`, 'i'), proposals: [g('token_expired_or_invalid', 0.2), g('wrong_scope_or_resource', 0.15)] },
  // 405 Method Not Allowed: the request's method or path is one the resource does not take (Graph's ErrorInvalidRequest "The
  // OData request is not supported" comes with it, microsoftgraph/microsoft-graph-docs#6282) — a request built wrong.
  { id: 'http-method-not-allowed', regex: new RegExp(`${/\b(?:405 ?\(?Method Not Allowed|Method Not Allowed|HTTP(?: Error| status)?:? 405)\b|\(405\)|\[code\] => 405\b|"(?:status|statusCode|code)" ?: ?"?405\b/i.source}|${httpStatus('405')}`, 'i'), proposals: [g('unexpected_server_reply', 0.25), g('wrong_scope_or_resource', 0.12)] },
  // A web application's own error page with a 5xx status and no more ("500: We're sorry, but something went wrong." — Rails'
  // default 500 page): the server failed; what it failed on is in its log, not in the page. Zammad's Microsoft 365 channel shows
  // it for a wrong or expired client secret (zammad/zammad-admin-documentation channels/microsoft365/Microsoft365errors.rst).
  // 404 with nothing more: a URL the service does not have (a wrong tenant or endpoint in it), or an object that is not there.
  { id: 'http-not-found', regex: new RegExp(`${/\b404 ?\(?Not Found\b|\(404\)/.source}|${httpStatus('404')}`, 'i'), proposals: [g('unexpected_server_reply', 0.18), g('wrong_tenant_or_app', 0.12)] },
  { id: 'http-500-page', regex: /\b50[0-3]\b ?:? ?We(?:'|’)re sorry, but something went wrong/i, proposals: [g('unexpected_server_reply', 0.2), g('bad_client_secret', 0.12)] },
  { id: 'http-server-error', regex: new RegExp(`${/\b(?:500 ?\(?)?Internal Server Error\b|\bHTTP(?: Error| status)?:? 500\b/i.source}|${httpStatus('500')}`, 'i'), proposals: [g('unexpected_server_reply', 0.22), g('throttled', 0.15)] },
  // A browser's fetch() that never got an answer (Chromium "TypeError: Failed to fetch", Firefox "NetworkError when attempting
  // to fetch resource."): offline, blocked, or a proxy/TLS inspection in the way.
  // A bare end of stream where a mail library expected the server's greeting or reply ("error=EOF", "EOF" in Go's net/smtp,
  // "unexpected EOF"): most often TLS spoken to a port that expects plain SMTP first, or the other way round (465 vs 587).
  { id: 'bare-eof', regex: /(?:\berror[=:] ?"?|:\s)(?:unexpected )?EOF\b(?! occurred)/, proposals: [g('tls_problem', 0.26), g('network_blocked', 0.2)] },
  // The browser's sentence ends there: "Failed to fetch folders: 401", "Failed to fetch banner content", "Failed to fetch mail
  // from server" are an app's own words for a request that got an answer (none of the development texts with them was the network).
  { id: 'fetch-failed', regex: /\bFailed to fetch\b(?! [A-Za-z])|\bNetworkError when attempting to fetch resource/i, proposals: [g('network_blocked', 0.28)] },
  // The sending IP's reverse DNS named ("sending mail from an IP address that is changing its Reverse Domain Name System (rDNS)",
  // Comcast's FAQ; "must have a reverse DNS record", Exchange Online's 5.7.25): receiving servers refuse senders without a
  // stable PTR record — the sender's side, not the client's network (development texts naming it: 2 of 2).
  { id: 'words-reverse-dns', regex: /\b(?:rDNS|reverse DNS|Reverse Domain Name System|PTR (?:record|resource record))\b/i, proposals: [g('outbound_sender_blocked', 0.28)] },
  // A user that could not be assigned or is not assigned to the app (enterprise app "Users and groups").
  // AADSTS50105's sentences without the code ("… specifically granted ('assigned') access to the application … Please contact
  // your administrator to assign access to this application.").
  { id: 'assign', regex: /\b(?:(?:could not|cannot|can't|failed to) assign|not assigned|nicht zugewiesen|assign access to this application|\('assigned'\) access)\b/i, proposals: [g('user_not_assigned', 0.28)] },
  // Thunderbird's "Sending of the message failed." / "Senden der Nachricht fehlgeschlagen." (its send-error-failed
  // string, en-US and de) and the heading of Exchange's non-delivery report are in the 'smtp' signal below.
  // Topic words (English, German, French, Spanish, Italian, Portuguese, Chinese, Japanese; CJK mail and sign-in words are in
  // the 'smtp' and 'signin' signals below, so they count once): what the text is
  // about decides the guess when no message is known. Each is a word a user or a client writes around a failure.
  // Microsoft's retirement of password sign-ins told in a user's words ("Microsoft has disabled the traditional password way
  // to connect", "IMAP is deprecated", "Basic authentication is no longer supported"): the app still signs in with a password
  // ("Deprecation of Basic authentication in Exchange Online", learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online).
  { id: 'words-basic-retired', regex: /\b(?:basic[ -]?auth(?:entication)?|legacy auth(?:entication)?|Basisauthentifizierung|Standardauthentifizierung|deprecat(?:ed|ion)|no longer (?:supported|works?|allowed)|stopped (?:supporting|working)|(?:password|passwort) (?:way|method|authentication|login|sign-?in))\b/i, proposals: [g('basic_auth_used', 0.28)] },
  // A shared mailbox named around a failure: it has no password or licence of its own, so SMTP must sign in as a user with
  // rights on it (Microsoft: "Shared mailboxes … you can't sign in to them directly"; the catalogue's shared-mailbox cause).
  // Read over IMAP/POP (and nothing said about sending), the signed-in user needs FullAccess on it instead.
  { id: 'words-shared-mailbox', regex: SHARED_MAILBOX, unless: [MAILBOX_PROTOCOL, SENDING], proposals: [g('shared_mailbox_smtp_login', 0.28), g('mailbox_permission_missing', 0.2)] },
  { id: 'words-shared-mailbox-send', regex: SHARED_MAILBOX, when: SENDING, proposals: [g('shared_mailbox_smtp_login', 0.28), g('mailbox_permission_missing', 0.2)] },
  { id: 'words-shared-mailbox-read', regex: SHARED_MAILBOX, when: MAILBOX_PROTOCOL, unless: [SENDING], proposals: [g('mailbox_permission_missing', 0.28), g('shared_mailbox_smtp_login', 0.15)] },
  // SMTP AUTH or IMAP/POP switched off, told in words ("Authenticated SMTP is turned off for the mailbox", "SMTP AUTH was
  // disabled in our tenant", "IMAP ist für das Postfach deaktiviert"): the mailbox's or the organization's setting
  // (learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission; POP3/IMAP4 per
  // mailbox: Set-CASMailbox -ImapEnabled). Said of the tenant or organization, the tenant-wide setting comes first.
  { id: 'words-smtp-auth-off', regex: SMTP_AUTH_OFF, unless: [ORGANIZATION], proposals: [g('smtp_auth_disabled_mailbox', 0.3), g('smtp_auth_disabled_tenant', 0.26)] },
  { id: 'words-smtp-auth-off-tenant', regex: SMTP_AUTH_OFF, when: ORGANIZATION, proposals: [g('smtp_auth_disabled_tenant', 0.3), g('smtp_auth_disabled_mailbox', 0.26)] },
  { id: 'words-imap-off', regex: IMAP_OFF, proposals: [g('imap_disabled_or_not_connected', 0.3)] },
  // PowerShell's error line names the cmdlet before the message ("New-PSSession : …", "Connect-ExchangeOnline : …"): with the
  // frame above, the two add up. Another module's cmdlet that PowerShell does not know (an Exchange one is a known message,
  // patterns-powershell.ts) says nothing about Exchange.
  // At the start of the text any Verb-Noun; inside it (a code block, a JSON string, a quoted log line — the view has no line
  // breaks) only PowerShell's approved verbs.
  { id: 'powershell-cmdlet-error', regex: new RegExp(`^(?:PS [^\\n>]{0,200}> ?)?(?!${DSN_FIELD})[A-Z][a-z]{2,12}-[A-Z][A-Za-z0-9]{2,50} ?: |[\\s"'\`{(\\[](?:PS [^\\n>]{0,200}> ?)?${PS_VERBS}-[A-Z][A-Za-z0-9]{2,50} ?: `), unless: [SEND_MAIL_CMDLET, COMMAND_NOT_FOUND], proposals: [g('exchange_powershell_not_ready', 0.22)] },
  // A PowerShell error printed in full (its position "At line:1 char:1" — German "In Zeile:1 Zeichen:1", Chinese "所在位置 行:1
  // 字符:", Japanese "発生場所 行:1 文字:" — its "+ CategoryInfo :" and "+ FullyQualifiedErrorId :" lines, or a "PS C:\…>" prompt):
  // the admin ran the guide's PowerShell commands, so the module or its session is the likeliest topic. Send-MailMessage is
  // PowerShell sending mail over SMTP, not the Exchange module.
  // PowerShell's TypeNotFound ("Cannot find type [Microsoft.…]: verify that the assembly containing this type is loaded.", "Unable
  // to find type [ … ]") is a module that is not loaded.
  { id: 'powershell-error', regex: /\b(?:verify that the assembly containing this type is loaded|Unable to find type \[|At line:\s?\d{1,6} char:\s?\d{1,6}|In Zeile:\s?\d{1,6} Zeichen:\s?\d{1,6}|CategoryInfo {0,20}:|FullyQualifiedErrorId {0,20}:|PS [A-Z]:\\[^\n>]{0,200}>|PS \/[^\n>]{0,200}>)|所在位置 行:|発生場所 行:/, unless: [SEND_MAIL_CMDLET], proposals: [g('exchange_powershell_not_ready', 0.26)] },
  // Exchange Online PowerShell named (the module, its connect cmdlet, the guides' commands): the module or its connection is the topic.
  // The module's own verbose lines and classes count too ("VERBOSE: ConnectionContext Removed", "Failed to fetch banner content
  // from server", Microsoft.Exchange.Management.ExoPowershellSnapin.NewExoPSSession in a stack trace).
  { id: 'words-exchange-powershell', regex: EXO_MODULE, proposals: [g('exchange_powershell_not_ready', 0.3)] },
  // PowerShell remoting (WinRM) into Exchange: the session is the topic — since 2023 Exchange Online takes the module's REST
  // connection only (learn.microsoft.com/powershell/exchange/exchange-online-powershell-v2: "remote PowerShell … retired"), and a
  // server's remoting needs WinRM, its IIS virtual directory and the admin's rights. A blocked network comes second.
  { id: 'powershell-remoting', regex: PS_REMOTING, proposals: [g('exchange_powershell_not_ready', 0.3), g('network_blocked', 0.12)] },
  // …unless WinRM names a proxy ("Proxy is not supported under HTTP transport"): then the way to the server is the problem.
  { id: 'powershell-remoting-proxy', regex: /\bproxy\b/i, when: PS_REMOTING, proposals: [g('network_blocked', 0.3)] },
  // The sign-in page's policy pages in a user's German ("Sie können nicht auf diese Ressource zugreifen", "… eine Richtlinie
  // konfiguriert, die den Zugriff … verhindert", "Weitere Informationen erforderlich … um Ihr Konto zu schützen") count too.
  // A device that Conditional Access requires to be compliant ("Require device to be marked as compliant", learn.microsoft.com/
  // entra/identity/conditional-access/concept-conditional-access-grant), Identity Protection's risky sign-in ("suspicious" /
  // "unusual sign-in activity") and the MFA prompt's "Verify your identity" page count too: a policy on the sign-in.
  { id: 'words-locked', regex: /(?:Account|User)(?:Is)?(?:Locked|Disabled)\w*|\b(?:(?:account|user|Konto|Benutzer(?:konto)?)\b[^\n.]{0,20}?\b(?:disabled|deaktiviert)|locked|gesperrt|blocked|blockiert|bloqué|bloqueado|bloccato|conditional access|bedingter zugriff|accès conditionnel|acceso condicional|acesso condicional|accesso condizionale|voorwaardelijke toegang|dostęp warunkowy|dostępu warunkowego|MFA|multi-?factor|security defaults|(?:access|security|sign-?in) polic(?:y|ies)|Richtlinie|(?:organi[sz]ation|admin(?:istrator)?)\b[^\n.]{0,30}?(?:doesn't|does not|don't) allow|interaction required|Interaktion erforderlich|(?:Zwei|Mehr)stufig|nicht (?:auf diese \w+|darauf) zugreifen|Konto zu schützen|weitere Informationen erforderlich|(?:device|Gerät)\b[^\n.]{0,20}?\b(?:not compliant|non-?compliant|nicht konform)|\b(?:compliant|konformes?) (?:device|Gerät)|suspicious (?:sign-?in )?activity|unusual (?:sign-?in )?activity|verdächtige Aktivität|ungewöhnliche Anmeldeaktivität|verify your identity|Identität (?:bestätigen|überprüfen))|условн\S* доступ|被锁定|已锁定|ロック/i, proposals: [g('security_policy_blocks', 0.28)] },
  // Access refused in words: most often the app's permission without admin consent (Graph's "Insufficient privileges", "403
  // Forbidden"); said of a mailbox or a folder, or over IMAP/POP, the signed-in user's rights on that mailbox.
  { id: 'words-permission', regex: PERMISSION_WORDS, unless: [MAILBOX_WORDS, SMTP_REFUSAL, SMTP_ROUTING_REFUSAL], proposals: [g('consent_missing', 0.22), g('mailbox_permission_missing', 0.2)] },
  { id: 'words-permission-mailbox', regex: PERMISSION_WORDS, when: MAILBOX_WORDS, unless: [SMTP_REFUSAL, SMTP_ROUTING_REFUSAL], proposals: [g('mailbox_permission_missing', 0.22), g('consent_missing', 0.2)] },
  // "Access denied" in an SMTP server's refusal of the message (550 5.7.x / 5.1.x): at Exchange Online its outbound and
  // anti-spam refusals ("550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP", "550 5.1.8 Access
  // denied, bad outbound sender", learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online)
  // or the sender address it may not use — not an app permission.
  { id: 'words-permission-smtp', regex: PERMISSION_WORDS, when: SMTP_REFUSAL, proposals: [g('outbound_sender_blocked', 0.22), g('send_as_denied', 0.2)] },
  // The Graph SDKs often print only the exception's type: .NET (v5) "Microsoft.Graph.Models.ODataErrors.ODataError:
  // Exception of type '…ODataError' was thrown." (the reason sits in its Error.Message), Python's
  // "msgraph.generated.models.o_data_errors.o_data_error.ODataError:", Java's "com.microsoft.graph.models.odataerrors.ODataError". Graph refused the call; as
  // with "access denied", the app's permission or the mailbox's rights come first.
  { id: 'graph-odata-error', regex: /\b(?:ODataErrors?|o_data_errors?\.o_data_error)\.ODataError\b/i, unless: [/\bInternal Server Error\b|\bService Unavailable\b/i], proposals: [g('consent_missing', 0.22), g('mailbox_permission_missing', 0.2), g('token_expired_or_invalid', 0.15)] },
  // A token for the app itself (client credentials: "app token", "app-only", "system token"): that flow has no refresh
  // token to expire, so when it fails the app's permission (admin consent) or its secret is the likely reason
  // (learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow: the admin must consent to the app's
  // permissions; the request carries client_secret or a certificate).
  { id: 'words-app-token', regex: /\b(?:app(?:lication)?[ -](?:only[ -])?token|app-only|system token|client[ _]credentials?)\b/i, proposals: [g('consent_missing', 0.3), g('bad_client_secret', 0.24)] },
  // An unverified publisher: a tenant that lets users consent to verified publishers' apps only needs an admin's consent
  // (learn.microsoft.com/entra/identity/enterprise-apps/configure-user-consent).
  // OAuth's access_denied in words ("The resource owner or authorization server denied the request", RFC 6749 §4.1.2.1;
  // "The server or end-user has denied the request"): the user declined, or consent is missing.
  // The user closed the sign-in or cancelled it ("user_canceled: User cancelled the flow", "Operation cancelled by user",
  // "vom Benutzer abgebrochen"): OAuth's access_denied in other words.
  { id: 'words-user-cancelled', regex: /\buser[ _](?:has )?cancel(?:l)?ed\b|\bcancel(?:l)?ed by (?:the )?user\b|\b(?:vom|durch den) Benutzer abgebrochen|用户(?:已)?取消|使用者(?:已)?取消|ユーザー(?:が|により)?キャンセル|사용자가 취소/i, proposals: [g('user_cancelled_or_consent_declined', 0.28)] },
  { id: 'words-denied-request', regex: /\bdenied the request\b/i, proposals: [g('user_cancelled_or_consent_declined', 0.25), g('consent_missing', 0.2)] },
  // The app registration's required-resource list named (AADSTS65005's "…has not specified this resource in its
  // requiredResourceAccess list"): the permission is not in the registration — read as that code is (aadsts-codes.ts).
  { id: 'words-required-resource-access', regex: /\brequiredResourceAccess\b/i, proposals: [g('wrong_scope_or_resource', 0.28), g('consent_missing', 0.22)] },
  // Outlook's MAPI "The information store could not be opened." (MAPI_E_LOGON_FAILED): most often a mailbox the profile's account
  // has no rights on (another user's or a shared mailbox added to the profile), else the way to the server.
  { id: 'words-information-store', regex: /\binformation store could not be opened\b|\bInformationsspeicher konnte nicht geöffnet werden\b/i, proposals: [g('mailbox_permission_missing', 0.26), g('network_blocked', 0.15)] },
  { id: 'words-consent', unless: [RESOURCE_NOT_FOUND, APP_WRONG_DIRECTORY], regex: /\b(?:consent|admin(?:istrator)?(?:'s)? approval|grant (?:you|the app|it) access|approval required|(?:app|application|Anwendung)\b[^\n.]{0,20}?\b(?:not approved|nicht genehmigt)|unverified|nicht überprüft|Einwilligung|consentement|consentimiento|consenso)|zustimmung|genehmigung|同意|管理员批准|管理員核准|管理者の承認|관리자 승인/i, proposals: [g('consent_missing', 0.28)] },
  // OAuth's error codes written bare (RFC 6749 §4.1.2.1 and §5.2, OpenID Connect Core §3.1.2.6), as a product quotes the
  // sign-in service's reply without its AADSTS code: unauthorized_client (the app registration: not found, or not enabled for
  // the accounts or grant used), access_denied (the user or policy declined), invalid_scope, consent_required,
  // interaction_required / login_required (the stored sign-in is no longer enough).
  { id: 'oauth-unauthorized-client', regex: /\bunauthori[sz]ed_client\b/i, proposals: [g('wrong_tenant_or_app', 0.28), g('public_vs_confidential_client', 0.2)] },
  { id: 'oauth-access-denied', regex: /\baccess_denied\b/i, proposals: [g('user_cancelled_or_consent_declined', 0.28), g('consent_missing', 0.22)] },
  { id: 'oauth-invalid-scope', regex: /\binvalid_scope\b/i, proposals: [g('wrong_scope_or_resource', 0.3)] },
  { id: 'oauth-consent-required', regex: /\bconsent_required\b/i, proposals: [g('consent_missing', 0.3)] },
  // interaction_required is most often a policy that wants more than the stored sign-in (MFA, Conditional Access: AADSTS50076,
  // 50079, 53000 come with it — development texts naming it bare were fixed there 6 times in 8); login_required is a session
  // or token that is gone.
  { id: 'oauth-interaction-required', regex: /\binteraction_required\b/i, proposals: [g('security_policy_blocks', 0.26), g('token_expired_or_invalid', 0.22)] },
  { id: 'oauth-login-required', regex: /\blogin_required\b/i, proposals: [g('token_expired_or_invalid', 0.26), g('security_policy_blocks', 0.22)] },
  // A client secret or key named as expired (aadsts-codes.ts: AADSTS7000222 "The provided client secret keys are expired";
  // AADSTS700027 as logs give it, "… The key used is expired"): the app's credential, not a token (development texts saying so:
  // 12 of 12) — the expiry words give way.
  { id: 'words-secret-expired', regex: SECRET_EXPIRED, proposals: [g('bad_client_secret', 0.3)] },
  // Consent named as missing ("The user or administrator hasn't consented to use the application", AADSTS65001 in aadsts-codes.ts;
  // "grant the client application access", AADSTS70000's longer message as logs give it; "This operation can only be performed by
  // an administrator", AADSTS900941 as gitcode's blog quotes it), or a token that carries no permission at all (Exchange's
  // "The token contains no permissions, or permissions can not be understood", x-ms-diagnostics 2000008: otris/ews-cpp#148,
  // O365/python-o365#520): no permission was granted (development texts saying so: 31 of 32 fixed by consent) — the
  // invalid_grant beside it is how the token endpoint reports that, not an expired token.
  { id: 'words-consent-missing', regex: CONSENT_MISSING, proposals: [g('consent_missing', 0.3)] },
  { id: 'words-expired', unless: [SECRET_EXPIRED, CONSENT_MISSING], regex: /\b(?:expired|abgelaufen|expiré|caducad|scadut|expirou|invalid_grant|re-?authenticat|re-?authori[sz]|erneut (?:anmelden|authentifizieren)|melden Sie sich (?:bitte )?(?:erneut|neu) an)|过期|失效|期限切れ/i, proposals: [g('token_expired_or_invalid', 0.28)] },
  // OAuth's invalid_client written as words ("Invalid client"): the client's credential or ID was refused (RFC 6749 §5.2).
  // A confidential client's credential asked for, or a public client's refused, in Entra's words (AADSTS7000218 "The request body
  // must contain the following parameter: 'client_assertion' or 'client_secret'", AADSTS700025 "Client is public so neither
  // 'client_assertion' nor 'client_secret' should be presented", aadsts-codes.ts; "Public clients can't send a client secret",
  // python-o365#292): the app registration's client type, not a wrong secret — the secret words below give way.
  { id: 'words-public-client', regex: PUBLIC_CLIENT, proposals: [g('public_vs_confidential_client', 0.3), g('bad_client_secret', 0.15)] },
  { id: 'words-client', unless: [PUBLIC_CLIENT], regex: /\binvalid[ _]?client\b/i, proposals: [g('bad_client_secret', 0.28), g('public_vs_confidential_client', 0.2)] },
  // German joins "Clientschlüssel" into compounds and declines "geheime(r)". The client secret in Chinese, Japanese and Korean counts too (common renderings; not checked against the portals' translations). A named secret outranks the expiry words' token guess.
  { id: 'words-secret', unless: [PUBLIC_CLIENT], regex: /\b(?:client[ _-]?secret|Geheimnis|secret (?:value|id))|clientschlüssel|客户端密钥|客户端密码|客户端机密|客戶端密碼|用戶端密碼|クライアント ?シークレット|클라이언트 (?:암호|비밀)/i, proposals: [g('bad_client_secret', 0.3)] },
  // Entra calls the redirect URI a "reply address" in its messages (aadsts-codes.ts: AADSTS50011 "The reply address is missing,
  // misconfigured, or doesn't match reply addresses configured for the app", AADSTS900971 "No reply address provided").
  { id: 'words-redirect', regex: /\b(?:redirect[ _-]?ur[il]|reply[ _-]?url|reply address(?:es)?\b|Umleitungs-?URI|Weiterleitungs-?URI|Antwort-?URL|oauth ?2? redirect(?:ion)?\b)|重定向 ?URI|重新導向 ?URI|リダイレクト ?URI|리디렉션 ?URI/i, proposals: [g('redirect_uri_mismatch', 0.28)] },
  // Something named that the sign-in or the mailbox needs was not found: the app or client ID, the user (wrong tenant or
  // app), the mailbox (no Exchange Online mailbox or licence).
  // The enterprise application (service principal) or the app registration named as missing or wrong: in the app-only
  // set-up the Exchange service principal (New-ServicePrincipal), otherwise the registration or its IDs.
  { id: 'words-service-principal', regex: /\b(?:service ?principal|Dienstprinzipal|Dienstprinzipals|Unternehmensanwendung|enterprise app(?:lication)?)\b/i, proposals: [g('service_principal_missing_or_wrong_id', 0.28), g('wrong_tenant_or_app', 0.2)] },
  // The service principal named as not found ("AADServicePrincipalNotFound", "the requested service principal object cannot be
  // resolved", "Service principal … does not exist"): the enterprise application is missing in that tenant.
  { id: 'words-service-principal-missing', regex: /\bServicePrincipalNotFound\b|\bservice ?principal\b[^\n.]{0,60}?\b(?:not (?:be )?found|cannot be resolved|could not be resolved|does not exist|doesn't exist|nicht gefunden)/i, proposals: [g('service_principal_missing_or_wrong_id', 0.3)] },
  // An app that could not be registered with a tenant (the product's own first step, e.g. "Failed to register '…' with tenant"):
  // the tenant's admin has not consented to it.
  { id: 'words-register-tenant', regex: /\b(?:failed to|could not|couldn't|cannot|can't|unable to) register\b[^\n]{0,80}?\b(?:tenant|Mandant)/i, proposals: [g('consent_missing', 0.3)] },
  // The client ID missing or malformed in Entra's words (aadsts-codes.ts: AADSTS900144 "The request body must contain the
  // following parameter: '{name}'" with 'client_id'; AADSTS90112 "Application identifier is expected to be a GUID", not on
  // Microsoft's page, as users' logs quote it: pluginsGLPI/oauthimap#111) reads the same way.
  { id: 'words-registration-wrong', regex: /(?:must (?:contain|include)|requires?|missing)[^\n.]{0,60}?'client_id'|\bidentifier is expected to be a GUID|\b(?:app(?:lication)?[ -]registration|App-Registrierung|client[ _-]?id|Client-ID|application[ _-]?id|Anwendungs-ID|tenant[ _-]?id|Mandanten-ID|Verzeichnis-ID)\b[^\n.]{0,40}?\b(?:wrong|incorrect|invalid|missing|falsch|ungültig|fehlt)|\b(?:wrong|incorrect|invalid|falsche)[ -](?:app(?:lication)?[ -]registration|client[ _-]?id|tenant[ _-]?id|App-Registrierung|Client-ID|Mandanten-ID)/i, proposals: [g('wrong_tenant_or_app', 0.3)] },
  // The sign-in page not knowing the account ("We couldn't find an account with that username", AADSTS50034's page): a
  // wrong user name or an account of another directory.
  { id: 'words-account-not-found', regex: /\b(?:couldn't find an account|could not find an account|account (?:doesn't|does not) exist|Konto (?:wurde )?nicht gefunden|kein Konto)/i, proposals: [g('wrong_tenant_or_app', 0.3)] },
  // Entra's AADSTS700016 names the app by its identifier first ("Application with identifier '…' was not found in the directory
  // '…'", development texts: 15 of 16 fixed by the app ID or tenant) and mentions consent only as a possible reason; AADSTS50194
  // ("Application isn't configured as a multitenant application. Usage of the /common endpoint isn't supported", as logs give it
  // "not configured as a multi-tenant application … Use a tenant-specific endpoint"; 12 of 12) is the tenant in the address.
  { id: 'words-app-wrong-directory', regex: APP_WRONG_DIRECTORY, proposals: [g('wrong_tenant_or_app', 0.3)] },
  { id: 'words-app-not-found', regex: /\b(?:application|app|client[ _-]?id|user|Benutzer|Anwendung)\b[^\n.]{0,40}?\b(?:not (?:be )?found|does not exist|doesn't exist|nicht gefunden|existiert nicht)/i, proposals: [g('wrong_tenant_or_app', 0.28)] },
  // No Exchange Online licence, hence no mailbox to sign in to or send from ("mailbox has no license", "keine Exchange Online
  // Lizenz"): the same as a mailbox that does not exist for the service.
  { id: 'words-no-licence', regex: /\b(?:licen[cs]e|Lizenz)/i, proposals: [g('imap_disabled_or_not_connected', 0.26)] },
  { id: 'words-mailbox-not-found', regex: /\b(?:mailbox|Postfach)\b[^\n.]{0,40}?\b(?:not (?:be )?found|does not exist|doesn't exist|nicht gefunden|existiert nicht)/i, proposals: [g('imap_disabled_or_not_connected', 0.28)] },
  { id: 'words-tenant', unless: [RESOURCE_NOT_FOUND], regex: /\b(?:tenant|Mandant|locataire|inquilino|im Verzeichnis|in the directory)|租户|テナント/i, proposals: [g('wrong_tenant_or_app', 0.22)] },
  { id: 'words-scope', regex: /\b(?:scope|audience|aud claim|Bereich)\b/i, proposals: [g('wrong_scope_or_resource', 0.22)] },
  // The scope or the resource said to be wrong or missing, in Entra's words (aadsts-codes.ts: AADSTS70011 "The provided value
  // for the input parameter 'scope' isn't valid", AADSTS900144 "The request body must contain the following parameter:
  // 'scope'", AADSTS500011 "The resource principal named {name} was not found in the tenant", OAuth's invalid_resource and
  // invalid_scope, an API's "Invalid audience"): the token is asked for the wrong resource or scope — development texts saying
  // so: 32 of 33 and 21 of 22 fixed that way. The consent and tenant words inside AADSTS500011's message give way.
  { id: 'words-scope-invalid', regex: SCOPE_OR_RESOURCE_WRONG, proposals: [g('wrong_scope_or_resource', 0.3)] },
  { id: 'words-connection-limit', regex: CONNECTION_LIMIT, proposals: [g('throttled', 0.3)] },
  // A limit reached, in words; "rate-limiting" and "high traffic" as Front's help page quotes Microsoft 365's refusal ("Office 365
  // temporarily limited our access to your account due to high traffic", help.frontapp.com/en/articles/345856) — but not an
  // HTTP response's rate-limit headers (Rate-Limit-Remaining, X-RateLimit-Limit), as the Outlook REST replies quoted in
  // OfficeDev/office-js#1737 carry them.
  { id: 'words-limit', regex: /\b(?:throttl\w*|\w+Throttled|rate[- ]?limit(?!-(?:limit|remaining|reset|used)\b)|rate of requests|high traffic|temporarily limited|request rate|retry[- ]after|concurrency limit|server (?:is )?(?:too )?busy|ServerBusy|Server (?:ist )?ausgelastet|(?:rate|limit|threshold|budget)\b[^\n.]{0,40}?\bexceed|exceed(?:ed|s)? (?:the |its |your )?(?:\w+ ){0,2}(?:limit|threshold|quota|budget)|exceed(?:ed|s)? (?:the )?(?:allowed|maximum|max) (?:number|amount) of|\w*Concurrency(?:Limit\w*)?\b|quota|Kontingent|too many|zu viele|überschritten|Höchstbeschränkung|trop de|dépassé|demasiad|excedid|superat)|频繁|太多|制限|频次|频率|過快|过快/i, proposals: [g('throttled', 0.28)] },
  // A non-delivery report named by its subject ("Undeliverable: …", German Outlook "Unzustellbar: …"; "Delivery Status
  // Notification (Failure)", "Mail Delivery Subsystem"; learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-
  // in-exchange-online): the message was refused after sending. Its code decides when pasted; without it, the recipient first
  // (development texts naming an NDR: recipient 3, the sender's policy 2, a missing sign-in 2 of 9).
  { id: 'words-ndr', regex: /\b(?:Undeliverable|Unzustellbar|Non-?delivery report|Unzustellbarkeitsbericht|Delivery Status Notification|Mail Delivery (?:Subsystem|System)|Returned mail|Non remis|No entregado)\b/i, proposals: [g('recipient_rejected', 0.22), g('outbound_sender_blocked', 0.2), g('not_authenticated', 0.12)] },
  // A message's or attachment's size named as too large ("the message is too large", "Nachricht zu groß", "Größenbeschränkung"):
  // the size limit. A protocol line too large is another server's reply, not this.
  { id: 'words-size', regex: /\b(?:message size|attachment size|size limit|exceeds? the maximum (?:\w+ ){0,2}size|(?:message|attachment|mail|e-?mail|file)s?\b[^\n.]{0,30}?too (?:large|big)|Nachrichtengröße|Größenbeschränkung|Anlagengröße|(?:Nachricht|Anlage|Anhang|Datei|Mail)\w*\b[^\n.]{0,30}?zu groß|taille (?:limite|maximale)|trop volumineu|tama[ñn]o m[aá]ximo|demasiado grande|tamanho m[aá]ximo|dimensione massima)|附件太大|附件过大|邮件过大|郵件過大|太大|サイズが大き|용량 ?초과/i, proposals: [g('message_too_large', 0.28)] },
  // An app's refusal of the user in words ("User is not allowed to access this application", "… not assigned to this app"):
  // the enterprise application requires assignment, as AADSTS50105 says (its code outranks this guess when pasted).
  { id: 'words-user-not-allowed-app', regex: /\b(?:user|account)\b[^\n.]{0,20}?\bnot (?:allowed|authori[sz]ed|assigned|permitted) to (?:access |use |sign in to )?(?:this|the) (?:application|app)\b/i, proposals: [g('user_not_assigned', 0.3), g('security_policy_blocks', 0.18)] },
  // An app refused as such ("Application is not authorized", "client is not authorized"): its consent first, the app's
  // registration (tenant, account types) second — unauthorized_client's reading without the value.
  { id: 'words-app-not-authorized', regex: /\b(?:application|app|client)\b (?:is )?not authori[sz]ed\b(?! to relay)/i, proposals: [g('consent_missing', 0.22), g('wrong_tenant_or_app', 0.15)] },
  // A certificate credential whose private key the process cannot use: .NET's CryptographicException "Keyset does not exist"
  // (the account running the app has no right on the key); with an app that signs in by certificate, the credential.
  { id: 'words-key-not-usable', regex: /\bKeyset does not exist\b|\bprivate key\b[^\n.]{0,40}?\b(?:not (?:found|accessible|available)|missing|is not present)\b/i, proposals: [g('bad_client_secret', 0.28)] },
  // A signature that did not verify (AADSTS50006 "Signature verification failed because of an invalid signature", a JWT
  // library's "invalid signature"): the app's credential or the token.
  { id: 'words-signature-invalid', regex: /\b(?:signature verification failed|invalid signature|signature (?:is )?(?:invalid|not valid))\b/i, proposals: [g('bad_client_secret', 0.25), g('token_expired_or_invalid', 0.2)] },
  // A mailbox said to be switched off or gone ("This mailbox is disabled", "Mailbox is inactive", "… soft-deleted"): no mailbox
  // to sign in to or open — as Graph's MailboxNotEnabledForRESTAPI reads ("The mailbox is either inactive, soft-deleted, or is
  // hosted on-premise"); a right on it second.
  { id: 'words-mailbox-off', regex: /\bmailbox (?:is |has been |was )?(?:disabled|inactive|deactivated|soft-?deleted|not enabled)\b|\bPostfach (?:ist |wurde )?(?:deaktiviert|inaktiv)\b/i, proposals: [g('imap_disabled_or_not_connected', 0.3), g('mailbox_permission_missing', 0.15)] },
  // The sender address refused ("Outgoing email was rejected by the SMTP server. Please check the sender address", "Absender
  // abgelehnt"): the From address is one the signed-in account may not send as.
  { id: 'words-sender-rejected', regex: /\b(?:rejected|refused|abgelehnt|zurückgewiesen)\b[^\n]{0,80}?\b(?:sender|from) address|\b(?:sender|from)(?:'s)? address\b[^\n]{0,40}?\b(?:rejected|refused|not allowed|does not match)|\bsender (?:rejected|refused|denied|not (?:authori[sz]ed|allowed|permitted))\b|\bAbsender(?:adresse)?\b[^\n]{0,40}?(?:abgelehnt|zurückgewiesen|nicht erlaubt)/i, proposals: [g('send_as_denied', 0.28), g('outbound_sender_blocked', 0.18)] },
  // The recipient unknown or refused in words ("Recipient unknown", "Invalid recipient", "No such user", "Empfänger unbekannt"):
  // the address does not exist or does not take this mail (RFC 3463 X.1.1 "Bad destination mailbox address"). Refused for
  // access or relaying, it is the sender's sign-in instead (the 'words-relay' signal).
  { id: 'words-recipient', regex: /\b(?:recipient|Empfänger|destinataire|destinatario)s?\b(?: address)?[^\n.]{0,30}?\b(?:unknown|not found|does not exist|doesn't exist|invalid|unbekannt|nicht gefunden|existiert nicht|ungültig|inconnu)|\b(?:unknown|invalid|ungültige?r?) (?:recipient|Empfänger)|\bno such (?:user|recipient|mailbox)\b|\b(?:user unknown|unknown user(?! name)|address unknown)\b/i, unless: [/\baccess denied|Zugriff verweigert|\brelay/i], proposals: [g('recipient_rejected', 0.28)] },
  // A recipient refused without a reason ("Recipient address rejected", "one of the recipients was rejected by the server",
  // "Empfängeradresse abgelehnt", Italian "uno dei destinatari è stato rifiutato"): the address itself, or — Outlook's sentence
  // for a relay refusal (0x800CCC79, vocab-outlook-codes.ts) — a client that sent without signing in.
  { id: 'words-recipient-refused', regex: RECIPIENT_REFUSED, unless: [/\brelay/i], proposals: [g('recipient_rejected', 0.26), g('not_authenticated', 0.22)] },
  { id: 'words-send-as', regex: SEND_AS_WORDS, proposals: [g('send_as_denied', 0.28)] },
  // A reply the client could not read ("Unexpected token in IMAP response", "Syntax error in tagged response", a JSON parser
  // failing on a token endpoint's HTML page, "Unsupported option"): another server or a proxy answered, or the protocol
  // went out of step — the catalogue's unexpected-reply cause. Exchange's IMAP and POP3 answer a command out of order with
  // "Command is not valid in this state." (BAD / -ERR); their POP3 says "-ERR Protocol error." (development threads naming a
  // "protocol error": 3 of 3 the server's or client's side of the protocol).
  { id: 'words-protocol-parse', regex: PROTOCOL_OUT_OF_STEP, proposals: [g('unexpected_server_reply', 0.28)] },
  // Relaying refused or AUTH required, in any server's words ("Relay access denied", "not authorized to relay", "5.7.1
  // RESOLVER.RST.AuthRequired; authentication required", "Client host rejected: Access denied"): the client sent without
  // signing in (RFC 4954 §6: 530 5.7.0 "Authentication required"); a device's "SMTP server may require authentication" too.
  { id: 'words-relay', regex: /\brelay(?:ing)?\b[^\n.]{0,30}?(?:denied|refused|not (?:permitted|allowed|authori[sz]ed))|\b(?:could not|couldn't|cannot|can't|unable to) relay\b|\bnot (?:authori[sz]ed|permitted|allowed) (?:to|for) relay|\brelay(?:ing)? disallowed|\bauthentication (?:is )?required|\b(?:may |might |does )?requires? authentication\b|AuthRequired|\bClient host rejected/i, proposals: [g('not_authenticated', 0.3)] },
  // The client said not to have signed in at all ("Client was not authenticated to send anonymous mail during MAIL FROM", Exchange
  // Online's 5.7.57, learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-
  // 5-7-57-in-exchange-online; German "nicht authentifiziert"): it sent without AUTH (development texts saying so: 25 of 32 fixed
  // that way). An account "unauthenticated" by an app is one whose stored sign-in stopped working, not this.
  { id: 'words-not-authenticated', regex: /\bnot authenticated\b|\bnicht authentifiziert/i, proposals: [g('not_authenticated', 0.3)] },
  // A message refused with no reason given ("Message rejected", "Nachricht abgelehnt"): most often the receiving side's or
  // Exchange Online's policy about the sender, else the recipient. With the sender address named, 'words-sender-rejected' reads it.
  { id: 'words-message-rejected', regex: /\b(?:message|mail|e-?mail)s? (?:was |has been )?(?:rejected|refused)\b|\bThe following address\(es\) failed|\b(?:Nachricht|E-?Mail|Mail)s? (?:wurde )?(?:abgelehnt|zurückgewiesen)/i, unless: [/\b(?:sender|from address|Absender)/i], proposals: [g('outbound_sender_blocked', 0.25), g('recipient_rejected', 0.2)] },
  { id: 'words-spam', regex: /\b(?:spam|unerwünscht|black ?list|block ?list|schwarze Liste|reputation)|ブラックリスト|黑名单/i, proposals: [g('outbound_sender_blocked', 0.3)] },
  // With OAuth in sight (a token, MSAL, AADSTS, Entra …) a failed sign-in is most often the token; with only sign-in words
  // ("Login failed", "authentication error", "Anmeldung fehlgeschlagen") the app most often still signs in with a password,
  // which Microsoft 365 refuses since Basic authentication was turned off.
  { id: 'signin', regex: SIGNIN_WORDS, when: SIGNIN_OAUTH, proposals: [g('token_expired_or_invalid', 0.25), g('wrong_tenant_or_app', 0.15), g('consent_missing', 0.15)] },
  { id: 'signin-password', regex: SIGNIN_WORDS, unless: [SIGNIN_OAUTH, SHARED_MAILBOX], proposals: [g('basic_auth_used', 0.2)] },
  // IMAP or POP with OAuth in sight (XOAUTH2, a token, MSAL): the token was just fetched, and a refusal is most often what the
  // mailbox side lacks — the service principal, the mailbox permission, the IMAP.AccessAsApp/POP scope — which the catalogue's
  // generic IMAP sign-in failure walks through ("Authenticate an IMAP, POP or SMTP connection using OAuth", learn.microsoft.com/
  // exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth). Development texts
  // with both: 27 of 95 fixed that way, 4 by a new token. Beside the 'imap' topic (0.2) it lifts that cause just above the
  // token guess (0.25) and below any signal that names a cause (0.28 and up).
  { id: 'imap-oauth', regex: MAILBOX_PROTOCOL, when: SIGNIN_OAUTH, proposals: [g('imap_auth_failed_generic', 0.09)] },
  { id: 'imap', regex: /(?:^|\s)-ERR\b|\b(?:select|examine)(?:ing)? "?INBOX\b|\b(?:IMAP|POP3?|incoming|mailbox|message store|Abrufen der (?:Nachrichten|E-?Mails)|(?:Nachrichten|E-?Mails) (?:ab)?rufen|(?:beim|das) Abrufen|(?:cannot|can't|could ?n[o']t|unable to|failed to) receive|receiv(?:e|ing) (?:failed|error)|(?:receive|fetch|retrieve|download)(?:ing)? (?:new )?(?:mails|e-?mails|messages))|posteingang|(?<!empfänger)postfach/i, proposals: [g('imap_auth_failed_generic', 0.2)] },
  // The mail APIs and Exchange's other protocols named, with nothing more said: Microsoft Graph and EWS fail most often for a
  // token of the wrong resource or scope, then for a permission without admin consent, then for the mailbox's rights (what fixed
  // the development threads naming them); Autodiscover for the lookup (DNS, the address's domain) or an address without a
  // mailbox; ActiveSync for a password sign-in, then a device or access policy; MAPI is Outlook's own protocol.
  // Graph's error body carries "innerError" with the request-id and date (learn.microsoft.com/graph/errors): Graph named. So do
  // the Graph SDKs' namespaces ("Microsoft.Graph.ServiceException: generalException", Microsoft.Graph.Models.ODataErrors).
  { id: 'topic-mail-api', regex: new RegExp(`${/\b(?:Microsoft Graph|Microsoft\.Graph|Graph API|graph\.microsoft\.com|EWS|Exchange Web Services|ExchangeService|SoapFaultDetails|WellKnownFolderName|FindFolders|FindItems)\b|"innerError" ?:|\bResource not found for the segment\b/i.source}|${EWS_RESPONSE_CODE.source}`, 'i'), proposals: [g('wrong_scope_or_resource', 0.18), g('consent_missing', 0.16), g('mailbox_permission_missing', 0.12)] },
  { id: 'topic-autodiscover', regex: /\bAutodiscover(?:y)?\b/i, proposals: [g('network_blocked', 0.16), g('imap_disabled_or_not_connected', 0.12)] },
  { id: 'topic-activesync', regex: /\b(?:ActiveSync|EAS)\b/, proposals: [g('basic_auth_used', 0.16), g('security_policy_blocks', 0.14)] },
  { id: 'topic-mapi', regex: /\bMAPI(?:_E_[A-Z_]{2,40})?\b/, proposals: [g('network_blocked', 0.14), g('basic_auth_used', 0.12)] },
  // The receiving side named in a user's words ("Inbox not updating", "not receiving emails", "Posteingang"): the mailbox's sign-in.
  { id: 'topic-receive', regex: /\b(?:inbox|Posteingang|bo[iî]te de r[ée]ception|bandeja de entrada|posta in arrivo|caixa de entrada|Postvak IN|skrzynk\w* odbiorcz\w*|not receiving (?:any )?(?:e-?)?mails?|(?:fetch|receiv)(?:e|es|ing) (?:new )?(?:e-?)?mails?)\b/i, proposals: [g('imap_auth_failed_generic', 0.18)] },
  { id: 'smtp', regex: new RegExp(`${/\b(?:SMTP|SASL|HELO|EHLO|mailsmtp|UTL_SMTP|sp_send_dbmail|Send-MailMessage|send(?:ing)? (?:mail|e-?mail)|send(?:ing)? (?:the |a |your )?test (?:message|mail|e-?mail)|test (?:message|mail|e-?mail)|Testnachricht|Test-?E-?Mail|Testmail|outgoing|Postausgang|Office ?365|Outlook|Exchange|Microsoft 365|e-?mail|mail(?:s|er|server|box)?\b|E?SMTP|SERVER -> CLIENT|EWS|recipient|Empfänger|sender(?: address)?|Absender(?:adresse)?|message (?:could not|couldn't|cannot|can't|was not|wasn't) (?:be )?(?:sent|delivered|submitted)|Sending of (?:the )?message failed|Senden der Nachricht (?:ist )?fehlgeschlagen|(?:could not|couldn't|cannot|can't) be delivered|(?:message|mail|e-?mail)s? (?:was |were )?not delivered|send(?:ing)? (?:has )?failed|(?:failed|unable) to send|(?:could ?n[o']t|cannot|can't) send\b|\bnot sent\b|send(?:ing)? error|error (?:while |when |on )?sending|Senden nicht möglich|konnte nicht zugestellt werden|Delivery has failed to these recipients|submit (?:the )?message|(?:failed to|could not|couldn't|unable to) deliver|delivery (?:failed|failure)|Senden fehlgeschlagen|Sendevorgang|(?:das|beim|zum) Senden|nicht (?:ge)?sendet|outbox|envoi|envoy(?:er|é)|enviar|envío|inviare|invio|verzend|wysył|(?:Nachrichten|E-?Mail-?|Mail)?[Vv]ersand|versenden|verschicken|Zustellung|Nachricht (?:konnte nicht|wurde nicht)|message n'a pas pu|mensaje no (?:se )?pudo|posta elettronica|courriel|correo|poczt|messagerie|M365|O365|MS365)|Übermittlung (?:ist )?fehlgeschlagen|почт|письм|메일|邮件|邮箱|電子メール|メール|郵件|信箱/.source}|${SENDING_MORE}`, 'i'), proposals: [g('smtp_auth_failed_generic', 0.2), g('network_blocked', 0.1)] },
];

/** A CamelCase identifier (two to eight humps) and what makes one name an error or a failure; an error's own fields are no error. */
const CAMEL_CASE = /\b[A-Z]?[a-z]{2,}(?:[A-Z][a-z]+){1,7}\b/g;
const FAILURE_STEM = /(?:Exception|Error|Fault|Failure|Failed|Denied|Invalid|Unknown|NotFound|Expired|Time[Oo]ut|TimedOut|Refused|Rejected|Unauthori[sz]ed|Forbidden|Missing|Disabled|Blocked)$/;
const ERROR_FIELD = /^(?:Error|Exception)(?:Message|Code|Details?|Record|Description|Info|Id|Type|Text|Action|Category|Data|Handler|Handling|Response|Log|Count)s?$/;
/** Most error names read from one text (a stack trace repeats its few; a bound keeps a huge paste linear). */
const MAX_ERROR_NAMES = 200;

/**
 * The words of the error names a text carries ("AuthenticationFailedException" → "Authentication Failed Exception",
 * "MalformedResponseError", "ErrorServerBusy"): libraries name their errors in CamelCase, which the word-bounded signals
 * below cannot read inside one token. Read as words, an unknown library's error name says what its known words say (on the
 * development texts the guesses alone name the fix more often: top-1 and top-2 up by about half a point).
 */
function errorNameWords(view: string): string {
  const names = distinctNames(view, CAMEL_CASE, (name) => FAILURE_STEM.test(name) && !ERROR_FIELD.test(name), MAX_ERROR_NAMES);
  return names.map((name) => name.replace(/([a-z])([A-Z])/g, '$1 $2')).join(' . ');
}

/** The distinct identifiers a global regex finds that `keep` accepts, at most `max` of them (a huge paste stays linear). */
function distinctNames(view: string, regex: RegExp, keep: (name: string) => boolean, max: number): string[] {
  const names = new Set<string>();
  for (const m of view.matchAll(regex)) {
    if (keep(m[0])) names.add(m[0]);
    if (names.size >= max) break;
  }
  return [...names];
}

/**
 * An identifier with a mail protocol's name inside ("MailKit.dll", "MailCollector::collect()", "MAPIMailbox::Send",
 * "sendMail", "ImapFolder"): code names its mail parts in CamelCase, which the word-bounded topic signals below cannot read
 * inside one token. A hump that is a whole identifier ("Mail") is already a word.
 */
const MAIL_IDENTIFIER = /\b[A-Za-z]{0,30}?(?:Mail|Smtp|SMTP|Imap|IMAP|Pop3|POP3|Mapi|MAPI)[A-Za-z0-9]{0,30}\b/g;
const MAIL_HUMP_ONLY = /^(?:Mail|Smtp|SMTP|Imap|IMAP|Pop3|POP3|Mapi|MAPI)$/;
/** Most mail identifiers read from one text (a bound keeps a huge paste linear). */
const MAX_MAIL_IDENTIFIERS = 50;

/** The words of the mail identifiers a text carries ("MAPIMailbox" → "MAPI Mailbox", "sendMail" → "send Mail"). */
function mailIdentifierWords(view: string): string {
  const names = distinctNames(view, MAIL_IDENTIFIER, (name) => !MAIL_HUMP_ONLY.test(name), MAX_MAIL_IDENTIFIERS);
  return names.map((name) => name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')).join(' . ');
}

/**
 * Guessed hits for a view (empty when it has no mail or sign-in content). The mail identifiers are read only when the
 * text's words gave no signal: they say that the text is about mail, not more (read always, their "Mailbox" and "MAPI"
 * outvoted better guesses on the development texts).
 */
export function guessHits(text: string): TextHit[] {
  const hits = signalHits(text, errorNameWords(text));
  if (hits.length > 0) return hits;
  const identifiers = mailIdentifierWords(text);
  return identifiers ? signalHits(text, identifiers) : hits;
}

/** The signals that match a text with the words read from its identifiers appended. */
function signalHits(text: string, names: string): TextHit[] {
  const view = names ? `${text} . ${names}` : text;
  const hits: TextHit[] = [];
  for (const signal of SIGNALS) {
    const m = signal.regex.exec(view);
    if (!m || signal.unless?.some((r) => r.test(view)) || (signal.when && !signal.when.test(view))) continue;
    const start = Math.max(0, m.index - 40);
    hits.push({
      ruleId: `guess:${signal.id}`, family: 'guess', specificity: 1, proposals: signal.proposals, protocolSensitive: false,
      excerpt: `${start > 0 ? '…' : ''}${view.slice(start, m.index + m[0].length + 60).trim()}…`,
    });
  }
  return hits;
}
