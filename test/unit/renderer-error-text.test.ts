/**
 * How the renderer names an error: operational codes by its own texts, diagnosis categories by
 * the catalogue's title once getCategoryTitles has answered (a generic text before that).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { categoryTitles } from '../../electron/ipc/ops/decode-ops.js';
import { errorText } from '../../renderer/src/i18n.js';
import { MESSAGES } from '../../renderer/src/messages/all.js';

describe('renderer error text', () => {
  const titles = categoryTitles();
  assert.ok(titles.ok);

  it('names a diagnosis category by its catalogue title in the UI language', () => {
    const error = { code: 'smtp_auth_disabled_mailbox', message: '535 5.7.139' } as const;
    assert.equal(errorText(MESSAGES.de, error, titles.value.de), 'SMTP-Authentifizierung ist für dieses Postfach deaktiviert');
    assert.equal(errorText(MESSAGES.en, { ...error, field: 'mailbox' }, titles.value.en),
      `${titles.value.en.smtp_auth_disabled_mailbox} (field: mailbox)`);
  });

  it('falls back to the generic text while the titles are not loaded, and keeps operational texts', () => {
    assert.equal(errorText(MESSAGES.de, { code: 'throttled', message: 'x' }), 'Microsoft 365 hat ein Problem gemeldet (throttled).');
    assert.equal(errorText(MESSAGES.en, { code: 'io_error', message: 'x' }, titles.value.en), 'A file could not be read or written.');
  });
});
