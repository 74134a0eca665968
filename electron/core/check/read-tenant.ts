/** The Graph part of a check: the profile's tenant findings and the facts they carry. */
import { checkEtron } from '../tenant/etron.js';
import type { Finding } from '../tenant/findings.js';
import { checkGenericApp } from '../tenant/generic.js';
import { checkInventory360 } from '../tenant/inventory360.js';
import type { CheckInput } from './check-input.js';

/** What the tenant read found. */
export interface TenantRead {
  readonly findings: readonly Finding[];
  readonly servicePrincipalObjectId?: string;
  readonly clientId?: string;
  readonly secretExpires?: string;
}

/** Reads the tenant for the input's profile; needs `input.graph`. */
export async function readTenant(input: CheckInput): Promise<TenantRead> {
  const graph = input.graph!;
  const signal = input.signal ? { signal: input.signal } : {};
  switch (input.profile) {
    case 'inventory360': {
      const r = await checkInventory360({ graph, profile: input.cloud, tenantId: input.tenantId, senderUpn: input.mailbox, ...signal });
      return { findings: r.findings, ...(r.servicePrincipalObjectId ? { servicePrincipalObjectId: r.servicePrincipalObjectId } : {}) };
    }
    case 'etron': {
      const r = await checkEtron({
        graph, profile: input.cloud, instance: input.etron?.instance ?? '',
        ...(input.etron?.appId ? { appId: input.etron.appId } : {}),
        // Assignment concerns the user who signs in, not a shared mailbox used as login.
        senderUpns: [input.signInUser ?? input.mailbox], ...signal,
      });
      if (!r.ok) return { findings: [{ id: 'etron.app-registration', status: 'unknown', code: null, evidence: r.error.message, error: r.error }] };
      const secret = r.value.findings.find((f) => f.id === 'etron.client-secret')?.facts?.latestEndDateTime;
      return {
        findings: r.value.findings,
        ...(r.value.servicePrincipalObjectId ? { servicePrincipalObjectId: r.value.servicePrincipalObjectId } : {}),
        ...(r.value.application ? { clientId: r.value.application.clientId } : {}),
        ...(typeof secret === 'string' ? { secretExpires: secret } : {}),
      };
    }
    case 'generic': {
      const r = await checkGenericApp({
        graph, profile: input.cloud, tenantId: input.tenantId, appId: input.genericAppId ?? '',
        expects: input.mailTokens?.flow === 'delegated'
          ? ['delegated-smtp', ...(input.probeImap ? ['delegated-imap' as const] : [])]
          // With RBAC for Applications the app holds no SMTP.SendAsApp permission on purpose.
          : [...(input.appOnlyAuthorization === 'rbac' ? [] : ['app-only-smtp' as const]), ...(input.probeImap ? ['app-only-imap' as const] : [])],
        ...signal,
      });
      return { findings: r.findings, ...(r.servicePrincipalObjectId ? { servicePrincipalObjectId: r.servicePrincipalObjectId } : {}), ...(input.genericAppId ? { clientId: input.genericAppId } : {}) };
    }
  }
}
