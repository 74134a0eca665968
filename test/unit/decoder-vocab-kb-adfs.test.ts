/**
 * Federated sign-in to Microsoft 365 as Microsoft's own articles quote it (vocab-kb-adfs.ts): the AD FS pages, the sign-in
 * page's federation codes, AD FS codes and events, claim rules that block Exchange's legacy clients, the AD FS endpoint
 * unreachable, the Remote Connectivity Analyzer's single sign-on test, and the pass-through authentication agent. German
 * rows only where Microsoft's German page quotes the AD FS text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

const ADFS_ERROR_PAGE = [
  'An error occurred',
  'An error occurred. Contact your administrator for more information.',
  'Error details',
  '- Activity ID: 00000000-0000-0000-c32d-00800000005e',
  '- Relying party: Microsoft Office 365 Identity Platform',
  '- Error time: Mon, 01 Dec 2025 10:00:00 GMT',
  '- Cookie: enabled',
  '- User agent string: Mozilla/5.0 (Windows NT 6.3;WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/38.0.2125.111 Safari/537.36',
].join('\n');

const SORRY = "Sorry, but we're having trouble signing you in\nPlease try again in a few minutes. If this doesn't work, you might want to contact your admin and report the following error:\n";

describe('vocabulary (support articles): AD FS pages', () => {
  expectFirst([
    [ADFS_ERROR_PAGE, 'security_policy_blocks'],
    ['There was a problem accessing the site. Try to browse to the site again.\nIf the problem persists, contact the administrator of this site and provide the reference number to identify the problem.\nReference number: 1a2b3c4d-0000-0000-0000-000000000000', 'wrong_tenant_or_app'],
    ['Problem beim Zugriff auf die Website. Versuchen Sie, erneut auf die Website zu wechseln.', 'wrong_tenant_or_app'],
    ['Your organization could not sign you in to this service.', 'wrong_tenant_or_app'],
    ['Sie konnten von Ihrer Organisation nicht bei diesem Dienst angemeldet werden.', 'wrong_tenant_or_app'],
  ]);

  it('an MSIS code on the AD FS error page decides over the page', () => {
    assert.equal(first(ADFS_ERROR_PAGE.replace('- Cookie: enabled', "- Error details: MSIS7042: The same client browser session has made '6' requests in the last '13' seconds. Contact your administrator for details.")), 'wrong_tenant_or_app');
  });

  it('an AADSTS code after the page decides', () => {
    assert.equal(first(`${ADFS_ERROR_PAGE}\nAADSTS50126: Error validating credentials due to invalid username or password.`), 'not_authenticated');
  });
});

describe('vocabulary (support articles): Microsoft 365 sign-in page codes for federated users', () => {
  expectFirst([
    [`${SORRY}80041317`, 'wrong_tenant_or_app'],
    [`${SORRY}80043431`, 'wrong_tenant_or_app'],
    [`${SORRY}80048163`, 'wrong_tenant_or_app'],
    [`${SORRY}8004786C`, 'wrong_tenant_or_app'],
    ['HR=80041034', 'wrong_tenant_or_app'],
  ]);

  it('a bare eight-digit number is not taken for a sign-in code', () => {
    assert.deepEqual(decode('Ticket 80041317 closed').causes, []);
  });
});

describe('vocabulary (support articles): AD FS codes and events', () => {
  expectFirst([
    ["MSIS7042: The same client browser session has made '6' requests in the last '13' seconds. Contact your administrator for details.", 'wrong_tenant_or_app'],
    ['<s:Subcode><s:Value xmlns:a="http://schemas.xmlsoap.org/ws/2005/02/trust">a:FailedAuthentication</s:Value></s:Subcode></s:Code><s:Reason><s:Text xml:lang="en-US">MSIS7068: Access denied.</s:Text>', 'basic_auth_used'],
    ["We can't sign you into your company portal because something on the server isn't configured correctly.", 'basic_auth_used'],
    ['AuthStatusFromHresult: 0x800488ff->ADFS Non retryable ADFS config error. Notify admin to check configuration in ADFS', 'basic_auth_used'],
    ["The Federation Service encountered an error while processing the WS-Trust request.\nRequest type: http://schemas.xmlsoap.org/ws/2005/02/trust/RST/Issue\nException details:\nMicrosoft.IdentityModel.SecurityTokenService.FailedAuthenticationException: MSIS3019: Authentication failed. ---> System.IdentityModel.Tokens.SecurityTokenValidationException: ID4063: LogonUser failed for the 'user1' user. Ensure that the user has a valid Windows account. ---> System.ComponentModel.Win32Exception: Logon failure: unknown user name or bad password", 'not_authenticated'],
    ['Not Authorized-HTTP error 401. The requested resource requires user authentication.', 'not_authenticated'],
    ['The Federation Service encountered an error while processing the WS-Trust request.', 'not_authenticated'],
    ['The federation server proxy could not renew its trust with the Federation Service.', 'network_blocked'],
    ['Event ID 325\nThe Federation Service could not authorize token issuance for the caller.', 'security_policy_blocks'],
    ['The following user account has been locked out due to too many bad password attempts.\nActivity ID: 00000000-0000-0000-0000-000000000000\nUser: CONTOSO\\kate\nClient IP: 40.97.1.1\nBad Password Count: 15', 'security_policy_blocks'],
  ]);
});

describe('vocabulary (support articles): AD FS claim rules against Exchange legacy clients', () => {
  expectFirst([
    ['[01/12/2025 10:00:00] "POST /microsoftonline/ws-username HTTP/1.1" 403 ... "Microsoft.Exchange.Imap"', 'security_policy_blocks'],
    ['[01/12/2025 10:00:00] "POST /microsoftonline/ws-username HTTP/1.1" 403 ... "Microsoft.Exchange.Pop"', 'security_policy_blocks'],
    ['exists([Type == "http://schemas.microsoft.com/2012/01/requestcontext/claims/x-ms-client-application", Value == "Microsoft.Exchange.PopImap"])', 'security_policy_blocks'],
  ]);
});

describe('vocabulary (support articles): AD FS endpoint unreachable, its certificates', () => {
  expectFirst([
    ['Internet Explorer cannot display the webpage.\nhttps://sts.domain.tld/adfs/ls/auth/integrated/?wa=wsignin1.0&wtrealm=uri:WindowsLiveID', 'network_blocked'],
    ['https://sts.contoso.com/adfs/ls/?wa=wsignin1.0 — This page cannot be displayed.', 'network_blocked'],
    ['One of your on-premises Federation Service certificates is expiring. Failure to renew the certificate and update trust properties within 13 days will result in a loss of access to all Office 365 services for all users.', 'wrong_tenant_or_app'],
  ]);

  it('"cannot display the webpage" without an AD FS address stays unrecognized by these rules', () => {
    assert.ok(!decode('Internet Explorer cannot display the webpage.').causes.some((c) => c.category === 'network_blocked' && c.confidence >= 0.65));
  });
});

describe('vocabulary (support articles): Remote Connectivity Analyzer single sign-on test', () => {
  expectFirst([
    ['Analyzing the domain registration received for user. An error was found in the domain registration.', 'wrong_tenant_or_app'],
    ["Retrieving AD FS metadata information from metadata exchange URL https://fed.contoso.com/adfs/services/trust/mex. ExRCA couldn't retrieve AD FS metadata.", 'network_blocked'],
    ['Validating the certificate name. Certificate name validation failed.', 'tls_problem'],
    ['Certificate Trust is being verified. Certificate trust validation failed.', 'tls_problem'],
    ['ExRCA is attempting to authenticate to the security token service at https://sts.contoso.com/adfs/services/trust/2005/usernamemixed. A SOAP fault response was received from the Security Token service. A web exception occurred because an HTTP 503 - Service Unavailable response was received from Unknown.', 'wrong_tenant_or_app'],
  ]);
});

describe('vocabulary (support articles): pass-through authentication agent', () => {
  expectFirst([
    ["AzureADConnectAuthenticationAgentService.exe Error: 0 : Passthrough Authentication request failed. RequestId: 'df63f4a4-68b9-44ae-8d81-6ad2d844d84e'. Reason: '1326'.", 'not_authenticated'],
    ["AzureADConnectAuthenticationAgentService.exe Error: 0 : Passthrough Authentication request failed. RequestId: 'df63f4a4-68b9-44ae-8d81-6ad2d844d84e'. Reason: '1328'.", 'security_policy_blocks'],
    ["Passthrough Authentication request failed. RequestId: 'df63f4a4-68b9-44ae-8d81-6ad2d844d84e'. Reason: '1909'.", 'security_policy_blocks'],
    ["Passthrough Authentication request failed. RequestId: 'df63f4a4-68b9-44ae-8d81-6ad2d844d84e'. Reason: '1317'.", 'not_authenticated'],
  ]);
});
