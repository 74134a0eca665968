/**
 * Helpdesk products' own messages (vocab-ticket-systems.ts): FreeScout's incoming-mail connection test
 * (English and German, as MailboxesController.php and resources/lang/de.json print them).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

describe('vocabulary: FreeScout incoming connection test (English and German)', () => {
  expectFirst([
    ['outlook.office365.com is not available on 993 port. Make sure that outlook.office365.com address is correct and that outgoing port 993 on YOUR server is open.', 'network_blocked'],
    ['outlook.office365.com ist nicht verfügbar auf Port 993. Stellen Sie sicher, dass outlook.office365.com die richtige Adresse ist und der ausgehende Port 993 auf IHREM Server geöffnet ist.', 'network_blocked'],
    ['Error occurred connecting to the server', 'imap_auth_failed_generic'],
    ['Fehler beim Verbinden mit dem Server.', 'imap_auth_failed_generic'],
  ]);
});

describe('vocabulary: FreeScout wrapper gives way to the server reply beside it', () => {
  it('"Error occurred connecting to the server" beside 5.7.139 tenant-wide off → the reply decides', () => {
    const text = 'Error occurred connecting to the server\n535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.';
    assert.equal(decode(text).causes[0]?.category, 'smtp_auth_disabled_tenant');
  });
});
