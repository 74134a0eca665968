/**
 * Applications without a family file of their own (vocab-other-apps.ts): Business Central's SMTP connector,
 * Home Assistant's smtp notify, Paperless-ngx's mail fetching, Frappe/ERPNext's outgoing mail server, Windows Mail — each message as the product logs it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

describe('vocabulary: other applications', () => {
  expectFirst([
    ['Cannot authenticate the credentials on server smtp.office365.com.', 'smtp_auth_failed_generic'],
    ['Login not possible. Please check your setting and/or your credentials', 'basic_auth_used'],
    ['SMTP server not found or refused connection (smtp.office365.com:587). Please check the IP address, hostname, and availability of your SMTP server', 'network_blocked'],
    ['paperless_mail.mail.MailError: Error while authenticating account info@contoso.com', 'imap_auth_failed_generic'],
    ['Incorrect Configuration: Invalid Outgoing Mail Server or Port: [Errno 111] Connection refused', 'network_blocked'],
    ['Invalid Credentials: Please check your email login credentials. ', 'smtp_auth_failed_generic'],
    ['Your Outlook account settings are out of date.', 'token_expired_or_invalid'],
    ['Ihre Kontoeinstellungen sind veraltet.', 'token_expired_or_invalid'],
  ]);

  it('the server reply inside decides over the product sentence', () => {
    const text = 'Login not possible. Please check your setting and/or your credentials\nsmtplib.SMTPAuthenticationError: (535, b\'5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.\')';
    assert.equal(decode(text).causes[0]?.category, 'smtp_auth_disabled_tenant');
    assert.equal(decode('Error while authenticating account Rechnungen: AADSTS7000215: Invalid client secret provided.').causes[0]?.category, 'bad_client_secret');
    assert.equal(decode("Please check your email login credentials. smtplib.SMTPAuthenticationError: (535, b'5.7.139 Authentication unsuccessful, basic authentication is disabled.')").causes[0]?.category, 'basic_auth_used');
    assert.equal(decode('Invalid Outgoing Mail Server or Port: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)').causes[0]?.category, 'tls_problem');
  });
});
