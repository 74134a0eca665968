/**
 * Delegated consent (oauth2PermissionGrants, §3.3) of a client for the mail scopes. The ETRON
 * guide adds SMTP.Send and IMAP.AccessAsUser.All under Microsoft Graph; Entra maps them to
 * Exchange Online, and a grant may also be recorded on the Exchange SP itself — so both
 * resources count. `clientId` in a grant is the client's SP object id, not its appId.
 */
import type { GraphClient } from '../graph/graph-client.js';
import type { GraphOAuth2PermissionGrant } from '../graph/graph-types.js';
import { delegatedGrantsOf, findServicePrincipal } from '../graph/queries.js';
import { ok, type Result } from '../result.js';
import { resolveExchange } from './exchange-grants.js';
import { MICROSOFT_GRAPH_APP_ID } from './well-known-ids.js';

/** The delegated mail scopes. */
export const MAIL_SCOPES = ['SMTP.Send', 'IMAP.AccessAsUser.All', 'POP.AccessAsUser.All'] as const;

/** Consent a client holds for the mail scopes. */
export interface DelegatedMailConsent {
  /** Scopes consented for all users (consentType AllPrincipals), any mail resource. */
  readonly allPrincipals: readonly string[];
  /** Scopes consented by single users (consentType Principal): principalId → scopes. */
  readonly perUser: Readonly<Record<string, readonly string[]>>;
  /** The Graph SP's object id (the resource of a new grant). */
  readonly graphServicePrincipalObjectId: string | null;
  /** The grants on Graph or Exchange, for evidence and repair. */
  readonly grants: readonly GraphOAuth2PermissionGrant[];
}

/** Reads a client's delegated consent on Microsoft Graph and Exchange Online. */
export async function delegatedMailConsent(graph: GraphClient, servicePrincipalObjectId: string, signal?: AbortSignal): Promise<Result<DelegatedMailConsent>> {
  const [grants, graphSp, exchange] = await Promise.all([
    delegatedGrantsOf(graph, servicePrincipalObjectId, signal),
    findServicePrincipal(graph, MICROSOFT_GRAPH_APP_ID, signal),
    resolveExchange(graph, signal),
  ]);
  if (!grants.ok) return grants;
  if (!graphSp.ok) return graphSp;
  const resources = new Set<string>();
  if (graphSp.value) resources.add(graphSp.value.id.toLowerCase());
  // A tenant without Exchange has no EXO SP; Graph grants still count.
  if (exchange.ok) resources.add(exchange.value.servicePrincipalObjectId);
  const mail = grants.value.filter((g) => resources.has(g.resourceId.toLowerCase()));
  const mailScopes = new Set<string>(MAIL_SCOPES);
  const scopesOf = (g: GraphOAuth2PermissionGrant): string[] => g.scope.split(' ').filter((s) => mailScopes.has(s));
  const all = new Set<string>();
  const perUser: Record<string, string[]> = {};
  for (const g of mail) {
    if (g.consentType === 'AllPrincipals') scopesOf(g).forEach((s) => all.add(s));
    else if (g.principalId) perUser[g.principalId] = [...new Set([...(perUser[g.principalId] ?? []), ...scopesOf(g)])];
  }
  return ok({ allPrincipals: [...all], perUser, graphServicePrincipalObjectId: graphSp.value?.id ?? null, grants: mail });
}
