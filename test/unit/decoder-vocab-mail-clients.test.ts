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
    ['Authorization canceled', 'user_cancelled_or_consent_declined'],
    ['Autorisierung aufgehoben', 'user_cancelled_or_consent_declined'],
    ['OAuth sign in failed', 'token_expired_or_invalid'],
    ['Anmelden mit OAuth fehlgeschlagen', 'token_expired_or_invalid'],
  ]);
});

describe('vocabulary: mutt / NeoMutt', () => {
  expectFirst([
    ['OAUTHBEARER authentication failed.', 'token_expired_or_invalid'],
  ]);
});

describe('vocabulary: K-9 Mail gives way to the server reply it wraps', () => {
  expectFirst([
    ['Authorization failed with the following error: AADSTS65001: The user or administrator has not consented to use the application with ID \'9e5f94bc-e8a4-4e73-b8be-63364c29d753\' named \'K-9 Mail\'.', 'consent_missing'],
    ['Authentication failed for max@contoso.com. Update your server settings.\n535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.', 'smtp_auth_disabled_mailbox'],
  ]);
});
