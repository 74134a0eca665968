/**
 * The building blocks of the matchers (patterns-*.ts): a Rule scans one view of the text and
 * reports hits, each proposing categories with a weight. Helpers build the regexes so that they
 * tolerate what line wrapping does to a message (see normalize.ts) and stay linear-time:
 * no nested quantifiers, no unbounded alternation inside a repetition.
 */
import type { CategoryId } from './categories.js';
import type { Flow } from './types.js';
import { literalsIn, literalsOf, registerLiterals, requiredTexts, someAlternativePresent } from './literal-prefilter.js';
import { firstMatchNear } from './windowed-exec.js';

/** Messages that say the same thing at different precision; only the most specific ones count. */
export type Family =
  | 'smtp-auth' | 'smtp-submit' | 'imap' | 'entra' | 'entra-ui' | 'graph' | 'token' | 'network' | 'tls'
  | 'throttle' | 'token-check' | 'client' | 'product' | 'guess';

/** 1 = a loose word ("authentication failed"), 2 = a code with several meanings, 3 = an exact message. */
export type Specificity = 1 | 2 | 3;

/** A category a message points at, and how sure the message alone makes it (0..1). */
export interface Proposal {
  readonly category: CategoryId;
  readonly weight: number;
  /** Only for this flow (e.g. 535 5.7.3 means different things app-only and delegated). */
  readonly flow?: Flow;
}

/** One recognized message in a view. */
export interface RuleHit {
  readonly ruleId: string;
  readonly family: Family;
  readonly specificity: Specificity;
  readonly index: number;
  readonly length: number;
  readonly proposals: readonly Proposal[];
  /** A loose "authentication failed": SMTP unless the text is about IMAP. */
  readonly protocolSensitive: boolean;
  /** What this library wrapper gives way to when the text has it too (match.ts). */
  readonly yieldsTo?: readonly WrappedCause[];
}

/**
 * What a library's loose "the connection failed" words wrap: a server's own reply (the server answered,
 * so the connection worked), a TLS error (the wrapper's nested exception), the sign-in service's error
 * (an AADSTS code or OAuth error a product quotes after its own sentence) or Microsoft Graph's reply (its
 * error code or message, or the HTTP status it answered a request with).
 */
export type WrappedCause = 'server-reply' | 'tls' | 'sign-in' | 'graph-reply';

/** A matcher over one view of the text. */
export interface Rule {
  readonly id: string;
  /** The rule's regex as written, for rules built by pattern() (tests compare its answer with the scan, which runs forViews()'s form). */
  readonly regex?: RegExp;
  scan(view: string): RuleHit[];
}

/** Shorthand for a proposal. */
export function p(category: CategoryId, weight: number, flow?: Flow): Proposal {
  return flow ? { category, weight, flow } : { category, weight };
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Regex source of a phrase: words may be separated by one space or none (joined view); apostrophes vary. */
export function phrase(words: string): string {
  return words.trim().split(/\s+/).map((w) => escapeRegex(w).replace(/'/g, "[']?")).join(' ?');
}

/** A name a product fills into its sentence (host, account, user, mailbox): one line, bounded, as short as the rest allows. */
export const FILLED_NAME = '[^\\n]{1,255}?';

/**
 * Regex sources of an HTTP client's own line for a failed request, with its status and URL (`url`: a regex source that the
 * request's URL starts with; `status`: a regex source of the status). The three lines, from each library's source:
 *   - Python requests' raise_for_status(): "403 Client Error: Forbidden for url: https://…" (psf/requests models.py:
 *     f"{self.status_code} Client Error: {reason} for url: {self.url}", "Server Error" for 5xx);
 *   - Java's HttpURLConnection: "Server returned HTTP response code: 401 for URL: https://…";
 *   - PHP's Guzzle RequestException::create(): "Client error: `POST https://…` resulted in a `403 Forbidden` response"
 *     (guzzle/guzzle src/Exception/RequestException.php: '%s: `%s %s` resulted in a `%s %s` response').
 */
export function httpClientStatusLines(status: string, url: string): string[] {
  return [
    `(?<!\\d)(?:${status}) ?(?:Client|Server) ?Error: ?[^\\n]{0,60}? ?for ?url: ?${url}`,
    `${phrase('Server returned HTTP response code:')} ?(?:${status}) ?${phrase('for URL:')} ?${url}`,
    `\`(?:GET|POST|PUT|PATCH|DELETE) ${url}[^\`\\s]{0,2000}\` ?${phrase('resulted in a')} ?\`(?:${status})\\b`,
  ];
}

/**
 * Regex source of an enhanced status code (e.g. "5.7.139"). Not preceded by a digit or dot (an
 * optional basic reply code like "535" in front is allowed, for the joined view's "5355.7.139"),
 * and not followed by a digit or by " <digit>" (the rest of a code broken across lines), nor by ".<digit>": an IPv4 address
 * ("Connection from 4.3.2.1:57890", a development text read as Exchange's 4.3.2 limit) is no status code.
 */
export function enhanced(code: string): string {
  return `(?<![\\d.])(?:[245]\\d\\d[ ,:-]?)?${escapeRegex(code)}(?!\\d)(?! \\d)(?!\\.\\d)`;
}

interface PatternOptions {
  readonly flags?: string;
  readonly protocolSensitive?: boolean;
  readonly yieldsTo?: readonly WrappedCause[];
}

/**
 * The same regex for the views (normalize.ts textViews), which never hold two spaces in a row: an optional space (" ?", what
 * phrase() puts between words) becomes " *". On such text both match exactly the same, in the same order (one space if there is
 * one, else none), but V8 compiles " *" as one loop where " ?" makes a branch that its compiler analyses again for every word
 * after it: the rules' regexes compile in about a fifth of the time (npm run bench's dense 1 MB paste through the CLI, where
 * nearly every rule runs once, spent most of its time compiling them). Character classes and escapes are copied as they are.
 */
export function forViews(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === ' ' && source[i + 1] === '?' && source[i + 2] !== '?') {
      out += ' *';
      i++;
    } else {
      out += c;
    }
  }
  return out;
}

/** Two parts of one message within `gap` characters of each other, in either order (logs and people quote them either way). */
export function eitherOrder(first: string, second: string, gap: number): string[] {
  return [`${first}[^]{0,${gap}}?${second}`, `${second}[^]{0,${gap}}?${first}`];
}

/** A rule from one regex (alternatives joined with |); reports the first occurrence. */
export function pattern(
  id: string, family: Family, specificity: Specificity, sources: readonly string[], proposals: readonly Proposal[],
  options: PatternOptions = {},
): Rule {
  const flags = options.flags ?? 'i';
  const source = sources.map((s) => `(?:${s})`).join('|');
  // As run on the views, and as written (what tests compare the scan with). Each is made when first needed: most rules' texts
  // are absent from a paste, and making some 2,000 regexes when the decoder loads cost about 20 ms of the CLI's start.
  let scanned: RegExp | undefined;
  const scanRegex = () => (scanned ??= new RegExp(forViews(source), flags));
  let written: RegExp | undefined;
  // The texts every match of an alternative contains: unless some alternative has all of its texts in the view, the regex is
  // not run; on a big view it is tried only where a match can begin near one of them (windowed-exec.ts).
  const texts = requiredTexts(sources, flags);
  const literals = texts ? literalsOf(texts) : [];
  registerLiterals(literals);
  let sticky: RegExp | undefined;
  const protocolSensitive = options.protocolSensitive ?? false;
  const extra = options.yieldsTo ? { yieldsTo: options.yieldsTo } : {};
  return {
    id,
    get regex() {
      written ??= new RegExp(source, flags);
      return written;
    },
    scan(view) {
      let m: RegExpExecArray | null;
      if (texts) {
        if (!someAlternativePresent(texts, literalsIn(view))) return [];
        sticky ??= new RegExp(scanRegex().source, `${flags}y`);
        m = firstMatchNear(scanRegex(), sticky, texts, view);
      } else {
        m = scanRegex().exec(view);
      }
      return m ? [{ ruleId: id, family, specificity, index: m.index, length: m[0].length, proposals, protocolSensitive, ...extra }] : [];
    },
  };
}

/** What a product's own "sending failed" sentence gives way to: whatever it quotes after itself. */
const ANY_WRAPPED: readonly WrappedCause[] = ['server-reply', 'tls', 'sign-in', 'graph-reply'];

/**
 * A product's sentence that only says sending failed ("Email could not be sent. Reason: …", "Test mail could not be sent."):
 * alone, a weak SMTP sign-in failure (`signIn`) before a network one (`network`); the server's reply, a TLS error, the
 * sign-in service's error or Graph's reply it quotes decides (an app that sends through Graph says "Error sending email:" too).
 */
export function sendWrapper(id: string, sources: readonly string[], signIn: number, network: number): Rule {
  return pattern(id, 'product', 1, sources, [p('smtp_auth_failed_generic', signIn), p('network_blocked', network)], { yieldsTo: ANY_WRAPPED });
}

/** One code of a code table: what it proposes, and its family/specificity when not the table's. */
export interface CodeEntry {
  readonly proposals: readonly Proposal[];
  readonly family?: Family;
  readonly specificity?: Specificity;
  readonly protocolSensitive?: boolean;
}

/** Most codes of one kind looked at in one text (bounds the work on hostile input). */
const MAX_CODES_PER_SCAN = 40;

/**
 * A rule that finds every code of one kind with a global regex (group 1 = the code) and looks
 * it up in a table; unknown codes are ignored. Hit ids are `<id>:<code>`.
 */
export function codeTable(
  id: string, family: Family, specificity: Specificity, source: string, table: Readonly<Record<string, CodeEntry>>,
  flags = 'gi',
): Rule {
  return {
    id,
    scan(view) {
      const regex = new RegExp(source, flags);
      const hits: RuleHit[] = [];
      const seen = new Set<string>();
      let count = 0;
      for (let m = regex.exec(view); m && count < MAX_CODES_PER_SCAN; m = regex.exec(view), count++) {
        const code = (m[1] ?? '').toUpperCase();
        const entry = Object.hasOwn(table, code) ? table[code] : undefined;
        if (!entry || seen.has(code)) continue;
        seen.add(code);
        hits.push({
          ruleId: `${id}:${code}`, family: entry.family ?? family, specificity: entry.specificity ?? specificity,
          index: m.index, length: m[0].length, proposals: entry.proposals, protocolSensitive: entry.protocolSensitive ?? false,
        });
      }
      return hits;
    },
  };
}
