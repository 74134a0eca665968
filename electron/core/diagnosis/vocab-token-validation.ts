/**
 * What a resource server prints when it refuses an access token (issue 10), as users paste it from Microsoft Graph, EWS,
 * Exchange Online's REST/EWS/ActiveSync endpoints and their own APIs: the "IDXnnnnn:" messages of Microsoft.IdentityModel
 * (the token validation library behind Graph, ASP.NET Core's JwtBearer and Microsoft.Identity.Web), Exchange's
 * x-ms-diagnostics header on a 401, and the WWW-Authenticate challenge that comes with the 401. Only texts read in the
 * library's own source, in Microsoft's documentation or quoted from a server in public threads; each group cites it.
 *
 * Already read elsewhere, so not here: IDX10501 (vocab-kb-entra.ts), IDX12729 / "Unable to decode the header" (the
 * identitymodel-not-a-jwt rule of patterns-libraries.ts, which also reads IDX14102's same words), the IDX metadata codes
 * (vocab-kb-entra.ts), "invalid audience" / "audience is invalid" / "lifetime validation failed" / "token … expired"
 * (patterns-signin.ts), Graph's InvalidAuthenticationToken (patterns-graph.ts), insufficient_claims and its claims challenge
 * (vocab-kb-graph.ts), x-ms-diagnostics 2000004 invalid_tenant (its error_category is read by patterns-oauth.ts as the
 * tenant), 2000020 (tenant restrictions: error_category insufficient_claims, read by vocab-kb-graph.ts), the decoded XOAUTH2
 * challenge of IMAP/SMTP (patterns-libraries.ts sasl-json-challenge) and Exchange Online's empty Basic realm beside its
 * front-end headers (vocab-kb-exchange-docs.ts).
 *
 * Not here: x-ms-diagnostics 2000007 internal_error (no category names its fix), Microsoft.IdentityModel's configuration
 * messages (IDX10204/10206–10208/10211/10268: the API was set up without valid issuers or audiences — not the token), and
 * translations: Microsoft.IdentityModel ships its messages in English only, and Exchange's reasons are English in the
 * server's answer (the translated documentation pages translate them, the server does not), so English only.
 */
import { codeTable, p, pattern, phrase, type CodeEntry, type Rule } from './pattern-kit.js';

/**
 * The token is not a JWT at all. Microsoft.IdentityModel: AzureAD/azure-activedirectory-identitymodel-extensions-for-dotnet
 * src/Microsoft.IdentityModel.JsonWebTokens/LogMessages.cs (IDX14100 "JWT is not well formed, there are no dots (.)",
 * IDX14120–14122 one dot / not a well formed JWE, IDX14101 payload not Base64Url, IDX14107 "Token string does not match
 * the token formats"; until 2023 IDX14100 read "JWT is not well formed: '{0}'.") and src/System.IdentityModel.Tokens.Jwt/
 * LogMessages.cs (IDX12709 "CanReadToken() returned false. JWT is not well formed", before: "IDX12709: JWT is not well
 * formed: '{0}'."; IDX12741 "JWT must have three segments (JWS) or five segments (JWE)", before: "JWT: '{0}' must have
 * three segments …"; IDX12720, IDX12723, IDX12739/12740; git history of those files). Microsoft Graph answers
 * InvalidAuthenticationToken with IDX14100's text (github.com/MaikuB/flutter_appauth/issues/575,
 * github.com/microsoftgraph/microsoft-graph-docs-contrib/issues/8457): what was sent is no access token — an empty or
 * "undefined" value, a refresh token, a truncated copy — or a personal account's opaque token, or one for another resource.
 * Graph's own parser says "CompactToken parsing failed with error code: 80049217" for such a header (a doubled "Bearer",
 * a typo in the token: github.com/OfficeDev/outlook-dev-docs/issues/508,
 * github.com/AzureAD/microsoft-authentication-library-for-python/issues/355; "The error indicates an issue with the access
 * token", github.com/microsoftgraph/msgraph-training-dotnet/issues/31). Specificity 2: several causes give these words,
 * and a product's own reading of the same text (the not-a-JWT rule's Exchange PowerShell versions) stays beside it.
 */
const NOT_A_JWT: readonly Rule[] = [
  pattern('idx-jwt-not-well-formed', 'token', 2, [
    '\\bIDX1(?:4100|4120|4121|4122|4107|2709|2741|2720|2739|2740)\\b',
    `\\bIDX1(?:4101|2723) ?: ?${phrase('Unable to decode the payload')}`,
    `\\bJWT ?${phrase('is not well formed')}`, `\\bJWT ?${phrase('is not a well formed JWE')}`,
    phrase('must have three segments (JWS) or five segments (JWE)'),
    phrase('Token string does not match the token formats: JWE'),
    // The old JwtSecurityTokenHandler (IDX10708, until version 5): "'…' cannot read this string: '…'. The string needs to be in compact JSON format".
    `\\bIDX10708 ?: ?[^\\n]{0,200}?${phrase('cannot read this string')}`,
    '\\bSecurityTokenMalformedException\\b',
  ], [p('token_expired_or_invalid', 0.7), p('wrong_scope_or_resource', 0.3), p('wrong_tenant_or_app', 0.2)]),
  pattern('graph-compact-token-parsing', 'token', 3, [phrase('CompactToken parsing failed with error code')], [
    p('token_expired_or_invalid', 0.7), p('wrong_scope_or_resource', 0.2),
  ]),
];

/**
 * The token's lifetime. src/Microsoft.IdentityModel.Tokens/LogMessages.cs: IDX10223 "Lifetime validation failed. The token
 * is expired. ValidTo (UTC): …" (before 2023 "ValidTo: '{0}', Current time: '{1}'"), IDX10222 "… The token is not yet
 * valid. ValidFrom (UTC): …" — a clock running behind, or a token used the moment it was issued; a new token (and the right
 * clock) fixes both —, IDX10224 NotBefore after Expires, IDX10225 "The token is missing an Expiration Time", and the
 * exceptions SecurityTokenExpiredException / SecurityTokenNotYetValidException / SecurityTokenNoExpirationException
 * (src/Microsoft.IdentityModel.Tokens/Exceptions/). The words alone are read by patterns-signin.ts; the code and the
 * exception name are exact.
 */
const LIFETIME: readonly Rule[] = [
  pattern('idx-token-expired', 'token', 3, ['\\bIDX10223\\b', '\\bSecurityTokenExpiredException\\b'], [p('token_expired_or_invalid', 0.85)]),
  pattern('idx-token-not-yet-valid', 'token', 3, [
    '\\bIDX1022[245]\\b', '\\bSecurityTokenNotYetValidException\\b', '\\bSecurityTokenNoExpirationException\\b',
  ], [p('token_expired_or_invalid', 0.8)]),
];

/**
 * The token is for another audience: IDX10214 "Audience validation failed. Audiences: '…'. Did not match:
 * validationParameters.ValidAudience: '…' or validationParameters.ValidAudiences: '…'", IDX10215 (ValidAudiences only),
 * IDX10231 (the audience delegate said no), SecurityTokenInvalidAudienceException (src/Microsoft.IdentityModel.Tokens/
 * LogMessages.cs, Exceptions/). An API refusing a token with aud https://graph.microsoft.com (or Exchange's) was sent a
 * token for another resource: request the API's own scope.
 */
const AUDIENCE: readonly Rule[] = [
  pattern('idx-audience', 'token', 3, [
    '\\bIDX1021[45]\\b', `\\bIDX10231 ?: ?${phrase('Audience validation failed')}`, '\\bSecurityTokenInvalidAudienceException\\b',
    phrase('Audience validation failed. Audiences:'),
  ], [p('wrong_scope_or_resource', 0.85)]),
];

/**
 * The token comes from another tenant (issuer): IDX10205 "Issuer validation failed. Issuer: '…'. Did not match:
 * validationParameters.ValidIssuer …", IDX10212 (same words; earlier versions used the number for other texts, so only with
 * them), SecurityTokenInvalidIssuerException (src/Microsoft.IdentityModel.Tokens/LogMessages.cs), and the multi-tenant
 * validator of src/Microsoft.IdentityModel.Validators/LogMessages.cs: IDX40001 "Issuer: '…', does not match any of the
 * valid issuers provided for this application.", IDX40004 / IDX40005 (the issuer does not hold the token's tenant / the key's
 * issuer). A single-tenant app, a personal account, or a v1 token (sts.windows.net) where v2 is expected.
 */
const ISSUER: readonly Rule[] = [
  pattern('idx-issuer', 'token', 3, [
    '\\bIDX10205\\b', `\\bIDX10212 ?: ?${phrase('Issuer validation failed')}`, '\\bIDX4000[145]\\b',
    '\\bSecurityTokenInvalidIssuerException\\b', phrase('does not match any of the valid issuers provided for this application'),
  ], [p('wrong_tenant_or_app', 0.8), p('wrong_scope_or_resource', 0.2)]),
];

/**
 * The signature matches none of the API's keys: IDX10500 "No security keys were provided to validate the signature",
 * IDX10502/IDX10503 "The token's kid is: '…', but did not match any keys …" (before 2023 IDX10503 read "Signature
 * validation failed. Keys tried: '…'"), IDX10511 "… Keys tried: …" (in Saml2 the number once meant ProxyRestriction, so
 * only with the words), IDX10512/10514/10517, IDX10508 "Signature is improperly formatted", SecurityTokenSignatureKeyNotFoundException
 * and SecurityTokenInvalidSignatureException (src/Microsoft.IdentityModel.Tokens/LogMessages.cs, Exceptions/). Read as
 * vocab-kb-entra.ts reads IDX10501 (learn.microsoft.com/troubleshoot/entra/entra-id/app-integration/
 * idx10501-token-signature-validation-error): most often a Microsoft Graph token sent to another API — only Graph can
 * validate those — else the API trusts another issuer's keys.
 */
const SIGNATURE: readonly Rule[] = [
  pattern('idx-signature', 'token', 3, [
    `\\bIDX105(?:0[0238]|1[1247]) ?: ?${phrase('Signature validation failed')}`,
    '\\bSecurityTokenSignatureKeyNotFoundException\\b', '\\bSecurityTokenInvalidSignatureException\\b',
    phrase("Signature validation failed. The token's kid is"),
  ], [p('wrong_scope_or_resource', 0.6), p('wrong_tenant_or_app', 0.4)]),
];

/**
 * ASP.NET Core's JwtBearer handler (the API behind many apps that take a Microsoft token) writes the validation failure into
 * its challenge: WWW-Authenticate: Bearer error="invalid_token", error_description="…" (dotnet/aspnetcore
 * src/Security/Authentication/JwtBearer/src/JwtBearerHandler.cs CreateErrorDescription(): since .NET 5 "The audience '…' is
 * invalid", "The issuer '…' is invalid", "The token is not valid before '…'", "The token lifetime is invalid; NotBefore: …",
 * before that "The audience is invalid", "The issuer is invalid", "The token is not valid yet", "The token lifetime is
 * invalid"; both "The token has no expiration", "The signature key was not found", "The signature is invalid"). "The audience
 * is invalid" and "The token expired at '…'" / "The token is expired" are read by patterns-signin.ts already. The loose
 * old forms count only as the challenge's error_description.
 */
const DESCRIPTION = 'error_description ?= ?\\\\?"?';
const JWT_BEARER_DESCRIPTIONS: readonly Rule[] = [
  pattern('jwtbearer-audience', 'token', 3, [`${phrase('The audience')} ?'[^'\\n]{1,200}' ?${phrase('is invalid')}`], [p('wrong_scope_or_resource', 0.85)]),
  pattern('jwtbearer-issuer', 'token', 3, [
    `${phrase('The issuer')} ?'[^'\\n]{1,200}' ?${phrase('is invalid')}`, `${DESCRIPTION}${phrase('The issuer is invalid')}`,
  ], [p('wrong_tenant_or_app', 0.8), p('wrong_scope_or_resource', 0.2)]),
  pattern('jwtbearer-signature', 'token', 3, [phrase('The signature key was not found'), `${DESCRIPTION}${phrase('The signature is invalid')}`], [
    p('wrong_scope_or_resource', 0.6), p('wrong_tenant_or_app', 0.4),
  ]),
  pattern('jwtbearer-lifetime', 'token', 3, [
    `${phrase('The token is not valid before')} ?'`, `${DESCRIPTION}${phrase('The token is not valid yet')}`,
    `${DESCRIPTION}${phrase('The token lifetime is invalid')}`, `${DESCRIPTION}${phrase('The token has no expiration')}`,
  ], [p('token_expired_or_invalid', 0.75)]),
];

/**
 * Exchange's x-ms-diagnostics header on a refused OAuth request: "errorId;reason="…";error_category="…"". The ids and their
 * categories are Microsoft's table (MicrosoftDocs/office-developer-exchange-docs docs/exchange-web-services/
 * instrumenting-client-requests-for-ews-and-rest-in-exchange.md, "Instrumenting client requests for EWS and REST in
 * Exchange"): 2000000 invalid_signature, 2000001 invalid_token, 2000002 token_expired, 2000003 invalid_resource, 2000004
 * invalid_tenant, 2000005 invalid_user, 2000006 invalid_client, 2000007 internal_error, 2000008 invalid_grant. Read only
 * right before ";reason=" or right after the header's name. Reasons quoted by the sources:
 * - 2000001 "OAuth token submitted with the request can not be parsed." / "cannot be parsed." (MicrosoftDocs/Azure-RMSDocs
 *   mip/develop/quick-app-initialization-cpp.md and quick-file-list-labels-cpp.md: "an invalid or expired token").
 * - 2000003 "The audience claim value is invalid for current resource. Audience claim is '…', request url is '…' and
 *   resource type is 'Exchange'." (a Graph token sent to Exchange; test/unit/decoder-vocab-ews-clients.test.ts,
 *   github.com/microsoftgraph/microsoft-graph-docs-contrib/issues/266 with Outlook REST's code InvalidAudienceForResource),
 *   "The audience claim value is invalid 'aud'.", and Exchange Server's "The hostname component of the audience claim value
 *   is invalid. Expected 'https://…'. Actual 'http://…'." (MicrosoftDocs/OfficeDocs-Exchange Exchange/ExchangeServer/
 *   clients/outlook-for-ios-and-android/use-hybrid-modern-auth.md: SSL offloading; the token's audience is what is refused).
 * - 2000005 "The user specified by the user-context in the token is ambiguous." / "… does not exist." (MicrosoftDocs/
 *   SupportArticles-docs Exchange/ExchangeHybrid/calendars/troubleshoot-freebusy-issues-in-exchange-hybrid.md: the token's
 *   user is not found once in the directory Exchange reads — no mailbox of that user there).
 * - 2000008 "The token should have valid permissions or linked account associated with partner application '…'." (an
 *   app-only Graph token without Exchange's permissions: NETWORG/blog _posts/2019-05-13-using-client_credentials-with-
 *   microsoft-graph-in-hybrid-exchange-setup.md) and EWS's "Access to this API requires the following permissions: '…'.
 *   However, the application only has the following permissions granted: '…'." with error_category="invalid_grant"
 *   (learn.microsoft.com/answers/questions/1608048): the app lacks the permission.
 * Not in the table: 2000004 (read by its error_category), 2000007 (no category for an internal error).
 */
const X_MS_DIAGNOSTICS_CODES: Readonly<Record<string, CodeEntry>> = {
  2000000: { proposals: [p('token_expired_or_invalid', 0.55), p('wrong_tenant_or_app', 0.35)] },
  2000001: { proposals: [p('token_expired_or_invalid', 0.75), p('wrong_scope_or_resource', 0.2)] },
  2000002: { proposals: [p('token_expired_or_invalid', 0.9)] },
  2000003: { proposals: [p('wrong_scope_or_resource', 0.85)] },
  2000005: { proposals: [p('imap_disabled_or_not_connected', 0.45), p('wrong_tenant_or_app', 0.4)] },
  // Exchange's own "invalid_client" is about the app the token names, not a client secret (the token was already issued).
  2000006: { proposals: [p('wrong_tenant_or_app', 0.6), p('service_principal_missing_or_wrong_id', 0.35)] },
  2000008: { proposals: [p('consent_missing', 0.65), p('mailbox_permission_missing', 0.25)] },
};

const X_MS_DIAGNOSTICS: readonly Rule[] = [
  codeTable('x-ms-diagnostics', 'graph', 3,
    '\\b(200000[0-35-8])\\b(?:(?= ?; ?reason ?=)|(?<=x-ms-diagnostics[^\\w\\n]{1,8}\\d{7}))', X_MS_DIAGNOSTICS_CODES),
  pattern('x-ms-diagnostics-token-unparsable', 'graph', 3, [
    `${phrase('OAuth token submitted with the request')} ?(?:can ?not|cannot) ?${phrase('be parsed')}`,
  ], [p('token_expired_or_invalid', 0.75)]),
  pattern('x-ms-diagnostics-audience', 'graph', 3, [
    // The value in single quotes, or doubled ones as a log or a PowerShell string prints them ("''https://seg.domain.com''",
    // Omnissa's Boxer troubleshooting page for hybrid modern authentication).
    phrase('audience claim value is invalid'), `${phrase('audience claim value')} ?'{1,2}[^'\\n]{1,200}'{1,2} ?${phrase('is invalid')}`,
    '\\bInvalidAudienceForResource\\b',
  ], [p('wrong_scope_or_resource', 0.85)]),
  pattern('x-ms-diagnostics-user-context', 'graph', 3, [
    `${phrase('The user specified by the user-context in the token')} ?(?:${phrase('is ambiguous')}|${phrase('does not exist')})`,
  ], [p('imap_disabled_or_not_connected', 0.45), p('wrong_tenant_or_app', 0.4)]),
  pattern('x-ms-diagnostics-permissions', 'graph', 3, [
    phrase('The token should have valid permissions or linked account associated with partner application'),
    `${phrase('Access to this API requires the following permissions:')}[^\\n]{0,400}?${phrase('However, the application only has the following permissions granted')}`,
  ], [p('consent_missing', 0.65), p('mailbox_permission_missing', 0.25)]),
];

/** A Bearer challenge, then its auth-params on the same header (which a paste may break over lines), bounded. */
const BEARER = '\\bBearer\\b[^]{0,600}?';
/**
 * Exchange's resource id in its challenge: client_id="00000002-0000-0ff1-ce00-000000000000" (redact.ts turns "Bearer client_id="
 * into "Bearer [redacted]"; an IIS log writes "Bearer+client_id").
 */
const EXCHANGE_CHALLENGE = '\\bBearer(?:[ +]?client_id ?= ?| ?\\[redacted\\])"?00000002-0000-0ff1-ce00-000000000000';

/**
 * WWW-Authenticate challenges. RFC 6750 §3.1 (www.rfc-editor.org/rfc/rfc6750): error="invalid_token" — "The access token
 * provided is expired, revoked, malformed, or invalid for other reasons" (401); error="insufficient_scope" — "The request
 * requires higher privileges than provided by the access token" (403; the app lacks the permission, or asked for another
 * scope); error="invalid_request" — the request is malformed (a doubled or broken Authorization header). The
 * error_description after the code, and an x-ms-diagnostics reason, name the cause better and decide (specificity 2 gives
 * way to the header's codes, specificity 3, in this family).
 * Exchange's challenge "Bearer client_id="00000002-0000-0ff1-ce00-000000000000", trusted_issuers="00000001-0000-0000-
 * c000-000000000000@…", token_types="app_asserted_user_v1 service_asserted_app_v1", authorization_uri="…"" (MicrosoftDocs/
 * OfficeDocs-Exchange …/use-hybrid-modern-auth.md; Exchange Online's EWS answers the same, with ",Basic Realm=""" after
 * it): with error="invalid_token" the token was refused (expired, or for another resource); without an error, the request
 * carried no token Exchange takes — no sign-in, or a password where Exchange wants OAuth.
 * A challenge that offers only Negotiate / NTLM / Basic with a realm and no Bearer anywhere: the server takes no OAuth token
 * at all — an on-premises Exchange without hybrid Modern Authentication (the same page: such a server shows the "legacy
 * Basic authentication" experience) or a Basic-only endpoint. Exchange Online always offers Bearer, so the app is talking
 * to another server than Microsoft 365's.
 */
const CHALLENGES: readonly Rule[] = [
  pattern('www-authenticate-invalid-token', 'graph', 2, [`${BEARER}\\berror ?= ?"?invalid_token\\b`], [
    p('token_expired_or_invalid', 0.6), p('wrong_scope_or_resource', 0.25),
  ]),
  pattern('www-authenticate-insufficient-scope', 'graph', 2, ['\\berror ?= ?"?insufficient_scope\\b'], [
    p('consent_missing', 0.55), p('wrong_scope_or_resource', 0.45),
  ]),
  pattern('www-authenticate-invalid-request', 'graph', 2, [`${BEARER}\\berror ?= ?"?invalid_request\\b`], [
    p('token_expired_or_invalid', 0.4), p('not_authenticated', 0.3),
  ]),
  pattern('exchange-bearer-challenge-refused', 'graph', 2, [`${EXCHANGE_CHALLENGE}[^]{0,600}?\\berror ?= ?"?invalid_token\\b`], [
    p('token_expired_or_invalid', 0.45), p('wrong_scope_or_resource', 0.4),
  ]),
  pattern('exchange-bearer-challenge-no-token', 'graph', 2, [`${EXCHANGE_CHALLENGE}(?![^]{0,600}?\\berror ?= ?")`], [
    p('not_authenticated', 0.45), p('basic_auth_used', 0.4),
  ]),
  pattern('www-authenticate-no-bearer', 'graph', 2, [
    '(?<!\\bBearer\\b[^]{0,1500})\\bWWW-Authenticate\\b ?[:→=]? ?"?(?:Negotiate|NTLM|Basic realm ?= ?"[^"\\n]{1,120}")(?![^]{0,1500}?\\bBearer\\b)',
  ], [p('unexpected_server_reply', 0.5), p('wrong_scope_or_resource', 0.25)]),
];

/** Every rule for a refused access token (patterns.ts). */
export const TOKEN_VALIDATION_VOCABULARY_RULES: readonly Rule[] = [
  ...NOT_A_JWT, ...LIFETIME, ...AUDIENCE, ...ISSUER, ...SIGNATURE, ...JWT_BEARER_DESCRIPTIONS, ...X_MS_DIAGNOSTICS, ...CHALLENGES,
];
