/**
 * The narrow "Hier klicken" column breaks long German compounds at a soft hyphen (renderer/src/components/soft-hyphens.ts)
 * instead of cutting a word where the line ends.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ILLUSTRATIONS } from '../../renderer/src/components/illustration-catalog.js';
import { softHyphens } from '../../renderer/src/components/soft-hyphens.js';

/** Letters a word of the column may have before it needs a break point (the column holds about 22 characters a line). */
const LONGEST_UNBROKEN = 17;

describe('soft hyphens in the click lists', () => {
  const texts = Object.values(ILLUSTRATIONS).flatMap((entry) => entry.clicks.de);

  it('every German word longer than the column can hold gets a break point', () => {
    const unbroken = texts.flatMap((text) => softHyphens(text, 'de').split(/[\s→„“"'(),.:;!?<>/-]+/))
      .filter((word) => !word.includes('\u00ad') && word.length > LONGEST_UNBROKEN);
    assert.deepEqual(unbroken, []);
  });

  it('breaks at the compound joint and changes nothing else', () => {
    assert.equal(softHyphens('Unternehmensanwendungen → Ihre Anwendung', 'de'), 'Unternehmens\u00adanwendungen → Ihre Anwendung');
    assert.equal(softHyphens('Administratorzustimmung erteilen', 'de'), 'Administrator\u00adzustimmung erteilen');
    for (const text of texts) assert.equal(softHyphens(text, 'de').replace(/\u00ad/g, ''), text);
  });

  it('leaves short words, word parts and English alone', () => {
    assert.equal(softHyphens('Administrator und Client', 'de'), 'Administrator und Client');
    assert.equal(softHyphens('Open Enterprise applications', 'en'), 'Open Enterprise applications');
    assert.equal(softHyphens('Administratorzustimmung', 'en'), 'Administratorzustimmung');
  });
});
