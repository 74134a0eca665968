/**
 * Issue 10, third development round: wording families the decoder did not know (scenario text in →
 * category out). Texts are written in the shape the clients and Microsoft use, not copied from the corpus.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CategoryId } from '../../electron/core/diagnosis/categories.js';
import { decode } from '../../electron/core/diagnosis/decode.js';

const top = (text: string): CategoryId[] => decode(text).causes.map((c) => c.category);

describe('AADSTS codes that only say "InvalidRequest": the message words decide', () => {
  it('90023 about the common tenant → wrong tenant or app', () => {
    assert.equal(top('AADSTS90023: msaredir=1 is only supported on the common tenant.')[0], 'wrong_tenant_or_app');
  });
  it('90023 "No applicable permissions" → wrong scope', () => {
    assert.equal(top('invalid_request: AADSTS90023: No applicable permissions were found for this user.')[0], 'wrong_scope_or_resource');
  });
  it("900144 missing 'client_id' → wrong tenant or app; missing 'scope' stays wrong scope", () => {
    assert.equal(top("AADSTS900144: The request body must contain the following parameter: 'client_id'.")[0], 'wrong_tenant_or_app');
    assert.equal(top("AADSTS900144: The request body must contain the following parameter: 'scope'.")[0], 'wrong_scope_or_resource');
  });
  it('90023 without telling words keeps its own entry', () => {
    assert.equal(top('AADSTS90023: The request is not valid.')[0], 'token_expired_or_invalid');
  });
});

describe('sign-in wording families', () => {
  it('a session invalid through expiry or a password change → sign in again, whatever code carries it', () => {
    assert.equal(top('AADSTS16000: Session is invalid due to expiration or recent password change.')[0], 'token_expired_or_invalid');
  });
  it("the v1 wording 'client_secret or client_assertion' → public vs confidential client", () => {
    assert.equal(top("AADSTS70002: The request body must contain the following parameter: 'client_secret or client_assertion'.")[0], 'public_vs_confidential_client');
  });
  it('unauthorized_client for the consumers endpoint → wrong tenant or app, never empty', () => {
    assert.equal(top("unauthorized_ client: The client does not exist or is not enabled for consumers.")[0], 'wrong_tenant_or_app');
  });
  it('ADAL on iOS: "The user has cancelled the authorization." → cancelled', () => {
    assert.equal(top('ERROR: Domain: ADBrokerResponseErrorDomain Details:The user has cancelled the authorization.. ErrorCode: 0.')[0], 'user_cancelled_or_consent_declined');
  });
  it('refresh token invalid in Chinese and German → token expired or invalid', () => {
    assert.equal(top('导入邮箱后，无法获取邮件，提示refresh_token无效。')[0], 'token_expired_or_invalid');
    assert.equal(top('Abruf fehlgeschlagen: Refresh Token ungültig')[0], 'token_expired_or_invalid');
  });
  it('laminas-mail "cannot login, user or password wrong" (its IMAP/POP3 storage) → the mailbox sign-in refused, a password one', () => {
    assert.deepEqual(top('Laminas\\Mail\\Storage\\Exception\\RuntimeException: cannot login, user or password wrong').slice(0, 2), ['imap_auth_failed_generic', 'basic_auth_used']);
  });
});

describe('SMTP and IMAP wording families', () => {
  it('outbound spam policy replies → outbound sender blocked', () => {
    assert.equal(top("Remote Server returned '550 5.7.520 Access denied, Your organization does not allow external forwarding.'")[0], 'outbound_sender_blocked');
    assert.equal(top('554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; Failed to process message')[0], 'outbound_sender_blocked');
  });
  it('a blocked account or blocked access → security policy', () => {
    assert.equal(top('NO LOGIN failed. Account is blocked.')[0], 'security_policy_blocks');
    assert.equal(top('Your email access has been blocked by your IT department.')[0], 'security_policy_blocks');
  });
  it('"SMTPclient is disabled for the tenant" (shortened 5.7.139) → disabled for the tenant', () => {
    assert.equal(top('Sending failed SMTPclient is disabled for the tenant')[0], 'smtp_auth_disabled_tenant');
  });
  it('535 5.7.3 beside a shared mailbox → the SMTP login must be the signed-in user', () => {
    assert.equal(top('SMTP with the shared mailbox as XOAUTH2 user: 535 5.7.3 Authentication unsuccessful')[0], 'shared_mailbox_smtp_login');
    assert.notEqual(top('535 5.7.3 Authentication unsuccessful')[0], 'shared_mailbox_smtp_login');
  });
  it('535 first and 5.7.57 after it: the failed AUTH is the cause, the 5.7.57 only its consequence', () => {
    const causes = top('535 5.7.3 Authentication unsuccessful\n530 5.7.57 Client not authenticated to send mail');
    assert.equal(causes[0], 'smtp_auth_failed_generic');
    assert.ok(!causes.includes('not_authenticated'));
  });
  it('shortened Exchange texts: "SmtpClient is disabled for the Mailbox", "authenticated but not connected"', () => {
    assert.equal(top('535 5.7.139 SmtpClient is disabled for the Mailbox')[0], 'smtp_auth_disabled_mailbox');
    assert.equal(top('IMAP: AUTHENTICATE failed: authenticated but not connected')[0], 'imap_disabled_or_not_connected');
  });
  it('protocol errors of other clients → unexpected server reply', () => {
    assert.equal(top("host=smtp.office365.com errormsg='the server sent an invalid reply' exitcode=EX_PROTOCOL")[0], 'unexpected_server_reply');
    assert.equal(top("500 5.3.3 Unrecognized command 'Length: 3'")[0], 'unexpected_server_reply');
  });
  it('an SMTP client on port 993 → unexpected server reply (wrong port)', () => {
    assert.equal(top('SMTP test\nHost: outlook.office365.com\nPort: 993\nResult: SmtpError: Resource temporarily unavailable')[0], 'unexpected_server_reply');
  });
  it('CDO 0x80040213 → network first, TLS second (CDO has no STARTTLS)', () => {
    assert.deepEqual(top("Run-time error '-2147220973 (80040213)': The transport failed to connect to the server.").slice(0, 2), ['network_blocked', 'tls_problem']);
  });
  it('MailCore "Unable to authenticate" on IMAP → IMAP sign-in failed', () => {
    assert.equal(top('IMAP Connect Error: Error Domain=MCOErrorDomain Code=5 "Unable to authenticate with the current session\'s credentials."')[0], 'imap_auth_failed_generic');
  });
});

describe('password mechanisms and expired sessions', () => {
  it("5.7.3 to nodemailer's command 'AUTH LOGIN' → basic authentication first, the policy second", () => {
    const text = "code: 'EAUTH', response: '535 5.7.3 Authentication unsuccessful [PN3PR01CA0125.prod.outlook.com]', responseCode: 535, command: 'AUTH LOGIN'";
    assert.deepEqual(top(text).slice(0, 2), ['basic_auth_used', 'security_policy_blocks']);
  });
  it('the EHLO capability line "250-AUTH LOGIN XOAUTH2" is not a password command', () => {
    const text = '250-AUTH LOGIN XOAUTH2\n250 SMTPUTF8\nAUTH XOAUTH2\n535 5.7.3 Authentication unsuccessful';
    assert.notEqual(top(text)[0], 'basic_auth_used');
  });
  it('"* BYE Session invalidated - AccessTokenExpired" → token expired', () => {
    assert.equal(top('* BYE Session invalidated - AccessTokenExpired\n2959 NO AUTHENTICATE failed.')[0], 'token_expired_or_invalid');
  });
});

describe('guesses by wording', () => {
  it('a refused password login without OAuth words → basic authentication among the guesses, marked as a guess', () => {
    const result = decode('smtp notify: Login failed. Please check your settings and your credentials');
    assert.equal(result.guess, true);
    assert.ok(result.causes.slice(0, 2).some((c) => c.category === 'basic_auth_used'));
    assert.ok(result.causes.every((c) => c.confidence <= 0.3));
  });
  it('with OAuth words the password signal stays out', () => {
    const result = decode('smtp notify: sending with an OAuth token was refused, please check your credentials');
    assert.equal(result.guess, true);
    assert.ok(result.causes.every((c) => c.confidence <= 0.3), 'two signals for one cause stay a guess');
    assert.ok(!result.causes.some((c) => c.category === 'basic_auth_used'));
  });
});

describe('Graph messages without their code', () => {
  it('"Access is denied. Check credentials and try again." → consent first', () => {
    assert.equal(top("Graph returned 403: 'Access is denied. Check credentials and try again.'")[0], 'consent_missing');
  });
  it('"The mailbox is either inactive, soft-deleted, or is hosted on-premise." → the mailbox cannot be opened, then rights', () => {
    assert.deepEqual(top('Error The mailbox is either inactive, soft-deleted, or is hosted on-premise.').slice(0, 2), ['imap_disabled_or_not_connected', 'mailbox_permission_missing']);
    assert.deepEqual(top('{"error":{"code":"MailboxNotEnabledForRESTAPI","message":"REST API is not yet supported for this mailbox."}}').slice(0, 2), ['imap_disabled_or_not_connected', 'mailbox_permission_missing']);
  });
});
