/**
 * Messages read from the thirteenth and seventeenth spent set-asides' sources (decoder-corpus-spent13, -spent17): a client
 * that finds no AUTH at a domain's MX endpoint (<domain>.mail.protection.outlook.com: Direct Send and relay only), Outlook.com's
 * IMAP "Account does not have a valid mailbox", EWS's ErrorNoRespondingCASInDestinationSite, an EWS 401 beside an MSAL token
 * call, ActiveSync's command-frequency throttling, and Exchange's audience error with the value in doubled quotes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const causes = (text: string) => decode(text).causes.map((c) => c.category);
const first = (text: string) => causes(text)[0];

describe("no AUTH offered by a domain's MX endpoint → the wrong host for signing in", () => {
  expectFirst([
    ['<< 250-contoso-com.mail.protection.outlook.com Hello [203.0.113.5]\n<< 250-STARTTLS\n<< 250 SMTPUTF8\nSMTP: No compatible authentication mechanism was found', 'unexpected_server_reply'],
    ['Connected to contoso-de.mail.protection.outlook.com:25. 5.7.0 AUTH command is not supported', 'unexpected_server_reply'],
  ]);

  it('the same words from smtp.office365.com stay a TLS reading (AUTH comes after STARTTLS)', () => {
    assert.equal(first('Connected to smtp.office365.com:587\nSMTP: No compatible authentication mechanism was found'), 'tls_problem');
  });
});

describe("Outlook.com's 'Account does not have a valid mailbox' → the account has no mailbox to open", () => {
  it('outranks the client wrapper that says it could not connect', () => {
    const text = '2 NO [AUTHORIZATIONFAILED] Account does not have a valid mailbox. Login to your account via a web browser.\nCould not connect to host [imap-mail.outlook.com:993:1:2] with error: Error Domain=MCOErrorDomain Code=5 "Unable to authenticate with the current session\'s credentials."';
    assert.equal(first(text), 'imap_disabled_or_not_connected');
    assert.ok(!causes(text).includes('network_blocked'), causes(text).join(', '));
  });
});

describe('EWS reaching no server of the mailbox → the request names no mailbox to act for', () => {
  expectFirst([
    ['microsoft.exchange.webservices.data.ServiceResponseException: Exchange Web Services are not currently available for this request because none of the Client Access Servers in the destination site could process the request.', 'mailbox_permission_missing'],
    ["exchangelib.errors.ErrorNoRespondingCASInDestinationSite: Exchange Web Services are not currently available for this request", 'mailbox_permission_missing'],
  ]);
});

describe("an EWS 401 beside an MSAL token call → the token, not a password", () => {
  it('AcquireTokenSilent / acquire_token_for_client in view', () => {
    assert.equal(first('Token from AcquireTokenSilent(), then: Error: The request failed. The remote server returned an error: (401) Unauthorized'), 'wrong_scope_or_resource');
    assert.equal(first('result = app.acquire_token_for_client(scopes)\n...\nThe request failed. The remote server returned an error: (401) Unauthorized.'), 'wrong_scope_or_resource');
  });

  it('without any credential type in view the password stays the likelier reading', () => {
    assert.equal(first('Exception calling "Bind" with "3" argument(s): "The request failed. The remote server returned an error: (401) Unauthorized."'), 'basic_auth_used');
  });
});

describe("ActiveSync's command-frequency block → throttled", () => {
  expectFirst([
    ['Cannot Get Mail\nThe connection to the server failed.\nAccessState : Access Denied\nToo many identical commands', 'throttled'],
    ['DeviceAccessState : Blocked\nDeviceAccessStateReason : CommandFrequency', 'throttled'],
  ]);
});

describe("Exchange's audience error with the value in doubled quotes → the token's resource", () => {
  expectFirst([
    ["Microsoft.Exchange.Security.OAuth.InvalidOAuthTokenException: The hostname component of the audience claim value ''https://seg.domain.com'' is invalid", 'wrong_scope_or_resource'],
    ["The hostname component of the audience claim value 'https://mail.contoso.com' is invalid", 'wrong_scope_or_resource'],
  ]);
});
