/**
 * The rest of MSAL.js's own codes (vocab-msal-more.ts), as msal-browser and msal-node print them
 * ("<ErrorClass>: <code>: <message>"; messages from their ClientAuthError, ClientConfigurationError and
 * BrowserAuthError message tables), and the error class alone as sign-in text for the guess.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

describe('vocabulary: the rest of MSAL.js', () => {
  expectFirst([
    ['BrowserAuthError: hash_empty_error: Hash value cannot be processed because it is empty. Please verify that your redirectUri is not clearing the hash.', 'redirect_uri_mismatch'],
    ['BrowserAuthError: block_iframe_reload: Request was blocked inside an iframe because MSAL detected an authentication response.', 'redirect_uri_mismatch'],
    ['ClientConfigurationError: redirect_uri_empty: A redirect URI is required for all calls, and none has been set.', 'redirect_uri_mismatch'],
    ['ClientAuthError: state_mismatch: State mismatch error. Please check your network. Continued requests may cause cache overflow.', 'user_cancelled_or_consent_declined'],
    ['BrowserAuthError: no_token_request_cache_error: No token request found in cache.', 'user_cancelled_or_consent_declined'],
    ['ClientAuthError: multiple_matching_tokens: The cache contains multiple tokens satisfying the requirements. Call AcquireToken again providing more requirements such as authority or account.', 'token_expired_or_invalid'],
    ['ClientAuthError: null_or_empty_token: The token is null or empty. Please review the trace to determine the root cause.', 'token_expired_or_invalid'],
    ['ClientAuthError: nonexistent_state_error: State not found. Redirect request may have been aborted. For more information, please visit: aka.ms/msaljs/browser-errors.', 'user_cancelled_or_consent_declined'],
    ['ClientAuthError: invalid_authority_type: The given authority is not a valid type of authority supported by MSAL. Please review the trace to determine the root cause.', 'wrong_tenant_or_app'],
    ['ClientConfigurationError: untrusted_authority: The provided authority is not a trusted authority. Please include this authority in the knownAuthorities config parameter.', 'wrong_tenant_or_app'],
    ['ClientConfigurationError: authority_mismatch: Authority mismatch error. Authority provided in login request or PublicClientApplication config does not match the environment of the provided account.', 'wrong_tenant_or_app'],
    ['ClientConfigurationError: empty_input_scopes_error: Scopes cannot be passed as null, undefined or empty array because they are required to obtain an access token.', 'wrong_scope_or_resource'],
    ['ClientAuthError: invalid_assertion: Client assertion must meet requirements described in https://tools.ietf.org/html/rfc7515', 'bad_client_secret'],
  ]);

  it('an AADSTS code beside an MSAL code decides', () => {
    const result = decode('ServerError: invalid_client: AADSTS7000215: Invalid client secret provided. ClientAuthError: state_mismatch');
    assert.equal(result.causes[0]?.category, 'bad_client_secret');
  });

  it('an MSAL error class with a code no table knows is still a sign-in error: a guess, never empty', () => {
    const result = decode('BrowserAuthError: native_extension_not_installed: The native extension is not installed.');
    assert.equal(result.guess, true);
    assert.equal(result.causes[0]?.category, 'token_expired_or_invalid');
  });
});
