/**
 * The error decoder: raw pasted text (and optionally what the check found) → likely causes,
 * most likely first, each with its evidence, wizard step and texts. Used by the "Decode an error"
 * screen, `cli decode --json` (prints the DecodeResult as is) and the check (decodeAll with the
 * server replies it got plus its Graph findings and token-check mismatches).
 * Never throws: any input, however large, binary or malformed, gives a result.
 */
import { readDiagnosisContext } from './context.js';
import { rankCauses } from './evidence.js';
import { GUESS_MAX, TOPIC_GUESS } from './guess.js';
import { flowOf, type TextSignals } from './infer.js';
import { matchText, type TextHit } from './match.js';
import { GUESS_NOTE_DE, TRUNCATED_NOTE_DE, UNKNOWN_HINT_DE } from './texts-de.js';
import { GUESS_NOTE_EN, TRUNCATED_NOTE_EN, UNKNOWN_HINT_EN } from './texts-en.js';
import type { DecodeResult, DiagnosisContext, Language, RankedCause } from './types.js';

/** Most texts decodeAll reads (each is capped at MAX_INPUT_CHARS by normalize.ts). */
const MAX_TEXTS = 20;

function texts(languages: readonly Language[], de: string, en: string): Partial<Record<Language, string>> {
  const out: Partial<Record<Language, string>> = {};
  for (const l of languages) out[l] = l === 'de' ? de : en;
  return out;
}

const hint = (languages: readonly Language[]) => texts(languages, UNKNOWN_HINT_DE, UNKNOWN_HINT_EN);

/** The notes of a result: a guess, a shortened input, or both. */
function note(languages: readonly Language[], guess: boolean, truncated: boolean): Partial<Record<Language, string>> | undefined {
  if (!guess && !truncated) return undefined;
  const join = (parts: (string | false)[]) => parts.filter(Boolean).join(' ');
  return texts(languages, join([guess && GUESS_NOTE_DE, truncated && TRUNCATED_NOTE_DE]), join([guess && GUESS_NOTE_EN, truncated && TRUNCATED_NOTE_EN]));
}

/** Signals agreed by all texts that have one (a disagreement leaves the field unknown). */
function mergeSignals(all: readonly TextSignals[]): TextSignals {
  const pick = <K extends keyof TextSignals>(key: K): TextSignals[K] | undefined => {
    const values = new Set(all.map((s) => s[key]).filter((v) => v !== undefined));
    return values.size === 1 ? [...values][0] : undefined;
  };
  const profile = pick('profile');
  const flow = pick('flow');
  const protocol = pick('protocol');
  const server = pick('server');
  return { ...(profile ? { profile } : {}), ...(flow ? { flow } : {}), ...(protocol ? { protocol } : {}), ...(server ? { server } : {}) };
}

/** rankCauses' floor: no cause below it is shown. */
const MIN_GUESS_CONFIDENCE = 0.1;

/**
 * Maps guessed causes into [MIN_GUESS_CONFIDENCE, GUESS_MAX] so that the first claims at most GUESS_MAX. Mapped, not
 * clipped: clipped, several signals for one cause and a single one for another would tie at the cap, and the
 * catalogue's order would decide instead of the evidence. The floor stays where it is, so no cause rankCauses kept
 * is dropped.
 */
function capGuesses(causes: readonly RankedCause[]): RankedCause[] {
  const top = causes[0]?.confidence ?? 0;
  if (top <= GUESS_MAX) return [...causes];
  const scale = (GUESS_MAX - MIN_GUESS_CONFIDENCE) / (top - MIN_GUESS_CONFIDENCE);
  return causes.map((c) => ({
    ...c, confidence: Math.round((MIN_GUESS_CONFIDENCE + (c.confidence - MIN_GUESS_CONFIDENCE) * scale) * 100) / 100,
  }));
}

/** Most a runner-up guessed by wording claims beside one known cause: below any cause a known message proposes. */
const RUNNER_UP_MAX = 0.15;
const RUNNER_UP_BELOW = 0.9;

/**
 * One known message names one cause, and not surely; the words around it may point at another. That guess, if it names
 * another cause, follows as a low-confidence "also possible" — the known cause keeps its place and its confidence (development
 * texts: half the answers name one cause; with the runner-up, 10 more of 1,915 have the source's fix among the first two).
 * An exact message (confidence 0.9 and up) stands alone, and a guess by topic words only ("mail", "SMTP") is no runner-up.
 */
function withRunnerUp(causes: readonly RankedCause[], guesses: () => readonly TextHit[], signals: TextSignals, ctx: DiagnosisContext): readonly RankedCause[] {
  if (causes.length !== 1 || causes[0]!.confidence >= RUNNER_UP_BELOW) return causes;
  const other = capGuesses(rankCauses(guesses(), signals, ctx)).find((c) => c.category !== causes[0]!.category && c.confidence > TOPIC_GUESS);
  return other ? [...causes, { ...other, confidence: Math.min(other.confidence, RUNNER_UP_MAX) }] : causes;
}

/**
 * A first cause that decides: at least DECISIVE_MIN, and DECISIVE_MARGIN ahead of the second. The reader study
 * (test/fixtures/decoder-reader-study) found that an expert can name the fix from the text alone for about half of the real
 * texts; for the rest, two in three. Among the development texts, answers past both bounds name the fix for 95 % (1,459 of
 * 2,011), the others for 69 %: those say that the check, not the text, decides.
 */
const DECISIVE_MIN = 0.6;
const DECISIVE_MARGIN = 0.1;

/** Whether the text leaves the choice between its causes open (see DecodeResult.undecided). */
function undecided(causes: readonly RankedCause[], guess: boolean): boolean {
  const [first, second] = causes;
  if (!first) return false;
  return guess || first.confidence < DECISIVE_MIN || (second !== undefined && first.confidence - second.confidence < DECISIVE_MARGIN);
}

/** Decodes several texts of one situation (e.g. the SMTP and the IMAP reply) together with the context. */
export function decodeAll(texts: readonly unknown[], context?: DiagnosisContext): DecodeResult {
  let languages: readonly Language[] = ['de', 'en'];
  try {
    const ctx = readDiagnosisContext(context);
    languages = ctx.languages ?? languages;
    const list = Array.isArray(texts) ? texts.slice(0, MAX_TEXTS) : [texts];
    const matches = list.map((text) => matchText(text));
    const hits = matches.flatMap((m) => m.hits);
    // Read only when no known message decides, or to name a runner-up beside one (match.ts).
    const guesses = () => matches.flatMap((m) => m.guesses);
    const signals = matches.map((m) => m.signals);
    const truncated = matches.some((m) => m.truncated);
    const merged = mergeSignals(signals);
    const causes = rankCauses(hits, merged, ctx);
    // Nobody said how the app signs in (not the caller, the text or the product) and a cause depends on it.
    const ask = !flowOf(ctx, merged) && hits.some((h) => h.proposals.some((p) => p.flow !== undefined));
    // Known messages, or what the check found, decide; otherwise guess by protocol and wording, and by the wording of the
    // development texts (word-model.ts). Several signals for one cause combine, but a guess never claims more than GUESS_MAX.
    const wording = () => matches.flatMap((m) => m.wording);
    const guessed = causes.length === 0 ? capGuesses(rankCauses([...guesses(), ...wording()], merged, ctx)) : [];
    const result = guessed.length > 0 ? guessed : withRunnerUp(causes, guesses, merged, ctx);
    const notes = note(languages, guessed.length > 0, truncated);
    return {
      causes: result,
      ...(result.length === 0 ? { hint: hint(languages) } : {}),
      ...(guessed.length > 0 ? { guess: true } : {}),
      ...(notes ? { note: notes } : {}),
      ...(ask && guessed.length === 0 ? { ask: 'flow' as const } : {}),
      ...(undecided(result, guessed.length > 0) ? { undecided: true } : {}),
    };
  } catch {
    // A bug in a matcher must not take the screen or the CLI down; say that nothing was recognized.
    return { causes: [], hint: hint(languages) };
  }
}

/** Decodes one pasted error text. */
export function decode(text: string, context?: DiagnosisContext): DecodeResult {
  return decodeAll([text], context);
}

/** The causes found from a known message; none when the result is only a guess by wording
 *  (what a probe, a check step or a refused sign-in may be classified by). */
export function knownCauses(result: DecodeResult): DecodeResult['causes'] {
  return result.guess ? [] : result.causes;
}
