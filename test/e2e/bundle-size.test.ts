/**
 * The initial download stays lean (issue 7: 102 KB gzip JS before Fluent UI; 149.5 KiB with Fluent
 * UI and both languages in the first bundle; 136.8 KiB since each language is its own chunk). What the
 * first page needs = the entry script of index.html, every chunk it imports statically, and the
 * texts of the start language (loaded before the first render). The other language is loaded
 * only when the user switches.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { textWhen, useAssistantBrowser, RENDERER_DIR } from '../helpers/browser.js';

/** Gzip (level 9) budget of the initial JavaScript, with the start language's texts. Measured: 136.8 KiB (de), 135.1 KiB (en). */
const INITIAL_BUDGET_BYTES = 140 * 1024;

const assets = path.join(RENDERER_DIR, 'assets');
const read = (file: string) => readFileSync(path.join(assets, file), 'utf8');

/** The chunks index.html loads before any code runs: its entry script and their static imports. */
function initialChunks(): string[] {
  const html = readFileSync(path.join(RENDERER_DIR, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\.\/assets\/([^"]+\.js)"/.exec(html)?.[1];
  assert.ok(entry, 'index.html has an entry script');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    // Static imports only (`import"./x.js"`, `from"./x.js"`); `import("./x.js")` is lazy.
    for (const m of read(file).matchAll(/(?:\bfrom|\bimport)\s*"\.\/([\w.-]+\.js)"/g)) visit(m[1]!);
  };
  visit(entry);
  return [...seen];
}

/** The one chunk holding a language's texts, found by a text only it has. */
function languageChunk(marker: string): string {
  const found = readdirSync(assets).filter((f) => f.endsWith('.js') && read(f).includes(marker));
  assert.equal(found.length, 1, `exactly one chunk holds '${marker}': ${found.join(', ')}`);
  return found[0]!;
}

const gz = (file: string) => gzipSync(readFileSync(path.join(assets, file)), { level: 9 }).length;
const GERMAN = 'Einrichtungsschritte';
const ENGLISH = 'Setup steps';

describe('initial bundle', () => {
  it('holds no texts of either language; each language is a chunk of its own', () => {
    const initial = initialChunks();
    for (const file of initial) {
      assert.ok(!read(file).includes(GERMAN), `${file} holds the German texts`);
      assert.ok(!read(file).includes(ENGLISH), `${file} holds the English texts`);
    }
    assert.notEqual(languageChunk(GERMAN), languageChunk(ENGLISH));
  });

  it(`stays within ${INITIAL_BUDGET_BYTES / 1024} KiB gzip with the start language`, () => {
    const initial = initialChunks().reduce((sum, f) => sum + gz(f), 0);
    for (const marker of [GERMAN, ENGLISH]) {
      const total = initial + gz(languageChunk(marker));
      assert.ok(total <= INITIAL_BUDGET_BYTES, `initial JS ${(total / 1024).toFixed(1)} KiB gzip > budget ${INITIAL_BUDGET_BYTES / 1024} KiB`);
    }
  });
});

describe('languages loaded on demand', () => {
  const env = useAssistantBrowser();

  it('a German system loads only the German texts, renders German at once, and the English ones on switching', async () => {
    const app = await env.open({ locale: 'de-DE' });
    try {
      const { page } = app;
      // The first paint is already German: no empty and no English title before it.
      assert.equal(await textWhen(page.getByTestId('app-title'), 'M365-Mail-Einrichtungsassistent'), 'M365-Mail-Einrichtungsassistent');
      const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()!));
      const german = languageChunk(GERMAN);
      const english = languageChunk(ENGLISH);
      assert.ok((await loaded()).includes(german));
      assert.ok(!(await loaded()).includes(english), 'the English texts were loaded although nobody asked for them');

      await page.getByTestId('language-en').click();
      assert.equal(await textWhen(page.getByTestId('app-title'), 'M365 Mail Setup Assistant'), 'M365 Mail Setup Assistant');
      assert.ok((await loaded()).includes(english));
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      assert.deepEqual(app.pageErrors, []);
    } finally {
      await app.close();
    }
  });
});
