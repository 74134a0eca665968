/**
 * Microsoft's support articles on Microsoft 365 Apps sign-in and activation, Office's account dialogs, Outlook's
 * security prompts and Exchange's session limit (vocab-kb-office-articles.ts) — each message as the article quotes it.
 * The articles are English only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: Microsoft 365 Apps activation — the account', () => {
  expectFirst([
    ['That Microsoft account doesn’t exist. Enter a different account or get a new one.', 'wrong_tenant_or_app'],
    ['Sorry, another account from your organization is already signed in on this computer', 'token_expired_or_invalid'],
    ['Sorry, another account from your organization is already signed in on this computer.', 'token_expired_or_invalid'],
    ["There's a problem with your account, please try again later.", 'token_expired_or_invalid'],
    ['Account error There is a problem with your account. To fix this, sign in again to resolve the issue.', 'token_expired_or_invalid'],
    ['Trusted Platform Module malfunctioned', 'token_expired_or_invalid'],
  ]);
});

describe('vocabulary: Microsoft 365 Apps activation and sign-in — the connection', () => {
  expectFirst([
    ["We’re having trouble activating office\nThis might be due to a network or temporary service issue. Please make sure you're connected to the internet. We'll activate Office for you when the issue is resolved.", 'tls_problem'],
    ['Sorry, we are having some temporary server issues.', 'tls_problem'],
    ["We're having trouble activating Office.", 'network_blocked'],
    ['We are unable to connect right now. Please check your network and try again later.', 'network_blocked'],
    ["You'll need the internet for this.", 'network_blocked'],
    ["We couldn't connect to one of the services we needed to sign you in. Please check your connection and try again.", 'network_blocked'],
    ["You'll need the internet for this.\nWe couldn't connect to one of the services we needed to sign you in. Please check your connection and try again. 0xCAA70007", 'network_blocked'],
    ['No Internet Connection\nConnect to the Internet to add or manage services.', 'network_blocked'],
    ['No Internet Connection\nIt looks like you are not connected to the Internet. You may not be able to access these folders until you go online.', 'network_blocked'],
    ['There are network issues stopping us from opening your document. Please try again later.', 'network_blocked'],
    ['Account Error\nThere are problems with your account. To fix them, please sign in again.', 'network_blocked'],
    ["Account Error\nSorry, we can't get to your account right now. To fix this, please sign in again.", 'network_blocked'],
  ]);
});

describe('vocabulary: Outlook and Office security settings', () => {
  expectFirst([
    ['A program is trying to send an e-mail message on your behalf. If this is unexpected, click Deny and verify your antivirus software is up-to-date.', 'security_policy_blocks'],
    ["Your organization's policies are preventing us from completing this action for you.  For more info, please contact your help desk.", 'security_policy_blocks'],
    ['This feature has been disabled by your administrator.', 'network_blocked'],
  ]);

  it('Microsoft\'s own sign-in error after Outlook\'s short sentence decides', () => {
    assert.equal(first('This feature has been disabled by your administrator.\nAADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.'), 'security_policy_blocks');
    assert.equal(first('This feature has been disabled by your administrator.\nAADSTS700016: Application with identifier \'8c5b1f2e-0000-4a1b-9c1d-123456789abc\' was not found in the directory \'contoso.onmicrosoft.com\'.'), 'wrong_tenant_or_app');
  });
});

describe('vocabulary: Exchange mailbox sessions', () => {
  expectFirst([
    ['A problem occurred while you were trying to use your mailbox.\nMicrosoft.Exchange.Data.Storage.TooManyObjectsOpenedException', 'throttled'],
    ['Mapi session "/o=First Organization/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=E-mailUser" exceeded the maximum of 16 objects of type "session".', 'throttled'],
  ]);
});
