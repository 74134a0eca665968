/**
 * Values found once and carried to every later page: from the sign-in (tenant), the admin's
 * input (mailbox, ETRON instance, the app's client ID) and the last tenant check of this product
 * (Object ID, the app registration's client ID, the portal pages of findings).
 */
import type { Finding } from '../../../electron/ipc/contract.js';
import type { AssistantState } from '../store.js';
import { tenantFindings } from './step-findings.js';

/** The values a page may show. */
export interface PageValues {
  readonly tenantId?: string;
  readonly mailbox?: string;
  readonly instance?: string;
  readonly objectId?: string;
  /** The application (client) ID: of the app registration (ETRON, generic) or of Inventory360's gallery app. */
  readonly appId?: string;
  readonly redirectUri?: string;
}

/** The sending mailboxes of ETRON's path, in order, without empty or repeated ones. */
export function sendingMailboxes(first: string, more: readonly string[]): string[] {
  const out: string[] = [];
  for (const m of [first, ...more].map((x) => x.trim())) {
    if (m !== '' && !out.some((o) => o.toLowerCase() === m.toLowerCase())) out.push(m);
  }
  return out;
}

function fact(findings: readonly Finding[] | undefined, id: string, key: string): string | undefined {
  const value = findings?.find((f) => f.id === id)?.facts?.[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** What is known now. */
export function pageValues(state: Pick<AssistantState, 'account' | 'tenantForm' | 'checkResult' | 'checkKind' | 'profile'>): PageValues {
  const findings = tenantFindings(state);
  const f = state.tenantForm;
  const instance = f.etronInstance.trim().toLowerCase();
  const checked = state.checkKind === 'tenant' && state.checkResult?.profile === state.profile ? state.checkResult : undefined;
  const appId = fact(findings, 'inventory360.enterprise-app', 'appId')
    ?? checked?.facts.clientId
    ?? (state.profile === 'etron' && f.etronAppId.trim() ? f.etronAppId.trim() : undefined)
    ?? (state.profile === 'generic' && f.genericAppId.trim() ? f.genericAppId.trim() : undefined);
  const objectId = checked?.facts.servicePrincipalObjectId ?? fact(findings, 'inventory360.enterprise-app', 'servicePrincipalObjectId');
  return {
    ...(state.account ? { tenantId: state.account.tenantId } : {}),
    ...(f.mailbox.trim() ? { mailbox: f.mailbox.trim() } : {}),
    ...(instance ? { instance, redirectUri: `https://${instance}.wawi.onretail.eu/microsoft_outlook/confirm` } : {}),
    ...(objectId ? { objectId } : {}),
    ...(appId ? { appId } : {}),
  };
}

/** The portal page of a finding of the last check: its fix page, else where it is seen. */
export function portalOf(state: Pick<AssistantState, 'checkResult' | 'checkKind' | 'profile'>, ...ids: readonly string[]): string | undefined {
  const findings = tenantFindings(state);
  for (const id of ids) {
    const f = findings?.find((x) => x.id === id);
    const url = f?.status !== 'ok' ? f?.fixStep?.url ?? f?.portalUrl : f?.portalUrl;
    if (url) return url;
  }
  return undefined;
}
