/**
 * Client secrets of an app registration: how long the existing ones last, and a new one via
 * addPassword (§3.5). The guide says "choose the longest validity": 24 months is the longest the
 * Entra admin center allows (S14); a tenant's app management policy may allow less (S15), and
 * Graph then rejects the request — so we step down (24 → 12 → 6 → 3 months).
 * The new secret's value goes back to the caller once and is never stored or logged here.
 */
import type { GraphClient } from '../graph/graph-client.js';
import type { GraphNewPasswordCredential, GraphPasswordCredential } from '../graph/graph-types.js';
import { segment } from '../graph/odata.js';
import { ok, type AppError, type Result } from '../result.js';

/** Fewer days left than this earns a warning. */
export const SECRET_WARNING_DAYS = 60;

/** Validities tried in order, in months. */
export const SECRET_VALIDITY_LADDER_MONTHS = [24, 12, 6, 3] as const;

const DAY_MS = 86_400_000;

/** How the existing secrets stand. */
export interface SecretExpiry {
  /** valid = at least one not expired; expired = all expired; none = no secrets at all. */
  readonly state: 'valid' | 'expired' | 'none';
  /** The latest end date among the secrets (ISO), or null. */
  readonly latestEndDateTime: string | null;
  /** Whole days until the latest secret expires (negative = expired), or null. */
  readonly daysLeft: number | null;
  readonly count: number;
}

/** Reads the end dates of an app's secrets. */
export function secretExpiry(credentials: readonly GraphPasswordCredential[], nowMs: number): SecretExpiry {
  if (credentials.length === 0) return { state: 'none', latestEndDateTime: null, daysLeft: null, count: 0 };
  const latest = credentials.reduce((a, b) => (Date.parse(a.endDateTime) >= Date.parse(b.endDateTime) ? a : b));
  const daysLeft = Math.floor((Date.parse(latest.endDateTime) - nowMs) / DAY_MS);
  return {
    state: Date.parse(latest.endDateTime) > nowMs ? 'valid' : 'expired',
    latestEndDateTime: latest.endDateTime,
    daysLeft,
    count: credentials.length,
  };
}

/** A new secret. `secretText` is shown once; copy it into the product at once. */
export interface NewClientSecret {
  readonly secretText: string;
  readonly keyId: string;
  readonly hint: string | null;
  readonly endDateTime: string;
  readonly validityMonths: number;
  /** Set when the tenant's policy allowed less than SECRET_WARNING_DAYS. */
  readonly warning?: { readonly code: 'secret_expires_soon'; readonly daysLeft: number };
}

/**
 * An app management policy's refusal of the requested lifetime (e.g. Graph's
 * CredentialInvalidLifetimeAsPerAppPolicy, "Credential lifetime exceeds the max value allowed as
 * per assigned policy") — an unmapped Graph error that speaks of the lifetime or the policy.
 */
function isLifetimeRejection(error: AppError): boolean {
  return error.code === 'graph_error' && /lifetime|policy|endDateTime/i.test(error.detail ?? '');
}

/** `start` plus whole calendar months, in UTC. */
export function addMonths(startMs: number, months: number): Date {
  const d = new Date(startMs);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

/** Input of addPassword. */
export interface NewSecretInput {
  /** The application OBJECT id (GraphApplication.id), not the client ID. */
  readonly applicationObjectId: string;
  /** Description shown in Entra, e.g. "ETRON-OAuth" (the guide's example). */
  readonly displayName: string;
  readonly nowMs?: number;
  readonly signal?: AbortSignal;
}

/** Creates a secret with the longest validity the tenant accepts. */
export async function createClientSecret(graph: GraphClient, input: NewSecretInput): Promise<Result<NewClientSecret>> {
  const now = input.nowMs ?? Date.now();
  let lastError: AppError = { code: 'internal', message: 'no validity was tried' };
  for (const months of SECRET_VALIDITY_LADDER_MONTHS) {
    const endDateTime = addMonths(now, months).toISOString();
    const last = await graph.post<GraphNewPasswordCredential>(
      `applications/${segment(input.applicationObjectId)}/addPassword`,
      { passwordCredential: { displayName: input.displayName, endDateTime } },
      { step: 'write-apps', ...(input.signal ? { signal: input.signal } : {}) },
    );
    if (last.ok) {
      const created = last.value;
      const daysLeft = Math.floor((Date.parse(created.endDateTime) - now) / DAY_MS);
      return ok({
        secretText: created.secretText,
        keyId: created.keyId,
        hint: created.hint ?? null,
        endDateTime: created.endDateTime,
        validityMonths: months,
        ...(daysLeft < SECRET_WARNING_DAYS ? { warning: { code: 'secret_expires_soon' as const, daysLeft } } : {}),
      });
    }
    // Only a rejected lifetime is worth a shorter try; rights, throttling and network are not.
    lastError = last.error;
    if (!isLifetimeRejection(last.error)) break;
  }
  return { ok: false, error: lastError };
}
