/**
 * What Microsoft's own support articles quote when an app's or Office's sign-in with Microsoft Entra ID, its token or its
 * consent fails, and what Microsoft Graph answers about a token's permissions — the texts the decoder did not read yet, or
 * read against the article's fix (issue 10). Source: MicrosoftDocs/SupportArticles-docs, folders support/entra/entra-id/
 * (app-integration, mfa, users-groups-entra-apis) and the Office/Microsoft 365 sign-in articles (Office/Client/activation,
 * Microsoft365/admin/authentication), each cited as its learn.microsoft.com/troubleshoot/… address. Each message maps to
 * the category of the fix the article gives. The repository holds no translations, so English only.
 *
 * Already read as the articles say (no rule here): AADSTS65001/650056/90094/90008/900941/900981/650052/500011/7000218,
 * "Need admin approval", Graph's Authorization_RequestDenied "Insufficient privileges to complete the operation.",
 * IDX14102 "Unable to decode the header" (an invalid token passed to Connect-MgGraph), Connect-MsolService's "The user name
 * or password is incorrect", AADSTS70002 with AADSTS135011/50155 (a disabled or deleted device), MSAL Android's "The
 * redirect URI in the configuration file doesn't match with the one generated with the package name and signature hash".
 *
 * Left as the decoder reads them, though the article names another fix: Graph's NoPermissionsInAccessToken "The token
 * contains no permissions, or permissions can not be understood." (users-groups-entra-apis/error-call-me-endpoint-
 * microsoft-graph: an app-only token sent to /me — use /users/{id}; the code's usual cause, no application permission
 * granted, stays first), AADSTS70000 "…one or more scopes requested are unauthorized or expired…" (app-integration/
 * bundle-consent-application-registrations: knownClientApplications and consent; patterns-signin.ts ranks it from
 * development threads), AADSTS650057 "Invalid resource" (add the API permission: read as the wrong resource), and
 * AADSTS7000112 for Exchange Online's own service principal (microsoft-365/admin/sign-in/exchange-online-application-
 * service-principal-disabled: enable it; read as a blocked sign-in).
 *
 * Not here, for want of a category that names the article's fix: Seamless SSO's "Integrated Windows Authentication failed
 * with status code 403 (Forbidden)" (a Kerberos encryption-type Group Policy on the device; mfa/code-403-azure-seamless-sso-
 * win10), the Azure AD Sync tool's "An unknown error occurred with the Microsoft Online Services Sign-in Assistant",
 * Graph's "Neither tenant is B2C or tenant doesn't have premium license" (a licence), Blazor WebAssembly's
 * "RolesAuthorizationRequirement:User.IsInRole must be true…" (the app's own role-claim mapping), Office's "We weren't able
 * to connect. Sign in and we'll try again." (re-register the broker plug-in; it already reads as the network, as Office's
 * own words suggest), Office activation and licence texts ("You currently have not been assigned an Office license…", "The
 * products we found in your account can't be used to activate", "Another account from your organization is already
 * signed in on this computer"), the ULS line {"Action": "BlockedRequest", "HRESULT": "0xc0f10005"} (open a support case),
 * the sign-in window's 80070520 / -2147023584 / 2147943712 ("the specified logon session doesn't exist": start the app
 * as the signed-in Windows user — microsoft-365-apps/activation/error-80070520-sign-in-microsoft-365-apps; the numbers are
 * Windows' ERROR_NO_SUCH_LOGON_SESSION and come in other tools' output too, e.g. PowerShell's, so they name nothing alone),
 * and the sign-in-page texts of AD FS and MFA (kb-admin-signin.ts lists them).
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/**
 * Token endpoint errors whose wording the articles explain.
 * - AADSTS7000110 "Request is ambiguous, multiple application identifiers found.": an authorization code or refresh token
 *   redeemed with another client_id than the one it was issued to — use the code/refresh token of the same application.
 *   learn.microsoft.com/troubleshoot/entra/entra-id/app-integration/error-code-aadsts7000110-request-is-ambiguous
 *   (the code is not in Microsoft's published list, so without this rule it read as a client secret by its number range).
 * - AADSTS50000 "There was an error issuing a token or an issue with our sign-in service.": the article's causes are an
 *   expired, invalid or out-of-sync password or a revoked session (reset the password), wrong parameters of the token
 *   request (client ID), consent not possible, a symmetric signing key — not an outage to wait out.
 *   learn.microsoft.com/troubleshoot/entra/entra-id/app-integration/error-code-aadsts50000-issuing-token-sign-in-service
 * - AADSTS900439 USGClientNotSupportedOnPublicEndpoint: an app registered in Azure Government (and Microsoft 365 GCC High /
 *   DoD) signs in at the public endpoint; use https://login.microsoftonline.us.
 *   learn.microsoft.com/troubleshoot/entra/entra-id/app-integration/error-aadsts900439-usgclientnotsupportedonpublicendpoint
 * - AADSTS50107 "The requested federation realm object '…' does not exist": the federated identity provider returns another
 *   issuer than the domain's IssuerUri — correct it at the IdP or with Set-MsolDomainFederationSettings -IssuerUri. The
 *   code reads so already (aadsts-codes.ts, weak); this is the sentence without its code.
 *   learn.microsoft.com/troubleshoot/entra/entra-id/mfa/authentication-fails-with-error
 */
const TOKEN_ENDPOINT: readonly Rule[] = [
  pattern('kb-signin-request-ambiguous', 'entra', 3, [phrase('Request is ambiguous, multiple application identifiers found')], [
    p('token_expired_or_invalid', 0.6), p('wrong_tenant_or_app', 0.4),
  ]),
  pattern('kb-signin-token-issuance-error', 'entra', 3, [phrase('There was an error issuing a token or an issue with our sign-in service')], [
    p('token_expired_or_invalid', 0.6), p('consent_missing', 0.3), p('wrong_tenant_or_app', 0.25),
  ]),
  pattern('kb-signin-usgov-public-endpoint', 'entra', 3, ['\\bUSGClientNotSupportedOnPublicEndpoint\\b'], [p('wrong_tenant_or_app', 0.7)]),
  pattern('kb-signin-federation-realm', 'entra', 2, [
    `${phrase('The requested federation realm object')} ?'[^'\\n]{0,200}' ?${phrase('does not exist')}`,
  ], [p('wrong_tenant_or_app', 0.4)]),
];

/**
 * Device-based Conditional Access.
 * - AADSTS530004 "AcceptCompliantDevice setting isn't configured for this organization. The administrator needs to configure
 *   this setting to allow external user access to protected resources": a policy of the resource tenant requires a compliant
 *   (or hybrid-joined) device of a guest; trust the home tenant's device claims in the cross-tenant access settings.
 *   learn.microsoft.com/troubleshoot/entra/entra-id/app-integration/error-code-aadsts530004-cross-tenant-access-policy
 * - AADSTS700003 "Device object was not found in the tenant '<name>' directory." / "Your organization has deleted this
 *   device.": the device identity that device-based Conditional Access checks was deleted; register or join the device again.
 *   learn.microsoft.com/troubleshoot/entra/entra-id/app-integration/error-code-aadsts700003-device-object-not-found
 */
const DEVICE_POLICY: readonly Rule[] = [
  pattern('kb-signin-accept-compliant-device', 'entra', 3, [phrase("AcceptCompliantDevice setting isn't configured for this organization")], [
    p('security_policy_blocks', 0.75),
  ]),
  pattern('kb-signin-device-object-deleted', 'entra', 3, [
    `${phrase('Device object was not found in the tenant')} ?'[^'\\n]{0,200}' ?${phrase('directory')}`,
    phrase('Your organization has deleted this device'),
  ], [p('security_policy_blocks', 0.6)]),
];

/**
 * Microsoft Graph Security API: "Auth token does not contain valid permissions or user does not have valid roles" — the
 * token lacks the SecurityEvents/SecurityActions permission (add and consent it), or, delegated, the user lacks the
 * Security Reader / Security Administrator role.
 * learn.microsoft.com/troubleshoot/entra/entra-id/users-groups-entra-apis/403-error-when-calling-microsoft-graph-security-api
 */
const GRAPH: readonly Rule[] = [
  pattern('kb-graph-token-invalid-permissions-roles', 'graph', 3, [
    phrase('Auth token does not contain valid permissions or user does not have valid roles'),
  ], [p('consent_missing', 0.65)]),
];

/**
 * MSAL for Android: "Intent filter for: BrowserTabActivity is missing" — the signature hash in AndroidManifest.xml's
 * redirect (msauth://<package>/<hash>) is not the hash the APK is signed with (after Google Play re-signs it, too); put the
 * right hash in the manifest and the app registration's redirect URI.
 * learn.microsoft.com/troubleshoot/entra/entra-id/app-integration/package-inspector-msal-android-native
 */
const MSAL_ANDROID: readonly Rule[] = [
  pattern('kb-msal-android-intent-filter', 'client', 3, [phrase('Intent filter for: BrowserTabActivity is missing')], [
    p('redirect_uri_mismatch', 0.6),
  ]),
];

/**
 * Microsoft 365 apps' sign-in window on Windows stops, and the Microsoft Entra ID operational log says "Navigation to
 * non-SSL destination. Non-secure communication is prohibited. Canceling navigation.": the identity provider's sign-in
 * page is reached over plain HTTP — enable HTTPS on the identity servers.
 * learn.microsoft.com/troubleshoot/microsoft-365/admin/authentication/connection-issue-when-sign-in-office-2016 (symptom 3)
 */
const OFFICE_SIGNIN: readonly Rule[] = [
  pattern('kb-office-non-ssl-navigation', 'tls', 3, [
    phrase('Navigation to non-SSL destination. Non-secure communication is prohibited'),
  ], [p('tls_problem', 0.55)]),
];

/** Every rule of Microsoft's sign-in, token and consent support articles (patterns.ts). */
export const KB_SIGNIN_ARTICLES_VOCABULARY_RULES: readonly Rule[] = [
  ...TOKEN_ENDPOINT, ...DEVICE_POLICY, ...GRAPH, ...MSAL_ANDROID, ...OFFICE_SIGNIN,
];
