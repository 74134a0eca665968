/**
 * A resource server refusing an access token (vocab-token-validation.ts): Microsoft.IdentityModel's IDX messages (current
 * and older wordings), ASP.NET Core JwtBearer's error_description, Microsoft Graph's CompactToken and
 * InvalidAudienceForResource, Exchange's x-ms-diagnostics header and the WWW-Authenticate challenges of a 401 — each as the
 * server or library prints it. Neither Microsoft.IdentityModel nor Exchange's reasons are translated, so English only; the
 * German part is the .NET runtime's own wrapper, which gives way to the server's header.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: Microsoft.IdentityModel — the token is no JWT', () => {
  expectFirst([
    ['{"error":{"code":"InvalidAuthenticationToken","message":"IDX14100: JWT is not well formed, there are no dots (.).\\nThe token needs to be in JWS or JWE Compact Serialization Format. (JWS): \'EncodedHeader.EncodedPayload.EncodedSignature\'. (JWE): \'EncodedProtectedHeader.EncodedEncryptedKey.EncodedInitializationVector.EncodedCiphertext.EncodedAuthenticationTag\'.","innerError":{"date":"2024-12-06T14:08:01","request-id":"xxxx","client-request-id":"xxxx"}}}', 'token_expired_or_invalid'],
    ["IDX14100: JWT is not well formed: '[PII of type 'Microsoft.IdentityModel.Logging.SecurityArtifact' is hidden. For more details, see https://aka.ms/IdentityModel/PII.]', there are no dots (.).The token needs to be in JWS or JWE Compact Serialization Format. (JWS).", 'token_expired_or_invalid'],
    ["IDX14120: JWT is not well formed, there is only one dot (.).\nThe token needs to be in JWS or JWE Compact Serialization Format. (JWS): 'EncodedHeader.EncodedPayload.EncodedSignature'.", 'token_expired_or_invalid'],
    ["System.ArgumentException: IDX12709: CanReadToken() returned false. JWT is not well formed.\nThe token needs to be in JWS or JWE Compact Serialization Format. (JWS): 'EncodedHeader.EncodedPayload.EncodedSignature'.", 'token_expired_or_invalid'],
    ["IDX12741: JWT: '[PII of type 'System.String' is hidden. For more details, see https://aka.ms/IdentityModel/PII.]' must have three segments (JWS) or five segments (JWE).", 'token_expired_or_invalid'],
    ['IDX12741: JWT must have three segments (JWS) or five segments (JWE).', 'token_expired_or_invalid'],
    ["IDX10708: 'System.IdentityModel.Tokens.Jwt.JwtSecurityTokenHandler' cannot read this string: 'EwBwA8l6BAAUO9chh8cJscQLmU'.\nThe string needs to be in compact JSON format, which is of the form: '<Base64UrlEncodedHeader>.<Base64UrlEndcodedPayload>.<OPTIONAL, Base64UrlEncodedSignature>'.", 'token_expired_or_invalid'],
    ['{"error":{"code":"InvalidAuthenticationToken","message":"CompactToken parsing failed with error code: 80049217","innerError":{"request-id":"e45d2a93-e6fe-4c33-adc9-64cb4e3d3bc4","date":"2019-08-30T10:14:26"}}}', 'token_expired_or_invalid'],
    ['CompactToken parsing failed with error code: 80049217', 'token_expired_or_invalid'],
  ]);
});

describe('vocabulary: Microsoft.IdentityModel — lifetime, audience, issuer, signature', () => {
  expectFirst([
    ["IDX10223: Lifetime validation failed. The token is expired. ValidTo (UTC): '12/6/2024 10:00:00 AM', Current time (UTC): '12/6/2024 11:02:13 AM'.", 'token_expired_or_invalid'],
    ["Microsoft.IdentityModel.Tokens.SecurityTokenExpiredException: IDX10223: Lifetime validation failed. The token is expired.\nValidTo: '[PII is hidden]'\nCurrent time: '[PII is hidden]'.", 'token_expired_or_invalid'],
    ["IDX10222: Lifetime validation failed. The token is not yet valid. ValidFrom (UTC): '12/6/2024 10:00:00 AM', Current time (UTC): '12/6/2024 9:54:00 AM'.", 'token_expired_or_invalid'],
    ["IDX10225: Lifetime validation failed. The token is missing an Expiration Time. Tokentype: 'System.IdentityModel.Tokens.Jwt.JwtSecurityToken'.", 'token_expired_or_invalid'],
    ["IDX10214: Audience validation failed. Audiences: 'https://graph.microsoft.com'. Did not match: validationParameters.ValidAudience: 'api://8c5b1f2e-0000-4a1b-9c1d-123456789abc' or validationParameters.ValidAudiences: 'null'.", 'wrong_scope_or_resource'],
    ["Microsoft.IdentityModel.Tokens.SecurityTokenInvalidAudienceException: IDX10214: Audience validation failed. Audiences: '[PII is hidden]'. Did not match:  validationParameters.ValidAudience: '[PII is hidden]' or validationParameters.ValidAudiences: '[PII is hidden]'", 'wrong_scope_or_resource'],
    ["IDX10205: Issuer validation failed. Issuer: 'https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/'. Did not match: validationParameters.ValidIssuer: 'null' or validationParameters.ValidIssuers: 'https://login.microsoftonline.com/5de110f8-2e0f-4d45-891d-bcf2218e253d/v2.0' or validationParameters.ConfigurationManager.CurrentConfiguration.Issuer: 'Null'. For more details, see https://aka.ms/IdentityModel/issuer-validation. ", 'wrong_tenant_or_app'],
    ["Microsoft.IdentityModel.Tokens.SecurityTokenInvalidIssuerException: IDX40001: Issuer: 'https://login.microsoftonline.com/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0', does not match any of the valid issuers provided for this application. ", 'wrong_tenant_or_app'],
    ["IDX10503: Signature validation failed. The token's kid is: 'nOo3ZDrODXEK1jKWhXslHR_KXEg', but did not match any keys in TokenValidationParameters or Configuration. Keys tried: 'Microsoft.IdentityModel.Tokens.X509SecurityKey'. Number of keys in TokenValidationParameters: '0'. \nNumber of keys in Configuration: '6'. See https://aka.ms/IDX10503 for details.", 'wrong_scope_or_resource'],
    ["IDX10503: Signature validation failed. Keys tried: 'Microsoft.IdentityModel.Tokens.RsaSecurityKey , KeyId: '.\nExceptions caught:\n ''.\ntoken: '{\"alg\":\"RS256\",\"typ\":\"JWT\"}'.", 'wrong_scope_or_resource'],
    ["IDX10511: Signature validation failed. Keys tried: 'Microsoft.IdentityModel.Tokens.X509SecurityKey'. \nNumber of keys in TokenValidationParameters: '1'. \nNumber of keys in Configuration: '0'. \nMatched key was in 'TokenValidationParameters'. \nkid: 'abc'. See https://aka.ms/IDX10511 for details.", 'wrong_scope_or_resource'],
    ['Microsoft.IdentityModel.Tokens.SecurityTokenSignatureKeyNotFoundException: IDX10500: Signature validation failed. No security keys were provided to validate the signature.', 'wrong_scope_or_resource'],
  ]);
});

describe('vocabulary: ASP.NET Core JwtBearer challenges and RFC 6750 error codes', () => {
  expectFirst([
    ['WWW-Authenticate: Bearer error="invalid_token", error_description="The audience \'https://graph.microsoft.com\' is invalid"', 'wrong_scope_or_resource'],
    ['WWW-Authenticate: Bearer error="invalid_token", error_description="The issuer \'https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/\' is invalid"', 'wrong_tenant_or_app'],
    ['WWW-Authenticate: Bearer error="invalid_token", error_description="The issuer is invalid"', 'wrong_tenant_or_app'],
    ['WWW-Authenticate: Bearer error="invalid_token", error_description="The signature key was not found"', 'wrong_scope_or_resource'],
    ['WWW-Authenticate: Bearer error="invalid_token", error_description="The token is not valid before \'12/06/2024 10:00:00\'"', 'token_expired_or_invalid'],
    ['WWW-Authenticate: Bearer error="invalid_token", error_description="The token expired at \'12/06/2024 10:00:00\'"', 'token_expired_or_invalid'],
    ['WWW-Authenticate: Bearer error="invalid_token"', 'token_expired_or_invalid'],
    ['WWW-Authenticate: Bearer realm="example", error="insufficient_scope", error_description="The request requires higher privileges than provided by the access token."', 'consent_missing'],
    ['WWW-Authenticate: Bearer realm="", error="invalid_request"', 'token_expired_or_invalid'],
  ]);
});

describe("vocabulary: Exchange's x-ms-diagnostics header", () => {
  expectFirst([
    ["Failed acquiring policy, Request failed with http status code: 401, x-ms-diagnostics: [2000001;reason=\"OAuth token submitted with the request can not be parsed.\";error_category=\"invalid_token\"], correlationId:[5b731x67-6521-4cd8-b911-00009ab9cbez]'", 'token_expired_or_invalid'],
    ['OAuth token submitted with the request cannot be parsed.', 'token_expired_or_invalid'],
    ['x-ms-diagnostics: 2000002', 'token_expired_or_invalid'],
    ['x-ms-diagnostics: 2000000', 'token_expired_or_invalid'],
    ['X-BackEndHttpStatus: 401, x-ms-diagnostics: 2000003;reason="The audience claim value is invalid \'aud\'.";error_category="invalid_resource",\n   X-DiagInfo: DM5PR18MB1004, X-BEServer: DM5PR18MB1004, X-FEServer: DM5PR13CA0042', 'wrong_scope_or_resource'],
    ['{"error":{"code":"InvalidAudienceForResource","message":"The audience claim value is invalid for current resource. Audience claim is \'https://graph.microsoft.com/\', request url is \'https://outlook.office.com\' and resource type is \'Exchange\'."}}', 'wrong_scope_or_resource'],
    ['x-ms-diagnostics →2000003;reason="The hostname component of the audience claim value is invalid. Expected \'https://mail.contoso.com\'. Actual \'http://mail.contoso.com\'.";error_category="invalid_resource"', 'wrong_scope_or_resource'],
    ['Exception Proxy web request failed. , inner exception: The request failed with HTTP status 401: Unauthorized diagnostics: 2000005;reason= "The user specified by the user-context in the token is ambiguous." ;error_category="invalid_user"', 'imap_disabled_or_not_connected'],
    ['diagnostics: 2000005;reason="The user specified by the user-context in the token does not exist.";error_category="invalid_user"', 'imap_disabled_or_not_connected'],
    ['x-ms-diagnostics: 2000006;reason="";error_category="invalid_client"', 'wrong_tenant_or_app'],
    ['Bearer+client_id="00000002-0000-0ff1-ce00-000000000000",+trusted_issuers="00000001-0000-0000-c000-000000000000@contoso.onmicrosoft.com",+token_types="app_asserted_user_v1+service_asserted_app_v1",+error="invalid_token"\n2000008;reason="The+token+should+have+valid+permissions+or+linked+account+associated+with+partner+application+\'00000003-0000-0000-c000-000000000000\'.";error_category="invalid_grant"', 'consent_missing'],
    ["reason=\"Access to this API requires the following permissions: 'MailExport-Internal.Read.All,MailExport-Internal.Read.Shared,MailExport-Internal.ReadWrite.All,MailExport-Internal.ReadWrite.Shared'. However, the application only has the following permissions granted: 'full_access_as_app'.\"\nerror_category=\"invalid_grant\"", 'consent_missing'],
  ]);

  it('reads the code only before ";reason=" or after the header name', () => {
    assert.notEqual(first('Ticket 2000003 closed: mailbox moved'), 'wrong_scope_or_resource');
  });
});

describe("vocabulary: Exchange's Bearer challenge and servers without OAuth", () => {
  expectFirst([
    ['WWW-Authenticate: Bearer client_id="00000002-0000-0ff1-ce00-000000000000", trusted_issuers="00000001-0000-0000-c000-000000000000@*", token_types="app_asserted_user_v1 service_asserted_app_v1", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="invalid_token"', 'token_expired_or_invalid'],
    ['WWW-Authenticate →Bearer client_id="00000002-0000-0ff1-ce00-000000000000", trusted_issuers="00000001-0000-0000-c000-000000000000@5de110f8-2e0f-4d45-891d-bcf2218e253d,00000004-0000-0ff1-ce00-000000000000@contoso.com", token_types="app_asserted_user_v1 service_asserted_app_v1", authorization_uri="https://login.windows.net/common/oauth2/authorize"\nWww-Authenticate →Basic realm="mail.contoso.com"', 'not_authenticated'],
    ['HTTP/1.1 401 Unauthorized\nServer: Microsoft-IIS/10.0\nWWW-Authenticate: Negotiate\nWWW-Authenticate: NTLM\nX-Powered-By: ASP.NET', 'unexpected_server_reply'],
    ['WWW-Authenticate: Negotiate, NTLM', 'unexpected_server_reply'],
    ['HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm="mail.contoso.com"', 'unexpected_server_reply'],
  ]);

  it('a server that offers Bearer beside Negotiate/NTLM/Basic takes OAuth: its diagnostics decide', () => {
    assert.equal(first('HTTP/1.1 401 Unauthorizedrequest-id: 33086db3-69f9-4cdf-8ffe-ee364539e113x-ms-diagnostics: 2000004;reason="The tenant for tenant guid \'contoso.com\' does not exist.";error_category="invalid_tenant"Server: Microsoft-IIS/8.5WWW-Authenticate: Bearer client_id="00000002-0000-0ff1-ce00-000000000000", trusted_issuers="00000004-0000-0ff1-ce00-000000000000@contoso.com", token_types="app_asserted_user_v1service_asserted_app_v1", error="invalid_token",Negotiate,NTLM,Basic realm="autodiscover.contoso.com"'), 'wrong_tenant_or_app');
    assert.equal(first('WWW-Authenticate: Bearer client_id="00000002-0000-0ff1-ce00-000000000000", trusted_issuers="00000001-0000-0000-c000-000000000000@*", authorization_uri="https://login.windows.net/common/oauth2/authorize", error="invalid_token"\nWWW-Authenticate: Basic realm="mail.contoso.com"\nx-ms-diagnostics: 2000003;reason="The audience claim value is invalid for current resource. Audience claim is \'https://graph.microsoft.com\', request url is \'https://outlook.office365.com/EWS/Exchange.asmx\' and resource type is \'Exchange\'.";error_category="invalid_resource"'), 'wrong_scope_or_resource');
  });
});

describe("the server's own answer after a client's wrapper decides", () => {
  it('EWS Managed API and the .NET runtime (English and German) give way to the x-ms-diagnostics reason', () => {
    assert.equal(first('Microsoft.Exchange.WebServices.Data.ServiceRequestException: The request failed. The remote server returned an error: (401) Unauthorized.\nx-ms-diagnostics: 2000002;reason="";error_category="token_expired"'), 'token_expired_or_invalid');
    assert.equal(first("Microsoft.Exchange.WebServices.Data.ServiceRequestException: Die Anforderung ist fehlgeschlagen. Der Remoteserver hat einen Fehler zurückgegeben: (401) Nicht autorisiert.\nx-ms-diagnostics: 2000003;reason=\"The audience claim value is invalid for current resource. Audience claim is 'https://graph.microsoft.com', request url is 'https://outlook.office365.com/EWS/Exchange.asmx' and resource type is 'Exchange'.\";error_category=\"invalid_resource\""), 'wrong_scope_or_resource');
    assert.equal(first("exchangelib.errors.UnauthorizedError: Invalid credentials for https://outlook.office365.com/EWS/Exchange.asmx\nreason=\"Access to this API requires the following permissions: 'MailExport-Internal.Read.All'. However, the application only has the following permissions granted: 'full_access_as_app'.\"\nerror_category=\"invalid_grant\""), 'consent_missing');
  });

  it("a Graph SDK exception reads IdentityModel's message inside it", () => {
    assert.equal(first("Microsoft.Graph.ServiceException: Code: InvalidAuthenticationToken\nMessage: IDX14100: JWT is not well formed, there are no dots (.).\nThe token needs to be in JWS or JWE Compact Serialization Format."), 'token_expired_or_invalid');
    assert.equal(first("401 Client Error: Unauthorized for url: https://graph.microsoft.com/v1.0/me/messages | Error Message: IDX14100: JWT is not well formed, there are no dots (.). | Error Code:"), 'token_expired_or_invalid');
  });
});
