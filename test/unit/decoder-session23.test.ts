/**
 * Messages read in the twenty-third session's development texts (dev97–dev108): OpenSSL's SSL_connect and libetpan's missing
 * STARTTLS are TLS even inside Redmine's "An error occurred while sending mail (…)"; "Authentication credentials invalid" is the
 * password first; Gmail's "Invalid credentials (Failure)" without its response code; an IMAP login refused by country; a sending
 * IP "block listed" (two words); Postfix's "503 5.5.1 Error: authentication not enabled" (the wrong server); sendmail's "Domain
 * name required for sender address"; Gmail's missing Message-ID and VPOP3's "Recipient Prohibited" (the recipient's side);
 * Exchange IMAP's "Command received in Invalid state" (a sign-in that failed). Then rules reordered by what fixed their development
 * texts (.NET's closed connection, MailKit's disconnect, a server's temporary failure, "No IMAP folders", an empty reply after the
 * session came up, AADSTS50078), and EMailSender's, Yahoo's lock-out, a blocked sending IP, 5.1.3 and AADSTS7000229.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';

const causes = (text: string) => decode(text).causes.map((c) => c.category);
const first = (text: string) => causes(text)[0];

describe('TLS named by OpenSSL and libetpan', () => {
  it("Redmine's wrapper around Ruby's SSL_connect … unknown protocol is TLS, not the password", () => {
    const text = 'An error occurred while sending mail (SSL_connect returned=1 errno=0 state=SSLv2/v3 read server hello A: unknown protocol)';
    assert.equal(first(text), 'tls_problem');
    assert.equal(decode(text).guess, undefined);
  });
  it("libetpan's MAILSMTP_ERROR_STARTTLS_NOT_SUPPORTED is TLS", () => {
    assert.equal(first('mailesmtp_starttls() returned MAILSMTP_ERROR_STARTTLS_NOT_SUPPORTED'), 'tls_problem');
  });
});

describe('refused logins of other servers', () => {
  it('"535 Authentication Credentials Invalid" is the password first, not sending without a sign-in', () => {
    assert.deepEqual(causes("SupersetError(message=\"(535, b'Authentication Credentials Invalid')\")").slice(0, 2), [
      'smtp_auth_failed_generic', 'not_authenticated',
    ]);
  });
  it('Gmail\'s "Invalid credentials (Failure)" without [AUTHENTICATIONFAILED] is the IMAP login, not a guess', () => {
    const r = decode('E DeltaChat: Response from imap.gmail.com: Invalid credentials (Failure)');
    assert.equal(r.guess, undefined);
    assert.equal(r.causes[0]?.category, 'imap_auth_failed_generic');
  });
  it('an IMAP login refused by country is a sign-in policy, not a blocked sender', () => {
    const got = causes('Host1 failure: Error login on [10.1.161.155] auth [LOGIN]: 2 NO [ALERT] LOGIN DENIED -- COUNTRY IS BLACKLISTED');
    assert.deepEqual(got.slice(0, 2), ['security_policy_blocks', 'network_blocked']);
    assert.ok(!got.includes('outbound_sender_blocked'));
  });
  it('Exchange IMAP\'s "Command received in Invalid state" is a sign-in that failed first', () => {
    assert.equal(first('Net::IMAP::BadResponseError: Command received in Invalid state.'), 'imap_auth_failed_generic');
  });
});

describe('servers refusing a sender or the message', () => {
  it('a sending IP "block listed" in two words is a blocked sender, not a limit', () => {
    const text = 'permanent: gmx.net (mxgmx117) Nemesis ESMTP Service not available; No SMTP service; IP address is block listed.';
    assert.equal(first(text), 'outbound_sender_blocked');
  });
  it('"503 5.5.1 Error: authentication not enabled" is the wrong server, not a wrong password', () => {
    assert.equal(first('WARN: Net::SMTPAuthenticationError: 503 5.5.1 Error: authentication not enabled'), 'unexpected_server_reply');
  });
  it('"Domain name required for sender address" is the sender address', () => {
    assert.equal(first("(553, '5.5.4 <me@office365.com>... Domain name required for sender address ElastAlert')"), 'send_as_denied');
  });
  it("Gmail's missing Message-ID and VPOP3's Recipient Prohibited are the recipient's side", () => {
    assert.equal(first('550 5.7.1 Messages missing a valid messageId header are not accepted'), 'recipient_rejected');
    assert.equal(first('550 5.7.1 Recipient Prohibited (3)'), 'recipient_rejected');
  });
});

describe('rules reordered by what fixed their development texts', () => {
  it('.NET\'s "Unable to read data from the transport connection: net_io_connectionclosed" is TLS first', () => {
    assert.equal(first('System.IO.IOException: Unable to read data from the transport connection: net_io_connectionclosed.'), 'tls_problem');
  });
  it('MailKit\'s "The IMAP server has unexpectedly disconnected" is the server\'s reply first', () => {
    assert.equal(first('MailKit.Net.Imap.ImapProtocolException: The IMAP server has unexpectedly disconnected.'), 'unexpected_server_reply');
  });
  it('"451 4.4.4 Temporary server error" and EWS\'s "(503) Service Unavailable" are the server\'s side before a limit', () => {
    assert.deepEqual(causes('The remote server returned an error: (503) Service Unavailable.').slice(0, 2), ['unexpected_server_reply', 'throttled']);
  });
});

describe('more words of the twenty-third session\'s second round', () => {
  it('"AUTHENTICATIONFAILED]" with its opening bracket cut off is still the IMAP login', () => {
    assert.equal(first('outlook - AUTHENTICATIONFAILED] Invalid username or password'), 'imap_auth_failed_generic');
  });
  it('EMailSender\'s "Could not connect to mail server" after "Sending status:" is TLS first; Database Mail\'s stays the network', () => {
    assert.equal(first('00:29:07.887 -> Sending status: \n00:29:07.887 -> 0\n00:29:07.887 -> 2\n00:29:07.887 -> Could not connect to mail server'), 'tls_problem');
    assert.equal(first('Could not connect to mail server. (No connection could be made because the target machine actively refused it)'), 'network_blocked');
  });
  it('"Too many bad auth attempts" is a lock-out to wait out, then the password', () => {
    assert.deepEqual(causes("Error SMTP sendmail: (535, '5.7.0 (#AUTH005) Too many bad auth attempts.')").slice(0, 2), ['throttled', 'smtp_auth_failed_generic']);
  });
  it('"This IP [77.68.x.x] is blocked." from a receiving server is the sender blocked', () => {
    assert.equal(first('Max connection attempts exceeded - short response: This IP [77.68.x.x] is blocked.'), 'outbound_sender_blocked');
  });
});

describe('the third part of the twenty-third session', () => {
  it('AADSTS50078 (MFA expired) is a new sign-in first, the policy second', () => {
    assert.deepEqual(causes('AADSTS50078: Presented multi-factor authentication has expired due to policies configured by your administrator.').slice(0, 2), [
      'token_expired_or_invalid', 'security_policy_blocks',
    ]);
  });
  it('"No IMAP folder found" after the sign-in is the mailbox right first', () => {
    assert.equal(first('Error: No IMAP folders found on the mailbox'), 'mailbox_permission_missing');
  });
  it('an empty reply after DATA is the server\'s side; an empty greeting stays the connection', () => {
    assert.equal(first('Swift_TransportException: Expected response code 354 but got an empty response'), 'unexpected_server_reply');
    assert.equal(first('Swift_TransportException: Expected response code 220 but got an empty response'), 'network_blocked');
  });
  it('Go\'s io.EOF at the end of a quoted line is still the closed connection', () => {
    assert.equal(first("b'error scanning bounce mailbox: multipart: NextPart: EOF'"), 'tls_problem');
  });
});

describe('two more codes', () => {
  it('"5.1.3 Invalid address" is the recipient', () => {
    const text = 'Error System.Net.Mail.SmtpException: Syntax error in parameters or arguments. The server response was: 5.1.3 Invalid address';
    assert.equal(first(text), 'recipient_rejected');
  });
  // Admin consent creates the app's service principal in the tenant (Microsoft's link in the message: "Create an enterprise
  // application from a multitenant application"), so consent stays first — the step the wizard takes; the service principal the
  // development texts name (2 of 2) follows.
  it('AADSTS7000229 (the client app has no service principal in the tenant) is consent first, the service principal second', () => {
    const text = 'AADSTS7000229: The client application 00000000-0000-0000-0000-000000000001 is missing service principal in the tenant.';
    assert.deepEqual(causes(text).slice(0, 2), ['consent_missing', 'service_principal_missing_or_wrong_id']);
  });
});
