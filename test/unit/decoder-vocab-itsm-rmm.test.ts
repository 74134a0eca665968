/**
 * IT service management tools' own messages about their mail-to-ticket mailbox and notification mail (vocab-itsm-rmm.ts):
 * ManageEngine ServiceDesk Plus's mail-fetch test and Motadata ServiceOps's e-mail server error codes — each as the product
 * prints it (English only: neither ships German documentation of these texts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: ManageEngine ServiceDesk Plus mail fetching', () => {
  expectFirst([
    ['Authentication failed for the given username and password', 'basic_auth_used'],
    ['Configured mail host name is unknown or not reachable', 'network_blocked'],
    ['Unable to open mailbox in READ/WRITE mode', 'mailbox_permission_missing'],
  ]);

  it('the server\'s reply after ServiceDesk Plus\'s sentence decides', () => {
    assert.equal(first('Authentication failed for the given username and password\njavax.mail.AuthenticationFailedException: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_mailbox');
  });
});

describe('vocabulary: Motadata ServiceOps e-mail server error codes', () => {
  expectFirst([
    ['MAILCONDNS', 'network_blocked'],
    ['Mail server address is not valid. Please verify the server address in the configuration.', 'network_blocked'],
    ['Unable to connect to the mail server. Please verify the port number and firewall settings.', 'network_blocked'],
    ['MAILCONTMO: Connection to the mail server timed out. The mail server is reachable but is not responding.', 'network_blocked'],
    ['Could not access the mailbox. The application does not have the required permissions to access this mailbox.', 'consent_missing'],
    ['MAILAUTHSESS', 'token_expired_or_invalid'],
    ['The OAuth session expired during an active connection. ServiceOps will re-authenticate automatically.', 'token_expired_or_invalid'],
    ['Authentication failed. The username or password is incorrect or may have changed.', 'basic_auth_used'],
    ['MAILAUTHCRED', 'basic_auth_used'],
    ['The mail server is temporarily limiting requests. ServiceOps will retry again automatically.', 'throttled'],
    ['MAILCONRATELIM', 'throttled'],
    ['MAILCONEWS', 'mailbox_permission_missing'],
    ['MAILCONGRAPH', 'consent_missing'],
  ]);

  it('the mail server\'s reply after the code decides', () => {
    assert.equal(first('MAILAUTHCRED Authentication failed. The username or password is incorrect or may have changed. 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_tenant');
    assert.equal(first('MAILCONGRAPH {"error":{"code":"InvalidAuthenticationToken","message":"Lifetime validation failed, the token is expired."}}'), 'token_expired_or_invalid');
    assert.equal(first('MAILCONGRAPH {"error":{"code":"MailboxNotEnabledForRESTAPI","message":"The mailbox is either inactive, soft-deleted, or is hosted on-premise."}}'), 'imap_disabled_or_not_connected');
  });
});
