/**
 * Runs every rule over both views of one text and keeps, per family of messages, only the most
 * specific hits: "535 5.7.139 … disabled for the Mailbox" makes the bare "Authentication
 * unsuccessful" (and nodemailer's EAUTH) beside it redundant.
 */
import { guessHits } from './guess.js';
import { signalsOf, type TextSignals } from './infer.js';
import { isTruncated, textViews } from './normalize.js';
import type { Family, Proposal, RuleHit, Specificity, WrappedCause } from './pattern-kit.js';
import { ALL_RULES } from './patterns.js';
import { wordingHit } from './word-model.js';

/** One recognized message with its excerpt (already redacted). */
export interface TextHit {
  readonly ruleId: string;
  readonly family: Family;
  readonly specificity: Specificity;
  readonly proposals: readonly Proposal[];
  readonly protocolSensitive: boolean;
  readonly excerpt: string;
  readonly yieldsTo?: readonly WrappedCause[];
}

/** What one text yields: its hits and what it says about profile, flow and protocol. */
export interface TextMatch {
  readonly hits: readonly TextHit[];
  readonly signals: TextSignals;
  /**
   * Guessed hits by protocol and wording, for when `hits` is empty (guess.ts), or to name a runner-up beside one cause; read
   * when first asked (a paste with several known messages never asks, and on a 1 MB paste they cost a tenth of its decoding).
   */
  readonly guesses: readonly TextHit[];
  /** The guess by wording learnt from the development texts (word-model.ts), when the text has guesses at all; read when asked. */
  readonly wording: readonly TextHit[];
  /** The input was longer than MAX_INPUT_CHARS and was shortened. */
  readonly truncated: boolean;
}

/**
 * System.Net.Mail puts the server's reply to AUTH behind its own 5.7.57 line: "… 5.7.57 Client not
 * authenticated to send mail. Error: 535 5.7.3 …" (issue 8 item 3.9). The reply after "Error:" is the
 * real one, so the wrapper's 5.7.57 does not count then.
 */
const WRAPPED_REPLY = /5\.7\.57 ?(?:SMTP;)? ?Client (?:was )?not authenticated[^]{0,120}?Error: ?5\d\d[ -]?5\.\d{1,2}\.\d{1,3}/i;
/**
 * The other order: the AUTH reply "535 5.7.x" came first and the client went on to MAIL FROM, which
 * Exchange answers with 5.7.57 — a consequence of the failed AUTH, not a second cause.
 */
const AUTH_THEN_NOT_AUTHENTICATED = /(?<![\d.])535[ -]?5\.7\.\d{1,3}(?!\d)[^]{0,200}?5\.7\.57(?!\d)/;
const WRAPPER_RULES = new Set(['smtp-5.7.57-not-authenticated', 'dotnet-secure-connection']);
/**
 * A library's loose "the connection broke" words (System.Net.Mail's "Failure sending mail.", "Connection
 * reset by peer") beside a server's own sign-in or submission reply: the server answered, so the
 * connection worked and the reply is the cause (.NET wraps every SMTP error in SmtpException "Failure
 * sending mail.", learn.microsoft.com/dotnet/api/system.net.mail.smtpexception). A wrapper around a TLS
 * failure ("Could not connect to SMTP host … nested exception is: SSLHandshakeException") is the TLS
 * failure. Such rules say so with `yieldsTo` (pattern-kit.ts).
 */
const SERVER_REPLY_FAMILIES = new Set<Family>(['smtp-auth', 'smtp-submit', 'imap']);

const BEFORE = 60;
const AFTER = 100;
/**
 * Most characters of a match an excerpt shows: a rule that reads two parts of a message some way apart can match a long
 * stretch of a big paste (a 1 MB paste of many errors gave excerpts of 185,000 characters, each shown and printed by `cli
 * decode --json`); its beginning says which message it is.
 */
const MAX_SHOWN = 400;

/** The match (its first MAX_SHOWN characters) with some words around it, cut at spaces, "…" where cut. */
export function excerptAt(view: string, index: number, fullLength: number): string {
  const length = Math.min(fullLength, MAX_SHOWN);
  let start = Math.max(0, index - BEFORE);
  let end = Math.min(view.length, index + length + AFTER);
  if (start > 0) {
    const space = view.indexOf(' ', start);
    if (space !== -1 && space < index) start = space + 1;
  }
  if (end < view.length) {
    const space = view.lastIndexOf(' ', end);
    if (space > index + length) end = space;
  }
  return `${start > 0 ? '…' : ''}${view.slice(start, end).trim()}${end < view.length ? '…' : ''}`;
}

function keepMostSpecific(hits: readonly TextHit[]): TextHit[] {
  const best = new Map<Family, Specificity>();
  for (const h of hits) best.set(h.family, Math.max(best.get(h.family) ?? 1, h.specificity) as Specificity);
  return hits.filter((h) => h.specificity === best.get(h.family));
}

/** How far after an AADSTS code Microsoft's message runs (its words describe the code, not a second failure). */
const AADSTS_MESSAGE_CHARS = 300;
/** Loose families whose words inside an AADSTS message do not count. */
const LOOSE_IN_MESSAGE = new Set<Family>(['network', 'tls']);

/**
 * Drops network/TLS words that are part of an AADSTS message ("…request timed out", "…certificate…"),
 * and another code's message phrase found inside it (aadsts-messages.ts): the code present decides.
 */
function outsideAadstsMessages(hits: readonly RuleHit[]): RuleHit[] {
  const codes = hits.filter((h) => h.ruleId.startsWith('aadsts:'));
  if (codes.length === 0) return [...hits];
  const span = (h: RuleHit) => [h.index, h.index + h.length + AADSTS_MESSAGE_CHARS] as const;
  const all = codes.map(span);
  // Only a code of Microsoft's list decides over another code's message phrase; beside a code the list does not have
  // (a typo such as "AADSTS00016", or a newer code) the message words are the better witness.
  const known = codes.filter((h) => h.specificity === 3).map(span);
  const inside = (h: RuleHit, spans: readonly (readonly [number, number])[]) => spans.some(([from, to]) => h.index >= from && h.index < to);
  return hits.filter((h) => {
    if (LOOSE_IN_MESSAGE.has(h.family)) return !inside(h, all);
    if (h.ruleId.startsWith('aadsts-message:')) return !inside(h, known);
    return true;
  });
}

/** Matches one raw text (any value; never throws on strings). */
export function matchText(raw: unknown): TextMatch {
  const { spaced, joined, unwrapped } = textViews(raw);
  const truncated = isTruncated(raw);
  const byRule = new Map<string, TextHit>();
  // The spaced view first: its excerpts read better; the joined view adds what wrapping split. A hard-wrapped paste's unwrapped
  // view before both: its words are whole there, and a rule that reads a message's words around a code finds them (a code's hit
  // is kept from the first view that has it).
  const views = [...new Set([unwrapped ?? spaced, spaced, joined])];
  for (const view of views) {
    // A rule already kept from an earlier view would add nothing from a later one (its hit id is the rule's id; a code
    // table's hits carry the code and are not skipped), so it is not run again.
    const viewHits = outsideAadstsMessages(ALL_RULES.flatMap((rule) => (byRule.has(rule.id) ? [] : rule.scan(view))));
    for (const hit of viewHits) {
      if (!byRule.has(hit.ruleId)) byRule.set(hit.ruleId, toTextHit(hit, view));
    }
  }
  const first = views[0]!;
  const wrapped = WRAPPED_REPLY.test(first) || AUTH_THEN_NOT_AUTHENTICATED.test(first);
  let guesses: readonly TextHit[] | undefined;
  let wording: readonly TextHit[] | undefined;
  return {
    hits: keepMostSpecific(withoutWrappers([...byRule.values()], wrapped)),
    signals: signalsOf(first),
    get guesses() {
      return (guesses ??= guessesOf(views));
    },
    get wording() {
      if (wording === undefined) {
        const weights = this.guesses.flatMap((h) => h.proposals.map((x) => x.weight));
        wording = this.guesses.length > 0 ? wordingHit(first, Math.max(0, ...weights)) : [];
      }
      return wording;
    },
    truncated,
  };
}

/**
 * The guesses read the first view (the spaced one, or a hard-wrapped paste's unwrapped one); when it gives none, the next: a paste
 * wrapped at a width breaks words ("…the code you entered has expire\nd."), which the joined view has whole. Not all views
 * always: the joined view also glues what a line break kept apart ("SMTP;550\n5.7.1" → "SMTP;5505.7.1"), and the guesses'
 * conditions were weighed on the spaced view (development texts: the union changed two right answers, this none).
 */
function guessesOf(views: readonly string[]): TextHit[] {
  for (const view of views) {
    const hits = guessHits(view);
    if (hits.length > 0) return hits;
  }
  return [];
}

/**
 * The hits without the wrappers that give way to what the text also shows (`yieldsTo`), and without System.Net.Mail's 5.7.57
 * line when the real reply follows it (`wrapped`). A hit gives way to what another hit shows, never to itself: a rule of a
 * server-reply family that yields to server replies stays when it is the only one.
 */
export function withoutWrappers(all: readonly TextHit[], wrapped: boolean): TextHit[] {
  const shown = new Map<WrappedCause, number>();
  for (const h of all) {
    const cause = provides(h);
    if (cause) shown.set(cause, (shown.get(cause) ?? 0) + 1);
  }
  const shownByOther = (h: TextHit, cause: WrappedCause) => (shown.get(cause) ?? 0) > (provides(h) === cause ? 1 : 0);
  return all.filter((h) => !(wrapped && WRAPPER_RULES.has(h.ruleId)) && !h.yieldsTo?.some((cause) => shownByOther(h, cause)));
}

/** What a hit shows that a wrapper gives way to: a server's own reply, a TLS error, the sign-in service's error, Graph's reply. */
function provides(h: TextHit): WrappedCause | undefined {
  if (h.specificity === 1) return undefined;
  if (SERVER_REPLY_FAMILIES.has(h.family)) return 'server-reply';
  if (h.family === 'tls') return 'tls';
  if (h.family === 'graph') return 'graph-reply';
  return h.family === 'entra' ? 'sign-in' : undefined;
}

function toTextHit(hit: RuleHit, view: string): TextHit {
  return {
    ruleId: hit.ruleId, family: hit.family, specificity: hit.specificity, proposals: hit.proposals,
    protocolSensitive: hit.protocolSensitive, excerpt: excerptAt(view, hit.index, hit.length),
    ...(hit.yieldsTo ? { yieldsTo: hit.yieldsTo } : {}),
  };
}
