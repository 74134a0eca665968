/**
 * What Microsoft's own Entra support articles quote when an app signs in with Microsoft Entra ID and calls an API
 * (Microsoft Graph or its own web API) — the texts that are not AADSTS codes (those are all in aadsts-codes.ts) (issue 10).
 * Source: MicrosoftDocs/SupportArticles-docs, folders support/entra/entra-id/app-integration, users-groups-entra-apis
 * and ad-dmn-services, each cited as its learn.microsoft.com/troubleshoot/entra/entra-id/… address. Each message maps to
 * the category of the fix the article gives. The repository holds no translations, so English only.
 *
 * Already read right by other files (no rule here): Graph's "Authorization_RequestDenied. Insufficient privileges to
 * complete the operation." (consent_missing: the article adds the permission and grants admin consent;
 * app-integration/troubleshoot-authorization-requestdenied-graph-api), the consent page's "Need admin approval"
 * (app-integration/troubleshoot-consent-issues, troubleshoot-admin-consent-issues), MSAL.NET's "No account or login hint
 * was passed to the AcquireTokenSilent call" with its last word (vocab-msal.ts 'msal-no-account-silent'), and the AADSTS
 * codes all these articles quote (AADSTS1002016, 50011, 65001, 650056, 90094, 90008, 900941, 50173, 500011 …).
 *
 * Not here, for want of a category that names the article's fix: "We couldn't sign you in. Please try again." (an infinite
 * sign-in loop from an old OWIN cookie bug: update Microsoft.Owin.Host.SystemWeb; app-integration/
 * asp-dot-net-application-infinite-sign-in-loop — the words are also too general), "WIF10201: No valid key mapping found
 * for securityToken" (stale signing-key thumbprints in web.config after Entra's key rollover; app-integration/
 * troubleshoot-wif10201-no-validkey-securitytoken-mvc), "MsalClientException: Failed to get user name" (Integrated Windows
 * Authentication: pass the user name with WithUsername; app-integration/msal-client-exception-failed-to-get-user-name),
 * the XBAP "cookies are disabled" script error (use the system browser; app-integration/script-errors-running-msal-net-xbap-app),
 * Microsoft Graph's "403 Forbidden … Microsoft-Azure-Application-Gateway/v2" for Python scripts taken for web crawlers (send
 * requests like the Graph SDK does; users-groups-entra-apis/python-scripts-microsoft-graph-requests-detected-as-web-crawler),
 * the B2C-only texts (b2clogin.com CORS, IDX10501 with B2C custom policies) and Fiddler's certificate warnings.
 * The CORS article's generic "Response to preflight request doesn't pass access control check" names no Microsoft host and
 * stays unread; its scenario 5 (CORS on the token endpoint: a flow a single-page app may not use) quotes no message.
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/**
 * Since 31 January 2022 Microsoft Entra ID accepts only TLS 1.2 (and 1.3): apps on .NET Framework before 4.7 cannot fetch
 * the OpenID Connect metadata document, and the token endpoint answers "426 UpgradeRequired". Fix: .NET Framework 4.7+,
 * ServicePointManager.SecurityProtocol = Tls12, or <httpRuntime targetFramework="4.7.2" />.
 * learn.microsoft.com/troubleshoot/entra/entra-id/app-integration/application-using-tls-1dot0-1dot1-authentication-fail
 * (background: learn.microsoft.com/troubleshoot/entra/entra-id/ad-dmn-services/enable-support-tls-environment).
 * The IdentityModel metadata codes (IDX20803 / IDX20804 / IDX20807 / IDX10803) only say that the document could not be
 * fetched — a proxy or DNS failure gives the same words — so the network stays the second cause, and an inner exception
 * that names the failure (TLS, DNS, proxy) or an AADSTS code decides with them.
 */
const TLS_RETIREMENT: readonly Rule[] = [
  pattern('kb-entra-tls12-required', 'tls', 3, [phrase('This service requires use of the TLS-1.2 protocol')], [p('tls_problem', 0.85)]),
  pattern('kb-entra-idx-metadata', 'client', 2, [
    `\\bIDX(?:2080[347]|10803) ?: ?(?:${phrase('Unable to obtain configuration from')}|${phrase('Unable to retrieve document from')}|${phrase('Unable to create to obtain configuration from')})`,
  ], [p('tls_problem', 0.55), p('network_blocked', 0.45)], { yieldsTo: ['sign-in'] }),
];

/**
 * The OpenID Connect middleware (ASP.NET OWIN) finds no nonce cookie on the way back from Microsoft: the browser started
 * on one domain and Entra ID sent the sign-in to another (set RedirectUri to the domain the user started on and register
 * it as a reply URL), or the cookie lacks SameSite=None; Secure (browse over HTTPS, update .NET Framework and OWIN).
 * learn.microsoft.com/troubleshoot/entra/entra-id/app-integration/troubleshoot-validation-context-nonce-null-mvc
 */
const NONCE: readonly Rule[] = [
  pattern('kb-entra-nonce-null', 'token', 3, [
    `\\bIDX21323 ?: ?${phrase('RequireNonce is')}`,
    `\\bIDX10311 ?: ?${phrase('RequireNonce is')}`,
    phrase('OpenIdConnectProtocolValidationContext.Nonce was null'),
    phrase('validationContext.Nonce is null'),
  ], [p('redirect_uri_mismatch', 0.6)]),
];

/**
 * A web API cannot match the token's signing key: most often it was sent a Microsoft Graph token (only Graph can validate
 * those — request a token whose scope is the API's own), else its metadata address points at the wrong issuer
 * (Entra ID vs. B2C, or an app with SAML single sign-on whose key needs "?appid=").
 * learn.microsoft.com/troubleshoot/entra/entra-id/app-integration/idx10501-token-signature-validation-error,
 * learn.microsoft.com/troubleshoot/entra/entra-id/app-integration/troubleshooting-signature-validation-errors
 */
const SIGNATURE: readonly Rule[] = [
  pattern('kb-entra-idx10501', 'token', 3, [
    `\\bIDX10501 ?: ?${phrase('Signature validation failed')}`,
    phrase("Signature validation failed. Unable to match 'kid'"),
  ], [p('wrong_scope_or_resource', 0.6), p('wrong_tenant_or_app', 0.4)]),
];

/**
 * MSAL's token cache no longer holds the account the app's cookie names (the web app restarted, memory was cleared):
 * keep the cache somewhere durable, or reject the cookie so that the user signs in again.
 * learn.microsoft.com/troubleshoot/entra/entra-id/app-integration/no-account-login-hint-passed-acquire-token-silent
 * The article quotes the message without its last word "call"; with it, vocab-msal.ts 'msal-no-account-silent' reads it.
 */
const SILENT_TOKEN: readonly Rule[] = [
  pattern('kb-entra-no-account-silent', 'token', 3, [`${phrase('No account or login hint was passed to the AcquireTokenSilent')}(?! ?call)`], [
    p('token_expired_or_invalid', 0.7),
  ]),
];

/**
 * A browser script's request to the app's own API is answered with a redirect to Microsoft's sign-in page (its cookie
 * session or access token is no longer valid), and the sign-in page allows no cross-origin requests. Fix: send a valid
 * token (acquireTokenSilent before every call), let the API answer 401 instead of redirecting, or keep the app's session
 * longer than the one-hour token.
 * learn.microsoft.com/troubleshoot/entra/entra-id/app-integration/troubleshoot-cross-origin-resource-sharing-issues,
 * learn.microsoft.com/troubleshoot/entra/entra-id/app-integration/return-login-page-blocked-by-cors-policy,
 * learn.microsoft.com/troubleshoot/entra/entra-id/app-integration/customize-authentication-session-expiration
 * Only the sign-in addresses of Microsoft Entra ID (login.microsoftonline.com, login.windows.net) count.
 */
const SIGNIN_HOSTS = '(?:login\\.microsoftonline\\.com|login\\.windows\\.net)';
const CORS: readonly Rule[] = [
  pattern('kb-entra-cors-signin-page', 'client', 3, [
    `${phrase('Access to')} (?:XMLHttpRequest|fetch) at ['‘’]?https://${SIGNIN_HOSTS}/[^]{0,1500}?${phrase('has been blocked by CORS policy')}`,
    `${phrase('Failed to load')} https://${SIGNIN_HOSTS}/[^]{0,1500}?${phrase('has been blocked by CORS policy')}`,
  ], [p('token_expired_or_invalid', 0.6)]),
];

/**
 * An Android app signed by Google Play has another signature hash than the build that was tested: add a redirect URI with
 * the new hash to the app registration and to MSAL's configuration.
 * learn.microsoft.com/troubleshoot/entra/entra-id/app-integration/android-app-authentication-fails-after-published-to-google-play-store
 */
const ANDROID_REDIRECT: readonly Rule[] = [
  pattern('kb-entra-android-signature-hash', 'client', 3, [
    phrase("The redirect URI in the configuration file doesn't match with the one generated with the package name and signature hash"),
  ], [p('redirect_uri_mismatch', 0.85)]),
];

/**
 * Microsoft Graph: the access token has no oid/sub because the tenant does not know the app (no service principal there).
 * Fix: an admin of that tenant grants consent with the admin-consent URL, which creates the service principal.
 * learn.microsoft.com/troubleshoot/entra/entra-id/users-groups-entra-apis/identity-of-calling-application-not-established
 */
const CALLING_APP: readonly Rule[] = [
  pattern('kb-entra-calling-app-unknown', 'graph', 3, [phrase('The identity of the calling application could not be established')], [
    p('consent_missing', 0.75), p('wrong_tenant_or_app', 0.35),
  ]),
];

/**
 * An app's embedded browser (an old WebView) cannot show the multifactor-authentication registration that the sign-in
 * requires: register MFA first in a current browser (aka.ms/mysecurityinfo), or let the app sign in through the broker
 * (WAM) or the system browser.
 * learn.microsoft.com/troubleshoot/entra/entra-id/app-integration/update-your-browser-error-when-using-apps-adal-msal
 */
const OLD_WEBVIEW: readonly Rule[] = [
  pattern('kb-entra-browser-not-supported', 'entra-ui', 3, [phrase('Your browser is not supported or up-to-date')], [
    p('security_policy_blocks', 0.55),
  ]),
];

/** Every rule from Microsoft's Entra app-integration support articles (patterns.ts). */
export const KB_ENTRA_VOCABULARY_RULES: readonly Rule[] = [
  ...TLS_RETIREMENT, ...NONCE, ...SIGNATURE, ...SILENT_TOKEN, ...CORS, ...ANDROID_REDIRECT, ...CALLING_APP, ...OLD_WEBVIEW,
];
