/**
 * Combines the evidence — recognized messages, Graph findings, token-check mismatches, the
 * profile and the time since the last change — into causes ranked most likely first.
 *
 * RULES
 * 1. Each recognized message proposes categories with a weight: how sure that message alone
 *    makes the category. Proposals for one flow (535 5.7.3 app-only: service principal /
 *    consent; delegated: a Graph token) count fully when the flow is known and matches, not at
 *    all when it differs, and at 60 % when it is unknown. The flow is the caller's, else the
 *    text's (SendAsApp, AccessAsUser…), else the profile's (Inventory360 app-only, ETRON delegated).
 * 2. Within a family of messages only the most specific count (match.ts): "… disabled for the
 *    Mailbox" silences "Authentication unsuccessful"; an AADSTS code silences "invalid_client".
 * 3. A loose "authentication failed" is about SMTP unless the context or the text says IMAP.
 * 4. Independent pieces of evidence for one category combine as 1 − Π(1 − wᵢ) (noisy-or); the
 *    same message found twice, or the same mismatch in the text and in the context, counts once.
 * 5. Graph findings and token-check mismatches are observations (findings.ts): a failed check
 *    adds 0.85–0.9; a passed check multiplies the category by 0.2–0.6. So 535 5.7.3 app-only
 *    with consent missing ranks consent_missing first; with consent fine, the service principal
 *    (0.6) ranks above the generic SMTP failure (0.55). Delegated 535 5.7.3 with the mismatch
 *    audience_graph_for_smtp ranks wrong_scope_or_resource first.
 * 6. A category that does not concern the profile (e.g. IMAP for Inventory360) is halved.
 * 7. waitLikely is the catalogue's flag, except when the last change is 24 hours (1440 minutes)
 *    or more ago: then waiting longer will not help.
 * 8. Causes below 0.1 are dropped; equal confidences keep catalogue order.
 * 9. When the text shows a mail server that is not Exchange Online (infer.ts: an Exchange Server on premises, Dovecot,
 *    Gmail …), the causes that only Exchange Online has — its end of Basic authentication, its SMTP AUTH switches — are
 *    halved: there a refused password is the password or the account.
 */
import { CATALOGUE, CATEGORY_ORDER, describeCategory, stepFor } from './catalogue.js';
import type { CategoryId } from './categories.js';
import { applyGraphFindings, applyTokenCheck, type EvidenceSink } from './findings.js';
import { flowOf, type TextSignals } from './infer.js';
import type { TextHit } from './match.js';
import type { CategoryText, DiagnosisContext, Flow, Language, RankedCause } from './types.js';

/** Weight factor for a flow-specific proposal when the flow is unknown (rule 1). */
export const UNKNOWN_FLOW_FACTOR = 0.6;
/** Replication can take up to 24 hours (rule 7). */
export const REPLICATION_MAX_MINUTES = 24 * 60;
const MIN_CONFIDENCE = 0.1;
/** Causes only Exchange Online has (rule 9). */
const EXCHANGE_ONLINE_ONLY: ReadonlySet<CategoryId> = new Set(['basic_auth_used', 'smtp_auth_disabled_mailbox', 'smtp_auth_disabled_tenant']);
const MAX_EVIDENCE = 3;

interface Contribution {
  readonly weight: number;
  readonly evidence: string;
}

class EvidenceBoard implements EvidenceSink {
  private readonly contributions = new Map<CategoryId, Map<string, Contribution>>();
  private readonly factors = new Map<CategoryId, number>();

  add(category: CategoryId, weight: number, evidence: string, key: string): void {
    const byKey = this.contributions.get(category) ?? new Map<string, Contribution>();
    const previous = byKey.get(key);
    if (!previous || previous.weight < weight) byKey.set(key, { weight, evidence });
    this.contributions.set(category, byKey);
  }

  scale(category: CategoryId, factor: number): void {
    this.factors.set(category, (this.factors.get(category) ?? 1) * factor);
  }

  /** Confidence (noisy-or × factors) and evidence, strongest first, per category. */
  *entries(): Generator<{ category: CategoryId; confidence: number; evidence: string[] }> {
    for (const [category, byKey] of this.contributions) {
      const list = [...byKey.values()].sort((a, b) => b.weight - a.weight);
      const miss = list.reduce((m, c) => m * (1 - Math.min(Math.max(c.weight, 0), 1)), 1);
      const confidence = (1 - miss) * (this.factors.get(category) ?? 1);
      yield { category, confidence, evidence: [...new Set(list.map((c) => c.evidence))].slice(0, MAX_EVIDENCE) };
    }
  }
}

function addHits(board: EvidenceBoard, hits: readonly TextHit[], flow: Flow | undefined, imap: boolean): void {
  for (const hit of hits) {
    for (const proposal of hit.proposals) {
      if (proposal.flow && flow && proposal.flow !== flow) continue;
      const weight = proposal.flow && !flow ? proposal.weight * UNKNOWN_FLOW_FACTOR : proposal.weight;
      const category = hit.protocolSensitive && imap && proposal.category === 'smtp_auth_failed_generic'
        ? 'imap_auth_failed_generic' : proposal.category;
      board.add(category, weight, hit.excerpt, hit.ruleId);
    }
  }
}

/**
 * Odoo's microsoft_outlook (ETRON) sends "AUTH XOAUTH2 …" with smtplib's docmd() and ignores the
 * reply (odoo/odoo addons/microsoft_outlook/models/ir_mail_server.py, _smtp_login__, commit 0ee9ad06:
 * `connection.docmd('AUTH', f'XOAUTH2 {oauth_param}')`), so every failed sign-in reaches the user as
 * "530 5.7.57 Client not authenticated to send mail" at MAIL FROM (issue 8 item 3.2). For ETRON the
 * real AUTH causes therefore rank above "the app did not sign in".
 */
const ODOO_HIDDEN_AUTH: readonly [CategoryId, number][] = [
  ['smtp_auth_disabled_mailbox', 0.9], ['token_expired_or_invalid', 0.85], ['shared_mailbox_smtp_login', 0.8],
];
const NOT_AUTHENTICATED_RULE = 'smtp-5.7.57-not-authenticated';

function addOdooHiddenAuth(board: EvidenceBoard, hits: readonly TextHit[]): void {
  const hit = hits.find((h) => h.ruleId === NOT_AUTHENTICATED_RULE);
  if (!hit) return;
  for (const [category, weight] of ODOO_HIDDEN_AUTH) board.add(category, weight, hit.excerpt, `etron:${NOT_AUTHENTICATED_RULE}`);
  board.scale('not_authenticated', 0.7);
}

function withoutWaitHint(texts: Partial<Record<Language, CategoryText>>): Partial<Record<Language, CategoryText>> {
  const out: Partial<Record<Language, CategoryText>> = {};
  for (const [language, t] of Object.entries(texts) as [Language, CategoryText][]) {
    out[language] = { title: t.title, cause: t.cause, fix: t.fix };
  }
  return out;
}

/** Ranks causes from recognized messages plus the context (see RULES above). */
export function rankCauses(hits: readonly TextHit[], signals: TextSignals, context: DiagnosisContext): RankedCause[] {
  const profile = context.profile ?? signals.profile;
  const flow = flowOf(context, signals);
  const imap = (context.protocol ?? signals.protocol) === 'imap';
  const board = new EvidenceBoard();
  addHits(board, hits, flow, imap);
  if (context.profile === 'etron') addOdooHiddenAuth(board, hits);
  applyGraphFindings(board, context.graphFindings);
  applyTokenCheck(board, context.tokenCheck);

  const waitedLongEnough = context.recentChangeMinutes !== undefined && context.recentChangeMinutes >= REPLICATION_MAX_MINUTES;
  const languages = context.languages ?? (['de', 'en'] as const);
  const causes: RankedCause[] = [];
  for (const { category, confidence, evidence } of board.entries()) {
    const entry = CATALOGUE[category];
    const relevant = !profile || entry.profiles.includes(profile);
    const onlineOnly = signals.server === 'other' && EXCHANGE_ONLINE_ONLY.has(category);
    const score = Math.round(confidence * (relevant ? 1 : 0.5) * (onlineOnly ? 0.5 : 1) * 100) / 100;
    if (score < MIN_CONFIDENCE) continue;
    const waitLikely = entry.waitLikely && !waitedLongEnough;
    const texts = describeCategory(category, profile ? { languages, profile } : { languages });
    causes.push({
      category, confidence: score, evidence, waitLikely, step: stepFor(category, profile), severity: entry.severity,
      texts: waitLikely ? texts : withoutWaitHint(texts),
    });
  }
  return causes.sort((a, b) => b.confidence - a.confidence || CATEGORY_ORDER[a.category] - CATEGORY_ORDER[b.category]);
}
