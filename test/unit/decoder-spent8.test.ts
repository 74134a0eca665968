/**
 * Messages read from the eighth spent set-aside's sources (decoder-corpus-spent8) and the products' own texts: a Graph token
 * handed to IMAP or SMTP, Graph's access refusal for a shared mailbox, Outlook's send-on-behalf refusal as people retell it,
 * the recipient's side refusing a sender (5.7.1 / 5.1.0 articles), msmtp's and mpop's "does not support … XOAUTH2", imapsync's
 * over-long line, Angus Mail's POP3 null response, and the guesses' "requires authentication" and "protocol error"; and from
 * development part 35 (decoder-corpus-dev35): a size refusal in other words, a bare sender refusal, a migration tool's message.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('a Graph token used for IMAP, POP or SMTP → wrong scope', () => {
  expectFirst([
    ['string[] scopes = { "https://graph.microsoft.com/.default" };\nvar oauth2 = new SaslMechanismOAuth2(userName, result.AccessToken);\nusing (var client = new ImapClient()) { await client.AuthenticateAsync(oauth2); } // Auth Failed', 'wrong_scope_or_resource'],
    ["scope = ['https://graph.microsoft.com/.default']\nsmtp = smtplib.SMTP('smtp.office365.com', 587)\nsmtplib.SMTPAuthenticationError: (535, b'5.7.3 Authentication unsuccessful')", 'wrong_scope_or_resource'],
  ]);

  it('the Graph scope alone, with Graph calls, is no such sign', () => {
    assert.notEqual(first('POST https://login.microsoftonline.com/t/oauth2/v2.0/token scope=https://graph.microsoft.com/.default\nGET https://graph.microsoft.com/v1.0/users → 403 Authorization_RequestDenied'), 'wrong_scope_or_resource');
  });
});

describe("Graph's access refusal for a shared mailbox → the mailbox's rights first", () => {
  expectFirst([
    ['GET https://graph.microsoft.com/v1.0/users/shared_mailbox@contoso.com/mailboxSettings\n"error": { "code": "ErrorAccessDenied", "message": "Access is denied. Check credentials and try again." }', 'mailbox_permission_missing'],
    ['403 Client Error: Forbidden for url: https://graph.microsoft.com/v1.0/users/ShareMailbox@contoso.de/mailboxSettings | Error Message: Access is denied. Check credentials and try again.', 'mailbox_permission_missing'],
  ]);

  it('without a shared mailbox named, consent stays first', () => {
    assert.equal(first('{"error":{"code":"ErrorAccessDenied","message":"Access is denied. Check credentials and try again."}}'), 'consent_missing');
  });

  it('a shared mailbox named far from the refusal does not count', () => {
    assert.equal(first(`We use a shared mailbox for support.${' Lorem ipsum dolor sit amet.'.repeat(40)}\n{"error":{"code":"ErrorAccessDenied","message":"Access is denied. Check credentials and try again."}}`), 'consent_missing');
  });
});

describe('sending and delivery refusals in their retold forms', () => {
  expectFirst([
    ['"This message could not be sent. You do not have permission to send this message on behalf of the specified user."', 'send_as_denied'],
    ["You don't have permission to send the message on behalf of the specified user.", 'send_as_denied'],
    ["FIX NDR ERROR \"550 5.7.1\" IN EXCHANGE ONLINE\n * You don't have permission to send to the recipient.\n * The recipient is a group, and you don't have permission to send to the group", 'recipient_rejected'],
    ["The destination email server that generated the error 5.1.0 doesn't accept messages from you (the sender) or for the recipient.", 'recipient_rejected'],
    ['Der E-Mail-Zielserver, der den Fehler 5.1.0 generiert hat, akzeptiert keine Nachrichten von Ihnen (dem Absender) oder Nachrichten für den Empfänger.', 'recipient_rejected'],
  ]);
});

describe('client texts of mail tools and libraries', () => {
  expectFirst([
    ['mpop: POP3 server does not support authentication method XOAUTH2', 'unexpected_server_reply'],
    ['msmtp: the server does not support authentication method OAUTHBEARER', 'unexpected_server_reply'],
    ['- msg INBOX/116 skipped S[36419] F[\\Seen] (line length exceeds maxlinelength 10500 bytes)', 'message_too_large'],
    ['jakarta.mail.AuthenticationFailedException: Cannot read field "ok" because "this.resp" is null\n    at org.eclipse.angus.mail.pop3.POP3Store.protocolConnect(POP3Store.java:194)', 'unexpected_server_reply'],
    ['IMAP Authentication cancelledPHP Notice:  Unknown: IMAP Authentication cancelled (errflg=2)\nI have tried using an app password, but the issue persists.', 'basic_auth_used'],
  ]);

  it("msmtp's sentence for another mechanism stays TLS first", () => {
    assert.equal(first('msmtp: the server does not support authentication method PLAIN'), 'tls_problem');
  });
});

describe('guesses: a server that wants a sign-in, a protocol error', () => {
  it('"SMTP server may require authentication" guesses a client that sent without signing in', () => {
    const r = decode('16#5108 SMTP MAIL request unsuccessful — SMTP server may require authentication');
    assert.equal(r.guess, true);
    assert.equal(r.causes[0]?.category, 'not_authenticated');
  });

  it('"protocol error" guesses an unexpected reply', () => {
    const r = decode('When using OAuth2 with Office365, trying to use this token makes the server respond with a protocol error.');
    assert.equal(r.guess, true);
    assert.equal(r.causes[0]?.category, 'unexpected_server_reply');
  });
});

describe('development part 35: a size refusal in other words, a bare sender refusal, a migration tool\'s credentials message', () => {
  expectFirst([
    ["{ Error: Message failed: 550 Error reading data, max message size exceeded\n  code: 'EMESSAGE',\n  responseCode: 550 }", 'message_too_large'],
  ]);

  it('a bare sender refusal and the credentials message are guesses', () => {
    for (const [text, category] of [['5.1.0 <john.smith@domain.com> sender rejected', 'send_as_denied'], ['Invalid User Details', 'basic_auth_used']] as const) {
      const r = decode(text);
      assert.equal(r.guess, true, text);
      assert.equal(r.causes[0]?.category, category, text);
    }
  });
});
