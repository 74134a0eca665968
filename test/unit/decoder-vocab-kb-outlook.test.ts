/**
 * Outlook's (Windows and Mac) and Exchange Online migration's sign-in, connection and permission messages as
 * Microsoft's own support articles quote them (vocab-kb-outlook.ts): the IMAP migration batch's sign-in and connection
 * errors, Google's app password, a cutover migration endpoint behind Outlook Anywhere, another user's folders without
 * permission, and Outlook's "encrypted connection … not available" for F plan users. Microsoft's German article texts
 * are not in the source.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary (support articles): IMAP migration batch errors', () => {
  expectFirst([
    ["We had trouble signing in to this account. Confirm that you're using the correct user name and password.", 'not_authenticated'],
    ['The connection to the server imap.contoso.com could not be completed.', 'network_blocked'],
    ['C:\\>telnet server.contoso.com 993\nConnecting To server.contoso.com...Could not open connection to the host, on port 993: Connect failed', 'network_blocked'],
    ['The connection to the server Servername.contoso.com timed out after 00:00:15.', 'network_blocked'],
  ]);
});

describe('vocabulary (support articles): Google Workspace migration without an app password', () => {
  expectFirst([
    ["Error MigrationPermanentException: Special credentials are required in order to access this IMAP account. --> Imap server reported an error during LOGIN with the following alert: 'Application-specific password required: https://support.google.com/accounts/answer/185833 (Failure).", 'security_policy_blocks'],
  ]);
});

describe('vocabulary (support articles): cutover migration endpoint behind Outlook Anywhere', () => {
  expectFirst([
    ["Microsoft.Exchange.Data.Storage.Management.MigrationTransientException: We weren't able to connect to the remote server. Please verify that the migration endpoint settings are correct and your certificate is valid, and then try again. Consider using the Exchange Remote Connectivity Analyzer to diagnose the connectivity issues. ---> Microsoft.Exchange.Rpc.ServerUnavailableException: Error 0x6ba (The RPC server is unavailable) from cli_NspiBind", 'network_blocked'],
  ]);

  it('a TLS error quoted inside the migration error decides', () => {
    assert.equal(first("MigrationTransientException: We weren't able to connect to the remote server. Please verify that the migration endpoint settings are correct and your certificate is valid, and then try again. ---> System.Security.Authentication.AuthenticationException: The remote certificate is invalid according to the validation procedure."), 'tls_problem');
  });
});

describe('vocabulary (support articles): another user\'s folders without permission', () => {
  expectFirst([
    ['Unable to open default folders-you do not have permissions to logon', 'mailbox_permission_missing'],
    ['Outlook cannot open the folder. You do not have permission to open this folder. Contact Kim Akers for permission.', 'mailbox_permission_missing'],
  ]);
});

describe('vocabulary (support articles): Outlook\'s "encrypted connection" for F plan users', () => {
  expectFirst([
    ['An encrypted connection to your mail server is not available. Click Next to attempt using an unencrypted connection.', 'imap_disabled_or_not_connected'],
  ]);

  it('the Autodiscover wording ("mail services") stays the network (vocab-commercial-clients.ts)', () => {
    assert.equal(first('An encrypted connection to your mail services is not available'), 'network_blocked');
  });
});
