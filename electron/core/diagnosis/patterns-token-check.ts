/**
 * The token check's mismatches (claims of the token vs. what SMTP/IMAP need) → categories. Used
 * for DiagnosisContext.tokenCheck, and to recognize the ids when a check report is pasted.
 */
import type { CategoryId } from './categories.js';
import { codeTable, p, type CodeEntry, type Rule } from './pattern-kit.js';
import { TOKEN_CHECK_MISMATCHES, type TokenCheckMismatch } from './types.js';

/** Which category each mismatch means. */
export const TOKEN_CHECK_CATEGORY: Readonly<Record<TokenCheckMismatch, CategoryId>> = {
  // A Microsoft Graph (or other) token presented to Exchange: wrong scope/resource requested.
  audience_graph_for_smtp: 'wrong_scope_or_resource',
  audience_graph_for_imap: 'wrong_scope_or_resource',
  audience_other: 'wrong_scope_or_resource',
  // The right resource, but the permission is not in the token: not consented.
  missing_scope_smtp_send: 'consent_missing',
  missing_scope_imap: 'consent_missing',
  missing_role_smtp_sendasapp: 'consent_missing',
  missing_role_imap_accessasapp: 'consent_missing',
  token_expired: 'token_expired_or_invalid',
  token_not_yet_valid: 'token_expired_or_invalid',
  wrong_tenant: 'wrong_tenant_or_app',
  wrong_app: 'wrong_tenant_or_app',
  // XOAUTH2 user= is another mailbox than the token's user: that user needs FullAccess on it.
  upn_mismatch: 'mailbox_permission_missing',
  // SMTP with user= another mailbox than the token's user: Exchange accepts only the signed-in user.
  smtp_login_not_signed_in_user: 'shared_mailbox_smtp_login',
};

/** How sure a token-check mismatch makes its category: it is a direct observation of the token. */
export const TOKEN_CHECK_WEIGHT = 0.9;

const TABLE: Readonly<Record<string, CodeEntry>> = Object.fromEntries(
  TOKEN_CHECK_MISMATCHES.map((id) => [id.toUpperCase(), { proposals: [p(TOKEN_CHECK_CATEGORY[id], TOKEN_CHECK_WEIGHT)] }]),
);

/** Mismatch ids in pasted text (e.g. a check report). */
export const TOKEN_CHECK_RULES: readonly Rule[] = [
  codeTable('token-check', 'token-check', 3, `\\b(${TOKEN_CHECK_MISMATCHES.join('|')})\\b`, TABLE),
];
