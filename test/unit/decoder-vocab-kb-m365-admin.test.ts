/**
 * Microsoft 365 administration messages as Microsoft's own support articles quote them (vocab-kb-m365-admin.ts): the
 * admin center's warning about mailboxes without a licence, and the SPF refusal of mail from a fully redelegated domain.
 * Microsoft's German article texts are not in the source.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary (support articles): mailboxes without an Exchange Online licence', () => {
  expectFirst([
    ['One or more users need an assigned license in order to retain an Exchange Online mailbox. Create a new view and select "Users with mailboxes and no licenses." Select all users in the list, and then click "Edit" to assign licenses.', 'imap_disabled_or_not_connected'],
    ['One or more users need an assigned license in order to retain an Exchange Online mailbox or archive', 'imap_disabled_or_not_connected'],
  ]);

  it('is no longer a guess', () => {
    assert.ok(!decode('One or more users need an assigned license in order to retain an Exchange Online mailbox.').guess);
  });
});

describe('vocabulary (support articles): SPF of a fully redelegated domain', () => {
  expectFirst([
    ['smtp; 550 SPF MAIL FROM check failed (PermError)', 'outbound_sender_blocked'],
    ["Remote Server returned '550 SPF MAIL FROM check failed (PermError)'", 'outbound_sender_blocked'],
  ]);

  it('in a whole bounce the SPF refusal still decides', () => {
    assert.equal(first('Delivery has failed to these recipients or groups: user@example.org\nsmtp; 550 SPF MAIL FROM check failed (PermError)'), 'outbound_sender_blocked');
  });

  it('"SPF" alone is not this refusal', () => {
    assert.notEqual(first('Checking SPF record for contoso.com'), 'outbound_sender_blocked');
  });
});
