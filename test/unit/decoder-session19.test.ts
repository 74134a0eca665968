/**
 * Messages read in the nineteenth session's development texts: an Entra code without its AADSTS prefix as Markdown and JSON
 * carry it ("**Error Code:** 53003", "error_code: 90023", "error_codes":[…]), and workload identity federation's "No matching
 * federated identity record found" (AADSTS70021 and 700213, the app's federated credential). From dev57–dev59: an MSAL
 * method missing in PowerShell, AADSTS7000112 for one of Microsoft's own apps, Exchange's RESOLVER.RST.AuthRequired as an NDR
 * quotes it, the French Send As refusal, an IMAP client on POP3's port, and topic words in Chinese, Japanese and Korean (and
 * Conditional Access in more languages) so that such texts are guessed rather than left without an answer. From dev61 and
 * dev62: Outlook's HTTP (DAV) error numbers, and relays' and hosters' replies (cPanel/Exim's hourly cap, 1&1's missing PTR
 * record, SendGrid's unauthenticated sender, qmail's rcpthosts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';

const causes = (text: string) => decode(text).causes.map((c) => c.category);

describe('an Entra code without its prefix, as Markdown and JSON carry it', () => {
  for (const [text, category] of [
    ['**Error Code:** 53003', 'security_policy_blocks'],
    ['**Error Code:** 50105', 'user_not_assigned'],
    ['error_code: 50126', 'not_authenticated'],
    ['"error_codes":[700016]', 'wrong_tenant_or_app'],
  ] as const) {
    it(text, () => {
      const r = decode(text);
      assert.ok(!r.guess, 'a known code');
      assert.equal(r.causes[0]?.category, category);
    });
  }

  it('a number below 50000 after "error code" is another product\'s', () => {
    assert.notEqual(causes('**Error Code:** 40001')[0], 'security_policy_blocks');
    assert.ok(decode('**Error Code:** 40001').guess || decode('**Error Code:** 40001').causes.length === 0);
  });
});

describe("workload identity federation: no federated credential matches the presented token (the app's credential)", () => {
  for (const text of [
    "AADSTS700213: No matching federated identity record found for presented assertion subject 'system:serviceaccount:ns:sa'. Check your federated identity credential Subject, Audience and Issuer against the presented assertion.",
    '{"error":"invalid_request","error_description":"AADSTS70021: No matching federated identity record found for presented assertion. Assertion Issuer: \'https://kubernetes.default.svc.cluster.local\'."}',
  ]) {
    it(text.slice(0, 60), () => {
      assert.equal(causes(text)[0], 'bad_client_secret');
    });
  }
});

describe('Exchange\'s resolver refusing an unauthenticated sender: the recipient\'s restriction when an NDR quotes it', () => {
  it('quoted by the NDR ("Remote Server returned …")', () => {
    assert.equal(causes("Remote Server returned '<xxxxxxxx> #5.7.1 smtp;550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]'")[0], 'recipient_rejected');
  });
  it('said of a public folder', () => {
    assert.equal(causes('An external sender to a mail-enabled public folder receives 550 5.7.1 RESOLVER.RST.AuthRequired; authentication required')[0], 'recipient_rejected');
  });
  it('alone, as a client sees it in its SMTP session, still: sign in', () => {
    assert.equal(causes('550 5.7.1 RESOLVER.RST.AuthRequired; authentication required')[0], 'not_authenticated');
  });
});

describe('more known messages', () => {
  for (const [text, category] of [
    ["Exception : System.Net.Mail.SmtpException: Boîte aux lettres non disponible. La réponse du serveur était : 5.7.1 Le client n'est pas autorisé à envoyer en tant que cet expéditeur", 'send_as_denied'],
    ["Connect-MgGraph: ClientCertificateCredential authentication failed: Method not found: '!0 Microsoft.Identity.Client.BaseAbstractApplicationBuilder`1.WithLogging(Microsoft.IdentityModel.Abstractions.IIdentityLogger, Boolean)'.", 'exchange_powershell_not_ready'],
    ["AADSTS7000112: Application '00000002-0000-0ff1-ce00-000000000000'(Office 365 Exchange Online) is disabled.", 'service_principal_missing_or_wrong_id'],
    ["new MailListener({ host: 'outlook.office365.com', port: 995, tls: true }) → imap error: Timed out while authenticating with server", 'unexpected_server_reply'],
    ["Task 'Hotmail - Sending' reported error (0x800CCC3C) : 'The server reported an error. The server responded 'Precondition Failed'.'", 'unexpected_server_reply'],
    ['R=enforce_mail_permissionsHG: Domain example.co.za has exceeded the max emails per hour (500/500 (100%)) allowed. Message discarded.', 'throttled'],
    ["Remote Server at mx00.1and1.es returned '451-4.4.0 Primary target IP address responded with: \"554-No SMTP service 554-Bad DNS PTR resource record.\"'", 'outbound_sender_blocked'],
    ['<<< 550 Unauthenticated senders not allowed\n554 5.0.0 Service unavailable', 'not_authenticated'],
    ["host 10.33.251.240 [10.33.251.240]: 553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", 'not_authenticated'],
    // A refusal at the password step: the credentials (the generic check) first since the twenty-fifth session — development
    // texts with it 4 of 6, "not authenticated" 2.
    ['postfix/submission/smtpd[16006]: warning: unknown[11.22.33.44]: SASL LOGIN authentication failed: UGFzc3dvcmQ6', 'smtp_auth_failed_generic'],
    ['535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6', 'smtp_auth_failed_generic'],
    ['"Exchange ActiveSync returned an HTTP 451 response. (Device Misconfigured)."', 'unexpected_server_reply'],
  ] as const) {
    it(text.slice(0, 60), () => assert.equal(causes(text)[0], category));
  }
  it("Graph's change-notification subscription: the app's endpoint answered the validation wrongly, or could not be reached", () => {
    assert.equal(causes('{"code":"InvalidRequest","message":"Subscription validation request failed. Must respond with 200 OK to this request."}')[0], 'unexpected_server_reply');
    assert.equal(causes('Subscription validation request timed out.')[0], 'network_blocked');
  });
  it("another app's AADSTS7000112 stays a policy", () => {
    assert.equal(causes("AADSTS7000112: Application '3f2a1c5e-1111-4222-8333-944455556666'(Contoso Mailer) is disabled.")[0], 'security_policy_blocks');
  });
  it('an IMAP client on 993 is no such port mistake', () => {
    assert.notEqual(causes("imap host: 'outlook.office365.com', port: 993 → Timed out while authenticating with server")[0], 'unexpected_server_reply');
  });
});

describe('texts in Chinese, Japanese, Korean and other languages alone are guessed by their topic, not left without an answer', () => {
  for (const [text, category] of [
    ['アクセスが拒否されました', 'consent_missing'],
    ['访问被拒绝', 'consent_missing'],
    ['操作超时', 'network_blocked'],
    ['网络错误', 'network_blocked'],
    ['证书验证失败', 'tls_problem'],
    ['添加账户失败', 'basic_auth_used'],
    ['アカウントの追加に失敗しました', 'basic_auth_used'],
    ['无效的客户端密钥', 'bad_client_secret'],
    ['リダイレクト URI が一致しません', 'redirect_uri_mismatch'],
    ['需要管理员批准', 'consent_missing'],
    ['用户取消了登录', 'user_cancelled_or_consent_declined'],
    ['Коды ошибок условного доступа', 'security_policy_blocks'],
    ["Erreur : bloqué par l'accès conditionnel", 'security_policy_blocks'],
    ['Toegang geweigerd', 'consent_missing'],
    ['Доступ запрещен', 'consent_missing'],
    ['Sertifika doğrulanamadı', 'tls_problem'],
    ['Le serveur ne répond pas', 'network_blocked'],
    ['Tempo esgotado', 'network_blocked'],
    ['Error al iniciar sesión', 'basic_auth_used'],
  ] as const) {
    it(text, () => {
      const r = decode(text);
      assert.ok(r.guess, 'a guess');
      assert.equal(r.causes[0]?.category, category);
    });
  }
  it('receiving mail failed (收信失败) is guessed too', () => {
    const r = decode('收信失败');
    assert.ok(r.guess && r.causes.length > 0);
  });
  it('the receiving side and the sender in a user\'s words are mail too ("Inbox not updating", "Sender unknown")', () => {
    for (const text of ['Inbox not updating', 'Mein Posteingang bleibt leer', 'Sender unknown']) {
      const r = decode(text);
      assert.ok(r.guess && r.causes.length > 0, text);
    }
    assert.equal(causes('Inbox not updating')[0], 'imap_auth_failed_generic');
  });
  it("an SMTP server's routing refusal in another language is no right of the app (550 5.4.1 \"Odmowa dostępu\")", () => {
    assert.ok(!['consent_missing', 'mailbox_permission_missing'].includes(causes('550 5.4.1 Odmowa dostępu przekazywania')[0]!));
  });
  it('words of no mail or sign-in topic still get no answer', () => {
    assert.equal(decode('未知错误').causes.length, 0);
  });
});
