/**
 * The named ways a tenant is broken (DESIGN.md "Scenario names"). Each one changes the healthy
 * tenant the way a real misconfiguration does — Exchange and Entra then answer with their real
 * replies because the state is wrong, not because a reply was scripted.
 */
import type { TenantData } from './tenant-model.js';
import { SANDBOX_IDS } from './tenant-seed.js';
import { APP_IDS, EXO_ROLE_IDS } from '../core/well-known.js';

/** Every scenario the sandbox knows. */
export const SCENARIO_NAMES = [
  'healthy', 'consent-missing', 'service-principal-missing', 'smtp-auth-disabled-mailbox',
  'smtp-auth-disabled-tenant', 'security-defaults', 'mailbox-permission-missing', 'send-as-denied',
  'imap-disabled', 'user-not-assigned', 'secret-expired', 'secret-wrong', 'redirect-mismatch',
  'replication-delay', 'shared-mailbox-smtp-login', 'graph-lag',
] as const;

/** A scenario name. */
export type ScenarioName = (typeof SCENARIO_NAMES)[number];

/** Narrows a string to a scenario name. */
export function isScenarioName(value: string): value is ScenarioName {
  return (SCENARIO_NAMES as readonly string[]).includes(value);
}

/** Options that change how scenarios and the servers behave (not tenant data). */
export interface SandboxBehaviour {
  /** replication-delay: milliseconds before a change reaches Entra token issuance and Exchange. */
  replicationDelayMs: number;
  /** secret-wrong: the secret value handed out that the app does not have. */
  wrongSecret: boolean;
  /** shared-mailbox-smtp-login: ETRON's mail servers log in with the shared mailbox's address. */
  etronLoginIsSharedMailbox: boolean;
  /** graph-lag: milliseconds Graph's list queries and service principal creation lag behind a write. */
  graphLagMs: number;
}

/** How long graph-lag keeps new objects out of sight (real Graph: seconds to minutes). */
export const DEFAULT_GRAPH_LAG_MS = 2_000;

const ids = SANDBOX_IDS;

/** What each scenario does to the tenant, in words (shown by `sandbox --list-scenarios`). */
export const SCENARIO_DESCRIPTIONS: Record<ScenarioName, string> = {
  healthy: 'Everything is configured; every profile check passes.',
  'consent-missing': 'Inventory360 and the generic app lack the SMTP.SendAsApp/IMAP.AccessAsApp grant; ETRON lacks delegated consent.',
  'service-principal-missing': 'Exchange Online has no service principal (New-ServicePrincipal) for Inventory360 and the generic app.',
  'smtp-auth-disabled-mailbox': 'SmtpClientAuthenticationDisabled is $true on the sending mailbox.',
  'smtp-auth-disabled-tenant': 'The mailbox inherits ($null) and the tenant TransportConfig disables SMTP AUTH.',
  'security-defaults': 'Security defaults are enabled: a password (basic auth) gets 535 5.7.139 "security defaults policy"; OAuth (XOAUTH2) still works.',
  'mailbox-permission-missing': 'No FullAccess for the app on the sending mailbox (Add-MailboxPermission missing).',
  'send-as-denied': 'No SendAs on the shared sender address info@ for the app or the user.',
  'imap-disabled': 'IMAP is disabled on the mailbox (ImapEnabled $false).',
  'user-not-assigned': 'The ETRON enterprise app requires assignment and the mailbox user is not assigned.',
  'secret-expired': 'The ETRON and generic app client secrets have expired.',
  'secret-wrong': 'The client secrets handed out are not the apps\' secrets (copied the secret ID, or a typo).',
  'redirect-mismatch': 'The ETRON app registration has a wrong Web redirect URI.',
  'replication-delay': 'Every change takes effect for Entra and Exchange only after a delay (default 5 s).',
  'shared-mailbox-smtp-login': 'ETRON variant A logs in to SMTP and IMAP with the shared mailbox info@ (the user has FullAccess and SendAs, SMTP AUTH is on for it): IMAP works, SMTP gets 535 5.7.3.',
  'graph-lag': 'Graph is eventually consistent: for 2 s after a write, $filter lookups miss it and a new application cannot get its service principal yet.',
};

/** Applies one scenario to tenant data (in place). */
export function applyScenario(t: TenantData, name: ScenarioName, behaviour: SandboxBehaviour, now = Date.now()): void {
  switch (name) {
    case 'healthy':
      return;
    case 'consent-missing': {
      const appOnly = new Set<string>([EXO_ROLE_IDS['SMTP.SendAsApp'], EXO_ROLE_IDS['IMAP.AccessAsApp']]);
      t.appRoleAssignments = t.appRoleAssignments.filter((a) =>
        !(a.resourceId === ids.exchangeSpId && appOnly.has(a.appRoleId)));
      t.oauth2PermissionGrants = t.oauth2PermissionGrants.filter((g) => g.clientId !== ids.etronSpId);
      return;
    }
    case 'service-principal-missing':
      t.exchange.servicePrincipals = t.exchange.servicePrincipals.filter((sp) =>
        sp.appId !== APP_IDS.inventory360 && sp.appId !== ids.genericAppId);
      return;
    case 'smtp-auth-disabled-mailbox':
      mailbox(t).smtpClientAuthenticationDisabled = true;
      return;
    case 'smtp-auth-disabled-tenant':
      mailbox(t).smtpClientAuthenticationDisabled = null;
      t.exchange.transportConfig.smtpClientAuthenticationDisabled = true;
      return;
    case 'security-defaults':
      t.securityDefaults.isEnabled = true;
      return;
    case 'mailbox-permission-missing':
      t.exchange.permissions = t.exchange.permissions.filter((p) =>
        !(p.mailboxId === ids.mailboxUserId && p.accessRights === 'FullAccess'));
      return;
    case 'send-as-denied':
      t.exchange.permissions = t.exchange.permissions.filter((p) =>
        !(p.mailboxId === ids.sharedMailboxId && p.accessRights === 'SendAs'));
      return;
    case 'imap-disabled':
      mailbox(t).imapEnabled = false;
      return;
    case 'user-not-assigned':
      t.appRoleAssignments = t.appRoleAssignments.filter((a) =>
        !(a.resourceId === ids.etronSpId && a.principalId === ids.mailboxUserId));
      return;
    case 'secret-expired':
      for (const app of t.applications) {
        if (app.appId !== ids.etronAppId && app.appId !== ids.genericAppId) continue;
        for (const c of app.passwordCredentials) {
          c.startDateTime = new Date(now - 800 * 86_400_000).toISOString();
          c.endDateTime = new Date(now - 70 * 86_400_000).toISOString();
        }
      }
      return;
    case 'secret-wrong':
      behaviour.wrongSecret = true;
      return;
    case 'redirect-mismatch': {
      const etron = t.applications.find((a) => a.appId === ids.etronAppId);
      if (etron) etron.web.redirectUris = ['https://contoso.wawi.onretail.eu/microsoft_outlook/callback'];
      return;
    }
    case 'replication-delay':
      if (behaviour.replicationDelayMs <= 0) behaviour.replicationDelayMs = 5_000;
      return;
    case 'shared-mailbox-smtp-login': {
      // Everything a shared mailbox can be given: SMTP AUTH on, FullAccess and SendAs for the user.
      const shared = t.users.find((u) => u.id === ids.sharedMailboxId);
      if (shared) shared.smtpClientAuthenticationDisabled = false;
      for (const accessRights of ['FullAccess', 'SendAs'] as const) {
        if (!t.exchange.permissions.some((p) => p.mailboxId === ids.sharedMailboxId && p.trusteeId === ids.mailboxUserId && p.accessRights === accessRights)) {
          t.exchange.permissions.push({ mailboxId: ids.sharedMailboxId, trusteeId: ids.mailboxUserId, accessRights });
        }
      }
      behaviour.etronLoginIsSharedMailbox = true;
      return;
    }
    case 'graph-lag':
      if (behaviour.graphLagMs <= 0) behaviour.graphLagMs = DEFAULT_GRAPH_LAG_MS;
      return;
    default:
      return assertNever(name);
  }
}

function mailbox(t: TenantData) {
  const user = t.users.find((u) => u.id === ids.mailboxUserId);
  if (!user) throw new Error('sandbox tenant has no mailbox user');
  return user;
}

function assertNever(value: never): never {
  throw new Error(`unknown scenario ${String(value)}`);
}
