/**
 * Sign-in errors without (or besides) an AADSTS code: the texts of the Microsoft sign-in page and of
 * sign-in libraries in English and German ("Need admin approval" / "Administratorgenehmigung
 * erforderlich"). OAuth error strings and MSAL's codes are in patterns-oauth.ts.
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/** Every sign-in rule besides the AADSTS table. */
export const SIGNIN_RULES: readonly Rule[] = [
  pattern('signin-admin-approval', 'entra-ui', 2, [
    phrase('need admin approval'), phrase('admin approval required'), phrase('approval required'),
    phrase('only an admin can grant'), phrase('Administratorgenehmigung erforderlich'), phrase('Genehmigung erforderlich'),
    phrase('benötigt die Berechtigung'), phrase('admin consent required'), phrase('Administratorzustimmung erforderlich'),
    // Granting consent in the portal failed because a permission id is not one of the resource's
    // ("Grant consent failed with error: Claim is invalid: <id> does not exist on resource application <appId>").
    phrase('Grant consent failed'),
    // Risk-based step-up consent: a user's consent to an app Entra deems risky (an unverified multi-tenant publisher asking for
    // more than basic permissions) becomes an admin-consent request — the page says "This app may be risky. If you trust this
    // app, please ask your admin to grant you access" (Entra authorizationPolicy.allowUserConsentForRiskyApps; the Maester
    // check EIDSCA.AP09 on powershellgallery.com; microsoft/Office365APIEditor issue 18).
    phrase('This app may be risky'), phrase('ask your admin to grant you access'),
  ], [p('consent_missing', 0.85)]),
  // The portal's "Grant admin consent" when the tenant has no service principal of the API (for "Office 365 Exchange
  // Online": no Exchange Online in this tenant): "Could not grant admin consent. Your organization does not have a
  // subscription (or service principal) for the following API(s): …" (MicrosoftDocs/azure-docs issue 113219,
  // azure-ad-b2c/samples issue 142). The same meaning as AADSTS650052 in aadsts-codes.ts.
  // AADSTS700016's sentences without the code, as products pass them on in their own words ("Unable to connect to Exchange
  // because Application Id <id> is invalid. This can happen if the application has not been installed by the administrator of
  // the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.",
  // Penelope's Exchange/Graph error table, intercom.help/ssgpenelope; the code's message on Microsoft's list,
  // learn.microsoft.com/entra/identity-platform/reference-error-codes): a wrong application or tenant id.
  // The closing sentences Entra's token endpoint adds to two codes' messages, quoted without the code: AADSTS65001 "The user or
  // administrator has not consented to use the application with ID '…'. Send an interactive authorization request for this
  // user and resource." (CIPP#1716, Azure-Samples/active-directory-dotnet-native-headless#10) and AADSTS700082/70008 "The
  // provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request
  // for this user and resource." (the sandbox's aadsts.ts carries both).
  pattern('signin-consent-sentence', 'entra-ui', 2, [
    phrase('Send an interactive authorization request for this user and resource'),
  ], [p('consent_missing', 0.85)]),
  pattern('signin-reauthorize-sentence', 'entra-ui', 2, [
    phrase('Send a new interactive authorization request for this user and resource'),
  ], [p('token_expired_or_invalid', 0.85)]),
  pattern('signin-wrong-tenant-sentence', 'entra-ui', 2, [
    phrase('You may have sent your authentication request to the wrong tenant'),
  ], [p('wrong_tenant_or_app', 0.85)]),
  pattern('consent-api-not-in-tenant', 'entra-ui', 3, [phrase('does not have a subscription (or service principal) for the following API')], [
    p('service_principal_missing_or_wrong_id', 0.85), p('consent_missing', 0.4),
  ]),
  pattern('permission-not-on-resource', 'entra-ui', 2, [phrase('does not exist on resource application')], [
    p('wrong_scope_or_resource', 0.6), p('consent_missing', 0.5),
  ]),
  pattern('signin-personal-account', 'entra-ui', 2, [
    phrase('personal account'), phrase('personal Microsoft account'), phrase('persönlichen Konto'),
    phrase('persönliches Microsoft-Konto'), phrase('persönlichen Microsoft-Konto'), phrase('does not exist in tenant'),
  ], [p('wrong_tenant_or_app', 0.75)]),
  pattern('signin-cancelled', 'entra-ui', 2, [
    phrase('user canceled'), phrase('user cancelled'), phrase('sign-in was canceled'), phrase('sign-in was cancelled'),
    phrase('window was closed'), phrase('Anmeldung abgebrochen'), phrase('Anmeldung wurde abgebrochen'), phrase('vom Benutzer abgebrochen'),
    phrase('did not consent'), phrase('declined to consent'), phrase('user declined'), phrase('Zustimmung verweigert'),
    phrase('canceled authentication'), phrase('cancelled authentication'),
    // OAuth access_denied's description as MSAL.NET shows it when the user clicks Cancel on the consent
    // screen (AzureAD/microsoft-authentication-library-for-dotnet, MsalError.AccessDenied / issue 3055).
    phrase('user has denied access'), phrase('denied access to the scope requested'),
    // ADAL/MSAL iOS and macOS: "The user has cancelled the authorization." (ADBrokerResponseErrorDomain).
    phrase('user has cancelled'), phrase('user has canceled'),
  ], [p('user_cancelled_or_consent_declined', 0.8)]),
  pattern('signin-client-not-found', 'entra-ui', 2, [
    phrase('OAuth client was not found'), phrase('client was not found'), phrase('application was not found in the directory'),
    // unauthorized_client of the Microsoft account endpoint (/consumers): the app is not registered for
    // personal accounts, or the client id is wrong.
    phrase('client does not exist or is not enabled for consumers'), phrase('is only supported on the common tenant'),
    // The app registration's supported account types refuse the endpoint: "The request is not valid for the application's
    // 'userAudience' configuration. In order to use /common/ endpoint, the application must not be configured with 'Consumer' as
    // the user audience." (RogerSelwyn/O365-HomeAssistant#100: the account types, or a tenant's endpoint).
    // The property's name alone, so a doubly encoded description (%27userAudience%27) still reads.
    '(?<![A-Za-z])userAudience(?![A-Za-z])',
  ], [p('wrong_tenant_or_app', 0.75)]),
  // AADSTS7000112's message without its code, "Application '{appId}'({appName}) is disabled." (Microsoft's troubleshooting
  // article error-code-aadsts7000112-application-is-disabled: the enterprise application's "Enabled for users to sign in" is
  // off, or the app was disabled — an administrator's block, as aadsts-codes.ts maps the code).
  pattern('signin-app-disabled', 'entra-ui', 2, ["\\bApplication '[^'\\n]{1,120}' ?\\([^)\\n]{1,120}\\) (?:is )?disabled\\b"], [
    p('security_policy_blocks', 0.6), p('wrong_tenant_or_app', 0.45),
  ]),
  // AADSTS700027's longer message without its code, "The certificate with identifier used to sign the client assertion is not
  // registered on application. [Reason - The key was not found. …]" (as MSAL and Azure Identity return it; Microsoft365DSC#4868:
  // upload the .cer to the app registration): the app's credential.
  // Its other wording as the development texts quote it with the code ("AADSTS700027: Client assertion contains an invalid
  // signature. [Reason - The key was not found., …]", MSAL Node's certificate-credentials.md, Veeam's certificate guide): the same
  // credential, also when the code was cut off.
  pattern('signin-assertion-cert-not-registered', 'entra-ui', 2, [
    phrase('used to sign the client assertion is not registered'), phrase('Client assertion contains an invalid signature'),
  ], [
    p('bad_client_secret', 0.8),
  ]),
  // On-behalf-of with a token meant for another app: "Assertion audience does not match the Client app presenting the assertion.
  // … The downstream client must request a token for the expected audience" (AADSTS500131, earlier AADSTS50013). The client asked
  // for a token of the wrong audience, i.e. the wrong scope: fixed by requesting the API's own scope
  // (AzureAD/microsoft-authentication-library-for-js#389), by the Application ID URI the token names
  // (OfficeDev/microsoft-teams-apps-company-communicator#214), or by the app id as audience (microsoft/AzureTRE-Deployment#65).
  pattern('signin-obo-audience', 'entra-ui', 2, [phrase('Assertion audience does not match the Client app presenting the assertion')], [
    p('wrong_scope_or_resource', 0.75), p('wrong_tenant_or_app', 0.35),
  ]),
  pattern('signin-scope-invalid', 'entra-ui', 2, [
    phrase("input parameter 'scope' is not valid"), phrase('is not configured for this tenant'), phrase('scope format is invalid'),
    phrase("must contain the following parameter: 'scope'"),
    // AADSTS90014 names the missing field: "The required field 'scope' is missing from the credential." (the code alone reads
    // as a malformed request; the field says which part).
    phrase("required field 'scope' is missing"),
  ], [p('wrong_scope_or_resource', 0.75)]),
  // AADSTS70000's wording "The request was denied because one or more scopes requested are unauthorized or expired. The user
  // must first sign in and grant the client application access to the requested scope.": a code or refresh token that does
  // not fit the request (the sandbox's code redeemed by another client) stays first; the scope, or its consent, comes second
  // (two development threads were fixed there).
  pattern('signin-scope-unauthorized', 'entra-ui', 2, [phrase('one or more scopes requested are unauthorized or expired')], [
    p('wrong_scope_or_resource', 0.6), p('consent_missing', 0.35),
  ]),
  // The app registration's setting named beside the error ("Allow public client flows", the manifest's allowPublicClient /
  // isFallbackPublicClient): a device-code or password sign-in refused for want of a secret (AADSTS70002, 7000218, invalid_client)
  // is a public client registered as confidential — outlook-mcp projects' setup notes (8C9D/outlook-mcp SETUP.md,
  // littlebearapps/outlook-mcp README) and pnp/powershell#204 fix it there. Naming it decides over the code's secret reading.
  // German as the portal labels it, "Öffentliche Clientflows zulassen" (as remembered, not confirmed against a stored copy).
  pattern('signin-public-client-setting', 'entra-ui', 3, [
    phrase('Allow public client flows'), '\\b(?:allowPublicClient|isFallbackPublicClient)\\b', phrase('Öffentliche Clientflows zulassen'),
  ], [p('public_vs_confidential_client', 0.88), p('bad_client_secret', 0.3)]),
  pattern('signin-spa-cross-origin', 'entra-ui', 2, [phrase('cross-origin authorization code redemption'), phrase('Single-Page Application')], [
    p('public_vs_confidential_client', 0.7),
  ]),
  pattern('signin-reply-url', 'entra-ui', 2, [
    phrase('reply URL specified in the request does not match'), phrase('redirect URI specified in the request does not match'),
    phrase('reply address'), phrase('redirect_uri_mismatch'),
    // invalid_request of the Microsoft sign-in endpoints (login.live.com and Entra) for a redirect URI that
    // is not registered: "The provided value for the input parameter 'redirect_uri' is not valid. The
    // expected value is a URI which matches a redirect URI registered for this client application."
    phrase("input parameter 'redirect_uri' is not valid"), phrase("'redirect_uri' value must be a valid absolute Uri"),
  ], [p('redirect_uri_mismatch', 0.85)]),
  // The same mismatch in a tool's or a user's own words ("the finishing uri `http://localhost:8080/finish` doesn't match the
  // configured redirect", pdobsan/oama#43; "redirect URI … does not match"): every development text that says so was fixed at
  // the app registration's redirect URIs.
  pattern('signin-redirect-mismatch-words', 'entra-ui', 2, [
    "\\b(?:doesn't|does not|didn't|did not) match the (?:configured|registered) redirect",
    "\\bredirect[ _-]?ur[il]s?\\b[^\\n.]{0,40}?\\b(?:doesn't|does not|didn't|did not) match\\b",
  ], [p('redirect_uri_mismatch', 0.7)]),
  // RFC 6749 §5.2's description of invalid_client, as OAuth libraries print it when the token endpoint refuses the
  // client: "Client authentication failed (e.g., unknown client, no client authentication included, or unsupported
  // authentication method)." — the secret (or certificate) is wrong, or the app ID is not the tenant's.
  pattern('oauth-invalid-client-description', 'entra-ui', 3, [phrase('Client authentication failed')], [
    p('bad_client_secret', 0.8), p('wrong_tenant_or_app', 0.45),
  ]),
  pattern('signin-invalid-secret', 'entra-ui', 2, [phrase('invalid client secret'), phrase('client secret keys for app')], [
    p('bad_client_secret', 0.85),
  ]),
  pattern('signin-assertion-or-secret', 'entra-ui', 2, [phrase("'client_assertion' or 'client_secret'")], [
    p('public_vs_confidential_client', 0.85),
  ]),
  // The older wording of the same message (AADSTS70002 of the v1 endpoint): "must contain the following
  // parameter: 'client_secret or client_assertion'" — a desktop/public client whose registration is not
  // marked "Allow public client flows" (learn.microsoft.com/entra/identity-platform/msal-client-applications).
  // Localized sign-in pages and translated posts keep the parameter names and translate only the "or" ("'client_secret或
  // client_assertion'", "client_secret oder client_assertion").
  pattern('signin-secret-or-assertion', 'entra-ui', 2, [
    phrase("following parameter: 'client_secret or client_assertion'"),
    "client_secret ?(?:or|或|oder|ou|o|of|lub|или|または) ?client_assertion",
    // AADSTS70002's v2 wording for the same: "The provided request must include a 'client_secret' input parameter."
    phrase("must include a 'client_secret' input parameter"),
  ], [
    p('public_vs_confidential_client', 0.9),
  ]),
  // AADSTS50133 (Microsoft's list: "The session isn't valid due to password expiration or recent password
  // change"); older STS versions sent the same words under other codes ("AADSTS16000: Session is invalid due
  // to expiration or recent password change"). The words decide: sign in again.
  pattern('signin-session-expired', 'entra', 3, [
    phrase('session is invalid due to expiration'), phrase("session isn't valid due to password expiration"),
    phrase('session is not valid due to password expiration'),
  ], [p('token_expired_or_invalid', 0.9)]),
  // Refresh token invalid/expired as ticket systems and mail tools log it, also in other languages
  // (Chinese 无效/失效/过期, German ungültig/abgelaufen, Spanish/French inválido/invalide). Bounded gap.
  // Exchange IMAP ends a session whose OAuth token ran out: "* BYE Session invalidated - AccessTokenExpired";
  // Python cryptography's InvalidToken (email-oauth2-proxy) means the stored token cannot be used: sign in again.
  pattern('token-expired-session', 'token', 3, ['AccessTokenExpired', phrase('Session invalidated')], [p('token_expired_or_invalid', 0.85)]),
  pattern('token-invalid-word', 'token', 2, ['\\bInvalidToken\\b'], [p('token_expired_or_invalid', 0.6)], { flags: '' }),
  pattern('refresh-token-invalid-words', 'token', 2, [
    'refresh[_ ]?token[^\\n]{0,20}?(?:无效|失效|过期|invalid|ungültig|abgelaufen|expired|revoked|inválido|invalide)',
  ], [p('token_expired_or_invalid', 0.65)]),
  // No refresh token came back because the app did not ask for offline_access (Posit Connect's OAuth troubleshooting page: "No
  // refresh token found in response. … Are you missing the offline_access scope in the OAuth integration configuration?";
  // Microsoft's identity platform returns a refresh token only with that scope, learn.microsoft.com/entra/identity-platform/
  // scopes-oidc#offline_access). The scope asked for, then a token the app cannot renew.
  pattern('refresh-token-missing-offline-access', 'token', 3, [
    phrase('missing the offline_access scope'), `${phrase('No refresh token')}[^\\n]{0,200}?offline_access`,
    `offline_access[^\\n]{0,120}?${phrase('no refresh token')}`,
  ], [p('wrong_scope_or_resource', 0.75), p('token_expired_or_invalid', 0.35)]),
  // AADSTS900144 "The request body must contain the following parameter: '{name}'" (Microsoft's error code
  // list): without a refresh token or an authorization code the app has nothing to redeem — it never
  // stored one (offline_access missing) or lost it, and the user must sign in again.
  pattern('signin-missing-grant-parameter', 'entra-ui', 2, [
    phrase("must contain the following parameter: 'refresh_token'"), phrase("must contain the following parameter: 'code'"),
  ], [p('token_expired_or_invalid', 0.6)]),
  // AADSTS90027 "We are unable to issue tokens from this API version on the MSA tenant." (Microsoft's error code list) and the
  // sign-in page's wording of it, "We are unable to issue tokens from this API version for a Microsoft account. … they need to
  // use version 2.0 of the protocol" (DavMail#430, a personal account on the v1 endpoint; the code there garbled): the app's
  // endpoint and account type do not fit, as AADSTS90027 reads in aadsts-codes.ts.
  pattern('signin-api-version-msa', 'entra-ui', 2, [phrase('unable to issue tokens from this API version')], [p('wrong_tenant_or_app', 0.7)]),
  // AADSTS50105's wording in Entra's pages and its paraphrases ("… is not assigned to the required role for this application").
  pattern('signin-not-assigned', 'entra-ui', 2, [
    phrase('is not assigned to a role for the application'), phrase('not assigned to a role for the'), phrase('not assigned to the required role'),
  ], [p('user_not_assigned', 0.9)]),
  pattern('signin-wrong-password', 'entra-ui', 2, [
    phrase('your account or password is incorrect'), phrase('invalid username or password'), phrase('Kennwort ist falsch'),
    phrase('Kennwort sind falsch'), phrase('Passwort ist falsch'),
  ], [p('not_authenticated', 0.6)]),
  // laminas-mail's IMAP/POP3 storage (GLPI's mail collector, other PHP ticket systems): "cannot login, user or password wrong"
  // (laminas-mail src/Storage/Imap.php and Pop3.php throw it when LOGIN/USER-PASS is refused): a mailbox sign-in with a
  // password, which Exchange Online refuses since Basic authentication was turned off. The protocol class's own "last request
  // failed" (src/Protocol/Pop3.php readResponse(): the server's answer was not "+OK") with its login() in the stack trace is the
  // same refusal seen one layer down (glpi-project/glpi#9215: "last request failed … Laminas\Mail\Protocol\Pop3->login()").
  pattern('laminas-login-refused', 'imap', 2, [
    phrase('user or password wrong'), phrase('username or password wrong'), phrase('user or password incorrect'),
    `${phrase('last request failed')}[^]{0,800}?\\bPop3->login\\(`,
  ], [p('imap_auth_failed_generic', 0.6), p('basic_auth_used', 0.45)]),
  // The Microsoft sign-in page's own error pages when the sign-in itself worked but a policy stops it: Conditional
  // Access (device compliance, location, app or browser), Identity Protection, security defaults. Titles and texts
  // as the page's strings list them (mirrored in TokenTactics' Invoke-EntraErrorHandling) and Microsoft's docs show
  // them ("You cannot access this right now", entra-docs how-to-compliant-network; "You don't have access to this" /
  // "You can't get there from here", Intune's troubleshooting pages). Generic titles of that list ("Let's try
  // something else", "Get access to this resource") are left out.
  pattern('signin-page-policy-blocked', 'entra-ui', 3, [
    phrase('You cannot access this right now'), phrase("You can't get there from here"),
    // German as Microsoft's German Alchemy Insights article on Conditional Access blocks quotes it (OfficeDocs-AlchemyInsights-pr.de-DE).
    phrase('Sie können von hier aus nicht dorthin gelangen'), phrase("You can't get to this yet"),
    phrase("You don't have access to this"), phrase('Your sign-in was blocked'), phrase('You cannot proceed right now'),
    phrase('a security policy is preventing access'), phrase('does not meet the criteria to access this resource'),
    phrase("Your sign-in was successful but you don't have permission to access this resource"),
    phrase("Your sign-in was successful but you don't have the permissions to access this resource"),
    phrase('requires your device to be managed by'), phrase("requires the device requesting access to be managed by"),
    phrase("Device must comply with your organization's compliance requirements"), phrase('Register or enroll your device'),
    phrase("We've detected suspicious activity on your account"), phrase("We've detected something unusual about this sign-in"),
    phrase('security policy requiring token protection'), phrase('Additional sign-in methods are required to access this resource'),
    phrase('An authentication policy cannot be fulfilled'),
  ], [p('security_policy_blocks', 0.85)]),
  // The page that makes a user register MFA before going on (security defaults, a registration campaign): "More
  // information required — Your organization needs more information to keep your account secure" (Microsoft's
  // combined security-info registration; ProofUpDescription). An app that signs in without a browser cannot pass it.
  pattern('signin-page-mfa-registration', 'entra-ui', 3, [
    phrase('needs more information to keep your account secure'), phrase('More information required'),
  ], [p('security_policy_blocks', 0.75)]),
  pattern('token-invalid-audience', 'token', 3, [phrase('invalid audience'), phrase('audience is invalid')], [
    p('wrong_scope_or_resource', 0.8),
  ]),
  // The client secret sent where the access token belongs: "The plugin passes client_secret directly as the XOAUTH2 password,
  // but Microsoft requires fetching a short-lived access token via the client_credentials flow … every O365 auth attempt fails
  // with 535 5.7.3" (community.jenkins.io t/36251, Jenkins' email-ext plugin). The fix is a token from the token endpoint.
  pattern('token-secret-as-password', 'token', 2, [
    `client[_ ]?secret[^\\n]{0,40}?${phrase('as the')} ?(?:XOAUTH2|SMTP|IMAP)? ?${phrase('password')}`,
  ], [p('token_expired_or_invalid', 0.7), p('basic_auth_used', 0.3)]),
  pattern('token-expired-words', 'token', 2, [
    phrase('token is expired'), phrase('token has expired'), phrase('token expired'), phrase('lifetime validation failed'),
    phrase('Token abgelaufen'), phrase('Token ist abgelaufen'), phrase('Token läuft ab'), phrase('Secret abgelaufen'),
  ], [p('token_expired_or_invalid', 0.65)]),
];
