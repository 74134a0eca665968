/**
 * Mailbox migration and archiving tools' own messages about their connection to Microsoft 365 (vocab-migration-tools.ts):
 * imapsync (its login/TLS/append lines, script `imapsync` and FAQ.d), BitTitan MigrationWiz (401 error suite,
 * Exchange mailbox migration errors) and MailStore Server (German M365 sign-in messages) — each as the product prints it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: imapsync against Exchange Online', () => {
  expectFirst([
    ['Host2 failure: Error login on [outlook.office365.com] with user [user@contoso.com] auth [LOGIN]: ', 'basic_auth_used'],
    ['Host1 failure: Error login on [outlook.office365.com] with user [user@contoso.com] auth [PLAIN]: 2 NO AUTHENTICATE failed.', 'basic_auth_used'],
    ['Host2 failure: Error login on [outlook.office365.com] with user [user@contoso.com] auth [XOAUTH2 direct]: ', 'imap_auth_failed_generic'],
    ['Host1 failure: Error login on [outlook.office365.com] with user [user@contoso.com] auth [XOAUTH2 accesstoken]: ', 'imap_auth_failed_generic'],
    ['Host1 failure: Can not go to tls encryption on host1 [outlook.office365.com]: ', 'tls_problem'],
    ['Err 1/3: Trying command when NOT connected!', 'throttled'],
    ['Host2: could not append ( Subject:[Report], Date:["29-Nov-2016 03:21:10 -0800"], Size:[52428800], Flags:[\\Seen] ) to folder INBOX: 275 NO Maximum size of appendable message has been exceeded.', 'message_too_large'],
  ]);

  it('Exchange\'s reply after imapsync\'s login line decides', () => {
    assert.equal(first('Host2 failure: Error login on [outlook.office365.com] with user [user@contoso.com] auth [LOGIN]: 2 NO LOGIN failed.'), 'basic_auth_used');
    assert.equal(first('Host1 failure: Error login on [outlook.office365.com] with user [user@contoso.com] auth [XOAUTH2 accesstoken]: 1 NO AUTHENTICATE failed.'), 'imap_auth_failed_generic');
    assert.equal(first('Host2 failure: Error login on [outlook.office365.com] with user [user@contoso.com] auth [LOGIN]: 3 BAD User is authenticated but not connected.'), 'imap_disabled_or_not_connected');
    assert.equal(first('Err 1/3: Trying command when NOT connected!\n4 BAD Request is throttled. Suggested Backoff Time: 178755 milliseconds'), 'throttled');
  });
});

describe('vocabulary: BitTitan MigrationWiz', () => {
  expectFirst([
    ["401 Unauthorized - Http POST request to 'autodiscover-s.outlook.com' failed - Basic Auth Disabled: MigrationWiz has detected that Basic Authentication is not enabled for the tenant.", 'basic_auth_used'],
    ["Your migration failed while checking destination credentials. Http POST request to 'autodiscover-s.outlook.com' failed - 401 Unauthorized: The credentials used to access the configured mailbox are invalid, or the credentials specified do not have access to the configured mailbox, or you may have overutilized resources.", 'mailbox_permission_missing'],
    ["DatabaseNotFoundException - 401 Unauthorized - Http POST request to 'autodiscover-s.outlook.com' failed: MigrationWiz was not able to locate/access the mail database.", 'mailbox_permission_missing'],
    ['Your migration failed checking source credentials. The remote server returned an error: (503) Server Unavailable.', 'throttled'],
    ['Your migration failed while checking destination credentials.', 'not_authenticated'],
    ["'>' is an unexpected token. The expected token is '\"' or '''. Line 1, position 62.", 'unexpected_server_reply'],
  ]);

  it('Microsoft\'s error after MigrationWiz\'s sentence decides', () => {
    assert.equal(first("Your migration failed checking source credentials. AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '8c5b1f2e-0000-4a1b-9c1d-123456789abc'."), 'bad_client_secret');
    assert.equal(first('Your migration failed checking destination credentials. ErrorImpersonateUserDenied: The account does not have permission to impersonate the requested user.'), 'mailbox_permission_missing');
  });
});

describe('vocabulary: MailStore Server (Microsoft 365 with a password)', () => {
  expectFirst([
    ['Ein Fehler ist aufgetreten. Die Authentifizierung ist fehlgeschlagen (EWS). Überprüfen Sie Benutzername und Kennwort. Wenn das Kennwort korrekt ist, versuchen Sie, Ihren Anmeldenamen (z. B. user@domain.com) oder DOMÄNE\\Benutzername im Feld Benutzername einzutragen.', 'basic_auth_used'],
    ['MailStore konnte Sie nicht an den Server anmelden. Möglicherweise ist Ihr Benutzername oder Ihr Kennwort falsch, oder Ihr Benutzerkonto zurzeit deaktiviert.', 'basic_auth_used'],
  ]);
});
