/**
 * The Remote Connectivity Analyzer's error articles (electron/core/diagnosis/vocab-kb-rca.ts): each message as the
 * analyzer (or the client the article quotes) prints it — English only, the articles have no translations — and the
 * reply behind the analyzer's own step lines deciding over them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: Remote Connectivity Analyzer — EWS permissions', () => {
  expectFirst([
    ['ErrorCreateItemAccessDenied, the Act As Account does not have permissions to create items in this folder.', 'mailbox_permission_missing'],
    ['ErrorCannotDeleteObject, the Act As account may not have permission to delete items in this folder.', 'mailbox_permission_missing'],
    ['The Act As Account may not have permissions to access this folder.', 'mailbox_permission_missing'],
    ['ErrorImpersonationDenied, this error code indicates that the Service Account specified does not have the ms-Exch-EPI-Impersonation right on the Exchange Client Access server.', 'mailbox_permission_missing'],
  ]);
});

describe('vocabulary: Remote Connectivity Analyzer — signing in to Office 365 and AD FS', () => {
  expectFirst([
    ['To authenticate to Office 365, you must enter your Microsoft account. This is your User Principal Name and in many cases will be something like user@contoso.com.', 'wrong_tenant_or_app'],
    ['The Security Token Service indicated that the authentication failed. Check the username and password and try again.', 'not_authenticated'],
    ['The domain is a federated domain but the user apollo@contoso.com is not known by Office 365', 'wrong_tenant_or_app'],
    ['The domain is not a federated domain.', 'wrong_tenant_or_app'],
    ['An HTTP 401 Unauthorized response was received from the remote IIS server. This is usually the result of an incorrect username or password. If you are attempting to log onto an Office 365 service, ensure you are using your full User Principal Name (UPN).', 'not_authenticated'],
    ['Retrieving ADFS metadata information from Metadata Exchange Url https://sts.contoso.com/adfs/services/trust/mex\nFailed to retreive ADFS metadata\nAdditional Details\nA Web exception occurred because an HTTP 503 - ServiceUnavailable response was received from Unknown', 'network_blocked'],
  ]);
});

describe('vocabulary: Remote Connectivity Analyzer — certificates and encryption', () => {
  expectFirst([
    ['SSL Certificate Name Mismatch', 'tls_problem'],
    ['The name of the security certificate is invalid or does not match the name of the site.', 'tls_problem'],
    ['The security certificate on the server is not valid. Support code: 0x80072f0d.', 'tls_problem'],
    ['The security certificate on the server is invalid. Contact your Exchange Server administrator or ISP to install a valid certificate on the server. Support Code: 80072F0D', 'tls_problem'],
    ['Synchronization failed. The security certificate on the server has expired. Check that the date and time on the device is correct and try again. Error code: 80072f05', 'tls_problem'],
    ["An HTTP 500 was returned to ISA because the certificate on the published server doesn't match the name in the publishing rule.", 'tls_problem'],
    ["The certificate common name doesn't match the mutual authentication string provided; however, a match was found in the subject alternative name extension.", 'tls_problem'],
    ['An HTTP 403.4 was returned because SSL was required on the virtual directory.', 'tls_problem'],
    ['Store logon returned ecNotEncrypted 2416. The Server requires RPC Encryption.', 'tls_problem'],
  ]);
});

describe('vocabulary: Remote Connectivity Analyzer — connections and DNS', () => {
  expectFirst([
    ['The host name could not be resolved in DNS.', 'network_blocked'],
    ['RPC Server Unavailable error (1722) was thrown by the RPC Runtime', 'network_blocked'],
    ['The email server is not available.', 'network_blocked'],
    ['Expected Service Banner was not received when connecting.', 'network_blocked'],
    ['Could not find MS-Server-ActiveSync header in OPTIONS response.', 'network_blocked'],
    ['The server denied the specified Uniform Resource Locator (URL).', 'network_blocked'],
    ['Failed to find Autodiscover SRV record in DNS.', 'network_blocked'],
    ['No MX records found in DNS for SMTP domain contoso.com', 'network_blocked'],
    ["A network connection error occurred while communicating with the remote host: '0'", 'network_blocked'],
  ]);

  it('a TLS error inside the quotes decides over the network sentence', () => {
    assert.equal(first("A network connection error occurred while communicating with the remote host: 'The remote certificate is invalid according to the validation procedure.'"), 'tls_problem');
  });
});

describe('vocabulary: Remote Connectivity Analyzer — Outlook protocols switched off for the mailbox', () => {
  expectFirst([
    ['The server disallows the user to access the server via the MAPI protocol interface.', 'imap_disabled_or_not_connected'],
    ['RPC/HTTP connections for this client are prohibited', 'imap_disabled_or_not_connected'],
    ['Store logon returned ecCachedModeRequired 1249. Cached Mode is required for this mailbox.', 'imap_disabled_or_not_connected'],
    ['Missing EXCH element in Autodiscover XML Response', 'imap_disabled_or_not_connected'],
    ['Your Exchange Server administrator has blocked the version of Outlook that you are using. Contact your administrator for assistance.', 'imap_disabled_or_not_connected'],
  ]);
});

describe('vocabulary: Remote Connectivity Analyzer — no mailbox for the address', () => {
  expectFirst([
    ['Autodiscover cannot process the given e-mail address. Only mailboxes and contacts are allowed.', 'imap_disabled_or_not_connected'],
    ['The e-mail address cannot be found.', 'imap_disabled_or_not_connected'],
    ['Cannot find mobile mailbox', 'imap_disabled_or_not_connected'],
    ['Autodiscover cannot process the given e-mail address. Only mailboxes and contacts can be used for MobileSync.', 'imap_disabled_or_not_connected'],
    ['Cannot find the e-mail address', 'imap_disabled_or_not_connected'],
    ['The name could not be matched to a name in the address list.', 'imap_disabled_or_not_connected'],
    ["The user name provided could not be matched to a name in the email server's address list. Please check that you are using the correct user name.", 'wrong_tenant_or_app'],
    ['The Outlook Autodiscover provider returned an error status in the XML response.', 'wrong_tenant_or_app'],
    ['The MobileSync Autodiscover provider returned an error status in the XML response.', 'wrong_tenant_or_app'],
  ]);
});

describe('vocabulary: Remote Connectivity Analyzer — unexpected answers and the outbound SMTP test', () => {
  expectFirst([
    ['An unexpected Redirect Response was received.', 'unexpected_server_reply'],
    ['Invalid XML response, unable to retrieve Availability or OOF Settings.', 'unexpected_server_reply'],
    ['No supported Authentication Methods found in Response', 'unexpected_server_reply'],
    ['A positive HTTP response other than a redirect response was received.', 'unexpected_server_reply'],
    ['IP Address 203.0.113.25 does not have a PTR record in DNS', 'outbound_sender_blocked'],
    ['The IP 203.0.113.25 was found on the block list. Status code: 2', 'outbound_sender_blocked'],
  ]);
});

describe('vocabulary: Remote Connectivity Analyzer — step lines give way to the reply behind them', () => {
  expectFirst([
    ['Testing of the OPTIONS command failed. For more information, see Additional Details.', 'network_blocked'],
    ['A Web exception occurred because an HTTP 503 - ServiceUnavailable response was received from Unknown', 'network_blocked'],
  ]);

  it('the reply in Additional Details decides', () => {
    assert.equal(first('Errors were encountered while testing the SMTP connection.\nTesting of the SMTP AUTH command failed. For more information, see Additional Details.\nAdditional Details\n535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_tenant');
    assert.equal(first('An ActiveSync session is being attempted with the server.\nErrors were encountered while testing the Exchange ActiveSync session.\nTest Steps\nAttempting to send the OPTIONS command to the server.\nTesting of the OPTIONS command failed. For more information, see Additional Details.\nAdditional Details\nAn HTTP 401 Unauthorized response was received from the remote IIS server. This is usually the result of an incorrect username or password. If you are attempting to log onto an Office 365 service, ensure you are using your full User Principal Name (UPN).'), 'not_authenticated');
    assert.equal(first('A Web exception occurred because an HTTP 503 - ServiceUnavailable response was received from Unknown.\nThe underlying connection was closed: Could not establish trust relationship for the SSL/TLS secure channel.'), 'tls_problem');
    assert.equal(first('The MobileSync Autodiscover provider returned an error status in the XML response.\nAdditional Details\nCannot find mobile mailbox'), 'imap_disabled_or_not_connected');
  });
});
