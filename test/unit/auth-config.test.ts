import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { authErrorOf, needsInteraction } from '../../electron/core/auth/auth-errors.js';
import { ASSISTANT_CLIENT_ID_DEFAULT, resolveAssistantClientId } from '../../electron/core/auth/client-id.js';
import { scopesForSteps } from '../../electron/core/auth/consent-steps.js';
import { cloudProfile } from '../../electron/core/clouds.js';

describe('assistant client ID', () => {
  it('takes --client-id, then the setting, then M365_ASSISTANT_CLIENT_ID, then Microsoft Graph Command Line Tools', () => {
    const env = { M365_ASSISTANT_CLIENT_ID: 'AAAAAAAA-0000-4000-8000-000000000003' };
    assert.deepEqual(resolveAssistantClientId({ flag: 'aaaaaaaa-0000-4000-8000-000000000001', setting: 'aaaaaaaa-0000-4000-8000-000000000002', env }),
      { ok: true, value: 'aaaaaaaa-0000-4000-8000-000000000001' });
    assert.deepEqual(resolveAssistantClientId({ setting: 'aaaaaaaa-0000-4000-8000-000000000002', env }), { ok: true, value: 'aaaaaaaa-0000-4000-8000-000000000002' });
    assert.deepEqual(resolveAssistantClientId({ env }), { ok: true, value: 'aaaaaaaa-0000-4000-8000-000000000003' });
    // Connect-MgGraph's public client: a real tenant signs in without registering an app first.
    assert.equal(ASSISTANT_CLIENT_ID_DEFAULT, '14d82eec-204b-4c2f-b7e8-296a70dab67e');
    assert.deepEqual(resolveAssistantClientId({ env: {} }), { ok: true, value: '14d82eec-204b-4c2f-b7e8-296a70dab67e' });
  });

  it('refuses a client ID that is not a GUID, naming where it came from', () => {
    assert.deepEqual(resolveAssistantClientId({ flag: 'my-app' }), {
      ok: false, error: { code: 'invalid_input', message: 'the client ID from --client-id is not a GUID', field: 'clientId', detail: '--client-id' },
    });
  });
});

describe('incremental consent', () => {
  it('asks each step for its least Graph permission, in the cloud\'s Graph namespace', () => {
    const global = cloudProfile('global');
    assert.deepEqual(scopesForSteps(global, ['read-tenant']), ['https://graph.microsoft.com/User.Read']);
    assert.deepEqual(scopesForSteps(global, ['read-apps', 'read-users', 'read-apps']),
      ['https://graph.microsoft.com/Application.Read.All', 'https://graph.microsoft.com/User.Read.All']);
    assert.deepEqual(scopesForSteps(cloudProfile('usgov-gcchigh'), ['write-apps', 'assign-app-roles', 'grant-delegated']), [
      'https://graph.microsoft.us/Application.ReadWrite.All', 'https://graph.microsoft.us/AppRoleAssignment.ReadWrite.All',
      'https://graph.microsoft.us/DelegatedPermissionGrant.ReadWrite.All',
    ]);
    assert.deepEqual(scopesForSteps(global, ['read-security-defaults', 'read-grants']),
      ['https://graph.microsoft.com/Policy.Read.All', 'https://graph.microsoft.com/Directory.Read.All']);
  });
});

describe('sign-in errors', () => {
  it('maps by AADSTS code first, then by OAuth error', () => {
    const msal = (errorCode: string, errorMessage: string, subError = '') => ({ errorCode, errorMessage, subError });
    assert.equal(authErrorOf(msal('invalid_grant', 'AADSTS50105: Your administrator has configured the application …')).code, 'user_not_assigned');
    assert.equal(authErrorOf(msal('invalid_grant', 'AADSTS70008: The provided authorization code or refresh token has expired')).code, 'token_expired_or_invalid');
    assert.equal(authErrorOf(msal('invalid_client', 'AADSTS7000222: The provided client secret keys are expired … certificate credentials')).code, 'bad_client_secret');
    assert.equal(authErrorOf(msal('access_denied', 'The user cancelled')).code, 'user_cancelled_or_consent_declined');
    assert.equal(authErrorOf(msal('invalid_request', "AADSTS65002: Consent between first party application '14d82eec-204b-4c2f-b7e8-296a70dab67e' and first party resource '00000002-0000-0ff1-ce00-000000000000' must be configured via preauthorization")).code, 'wrong_scope_or_resource');
    assert.deepEqual(authErrorOf(msal('invalid_client', 'Error(s): 7000215 - Timestamp: 2026-01-01 - Description: AADSTS7000215: Invalid client secret provided.\r\nTrace ID: x - Correlation ID: y')), {
      code: 'bad_client_secret', message: 'sign-in failed: invalid_client (AADSTS7000215)', detail: 'AADSTS7000215: Invalid client secret provided.',
    });
    assert.deepEqual(authErrorOf(msal('endpoints_resolution_error', 'See …'), { code: 'SELF_SIGNED_CERT_IN_CHAIN', message: 'self-signed certificate in certificate chain' }), {
      code: 'tls_problem', message: 'the TLS certificate of the sign-in service was not trusted', detail: 'SELF_SIGNED_CERT_IN_CHAIN: self-signed certificate in certificate chain',
    });
    assert.equal(authErrorOf(msal('network_error', 'x'), { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 1.2.3.4:443' }).code, 'network_blocked');
  });

  it('knows when a new browser sign-in can help', () => {
    assert.equal(needsInteraction({ errorCode: 'invalid_grant', errorMessage: 'AADSTS65001: The user or administrator has not consented', subError: 'consent_required' }), true);
    assert.equal(needsInteraction({ errorCode: 'interaction_required', errorMessage: '' }), true);
    assert.equal(needsInteraction({ errorCode: 'invalid_client', errorMessage: 'AADSTS7000215' }), false);
  });
});
