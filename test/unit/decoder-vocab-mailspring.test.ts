/**
 * Mailspring's account errors (vocab-mailspring.ts) as the app shows them, with the service it appends.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

describe('vocabulary: Mailspring', () => {
  expectFirst([
    ['Authentication Error - Check your username and password. (SMTP)', 'smtp_auth_disabled_mailbox'],
    ['Authentication Error - Check your username and password. (IMAP)', 'basic_auth_used'],
    ['\u201cAuthentication Error \u2014 Check your username and password (SMTP)\u201d', 'smtp_auth_disabled_mailbox'],
    ['Connection Error - Check that your internet connection is active. (IMAP)', 'network_blocked'],
    ['StartTLS is not available. (SMTP)', 'tls_problem'],
    ["Certificate Error - The mail server's security certificate is invalid and may pose a security risk.", 'tls_problem'],
    ['The Outlook server said you must sign in via a web browser. (IMAP)', 'security_policy_blocks'],
    ['I get an error message "Outlook server said you must sign in via a web browser. (IMAP)', 'security_policy_blocks'],
    ['This account is invalid, or does not have an inbox or all folder.', 'imap_disabled_or_not_connected'],
  ]);

  it('the reply in the attached log decides', () => {
    const text = 'Authentication Error - Check your username and password. (IMAP)\n----------IMAP----------\n* OK The Microsoft Exchange IMAP4 service is ready.\n2 LOGIN "me@contoso.com" *********\n2 NO LOGIN failed. Account is blocked.';
    assert.equal(decode(text).causes[0]?.category, 'security_policy_blocks');
  });
});
