/**
 * Run-time resolution of the tenant's Office 365 Exchange Online service principal (§1.5): its
 * object id differs per tenant, and the ids of SMTP.SendAsApp / IMAP.AccessAsApp /
 * POP.AccessAsApp are only community-observed (⚠), so they are read from Graph, never assumed.
 */
import { fail, ok, type Result } from './result.js';

/**
 * A Microsoft Graph GET relative to `{graph}/v1.0`. Resolves with the parsed JSON body for any
 * HTTP status — Graph error bodies (`{error:{code,message}}`) included; rejects only when no
 * reply arrived (network, TLS). Retrying on 429 is the implementation's job.
 */
export type GraphGet = (pathAndQuery: string) => Promise<unknown>;

/** The Exchange Online app id, the same in every tenant (§1.1). */
export const EXCHANGE_ONLINE_APP_ID = '00000002-0000-0ff1-ce00-000000000000';

/** The request, exactly as §1.5 gives it. */
export const EXCHANGE_SP_REQUEST =
  `/servicePrincipals(appId='${EXCHANGE_ONLINE_APP_ID}')?$select=id,appRoles,oauth2PermissionScopes,servicePrincipalNames`;

/** The Exchange app roles the assistant grants (application permissions). */
export const EXCHANGE_APP_ROLES = ['SMTP.SendAsApp', 'IMAP.AccessAsApp', 'POP.AccessAsApp'] as const;

/** One of those roles. */
export type ExchangeAppRole = (typeof EXCHANGE_APP_ROLES)[number];

/** What the tenant says about Exchange Online. */
export interface ExchangeOnlineServicePrincipal {
  /** The tenant's EXO service principal object id: the `resourceId` of app-role grants. */
  readonly servicePrincipalObjectId: string;
  /** Enabled Application role ids by value; a role the tenant lacks or disabled is absent. */
  readonly appRoleIds: Readonly<Partial<Record<ExchangeAppRole, string>>>;
  /** Enabled delegated scope ids by value (SMTP.Send, IMAP.AccessAsUser.All, …). */
  readonly delegatedScopeIds: Readonly<Record<string, string>>;
  /** The resource URIs Entra accepts for Exchange Online. */
  readonly servicePrincipalNames: readonly string[];
}

interface RawPermission {
  readonly id?: unknown;
  readonly value?: unknown;
  readonly isEnabled?: unknown;
  readonly allowedMemberTypes?: unknown;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function permissions(list: unknown): RawPermission[] {
  return Array.isArray(list) ? list.filter(isRecord) : [];
}

function enabledIdsByValue(list: unknown, accept: (p: RawPermission) => boolean): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of permissions(list)) {
    if (p.isEnabled === false || !accept(p)) continue;
    if (typeof p.value === 'string' && typeof p.id === 'string' && GUID.test(p.id)) out[p.value] = p.id.toLowerCase();
  }
  return out;
}

const NO_EXCHANGE =
  'The tenant has no Office 365 Exchange Online service principal — usually a tenant without an Exchange Online licence. ' +
  'Assign a licence that includes Exchange Online, or add an Exchange permission to the app registration, which creates it.';

/** Reads the tenant's Exchange Online service principal through Graph (Application.Read.All). */
export async function resolveExchangeOnline(graphGet: GraphGet): Promise<Result<ExchangeOnlineServicePrincipal>> {
  let body: unknown;
  try {
    body = await graphGet(EXCHANGE_SP_REQUEST);
  } catch (err) {
    return fail('graph_error', 'Microsoft Graph could not be reached to look up Exchange Online.', {
      detail: err instanceof Error ? err.message : String(err),
    });
  }
  if (!isRecord(body)) return fail('graph_error', 'Microsoft Graph answered the Exchange Online lookup with no JSON object.');
  if (isRecord(body.error)) {
    const code = typeof body.error.code === 'string' ? body.error.code : 'unknown';
    const message = typeof body.error.message === 'string' ? body.error.message : '';
    const detail = `${code}: ${message}`;
    if (code === 'Request_ResourceNotFound' || code === 'ResourceNotFound') return fail('not_found', NO_EXCHANGE, { detail });
    if (code === 'Authorization_RequestDenied' || code === 'Forbidden' || code === 'ErrorAccessDenied') {
      return fail('insufficient_privileges', 'The signed-in account may not read service principals (Application.Read.All is needed).', { detail });
    }
    if (code === 'InvalidAuthenticationToken') return fail('not_signed_in', 'The Graph sign-in is missing or expired; sign in again.', { detail });
    return fail('graph_error', 'Microsoft Graph refused the Exchange Online lookup.', { detail });
  }
  if (typeof body.id !== 'string' || !GUID.test(body.id)) {
    return fail('graph_error', 'Microsoft Graph returned the Exchange Online service principal without a valid id.');
  }
  const roles = enabledIdsByValue(body.appRoles, (p) =>
    !Array.isArray(p.allowedMemberTypes) || p.allowedMemberTypes.includes('Application'));
  const appRoleIds: Partial<Record<ExchangeAppRole, string>> = {};
  for (const r of EXCHANGE_APP_ROLES) if (roles[r] !== undefined) appRoleIds[r] = roles[r];
  const names = Array.isArray(body.servicePrincipalNames)
    ? body.servicePrincipalNames.filter((n): n is string => typeof n === 'string')
    : [];
  return ok({
    servicePrincipalObjectId: body.id.toLowerCase(),
    appRoleIds,
    delegatedScopeIds: enabledIdsByValue(body.oauth2PermissionScopes, () => true),
    servicePrincipalNames: names,
  });
}
