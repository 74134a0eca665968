import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  LiteralAutomaton, registerLiterals, requiredLiteral, requiredLiterals, requiredRuns, requiredText, requiredTexts, someAlternativePresent,
  WINDOWED_MIN_CHARS,
} from '../../electron/core/diagnosis/literal-prefilter.js';
import { firstMatchNear } from '../../electron/core/diagnosis/windowed-exec.js';
import { maxLength } from '../../electron/core/diagnosis/match-extent.js';
import { enhanced, forViews, phrase } from '../../electron/core/diagnosis/pattern-kit.js';
import { textViews } from '../../electron/core/diagnosis/normalize.js';
import { ALL_RULES } from '../../electron/core/diagnosis/patterns.js';
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
  it('lists every text a match contains, the longest first, then the others of four characters or more in order', () => {
    const runs = requiredRuns(phrase('Token file corrupted; requesting authorization'));
    assert.deepEqual(runs?.map((t) => t.literal), ['authorization', 'token', 'file', 'corrupted;', 'requesting']);
    assert.deepEqual(runs?.map((t) => t.before), [33, 0, 6, 11, 22]);
    assert.deepEqual(requiredRuns('(?:a|b) the cat sat on the mat')?.map((t) => t.literal), [' the cat sat on the mat']);
    assert.deepEqual(requiredRuns('abc+d(?:x|y)mno?pqrs')?.map((t) => t.literal), ['pqrs'], 'shorter runs than four beside the longest are left');
    assert.equal(requiredRuns('x|yz'), undefined);
  });

  it('lets a rule run only where one alternative has all its texts in the view', () => {
    const alternatives = requiredTexts([phrase('client secret expired'), phrase('invalid client secret')], 'i')!;
    assert.equal(someAlternativePresent(alternatives, new Map([['client', 1], ['secret', 1], ['expired', 1]])), true);
    assert.equal(someAlternativePresent(alternatives, new Map([['client', 1], ['secret', 1]])), false, 'each alternative misses a word');
    assert.equal(someAlternativePresent(alternatives, new Map([['invalid', 1], ['client', 1], ['secret', 1]])), true);
  });
  // Every rule against its regex over the development texts: decoder-prefilter-corpus-1/-2.test.ts (files of their own, so that each
  // stays well inside the test runner's time limit as the corpora grow).
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

  it('every rule\'s regex, as run on the views, is valid (the rules make it only when first needed)', () => {
    const broken = ALL_RULES.filter((r) => r.regex).flatMap((r) => {
      try {
        new RegExp(forViews(r.regex!.source), r.regex!.flags);
        return [];
      } catch (e) {
        return [`${r.id}: ${String(e)}`];
      }
    });
    assert.deepEqual(broken, []);
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

describe('a rule\'s first match on a big view, tried near its texts', () => {
  const source = phrase('Token file corrupted; requesting authorization');
  const alternatives = requiredTexts([source], 'i')!;
  registerLiterals(alternatives.flatMap((texts) => texts.map((t) => t.literal)));
  const regex = new RegExp(forViews(source), 'i');
  const sticky = new RegExp(regex.source, 'iy');
  // "authorization" (the longest text) thousands of times, "corrupted;" once: tried near the rare one, the answer stays the scan's.
  const filler = 'authorization requested for token file; '.repeat(Math.ceil(WINDOWED_MIN_CHARS / 20));

  it('finds the first match the regex finds, near the rarest of its texts', () => {
    for (const view of [
      `${filler}Token file corrupted; requesting authorization ${filler}`,
      `${filler}token file corrupted;requesting authorization and again: Token file corrupted; requesting authorization`,
      `Token file corrupted; requesting authorization${filler}`,
    ]) {
      const want = regex.exec(view);
      const got = firstMatchNear(regex, sticky, alternatives, view);
      assert.equal(got?.index, want?.index);
      assert.equal(got?.[0], want?.[0]);
    }
  });

  it('runs no regex where every text is there but none near the others', () => {
    // "corrupted;" and "requesting" far apart: no position lies near both, so neither regex is tried.
    class Counted extends RegExp {
      runs = 0;
      override exec(s: string): RegExpExecArray | null {
        this.runs++;
        return super.exec(s);
      }
    }
    const whole = new Counted(regex.source, 'i');
    const near = new Counted(regex.source, 'iy');
    const view = `Token file corrupted; ${filler}requesting authorization`;
    assert.equal(regex.exec(view), null);
    assert.equal(firstMatchNear(whole, near, alternatives, view), null);
    assert.deepEqual([whole.runs, near.runs], [0, 0]);
  });

  it('finds none where a text is missing, or where all are there but not in the order the regex needs', () => {
    assert.equal(firstMatchNear(regex, sticky, alternatives, `${filler}requesting authorization`), null);
    assert.equal(firstMatchNear(regex, sticky, alternatives, `${filler}requesting authorization; Token file corrupted;`), null);
  });
});
