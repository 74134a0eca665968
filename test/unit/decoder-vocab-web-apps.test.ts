/**
 * Web applications' own messages (vocab-web-apps.ts): FluentSMTP's Outlook connection (English) and
 * Nextcloud Mail's account setup (English and German), as they print them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

describe('vocabulary: FluentSMTP Outlook connection', () => {
  expectFirst([
    ['Failed to refresh the Outlook access token: invalid_grant', 'token_expired_or_invalid'],
    ['Something with wrong with Outlook API. Please check your API Settings', 'unexpected_server_reply'],
    ['Please define FLUENTMAIL_OUTLOOK_CLIENT_ID in wp-config.php file.', 'wrong_tenant_or_app'],
    ['Please define FLUENTMAIL_OUTLOOK_CLIENT_SECRET in wp-config.php file.', 'bad_client_secret'],
    ['Please Provide Auth Token.', 'not_authenticated'],
    ['Token Validity: Invalid. Please re-authenticate', 'token_expired_or_invalid'],
  ]);
});

describe('vocabulary: Nextcloud Mail (English and German)', () => {
  expectFirst([
    ['Microsoft requires OAuth authentication. Ask your Nextcloud admin to configure Microsoft OAuth in the admin settings.', 'basic_auth_used'],
    ['Microsoft erfordert OAuth-Authentifizierung. Bitte deine Nextcloud-Administration, Microsoft OAuth in den Administrations-Einstellungen einzurichten.', 'basic_auth_used'],
    ['Authorization pop-up closed', 'user_cancelled_or_consent_declined'],
    ['Anmeldungs-Pop-up wurde geschlossen', 'user_cancelled_or_consent_declined'],
    ['IMAP server is not reachable', 'network_blocked'],
    ['SMTP-Server ist nicht erreichbar.', 'network_blocked'],
    ['IMAP username or password is wrong', 'imap_auth_failed_generic'],
    ['IMAP-Server hat die Anmeldung verweigert', 'imap_auth_failed_generic'],
    ['SMTP username or password is wrong', 'smtp_auth_failed_generic'],
    ['SMTP-Server hat die Anmeldung verweigert', 'smtp_auth_failed_generic'],
  ]);
});

describe("vocabulary: web applications' wrappers give way to what they quote", () => {
  it('FluentSMTP refresh failure quoting AADSTS7000215 → the code decides (wrong client secret)', () => {
    const text = 'Failed to refresh the Outlook access token: AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.';
    assert.equal(decode(text).causes[0]?.category, 'bad_client_secret');
  });

  it('Nextcloud "SMTP server denied authentication" beside 5.7.139 tenant-wide off → the reply decides', () => {
    const text = 'SMTP server denied authentication\n535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.';
    assert.equal(decode(text).causes[0]?.category, 'smtp_auth_disabled_tenant');
  });
});
