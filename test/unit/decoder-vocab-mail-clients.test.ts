/**
 * K-9 Mail / Thunderbird for Android messages (vocab-mail-clients.ts), in English and German as its string files
 * word them, with Microsoft 365 accounts filled in.
 */
import { describe } from 'node:test';
import { expectFirst } from '../helpers/decoder-scenarios.js';

describe('vocabulary: K-9 Mail / Thunderbird for Android (English and German)', () => {
  expectFirst([
    ['Authentication failed for max@contoso.com. Update your server settings.', 'imap_auth_failed_generic'],
    ['Authentifizierung fehlgeschlagen für max@contoso.com. Überprüfe deine Servereinstellungen.', 'imap_auth_failed_generic'],
    ['Certificate error for max@contoso.com\nCheck your server settings', 'tls_problem'],
    ['Zertifikatsproblem (max@contoso.com)\nÜberprüfe deine Servereinstellungen', 'tls_problem'],
  ]);
});

describe('vocabulary: mutt / NeoMutt', () => {
  expectFirst([
    ['OAUTHBEARER authentication failed.', 'token_expired_or_invalid'],
  ]);
});

describe('vocabulary: fetchmail', () => {
  expectFirst([
    ['fetchmail: Authorization failure on max@contoso.com@outlook.office365.com', 'imap_auth_failed_generic'],
    ['fetchmail: Authorization failure on max@contoso.com@outlook.office365.com (previously authorized)', 'imap_auth_failed_generic'],
  ]);
});

describe('vocabulary: K-9 Mail gives way to the server reply it wraps', () => {
  expectFirst([
    ['Authentication failed for max@contoso.com. Update your server settings.\n535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.', 'smtp_auth_disabled_mailbox'],
  ]);
});
