/**
 * DavMail, the gateway that gives IMAP/SMTP/POP clients access to Exchange Online through EWS or Graph (issue 10): what it
 * says when its Microsoft 365 sign-in or connection fails. Written by hand from its own source, mguessan/davmail (no
 * library carries these texts):
 * - src/java/davmailmessages.properties (English; the gateway logs and answers its clients with these texts);
 * - src/java/davmail/exchange/auth/O365Authenticator.java (O365Modern: the sign-in page's answer decides the message —
 *   "Authentication failed: invalid user or password" for AADSTS50126, for a consent the user still has to give
 *   ("arrScopes") and for any other service message; 50125 and 50128 have their own sentences), O365Token.java (the token
 *   endpoint's error and error_description; "EXCEPTION_NETWORK_DOWN" when no network is up), O365StoredTokenAuthenticator.java,
 *   O365InteractiveAuthenticator.java / O365ManualAuthenticator.java ("Authenticated username … does not match …").
 * An AADSTS code or OAuth error after DavMail's sentence says more and outranks it (`yieldsTo: ['sign-in']`).
 */
import { eitherOrder, p, pattern, phrase, type Rule } from './pattern-kit.js';

/** A second sign-in factor named in a user's words. */
const MFA_WORDS = '(?:\\bMFA\\b|multi-?factor|\\b2FA\\b|two-?factor|phone (?:checks?|verification|calls?)|Authenticator app)';

/** DavMail's own messages about its Microsoft 365 sign-in and connection (vocabularies in patterns.ts). */
export const DAVMAIL_VOCABULARY_RULES: readonly Rule[] = [
  // EXCEPTION_AUTHENTICATION_FAILED: a wrong password (50126) most often, else a consent still to be given or another
  // refusal of the sign-in page (Conditional Access, MFA).
  pattern('davmail-auth-failed', 'product', 2, [phrase('Authentication failed: invalid user or password')], [
    p('not_authenticated', 0.5), p('consent_missing', 0.35), p('security_policy_blocks', 0.3),
  ], { yieldsTo: ['sign-in'] }),
  // The same sentence where the user says the sign-in now asks for a second factor (mguessan/davmail#306: "O365 is enforcing
  // phone checks … during logins"; #285 "probably because MFA is enabled"): the sign-in page's MFA challenge, which DavMail's
  // password modes cannot answer — the policy, not the password.
  pattern('davmail-auth-failed-mfa', 'product', 3, [
    ...eitherOrder(MFA_WORDS, phrase('Authentication failed: invalid user or password'), 400),
  ], [p('security_policy_blocks', 0.65), p('not_authenticated', 0.4)], { yieldsTo: ['sign-in'] }),
  // DavMail in EWS mode against an /ews/exchange.asmx URL logs "Direct EWS authentication" and signs in with the user's password
  // (ExchangeSessionFactory.java: new EwsExchangeSession(url, userName, password)); Exchange Online refuses Basic
  // authentication for EWS since October 2022, so the fix is an O365* mode (OAuth). Outranks the generic sentence above.
  pattern('davmail-direct-ews', 'product', 3, [phrase('Direct EWS authentication')], [
    p('basic_auth_used', 0.6), p('not_authenticated', 0.3),
  ], { yieldsTo: ['sign-in'] }),
  // EXCEPTION_AUTHENTICATION_FAILED_PASSWORD_EXPIRED (the sign-in page showed "ConvergedChangePassword"), as AADSTS50055.
  pattern('davmail-password-expired', 'product', 3, [phrase('Authentication failed: password expired')], [
    p('security_policy_blocks', 0.6), p('not_authenticated', 0.4),
  ]),
  // 50125: the sign-in page wants the user to register security information (MFA) first — in a browser.
  pattern('davmail-needs-more-information', 'product', 3, [phrase('Your organization needs more information to keep your account secure, authenticate once in a web browser')], [
    p('security_policy_blocks', 0.85),
  ]),
  // O365Authenticator.handleMfa(): none of the user's MFA methods is one DavMail can answer without a browser.
  pattern('davmail-mfa-not-supported', 'product', 3, [phrase('MFA authentication methods not supported'), phrase('Okta authentication not supported, please try O365Interactive')], [
    p('security_policy_blocks', 0.8),
  ]),
  // EXCEPTION_AUTHENTICATION_FAILED_MISMATCH: the browser sign-in was done with another account than the client's user name.
  pattern('davmail-user-mismatch', 'product', 3, ['Authenticated username [^\\s]{1,200} does not match [^\\s]{1,200}'], [
    p('wrong_tenant_or_app', 0.6), p('not_authenticated', 0.4),
  ]),
  // O365StoredTokenAuthenticator: no refresh token stored for the user (O365Manual/Interactive never completed, or revoked);
  // O365Token: a token stored for EWS reused for Graph or the other way round (davmail.properties changed mode).
  pattern('davmail-no-refresh-token', 'product', 3, [
    'No valid refresh token found for [^\\s]{1,200}', phrase('Found EWS stored token, incompatible with Graph API'),
    phrase('Found Graph stored token, incompatible with EWS'),
  ], [p('token_expired_or_invalid', 0.75)]),
  // EXCEPTION_SESSION_EXPIRED: the Exchange session (its token) ran out.
  pattern('davmail-session-expired', 'product', 2, [phrase('Exchange session expired')], [p('token_expired_or_invalid', 0.6)]),
  // EXCEPTION_NETWORK_DOWN and EXCEPTION_CONNECTION_FAILED ("Unable to connect to OWA at {0}, status code {1}, check configuration").
  pattern('davmail-network-down', 'network', 3, [phrase('All network interfaces down or host unreachable')], [p('network_blocked', 0.85)]),
  pattern('davmail-owa-unreachable', 'network', 2, [`${phrase('Unable to connect to OWA at')} [^\\s]{1,300}, ${phrase('status code')}`], [
    p('network_blocked', 0.5), p('unexpected_server_reply', 0.35),
  ], { yieldsTo: ['sign-in', 'tls'] }),
  // O365Authenticator parsing Microsoft's sign-in page (extractConfig(): "$Config={…}"; the MFA flow's "sCtx"): the page did
  // not look as DavMail expects — another sign-in page (a federation, a proxy's login) or a changed Microsoft page.
  // Apache Commons HttpClient 3's StatusLine ("Error in parsing the status line from the response: unable to find line starting
  // with \"HTTP\"", DavMail's HTTP client): the answer was no HTTP at all. DavMail's FAQ (src/site/xdoc/faq.xml): an http:// OWA
  // or EWS URL where Exchange answers only HTTPS — the TLS bytes cannot be read as a status line; https:// in the URL fixes it.
  pattern('httpclient-status-line-not-http', 'tls', 2, [phrase('unable to find line starting with "HTTP"')], [
    p('tls_problem', 0.6), p('unexpected_server_reply', 0.45),
  ]),
  pattern('davmail-login-page-unexpected', 'product', 2, [
    phrase('Unable to extract config from response body'), phrase('Authentication failed, unknown error'),
    'JSONObject\\["s(?:Ctx|FT)"\\] not found',
  ], [p('unexpected_server_reply', 0.6), p('security_policy_blocks', 0.25)], { yieldsTo: ['sign-in'] }),
];
