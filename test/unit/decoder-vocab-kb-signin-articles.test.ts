/**
 * Microsoft's support articles on sign-in, tokens, consent and Graph permissions (vocab-kb-signin-articles.ts): each
 * message as the article quotes it, with the category of the fix the article gives. English only (the articles have no
 * translations in their repository).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: Entra token endpoint errors explained by the support articles', () => {
  expectFirst([
    ['Request is ambiguous, multiple application identifiers found.', 'token_expired_or_invalid'],
    ['AADSTS7000110: Request is ambiguous, multiple application identifiers found.', 'token_expired_or_invalid'],
    ['AADSTS50000: There was an error issuing a token or an issue with our sign-in service.', 'token_expired_or_invalid'],
    ['There was an error issuing a token or an issue with our sign-in service.', 'token_expired_or_invalid'],
    ['AADSTS900439: USGClientNotSupportedOnPublicEndpoint', 'wrong_tenant_or_app'],
    ["The requested federation realm object 'http://sts.contoso.com/adfs/services/trust' does not exist", 'wrong_tenant_or_app'],
  ]);

  it('the article\'s causes of AADSTS50000 (a password or session, the request, consent) rank above waiting it out', () => {
    const causes = decode('AADSTS50000: There was an error issuing a token or an issue with our sign-in service.').causes;
    assert.equal(causes[0]?.category, 'token_expired_or_invalid');
    // The code's number alone no longer reads as an outage (aadsts-codes.ts, 50000): the first two are set-up causes.
    assert.ok(!causes.slice(0, 2).some((c) => c.category === 'throttled'));
  });
});

describe('vocabulary: device-based Conditional Access in the support articles', () => {
  expectFirst([
    ["AADSTS530004: AcceptCompliantDevice setting isn't configured for this organization. The administrator needs to configure this setting to allow external user access to protected resources", 'security_policy_blocks'],
    ["AcceptCompliantDevice setting isn't configured for this organization. The administrator needs to configure this setting to allow external user access to protected resources.", 'security_policy_blocks'],
    ["AADSTS700003: Device object was not found in the tenant 'contoso.onmicrosoft.com' directory.", 'security_policy_blocks'],
    ['Your organization has deleted this device.', 'security_policy_blocks'],
  ]);
});

describe('vocabulary: Microsoft Graph and MSAL texts of the support articles', () => {
  expectFirst([
    ['Auth token does not contain valid permissions or user does not have valid roles', 'consent_missing'],
    ['{"error":{"code":"Forbidden","message":"Auth token does not contain valid permissions or user does not have valid roles"}}', 'consent_missing'],
    ['Intent filter for: BrowserTabActivity is missing', 'redirect_uri_mismatch'],
  ]);
});

describe('vocabulary: Microsoft 365 apps sign-in window (support articles)', () => {
  expectFirst([
    ['Navigation to non-SSL destination. Non-secure communication is prohibited. Canceling navigation.', 'tls_problem'],
  ]);
});
