/**
 * Messages read in the twenty-first session's development texts (dev78–dev86): PowerShell's "The term 'Get-Mailbox' is not
 * recognized..." cut short by the tool that quotes it (the Exchange module not connected); a bare "550 Address Unknown" (the
 * recipient, guessed); a redirect URI that "doesn't match the configured redirect" in a tool's own words; exchangelib's
 * "Unknown failure in response. Code: 403" (the app's right to the mailbox); Microsoft's 4.7.650/4.7.652 rate limits and
 * gateways' caps on outgoing mail ("Outmail quota", "Mail flood detected"); Exim's "relay through this server without
 * authentication"; "From domain must match authenticated domain"; Japanese and Dutch forms of known messages (IMAP's
 * AUTHENTICATE failed, basic authentication disabled, Sharp's token update, QNAP's expired authorization); an unknown
 * parameter of Exchange Online's PowerShell without the cmdlet's name; System.Net.Mail's "requires a secure connection or the
 * client was not authenticated" giving way to the reply after it; Mail.ru's "not allowed to send email without
 * authorization"; Test-OAuthConnectivity's 401; Graph's OrganizationFromTenantGuidNotFound by its code alone.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';

const causes = (text: string) => decode(text).causes.map((c) => c.category);

describe('an Exchange cmdlet unknown, the message cut short', () => {
  it("\"The term 'Get-Mailbox' is not recognized...\" is the Exchange Online module, not a guess", () => {
    const r = decode("Exchange Online command 'Get-Mailbox' failed | The term 'Get-Mailbox' is not recognized...");
    assert.equal(r.guess, undefined);
    assert.equal(r.causes[0]?.category, 'exchange_powershell_not_ready');
  });
  it('a cmdlet of another module is not read as Exchange', () => {
    assert.notEqual(causes("The term 'Get-MgUser' is not recognized...")[0], 'exchange_powershell_not_ready');
  });
});

describe('a recipient address unknown', () => {
  it('"550 Address Unknown" is guessed as the recipient', () => {
    const r = decode('550 Address Unknown');
    assert.ok(r.guess);
    assert.equal(r.causes[0]?.category, 'recipient_rejected');
  });
});

describe('a redirect URI that does not match, in a tool\'s own words', () => {
  it('"the finishing uri … doesn\'t match the configured redirect" is the app registration\'s redirect URIs', () => {
    for (const text of [
      'the process failed since the finishing uri `http://localhost:8080/finish` doesn\'t match the configured redirect',
      'Error: redirect URI http://localhost:1234/callback does not match',
    ]) {
      const r = decode(text);
      assert.equal(r.guess, undefined, text);
      assert.equal(r.causes[0]?.category, 'redirect_uri_mismatch', text);
    }
  });
});

describe("exchangelib's 403 from EWS", () => {
  it('"Unknown failure in response. Code: 403" is the app\'s right to the mailbox first, its consent second', () => {
    assert.deepEqual(causes('exchangelib.errors.MalformedResponseError: Unknown failure in response. Code: 403').slice(0, 2), ['mailbox_permission_missing', 'consent_missing']);
  });
});

describe('limits on outgoing mail, in the words of Microsoft\'s receiving side and of gateways', () => {
  for (const text of [
    '451 4.7.650 The mail server [192.0.2.7] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S843)',
    'said: 451 4.7.652 The mail server [192.0.2.7] has exceeded the maximum number of connections. (in reply to RCPT TO command)',
    "Server Error: 554 Server Response: 554 5.7.1 <someone@example.com>: Recipient address rejected: You have exceeded your Outmail quota.",
    "Sophos Email: Outbound emails bounced with '554 5.7.28 Mail flood detected'",
  ]) {
    it(text.slice(0, 70), () => {
      const r = decode(text);
      assert.equal(r.guess, undefined);
      assert.equal(r.causes[0]?.category, 'throttled');
    });
  }
  it('a full mailbox\'s storage quota is no sending limit', () => {
    assert.notEqual(causes('552 5.2.2 mailbox full: the recipient has exceeded the storage quota')[0], 'throttled');
  });
});

describe('a relay that wants a sign-in, and a From domain that must be the signed-in one', () => {
  it('"550-550 relay through this server without authentication." is signing in before sending', () => {
    assert.equal(causes('550-550 relay through this server without authentication.')[0], 'not_authenticated');
  });
  it('"550 From domain must match authenticated domain" is the sender address', () => {
    assert.equal(causes('rsp: 550 From domain must match authenticated domain')[0], 'send_as_denied');
  });
});

describe('the same messages in Japanese and Dutch', () => {
  for (const [text, want] of [
    ['有効なアクセス トークンがあるにもかかわらず「AUTHENTICATE に失敗しました」エラーが発生する', 'imap_auth_failed_generic'],
    ['「535: 5.7.139 認証に失敗しました」というエラー メッセージです。これは通常、Outlook サーバーで基本認証方法が無効になっている場合に発生します', 'basic_auth_used'],
    ['[トークンの更新に失敗しました。トークンを削除して再取得してください。]と表示された場合', 'token_expired_or_invalid'],
    ['Autorisatie is verlopen. Autoriseer het account opnieuw.', 'token_expired_or_invalid'],
  ] as const) {
    it(text.slice(0, 40), () => {
      const r = decode(text);
      assert.equal(r.guess, undefined);
      assert.equal(r.causes[0]?.category, want);
    });
  }
});

describe('a parameter the Exchange Online module does not know', () => {
  it("without the cmdlet's name, where the text says it is Exchange Online's PowerShell", () => {
    const text = "Exchange Online PowerShell認証エラー\n**エラー**: `A parameter cannot be found that matches parameter name 'CertificateThumbprint'`";
    assert.equal(causes(text)[0], 'exchange_powershell_not_ready');
  });
  it('another module\'s unknown parameter is only guessed at', () => {
    assert.ok(decode("Connect-MgGraph : A parameter cannot be found that matches parameter name 'Organization'.").guess);
  });
});

describe("System.Net.Mail's sentence around the server's reply", () => {
  it('"Must issue a STARTTLS command first" after it is TLS, not a missing sign-in', () => {
    const text = 'The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.0 Must issue a STARTTLS command first.';
    assert.equal(causes(text)[0], 'tls_problem');
  });
  it('"5.7.57 Client not authenticated to send mail" after it stays a missing sign-in', () => {
    const text = 'The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.57 Client not authenticated to send mail.';
    assert.equal(causes(text)[0], 'not_authenticated');
  });
  it('the sentence alone still says a missing sign-in first', () => {
    assert.equal(causes('The SMTP server requires a secure connection or the client was not authenticated. The server resp...')[0], 'not_authenticated');
  });
});

describe('a relay that wants a sign-in, in Mail.ru\'s words', () => {
  it('"Users in your domain are not allowed to send email without authorization" is signing in', () => {
    const text = '>> 503 Administrative prohibition -- authorization required. Users in your domain are not allowed to send email without authorization.';
    assert.equal(causes(text)[0], 'not_authenticated');
  });
});

describe("Exchange hybrid's OAuth check", () => {
  it('Test-OAuthConnectivity failing with 401 is the Exchange Online service principal', () => {
    const text = 'When you run the Test-OAuthConnectivity cmdlet to test OAuth authentication for a user, the operation fails, and you receive a message that resembles the following:\n\n401 Access denied';
    assert.equal(causes(text)[0], 'service_principal_missing_or_wrong_id');
  });
});

describe("Graph's OrganizationFromTenantGuidNotFound named without its message", () => {
  it('is the tenant (another one, or one without Exchange Online)', () => {
    assert.equal(causes('Encontrando o Erro OrganizationFromTenantGuidNotFound ao tentar enviar um e-mail com o API do Microsoft Graph')[0], 'wrong_tenant_or_app');
  });
});
