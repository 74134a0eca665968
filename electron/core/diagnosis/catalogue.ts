/**
 * The diagnosis catalogue: for every category its wizard step, severity, whether waiting for
 * replication is often the answer, and the profiles it concerns. The words live in texts-*.ts
 * (general) and profile-fixes-*.ts (a product's own steps); describeCategory() puts them together.
 */
import { CATEGORY_IDS, type CategoryId } from './categories.js';
import { PROFILE_FIXES_DE } from './profile-fixes-de.js';
import { PROFILE_FIXES_EN } from './profile-fixes-en.js';
import { TEXTS_DE } from './texts-de.js';
import { TEXTS_EN } from './texts-en.js';
import type { CatalogueEntry, CategoryText, Language, Profile, ProfileFixes, Severity, WizardStep } from './types.js';

const ALL: readonly Profile[] = ['inventory360', 'etron', 'generic'];
const APP_ONLY: readonly Profile[] = ['inventory360', 'generic'];
const DELEGATED: readonly Profile[] = ['etron', 'generic'];

function entry(
  category: CategoryId, step: WizardStep, severity: Severity, waitLikely: boolean, profiles: readonly Profile[],
  stepFor?: CatalogueEntry['stepFor'],
): CatalogueEntry {
  return stepFor ? { category, step, stepFor, severity, waitLikely, profiles } : { category, step, severity, waitLikely, profiles };
}

const PRODUCT_SETTINGS = { inventory360: 'inventory360-settings', etron: 'etron-settings' } as const;

/** Every category's language-independent facts. */
export const CATALOGUE: Readonly<Record<CategoryId, CatalogueEntry>> = {
  consent_missing: entry('consent_missing', 'consent', 'blocking', true, ALL),
  service_principal_missing_or_wrong_id: entry('service_principal_missing_or_wrong_id', 'object-id', 'blocking', true, APP_ONLY),
  smtp_auth_disabled_mailbox: entry('smtp_auth_disabled_mailbox', 'smtp-auth', 'blocking', true, ALL),
  smtp_auth_disabled_tenant: entry('smtp_auth_disabled_tenant', 'smtp-auth', 'blocking', true, ALL),
  basic_auth_used: entry('basic_auth_used', 'client-settings', 'blocking', false, ALL, PRODUCT_SETTINGS),
  security_policy_blocks: entry('security_policy_blocks', 'security-policy', 'blocking', true, ALL),
  mailbox_permission_missing: entry('mailbox_permission_missing', 'exchange-powershell', 'blocking', true, ALL),
  send_as_denied: entry('send_as_denied', 'exchange-powershell', 'blocking', true, ALL, { etron: 'etron-settings' }),
  not_authenticated: entry('not_authenticated', 'client-settings', 'blocking', false, ALL, PRODUCT_SETTINGS),
  throttled: entry('throttled', 'wait', 'transient', false, ALL),
  redirect_uri_mismatch: entry('redirect_uri_mismatch', 'app-registration', 'blocking', false, DELEGATED),
  wrong_tenant_or_app: entry('wrong_tenant_or_app', 'app-registration', 'blocking', false, ALL, { inventory360: 'consent' }),
  bad_client_secret: entry('bad_client_secret', 'client-secret', 'blocking', false, DELEGATED),
  public_vs_confidential_client: entry('public_vs_confidential_client', 'app-registration', 'blocking', false, DELEGATED),
  user_not_assigned: entry('user_not_assigned', 'assign-users', 'blocking', true, DELEGATED),
  wrong_scope_or_resource: entry('wrong_scope_or_resource', 'app-registration', 'blocking', false, ALL),
  imap_disabled_or_not_connected: entry('imap_disabled_or_not_connected', 'exchange-powershell', 'blocking', true, DELEGATED),
  imap_auth_failed_generic: entry('imap_auth_failed_generic', 'exchange-powershell', 'blocking', true, DELEGATED, { etron: 'sign-in' }),
  smtp_auth_failed_generic: entry('smtp_auth_failed_generic', 'exchange-powershell', 'blocking', true, ALL, { etron: 'sign-in' }),
  network_blocked: entry('network_blocked', 'network', 'blocking', false, ALL),
  tls_problem: entry('tls_problem', 'network', 'blocking', false, ALL),
  token_expired_or_invalid: entry('token_expired_or_invalid', 'sign-in', 'blocking', false, ALL),
  user_cancelled_or_consent_declined: entry('user_cancelled_or_consent_declined', 'sign-in', 'info', false, ALL),
  shared_mailbox_smtp_login: entry('shared_mailbox_smtp_login', 'client-settings', 'blocking', false, DELEGATED, PRODUCT_SETTINGS),
  unexpected_server_reply: entry('unexpected_server_reply', 'network', 'blocking', false, ALL),
  outbound_sender_blocked: entry('outbound_sender_blocked', 'wait', 'blocking', false, ALL),
  exchange_powershell_not_ready: entry('exchange_powershell_not_ready', 'exchange-powershell', 'blocking', false, ALL),
  // Not a set-up problem: the message reached Exchange Online and the recipient's side refused it (the address, or its rules);
  // the test mail of "Wait and test" is where the assistant's own recipient is entered.
  recipient_rejected: entry('recipient_rejected', 'wait', 'info', false, ALL),
  // The size limit is the mailbox's (Set-Mailbox -MaxSendSize), the organization's or the receiving server's.
  message_too_large: entry('message_too_large', 'exchange-powershell', 'blocking', false, ALL),
};

/** The general texts of every category, per language. */
export const CATALOGUE_TEXTS: Readonly<Record<Language, Readonly<Record<CategoryId, CategoryText>>>> = {
  de: TEXTS_DE,
  en: TEXTS_EN,
};

/** The fix steps that replace the general ones for a profile, per language. */
export const CATALOGUE_PROFILE_FIXES: Readonly<Record<Language, ProfileFixes>> = {
  de: PROFILE_FIXES_DE,
  en: PROFILE_FIXES_EN,
};

/** The step that fixes a category, for a profile when given. */
export function stepFor(category: CategoryId, profile?: Profile): WizardStep {
  const e = CATALOGUE[category];
  return (profile && e.stepFor?.[profile]) || e.step;
}

/** One category's text in one language, with the profile's own fix steps when it has them. */
export function textFor(category: CategoryId, language: Language, profile?: Profile): CategoryText {
  const t = CATALOGUE_TEXTS[language][category];
  const fix = (profile && CATALOGUE_PROFILE_FIXES[language][category]?.[profile]) || t.fix;
  const text: CategoryText = { title: t.title, cause: t.cause, fix };
  return CATALOGUE[category].waitLikely && t.waitHint ? { ...text, waitHint: t.waitHint } : text;
}

/** The texts of a category in the requested languages (default German and English). */
export function describeCategory(
  category: CategoryId, options: { languages?: readonly Language[]; profile?: Profile } = {},
): Partial<Record<Language, CategoryText>> {
  const out: Partial<Record<Language, CategoryText>> = {};
  for (const language of options.languages ?? (['de', 'en'] as const)) out[language] = textFor(category, language, options.profile);
  return out;
}

/** Category ids in catalogue order (the tie-break of the ranking). */
export const CATEGORY_ORDER: Readonly<Record<CategoryId, number>> = Object.fromEntries(
  CATEGORY_IDS.map((id, i) => [id, i]),
) as Record<CategoryId, number>;
