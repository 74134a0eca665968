/**
 * The alerts mail apps show an end user when their Outlook.com / Microsoft 365 account stops working, as Microsoft's support
 * articles quote them (vocab-vendor-alerts.ts): iOS/iPadOS Mail with an Outlook.com account, the Microsoft account sign-in
 * behind it, and iOS Mail's "Cannot Verify Server Identity" when Autodiscover's certificate does not match — each as the app
 * shows it (English only: no German copy of the articles was found).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: iOS/iPadOS Mail with an Outlook.com / Hotmail account', () => {
  expectFirst([
    ['Please enter the password for the Outlook account "max.muster@outlook.com".', 'token_expired_or_invalid'],
    ['Enter the password for the Outlook account max.muster@hotmail.com', 'token_expired_or_invalid'],
    ['Account not authenticated', 'token_expired_or_invalid'],
    ['Cannot Get Mail – The connection to the server failed.', 'token_expired_or_invalid'],
    ['Cannot Get Mail\nThe connection to the server failed.', 'token_expired_or_invalid'],
  ]);

  it('a sign-in error or TLS error after the alert decides', () => {
    assert.equal(first('Cannot Get Mail – The connection to the server failed.\nAADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.'), 'security_policy_blocks');
    assert.equal(first('Account not authenticated\nAADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access \'00000002-0000-0ff1-ce00-000000000000\'.'), 'security_policy_blocks');
    assert.equal(first('Cannot Get Mail\nSSL certificate problem: certificate has expired'), 'tls_problem');
  });

  it('the title alone is a weak wrapper, and a lower-case "cannot get mail" in other text is not it', () => {
    const alone = decode('Cannot Get Mail');
    assert.equal(alone.guess, undefined);
    assert.ok((alone.causes[0]?.confidence ?? 0) < 0.5);
    assert.ok(!decode('warning: cannot get mail creds from file').causes.some((c) => c.evidence.some((e) => /Cannot Get Mail/.test(e))));
  });
});

describe('vocabulary: the Microsoft account sign-in behind iOS Mail (same Microsoft article)', () => {
  expectFirst([
    ['That password is incorrect for your Microsoft account.', 'not_authenticated'],
    ["You've tried to sign in too many times with an incorrect account or password.", 'not_authenticated'],
    ['This task is temporarily unavailable because an incorrect password was entered too many times.', 'not_authenticated'],
    ["You've used an incorrect account or password too many times.", 'not_authenticated'],
  ]);

  it('an AADSTS code beside the page text decides', () => {
    assert.equal(first("That password is incorrect for your Microsoft account.\nAADSTS50053: The account is locked because the user tried to sign in too many times with an incorrect user ID or password."), 'security_policy_blocks');
  });
});

describe('vocabulary: iOS Mail cannot verify the Autodiscover server (KB 3150466)', () => {
  expectFirst([
    ['Cannot Verify Server Identity', 'tls_problem'],
    ['Cannot Verify Server Identity\nThe identity of "contoso.com" cannot be verified.', 'tls_problem'],
  ]);
});
