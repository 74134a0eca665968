/** The Graph part of a check: the profile's tenant findings and the facts they carry. */
import { checkEtron } from '../tenant/etron.js';
import type { Finding } from '../tenant/findings.js';
import { checkCertificateCredential } from '../tenant/certificate-credential.js';
import { checkGenericApp } from '../tenant/generic.js';
import { checkInventory360 } from '../tenant/inventory360.js';
import type { CheckInput } from './check-input.js';
import { authenticatedSmtpUrl } from '../tenant/tenant-checks.js';
import type { CloudProfile } from '../clouds.js';

/** Finding id → the portal page that shows it (null/undefined = none known). */
type PortalPages = Readonly<Record<string, string | null | undefined>>;

/** The findings with the page each one is seen on in the portal; the sending user's Mail tab from its object id. */
function withPortalPages(findings: readonly Finding[], pages: PortalPages, cloud: CloudProfile): Finding[] {
  return findings.map((f) => {
    const userId = f.facts?.['userObjectId'];
    const url = pages[f.id] ?? (typeof userId === 'string' ? authenticatedSmtpUrl(cloud, userId) : undefined);
    return url ? { ...f, portalUrl: url } : f;
  });
}

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
      const findings = withPortalPages(r.findings, {
        'inventory360.enterprise-app': r.links.enterpriseAppOverview ?? r.links.adminConsent,
        'inventory360.smtp-send-as-app': r.links.enterpriseAppPermissions ?? r.links.adminConsent,
      }, input.cloud);
      return { findings, ...(r.servicePrincipalObjectId ? { servicePrincipalObjectId: r.servicePrincipalObjectId } : {}) };
    }
    case 'etron': {
      const r = await checkEtron({
        graph, profile: input.cloud, instance: input.etron?.instance ?? '',
        ...(input.etron?.appId ? { appId: input.etron.appId } : {}),
        // Assignment concerns the user who signs in, not a shared mailbox used as login.
        senderUpns: [input.signInUser ?? input.mailbox, ...(input.etron?.moreSenders ?? [])]
          .filter((u, i, all) => all.findIndex((x) => x.toLowerCase() === u.toLowerCase()) === i),
        ...signal,
      });
      if (!r.ok) return { findings: [{ id: 'etron.app-registration', status: 'unknown', code: null, evidence: r.error.message, error: r.error }] };
      const secret = r.value.findings.find((f) => f.id === 'etron.client-secret')?.facts?.latestEndDateTime;
      const l = r.value.links;
      const findings = withPortalPages(r.value.findings, {
        'etron.app-registration': l.authentication, 'etron.redirect-uri': l.authentication, 'etron.audience': l.authentication,
        'etron.permissions': l.apiPermissions, 'etron.delegated-consent': l.apiPermissions,
        'etron.client-secret': l.certificatesSecrets, 'etron.service-principal': l.enterpriseApp, 'etron.user-assignment': l.enterpriseApp,
      }, input.cloud);
      return {
        findings,
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
      const certificate = input.genericCertificateThumbprint && input.genericAppId
        ? [await checkCertificateCredential({ graph, profile: input.cloud, appId: input.genericAppId, thumbprint: input.genericCertificateThumbprint, ...signal })]
        : [];
      return { findings: [...r.findings, ...certificate], ...(r.servicePrincipalObjectId ? { servicePrincipalObjectId: r.servicePrincipalObjectId } : {}), ...(input.genericAppId ? { clientId: input.genericAppId } : {}) };
    }
  }
}
