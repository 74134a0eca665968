/**
 * How real pastes wrap an error, each seen in a public thread of the corpora, and the test that every development text with a
 * known message keeps its first cause in them (decoder-wrapping-corpus-1…6.test.ts run it, two wrappings each).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { developmentItems } from './decoder-corpus.js';

const html = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** How real pastes wrap an error: each was seen in a public thread of the corpora. */
export const WRAPPINGS: Record<string, (text: string) => string> = {
  'a JSON body': (t) => JSON.stringify({ error: 'SendFailed', message: t }),
  'JSON inside JSON': (t) => JSON.stringify(JSON.stringify({ message: t })),
  'a URL-encoded query value': (t) => `https://localhost/err?msg=${encodeURIComponent(t)}`,
  'a form-encoded error_description': (t) => `error_description=${encodeURIComponent(t).replace(/%20/g, '+')}`,
  'an HTML error page': (t) => `<!DOCTYPE html><html><head><title>Error</title></head><body><pre>${html(t)}</pre></body></html>`,
  'a log line prefix': (t) => `2026-12-04 10:00:01,123 ERROR [mail-worker-3] ${t}`,
  'German client text around it': (t) => `Fehler beim Senden der E-Mail. Details:\n${t}\nBitte wenden Sie sich an Ihren Administrator.`,
  'Chinese client text before it': (t) => `发送邮件失败：${t}`,
  'a Python bytes repr': (t) => `b'${t.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\r?\n/g, '\\r\\n')}'`,
  'the same lines three times': (t) => `${t}\n${t}\n${t}`,
  'CRLF line ends': (t) => t.replace(/\n/g, '\r\n'),
  'quote marks of a replied-to mail': (t) => t.split('\n').map((l) => `> ${l}`).join('\n'),
};

/** The wrappings from `from` (inclusive) to `to` (exclusive), in WRAPPINGS' order: each development text keeps its first cause. */
export function wrappingSuite(from: number, to: number): void {
  describe('decoder: the wrapping does not change the answer', () => {
    // Texts answered from a known message; a guess reads every word, so words a wrapping adds ("E-Mail") may move it.
    // Each plain answer is read once (the suite decodes every development text once per wrapping, so it must stay fast).
    const items = developmentItems()
      .map((i) => ({ ...i, result: decode(i.text) }))
      .filter((i) => i.result.guess !== true && i.result.causes.length > 0)
      .map((i) => ({ source: i.source, text: i.text, plain: i.result.causes[0]?.category }));
    for (const [name, wrap] of Object.entries(WRAPPINGS).slice(from, to)) {
      it(`in ${name}, every development text with a known message keeps its first cause`, () => {
        const changed = items
          .map((i) => ({ source: i.source, plain: i.plain, wrapped: decode(wrap(i.text)).causes[0]?.category }))
          .filter((r) => r.plain !== r.wrapped)
          .map((r) => `${r.source}: ${r.plain} → ${r.wrapped}`);
        assert.deepEqual(changed, []);
      });
    }
  });
}
