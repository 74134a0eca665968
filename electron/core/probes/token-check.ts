/**
 * The token check: before any probe, read the access token's claims (no signature check — we
 * are the client, and only the resource can verify) and compare them with what the protocol
 * needs. Each mismatch is named and carries its diagnosis category, so "wrong token" is found
 * without a round trip and explained precisely (M365-REFERENCE.md §1.4, DESIGN.md).
 */
import type { CategoryId } from '../diagnosis/categories.js';
import { TOKEN_CHECK_CATEGORY } from '../diagnosis/patterns-token-check.js';
import type { TokenCheckMismatch } from '../diagnosis/types.js';

/** The protocol a token is meant for. */
export type MailProtocol = 'smtp' | 'imap';

/** Named ways a token can be wrong for SMTP/IMAP: the catalogue's ids, plus `not_a_jwt`. */
export type TokenMismatchId = TokenCheckMismatch | 'not_a_jwt';

/** The catalogue category of a mismatch. */
export function mismatchCategory(id: TokenMismatchId): CategoryId {
  return id === 'not_a_jwt' ? 'token_expired_or_invalid' : TOKEN_CHECK_CATEGORY[id];
}

/** Tolerated clock difference for exp/nbf, as resources allow (seconds). */
const CLOCK_SKEW_SEC = 300;

/** One mismatch. Warnings may be fine (a shared mailbox, an opaque personal-account token). */
export interface TokenMismatch {
  readonly id: TokenMismatchId;
  readonly category: CategoryId;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly expected?: string;
  readonly actual?: string;
}

/** The claims the check looked at (never the token itself). */
export interface TokenSummary {
  readonly flow: 'delegated' | 'app-only' | 'unknown';
  readonly aud?: string;
  readonly tid?: string;
  readonly appid?: string;
  readonly upn?: string;
  readonly oid?: string;
  readonly scopes: readonly string[];
  readonly roles: readonly string[];
  /** Expiry, ISO 8601. */
  readonly expiresAt?: string;
}

/**
 * How Exchange authorizes an app-only token. `app-role`: the app holds the application permission
 * (SMTP.SendAsApp / IMAP.AccessAsApp) and a mailbox permission. `rbac`: RBAC for Applications —
 * Microsoft's SMTP onboarding registers the app with NO API permission ("Including the
 * SMTP.SendAsApp claim would trigger an unnecessary check for mailbox permissions") and gives it
 * the role 'Application SMTP.SendAsApp' with New-ManagementRoleAssignment; a token without the
 * role is then right for SMTP (office-developer-exchange-docs smtp-app-rbac-onboarding.md). RBAC
 * covers SMTP only; IMAP still needs IMAP.AccessAsApp.
 */
export type AppOnlyAuthorization = 'app-role' | 'rbac';

/** Input of the token check. */
export interface TokenCheckInput {
  readonly accessToken: string;
  readonly protocol: MailProtocol;
  /** The XOAUTH2 `user=` value (the mailbox). */
  readonly user: string;
  /** The tenant the token must come from, when known. */
  readonly expectedTenantId?: string;
  /** The app (client id) that should have requested the token, when known. */
  readonly expectedClientId?: string;
  /** Default `app-role`. */
  readonly appOnlyAuthorization?: AppOnlyAuthorization;
  /** Epoch ms; defaults to now (tests pass a fixed clock). */
  readonly now?: number;
}

/** Result of the token check. */
export interface TokenCheckResult {
  readonly kind: 'token';
  /** True when no mismatch has severity `error`. */
  readonly ok: boolean;
  readonly summary: TokenSummary;
  readonly mismatches: readonly TokenMismatch[];
}

// Exchange Online's resource in every cloud (§2); v2 tokens carry the app id instead.
const EXCHANGE_AUDIENCES = new Set([
  'https://outlook.office.com', 'https://outlook.office365.com', 'https://ps.outlook.com',
  'https://outlook.office365.us', 'https://outlook-dod.office365.us', 'https://partner.outlook.cn',
  'https://outlook.office365.cn', '00000002-0000-0ff1-ce00-000000000000',
]);
const GRAPH_AUDIENCES = new Set([
  'https://graph.microsoft.com', 'https://graph.microsoft.us', 'https://dod-graph.microsoft.us',
  'https://microsoftgraph.chinacloudapi.cn', '00000003-0000-0000-c000-000000000000',
]);

/** Decodes a JWT's payload without verifying it; null when the token is not a JWT. */
export function decodeJwtPayload(token: string): Record<string, unknown> | null {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || !parts[1]) return null;
  try {
    const claims: unknown = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    return typeof claims === 'object' && claims !== null && !Array.isArray(claims) ? (claims as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function summarise(claims: Record<string, unknown>): TokenSummary {
  const scopes = str(claims.scp)?.split(' ').filter(Boolean) ?? [];
  const roles = Array.isArray(claims.roles) ? claims.roles.filter((r): r is string => typeof r === 'string') : [];
  const delegated = scopes.length > 0 || claims.idtyp === 'user' || str(claims.upn) !== undefined;
  const appOnly = !delegated && (roles.length > 0 || claims.idtyp === 'app' || str(claims.appid) !== undefined);
  const upn = str(claims.upn) ?? str(claims.unique_name) ?? str(claims.preferred_username);
  return {
    flow: delegated ? 'delegated' : appOnly ? 'app-only' : 'unknown',
    scopes, roles,
    ...(str(claims.aud) ? { aud: str(claims.aud) } : {}),
    ...(str(claims.tid) ? { tid: str(claims.tid) } : {}),
    ...((str(claims.appid) ?? str(claims.azp)) ? { appid: str(claims.appid) ?? str(claims.azp) } : {}),
    ...(upn ? { upn } : {}),
    ...(str(claims.oid) ? { oid: str(claims.oid) } : {}),
    ...(typeof claims.exp === 'number' ? { expiresAt: new Date(claims.exp * 1000).toISOString() } : {}),
  };
}

function audienceMismatches(s: TokenSummary, protocol: MailProtocol): TokenMismatch[] {
  const aud = (s.aud ?? '').replace(/\/+$/, '').toLowerCase();
  if (EXCHANGE_AUDIENCES.has(aud)) return [];
  const expected = 'https://outlook.office.com or https://outlook.office365.com';
  if (GRAPH_AUDIENCES.has(aud)) {
    const id = protocol === 'smtp' ? 'audience_graph_for_smtp' : 'audience_graph_for_imap';
    return [{
      id, category: mismatchCategory(id), severity: 'error', expected, actual: s.aud,
      message: `The token is for Microsoft Graph; ${protocol.toUpperCase()} needs a token for Exchange Online (outlook.office.com / outlook.office365.com).`,
    }];
  }
  return [{
    id: 'audience_other', category: mismatchCategory('audience_other'), severity: 'error', expected, actual: s.aud ?? '(none)',
    message: `The token is for another resource; ${protocol.toUpperCase()} needs a token for Exchange Online.`,
  }];
}

function permissionMismatches(s: TokenSummary, protocol: MailProtocol, authorization: AppOnlyAuthorization): TokenMismatch[] {
  if (s.flow === 'delegated') {
    const needed = protocol === 'smtp' ? 'SMTP.Send' : 'IMAP.AccessAsUser.All';
    if (s.scopes.includes(needed)) return [];
    const id = protocol === 'smtp' ? 'missing_scope_smtp_send' : 'missing_scope_imap';
    return [{
      id, category: mismatchCategory(id), severity: 'error',
      expected: needed, actual: s.scopes.join(' ') || '(none)',
      message: `The token's scopes (scp) do not include ${needed}: the permission is missing or not consented.`,
    }];
  }
  const needed = protocol === 'smtp' ? 'SMTP.SendAsApp' : 'IMAP.AccessAsApp';
  if (s.roles.includes(needed)) return [];
  // RBAC for Applications: Exchange's role assignment authorizes SMTP, not a claim in the token.
  if (protocol === 'smtp' && authorization === 'rbac') return [];
  const id = protocol === 'smtp' ? 'missing_role_smtp_sendasapp' : 'missing_role_imap_accessasapp';
  return [{
    id, category: mismatchCategory(id), severity: 'error',
    expected: needed, actual: s.roles.join(' ') || '(none)',
    message: `The token's application roles do not include ${needed}: admin consent for it is missing.`,
  }];
}

/** Compares the token's claims with what `protocol` needs. Never throws. */
export function checkToken(input: TokenCheckInput): TokenCheckResult {
  const claims = decodeJwtPayload(input.accessToken);
  if (!claims) {
    const mismatch: TokenMismatch = {
      id: 'not_a_jwt', category: mismatchCategory('not_a_jwt'), severity: 'warning',
      message: 'The access token is not a JWT, so its claims cannot be checked (personal Microsoft accounts get opaque tokens).',
    };
    return { kind: 'token', ok: true, summary: { flow: 'unknown', scopes: [], roles: [] }, mismatches: [mismatch] };
  }
  const s = summarise(claims);
  const mismatches: TokenMismatch[] = [...audienceMismatches(s, input.protocol)];
  // A Graph token's scopes say nothing about Exchange; one audience mismatch tells the story.
  if (mismatches.length === 0) mismatches.push(...permissionMismatches(s, input.protocol, input.appOnlyAuthorization ?? 'app-role'));
  const nowSec = (input.now ?? Date.now()) / 1000;
  if (typeof claims.exp === 'number' && claims.exp <= nowSec) {
    mismatches.push({
      id: 'token_expired', category: mismatchCategory('token_expired'), severity: 'error', actual: s.expiresAt,
      message: `The token expired at ${s.expiresAt}; get a new one (refresh token or client credentials).`,
    });
  }
  if (typeof claims.nbf === 'number' && claims.nbf > nowSec + CLOCK_SKEW_SEC) {
    mismatches.push({
      id: 'token_not_yet_valid', category: mismatchCategory('token_not_yet_valid'), severity: 'error',
      actual: new Date(claims.nbf * 1000).toISOString(),
      message: "The token is not valid yet: this computer's clock is probably wrong.",
    });
  }
  if (input.expectedTenantId && s.tid && s.tid.toLowerCase() !== input.expectedTenantId.toLowerCase()) {
    mismatches.push({
      id: 'wrong_tenant', category: mismatchCategory('wrong_tenant'), severity: 'error', expected: input.expectedTenantId, actual: s.tid,
      message: 'The token was issued by another tenant than the mailbox belongs to.',
    });
  }
  if (input.expectedClientId && s.appid && s.appid.toLowerCase() !== input.expectedClientId.toLowerCase()) {
    mismatches.push({
      id: 'wrong_app', category: mismatchCategory('wrong_app'), severity: 'error', expected: input.expectedClientId, actual: s.appid,
      message: 'The token was requested by another app than the one configured.',
    });
  }
  if (s.flow === 'delegated' && s.upn && s.upn.toLowerCase() !== input.user.trim().toLowerCase()) {
    mismatches.push(input.protocol === 'smtp' ? {
      // Exchange takes only the signed-in user as the SMTP login: a shared mailbox there gets
      // 535 5.7.3 even with FullAccess and SMTP AUTH on (see sandbox mailbox-access.ts for the sources).
      id: 'smtp_login_not_signed_in_user', category: mismatchCategory('smtp_login_not_signed_in_user'), severity: 'error',
      expected: s.upn, actual: input.user,
      message: `The token belongs to ${s.upn}, the SMTP login names ${input.user}: Exchange Online accepts only the signed-in user as SMTP login. Log in to SMTP as ${s.upn}, put ${input.user} in From, and grant ${s.upn} SendAs on it.`,
    } : {
      id: 'upn_mismatch', category: mismatchCategory('upn_mismatch'), severity: 'warning',
      expected: input.user, actual: s.upn,
      message: `The token belongs to ${s.upn}, the IMAP login names ${input.user}: fine for a shared mailbox ${s.upn} has FullAccess on, otherwise the wrong account signed in.`,
    });
  }
  return { kind: 'token', ok: !mismatches.some((m) => m.severity === 'error'), summary: s, mismatches };
}
