/**
 * Messages read from the tenth, fifteenth and eighteenth spent set-asides' sources (decoder-corpus-spent10, -spent15,
 * -spent18): the Exchange Online module's own namespace, AADSTS7000012 and 9000411, Postfix's "not logged in", Swift Mailer's
 * empty reply and its check after a successful AUTH, Jira's OAuth 2.0 connection test, Exchange's NDR for a refusal by the
 * recipient's system, HTTP 456 / AppPasswordRequired, Microsoft's notice to Outlook.com users, the userAudience refusal, a
 * token named in other scripts, and an AADSTS message found in part only when it ends where the text ends it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const causes = (text: string) => decode(text).causes.map((c) => c.category);
const first = (text: string) => causes(text)[0];

describe('the Exchange Online module named by its own assemblies → its session, not a token', () => {
  it('a guess that names the module first', () => {
    const result = decode('   at Microsoft.Identity.Client.ApiConfig.Executors.PublicClientExecutor.ExecuteAsync(AcquireTokenCommonParameters commonParameters)\n   at Microsoft.Exchange.Management.AdminApiProvider.Authentication.MSALTokenProvider.GetAccessTokenAsync(String claims, String cmdletId)\nOperationStopped: Object reference not set to an instance of an object.');
    assert.equal(result.guess, true);
    assert.equal(result.causes[0]?.category, 'exchange_powershell_not_ready');
  });
});

describe('AADSTS codes missing from Microsoft\'s list', () => {
  expectFirst([
    // A refresh token of one tenant sent to another tenant's (or /consumers) token endpoint.
    ['Token refresh failed.\nAADSTS7000012: The grant was obtained for a different tenant.', 'wrong_tenant_or_app'],
    // A client that sends a parameter twice: update the client.
    ["AADSTS9000411: The request is not properly formatted. The parameter 'prompt' is duplicated.", 'unexpected_server_reply'],
  ]);
});

describe('SMTP replies and mailer checks', () => {
  expectFirst([
    ["reply: b'553 5.7.1 <smart@box.li>: Sender address rejected: not logged in\\r\\n'", 'not_authenticated'],
    // An empty reply where 250 was due: the session had come up (twenty-third session: the server's side, as both development
    // texts with it were fixed; the greeting's 220 stays the connection).
    ['Expected response code 250 but got code "", with message ""', 'unexpected_server_reply'],
    ['Failed to authenticate on SMTP server with username "noreply@example.com" using 2 possible authenticators. Authenticator LOGIN returned Expected response code 250 but got code "235", with message "235 2.7.0 Authentication successful". Authenticator XOAUTH2 returned Expected response code 250 but got code "503", with message "503 5.5.2 Auth command already specified"', 'unexpected_server_reply'],
  ]);

  it("a signed-in client using another's address is not 'not logged in'", () => {
    assert.notEqual(first('553 5.7.1 <a@contoso.com>: Sender address rejected: not logged in as owner'), 'not_authenticated');
  });

  it('a mailer that got a refusal, not 235, stays a refused sign-in', () => {
    assert.notEqual(first('Expected response code 235 but got code "535", with message "535 5.7.3 Authentication unsuccessful"'), 'unexpected_server_reply');
  });
});

describe('vendor and Microsoft texts', () => {
  expectFirst([
    ['The connection has failed. Check the application logs for details.', 'wrong_tenant_or_app'],
    ['An HTTP 456 Unauthorized response was received from the remote Unknown server. This indicates that the user may not have logged on for the first time, or the account may be locked.\nX-AutoDiscovery-Error: LiveIdBasicAuth:AppPasswordRequired:<RequestId=8a51c25b>;', 'security_policy_blocks'],
    ['Mostly receive an error message "Authentication failed. Update your server settings."\nUpdate your sign-in technology before September 16th, 2024 to maintain email access. Microsoft will no longer support the use of third-party email and calendar apps which ask you to sign in with only your Microsoft Account username and password.', 'basic_auth_used'],
    ["https://login.microsoftonline.com/common/oauth2/nativeclient?error=invalid_request&error_description=The%20request%20is%20not%20valid%20for%20the%20application%27s%20%27userAudience%27%20configuration.%20In%20order%20to%20use%20/common/%20endpoint%2c%20the%20application%20must%20not%20be%20configured%20with%20%27Consumer%27%20as%20the%20user%20audience.", 'wrong_tenant_or_app'],
  ]);

  it("Exchange's NDR for a refusal by the recipient's system is the recipient side (English and German), a guess", () => {
    for (const text of [
      'Your message couldn’t be delivered because the recipient’s email system wasn’t able to confirm that your message came from a trusted location.',
      'Ihre Nachricht konnte nicht zugestellt werden, da das E-Mail-System des Empfängers nicht bestätigen konnte, dass Ihre Nachricht von einem vertrauenswürdigen Ort stammt.',
    ]) {
      const result = decode(text);
      assert.equal(result.guess, true, text);
      assert.equal(result.causes[0]?.category, 'recipient_rejected', text);
    }
  });
});

describe('a token named in other scripts is a sign-in: a guess, never "not recognised"', () => {
  for (const text of ['액세스 토큰 새로 고침 오류.', 'アクセストークンの更新エラー', '刷新访问令牌失败', 'Ошибка обновления токена']) {
    it(text, () => assert.equal(first(text), 'token_expired_or_invalid'));
  }
});

describe("an AADSTS message without its code, found in part, must end as Microsoft's message ends", () => {
  it("a shared opening ('The request is not valid for the …') names no code", () => {
    const text = "The request is not valid for the application's 'userAudience' configuration.";
    assert.ok(!causes(text).includes('wrong_scope_or_resource'), causes(text).join(', '));
  });

  it('a message whose last words follow the found part within two words still counts', () => {
    // AADSTS50076's "… to access the resource." as an error page writes it: "… to access '{resource}'."
    const text = "Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '{resource}'.";
    assert.equal(first(text), 'security_policy_blocks');
    assert.notEqual(decode(text).guess, true);
  });
});
