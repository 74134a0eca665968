/**
 * What vocab-security-archiving.ts reads: parsedmarc and mailsuite, ThePhish, MailStore Server's directory synchronisation,
 * MailArchiva's IMAP journal account, piler's IMAP import and laravel-msgraph-mail — each message as the product prints it
 * (English only: none of them translates these texts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

const GRAPH_LINE = (stage: string, method: string) =>
  `   ERROR:cli.py:2935:Microsoft Graph ${stage} failed (mailbox=dmarc@contoso.com, tenant_id=8c5b1f2e-0000-4a1b-9c1d-123456789abc, auth_method=${method}): `;

describe('vocabulary: parsedmarc (Microsoft Graph mailbox) and mailsuite', () => {
  expectFirst([
    [`${GRAPH_LINE('message send', 'DeviceCode')}APIError status=403: Access is denied. Check credentials and try again. (request-id=0f1e2d3c-0000-4a1b-9c1d-123456789abc)`, 'wrong_scope_or_resource'],
    [`${GRAPH_LINE('mailbox fetch', 'ClientSecret')}APIError status=403: Access is denied. Check credentials and try again.`, 'consent_missing'],
    [`${GRAPH_LINE('mailbox fetch', 'DeviceCode')}ClientAuthenticationError: DeviceCodeCredential.get_token failed`, 'token_expired_or_invalid'],
    [`${GRAPH_LINE('watch', 'DeviceCode')}AuthenticationRequiredError: Interactive authentication is required to get a token. Call 'authenticate' to begin.`, 'token_expired_or_invalid'],
    [`${GRAPH_LINE('mailbox fetch', 'ClientSecret')}APIError status=401: `, 'token_expired_or_invalid'],
    [`${GRAPH_LINE('watch', 'Certificate')}APIError status=429: `, 'throttled'],
    [`${GRAPH_LINE('connection', 'ClientSecret')}ClientAuthenticationError: Authentication failed`, 'bad_client_secret'],
    [`${GRAPH_LINE('connection', 'ClientSecret')}ConnectError: [Errno -3] Temporary failure in name resolution`, 'network_blocked'],
    ['parsedmarc.cli.ConfigurationError: client_secret setting missing from the msgraph config section', 'bad_client_secret'],
    ['ConfigurationError: tenant_id setting missing from the msgraph config section', 'wrong_tenant_or_app'],
    ['ConfigurationError: password setting missing from the msgraph config section', 'not_authenticated'],
    ['   ERROR:cli.py:2843:IMAP user and password must be specified if host is specified', 'not_authenticated'],
    ['RuntimeError: Failed to list folders: \n        APIError\n        Code: 403\n        message: None', 'consent_missing'],
    ['   ERROR:cli.py:969:Mailbox Error: \'value\'', 'consent_missing'],
    ['  File "/opt/parsedmarc/venv/lib/python3.10/site-packages/parsedmarc/mail/graph.py", line 215, in _find_folder_id_with_parent\n    folders = folders_resp.json()[\'value\']\nKeyError: \'value\'', 'consent_missing'],
    ['ValueError: username is required when authenticating with OAuth2', 'not_authenticated'],
    ['ValueError: either password or an OAuth2 token / token_provider must be provided', 'not_authenticated'],
    ['WARNING:smtp.py:157:SMTP server does not support STARTTLS. Proceeding in plain text!', 'tls_problem'],
  ]);

  it('Microsoft\'s AADSTS message and Graph\'s error code after parsedmarc\'s line decide', () => {
    assert.equal(first(`${GRAPH_LINE('connection', 'ClientSecret')}ClientAuthenticationError: Authentication failed: AADSTS700016: Application with identifier '8c5b1f2e-0000-4a1b-9c1d-123456789abc' was not found in the directory 'Contoso'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`), 'wrong_tenant_or_app');
    assert.equal(first(`${GRAPH_LINE('message send', 'UsernamePassword')}ClientAuthenticationError: Authentication failed: AADSTS50126: Error validating credentials due to invalid username or password.`), first('AADSTS50126: Error validating credentials due to invalid username or password.'));
    assert.equal(first("RuntimeError: Failed to fetch messages {\"error\":{\"code\":\"ErrorAccessDenied\",\"message\":\"Access is denied. Check credentials and try again.\"}}"), 'consent_missing');
  });
});

describe('vocabulary: ThePhish, MailStore Server, MailArchiva, piler', () => {
  expectFirst([
    ['[ERROR]: Error while trying to connect to IMAP server', 'imap_auth_failed_generic'],
    ['MailStore Server was unable to retrieve a list of users from Directory Services.', 'bad_client_secret'],
    ['MailStore Server was unable to retrieve a list of users from Directory Services. Requesting Microsoft Graph API token failed: ', 'bad_client_secret'],
    ['Connection Microsoft 365 Journal is either not enabled or no longer exists', 'not_authenticated'],
    ['login failed, server reponse: ', 'imap_auth_failed_generic'],
  ]);

  it('the IMAP server\'s reply or the AADSTS message behind the product\'s sentence decides', () => {
    assert.equal(first('Error while trying to connect to IMAP server: Traceback (most recent call last):\n  File "/root/thephish/app/list_emails.py", line 21, in connect_to_IMAP_server\n    connection.login(config[\'imapUser\'], config[\'imapPassword\'])\nimaplib.IMAP4.error: b\'LOGIN failed.\''), 'basic_auth_used');
    assert.equal(first('MailStore Server was unable to retrieve a list of users from Directory Services. Requesting Microsoft Graph API token failed: AADSTS700016: Application with identifier \'8c5b1f2e-0000-4a1b-9c1d-123456789abc\' was not found in the directory \'Contoso\'.'), 'wrong_tenant_or_app');
    assert.equal(first('login failed, server reponse: A1 NO LOGIN failed.'), 'basic_auth_used');
  });
});

describe('vocabulary: laravel-msgraph-mail (Laravel\'s microsoft-graph mail transport)', () => {
  expectFirst([
    ['InnoGE\\LaravelMsGraphMail\\Exceptions\\ConfigurationMissing: Configuration key tenant_id for microsoft-graph mailer is missing.', 'wrong_tenant_or_app'],
    ['Configuration key client_id for microsoft-graph mailer has invalid value: \'\'.', 'wrong_tenant_or_app'],
    ['Configuration key client_secret for microsoft-graph mailer is missing.', 'bad_client_secret'],
    ['Configuration key client_certificate.private_key for microsoft-graph mailer has invalid value: \'not a readable private key (wrong passphrase or malformed PEM)\'.', 'bad_client_secret'],
    ['InnoGE\\LaravelMsGraphMail\\Exceptions\\InvalidResponse: Expected response to contain key access_token of type string, got: NULL.', 'unexpected_server_reply'],
    ['Sending this message requires the Mail.ReadWrite application permission: its attachments exceed the Microsoft Graph sendMail size limit, so the message must be created as a draft and the attachments uploaded in chunks. Grant the Mail.ReadWrite application permission (plus admin consent) to the Azure app registration, or reduce the attachment size.', 'consent_missing'],
  ]);
});
