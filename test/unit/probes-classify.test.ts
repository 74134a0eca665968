import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyProbeFailure } from '../../electron/core/probes/classify.js';
import { buildXOAuth2, parseXOAuth2, rawXOAuth2 } from '../../electron/core/probes/xoauth2.js';

describe('classifyProbeFailure: replies Exchange Online really sends (decoded by the diagnosis catalogue)', () => {
  const smtp: Array<[string, string, string]> = [
    ['auth', '535 5.7.3 Authentication unsuccessful [FR0P281CA0001.DEUP281.PROD.OUTLOOK.COM 2026-01-01T00:00:00.000Z 08DC0000]', 'smtp_auth_failed_generic'],
    ['auth', '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information. [AM0PR]', 'smtp_auth_disabled_mailbox'],
    ['auth', '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.', 'smtp_auth_disabled_tenant'],
    ['auth', "535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator.", 'security_policy_blocks'],
    ['auth', '535 5.7.139 Authentication unsuccessful, basic authentication is disabled.', 'basic_auth_used'],
    ['mail_from', '550 5.7.30 Basic authentication is not supported for Client Submission.', 'basic_auth_used'],
    ['message', '430 4.2.0 STOREDRV; mailbox logon failure; STOREDRV.Submission.Exception:ConnectionFailedTransientException.MapiExceptionLogonFailed', 'mailbox_permission_missing'],
    ['mail_from', '550 5.7.60 SMTP; Client does not have permissions to send as this sender', 'send_as_denied'],
    ['message', '554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied', 'send_as_denied'],
    ['mail_from', '530 5.7.57 Client not authenticated to send mail.', 'not_authenticated'],
    ['greeting', '432 4.3.2 Concurrent connections limit exceeded. Visit https://aka.ms/concurrent_sending for more information.', 'throttled'],
    ['message', '554 5.2.252 SendAsDenied; info@contoso.example not allowed to send as notifications@contoso.example; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied', 'send_as_denied'],
    ['greeting', '421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2.', 'tls_problem'],
    ['auth', '535 5.7.8 Error: authentication failed: something new', 'smtp_auth_failed_generic'],
  ];
  for (const [step, reply, category] of smtp) {
    it(`${reply.slice(0, 48)}… → ${category}`, () => {
      assert.equal(classifyProbeFailure({ protocol: 'smtp', step, reply, tlsEstablished: step !== 'greeting' }), category);
    });
  }

  it('uses what the probe knows: 504 5.7.4 is a TLS problem before STARTTLS, not after it', () => {
    const reply = '504 5.7.4 Unrecognized authentication type [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]';
    assert.equal(classifyProbeFailure({ protocol: 'smtp', step: 'auth', reply, tlsEstablished: false }), 'tls_problem');
    assert.equal(classifyProbeFailure({ protocol: 'smtp', step: 'auth', reply, tlsEstablished: true }), 'smtp_auth_disabled_tenant');
  });

  const imap: Array<[string, string, string]> = [
    ['list', '3 BAD User is authenticated but not connected.', 'imap_disabled_or_not_connected'],
    ['auth', '2 NO AUTHENTICATE failed.', 'imap_auth_failed_generic'],
    ['auth', '1 NO [AUTHENTICATIONFAILED] Authentication failed.', 'imap_auth_failed_generic'],
    ['auth', 'A1 NO LOGIN failed.', 'basic_auth_used'],
    ['list', '4 NO Request is throttled. Suggested Backoff Time: 92 milliseconds', 'throttled'],
    ['auth', '2 NO Something new', 'imap_auth_failed_generic'],
  ];
  for (const [step, reply, category] of imap) {
    it(`${reply} → ${category}`, () => {
      assert.equal(classifyProbeFailure({ protocol: 'imap', step, reply, tlsEstablished: true }), category);
    });
  }
});

describe('classifyProbeFailure: socket and TLS errors', () => {
  it('maps connection errors to network_blocked and TLS errors to tls_problem', () => {
    for (const errorCode of ['ECONNREFUSED', 'ETIMEDOUT', 'ENOTFOUND', 'ECONNRESET', 'GREETING_TIMEOUT', 'timeout', 'ClosedAfterConnectTLS']) {
      assert.equal(classifyProbeFailure({ protocol: 'smtp', step: 'connect', errorCode }), 'network_blocked', errorCode);
    }
    for (const errorCode of ['ETLS', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'SELF_SIGNED_CERT_IN_CHAIN', 'CERT_HAS_EXPIRED', 'ERR_TLS_CERT_ALTNAME_INVALID', 'ERR_SSL_WRONG_VERSION_NUMBER']) {
      assert.equal(classifyProbeFailure({ protocol: 'smtp', step: 'tls', errorCode }), 'tls_problem', errorCode);
    }
    assert.equal(classifyProbeFailure({ protocol: 'smtp', step: 'starttls', reply: '454 4.7.0 TLS not available due to local problem' }), 'tls_problem');
  });

  it('maps a server that answers unlike Exchange (garbage, oversize, flood, huge literal) to unexpected_server_reply', () => {
    for (const errorCode of ['EPROTOCOL', 'LiteralTooLarge', 'LineTooLarge', 'ResponseTooLarge', 'TooManyTokens', 'ServerFlood']) {
      assert.equal(classifyProbeFailure({ protocol: errorCode === 'EPROTOCOL' ? 'smtp' : 'imap', step: 'greeting', errorCode }), 'unexpected_server_reply', errorCode);
    }
  });

  it('a recipient the server does not know: the recipient side, not the set-up', () => {
    assert.equal(classifyProbeFailure({ protocol: 'smtp', step: 'rcpt_to', reply: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' }), 'recipient_rejected');
  });

  it('returns null when nothing fits', () => {
    assert.equal(classifyProbeFailure({ protocol: 'smtp', step: 'data', reply: '554 5.6.211 Invalid MIME Content: Single text value size (32768) exceeded allowed maximum' }), null);
  });
});

describe('XOAUTH2 initial response', () => {
  it('is base64("user=" + user + "\\x01auth=Bearer " + token + "\\x01\\x01") (M365-REFERENCE §7)', () => {
    assert.equal(rawXOAuth2('a@b.example', 'tok'), 'user=a@b.example\x01auth=Bearer tok\x01\x01');
    assert.equal(buildXOAuth2('a@b.example', 'tok'), 'dXNlcj1hQGIuZXhhbXBsZQFhdXRoPUJlYXJlciB0b2sBAQ==');
    assert.deepEqual(parseXOAuth2(buildXOAuth2('a@b.example', 'tok')), { user: 'a@b.example', accessToken: 'tok' });
    assert.equal(parseXOAuth2('bm90IHhvYXV0aDI='), null);
  });
});
