/**
 * EWS client libraries' own messages (vocab-ews-clients.ts): exchangelib, the EWS Managed API, ews-java-api,
 * ews-javascript-api, php-ews (jamesiarmes, Garethp) — each as the library prints it. The libraries ship no translations;
 * German appears only in the .NET runtime's part of a Managed API message.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: EWS 401 and the credential type', () => {
  expectFirst([
    ['service.Credentials = new WebCredentials("user@contoso.com", "secret");\nMicrosoft.Exchange.WebServices.Data.ServiceRequestException: The request failed. The remote server returned an error: (401) Unauthorized.', 'basic_auth_used'],
    ['service.Credentials = new OAuthCredentials(token);\nMicrosoft.Exchange.WebServices.Data.ServiceRequestException: The request failed. The remote server returned an error: (401) Unauthorized.', 'wrong_scope_or_resource'],
    ["{ url: 'https://outlook.office365.com/EWS/Exchange.asmx', headers: { 'Content-Type': 'text/xml; charset=utf-8', Accept: 'text/xml', Authorization: 'Basic dXNlckBjb250b3NvLmNvbTpzZWNyZXQ=' }, type: 'POST' }\nError in calling service, error code:401", 'basic_auth_used'],
    ["credentials = OAuth2Credentials(client_id='8c5b1f2e', client_secret='…', tenant_id='contoso.onmicrosoft.com')\nexchangelib.errors.ErrorServerBusy: Caused by HTTP 401 response", 'wrong_scope_or_resource'],
  ]);
});

describe('vocabulary: exchangelib', () => {
  expectFirst([
    ['exchangelib.errors.ErrorServerBusy: Caused by HTTP 401 response', 'basic_auth_used'],
    ['exchangelib.errors.UnauthorizedError: Wrong username or password for https://outlook.office365.com/EWS/Exchange.asmx', 'basic_auth_used'],
    ['exchangelib.errors.RateLimitError: Max timeout reached (gave up after 36.031 seconds. URL https://outlook.office365.com/EWS/Exchange.asmx returned status code 401)', 'basic_auth_used'],
    ['exchangelib.errors.RateLimitError: Max timeout reached (gave up when asked to back off 3600.000 seconds)', 'throttled'],
    ['Server requested back off until 2024-03-05 10:38:40.300195. Sleeping 10.0 seconds', 'throttled'],
    ['exchangelib.errors.TransportError: Failed to get auth type from service', 'basic_auth_used'],
    ['exchangelib.errors.UnauthorizedError: No compatible auth type was reported by server', 'basic_auth_used'],
    ["ValueError: Auth type 'NTLM' was detected but no credentials were provided", 'not_authenticated'],
    ['exchangelib.errors.UnauthorizedError: The referenced account is currently locked out', 'security_policy_blocks'],
    ['exchangelib.errors.AutoDiscoverFailed: All steps in the autodiscover protocol failed for email user@contoso.com. If you think this is an error, consider doing an official test at https://testconnectivity.microsoft.com', 'network_blocked'],
    ["exchangelib.errors.TransportError: 'autodiscover.contoso.com' has no DNS entry", 'network_blocked'],
    ["exchangelib.util.ParseError: This is not XML: b'<html><head><title>Proxy error</title></head></html>'", 'unexpected_server_reply'],
    ['exchangelib.errors.SOAPError: Bad SOAP response: Start tag expected, \'<\' not found, line 1, column 1', 'unexpected_server_reply'],
    ["exchangelib.errors.MalformedResponseError: Unknown failure in response. Code: 403 headers: {'Content-Length': '0'} content: ", 'mailbox_permission_missing'],
    ["exchangelib.errors.MalformedResponseError: Unknown failure in response. Code: 404 headers: {'Content-Type': 'text/html'} content: <html>", 'unexpected_server_reply'],
    ['exchangelib.errors.ErrorTimeoutExpired: Reraised from ConnectionError(MaxRetryError("HTTPSConnectionPool(host=\'outlook.office365.com\', port=443): Max retries exceeded"))', 'network_blocked'],
  ]);

  it('an EWS response code exchangelib raises decides over its transport words', () => {
    assert.equal(first('exchangelib.errors.ErrorNonExistentMailbox: Mailbox does not exist.'), 'imap_disabled_or_not_connected');
    assert.equal(first('exchangelib.errors.ErrorImpersonateUserDenied: The account does not have permission to impersonate the requested user.'), 'mailbox_permission_missing');
  });
});

describe('vocabulary: EWS Managed API, ews-java-api, ews-javascript-api', () => {
  expectFirst([
    ['Microsoft.Exchange.WebServices.Data.ServiceRequestException: The request failed. The remote server returned an error: (401) Unauthorized.', 'basic_auth_used'],
    ['Microsoft.Exchange.WebServices.Data.ServiceRequestException: The request failed. Der Remoteserver hat einen Fehler zurückgegeben: (401) Nicht autorisiert.', 'basic_auth_used'],
    ['microsoft.exchange.webservices.data.core.exception.service.remote.ServiceRequestException: The request failed. The request failed. The remote server returned an error: (401)Unauthorized', 'basic_auth_used'],
    // The account's or app's right on the mailbox first (EWS_403: the development threads' fixes).
    ['Microsoft.Exchange.WebServices.Data.ServiceRequestException: The request failed. The remote server returned an error: (403) Forbidden.', 'mailbox_permission_missing'],
    ['microsoft.exchange.webservices.data.core.exception.service.remote.ServiceRequestException: The request failed. The request failed. The remote server returned an error: (503)Service Unavailable', 'throttled'],
    ['Microsoft.Exchange.WebServices.Data.ServiceRequestException: The request failed. Unable to connect to the remote server', 'network_blocked'],
    ['Microsoft.Exchange.WebServices.Data.ServerBusyException: The server cannot service this request right now. Try again later.', 'throttled'],
    ["Microsoft.Exchange.WebServices.Data.AutodiscoverLocalException: The Autodiscover service couldn't be located.", 'network_blocked'],
    ["Microsoft.Exchange.WebServices.Data.ServiceRequestException: The response received from the service didn't contain valid XML.", 'unexpected_server_reply'],
    ['Microsoft.Exchange.WebServices.Data.ServiceLocalException: Credentials are required to make a service request.', 'not_authenticated'],
    ['System.ArgumentException: The token auth scheme should be bearer.', 'token_expired_or_invalid'],
    ['Microsoft.Exchange.WebServices.Data.AccountIsLockedException: This account is locked. Visit https://account.live.com/ to unlock it.', 'security_policy_blocks'],
    ["SoapFaultDetails { message: '401 Unauthorized', InnerException: null, faultCode: null, faultString: null, faultActor: null, responseCode: 127, errorCode: 0, HttpStatusCode: 401 }", 'basic_auth_used'],
    ['Error in calling service, error code:401', 'basic_auth_used'],
  ]);

  it('the EWS code or Exchange text after "The request failed." decides', () => {
    assert.equal(first('Microsoft.Exchange.WebServices.Data.ServiceRequestException: The request failed. The remote server returned an error: (401) Unauthorized.\nx-ms-diagnostics: 2000003;reason="The audience claim value is invalid for current resource. Audience claim is \'https://graph.microsoft.com\', request url is \'https://outlook.office365.com/EWS/Exchange.asmx\' and resource type is \'Exchange\'.";error_category="invalid_resource"'), 'wrong_scope_or_resource');
    assert.equal(first('Microsoft.Exchange.WebServices.Data.ServiceResponseException: The account does not have permission to impersonate the requested user.'), 'mailbox_permission_missing');
    assert.equal(first('Microsoft.Exchange.WebServices.Data.ServiceRequestException: The request failed. Mailbox does not exist. ErrorNonExistentMailbox'), 'imap_disabled_or_not_connected');
  });
});

describe('vocabulary: php-ews (jamesiarmes, Garethp)', () => {
  expectFirst([
    ['Exception: SOAP client returned status of 401.\nRuntimeException: Autodiscovery failed.', 'basic_auth_used'],
    ["Fatal error: Uncaught exception 'EWS_Exception' with message 'SOAP client returned status of 401' in /php-ews-master/ExchangeWebServices.php:1221", 'basic_auth_used'],
    ['Exception: SOAP client returned status of 403.', 'imap_disabled_or_not_connected'],
    ['Fatal error: Uncaught garethp\\ews\\API\\Exception\\UnauthorizedException in /var/www/vendor/garethp/php-ews/src/API/ExchangeWebServices.php:518', 'basic_auth_used'],
    ['Fatal error: Uncaught garethp\\ews\\API\\Exception\\ServiceUnavailableException in /var/www/vendor/garethp/php-ews/src/API/ExchangeWebServices.php:522', 'throttled'],
    ['RuntimeException: Autodiscovery failed.', 'network_blocked'],
    ['Fatal error: Uncaught SoapFault exception: [Client] looks like we got no XML document in /var/www/html/ExchangeWebServices.php:327', 'unexpected_server_reply'],
    ['RuntimeException: Curl error: Could not resolve host: outlook.office365.com', 'network_blocked'],
    ['BadMethodCallException: A username and password is required.', 'not_authenticated'],
  ]);

  it('the EWS message text in Garethp\'s ExchangeException decides', () => {
    assert.equal(first('garethp\\ews\\API\\Exception\\ExchangeException: The account does not have permission to impersonate the requested user.'), 'mailbox_permission_missing');
  });
});
