/**
 * The messages Microsoft's Entra app-integration support articles quote that are not AADSTS codes (vocab-kb-entra.ts):
 * TLS 1.2 enforcement and the OpenID Connect metadata codes, the missing nonce cookie, IDX10501 signature validation,
 * MSAL's silent sign-in without an account, CORS errors on Microsoft's sign-in page, the Android signature-hash
 * redirect URI, Graph's "identity of the calling application", and the old WebView's "browser is not supported".
 * Microsoft's German article texts are not in the source.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary (Entra support articles): TLS 1.0/1.1 retired for Microsoft Entra ID', () => {
  expectFirst([
    ["IDX20804: Unable to retrieve document from: '[PII is hidden]'", 'tls_problem'],
    ["IDX20803: Unable to obtain configuration from: '[PII is hidden]'", 'tls_problem'],
    ["IDX10803: Unable to create to obtain configuration from: 'https://login.microsoftonline.com/{Tenant-ID}/.well-known/openid-configuration'", 'tls_problem'],
    ["IDX20807: Unable to retrieve document from: 'System.String'", 'tls_problem'],
    ["System.Net.Http.Headers.HttpResponseHeaders RequestMessage {Method: POST, RequestUri: '<request-uri>', Version: 1.1, Content: System.Net.Http.FormUrlEncodedContent, Headers: { Content-Type: application/x-www-form-urlencoded Content-Length: 970 }} System.Net.Http.HttpRequestMessage StatusCode UpgradeRequired This service requires use of the TLS-1.2 protocol", 'tls_problem'],
  ]);

  it('the inner exception that names the failure decides over the metadata code', () => {
    assert.equal(first("System.InvalidOperationException: IDX20803: Unable to obtain configuration from: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration'. ---> System.IO.IOException: IDX20804: Unable to retrieve document from: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration'. ---> System.Net.Http.HttpRequestException: No such host is known. (login.microsoftonline.com:443)"), 'network_blocked');
  });

  it("Microsoft's own sign-in error beside the metadata code decides", () => {
    assert.equal(first("IDX20803: Unable to obtain configuration from: '[PII is hidden]'. AADSTS1002016: You are using TLS version 1.0, 1.1 and/or 3DES cipher which are deprecated to improve the security posture of Azure AD"), 'tls_problem');
  });
});

describe('vocabulary (Entra support articles): the OpenID Connect nonce cookie is missing', () => {
  expectFirst([
    ["IDX21323: RequireNonce is '[PII is hidden by default. Set the 'ShowPII' flag in IdentityModelEventSource.cs to true to reveal it.]'. OpenIdConnectProtocolValidationContext.Nonce was null, OpenIdConnectProtocol.ValidatedIdToken.Payload.Nonce was not null. The nonce cannot be validated. If you do not need to check the nonce, set OpenIdConnectProtocolValidator.RequireNonce to false.", 'redirect_uri_mismatch'],
    ["IDX10311: RequireNonce is 'true' (default) but validationContext.Nonce is null. A nonce cannot be validated. If you do not need to check the nonce, set OpenIdConnectProtocolValidator.RequireNonce to false.", 'redirect_uri_mismatch'],
  ]);
});

describe('vocabulary (Entra support articles): IDX10501 token signature validation', () => {
  expectFirst([
    ["IDX10501: Signature validation failed. Unable to match 'kid'", 'wrong_scope_or_resource'],
  ]);
});

describe("vocabulary (Entra support articles): MSAL's token cache lost the account", () => {
  expectFirst([
    ['No account or login hint was passed to the AcquireTokenSilent', 'token_expired_or_invalid'],
    ['MsalUiRequiredException: No account or login hint was passed to the AcquireTokenSilent call.', 'token_expired_or_invalid'],
  ]);
});

describe("vocabulary (Entra support articles): CORS errors on Microsoft's sign-in page", () => {
  expectFirst([
    ["Access to XMLHttpRequest at 'https://login.microsoftonline.com/tenant_id/oauth2/v2.0/authorize?client_id=&redirect_uri=signin-oidc&response_type=id_token&scope=openid%20profile&response_mode=form_post&nonce=6370sdfj&state=sdfsdfds-sdfsdfsdf-sd-sdfsdf-T3qwNWW2jRHM&x-client-SKU=ID_NETSTANDARD2_0&x-client-ver=5.5.0.0' (redirected from 'xxx') from origin 'yyyy' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.", 'token_expired_or_invalid'],
    ['Failed to load https://login.windows.net/{GUID} (index):{GUID}/oauth2/autho…{GUID}&state=redir%3D%252F.auth%252Fme%253Fv%253D1518029528427: Redirect from ‘https://login.windows.net/…{GUID}&oauth2/autho…{GUID}&state=redir%3D%252F.auth%252Fme%253Fv%253D1518029528427′ to ‘https://login.microsoftonline.com/{GUID}/oaut…{GUID}&state=redir%3D%252F.auth%252Fme%253Fv%253D158029528427′ has been blocked by CORS policy: No ‘Access-Control-Allow-Origin’ header is present on the requested resource. Origin ‘{my-origin}’ is therefore not allowed access.', 'token_expired_or_invalid'],
  ]);

  it("a CORS error of the app's own server is not Microsoft's sign-in page", () => {
    assert.notEqual(first("Access to XMLHttpRequest at 'https://app.contoso.com/api/values' from origin 'https://www.contoso.com' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource."), 'token_expired_or_invalid');
  });
});

describe('vocabulary (Entra support articles): the Android redirect URI after publishing to Google Play', () => {
  expectFirst([
    ["The redirect URI in the configuration file doesn't match with the one generated with the package name and signature hash. Please verify the uri in the config file and your app registration in Azure portal.", 'redirect_uri_mismatch'],
  ]);
});

describe('vocabulary (Entra support articles): Microsoft Graph does not know the calling app', () => {
  expectFirst([
    ['The identity of the calling application could not be established', 'consent_missing'],
  ]);
});

describe("vocabulary (Entra support articles): an old WebView cannot show the MFA registration", () => {
  expectFirst([
    ['Your browser is not supported or up-to-date. Try updating it, or else download and install the latest version of Microsoft Edge.\nYou could also try to access https://aka.ms/mysecurityinfo from another device.', 'security_policy_blocks'],
  ]);
});
