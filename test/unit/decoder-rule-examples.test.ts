/**
 * One example for each rule that neither a development corpus text nor another scenario test reaches
 * (found by running every rule over both): each must fire on the text its source comment quotes, and
 * the text must name the cause the rule is for. A rule that never fires — a regex broken by an edit —
 * fails here instead of going unnoticed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CategoryId } from '../../electron/core/diagnosis/categories.js';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { matchText } from '../../electron/core/diagnosis/match.js';

const EXAMPLES: readonly (readonly [ruleId: string, text: string, first: CategoryId])[] = [
  ['smtp-5.2.25x-throttled', '554 5.2.251 Message rejected: sender thread limit exceeded', 'throttled'],
  ['msal-idw10502', 'IDW10502: An MsalUiRequiredException was thrown due to a challenge for the user.', 'token_expired_or_invalid'],
  // Twenty-fourth session: the recipients first (development texts: 2 of 5, the others one each).
  ['nodemailer-all-recipients-rejected', "Error: Can't send mail - all recipients were rejected", 'recipient_rejected'],
  ['phpmailer-username-failed', 'SMTP Error: Username command failed', 'not_authenticated'],
  ['mailkit-no-certificate', 'The SSL certificate for the server was not available.', 'tls_problem'],
  ['mailkit-unexpectedly-disconnected', 'MailKit.Net.Imap.ImapProtocolException: The IMAP server has unexpectedly disconnected.', 'unexpected_server_reply'],
  ['mailkit-no-recipients', 'MailKit.Net.Smtp.SmtpCommandException: No recipients were accepted.', 'not_authenticated'],
  ['javamail-io', "javax.mail.MessagingException: Can't send command to SMTP host", 'network_blocked'],
  ['py-smtp-connect-error', "smtplib.SMTPConnectError: (421, b'Cannot connect to SMTP server')", 'network_blocked'],
  ['dotnet-status-530', 'System.Net.Mail.SmtpException: StatusCode: MustIssueStartTlsFirst', 'not_authenticated'],
  ['dotnet-status-454', 'System.Net.Mail.SmtpException: StatusCode: ClientNotPermitted', 'smtp_auth_failed_generic'],
  // With a reply after it (an empty one while connecting is the wrong port: dotnet-command-unrecognized-on-connect, development set 37).
  ['dotnet-command-unrecognized', 'System.Net.Mail.SmtpException: Syntax error, command unrecognized. The server response was: 500 5.5.1 Invalid command', 'unexpected_server_reply'],
  ['go-io-timeout', 'dial tcp 52.97.0.1:587: i/o timeout', 'network_blocked'],
  ['msmtp-tls-io', 'msmtp: cannot read from TLS connection: Error in the pull function.', 'tls_problem'],
  ['msmtp-no-greeting', 'msmtp: cannot get initial OK message from server', 'network_blocked'],
  ['openssl-syscall', 'curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to smtp.office365.com:587', 'tls_problem'],
  ['node-tls-timeout', "Error [ERR_TLS_HANDSHAKE_TIMEOUT]: TLS handshake timeout code: 'ERR_TLS_HANDSHAKE_TIMEOUT'", 'network_blocked'],
  ['dotnet-ssl-channel', 'The request was aborted: Could not create SSL/TLS secure channel.', 'tls_problem'],
  ['java-net-reset', 'java.net.SocketException: Connection reset', 'network_blocked'],
  ['wsa-aborted', 'An established connection was aborted by the software in your host machine', 'network_blocked'],
  ['errno-aborted', 'OSError: [Errno 103] Software caused connection abort', 'network_blocked'],
  ['errno-broken-pipe', 'BrokenPipeError: [Errno 32] Broken pipe', 'network_blocked'],
  ['undici-socket', "SocketError: other side closed code: 'UND_ERR_SOCKET'", 'network_blocked'],
  ['curl-ssl-connect', 'curl: (35) SSL connect error', 'tls_problem'],
  ['odoo-test-recipient-refused', 'The server refused the test recipient (info@contoso.com) with error', 'outbound_sender_blocked'],
  ['signin-consent-sentence', 'Send an interactive authorization request for this user and resource.', 'consent_missing'],
  ['signin-reauthorize-sentence', 'invalid_grant: Send a new interactive authorization request for this user and resource.', 'token_expired_or_invalid'],
  ['tls-ssl-routines', 'Error notice: stream_socket_client(): Failed to enable crypto', 'tls_problem'],
];

describe('every rule fires on an example of its message', () => {
  for (const [ruleId, text, first] of EXAMPLES) {
    it(`${ruleId}: ${text.slice(0, 70)} → ${first}`, () => {
      const ids = matchText(text).hits.map((h) => h.ruleId);
      assert.ok(ids.includes(ruleId), `${ruleId} not among ${ids.join(', ')}`);
      assert.equal(decode(text).causes[0]?.category, first, JSON.stringify(decode(text).causes.map((c) => [c.category, c.confidence])));
    });
  }
});
