/**
 * Open-source business and developer applications' own messages about their mail through Microsoft 365
 * (vocab-biz-apps-oss.ts): iDempiere (SMTP and its OAuth2 authorization), Tryton's sendmail log lines, Alfresco's
 * test message (English and German), SonarQube's Microsoft token request and Bitbucket Data Center's mail log — each
 * as the product prints it, and the server's or Microsoft's reply after the product's wrapper deciding.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: iDempiere mail and OAuth2 authorization', () => {
  expectFirst([
    ['(ME) - Invalid Username/Password - EMailAuthenticator[invoices@contoso.com/************]', 'smtp_auth_failed_generic'],
    ['Error Could not get the email from the response', 'wrong_scope_or_resource'],
    ['Error No refresh token.  Request Failed. Please try again', 'wrong_scope_or_resource'],
  ]);

  it('Entra\'s answer after iDempiere\'s "Error" decides the token request', () => {
    assert.equal(first('Error 401 Unauthorized\nPOST https://login.microsoftonline.com/common/oauth2/v2.0/token\n{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID."}'), 'bad_client_secret');
  });
});

describe('vocabulary: Tryton sendmail', () => {
  expectFirst([
    ['fail to send email', 'smtp_auth_failed_generic'],
    ['fail to connect to smtp+tls://erp%40contoso.com:***@smtp.office365.com:587', 'network_blocked'],
    ["fail to send email to {'buchhaltung@contoso.com': (550, b'5.7.60 SMTP; Client does not have permissions to send as this sender')}", 'send_as_denied'],
  ]);

  it('the traceback after Tryton\'s log line decides', () => {
    assert.equal(first("fail to send email\nTraceback (most recent call last):\nsmtplib.SMTPAuthenticationError: (535, b'5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.')"), 'smtp_auth_disabled_tenant');
    assert.equal(first('fail to connect to smtp+tls://erp%40contoso.com:***@smtp.office365.com:587\nTraceback (most recent call last):\nssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)'), 'tls_problem');
  });
});

describe('vocabulary: Alfresco outbound test message', () => {
  expectFirst([
    ['08150001 Failed to send email to: admin@contoso.com cause org.springframework.mail.MailSendException, Mail server connection failed', 'network_blocked'],
    ['08150001 E-Mail an admin@contoso.com konnte nicht gesendet werden. Grund: org.springframework.mail.MailSendException, Mail server connection failed', 'network_blocked'],
  ]);

  it('Jakarta Mail\'s reply in the cause chain decides over Alfresco\'s sentence', () => {
    assert.equal(first('08150001 Failed to send email to: admin@contoso.com cause org.springframework.mail.MailAuthenticationException, Authentication failed, jakarta.mail.AuthenticationFailedException, 535 5.7.139 Authentication unsuccessful, basic authentication is disabled.'), 'basic_auth_used');
    assert.equal(first('08150001 E-Mail an admin@contoso.com konnte nicht gesendet werden. Grund: org.springframework.mail.MailSendException, Failed messages: com.sun.mail.smtp.SMTPSendFailedException: 554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception'), 'send_as_denied');
  });
});

describe('vocabulary: SonarQube modern SMTP authentication', () => {
  expectFirst([
    ['Unable to get a token: java.util.concurrent.ExecutionException: java.io.IOException: Response code 400', 'bad_client_secret'],
  ]);

  it('Entra\'s error or the network error after SonarQube\'s sentence decides', () => {
    assert.equal(first('Unable to get a token: com.github.scribejava.core.model.OAuth2AccessTokenErrorResponse: {"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."}'), 'bad_client_secret');
    assert.equal(first('Unable to get a token: com.github.scribejava.core.model.OAuth2AccessTokenErrorResponse: {"error":"unauthorized_client","error_description":"AADSTS700016: Application with identifier \'8c5b1f2e-0000-4a1b-9c1d-123456789abc\' was not found in the directory \'Contoso\'."}'), 'wrong_tenant_or_app');
    assert.equal(first('Unable to get a token: java.net.UnknownHostException: login.microsoftonline.com'), 'network_blocked');
  });
});

describe('vocabulary: Bitbucket Data Center mail log', () => {
  expectFirst([
    ['Mail sending failed. Please verify the mail server configuration and check the logs for details; recipient: dev@contoso.com; subject: [Bitbucket] Test', 'smtp_auth_failed_generic'],
  ]);

  it('the SMTP reply after Bitbucket\'s sentence decides', () => {
    assert.equal(first('bitbucket.mail-log Mail sending failed. Please verify the mail server configuration and check the logs for details; recipient: dev@contoso.com; subject: x\norg.springframework.mail.MailSendException: Failed messages: com.sun.mail.smtp.SMTPSendFailedException: 550 5.7.1 Client does not have permissions to send as this sender'), 'send_as_denied');
    assert.equal(first('Mail sending failed. Please verify the mail server configuration and check the logs for details; recipient: dev@contoso.com; subject: x\norg.springframework.mail.MailAuthenticationException: Authentication failed; nested exception is javax.mail.AuthenticationFailedException: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_tenant');
  });
});
