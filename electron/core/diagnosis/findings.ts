/**
 * What the Graph check and the token check observed, as evidence for or against categories.
 * A negative finding is a direct observation of the misconfiguration, so it adds strong evidence;
 * a positive one only weakens a category (×0.3 or so), because a change may not have reached
 * Exchange yet (replication takes 30 minutes to 24 hours) and some settings are read indirectly.
 */
import type { CategoryId } from './categories.js';
import { TOKEN_CHECK_CATEGORY, TOKEN_CHECK_WEIGHT } from './patterns-token-check.js';
import type { GraphFindings, TokenCheckMismatch } from './types.js';

/** Adds evidence to, or scales, a category. Implemented by the evidence board. */
export interface EvidenceSink {
  add(category: CategoryId, weight: number, evidence: string, key: string): void;
  scale(category: CategoryId, factor: number): void;
}

/** Feeds the Graph findings into the board. */
export function applyGraphFindings(board: EvidenceSink, f: GraphFindings | undefined): void {
  if (!f) return;
  const add = (category: CategoryId, weight: number, what: string): void => board.add(category, weight, `graph check: ${what}`, `graph:${what}`);
  if (f.consentOk === false) add('consent_missing', 0.9, 'admin consent missing');
  if (f.consentOk === true) board.scale('consent_missing', 0.3);

  if (f.servicePrincipalRegisteredInExchange === false) add('service_principal_missing_or_wrong_id', 0.9, 'no Exchange service principal with the enterprise app Object ID');
  if (f.servicePrincipalRegisteredInExchange === true) board.scale('service_principal_missing_or_wrong_id', 0.3);

  if (f.mailboxPermission === false) add('mailbox_permission_missing', 0.85, 'no FullAccess on the mailbox');
  if (f.mailboxPermission === true) board.scale('mailbox_permission_missing', 0.3);

  if (f.smtpAuthMailbox === 'disabled') add('smtp_auth_disabled_mailbox', 0.9, 'SMTP AUTH disabled on the mailbox');
  if (f.smtpAuthMailbox === 'enabled') {
    // The mailbox value overrides the organisation's, so neither switch is the cause.
    board.scale('smtp_auth_disabled_mailbox', 0.2);
    board.scale('smtp_auth_disabled_tenant', 0.2);
  }
  if (f.smtpAuthMailbox === 'inherit') board.scale('smtp_auth_disabled_mailbox', 0.5);
  if (f.smtpAuthTenant === 'disabled') {
    const inherits = f.smtpAuthMailbox === 'inherit';
    add('smtp_auth_disabled_tenant', inherits ? 0.9 : 0.5, inherits ? 'mailbox inherits the disabled organisation setting' : 'SMTP AUTH disabled for the organisation');
  }
  if (f.smtpAuthTenant === 'enabled') board.scale('smtp_auth_disabled_tenant', 0.3);

  if (f.securityDefaultsEnabled === true) add('security_policy_blocks', 0.85, 'security defaults enabled');
  if (f.securityDefaultsEnabled === false) board.scale('security_policy_blocks', 0.6); // Conditional Access may still block

  if (f.userAssigned === false) add('user_not_assigned', 0.9, 'user not assigned to the app');
  if (f.userAssigned === true) board.scale('user_not_assigned', 0.3);

  if (f.clientSecretExpired === true) add('bad_client_secret', 0.9, 'client secret expired');
  if (f.clientSecretExpired === false) board.scale('bad_client_secret', 0.6); // a live secret can still be mistyped

  if (f.redirectUriRegistered === false) add('redirect_uri_mismatch', 0.9, 'redirect URI not registered');
  if (f.redirectUriRegistered === true) board.scale('redirect_uri_mismatch', 0.3);

  if (f.imapEnabled === false) add('imap_disabled_or_not_connected', 0.9, 'IMAP disabled on the mailbox');
  if (f.imapEnabled === true) board.scale('imap_disabled_or_not_connected', 0.5); // may still be the mailbox permission
}

/** Feeds the token check's mismatches into the board (same key as the id found in pasted text). */
export function applyTokenCheck(board: EvidenceSink, mismatches: readonly TokenCheckMismatch[] | undefined): void {
  for (const m of mismatches ?? []) {
    board.add(TOKEN_CHECK_CATEGORY[m], TOKEN_CHECK_WEIGHT, `token check: ${m}`, `token-check:${m.toUpperCase()}`);
  }
}
