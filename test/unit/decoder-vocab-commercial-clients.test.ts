/**
 * Mail clients that are not open source (vocab-commercial-clients.ts): Mailbird's "Server authentication failed" and
 * Outlook's account-setup failures (Autodiscover) — each as the vendor's support article quotes it (English only:
 * no German wording was found in the vendors' pages).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: Mailbird', () => {
  expectFirst([
    ['Server authentication failed', 'token_expired_or_invalid'],
  ]);

  it('the server\'s reply beside Mailbird\'s alert decides', () => {
    assert.equal(first('Server authentication failed\n535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_tenant');
    assert.equal(first('Server authentication failed\nAADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access \'00000002-0000-0ff1-ce00-000000000000\'.'), 'security_policy_blocks');
  });
});

describe('vocabulary: Outlook for Microsoft 365 account setup', () => {
  expectFirst([
    ["Something went wrong and Outlook couldn't set up your account. Please try again. If the problem continues, contact your email administrator.", 'network_blocked'],
    ["We're sorry, we couldn't set up your account automatically.", 'network_blocked'],
    ['Office is currently offline.', 'network_blocked'],
    ['An encrypted connection to your mail services is not available', 'network_blocked'],
  ]);

  it('a sign-in error after the setup sentence decides', () => {
    assert.equal(first("Something went wrong and Outlook couldn't set up your account.\nAADSTS50126: Error validating credentials due to invalid username or password."), decode('AADSTS50126: Error validating credentials due to invalid username or password.').causes[0]?.category);
  });
});
