/**
 * A guess by wording learnt from the development corpora: which cause fixed the problem for texts that used the same words.
 * Used only where no known message decided (decode.ts) and the text is about mail or sign-in at all (its guesses are not
 * empty): it adds to the guesses by protocol and wording (guess.ts), never outweighs a known message, and the answer stays
 * marked as a guess.
 *
 * Why: the hand-written word signals name the fix for fewer than half of the texts a decoder has not seen and no rule reads.
 * Scored with each session's starting rules on the development sets that session brought (612 texts of the eighteenth to
 * twenty-first sessions, never seen by those rules; 93 of them guessed), this model, trained on the development texts
 * registered before them and weighted as below, raised the guesses' first cause from 43 to 55 right and their first two
 * from 52 to 62 (the primary cause).
 *
 * The model: multinomial naive Bayes over the distinct words of a text (letters only, lower-cased; a word counts once per text),
 * add-0.1 smoothing, the causes' shares of the development texts as priors. Words in fewer than three development texts are
 * left out (names, hosts and one-off identifiers). Its counts are data (word-model-data.ts), written by
 * `npx tsx scripts/word-model.ts` from the development corpora; a unit test checks that the data is the script's output for the
 * corpora as they are. Written here, not taken from a library: the npm classifiers (natural's BayesClassifier, bayes) bring their
 * own tokenizers and stemmers and a verbose model format; what is needed is a few lines over a fixed, shipped table.
 */
import type { CategoryId } from './categories.js';
import type { TextHit } from './match.js';
import { TOPIC_GUESS } from './guess.js';
import { p } from './pattern-kit.js';
import { WORD_MODEL_DATA } from './word-model-data.js';

/** Characters of a text the model reads (a huge paste stays cheap). */
export const MODEL_CHARS = 20_000;
/** Smoothing of the word counts. */
const SMOOTHING = 0.1;
/** A cause's weight from the model: its posterior times this (the guesses by protocol and wording weigh up to 0.3). */
const WORD_WEIGHT = 0.5;
/**
 * Known words from which the model counts fully; a text with fewer counts in proportion. A short line ("Le serveur ne répond
 * pas", "Keyset does not exist") is left to the hand-written signals, which read its few words better. On the 93 guessed
 * texts above, full weight from 20 known words on (in proportion below) kept nearly all of the gain: 53 right first causes,
 * against 54 at full weight always and 49 with no model below 12 known words.
 */
const FULL_WEIGHT_WORDS = 20;
/**
 * Beside a hand-written signal that says more than the topic (a guess above TOPIC_GUESS: "basic authentication is retired",
 * "SMTP AUTH is off" in words), the model counts half: on the 93 guessed texts above this gave 55 right first causes instead
 * of 53, the first two unchanged.
 */
const BESIDE_SIGNAL_FACTOR = 0.5;
/** Causes less likely than this are not proposed. */
const MIN_POSTERIOR = 0.02;
/** Words shown as the guess's evidence, and the fewest letters such a word has. */
const EVIDENCE_WORDS = 4;
const MIN_SHOWN_LENGTH = 4;

const WORD = /[a-zäöüß][a-zäöüß'’-]{1,30}/g;

/** The distinct words of a text as the model reads them. */
export function modelWords(text: string): string[] {
  const words = text.slice(0, MODEL_CHARS).toLowerCase().match(WORD) ?? [];
  return [...new Set(words.map((w) => w.replace(/['’-]+$/, '')))];
}

interface Model {
  readonly categories: readonly CategoryId[];
  readonly logPrior: readonly number[];
  /** Per word: log P(word | category) for each category. */
  readonly logLikelihood: ReadonlyMap<string, Float64Array>;
}

let model: Model | undefined;

/** Reads the shipped table once, when first needed. */
function load(): Model {
  if (model) return model;
  // Every id is a category (word-model.test.ts checks the shipped table).
  const categories = WORD_MODEL_DATA.categories as readonly CategoryId[];
  const k = categories.length;
  const counts = new Map<string, Float64Array>();
  const totals = new Float64Array(k);
  for (const line of WORD_MODEL_DATA.words.split('\n')) {
    const [word, entries] = line.split('\t');
    if (!word || !entries) continue;
    const row = new Float64Array(k);
    for (const entry of entries.split(',')) {
      const [index, count] = entry.split(':').map(Number);
      if (index === undefined || count === undefined || !(index < k)) continue;
      row[index] = count;
      totals[index]! += count;
    }
    counts.set(word, row);
  }
  const vocabulary = counts.size;
  const denominator = (c: number) => totals[c]! + SMOOTHING * vocabulary;
  const logLikelihood = new Map<string, Float64Array>();
  for (const [word, row] of counts) logLikelihood.set(word, row.map((n, c) => Math.log((n + SMOOTHING) / denominator(c))));
  const all = WORD_MODEL_DATA.texts.reduce((a, b) => a + b, 0);
  model = {
    categories,
    logPrior: categories.map((_, c) => Math.log(WORD_MODEL_DATA.texts[c]! / all)),
    logLikelihood,
  };
  return model;
}

/** The causes by the text's wording, most likely first, with their posterior probabilities (summing to 1). */
export function wordPosterior(text: string): { category: CategoryId; p: number }[] {
  return posteriorOf(knownWords(text)).map(({ category, p: probability }) => ({ category, p: probability }));
}

/** The posterior over the categories for the text's known words, most likely first, with each category's index. */
function posteriorOf(words: readonly string[]): { category: CategoryId; index: number; p: number }[] {
  const m = load();
  const scores = m.categories.map((_, c) => words.reduce((s, w) => s + m.logLikelihood.get(w)![c]!, m.logPrior[c]!));
  const top = Math.max(...scores);
  const sum = scores.reduce((s, x) => s + Math.exp(x - top), 0);
  return m.categories.map((category, c) => ({ category, index: c, p: Math.exp(scores[c]! - top) / sum })).sort((a, b) => b.p - a.p);
}

/** The words of the text the model knows. */
function knownWords(text: string): string[] {
  const m = load();
  return modelWords(text).filter((w) => m.logLikelihood.has(w));
}

/** The words that favour category c most over the others (its evidence). */
function telling(m: Model, words: readonly string[], c: number): string[] {
  const k = m.categories.length;
  const lift = (w: string) => {
    const row = m.logLikelihood.get(w)!;
    let others = 0;
    for (let i = 0; i < k; i++) if (i !== c) others += Math.exp(row[i]!);
    return row[c]! - Math.log(others / (k - 1));
  };
  // Short words ("our", "the") may lean one way but say nothing to a reader.
  const shown = words.filter((w) => w.length >= MIN_SHOWN_LENGTH);
  const lifted = shown.map((w) => [w, lift(w)] as const).filter(([, l]) => l > 0);
  return lifted.sort((a, b) => b[1] - a[1]).slice(0, EVIDENCE_WORDS).map(([w]) => w);
}

/**
 * The model's guess as one hit beside the guesses by protocol and wording (none when no word of the text is known);
 * `strongestGuess` is the highest weight those guesses propose.
 */
export function wordingHit(text: string, strongestGuess: number): TextHit[] {
  const known = knownWords(text);
  const posterior = posteriorOf(known).filter((x) => x.p >= MIN_POSTERIOR);
  const first = posterior[0];
  if (!first || known.length === 0) return [];
  const weight = WORD_WEIGHT * Math.min(1, known.length / FULL_WEIGHT_WORDS) * (strongestGuess > TOPIC_GUESS ? BESIDE_SIGNAL_FACTOR : 1);
  const shown = telling(load(), known, first.index);
  return [{
    ruleId: 'guess:wording', family: 'guess', specificity: 1, protocolSensitive: true,
    proposals: posterior.map((x) => p(x.category, Math.round(weight * x.p * 100) / 100)).filter((x) => x.weight > 0),
    // The words that favour the first cause; else the text's beginning.
    excerpt: shown.length > 0 ? `… ${shown.join(' … ')} …` : `${text.trim().slice(0, 80)}…`,
  }];
}
