/**
 * What every grant of the token endpoint shares: the request as the grants see it, client
 * authentication by the kind of client a grant needs (confidential must authenticate —
 * AADSTS7000218; public must not — AADSTS700025), and the token endpoint's scope errors.
 */
import type { IncomingMessage } from 'node:http';
import type { TenantData } from '../tenant-model.js';
import type { SandboxApplication } from '../tenant-model.js';
import { AADSTS, type AadstsError } from './aadsts.js';
import { authenticateClient, type PresentedCredential } from './client-auth.js';
import type { TenantSegment } from './directory.js';
import type { ScopeProblem } from './scopes.js';
import type { FlowDeps } from './sign-in-flow.js';

/** A token request after the endpoint's common checks. */
export interface GrantRequest {
  readonly deps: FlowDeps;
  readonly req: IncomingMessage;
  readonly form: URLSearchParams;
  readonly tenant: TenantSegment;
  readonly app: SandboxApplication;
  readonly credential: PresentedCredential;
  /** The effective tenant (what token issuance enforces). */
  readonly t: Readonly<TenantData>;
}

/** A grant's answer: a token reply body, or a refusal. */
export type GrantResult = { readonly ok: true; readonly body: Record<string, unknown> } | { readonly ok: false; readonly error: AadstsError };

/** Shorthand for a refusal. */
export const refuse = (error: AadstsError): GrantResult => ({ ok: false, error });

/** The token endpoint URLs a client assertion may name as `aud`. */
export function tokenEndpointAudiences(g: Pick<GrantRequest, 'deps' | 'tenant' | 't'>): string[] {
  const origin = g.deps.ctx.urls.loginOrigin;
  const segments = new Set([g.tenant.segment, g.t.tenantId, ...g.t.organization.verifiedDomains.map((d) => d.name)]);
  return [...segments].flatMap((s) => [`${origin}/${s}/oauth2/v2.0/token`, `${origin}/${s}/oauth2/token`]);
}

/** Which client authentication a redemption needs. */
export type ClientKind = 'confidential' | 'public' | 'either';

/** Authenticates the client as `kind` requires; `appidacr` 0 = public client. */
export function authenticateAs(g: GrantRequest, kind: ClientKind): { ok: true; appidacr: '0' | '1' | '2' } | { ok: false; error: AadstsError } {
  if (g.credential.kind === 'none') {
    return kind === 'confidential' ? { ok: false, error: AADSTS.credentialRequired() } : { ok: true, appidacr: '0' };
  }
  if (kind === 'public') return { ok: false, error: AADSTS.publicClientSentSecret() };
  return authenticateClient(g.app, g.credential, tokenEndpointAudiences(g), g.deps.ctx.state.now());
}

/**
 * Public client flows (device code, password) without a credential need "Allow public client
 * flows" (isFallbackPublicClient); otherwise Entra wants a secret — AADSTS7000218.
 */
export function publicFlowKind(app: SandboxApplication): ClientKind {
  return app.isFallbackPublicClient ? 'either' : 'confidential';
}

/** The AADSTS error the token endpoint gives for a refused scope parameter. */
export function tokenScopeError(problem: ScopeProblem, raw: string, tenantName: string): AadstsError {
  switch (problem.kind) {
    case 'missing': return AADSTS.missingParameter('scope');
    case 'mixed_resources': return AADSTS.moreThanOneResource(raw);
    case 'default_mixed': return AADSTS.defaultMixed(raw);
    case 'unknown_resource': return AADSTS.resourceNotFound(problem.resourceUri, tenantName);
  }
}
