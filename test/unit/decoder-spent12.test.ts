/**
 * Messages read from the twelfth and twenty-fourth spent set-asides' sources (decoder-corpus-spent12, -spent24): the sign-in
 * service's "wrong place" page, Exchange Online PowerShell's app-only "UnAuthorized", its IDX12729 and a certificate without
 * its key, c-client's "Can't connect to host,port" (and a person's "I can't connect to …", which is no network answer), David
 * Barrett's EWS scripts failing to open a mailbox, Business Central's unreadable JSON answer, and the Outlook add-in's
 * item-scoped token sent to the REST API.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const causes = (text: string) => decode(text).causes.map((c) => c.category);

describe("the sign-in service's 'wrong place' page → the redirect URI", () => {
  expectFirst([
    ['"This is not the right page"', 'redirect_uri_mismatch'],
    ['Login ends up at https://login.microsoftonline.com/common/wrongplace', 'redirect_uri_mismatch'],
    ['Dies ist nicht die richtige Seite. Sie haben die falsche Seite erreicht. Bitte schließen Sie diese App oder dieses Fenster und versuchen Sie es erneut.', 'redirect_uri_mismatch'],
    ["Cette page n’est pas la bonne\n\nVous êtes arrivé sur une page incorrecte. Veuillez fermer cette application ou cette fenêtre, puis réessayer.", 'redirect_uri_mismatch'],
  ]);
});

describe('Exchange Online PowerShell with app-only authentication', () => {
  expectFirst([
    ['[System.Management.Automation.RuntimeException] UnAuthorized\n[System.UnauthorizedAccessException] UnAuthorized', 'consent_missing'],
    ['VERBOSE: [ThreadID: #] Successfully got a token from AAD\nVERBOSE: Failed to fetch banner content from server. Reason: Object reference not set to an instance of an object.\nVERBOSE: ConnectionContext Removed\nUnAuthorized', 'consent_missing'],
    ["at Microsoft.Exchange.Management.ExoPowershellSnapin.GetConnectionContext.ProcessRecord();IDX12729: Unable to decode the header '[PII of type 'System.String' is hidden.]' as Base64Url encoded string.", 'exchange_powershell_not_ready'],
    ['failed to execute Test-TargetResource functionality with error message: The certificate certificate does not have a private key.', 'bad_client_secret'],
  ]);

  it('the module assembly conflict outranks a person\'s "I can\'t connect to Exchange Online"', () => {
    const text = "I can't connect to Exchange Online from VS Code terminal.\nRunning command \"connect-exchangeonline\" I get the following error:\n\nOperationStopped: Could not load file or assembly 'Microsoft.Identity.Client, Version=4.44.0.0, Culture=neutral'.";
    assert.equal(causes(text)[0], 'exchange_powershell_not_ready');
    assert.ok(!causes(text).includes('network_blocked'), causes(text).join(', '));
  });

  it('a plain HTTP "Unauthorized" is not the module\'s spelling', () => {
    assert.ok(!causes('[System.Management.Automation.RuntimeException] Unauthorized').includes('consent_missing'));
  });

  it('IDX12729 alone stays a token that is no JWT', () => {
    assert.equal(causes("IDX12729: Unable to decode the header '[PII is hidden]' as Base64Url encoded string.")[0], 'token_expired_or_invalid');
  });
});

describe("UW c-client's connection failure (PHP imap_open)", () => {
  it('names the host and port: the network', () => {
    assert.equal(causes("Can't connect to outlook.office365.com,993: Connection refused")[0], 'network_blocked');
  });
});

describe("David Barrett's EWS scripts", () => {
  it('a 401 while opening the mailbox → the account\'s access to that mailbox', () => {
    const text = 'Error (ThrottledFolderBind): Exception calling "Bind" with "3" argument(s): "The request failed. The remote server returned an error: (401) Unauthorized."\nFailed to open source message store (<SOURCE_MAILBOX>)';
    assert.equal(causes(text)[0], 'mailbox_permission_missing');
  });

  it('with the Windows sign-in in view, the password credential stays in the top two', () => {
    const text = 'VERBOSE: Using default credentials\nError (ThrottledFolderBind): Exception calling "Bind" with "3" argument(s): "The request failed. The remote server returned an error: (401) Unauthorized."\nFailed to open source message store (x@a.com)';
    assert.ok(causes(text).slice(0, 2).includes('basic_auth_used'), causes(text).join(', '));
  });
});

describe('apps and add-ins', () => {
  expectFirst([
    ['In the log I can see status "Failed" with error message "Data does not represent a valid JSON token.".', 'unexpected_server_reply'],
    ['But it comes back with a 403 ErrorAccessDenied saying "The api you are trying to access does not support item scoped OAuth."', 'wrong_scope_or_resource'],
  ]);
});

describe('a mail server that is plainly not Exchange Online: its refused password is the password, not the end of Basic auth', () => {
  const onPremises = (host: string) => `Connected to imaps://${host}:993/\nS: * OK The Microsoft Exchange IMAP4 service is ready.\nC: A00000000 CAPABILITY\nS: * CAPABILITY IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=NTLM AUTH=GSSAPI UIDPLUS MOVE ID CHILDREN IDLE NAMESPACE LITERAL+\nS: A00000000 OK CAPABILITY completed.\nC: A00000001 AUTHENTICATE PLAIN\nS: +\nC: XXXXXXXX\nS: A00000001 NO AUTHENTICATE failed.\nC: A00000002 LOGIN *****@*****.com *****\nS: A00000002 NO LOGIN failed.`;

  it('an Exchange Server on premises (AUTH=NTLM, AUTH=GSSAPI) → the IMAP sign-in itself', () => {
    assert.equal(causes(onPremises('imap.example.net'))[0], 'imap_auth_failed_generic');
  });

  it("Exchange Online named in the text → Microsoft's end of Basic authentication stays first", () => {
    assert.equal(causes(onPremises('outlook.office365.com'))[0], 'basic_auth_used');
    assert.equal(causes('Currently trying to migrate from 365 to zimbra but i keep getting  2 NO LOGIN failed.')[0], 'basic_auth_used');
  });

  it("Exchange Online's own capabilities (AUTH=XOAUTH2) are no other server", () => {
    const text = '* OK The Microsoft Exchange IMAP4 service is ready.\n* CAPABILITY IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS ID UNSELECT CHILDREN IDLE NAMESPACE LITERAL+\nA1 LOGIN user@contoso.com pass\nA1 NO LOGIN failed.';
    assert.equal(causes(text)[0], 'basic_auth_used');
  });
});
