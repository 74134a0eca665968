/**
 * Mail libraries' own sentences not known before (vocab-libs-c.ts): Go's go-mail and go-imap, Rust's lettre with rustls,
 * node-imap, imap_tools, Ruby's Net::SMTP, Net::IMAP and the mail gem, Angus/Jakarta Mail and MailKit — each as the
 * library prints it (none of them ships translations, so English only).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: Go (go-mail, go-imap)', () => {
  expectFirst([
    ['dial failed: server does not support SMTP AUTH', 'tls_problem'],
    ['dial failed: SMTP Auth autodiscover was not able to detect a supported authentication mechanism', 'tls_problem'],
    ['dial failed: server does not support SMTP AUTH type: PLAIN', 'smtp_auth_failed_generic'],
    ['server does not support SMTP AUTH type: SCRAM-SHA-256-PLUS', 'smtp_auth_failed_generic'],
    ['dial failed: server does not support SMTP AUTH type: XOAUTH2', 'unexpected_server_reply'],
    ['dial failed: STARTTLS mode set to: "TLSMandatory", but target host does not support STARTTLS', 'tls_problem'],
    ['connection closed before greeting', 'tls_problem'],
  ]);

  it('the TLS error after go-imap\'s sentence decides', () => {
    assert.equal(first('connection closed before greeting\ntls: failed to verify certificate: x509: certificate signed by unknown authority'), 'tls_problem');
  });

  it('a server reply after go-mail\'s "SMTP AUTH failed" still decides', () => {
    assert.equal(first('dial failed: SMTP AUTH failed: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_tenant');
  });
});

describe('vocabulary: Rust (lettre with rustls)', () => {
  expectFirst([
    ['tls error: invalid peer certificate: UnknownIssuer', 'tls_problem'],
    ['tls error: invalid peer certificate: NotValidForName', 'tls_problem'],
  ]);
});

describe('vocabulary: node-imap', () => {
  expectFirst([
    ['Error: Logging in is disabled on this server', 'tls_problem'],
    ['Error: No supported authentication method(s) available. Unable to login.', 'not_authenticated'],
    ['Error: Received negative welcome: Connection is closed. 13', 'unexpected_server_reply'],
  ]);
});

describe('vocabulary: imap_tools', () => {
  expectFirst([
    ['ValueError: Port 993 requires IMAP4_SSL. Use MailBox class for SSL/TLS connection.', 'tls_problem'],
  ]);
});

describe('vocabulary: Ruby (Net::SMTP, Net::IMAP, mail gem)', () => {
  expectFirst([
    ['ArgumentError: SMTP-AUTH requested but missing user name', 'not_authenticated'],
    ['/usr/lib/ruby/3.2.0/net/smtp/authenticator.rb:23:in `check_args\': SMTP-AUTH requested but missing secret phrase (ArgumentError)', 'not_authenticated'],
    ['Net::IMAP::LoginDisabledError: Remote server has disabled the LOGIN command', 'tls_problem'],
    ['ArgumentError: missing oauth2_token', 'not_authenticated'],
    ['ArgumentError: :enable_starttls and :tls are mutually exclusive. Set :tls if you\'re on an SMTPS connection. Set :enable_starttls if you\'re on an SMTP connection and using STARTTLS for secure TLS upgrade.', 'tls_problem'],
  ]);
});

describe('vocabulary: Angus/Jakarta Mail', () => {
  expectFirst([
    ['jakarta.mail.MessagingException: Could not start protocol to SMTP host: smtp.office365.com, port: 587, response: -1', 'network_blocked'],
    ['com.sun.mail.iap.ProtocolException: No login methods supported!', 'tls_problem'],
    ['jakarta.mail.AuthenticationFailedException: No login methods supported!', 'tls_problem'],
    ['jakarta.mail.MessagingException: Connect failed;\n  nested exception is:\n\tjava.io.EOFException: STLS required but not supported', 'tls_problem'],
  ]);

  it('the greeting Jakarta Mail quotes decides over its "Could not start protocol" sentence', () => {
    assert.equal(first('jakarta.mail.MessagingException: Could not start protocol to SMTP host: smtp.office365.com, port: 587, response: 554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using Spamhaus'), 'outbound_sender_blocked');
  });
});

describe('vocabulary: MailKit (IMAP/POP3 sign-in)', () => {
  expectFirst([
    ['MailKit.Security.AuthenticationException: The LOGIN command is disabled.', 'tls_problem'],
    ['MailKit.Security.AuthenticationException: No credentials could be found for the IMAP server.', 'not_authenticated'],
    ['MailKit.Security.AuthenticationException: No credentials could be found for the POP3 server.', 'not_authenticated'],
    ['MailKit.Security.AuthenticationException: Failed to authenticate with SOCKS5 proxy server.', 'network_blocked'],
  ]);
});
