/**
 * European self-hosted plumbing and ticket/CRM/groupware connectors' own messages about their Microsoft 365 mail
 * (vocab-eu-connectors.ts): shoutrrr (as Watchtower and offen/docker-volume-backup print it), OTOBO's
 * MailAccount-OAuth2, CiviCRM's oauth-client and Group-Office — each as the product prints it, in English and (where
 * the product ships one) German.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: shoutrrr SMTP failures (Watchtower, docker-volume-backup)', () => {
  expectFirst([
    ['time="2025-10-28T06:00:03Z" level=error msg="Failed to send shoutrrr notification" error="error getting SMTP client: error connecting to server: dial tcp 52.98.1.1:587: i/o timeout" index=0 notify=no service=smtp', 'network_blocked'],
    ['error getting SMTP client: error creating smtp client: EOF', 'tls_problem'],
    ['server did not accept the handshake: EOF', 'network_blocked'],
    ['error enabling StartTLS: server does not support StartTLS', 'tls_problem'],
    ['error authenticating: ', 'smtp_auth_failed_generic'],
    ['failed to send to some recipients: error sending message to recipient "alerts@contoso.com": error creating new message', 'not_authenticated'],
    ['error sending message to recipient: error setting RCPT', 'recipient_rejected'],
    ['error sending message to recipient: error closing message stream', 'send_as_denied'],
    ['level=error msg="Failed to send shoutrrr notification - no retry logic implemented" error="failed to send to some recipients: error closing session: short response: \\x00\\x00\\x00\\x1a\\x00\\x00\\x00" failure_type=unknown index=0 notify=no service=smtp url="smtp.office365.com:587"', 'unexpected_server_reply'],
    ['Backup procedure ran successfully, but an error ocurred calling the registered hooks: runHooks: error running hook: notify: error notifying: sendNotification: error sending message: failed to send using smtp: timed out', 'network_blocked'],
    ['level=error msg="Failed to send shoutrrr notification" index=0 notify=no service=smtp', 'smtp_auth_failed_generic'],
  ]);

  it('Exchange\'s reply behind shoutrrr\'s sentence decides', () => {
    assert.equal(first('level=error msg="Failed to send shoutrrr notification" error="error authenticating: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]" index=0 notify=no service=smtp'), 'smtp_auth_disabled_tenant');
    assert.equal(first('failed to send to some recipients: error sending message to recipient "alerts@contoso.com": error creating new message: 530 5.7.57 Client not authenticated to send mail. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]'), 'not_authenticated');
    assert.equal(first('error sending message to recipient: error closing message stream: 554 5.2.252 SendAsDenied; backup@contoso.com not allowed to send as noreply@contoso.com; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied'), 'send_as_denied');
    assert.equal(first('Failed to send notification email:  504 5.7.4 Unrecognized authentication type [DF4PR8401CA0017.NAMPRD84.PROD.OUTLOOK.COM]'), decode('504 5.7.4 Unrecognized authentication type [DF4PR8401CA0017.NAMPRD84.PROD.OUTLOOK.COM]').causes[0]?.category);
  });
});

describe('vocabulary: OTOBO MailAccount-OAuth2', () => {
  expectFirst([
    ["IMAPOAuth2: Could not request access token for helpdesk@contoso.com/outlook.office365.com'. The refresh token could be expired or invalid.", 'token_expired_or_invalid'],
    ["POP3OAuth2: Could not request access token for helpdesk@contoso.com/outlook.office365.com'. The refresh token could be expired or invalid.", 'token_expired_or_invalid'],
    ["No refresh token found for MailAccount: '3'!", 'not_authenticated'],
    ['Host did not provide "access_token", "refresh_token" or "expires_in"!', 'wrong_scope_or_resource'],
    ["Got: '400 Bad Request'!", 'token_expired_or_invalid'],
    ["Got: '401 Unauthorized'!", 'bad_client_secret'],
    ['Authorization took too long (no cache found).', 'not_authenticated'],
    ["IMAPOAuth2: Can't authenticate with outlook.office365.com: 2 NO AUTHENTICATE failed.", 'imap_auth_failed_generic'],
  ]);
});

describe('vocabulary: CiviCRM oauth-client (ms-exchange)', () => {
  expectFirst([
    ['Civi\\OAuth\\OAuthException: Found invalid token for mail store #2', 'token_expired_or_invalid'],
    ['The connection to Microsoft Exchange Online expired on March 3rd, 2026 10:00 AM. Mail will not be collected until you re-connect.', 'token_expired_or_invalid'],
    ['Civi\\OAuth\\OAuthException: OAuth: Received invalid or expired state', 'not_authenticated'],
    ['OAuth: Unrecognized return request', 'redirect_uri_mismatch'],
    ['OAuth Error Details\nError type: \nError description: \nError URI: ', 'not_authenticated'],
  ]);

  it('Microsoft\'s error on the return page decides', () => {
    assert.equal(first('OAuth Error Details\nError type: access_denied\nError description: AADSTS65004: User declined to consent to access the app.'), 'user_cancelled_or_consent_declined');
    assert.equal(first("OAuth Error Details\nError type: invalid_request\nError description: AADSTS50011: The redirect URI 'https://crm.example.org/civicrm/oauth-client/return' specified in the request does not match the redirect URIs configured for the application '8c5b1f2e-0000-4a1b-9c1d-123456789abc'."), 'redirect_uri_mismatch');
  });
});

describe('vocabulary: Group-Office', () => {
  expectFirst([
    ['Please press the button "Refresh token" to finish the OAuth2 connection', 'not_authenticated'],
    ['Bitte drücken Sie den Button "Refresh token", um die OAuth2-Verbindung zu beenden', 'not_authenticated'],
    ['Authententication failed for user info@contoso.com on IMAP server outlook.office365.com', 'imap_auth_failed_generic'],
    ['Failed to enable TLS on socket', 'tls_problem'],
  ]);

  it('the server\'s reply after Group-Office\'s IMAP sentence decides', () => {
    assert.equal(first('Authententication failed for user info@contoso.com on IMAP server outlook.office365.com\n\nA2 NO AUTHENTICATE failed.'), 'imap_auth_failed_generic');
    assert.equal(first('Authententication failed for user info@contoso.com on IMAP server outlook.office365.com\n\nA2 NO LOGIN failed.'), 'basic_auth_used');
  });
});
