/**
 * Messages read from the ninth spent set-aside's sources (decoder-corpus-spent9) and the libraries' own texts: an HTTP client's
 * status line for a request to Microsoft Graph (Python requests, Java's HttpURLConnection, PHP's Guzzle) read by its status —
 * sendMail's 403 with Send As beside a permission —, Graph's/EWS's access refusal for another user's calendar or mailbox,
 * laminas-mail's "last request failed" in a POP3 login, the EWS Managed API's Active Directory (SCP) Autodiscover lookup failing,
 * and Webklex php-imap's "connection setup failed" with its OAuth configuration.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const causes = (text: string) => decode(text).causes.map((c) => c.category);
const first = (text: string) => causes(text)[0];

describe("an HTTP client's status line for a Graph request → Graph's reading of the status", () => {
  expectFirst([
    ['requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://graph.microsoft.com/v1.0/users/a@contoso.com/messages', 'token_expired_or_invalid'],
    ['java.io.IOException: Server returned HTTP response code: 403 for URL: https://graph.microsoft.com/v1.0/users/a@contoso.com/messages', 'consent_missing'],
    ['Client error: `GET https://graph.microsoft.com/v1.0/users/a@contoso.com/mailFolders` resulted in a `404 Not Found` response', 'imap_disabled_or_not_connected'],
    ['429 Client Error: Too Many Requests for url: https://graph.microsoft.com/v1.0/me/messages', 'throttled'],
  ]);

  it("a product's 'Error sending email:' around it is no SMTP failure", () => {
    const text = 'Error sending email: 403 Client Error: Forbidden for url: https://graph.microsoft.com/v1.0/me/sendMail';
    assert.ok(!causes(text).includes('smtp_auth_failed_generic'), causes(text).join(', '));
  });

  it("sendMail's 403 names Send As beside the permission (Graph's ErrorSendAsDenied is a 403 too)", () => {
    const text = 'Client error: `POST https://graph.microsoft.com/v1.0/users/info@contoso.com/sendMail` resulted in a `403 Forbidden` response';
    assert.deepEqual(causes(text).slice(0, 2), ['consent_missing', 'send_as_denied']);
    assert.ok(!causes('403 Client Error: Forbidden for url: https://graph.microsoft.com/v1.0/users/a@contoso.com/messages').includes('send_as_denied'));
  });

  it("Graph's own error body beside the line decides, not the status", () => {
    const text = '404 Client Error: Not Found for url: https://graph.microsoft.com/v1.0/users/shared@contoso.com/mailFolders/Inbox/messages | Error Message: The specified object was not found in the store., The process failed to get the correct properties.';
    assert.equal(first(text), 'mailbox_permission_missing');
    assert.equal(first('{"error":{"code":"ErrorSendAsDenied","message":"The user account which was used to submit this request does not have the right to send mail on behalf of the specified sending account., Cannot submit message."}}\nClient error: `POST https://graph.microsoft.com/v1.0/users/a@b.de/sendMail` resulted in a `403 Forbidden` response'), 'send_as_denied');
  });

  it('another host, or a status without a URL, is no Graph status', () => {
    assert.equal(decode('403 Client Error: Forbidden for url: https://api.example.com/v1/send').guess, true);
    assert.equal(decode('401 Client Error: Unauthorized for url: https://graph.microsoft.community.example/x').guess, true);
    assert.equal(decode('Response status code does not indicate success: 403 (Forbidden).').guess, true);
  });
});

describe("an access refusal for another user's calendar or mailbox → the mailbox's rights first", () => {
  expectFirst([
    ["When I'm trying to get someone else's calendar via a request, exchangelib raises: exchangelib.errors.ErrorAccessDenied: Access is denied. Check credentials and try again., Underlying MAPI stream threw exception", 'mailbox_permission_missing'],
    ["Reading another user's mailbox fails: ErrorAccessDenied", 'mailbox_permission_missing'],
    ['Zugriff auf den Kalender eines anderen Benutzers: ErrorAccessDenied: Access is denied. Check credentials and try again.', 'mailbox_permission_missing'],
  ]);

  it('the refusal alone stays consent first', () => {
    assert.equal(first('exchangelib.errors.ErrorAccessDenied: Access is denied. Check credentials and try again.'), 'consent_missing');
  });
});

describe("laminas-mail's 'last request failed' in a POP3 login → the mailbox sign-in refused", () => {
  const trace = [
    'glpiphplog.ERROR: MailCollector::collect() An error occured trying to connect to collector. last request failed',
    ' #0 /var/www/glpi/vendor/laminas/laminas-mail/src/Protocol/Pop3.php(192): Laminas\\Mail\\Protocol\\Pop3->readResponse()',
    '#1 /var/www/glpi/vendor/laminas/laminas-mail/src/Protocol/Pop3.php(244): Laminas\\Mail\\Protocol\\Pop3->request()',
    '#2 /var/www/glpi/vendor/laminas/laminas-mail/src/Storage/Pop3.php(155): Laminas\\Mail\\Protocol\\Pop3->login()',
  ].join('\n');

  it('reads the refused sign-in, the password sign-in second', () => {
    assert.deepEqual(causes(trace).slice(0, 2), ['imap_auth_failed_generic', 'basic_auth_used']);
  });

  it('without login() in the trace it is only a guess by topic', () => {
    const other = 'last request failed\n#0 Pop3.php(192): Laminas\\Mail\\Protocol\\Pop3->readResponse()\n#1 Pop3.php(244): Laminas\\Mail\\Protocol\\Pop3->retrieve()';
    assert.equal(decode(other).guess, true);
  });
});

describe("the EWS Managed API's Active Directory Autodiscover lookup failing → not a sign-in", () => {
  it('reads the client-side Autodiscover failure', () => {
    const text = [
      'System.ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection.',
      '   at System.DirectoryServices.ResultPropertyValueCollection.get_Item(Int32 index)',
      '   at Microsoft.Exchange.WebServices.Autodiscover.DirectoryHelper.GetScpUrlList(String domainName, String ldapPath, Int32& maxHops)',
      '   at Microsoft.Exchange.WebServices.Autodiscover.DirectoryHelper.GetAutodiscoverScpUrlsForDomain(String domainName)',
    ].join('\n');
    assert.deepEqual(causes(text).slice(0, 2), ['unexpected_server_reply', 'network_blocked']);
    assert.equal(decode(text).guess, undefined);
  });
});

describe("Webklex php-imap's 'connection setup failed' with its OAuth configuration → the token, not a password", () => {
  const config = `$client = $cm->make(['host' => 'outlook.office365.com', 'port' => 993, 'username' => $user, 'password' => $token, 'protocol' => 'imap', 'authentication' => "oauth"]);`;

  it('reads the token refused, its scope first', () => {
    assert.equal(first(`${config}\nreturn connection setup failed`), 'wrong_scope_or_resource');
  });

  it('without the OAuth configuration the password sign-in stays first', () => {
    assert.equal(first('OUTLOOK - connection setup failed'), 'basic_auth_used');
  });
});

describe("an HTTP client's status line for a request to Exchange Online's EWS → read like the EWS libraries' statuses", () => {
  expectFirst([
    ['requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://outlook.office365.com/EWS/Exchange.asmx', 'basic_auth_used'],
    // A 403 from EWS: the account's or app's right on the mailbox first (vocab-ews-clients.ts EWS_403, from the development threads).
    ['Client error: `POST https://outlook.office365.com/ews/exchange.asmx` resulted in a `403 Forbidden` response', 'mailbox_permission_missing'],
    ['java.io.IOException: Server returned HTTP response code: 503 for URL: https://outlook.office365.com/EWS/Exchange.asmx', 'throttled'],
  ]);

  it('the same status for another path of the host is no EWS status', () => {
    assert.equal(decode('401 Client Error: Unauthorized for url: https://outlook.office365.com/owa/').guess, true);
  });
});
