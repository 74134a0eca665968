/**
 * Test helper: scenario tables for the decoder's vocabularies — each text, as a product or library
 * prints it, must be recognized (not guessed) and name the given first cause.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { CategoryId } from '../../electron/core/diagnosis/categories.js';
import { decode } from '../../electron/core/diagnosis/decode.js';

/** A text and the first cause it must name. */
export type Scenario = readonly [text: string, first: CategoryId];

/** One test per scenario (call inside a describe). */
export function expectFirst(scenarios: readonly Scenario[]): void {
  for (const [text, first] of scenarios) {
    it(`${text.slice(0, 90).replace(/\s+/g, ' ')} → ${first}`, () => {
      const result = decode(text);
      assert.equal(result.guess, undefined, 'recognized, not guessed');
      assert.equal(result.causes[0]?.category, first, JSON.stringify(result.causes.map((c) => [c.category, c.confidence])));
    });
  }
}
