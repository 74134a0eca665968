/**
 * The twenty-fourth session: short lines that name a failed send or receive, or a bare SMTP reply code, got no answer at all
 * ("Failed to send", "Message not sent", "Error: 421", "Error 535", "Cannot receive"), while the same failure in other words
 * ("Sending failed", "Error 550") got a guess. Each is mail content, so the decoder must guess (issue 10: never an empty answer).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { textViews } from '../../electron/core/diagnosis/normalize.js';
import { expectFirst, type Scenario } from '../helpers/decoder-scenarios.js';

const causes = (text: string) => decode(text).causes.map((c) => c.category);

describe('a failed send or receive in few words is a guess, never empty', () => {
  for (const text of [
    'Failed to send', 'Failed to send message', 'Could not send message', 'Unable to send', 'Message not sent', 'Sending error',
    'Error while sending', 'Senden nicht möglich', "Impossible d'envoyer le message", "Le message n'a pas été envoyé",
  ]) {
    it(`"${text}" is guessed as sending mail`, () => {
      const r = decode(text);
      assert.equal(r.guess, true);
      assert.equal(r.causes[0]?.category, 'smtp_auth_failed_generic');
    });
  }
  for (const text of ['Cannot receive', 'Receiving failed', 'Fehler beim Abrufen', 'Failed to fetch messages']) {
    it(`"${text}" is guessed as the mailbox's sign-in`, () => {
      assert.equal(causes(text)[0], 'imap_auth_failed_generic');
    });
  }
  it('"failed to fetch" a token is not read as receiving mail', () => {
    assert.notEqual(causes('Failed to fetch token from server')[0], 'imap_auth_failed_generic');
  });
});

describe('SMTP\'s greeting commands are mail words', () => {
  it('"Invalid HELO" is guessed as sending mail, not left without an answer', () => {
    assert.equal(decode('Invalid HELO').guess, true);
    assert.equal(decode('EHLO rejected').causes.length > 0, true);
  });
});

describe('a bare SMTP reply code after an error\'s words', () => {
  it('"Error 535" is a refused AUTH, like "SMTP error 535"', () => {
    assert.equal(causes('Error 535')[0], 'smtp_auth_failed_generic');
  });
  it('"Error: 421" and "the server responded: 451" are a busy or limiting server first (RFC 5321 §4.2.3)', () => {
    assert.deepEqual(causes('Error: 421').slice(0, 2), ['throttled', 'network_blocked']);
    assert.equal(causes('the server responded: 451')[0], 'throttled');
  });
  it('"Error: 454" is a temporary AUTH failure first, TLS second (RFC 4954 §6, RFC 3207)', () => {
    assert.deepEqual(causes('Error: 454').slice(0, 2), ['smtp_auth_failed_generic', 'tls_problem']);
  });
  it('an HTTP 401 or 403 after "error" is not read as an SMTP code', () => {
    assert.notEqual(causes('Error: 401')[0], 'throttled');
    assert.notEqual(causes('status 403')[0], 'throttled');
  });
});

describe('text with no mail or sign-in content still gets no cause, and the hint', () => {
  for (const text of ['Unknown error', 'Something went wrong', 'Error']) {
    it(`"${text}"`, () => {
      const r = decode(text);
      assert.deepEqual(r.causes, []);
      assert.ok(r.hint);
    });
  }
});

describe('Chinese mail services\' own reply codes (vocab-cn-providers.ts)', () => {
  const cases: Scenario[] = [
    ["SMTPDataError: (554, b'DT:SPM 163 smtp10,DsCowAA3D+JApVpd78gMKg--.16104S2 1566221632,please see http://mail.163.com/help/help_spam_16.htm')", 'outbound_sender_blocked'],
    ['451 DT:SPM ,please try again', 'outbound_sender_blocked'],
    ['421 HL:IFC connection refused', 'throttled'],
    ['451 MI:SFQ', 'throttled'],
    ['450 DT:RBL', 'outbound_sender_blocked'],
    ['Expected response code 250 but got code "550", with message "550 Connection frequency limited "', 'throttled'],
    ['550 Ip frequency limited.', 'throttled'],
    ["(550, b'The mail may contain inappropriate words or content.')", 'outbound_sender_blocked'],
    ["SMTPAuthenticationError(550, 'User has no permission')", 'smtp_auth_disabled_mailbox'],
    ['451 Requested mail action not taken: too much fail authentication', 'throttled'],
    ['526 Authentication failure[1]', 'throttled'],
    ["440 mail from account doesn't conform with authentication", 'send_as_denied'],
    ['554 Reject by content spam', 'outbound_sender_blocked'],
    ['login failed: UC_LOGIN_SOURCE_NOT_ALLOWED', 'smtp_auth_disabled_mailbox'],
    ['554 delivery error: dd Sorry your message to x@yahoo.com.cn cannot be delivered. This account has been disabled or discontinued [#102].', 'recipient_rejected'],
  ];
  expectFirst(cases);
});

describe('a block list named by its host', () => {
  it('"client [IP] blocked using zen.spamhaus.org" is the sender blocked, not the recipients', () => {
    const text = "Error: Can't send mail - all recipients were rejected: 550 5.7.1 Service unavailable; client [10.0.0.1] blocked using zen.spamhaus.org";
    assert.equal(causes(text)[0], 'outbound_sender_blocked');
  });
});

describe("Graph's MailboxNotEnabledForRESTAPI for a mailbox on premises", () => {
  it('said of on-premises mailboxes in a hybrid organization: the server answering is not the mailbox\'s, then no mailbox', () => {
    const text = 'For users with on-prem mailboxes (in a Hybrid environment) I received a 404 - MailboxNotEnabledForRESTAPI. "message": "REST API is not yet supported for this mailbox."';
    assert.deepEqual(causes(text).slice(0, 2), ['unexpected_server_reply', 'imap_disabled_or_not_connected']);
  });
  it('Graph\'s own "hosted on-premise" alone keeps the missing mailbox first', () => {
    const text = 'Code: MailboxNotEnabledForRESTAPI Message: The mailbox is either inactive, soft-deleted, or is hosted on-premise.';
    assert.equal(causes(text)[0], 'imap_disabled_or_not_connected');
  });
});

describe('messages of the fourth round\'s development texts (dev111–dev115)', () => {
  it("K-9 Mail's quoted IMAP response makes a refused login the IMAP login", () => {
    assert.equal(causes('Username or password is wrong. (Command: *sensitive*; response: #2# [NO, authentication failed])')[0], 'imap_auth_failed_generic');
  });
  it("Exchange's Send As refusal in Portuguese inside System.Net.Mail's message", () => {
    assert.equal(causes('System.Net.Mail.SmtpException: caixa de correio indisponível. A resposta do servidor foi: o cliente 5.7.1 não tem permissões para enviar como esse remetente')[0], 'send_as_denied');
  });
  it("Go's TLS handshake error as a server logs it is TLS, not a guess", () => {
    const r = decode('ERRO TLS handshake error for 127.0.0.1:60910: local error: tls: bad record MAC protocol=SMTP');
    assert.equal(r.causes[0]?.category, 'tls_problem');
    assert.equal(r.guess, undefined);
  });
  it("Comcast's ES000001 (a dynamic/residential IP) is the sender blocked", () => {
    assert.equal(causes('ES000001 You have been blocked from sending to the Comcast network because we have determined that you are sending email from a dynamic/residential IP address')[0], 'outbound_sender_blocked');
  });
  it('a success where the go-ahead was due ("expected 354 after sending DATA, got 250") is the protocol out of step, not empty', () => {
    assert.equal(causes('error: expected 354 after sending DATA, got 250 OK')[0], 'unexpected_server_reply');
  });
  it('the sending IP\'s reverse DNS named in words is the sender\'s side, not the network', () => {
    assert.equal(causes('I get a bounce with a 550: you are sending mail from an IP address that is changing its Reverse Domain Name System (rDNS) frequently')[0], 'outbound_sender_blocked');
  });
  it('a DSN\'s "Remote-MTA: dns; …" is neither the network nor a PowerShell cmdlet', () => {
    const c = causes('Remote-MTA: dns; (\nDiagnostic-Code: smtp;554 Message not allowed - [PH01] Email not accepted for policy reasons.\nX-PowerMTA-BounceCategory: policy-related');
    assert.notEqual(c[0], 'network_blocked');
    assert.ok(!c.includes('exchange_powershell_not_ready'), c.join());
  });
  it('a name lookup that failed is still the network', () => {
    assert.equal(causes('smtp connect failed: DNS lookup of smtp.example.com failed')[0], 'network_blocked');
  });
});

describe('messages of the fifth round\'s development texts (dev116, dev117)', () => {
  const cases: Scenario[] = [
    ['SMTP raised: `421 Too many concurrent SMTP connections from this IP address; please try again later.` EmailVerifier :: OutOfMailServersException: Unable to connect to any one of the servers', 'throttled'],
    ["smtplib.SMTPConnectError: (421, b'Too many connections')", 'throttled'],
    ['Error sending SMTP test email SMTP Connection error: error:1408F10B:SSL routines:ssl3_get_record:wrong version number', 'tls_problem'],
    ['Connection error: error:0A00010B', 'tls_problem'],
    ['POP3 server did not respond with a +OK response to the AUTH command', 'imap_auth_failed_generic'],
    ['auth login 500 Error: command "AUTH" not recognized', 'unexpected_server_reply'],
    ["'A1 NO Invalid SASL argument. qk7if1705226pac.117'", 'token_expired_or_invalid'],
    ['I always end with "SMTP ERROR: AUTH command failed: 334".', 'token_expired_or_invalid'],
    ['MailKit.Net.Smtp.SmtpCommandException: 5.1.0 Sender is not allowed to send from gmail.com (R2)', 'send_as_denied'],
    ['Expected response code 250 but got code "554", with message "554 Message rejected: Stream is more than 10485760 bytes long. "', 'message_too_large'],
    ['I have the following error "An authentication function returned an error". I\'m using starttls.', 'smtp_auth_failed_generic'],
    ["(553, b'Relaying disallowed as \"me@example.com\"')", 'send_as_denied'],
    ['Error: unauthorized_client: Client is unauthorized to retrieve access tokens using this method.', 'consent_missing'],
    ['GoogleJsonResponseException: 403 Forbidden { "code" : 403, "errors" : [ { "domain" : "global", "message" : "Insufficient Permission", "reason" : "insufficientPermissions" } ] }', 'wrong_scope_or_resource'],
    ['dovecot: imap-login: Disconnected (tried to use disallowed plaintext auth): user=<a@example.com>', 'tls_problem'],
    ['The following From address failed: me@example.com : MAIL FROM command failed,Authentication Required.', 'not_authenticated'],
    ["RecipientError: Can't send mail - all recipients were rejected", 'recipient_rejected'],
  ];
  expectFirst(cases);
  it('msmtp\'s "cannot use a secure authentication method" names the sign-in and TLS, the sign-in first', () => {
    assert.deepEqual(causes('msmtp: cannot use a secure authentication method').slice(0, 2), ['smtp_auth_failed_generic', 'tls_problem']);
  });
  it('Odoo\'s bare "553 Relaying disallowed" stays a client that did not sign in', () => {
    assert.equal(causes("openerp.addons.base.ir.ir_mail_server: (553, 'Relaying disallowed')")[0], 'not_authenticated');
  });
  it('an OpenSSL error code of another library (not 0x14/0x0A) is not read as TLS', () => {
    assert.notEqual(causes('error:02001002:system library:fopen:No such file or directory')[0], 'tls_problem');
  });
});

describe("Google's sign-in and Gmail API errors (vocab-google.ts)", () => {
  const cases: Scenario[] = [
    ['**Result:** `403 insufficientPermissions: Request had insufficient authentication scopes`', 'wrong_scope_or_resource'],
    ['endpoints reject `gmail.modify` with HTTP 403 **Insufficient Permission**', 'wrong_scope_or_resource'],
    ['The app is currently being tested, and can only be accessed by developer-approved testers. If you think you should have access, contact the developer. Error 403: access_denied', 'user_not_assigned'],
    ['Error 400: invalid_request The out-of-band (OOB) flow has been blocked in order to keep users secure.', 'redirect_uri_mismatch'],
    ['Authorization Error Error 403: org_internal This client is restricted to users within its organization.', 'wrong_tenant_or_app'],
    ['401. That’s an error. Error: deleted_client The OAuth client was deleted.', 'wrong_tenant_or_app'],
    ['> Error: Delegation denied for someone@example.com', 'mailbox_permission_missing'],
    ['Error: 400 when GET-ing https://www.googleapis.com/gmail/v1/users/me/settings/sendAs -> Mail service not enabled', 'imap_disabled_or_not_connected'],
    ['javax.mail.AuthenticationFailedException: OAUTH2 asked for more', 'wrong_scope_or_resource'],
    ['Getting this response from server: {"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}', 'token_expired_or_invalid'],
    ['{"status":"401","schemes":"bearer mac","scope":"https://mail.google.com/"}', 'token_expired_or_invalid'],
  ];
  expectFirst(cases);
  it("Exchange's InsufficientPermissionsException is not Google's insufficientPermissions", () => {
    const hits = decode('Microsoft.Exchange.Data.Directory.InsufficientPermissionsException: Active Directory operation failed').causes.map((c) => c.category);
    assert.notEqual(hits[0], 'wrong_scope_or_resource');
  });
});

describe('IMAP and POP3 states of the servers (dev118)', () => {
  it('RFC 5530\'s [UNAVAILABLE] is the server\'s side first, a limit second', () => {
    assert.deepEqual(causes('ImapResponseParser: conn1<<<#1# [NO, [UNAVAILABLE], Temporary authentication failure.').slice(0, 2), ['unexpected_server_reply', 'throttled']);
  });
  it("POP3's [IN-USE] / Mailbox Locked is another session (a limit)", () => {
    assert.equal(causes("-ERR [IN-USE] Mailbox Locked")[0], 'throttled');
  });
  it('"Mailbox isn\'t selectable" is the folder asked for, not the sign-in', () => {
    assert.equal(causes('Could not select: 28 NO Mailbox isn\'t selectable (0.000 + 0.000 secs).')[0], 'unexpected_server_reply');
  });
  it("Dovecot's 'no auth attempts' is the TLS mode first", () => {
    assert.equal(causes('imap-login: Disconnected (no auth attempts in 0 secs): user=<>')[0], 'tls_problem');
  });
  it('XOAUTH2 refused with Gmail\'s Invalid credentials is the token', () => {
    assert.equal(causes('XOAUTH2 authentication failed: [AUTHENTICATIONFAILED] Invalid credentials')[0], 'token_expired_or_invalid');
  });
  it('XOAUTH2 only in the capability list does not make a password login the token', () => {
    const text = '* CAPABILITY IMAP4rev1 CHILDREN ID NAMESPACE UIDPLUS UNSELECT AUTH=PLAIN AUTH=XOAUTH2 SASL-IR\nT1 OK CAPABILITY completed\n>>> T2 LOGIN "u" "p"\nT2 NO [AUTHENTICATIONFAILED] Invalid username or password.';
    assert.notEqual(causes(text)[0], 'token_expired_or_invalid');
  });
});

describe('generic senders\' and self-hosted servers\' replies (dev120, dev121)', () => {
  const cases: Scenario[] = [
    ['javax.mail.MessagingException: Could not connect to SMTP host: smtp.gmail.com, port: 25; nested exception is: javax.net.ssl.SSLException: Unrecognized SSL message, plaintext connection?', 'tls_problem'],
    ['Could not connect to SMTP host: smtp.exmail.qq.com, port: 465, response: -1', 'tls_problem'],
    ['postfix/local[54]: 39FF3448C1: to=<ewan@example.com>, relay=local, dsn=5.1.1, status=bounced (unknown user: "ewan")', 'recipient_rejected'],
    ['NOQUEUE: reject: RCPT from unknown[61.135.132.135]: 450 4.2.0 a@example.me: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.me.html', 'throttled'],
    ['NOQUEUE: reject: RCPT from localhost[127.0.0.1]: 451 4.3.5 <user@example.eu>: Recipient address rejected: Server configuration problem', 'unexpected_server_reply'],
    ['it returns 451 4.3.2 Internal server error (in reply to RCPT TO command)', 'unexpected_server_reply'],
    ['NOQUEUE: reject: RCPT from a27-190.smtp-out.us-west-2.amazonses.com[54.240.27.190]: 450 4.1.8 <x@email.example.com>: Sender address rejected: Domain not found', 'outbound_sender_blocked'],
    ['554 5.7.1 Sender address rejected: Access denied', 'not_authenticated'],
    ['220 mydomain.de ESMTP Exim 4.82 Ubuntu mail from:<foobar@gmail.com> 250 OK rcpt to:<me@mydomain.de> 550 "You are not allowed to send email" quit', 'not_authenticated'],
    ['_501 Connection rejected by policy [7.7]_', 'outbound_sender_blocked'],
    ['5.7.0 This message was blocked because its content presents a potential 5.7.0 security issue.', 'outbound_sender_blocked'],
    ['i have Temporary error 249 (temporary MX resolution error) resolving .gmail.com', 'network_blocked'],
  ];
  expectFirst(cases);
  it("Exchange Online's 4.3.2 without 'Internal server error' stays its connection limit", () => {
    assert.equal(causes('421 4.3.2 The maximum number of concurrent connections has exceeded a limit, closing transmission channel')[0], 'throttled');
  });
  it('a Postfix relay refusal behind another server\'s greeting is the refusal, the greeting only second', () => {
    const text = '220 swarm ESMTP Postfix (Ubuntu) EHLO example.com 250-swarm 250 CHUNKING mail from: a@gmail.com 250 2.1.0 Ok rcpt to: b@example.com 454 4.7.1 <b@example.com>: Relay access denied';
    assert.equal(causes(text)[0], 'not_authenticated');
  });
  it('another server\'s greeting alone still names the wrong server first', () => {
    assert.equal(causes('220 mail.example.net ESMTP Exim 4.94 Mon, 01 Jan 2024')[0], 'unexpected_server_reply');
  });
  it("Go's \"server doesn't support AUTH\" names TLS first and a server without AUTH second", () => {
    assert.deepEqual(causes("smtp: server doesn't support AUTH").slice(0, 2), ['tls_problem', 'unexpected_server_reply']);
  });
});

describe('a receiving server refusing the sender\'s SPF, DKIM or DMARC', () => {
  for (const text of [
    "550-5.7.1 Unauthenticated email from example.com is not accepted due to domain's 550-5.7.1 DMARC policy.",
    "host mx.zoho.com[204.141.32.121] said: 550 5.7.23 Sender's SPF Policy Failure (in reply to RCPT TO command)",
    'SMTP error from remote mail server after end of data: 550 5.7.1 [BFD] Sender prohibited by SPF',
  ]) {
    it(`${text.slice(0, 70)}: the sender's domain first, the recipient's server second`, () => {
      assert.deepEqual(causes(text).slice(0, 2), ['outbound_sender_blocked', 'recipient_rejected']);
    });
  }
});

describe('form decoding reads "+" before the escapes (normalize.ts)', () => {
  it('an encoded "+" ("%2BOK") in a form-encoded description stays a "+", so MailKit\'s POP3 sentence is still read', () => {
    const wrapped = `error_description=${encodeURIComponent('POP3 server did not respond with a +OK response to the AUTH command').replace(/%20/g, '+')}`;
    assert.ok(textViews(wrapped).spaced.includes('a +OK response'), textViews(wrapped).spaced);
    assert.equal(causes(wrapped)[0], 'imap_auth_failed_generic');
  });
  it('a description encoded twice is still read whole', () => {
    const inner = 'https://contoso.sharepoint.com/#error=invalid_resource&error_description=AADSTS500011%3a+The+resource+principal+named+x+was+not+found+in+the+tenant+named+y.';
    const wrapped = `error_description=${encodeURIComponent(inner).replace(/%20/g, '+')}`;
    assert.ok(textViews(wrapped).spaced.includes('AADSTS500011: The resource principal named x was not found'), textViews(wrapped).spaced);
  });
});

describe('the fourth round\'s development texts (dev122, dev123)', () => {
  const cases: Scenario[] = [
    ["SMTPSenderRefused at /password_reset/ (530, b'5.5.1 Authentication Required. Learn more at\\n5.5.1 https://support.google.com/mail/?p=WantAuthError q3sm8571800qte.0 - gsmtp', 'a@gmail.com')", 'not_authenticated'],
    ["Reason: 554 5.7.1 Recipient address rejected: Username admin@example.dk and sender doesn't match", 'send_as_denied'],
    ['Message failed: 550 The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved.', 'send_as_denied'],
    ['Error SMTP (451): (Temporary local problem - please try later).', 'unexpected_server_reply'],
    ['Expected response code "250" but got code "421", with message "421-4.7.0 Try again later, closing connection. (EHLO) 421-4.7.0 For more information, go to 421 4.7.0 https://support.google.com/a/answer/3221692', 'unexpected_server_reply'],
  ];
  expectFirst(cases);
});
