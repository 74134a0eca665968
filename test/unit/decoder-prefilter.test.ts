import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LiteralAutomaton, requiredLiteral, requiredLiterals, requiredText, WINDOWED_MIN_CHARS } from '../../electron/core/diagnosis/literal-prefilter.js';
import { maxLength } from '../../electron/core/diagnosis/match-extent.js';
import { enhanced, forViews, phrase } from '../../electron/core/diagnosis/pattern-kit.js';
import { ALL_RULES } from '../../electron/core/diagnosis/patterns.js';
import { textViews } from '../../electron/core/diagnosis/normalize.js';
import { DEV_DIRS, readCorpus } from '../helpers/decoder-corpus.js';

// The pre-check skips a rule whose required text is not in the view; it must never skip a rule whose regex matches.

describe('decoder pre-check: the text every match must contain', () => {
  const rows: Array<[string, string | undefined]> = [
    [phrase('Could not authenticate'), 'authenticate'],
    [enhanced('5.7.139'), '5.7.139'],
    ['SmtpClientAuthentication is disabled', 'smtpclientauthentication is disabled'],
    ['colou?r scheme', 'r scheme'],
    ['abc+d', 'abc'],
    ['ab+c', undefined],
    ['x{0,3}yzz{2}w', 'yzz'],
    ['(?:foo|bar) bazqux', ' bazqux'],
    ['\\bERR\\.PARAM\\b', 'err.param'],
    ['[A-Z]{3}abc\\d+', 'abc'],
    ['(?<![\\d.])535 5\\.7\\.3(?!\\d)', '535 5.7.3'],
    ['Authentifizierung fehlgeschlagen, überprüfen', 'authentifizierung fehlgeschlagen, '],
    ['foo|barbaz', undefined],
    ['ab', undefined],
    ['\\d+\\s*[a-z]', undefined],
    ['\\u0041BCD efg', 'bcd efg'],
  ];
  for (const [source, literal] of rows) {
    it(`${source} → ${literal ?? '(none)'}`, () => assert.equal(requiredLiteral(source), literal));
  }

  const befores: Array<[string, number | undefined]> = [
    ['abc', 0], ['x{0,3}yzz{2}w', 3], ['(?:foo|barx) bazqux', 4], ['(?<![\\d.])535 5\\.7\\.3', 0], ['[^]{0,200}?hello', 200],
    ['a.bcd', 2], ['q?rst', 1], ['\\bfoo bar', 0], ['(?=xyz)abc', 0], ['\\d+ abcd', Infinity], ['(a|bb)*cde', Infinity],
    ['(\\w)\\1 abc', Infinity], ['[^]abc', 1], ['(?<name>ab|c{2,4})xyz', 4],
  ];
  for (const [source, before] of befores) {
    it(`${source}: a match has at most ${before} characters before its required text`, () => assert.equal(requiredText(source)?.before, before));
  }

  it('measures the most a regex source consumes (lookarounds and \\b none, an astral character two code units under u)', () => {
    const rows: Array<[string, boolean, boolean, number]> = [
      ['abc', false, false, 3], ['a{2,5}', false, false, 5], ['(?:ab|c)?d', false, false, 3], ['(?<=x)(?!y)\\bz', false, false, 1],
      ['[^]{0,200}?', false, false, 200], ['.', true, false, 2], ['\\p{L}{3}', true, false, 6], ['\\u{3}', false, false, 3],
      ['a+', false, false, Infinity], ['(a)\\1', false, false, Infinity], ['[\\q{abc}]', true, true, Infinity], ['x|yz', false, false, 2],
    ];
    for (const [source, unicode, sets, most] of rows) assert.equal(maxLength(source, unicode, sets), most, source);
  });

  it('has no pre-check when one alternative has no required text, or when u/v with i folds case beyond ASCII', () => {
    assert.deepEqual(requiredLiterals(['abc', 'x|y'], 'i'), undefined);
    assert.deepEqual(requiredLiterals(['abcd', 'efgh'], 'iu'), undefined);
    assert.deepEqual(requiredLiterals(['abcd', 'efgh', 'ABCD'], 'i'), ['abcd', 'efgh']);
  });

  it('every rule with a regex answers exactly as its regex does, over every development text (both views) and hostile text', () => {
    const texts = DEV_DIRS.flatMap((d) => readCorpus(d)).map((i) => i.text);
    const hostile = [
      'ſmtp ſend KELVIN K İstanbul ǅ Ⅻ ﬀ', 'AUTHENTICATION UNSUCCESSFUL 535 5.7.3', 'a'.repeat(5000), '535\u00a05.7.139',
      texts.slice(0, 40).join('\n').toUpperCase(), texts.slice(40, 80).join(' ').toLowerCase(),
    ];
    const views = [...texts, ...hostile].flatMap((t) => { const v = textViews(t); return v.spaced === v.joined ? [v.spaced] : [v.spaced, v.joined]; });
    const rules = ALL_RULES.filter((r) => r.regex);
    assert.ok(rules.length > 800, `${rules.length} rules with a regex`);
    const references = rules.map((rule) => new RegExp(rule.regex!.source, rule.regex!.flags.replace(/[gy]/g, '')));
    const differing = new Map<string, string>();
    // Views outside, rules inside: the pre-check looks a view up once for all rules, as the decoder does.
    for (const view of views) {
      rules.forEach((rule, i) => {
        if (!differing.has(rule.id) && references[i]!.test(view) !== rule.scan(view).length > 0) differing.set(rule.id, view.slice(0, 80));
      });
    }
    assert.deepEqual([...differing].map(([id, view]) => `${id}: ${view}`), []);
  });

  it('on big views, where a rule is tried only near its required text, every rule finds the first match its regex finds', () => {
    const texts = DEV_DIRS.flatMap((d) => readCorpus(d)).map((i) => i.text);
    const chunks: string[] = [];
    // Three chunks of 120 texts from across the corpus (each view tens of kilobytes): enough occurrences, near and far, to try
    // every rule's windows; all texts would make this test the slowest of the suite.
    for (const from of [0, Math.floor(texts.length / 2), texts.length - 120]) chunks.push(texts.slice(from, from + 120).join('\n'));
    const big = [
      ...chunks, chunks[0]!.toUpperCase(), chunks[1]!.replace(/\n/g, ' '),
      // A required text repeated past the kept starts, one far from its words, and a view whose lower-casing moves indexes.
      'authentication unsuccessful '.repeat(4000) + texts[3], 'x'.repeat(WINDOWED_MIN_CHARS) + texts.slice(0, 20).join(' '),
      `İ ${chunks[2]!}`,
    ];
    const views = big.flatMap((t) => { const v = textViews(t); return v.spaced === v.joined ? [v.spaced] : [v.spaced, v.joined]; });
    assert.ok(views.filter((v) => v.length >= WINDOWED_MIN_CHARS).length >= 8, 'big views');
    const rules = ALL_RULES.filter((r) => r.regex);
    const references = rules.map((rule) => new RegExp(rule.regex!.source, rule.regex!.flags.replace(/[gy]/g, '')));
    const differing = new Map<string, string>();
    for (const view of views) {
      rules.forEach((rule, i) => {
        if (differing.has(rule.id)) return;
        const want = references[i]!.exec(view);
        const got = rule.scan(view)[0];
        if ((want === null) !== (got === undefined) || (want && got && (want.index !== got.index || want[0].length !== got.length))) {
          differing.set(rule.id, `${want?.index ?? '-'} / ${got?.index ?? '-'}`);
        }
      });
    }
    assert.deepEqual([...differing].map(([id, where]) => `${id}: ${where}`), []);
  });
});

// The rules run forViews()'s form of their regex: an optional space becomes " *", which matches the same on text without two
// spaces in a row — what the views are. (The comparisons above, over every development text and hostile text, check the answers.)
describe('decoder regexes as run on the views', () => {
  it('turns an optional space into " *", and nothing else', () => {
    assert.equal(forViews(phrase('Authentication unsuccessful')), 'Authentication *unsuccessful');
    assert.equal(forViews('a ??b'), 'a ??b', 'a lazy optional space stays');
    assert.equal(forViews('[ ?]x ?y'), '[ ?]x *y', 'a character class stays');
    assert.equal(forViews('[\\] ?]z'), '[\\] ?]z', 'an escaped bracket does not end the class');
    assert.equal(forViews('\\ ?z'), '\\ ?z', 'an escaped space stays');
    assert.equal(forViews('\\[ ?\\] ?q'), '\\[ *\\] *q', 'escaped brackets open no class');
    assert.equal(forViews('a(?: |-)?b'), 'a(?: |-)?b');
  });

  it('the views never hold two spaces in a row', () => {
    const texts = DEV_DIRS.flatMap((d) => readCorpus(d)).map((i) => i.text).slice(0, 400);
    const hostile = ['a  b\t\tc \u00a0 d\n\n e', ' '.repeat(5000) + 'x', 'x \r\n \r\n y', '%20%20a%20%20b', '&nbsp;&nbsp;a', 'a\\n\\n  b'];
    for (const t of [...texts, ...hostile]) {
      const { spaced, joined } = textViews(t);
      assert.ok(!spaced.includes('  ') && !joined.includes('  '), JSON.stringify(t.slice(0, 60)));
    }
  });
});


describe('the one-pass search for every rule\'s required text', () => {
  const naive = (texts: readonly string[], s: string) => {
    const out = new Map<string, number[]>();
    for (const t of texts) for (let i = s.indexOf(t); i !== -1; i = s.indexOf(t, i + 1)) out.set(t, [...(out.get(t) ?? []), i]);
    return out;
  };

  it('finds every text where it starts, overlapping and nested ones too, as a plain search does', () => {
    // Non-ASCII texts too (a branching state's non-ASCII children are looked up apart from its ASCII table).
    const texts = ['she', 'he', 'hers', 'his', 'authentication unsuccessful', 'authentication', 'cation', '5.7.139', '5.7.13', 'ab', 'b', 'bab', 'äb', 'äc', 'xäy', 'xöz', 'xa'];
    const inputs = [
      'ushers', 'his hers she', '535 5.7.139 authentication unsuccessful, 5.7.13', 'ababababbab', 'ünïcödé ß authentication — she',
      'x'.repeat(100) + 'he', '', 'h', 'authenticatio', 'authentication unsuccessfu', 'äbäc xäy xöz xa xäxöz',
    ];
    const automaton = new LiteralAutomaton(texts);
    for (const s of inputs) {
      const found = automaton.find(s, true);
      assert.deepEqual(new Map([...found].sort()), new Map([...naive(texts, s)].sort()), s);
    }
  });

  it('without starts it says only which texts occur', () => {
    const found = new LiteralAutomaton(['abc', 'bcd', 'zzz']).find('xabcdx', false);
    assert.deepEqual([...found.keys()].sort(), ['abc', 'bcd']);
    assert.ok([...found.values()].every((v) => v === undefined));
  });
});
