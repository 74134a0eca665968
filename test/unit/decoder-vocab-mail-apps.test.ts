/**
 * Mail apps' own messages (vocab-mail-apps.ts): Apple Mail on iOS/iPadOS and macOS, the new Outlook for Windows, Outlook's
 * IMAP/POP set-up, Airmail, and AOSP Email (the Android mail app Samsung Email grew from) in English and German, as their
 * sources word them, with Microsoft 365's host names filled in.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

describe('vocabulary: Apple Mail (iOS/iPadOS, macOS)', () => {
  expectFirst([
    ['Cannot Get Mail\nThe mail server “outlook.office365.com” is not responding. Verify that you have entered the correct account info in Mail settings.', 'network_blocked'],
    ['Cannot Verify Server Identity\nThe identity of “outlook.office365.com” cannot be verified by Mail. Review the certificate details to continue.', 'tls_problem'],
    ['The identity of "autodiscover.contoso.com" cannot be verified by Exchange.', 'tls_problem'],
    ['Internet Accounts can\'t verify the identity of the server "outlook.office365.com".', 'tls_problem'],
    ['Serveridentität kann nicht überprüft werden', 'tls_problem'],
    ['Cannot Send Mail. A copy has been placed in your Outbox. The recipient “bob@fabrikam.com” was rejected by the server because it does not allow relaying.', 'not_authenticated'],
    ['Cannot Send Mail. The message was rejected by the server.', 'smtp_auth_failed_generic'],
    ['Cannot Send Mail\nThe connection to the outgoing server “smtp.office365.com” failed.', 'network_blocked'],
    ['Die Verbindung zum Postausgangsserver „smtp.office365.com“ ist fehlgeschlagen.', 'network_blocked'],
    ['Unable to verify account name or password.', 'basic_auth_used'],
    ['The operation couldn’t be completed. (com.apple.accounts error 3.)', 'security_policy_blocks'],
  ]);
});

describe('vocabulary: new Outlook for Windows, Outlook set-up, Airmail', () => {
  expectFirst([
    ["We couldn't reach the email server. Please try again.", 'network_blocked'],
    ["Something went wrong. We couldn't connect to the incoming (IMAP) server. Please check the incoming (IMAP) server settings and try again.", 'network_blocked'],
    ['We couldn’t connect to the outgoing (SMTP) server.', 'network_blocked'],
    ['Error 80000: Err Authentication Needed', 'basic_auth_used'],
    ['Cannot send mail error Test Authentication needed', 'basic_auth_used'],
  ]);
});

describe('vocabulary: AOSP Email / Samsung Email (English and German)', () => {
  expectFirst([
    ['Username or password is incorrect.', 'basic_auth_used'],
    ['Nutzername oder Passwort ist falsch.', 'basic_auth_used'],
    ['Email address or password are incorrect', 'basic_auth_used'],
    ['E-Mail-Adresse oder Passwort ist nicht korrekt.', 'basic_auth_used'],
    ['Problem with account setup\nConfirm username, password, and account settings are correct.', 'basic_auth_used'],
    ['Bestätigen Sie, dass Nutzername, Passwort und Kontoeinstellungen richtig sind.', 'basic_auth_used'],
    ['The server responded with an error. Check your username and password, then try again.', 'basic_auth_used'],
    ['Der Server hat einen Fehler zurückgegeben. Bitte überprüfen Sie Ihren Nutzernamen und Ihr Passwort und versuchen Sie es erneut.', 'basic_auth_used'],
    ['max@contoso.com signin unsuccessful.', 'basic_auth_used'],
    ['Anmeldung in max@contoso.com erfolglos', 'basic_auth_used'],
    ["Can't safely connect to server.", 'tls_problem'],
    ['Keine sichere Verbindung zum Server möglich', 'tls_problem'],
    ['TLS required but not supported by server.', 'tls_problem'],
    ['TLS erforderlich aber nicht von Server unterstützt', 'tls_problem'],
    ["Authentication methods aren't supported by server.", 'tls_problem'],
    ['Authentifizierungsmethoden werden nicht vom Server unterstützt.', 'tls_problem'],
    ["Couldn't open connection to server due to security error.", 'tls_problem'],
    ['Verbindung zu Server kann aufgrund eines Sicherheitsfehlers nicht hergestellt werden.', 'tls_problem'],
    ["Couldn't open connection to server.", 'network_blocked'],
    ['Verbindung zum Server kann nicht geöffnet werden.', 'network_blocked'],
    ['Derzeit kann keine Verbindung zum Server hergestellt werden.', 'network_blocked'],
    ["You typed an incorrect server address or the server requires a protocol version that Email doesn't support.", 'unexpected_server_reply'],
    ['Sie haben eine falsche Serveradresse eingegeben oder der Server erfordert eine Protokollversion, die zurzeit nicht unterstützt wird.', 'unexpected_server_reply'],
    ["You don't have permission to sync with this server. Contact your server's administrator for more information.", 'imap_disabled_or_not_connected'],
    ['Sie haben keine Berechtigung, eine Synchronisierung mit diesem Server durchzuführen. Wenden Sie sich für weitere Informationen an Ihren Server-Administrator.', 'imap_disabled_or_not_connected'],
    ["This server requires security features that your Android device doesn't support, including: Require encryption", 'security_policy_blocks'],
    ['Dieser Server erfordert Sicherheitsfunktionen, die Ihr Android-Gerät nicht unterstützt, darunter: Verschlüsselung.', 'security_policy_blocks'],
    ['Account "max@contoso.com" can\'t be synced due to security requirements.', 'security_policy_blocks'],
    ['Das Konto "max@contoso.com" kann aufgrund von Sicherheitsanforderungen nicht synchronisiert werden.', 'security_policy_blocks'],
    ['A client certificate is required. Do you want to connect to the server with a client certificate?', 'tls_problem'],
  ]);
});

describe("vocabulary: mail apps' sentences give way to what they quote, and are not read elsewhere", () => {
  it('"Username or password is incorrect." beside 5.7.139 "disabled for the Tenant" → SMTP AUTH is off for the organisation', () => {
    const text = 'Username or password is incorrect.\n535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.';
    assert.equal(decode(text).causes[0]?.category, 'smtp_auth_disabled_tenant');
  });

  it('a mail server that merely stops responding to a web request is not Apple Mail\'s "not responding" sentence', () => {
    assert.ok(!decode('The mail server is not responding to HTTP requests on port 8080.').causes.some((c) => c.category === 'basic_auth_used'));
  });

  it('"Couldn\'t open connection to server due to security error" is not read as a plain connection failure first', () => {
    assert.equal(decode("Couldn't open connection to server due to security error.").causes[0]?.category, 'tls_problem');
  });

  it('"signin unsuccessful" needs the account name before it, as the Email app writes it', () => {
    assert.equal(decode('"max@contoso.com" signin unsuccessful.').guess, undefined);
    assert.equal(decode('signin unsuccessful').guess, true);
  });

  it('Entra\'s "identity of the calling application" is not Apple Mail\'s certificate alert', () => {
    assert.notEqual(decode('The identity of the calling application could not be established.').causes[0]?.category, 'tls_problem');
  });
});
