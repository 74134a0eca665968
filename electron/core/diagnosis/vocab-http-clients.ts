/**
 * What the HTTP clients say that apps, relays and ticket systems use to reach the sign-in service
 * (token refresh, admin consent) — Python requests/urllib3, Node's fetch (undici), .NET HttpClient
 * and curl. The errors are about the way to login.microsoftonline.com (DNS, proxy, firewall, TLS
 * inspection), so they map to network_blocked and tls_problem. A client's wrapper ("Max retries
 * exceeded", "fetch failed", "An error occurred while sending the request") only says a request
 * failed: it stays weak and the reason it wraps decides. Each group cites its source.
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/** urllib3 2.x (urllib3/urllib3 src/urllib3/exceptions.py, connection.py) and requests (requests/adapters.py). */
const PYTHON_HTTP: readonly Rule[] = [
  pattern('urllib3-resolve', 'network', 3, ['NameResolutionError', "Failed to resolve '"], [p('network_blocked', 0.9)]),
  pattern('urllib3-connect', 'network', 3, [
    phrase('Failed to establish a new connection'), 'ConnectTimeoutError', phrase('Cannot connect to proxy'),
  ], [p('network_blocked', 0.85)]),
  pattern('urllib3-new-connection', 'network', 2, ['NewConnectionError', phrase('Remote end closed connection without response')], [
    p('network_blocked', 0.6),
  ]),
  pattern('urllib3-max-retries', 'network', 1, [phrase('Max retries exceeded with url')], [p('network_blocked', 0.4)]),
];

/** undici, Node's fetch (nodejs/undici lib/core/errors.js): the cause codes behind "TypeError: fetch failed". */
const UNDICI: readonly Rule[] = [
  pattern('undici-connect-timeout', 'network', 3, ['\\bUND_ERR_CONNECT_TIMEOUT\\b', phrase('Connect Timeout Error')], [p('network_blocked', 0.85)]),
  pattern('undici-socket', 'network', 2, ['\\bUND_ERR_(?:SOCKET|HEADERS_TIMEOUT|BODY_TIMEOUT)\\b'], [p('network_blocked', 0.55), p('tls_problem', 0.2)], { flags: '' }),
  pattern('undici-fetch-failed', 'network', 1, ['TypeError: fetch failed'], [p('network_blocked', 0.35)]),
];

/**
 * .NET HttpClient (dotnet/runtime src/libraries/System.Net.Http/src/Resources/Strings.resx:
 * net_http_request_timedout "The request was canceled due to the configured HttpClient.Timeout of {0} seconds
 * elapsing.", net_http_client_execution_error "An error occurred while sending the request.").
 */
const DOTNET_HTTP: readonly Rule[] = [
  pattern('dotnet-http-timeout', 'network', 3, [phrase('due to the configured HttpClient.Timeout of')], [p('network_blocked', 0.75)]),
  pattern('dotnet-http-send-error', 'network', 1, [phrase('An error occurred while sending the request')], [p('network_blocked', 0.35), p('tls_problem', 0.2)]),
];

/**
 * curl / libcurl (curl/curl lib/strerror.c, lib/vtls/openssl.c, lib/vtls/schannel.c, lib/cf-h1-proxy.c), as PHP
 * ticket systems and scripts show them ("cURL error 35: …", "curl: (51) …").
 */
const CURL: readonly Rule[] = [
  pattern('curl-tls-name', 'tls', 3, [phrase('no alternative certificate subject name matches target')], [p('tls_problem', 0.9)]),
  pattern('curl-schannel', 'tls', 3, [
    phrase('schannel: failed to receive handshake, SSL/TLS connection failed'), phrase('schannel: next InitializeSecurityContext failed'),
  ], [p('tls_problem', 0.78)]),
  pattern('curl-ssl-connect', 'tls', 2, [phrase('SSL connect error')], [p('tls_problem', 0.7)]),
  pattern('curl-proxy', 'network', 3, [phrase('from proxy after CONNECT'), phrase('Proxy CONNECT aborted')], [p('network_blocked', 0.88)]),
  // libcurl sending mail (lib/smtp.c: failf(data, "MAIL failed: %d", smtpcode), "RCPT failed: %d"), as R's blastula and
  // curl-based scripts print it ("Error in curl::curl_fetch_memory(url, handle = h) : MAIL failed: 530", rstudio/blastula#169).
  // Only the reply code is left: 530 before MAIL FROM is AUTH (or STARTTLS) that never happened (RFC 4954 §6, Exchange's
  // 530 5.7.57); 550–554 to MAIL FROM the sender refused; to RCPT TO the recipient, or relaying without AUTH.
  pattern('curl-smtp-mail-530', 'smtp-submit', 2, ['\\bMAIL failed: 530\\b'], [p('not_authenticated', 0.6), p('tls_problem', 0.4)]),
  pattern('curl-smtp-mail-55x', 'smtp-submit', 2, ['\\bMAIL failed: 55[0-4]\\b'], [
    p('outbound_sender_blocked', 0.45), p('send_as_denied', 0.4), p('not_authenticated', 0.3),
  ]),
  pattern('curl-smtp-rcpt-55x', 'smtp-submit', 2, ['\\bRCPT failed: 55[0-4]\\b'], [p('recipient_rejected', 0.55), p('not_authenticated', 0.35)]),
  // CURLE_AUTH_ERROR's text (curl lib/strerror.c, error 94: "An authentication function returned an error"), as Zabbix and
  // other curl-based senders print it for SMTP: the sign-in failed inside curl's SASL code (a development text: fixed by the
  // account's credentials).
  pattern('curl-auth-error', 'smtp-auth', 2, [phrase('An authentication function returned an error')], [
    p('smtp_auth_failed_generic', 0.6), p('tls_problem', 0.2),
  ], { protocolSensitive: true }),
  // CURLE_LOGIN_DENIED's text (lib/strerror.c "Login denied") alone on a line, after Zabbix's "failed to send email:" /
  // "Media type test failed." (vocab-monitoring.ts), R's curl wrapper or curl's own "(67)": the server refused AUTH (535 from
  // Exchange: password refused, SMTP AUTH off, basic auth off) and curl does not pass the reply on.
  pattern('curl-login-denied', 'product', 2, [
    `(?:^|${phrase('failed to send email:')} ?|${phrase('Media type test failed.')} ?|curl_fetch_memory\\([^)\\n]{0,80}\\) ?: ?|curl: \\(67\\) ?)${phrase('Login denied')}`,
  ], [p('smtp_auth_failed_generic', 0.55), p('basic_auth_used', 0.4), p('smtp_auth_disabled_mailbox', 0.3)], { yieldsTo: ['server-reply'] }),
];

/** Every HTTP-client vocabulary rule. */
export const HTTP_CLIENT_VOCABULARY_RULES: readonly Rule[] = [...PYTHON_HTTP, ...UNDICI, ...DOTNET_HTTP, ...CURL];
