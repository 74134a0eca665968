/**
 * What vocab-soar-integrations.ts reads: Cortex XSOAR's Microsoft API module, O365 Outlook Mail (Graph), HTTP client,
 * EWS O365 / EWS v2 and Mail Listener v2; Splunk SOAR's SMTP, IMAP, MS Graph for Office 365 / Microsoft 365 and EWS for
 * Office 365 apps; Shuffle's email and Outlook-Exchange apps — each message as the product prints it (English only: none
 * of them translates these texts), and Microsoft's own reply after the product's sentence deciding.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: Cortex XSOAR Microsoft API module and O365 Outlook Mail (Graph)', () => {
  expectFirst([
    ['Error in Microsoft authorization. Status: 400, body: invalid_grant. \n', 'token_expired_or_invalid'],
    ['Error in Microsoft authorization: HTTPSConnectionPool(host=\'login.microsoftonline.com\', port=443): Max retries exceeded with url: /contoso.onmicrosoft.com/oauth2/v2.0/token', 'network_blocked'],
    ['Error in Microsoft authorization: Incorrect padding Please check authentication related parameters.', 'bad_client_secret'],
    ['Error in Microsoft authorization with Azure Managed Identities: Identity not found', 'wrong_tenant_or_app'],
    ['invalid_grant. \nThe refresh token has expired due to inactivity.\nYou can run the ***msgraph-mail-auth-reset*** command to reset the authentication process.', 'token_expired_or_invalid'],
    ['Malformed auth_code parameter: Please copy the auth code from the redirected uri without any additional info and without the "session_state" query parameter.', 'token_expired_or_invalid'],
    ['There was a problem in retrieving an updated access token.\nThe response from the Oproxy server did not contain the expected content.', 'network_blocked'],
    ['Rate limit reached, rerunning the command in 1 min', 'throttled'],
    ['Rate limit reached on retry - 429 Response', 'throttled'],
    ['Please make sure you entered the Authorization configuration correctly. Missing:client_id,tenant_id', 'wrong_tenant_or_app'],
    ['Key must be provided. For further information see https://xsoar.pan.dev/docs/reference/articles/microsoft-integrations---authentication', 'bad_client_secret'],
    ['Key or Certificate Thumbprint and Private Key must be provided.', 'bad_client_secret'],
  ]);

  it('Microsoft\'s AADSTS message after the module\'s sentence decides', () => {
    assert.equal(first('Error in Microsoft authorization. Status: 401, body: invalid_client. \nAADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app \'8c5b1f2e-0000-4a1b-9c1d-123456789abc\'.'), 'bad_client_secret');
    assert.equal(first('Error in Microsoft authorization. Status: 400, body: unauthorized_client. \nAADSTS700016: Application with identifier \'8c5b1f2e-0000-4a1b-9c1d-123456789abc\' was not found in the directory \'Contoso\'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.'), 'wrong_tenant_or_app');
  });
});

describe('vocabulary: Cortex XSOAR HTTP client (CommonServerPython BaseClient)', () => {
  expectFirst([
    ['Error in API call [429] - Too Many Requests\n{"error": {"code": "ApplicationThrottled", "message": "Application is over its MailboxConcurrency limit."}}', 'throttled'],
    ['Error in API call [403] - Forbidden\n', 'consent_missing'],
    ['SSL Certificate Verification Failed - try selecting \'Trust any certificate\' checkbox in the integration configuration.', 'tls_problem'],
    ['Proxy Error - if the \'Use system proxy\' checkbox in the integration configuration is selected, try clearing the checkbox.', 'network_blocked'],
    ['Connection Timeout Error - potential reasons might be that the Server URL parameter is incorrect or that the Server is not accessible from your host.', 'network_blocked'],
    ['\nError Type: <requests.exceptions.ConnectionError>\nError Number: [None]\nMessage: None\nVerify that the server URL parameter is correct and that you have access to the server from your host.', 'network_blocked'],
  ]);

  it('Graph\'s error code in the JSON after the status decides', () => {
    assert.equal(first('Error in API call [403] - Forbidden\n{"error": {"code": "ErrorAccessDenied", "message": "Access to OData is disabled."}}'), 'mailbox_permission_missing');
    assert.equal(first('Error in API call [401] - Unauthorized\n{"error": {"code": "InvalidAuthenticationToken", "message": "Lifetime validation failed, the token is expired."}}'), 'token_expired_or_invalid');
  });
});

describe('vocabulary: Cortex XSOAR EWS O365, EWS v2 and Mail Listener v2', () => {
  expectFirst([
    ['Office365 is undergoing load balancing operations. As a result, the service is temporarily unavailable. Please retry the instance configuration test.', 'throttled'],
    ['Success to authenticate, but user has no permissions to read from the mailbox. Need to delegate the user permissions to the mailbox - please read integration documentation and follow the instructions', 'mailbox_permission_missing'],
    ['Success to authenticate, but user probably has no permissions to read from the specific folder.Check user permissions. You can try !ews-find-folders command to get all the folders structure that the user has permissions to', 'mailbox_permission_missing'],
    ['Got unauthorized from the server. Check credentials are correct and authentication method are supported. ', 'basic_auth_used'],
    ['Got timeout from the server. Probably the server is not reachable with the current settings. Check proxy parameter. If you are using server URL - change to server IP address. ', 'network_blocked'],
    ['Certificate verification failed - This error may happen if the server certificate cannot be validated or as a result of a proxy that is doing SSL/TLS termination. It is possible to bypass certificate validation by checking \'Trust any certificate\' in the instance settings.', 'tls_problem'],
    ['Could not connect to the server.\nAdditional information: HTTPSConnectionPool(host=\'outlook.office365.com\', port=443): Max retries exceeded', 'network_blocked'],
    ['Got invalid response from the server.\nVerify that the Hostname or IP address is is correct.', 'unexpected_server_reply'],
    ['Auto discovery failed. Check credentials or configure manually', 'basic_auth_used'],
    ['Failed to execute test-module command. Error: ', 'imap_auth_failed_generic'],
  ]);

  it('the IMAP server\'s reply after Mail Listener\'s sentence decides', () => {
    assert.equal(first('Failed to execute test-module command. Error: b\'AUTHENTICATE failed.\''), first('b\'AUTHENTICATE failed.\''));
  });
});

describe('vocabulary: Splunk SOAR SMTP and IMAP apps', () => {
  expectFirst([
    ['Connection to server failed. Error Message: [Errno 111] Connection refused', 'network_blocked'],
    ['Connection to server failed.\r\nPossible misconfiguration. The current SSL configuration value requires the server to speak SSL from the beginning of the connection. Please try without specifying the port. Error Text: Error Message: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1129)', 'tls_problem'],
    ['Connection to server failed.\r\nPossible misconfiguration. The current SSL configuration value requires the server to support the startTLS command issued after a connection is made. Please try without specifying the port. Error Text:Error Message: Connection unexpectedly closed', 'tls_problem'],
    ['Logging in error, response_code: 504 response: b\'5.7.4 Unrecognized authentication type\'', 'smtp_auth_failed_generic'],
    ['A username must be specified to run test connectivity using OAuth. Please check your asset configuration.', 'not_authenticated'],
    ['Email send failed. Error Message: ', 'smtp_auth_failed_generic'],
    ['Test Connectivity Failed for OAuth authentication', 'smtp_auth_failed_generic'],
    ['Unable to get refresh token. Please run Test Connectivity again.', 'not_authenticated'],
    ['Unable to get access token. Has Test Connectivity been run?', 'not_authenticated'],
    ['Client ID has been changed. Please run Test Connectivity again.', 'token_expired_or_invalid'],
    ['Invalid refresh token. Please run the test connectivity again.', 'token_expired_or_invalid'],
    ['Error retrieving OAuth token', 'user_cancelled_or_consent_declined'],
    ['Timed out waiting for login', 'redirect_uri_mismatch'],
    ['Error retrieving OAuth Token: 401 Client Error: Unauthorized for url: https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token', 'bad_client_secret'],
    ['ERROR: The token present in the state file is corrupted. Deleting the token. Please test the connectivity to generate a new token', 'token_expired_or_invalid'],
    ['Error connecting to server. Details: Error Code: -2. Error Message: Name or service not known', 'network_blocked'],
    ['Error logging in to server. Details: Error Message: ', 'imap_auth_failed_generic'],
    ['Failed to establish STARTTLS before login: Error Message: STARTTLS extension not supported by server.', 'tls_problem'],
  ]);

  it('Exchange\'s SMTP or IMAP reply after the app\'s sentence decides', () => {
    assert.equal(first('Connection to server failed. Error Code: 535. Error Message: b\'5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [FR0P281CA0001.DEUP281.PROD.OUTLOOK.COM]\''), 'smtp_auth_disabled_tenant');
    assert.equal(first('Test Connectivity failed for Basic authentication. Connection to server failed. Error Code: 535. Error Message: b\'5.7.139 Authentication unsuccessful, basic authentication is disabled. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]\''), 'basic_auth_used');
    assert.equal(first('Error logging in to server. Details: Error Message: b\'AUTHENTICATE failed.\''), first('b\'AUTHENTICATE failed.\''));
  });
});

describe('vocabulary: Splunk SOAR MS Graph for Office 365, Microsoft 365 and EWS for Office 365', () => {
  expectFirst([
    ['Admin Consent declined. Please close this window and try again later.', 'user_cancelled_or_consent_declined'],
    ['Admin Consent not received or not given', 'consent_missing'],
    ['Authorization code not received or not given', 'user_cancelled_or_consent_declined'],
    ['Authentication process does not seem to be completed. Timing out', 'redirect_uri_mismatch'],
    ['Admin consent timed out after 300 seconds. Please ensure you complete the consent process in your browser.', 'redirect_uri_mismatch'],
    ['Server returned Error: access_denied', 'user_cancelled_or_consent_declined'],
    ['Certificate Based Authorization requires Admin Consent to be Provided', 'consent_missing'],
    ['OAuth Authentication requires Client Secret', 'bad_client_secret'],
    ['Certificate Based Authentication requires both Certificate Thumbprint and Certificate Private Key', 'bad_client_secret'],
    ['ERROR: client_id and client_secret are required parameters for OAuth Authentication, please specify them', 'bad_client_secret'],
    ['Error occurred while parsing the private key, is it in .PEM format?', 'bad_client_secret'],
    ['Please provide scope for non-admin access in the asset configuration for OAuth authentication', 'wrong_scope_or_resource'],
    ['Found unexpected value of access token. Please run the test connectivity to generate a new token', 'token_expired_or_invalid'],
    ['Please run test connectivity first to complete authorization flow and generate a token that the app can use to make calls to the server ', 'not_authenticated'],
    ['API to fetch details of all the users failed', 'consent_missing'],
    ['Error: Status Code: 429 Data from server: ApplicationThrottled. Application is over its MailboxConcurrency limit.', 'throttled'],
    ['Call failed with HTTP Code: 401. Reason: Unauthorized. . Toggling the impersonation configuration on the asset might help, or login user does not have privileges to the mailbox. Please check the asset configuration parameters', 'mailbox_permission_missing'],
    ['Did not find domain in response. Cannot continue', 'wrong_tenant_or_app'],
  ]);

  it('Microsoft\'s reply after the app\'s sentence decides', () => {
    assert.equal(first('Server returned Error: access_denied Details: AADSTS65004: User declined to consent to access the app.'), 'user_cancelled_or_consent_declined');
    assert.equal(first('Server returned Error: invalid_request Details: AADSTS50011: The redirect URI \'https://soar.contoso.com/rest/handler/msgraphforoffice365_0a0a1233-e39d-4a4b-8ff5-eb9d3e8f7c2d/m365/result\' specified in the request does not match the redirect URIs configured for the application \'8c5b1f2e-0000-4a1b-9c1d-123456789abc\'.'), 'redirect_uri_mismatch');
    assert.equal(first('An error occurred. Error: invalid_client, description: AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.'), 'bad_client_secret');
    assert.equal(first('Error: Status Code: 403 Data from server: Authorization_RequestDenied. Insufficient privileges to complete the operation.'), first('Authorization_RequestDenied. Insufficient privileges to complete the operation.'));
  });
});

describe('vocabulary: Shuffle email and Outlook-Exchange apps', () => {
  expectFirst([
    ['Use the Outlook Office365 app to connect to Office365. Basic auth is deprecated.', 'basic_auth_used'],
    ['Can\'t connect to Exchange server: ', 'network_blocked'],
    ['Can\'t connect to IMAP server outlook.office365.com: [Errno -3] Temporary failure in name resolution', 'network_blocked'],
    ['Failed to log into helpdesk@contoso.com: b\'\'', 'imap_auth_failed_generic'],
    ['Bad username or password: (535, b\'\')', 'smtp_auth_failed_generic'],
    ['Bad SMTP host or port: [Errno -2] Name or service not known', 'network_blocked'],
  ]);

  it('the server\'s reply after Shuffle\'s reason decides', () => {
    assert.equal(first('Bad username or password: (535, b\'5.7.139 Authentication unsuccessful, basic authentication is disabled. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]\')'), 'basic_auth_used');
    assert.equal(first('Failed to log into helpdesk@contoso.com: b\'LOGIN failed.\''), first('b\'LOGIN failed.\''));
  });
});
