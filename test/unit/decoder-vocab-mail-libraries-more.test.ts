/**
 * More mail libraries' own sentences (vocab-mail-libraries-more.ts): Swift Mailer and Symfony Mailer, aiosmtplib, Apache
 * Commons Email, Simple Java Mail, Spring mail, emailjs, gen_smtp as Swoosh and Bamboo return it, Perl's Email::Sender —
 * each as the library prints it. None of them ships translations, so English only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: Swift Mailer and Symfony Mailer', () => {
  expectFirst([
    ['Swift_TransportException: Failed to authenticate on SMTP server with username "alerts@contoso.com" using 0 possible authenticators.', 'tls_problem'],
    ['Swift_TransportException: Unable to connect with TLS encryption', 'tls_problem'],
    ['Swift_TransportException: Expected response code 220 but got an empty response', 'network_blocked'],
    ['Symfony\\Component\\Mailer\\Exception\\TransportException: Expected response code "220" but got empty code.', 'network_blocked'],
    ['Symfony\\Component\\Mailer\\Exception\\TransportException: Connection to "smtp.office365.com:587" has been closed unexpectedly.', 'network_blocked'],
    ['Unable to write bytes on the wire.', 'network_blocked'],
  ]);

  it('the server\'s reply inside the mailer\'s sentence decides', () => {
    assert.equal(first('Swift_TransportException: Failed to authenticate on SMTP server with username "alerts@contoso.com" using 1 possible authenticators. Authenticator LOGIN returned Expected response code 235 but got code "535", with message "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]".'), 'smtp_auth_disabled_tenant');
    assert.equal(first('Failed to authenticate on SMTP server with username "alerts@contoso.com" using the following authenticators: "XOAUTH2". Authenticator "XOAUTH2" returned "Expected response code "235" but got code "535", with message "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]".".'), 'basic_auth_used');
    assert.equal(first('Connection to "smtp.office365.com:587" has been closed unexpectedly.\nExpected response code "250" but got code "421", with message "421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2. Visit https://aka.ms/smtp_auth_tls. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]".'), 'tls_problem');
  });
});

describe('vocabulary: aiosmtplib', () => {
  expectFirst([
    ['aiosmtplib.errors.SMTPException: The SMTP AUTH extension is not supported by this server. Try connecting via TLS (or STARTTLS).', 'tls_problem'],
    ['aiosmtplib.errors.SMTPException: The SMTP AUTH extension is not supported by this server.', 'tls_problem'],
    ['aiosmtplib.errors.SMTPException: oauth_token_generator provided but server does not support XOAUTH2', 'tls_problem'],
    ['aiosmtplib.errors.SMTPException: username is required when using oauth_token_generator', 'not_authenticated'],
    ['aiosmtplib.errors.SMTPServerDisconnected: Connection reset while upgrading transport', 'tls_problem'],
  ]);
});

describe('vocabulary: Apache Commons Email, Simple Java Mail, Spring mail', () => {
  expectFirst([
    ['org.apache.commons.mail.EmailException: Sending the email to the following server failed : smtp.office365.com:587', 'smtp_auth_failed_generic'],
    ['org.simplejavamail.mailer.internal.MailerException: Failed to send email [<0f1e@contoso.com>], reason: Third party error', 'smtp_auth_failed_generic'],
    ['org.springframework.mail.MailAuthenticationException: Authentication failed', 'smtp_auth_failed_generic'],
    ['org.springframework.mail.MailSendException: Mail server connection failed', 'network_blocked'],
    ['java.lang.IllegalStateException: Mail server is not available', 'smtp_auth_failed_generic'],
  ]);

  it('the Jakarta Mail exception behind the wrapper decides', () => {
    assert.equal(first('org.apache.commons.mail.EmailException: Sending the email to the following server failed : smtp.office365.com:587\n\tat org.apache.commons.mail.Email.sendMimeMessage(Email.java:1469)\nCaused by: javax.mail.AuthenticationFailedException: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]'), 'smtp_auth_disabled_tenant');
    assert.equal(first('org.simplejavamail.mailer.internal.MailerException: Failed to send email [<0f1e@contoso.com>], reason: Third party error\nCaused by: jakarta.mail.AuthenticationFailedException: 535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]'), 'basic_auth_used');
    assert.equal(first('org.springframework.mail.MailAuthenticationException: Authentication failed; nested exception is javax.mail.AuthenticationFailedException: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]'), 'smtp_auth_disabled_mailbox');
    assert.equal(first('org.springframework.mail.MailSendException: Mail server connection failed; nested exception is javax.mail.MessagingException: Could not convert socket to TLS;\n  nested exception is:\n\tjavax.net.ssl.SSLHandshakeException: No appropriate protocol (protocol is disabled or cipher suites are inappropriate)'), 'tls_problem');
    // Simple Java Mail's connection test says "Was unable to connect to SMTP server" when the sign-in failed: the reply decides.
    assert.equal(first('org.simplejavamail.MailerException: Was unable to connect to SMTP server\nCaused by: jakarta.mail.AuthenticationFailedException: 535 5.7.3 Authentication unsuccessful [AM0PR02CA0001.eurprd02.prod.outlook.com]'), 'smtp_auth_failed_generic');
    assert.equal(first('java.lang.IllegalStateException: Mail server is not available\nCaused by: jakarta.mail.AuthenticationFailedException: 535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]'), 'basic_auth_used');
  });
});

describe('vocabulary: emailjs', () => {
  expectFirst([
    ['authorization.failed', 'smtp_auth_failed_generic'],
    ['Error: no form of authorization supported', 'tls_problem'],
    ['could not establish an ssl connection (write EPROTO 4C2B0000:error:0A00010B:SSL routines:ssl3_get_record:wrong version number)', 'tls_problem'],
    ['connection has ended', 'network_blocked'],
  ]);

  it('the server\'s reply in parentheses decides', () => {
    assert.equal(first("authorization.failed (bad response on command 'AUTH': 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM])"), 'smtp_auth_disabled_tenant');
  });
});

describe('vocabulary: gen_smtp (Swoosh, Bamboo)', () => {
  expectFirst([
    ['{:error, :no_more_hosts, {:permanent_failure, ~c"smtp.office365.com", :auth_failed}}', 'smtp_auth_failed_generic'],
    ['{error,no_more_hosts,{permanent_failure,"smtp.office365.com",auth_failed}}', 'smtp_auth_failed_generic'],
    ['{:error, {:retries_exceeded, {:missing_requirement, ~c"smtp.office365.com", :auth}}}', 'tls_problem'],
    ['{:error, {:retries_exceeded, {:missing_requirement, \'smtp.office365.com\', :tls}}}', 'tls_problem'],
    ['{:error, {:retries_exceeded, {:temporary_failure, ~c"smtp.office365.com", :tls_failed}}}', 'tls_problem'],
    ['{:error, {:retries_exceeded, {:network_failure, ~c"smtp.office365.com", {:error, :timeout}}}}', 'network_blocked'],
    ['{:error, {:retries_exceeded, {:network_failure, ~c"smtp.office365.com", {:error, :econnrefused}}}}', 'network_blocked'],
    ['** (Bamboo.SMTPAdapter.SMTPError) There was a problem sending the email through SMTP.\n\nThe error is :retries_exceeded\n\nMore detail below:\n\n{:network_failure, \'smtp.office365.com\', {:error, :nxdomain}}', 'network_blocked'],
    ['{:error, "Username and password were not provided for authentication."}', 'not_authenticated'],
  ]);

  it('the reply gen_smtp quotes decides over the session error', () => {
    assert.equal(first('{:error, {:no_more_hosts, {:permanent_failure, ~c"smtp.office365.com", "554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message.\\r\\n"}}}'), 'send_as_denied');
    assert.equal(first('{:error, {:retries_exceeded, {:temporary_failure, ~c"smtp.office365.com", "421 4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2. Visit https://aka.ms/smtp_auth_tls.\\r\\n"}}}'), 'tls_problem');
  });
});

describe('vocabulary: Perl Email::Sender over Net::SMTP', () => {
  expectFirst([
    ['unable to establish SMTP connection to (smtp.office365.com) port 587', 'network_blocked'],
    ["failed AUTH: Command unknown: 'AUTH'", 'tls_problem'],
    ["can't STARTTLS: 2.0.0 SMTP server ready", 'tls_problem'],
    ['failed AUTH: (no SMTP error message)', 'smtp_auth_failed_generic'],
  ]);

  it('Net::SMTP\'s message after Email::Sender\'s step decides', () => {
    assert.equal(first('failed AUTH: 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]'), 'smtp_auth_disabled_tenant');
    assert.equal(first('alerts@contoso.com failed after MAIL FROM: 5.7.60 SMTP; Client does not have permissions to send as this sender [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]'), 'send_as_denied');
  });
});
