/**
 * On-premises mail servers and connectors towards Microsoft 365 (vocab-enterprise-mail.ts): hMailServer's delivery
 * errors, Exchange Server's queue errors, Exchange Online's connector and mail-flow codes, Kerio Connect's delivery
 * status, Zimbra's Microsoft OAuth2 handler — each as the product prints it (none of them ships a German text).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: hMailServer delivery to a smart host or Microsoft 365', () => {
  expectFirst([
    ['Your message did not reach some or all of the intended recipients.\r\n\r\n   Sent: Mon, 02 Nov 2026 10:12:00 +0100\r\n   Subject: Test\r\n\r\nThe following recipient(s) could not be reached:\r\n\r\nadmin@contoso.com\r\n   Error Type: SMTP\r\n   Connection to recipients server failed.\r\n   Error: Host name: 52.97.1.1, message: No connection could be made because the target machine actively refused it\r\n\r\nhMailServer', 'network_blocked'],
    ['   Error Type: SMTP\r\n   Remote server (52.97.1.1) issued an error.\r\n   hMailServer sent: AUTH LOGIN\r\n   Remote server replied: ', 'smtp_auth_failed_generic'],
    ['   Error Type: SMTP\r\n   Remote server (52.97.1.1) issued an error.\r\n   hMailServer sent: <Password removed>\r\n   Remote server replied: ', 'smtp_auth_failed_generic'],
    ['   Error Type: SMTP\r\n   Remote server (52.97.1.1) issued an error.\r\n   hMailServer sent: Server does not support STARTTLS.', 'tls_problem'],
    ['Server does not support STARTTLS.', 'tls_problem'],
    ['Server does not support EHLO command.', 'unexpected_server_reply'],
    ['There was a timeout while talking to the remote server.', 'network_blocked'],
    ['The download of messages from external account Microsoft 365 failed. The external aAccount is configured to use STARTTLS connection security, but the POP3 server does not support it.', 'tls_problem'],
    ['Connection to remote POP3-server failed. Error message: Host name: 52.97.1.1, message: A connection attempt failed because the connected party did not properly respond after a period of time', 'network_blocked'],
    ['"TCPIP"\t1234\t"2026-11-02 10:12:00.123"\t"TCPConnection - TLS/SSL handshake failed. Session Id: 42, Remote IP: 52.97.1.1, Error code: 1, Message: tlsv1 alert protocol version"', 'tls_problem'],
  ]);

  it('Exchange Online\'s reply after "Remote server replied:" decides', () => {
    assert.equal(first('   Error Type: SMTP\r\n   Remote server (52.97.1.1) issued an error.\r\n   hMailServer sent: <Password removed>\r\n   Remote server replied: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [FR0P281CA0001.DEUP281.PROD.OUTLOOK.COM]'), 'smtp_auth_disabled_tenant');
    assert.equal(first('   Error Type: SMTP\r\n   Remote server (52.97.1.1) issued an error.\r\n   hMailServer sent: MAIL FROM:<scanner@contoso.com>\r\n   Remote server replied: 530 5.7.57 Client not authenticated to send mail. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]'), 'not_authenticated');
    assert.equal(first('   Error Type: SMTP\r\n   Remote server (52.97.1.1) issued an error.\r\n   hMailServer sent: DATA\r\n   Remote server replied: 550 5.7.60 SMTP; Client does not have permissions to send as this sender'), 'send_as_denied');
  });
});

describe('vocabulary: Exchange Server queue towards Exchange Online', () => {
  expectFirst([
    ['451 4.4.0 DNS query failed. The error was: SMTPSEND.DNS.NonExistentDomain; nonexistent domain', 'network_blocked'],
    ['451 4.4.0 DNS query failed', 'network_blocked'],
    ['451 4.4.0 Primary target IP address responded with: "451 5.7.3 Cannot achieve Exchange Server authentication." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts.', 'network_blocked'],
    ['451 4.4.0 Primary target IP address responded with: "". Attempted failover to alternate host, but that did not succeed.', 'network_blocked'],
    ['454 4.7.5 The certificate specified in TlsCertificateName of the SendConnector could not be found.', 'tls_problem'],
  ]);

  it('the target\'s quoted reply decides over the 4.4.0 wrapper', () => {
    assert.equal(first('451 4.4.0 Primary target IP address responded with: "550 5.7.64 TenantAttribution; Relay Access Denied [BN1NAM02FT001.eop-nam02.prod.protection.outlook.com]" Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts.'), 'not_authenticated');
  });
});

describe('vocabulary: Exchange Online connector and mail-flow codes', () => {
  expectFirst([
    ['450 4.4.312 DNS query failed', 'network_blocked'],
    ['450 4.4.315 Connection timed out', 'network_blocked'],
    ['Reason: [{LED=450 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=mail.contoso.com] [LastAttemptedIP=203.0.113.25:25]};{MSG=};{FQDN=mail.contoso.com};{IP=203.0.113.25}]', 'network_blocked'],
    ['450 4.4.317 Cannot connect to remote server [Message=451 5.7.3 STARTTLS is required to send mail]', 'tls_problem'],
    ['450 4.4.318 Connection was closed abruptly', 'network_blocked'],
    ['450 4.7.320 Certificate validation failed [Message=CertificateExpired]', 'tls_problem'],
    ['451 4.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail.', 'tls_problem'],
    ['550 5.7.325 certificate-host-mismatch: Remote certificate MUST have a common name or subject alternative name matching the hostname (DANE)', 'tls_problem'],
    ['550 5.4.300 Message expired', 'network_blocked'],
    ['4.4.7 Message expired', 'network_blocked'],
  ]);
});

describe('vocabulary: Kerio Connect delivery', () => {
  expectFirst([
    ['Result: delayed, Status: 4.4.1 Cannot connect to host', 'network_blocked'],
    ['550 5.7.1 Relaying is denied', 'not_authenticated'],
  ]);
});

describe('vocabulary: Zimbra OAuth2 extension, Microsoft (Outlook) account', () => {
  expectFirst([
    ['com.zimbra.oauth.exceptions.ConfigurationException: The specified client details provided to oauth2 server are invalid.', 'wrong_tenant_or_app'],
    ['com.zimbra.oauth.exceptions.UserForbiddenException: User did not provide authorization for this service.', 'user_cancelled_or_consent_declined'],
    ['com.zimbra.oauth.exceptions.InvalidOperationException: The authentication request parameters are invalid.', 'redirect_uri_mismatch'],
    ['com.zimbra.oauth.exceptions.UserUnauthorizedException: The specified resource is invalid.', 'wrong_scope_or_resource'],
    ['Unexpected error while trying to authenticate the user: ', 'token_expired_or_invalid'],
    ['com.zimbra.oauth.exceptions.InvalidOperationException: The specified user has no stored refresh token.', 'not_authenticated'],
    ['com.zimbra.oauth.exceptions.UserUnauthorizedException: There was an issue acquiring an authorization token for this user.', 'network_blocked'],
    ['com.zimbra.oauth.exceptions.InvalidResponseException: There was an issue with the remote oauth2 server.', 'unexpected_server_reply'],
  ]);

  it('Microsoft\'s error_description in Zimbra\'s log line decides', () => {
    assert.equal(first('WARN  [qtp-123] [] extensions - The specified client details provided to oauth2 server are invalid: "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app \'8c5b1f2e-0000-4a1b-9c1d-123456789abc\'."'), 'bad_client_secret');
    assert.equal(first('WARN  [qtp-123] [] extensions - Unexpected error while trying to authenticate the user: "AADSTS700082: The refresh token has expired due to inactivity. The token was issued on 2026-01-02T10:00:00Z and was inactive for 90.00:00:00."'), 'token_expired_or_invalid');
    assert.equal(first('WARN  [qtp-123] [] extensions - Invalid authentication request parameters: "AADSTS50011: The redirect URI \'https://mail.contoso.com/service/extension/oauth2/authenticate/outlook\' specified in the request does not match the redirect URIs configured for the application \'8c5b1f2e-0000-4a1b-9c1d-123456789abc\'."'), 'redirect_uri_mismatch');
  });
});
