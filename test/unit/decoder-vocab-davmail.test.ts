/**
 * DavMail's own messages about its Microsoft 365 sign-in and connection (vocab-davmail.ts), as its davmailmessages.properties
 * and O365 authenticators print them; an AADSTS code after DavMail's sentence decides.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: DavMail', () => {
  expectFirst([
    ['2021-12-16 09:40:32,130 ERROR [ImapConnection-53468] davmail  - Authentication failed: invalid user or password', 'not_authenticated'],
    // EWS mode with a password (ExchangeSessionFactory logs "Direct EWS authentication"): Exchange Online refuses Basic auth for EWS.
    ['DEBUG [ImapConnection-48680] davmail.exchange.ExchangeSession  - Direct EWS authentication\nERROR [ImapConnection-48680] davmail  - Authentication failed: invalid user or password', 'basic_auth_used'],
    ['davmail.exception.DavMailAuthenticationException: Authentication failed: password expired ?', 'security_policy_blocks'],
    // The user says the sign-in now asks for a second factor: the policy, not the password.
    ['Since MFA was switched on for our users, Thunderbird through DavMail says: Authentication failed: invalid user or password', 'security_policy_blocks'],
    ['ERROR davmail - Authentication failed: invalid user or password\nMicrosoft started to enforce phone checks at sign-in last week', 'security_policy_blocks'],
    ['DavMailAuthenticationException: Your organization needs more information to keep your account secure, authenticate once in a web browser and try again', 'security_policy_blocks'],
    ['java.io.IOException: MFA authentication methods not supported', 'security_policy_blocks'],
    ['DavMailAuthenticationException: Authenticated username other@contoso.com does not match user@contoso.com', 'wrong_tenant_or_app'],
    ['ERROR davmail.exchange.auth.O365StoredTokenAuthenticator - java.io.IOException: No valid refresh token found for user@contoso.com', 'token_expired_or_invalid'],
    ['java.io.IOException: Found EWS stored token, incompatible with Graph API', 'token_expired_or_invalid'],
    ['DavMail: All network interfaces down or host unreachable !', 'network_blocked'],
    ['java.io.IOException: org.codehaus.jettison.json.JSONException: JSONObject["sCtx"] not found.\n  at davmail.exchange.auth.O365Authenticator.authenticate(O365Authenticator.java:238)', 'unexpected_server_reply'],
  ]);

  it("the sign-in service's code after DavMail's sentence decides", () => {
    assert.equal(first('DavMailAuthenticationException: Authentication failed: invalid user or password\nAADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access'), 'security_policy_blocks');
  });
});
