/**
 * Codes Microsoft adds after aadsts-codes.ts was written: the words of the message that follows
 * the code decide first, its number range second (Microsoft numbers the codes by area: 50xxx
 * users and sessions, 53xxx Conditional Access, 65xxx consent, 70xxx grants and tokens, 7000xxx
 * client credentials, 90xxx requests). Always returns at least one proposal.
 */
import type { CategoryId } from './categories.js';
import { p, type Proposal } from './pattern-kit.js';

/** Words → category, first match wins; each regex is bounded (no nested repetition). */
const WORDS: readonly [RegExp, CategoryId, number][] = [
  [/declined|did not consent|cancel/i, 'user_cancelled_or_consent_declined', 0.6],
  [/redirect uri|reply (?:url|address)/i, 'redirect_uri_mismatch', 0.65],
  // "Public clients can't send a client secret" (AADSTS90023's message, O365/python-o365#292) before the secret's words.
  [/cross-origin|single[- ]page app|client is public|public clients? (?:can't|cannot|can not) send|client_assertion/i, 'public_vs_confidential_client', 0.6],
  // A missing client_id: the app registration / its id is not what the request names.
  [/'client_id'/i, 'wrong_tenant_or_app', 0.55],
  // "No applicable permissions were found": the scopes asked are not ones the account type can get.
  [/no applicable permissions|permissions? (?:were|was) not found/i, 'wrong_scope_or_resource', 0.55],
  [/client secret|client_secret|credential keys|certificate/i, 'bad_client_secret', 0.6],
  [/not assigned|assigned to a role/i, 'user_not_assigned', 0.6],
  [/consent|approval/i, 'consent_missing', 0.6],
  // A device's state (compliance, registration), not the device code of the device code flow ("This device code has expired",
  // AADSTS70020 as azure-docs#92366 quotes it).
  [/multi-?factor|\bMFA\b|strong authentication|conditional access|security defaults|blocked|locked|disabled|risk|device(?![ _]code)/i, 'security_policy_blocks', 0.6],
  [/scope|resource/i, 'wrong_scope_or_resource', 0.55],
  [/expired|revoked|inactiv|malformed|refresh token|grant|code_verifier|sign-in frequency/i, 'token_expired_or_invalid', 0.55],
  // Also the account type and its endpoint: "configured for use by Microsoft Account users only. Please use the /consumers
  // endpoint" (AADSTS9002331), "/organizations".
  [/tenant|directory|not found|does not exist|doesn't exist|multi-?tenant|\/common|\/consumers|\/organizations|Microsoft Account users|personal (?:Microsoft )?accounts?/i, 'wrong_tenant_or_app', 0.55],
  // "This operation can only be performed by an administrator" (AADSTS900941): an admin must do it — for an app's sign-in
  // that is the admin consent. Late in the list: many messages end in "contact your administrator".
  [/(?:only|must) be (?:performed|done|granted|approved) by an? (?:administrator|admin)\b|requires? an? (?:administrator|admin)\b/i, 'consent_missing', 0.55],
  [/password|username/i, 'not_authenticated', 0.55],
  [/throttl|too many|temporar|unavailable|retry/i, 'throttled', 0.5],
];

/** Number ranges (prefix of the code) → category; longest prefix first. */
const RANGES: readonly [RegExp, CategoryId, number][] = [
  [/^7000\d{3}$/, 'bad_client_secret', 0.45],
  [/^53\d{3,4}$/, 'security_policy_blocks', 0.5],
  [/^65\d{3,4}$/, 'consent_missing', 0.45],
  [/^70\d{3,4}$/, 'token_expired_or_invalid', 0.4],
  [/^28\d{3}$/, 'wrong_scope_or_resource', 0.45],
  [/^(?:16|20|40|75)\d{3,5}$/, 'wrong_tenant_or_app', 0.35],
  [/^50\d{3,4}$/, 'wrong_tenant_or_app', 0.35],
  [/^8[01]\d{3}$/, 'not_authenticated', 0.35],
  [/^(?:13|22|24)\d{4}$/, 'security_policy_blocks', 0.35],
  [/^9\d{4,6}$/, 'token_expired_or_invalid', 0.35],
];

const FALLBACK: readonly Proposal[] = [p('token_expired_or_invalid', 0.3), p('wrong_tenant_or_app', 0.25)];

/** The proposal the words of an AADSTS message make, if any (first 240 characters). */
export function wordProposals(message: string): readonly Proposal[] | undefined {
  const words = message.slice(0, 240);
  for (const [regex, category, weight] of WORDS) if (regex.test(words)) return [p(category, weight)];
  return undefined;
}

/** Proposals for an AADSTS code missing from Microsoft's list; `message` is the text after the code. */
export function fallbackProposals(code: string, message: string): readonly Proposal[] {
  const byWords = wordProposals(message);
  if (byWords) return byWords;
  for (const [regex, category, weight] of RANGES) if (regex.test(code)) return [p(category, weight)];
  return FALLBACK;
}
