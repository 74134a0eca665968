/**
 * The twenty-fifth session's rules, each from development texts its helpers collected (ordinary GitHub issues of Python,
 * JavaScript, PHP, JVM/.NET/Go projects, self-hosted apps, mail clients, relays and business software) and each source cited in
 * the rule's comment. Every case here was answered otherwise (or not at all) by the session's starting rules.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const causes = (text: string) => decode(text).causes.map((c) => c.category);

describe('other servers\' sign-in refusals', () => {
  expectFirst([
    // Postfix's SASL client: Cyrus SASL had no mechanism, or its "generic failure" — not Postfix's own dsn=4.7.0 as a limit.
    ['postfix/smtp[39474]: BBFC982148: to=<a@gmail.com>, relay=smtp-relay.sendinblue.com[1.2.3.4]:587, delay=402, dsn=4.7.0, status=deferred (SASL authentication failed; cannot authenticate to server smtp-relay.sendinblue.com[1.2.3.4]: no mechanism available)', 'smtp_auth_failed_generic'],
    ['postfix/smtp[813]: 049E5C29D8: to=<j@domain.com>, relay=smtp-relay.gmail.com[74.125.69.28]:587, dsn=4.7.0, status=deferred (SASL authentication failed; cannot authenticate to server smtp-relay.gmail.com[74.125.69.28]: generic failure)', 'smtp_auth_failed_generic'],
    // sasl-xoauth2's own give-up stays the token.
    ['postfix/smtp[260358]: AC58811F876: SASL authentication failed; cannot authenticate to server smtp.gmail.com[173.194.76.109]: bad protocol / cancel', 'token_expired_or_invalid'],
    // The password step refused.
    ['Exception raised (535, \'5.7.8 Error: authentication failed: UGFzc3dvcmQ6\'), check your credentials or email service configuration', 'smtp_auth_failed_generic'],
    // Google's web-login challenge with its sentence cut by the multi-line reply.
    ['Error: Invalid login: 534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1&scc=1&plt=AKgnsbsu 534-5.7.14 UOV711iivRHEfIeXz> Please log 534-5.7.14 in via your web browser and then try again.', 'security_policy_blocks'],
    // Symfony's authenticator that got no reply is the sign-in failing, not the server dropping the session.
    ['Failed to authenticate on SMTP server with username "email@my-email.fr" using 2 possible authenticators. Authenticator LOGIN returned Expected response code 250 but got an empty response. Authenticator PLAIN returned Expected response code 250 but got an empty response', 'smtp_auth_failed_generic'],
    ['501: Error decoding Username parameter.', 'unexpected_server_reply'],
  ]);
  it('a relay\'s own 4.7.0 reply after "said:" still reads as a limit', () => {
    assert.equal(causes('status=deferred (host mx.example.net[1.2.3.4] said: 421 4.7.0 Try again later, closing connection.)')[0], 'throttled');
  });
});

describe('senders, relays and the submission port', () => {
  expectFirst([
    // maddy's port-25 endpoint refusing the server's own domains, as SnappyMail and maddy's JSON log show it.
    ['MailSo\\Smtp\\Exceptions\\NegativeResponseException: Failed to add recipient "b@gmail.com": 501 5.1.8 Use Submission for outgoing SMTP (msg ID = aa4237d4)', 'not_authenticated'],
    ['smtp: RCPT error {"effective_rcpt":"x@gmail.com","reason":"reject directive used","smtp_code":501,"smtp_enchcode":"5.1.8","smtp_msg":"Use Submission for outgoing SMTP"}', 'not_authenticated'],
    ['MailKit.Net.Smtp.SmtpCommandException: Delivery is not allowed to this address.', 'not_authenticated'],
    ['550-Verification failed for <anonymous@cnode1.example.com>\r\n550-Unrouteable address\r\n550 unable to verify sender address', 'send_as_denied'],
    ['554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: someone@example.com', 'outbound_sender_blocked'],
    ['Expected response code "354" but got code "250", with message "250 2.1.5 Ok".', 'unexpected_server_reply'],
    ['Expected response code 354 but got code "421", with message "421 4.3.0 Temporary System Problem. Try again later (10). 15sm11556635wmg.1 - gsmtp "', 'unexpected_server_reply'],
    ['Le serveur a répondu : 5.2.0 Taille limite du message atteinte. Maximum size of the message reached. OFR_514 [514].', 'message_too_large'],
  ]);
  it('Exchange Online\'s own 5.1.8 (a blocked outbound sender) is unchanged', () => {
    assert.equal(causes('550 5.1.8 Access denied, bad outbound sender')[0], 'outbound_sender_blocked');
  });
  it('SES names the From identity as the other reading', () => {
    assert.equal(causes('MessageRejected: Email address is not verified. The following identities failed the check in region US-EAST-1: a@b.c')[1], 'send_as_denied');
  });
});

describe('the connection and its encryption', () => {
  expectFirst([
    ['Connection could not be established with host smtp.qq.com :failed loading cafile stream: `/etc/pki/tls/certs/ca-bundle.crt\'', 'tls_problem'],
    ['Connected to smtp://smtp.exmail.qq.com:465/?starttls=always ERROR: The SMTP server has unexpectedly disconnected.', 'tls_problem'],
    ['Error: Greeting never received', 'tls_problem'],
    ['smtplib.SMTPServerDisconnected: Connection unexpectedly closed', 'tls_problem'],
    ['System.UriFormatException: Invalid URI: The hostname could not be parsed. at System.Uri.Parse (UriKind kind, System.String uriString)', 'network_blocked'],
    ['[paperless_mail] Error while processing rule: command: FETCH => socket error: EOF', 'unexpected_server_reply'],
  ]);
  it('smtplib\'s disconnect after a timeout stays the network', () => {
    assert.equal(causes('SMTPServerDisconnected: Connection unexpectedly closed: timed out')[0], 'network_blocked');
  });
  it('a greeting that never came names the network second', () => {
    assert.deepEqual(causes('SMTP: Greeting never received').slice(0, 2), ['tls_problem', 'network_blocked']);
  });
});

describe('tokens', () => {
  expectFirst([
    ['{ Error: Invalid status code 400 at ClientRequest.req.on.res (/node_modules/nodemailer/lib/fetch/index.js:221:23) at emitOne (events.js:116:13)', 'token_expired_or_invalid'],
  ]);
  it('an attachment URL\'s 404 through the same module is not read as the token', () => {
    assert.notEqual(causes('Error: Invalid status code 404 at ClientRequest (/node_modules/nodemailer/lib/fetch/index.js:221:23)')[0], 'token_expired_or_invalid');
  });
});

describe('size and sending limits in Chinese are guessed, not left to the topic', () => {
  for (const [text, want] of [
    ['send failed是什么原因？ 是推送的附件太大吗？ 28.3M推送失败', 'message_too_large'],
    ['每日流量消耗邮件发送频次过快？ 使用smtp.qq.com', 'throttled'],
  ] as const) {
    it(`${text} → ${want}`, () => {
      const r = decode(text);
      assert.equal(r.guess, true);
      assert.equal(r.causes[0]?.category, want);
    });
  }
});

describe('transactional-mail services (vocab-esp.ts)', () => {
  expectFirst([
    ['`The provided authorization grant is invalid, expired, or revoked sendgrid`', 'bad_client_secret'],
    ['(node:2233) UnhandledPromiseRejectionWarning: Unauthorized (401) Maximum credits exceeded null null at Request.http', 'throttled'],
    ['Postmark::InactiveRecipientError: You tried to send to a recipient that has been marked as inactive. Found inactive addresses: a@b.c. Inactive recipients are ones that have generated a hard bounce or a spam complaint.', 'recipient_rejected'],
    ['{"ErrorCode":400,"Message":"The \'From\' address you supplied (a@b.c) is not a Sender Signature on your account. Sender Signature not found"}', 'send_as_denied'],
    ['Reject reason: Unsigned', 'outbound_sender_blocked'],
    ['Keep getting "free accounts are for test purposes only" error on the test button while on free plan.', 'outbound_sender_blocked'],
    ["{ error: { statusCode: 403, message: 'You can only send testing emails to your own email address.', name: 'validation_error' } }", 'outbound_sender_blocked'],
    ['400 Bad Request. Content: {"errors":[{"message":"No sending domain specified","code":"7001"}]}.', 'outbound_sender_blocked'],
    ['Status Code: "401" Message: "API key authentication/authorization failure. You may be unauthorized to access the API or your API key may be expired."', 'bad_client_secret'],
    ['"authentication not found in headers" (401)', 'not_authenticated'],
    ['Mailer: Mailgun Domain not found: mg.example.com', 'wrong_tenant_or_app'],
  ]);
  it('"Domain not found" without Mailgun is not read as the region', () => {
    assert.notEqual(causes('Sender address rejected: Domain not found')[0], 'wrong_tenant_or_app');
  });
});

describe('IMAP and Jakarta Mail', () => {
  expectFirst([
    ["Error sending '35 APPEND INBOX () {33423}': 35 NO [SERVERBUG] Internal error occurred. Refer to server log for more information.", 'unexpected_server_reply'],
    ['javax.mail.MessagingException: Could not convert socket to TLS; nested exception is: java.net.SocketTimeoutException: Read timed out', 'tls_problem'],
  ]);
});

describe('a password sign-in refused by another IMAP server is not Exchange Online\'s retired basic authentication', () => {
  expectFirst([
    ['IMAP Error: Login failed for ventas@example.com from 177.232.50.242. AUTHENTICATE PLAIN: Authentication failed. in /home1/public_html/roundcube/program/lib/Roundcube/rcube_imap.php on line 198', 'imap_auth_failed_generic'],
    ['IMAP Error: Login failed for mysite@gmail.com from 86.156.253.184. AUTHENTICATE PLAIN: Invalid credentials (Failure) in /home/mysite/roundcube/program/lib/Roundcube/rcube_imap.php on line 193', 'imap_auth_failed_generic'],
  ]);
  it('Exchange Online\'s own "AUTHENTICATE failed." still reads as basic authentication first', () => {
    assert.equal(causes('IMAP Error: Login failed for user@example.com against tls://outlook.office365.com from 192.168.0.254. AUTHENTICATE PLAIN: AUTHENTICATE failed.')[0], 'basic_auth_used');
  });
});

describe('transactional-mail services, second round', () => {
  expectFirst([
    ['**Net::SMTPAuthenticationError** 535 Authentication failed: Basic authentication is not allowed with 2FA enabled. To fix, see https://sendgrid.com/docs/for-developers/sending-email/authentication/#basic-authentication', 'basic_auth_used'],
    ['Your account is temporarily under review. Please contact Support to regain access.', 'outbound_sender_blocked'],
    ['You are not authorized to access SendGrid, please contact Support.', 'outbound_sender_blocked'],
    ['{"ErrorCode":412,"Message":"While your account is pending approval, all recipient addresses must share the same domain as the \'From\' address."}', 'outbound_sender_blocked'],
    ["Can't send mail - all recipients were rejected: 550 to send email from a blank sender, enable blank senders From header sender domain not verified (noreply.smtpservice.net)", 'outbound_sender_blocked'],
    ['The given data was invalid. The from.email must be verified.', 'outbound_sender_blocked'],
    ["[Error: Unauthorized] { status: 401, details: 'Forbidden', type: 'MailgunAPIError' }", 'wrong_tenant_or_app'],
    ['AWS::SES::ResponseError: AWS::SES Response Error: InvalidClientTokenIdThe security token included in the request is invalid', 'bad_client_secret'],
  ]);
});

describe('small servers and test tools', () => {
  expectFirst([
    ['So then I got a message `550 I cannot deliver mail for someone@gmail.com`', 'not_authenticated'],
    ['The following addresses had permanent fatal errors 501 Parameter AUTH is not recognised', 'unexpected_server_reply'],
    ['java.security.cert.CertPathValidatorException: Path does not chain with any of the trust anchors', 'tls_problem'],
    ['[Swift_TransportException] Expected response code 220 but got code "500", with message "500 Unknown command"', 'tls_problem'],
    ['level=warning msg="[smtpd] response (10.0.0.1) 451 4.3.0 Requested action aborted: local error in processing"', 'unexpected_server_reply'],
    ["554, b'5.0.0 Error: transaction failed, blame it on the weathe", 'unexpected_server_reply'],
    ['auth: Error: passwd-file(user,93.191.40.42,<abc>): stat(/etc/exim4/domains//passwd) failed: No such file or directory', 'unexpected_server_reply'],
    ['Nov 2 14:10:50 popc lmtp[2092]: verify_user(test@example.org) failed: Over quota', 'recipient_rejected'],
  ]);
  it('go-smtp\'s wrapper with a reason after it leaves the reason to decide', () => {
    assert.notEqual(causes('5.0.0 Error: transaction failed, blame it on the weather: unknown sender address')[0], 'unexpected_server_reply');
  });
});

describe('the fifth round: Google\'s scripts and sign-in, Yandex, an address that looks like a code', () => {
  expectFirst([
    ['Summary: Error MessageCount Service using too much computer time for one day 36', 'throttled'],
    ['`We\'re sorry, a server error occurred. Please wait a bit and try again. (line 218, file "Code", project "GmailUtils")`', 'unexpected_server_reply'],
    ['# Error 400: invalid_request - Custom URI scheme is not supported on Chrome apps.', 'redirect_uri_mismatch'],
    ['5.7.8 Error: authentication failed: Your message looks like spam. You need to use web for sending or prove you are not a robot', 'outbound_sender_blocked'],
    ['Connection from 4.3.2.1:57890 to 1.2.3.4:25 Starting SMTP/SSL... SSL connect attempt failed error:1408F10B:SSL routines:ssl3_get_record:wrong version number', 'tls_problem'],
  ]);
  it('Exchange\'s 4.3.2 itself still reads as a limit', () => {
    assert.equal(causes('451 4.3.2 Concurrent connections limit exceeded.')[0], 'throttled');
  });
});

describe('two development texts that got no answer at all', () => {
  expectFirst([
    ['--from address "user@workspace-domain.com" is not verified (status: )', 'send_as_denied'],
    ['exit value: {{case_clause,<<0>>}, [{gen_smtp_client,read_possible_multiline_reply,1, [{file,"gen_smtp_client.erl"},{line,841}]}', 'unexpected_server_reply'],
  ]);
});
