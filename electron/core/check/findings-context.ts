/**
 * Turns the tenant findings (Graph) into the observations the diagnosis weighs
 * (DiagnosisContext.graphFindings): a failed check raises a cause, a passed one lowers it.
 * Only findings that were actually read count; `unknown` ones are left out.
 */
import type { GraphFindings } from '../diagnosis/types.js';
import { ETRON_FINDINGS } from '../tenant/etron.js';
import type { Finding } from '../tenant/findings.js';
import { GENERIC_FINDINGS } from '../tenant/generic.js';
import { INVENTORY360_FINDINGS } from '../tenant/inventory360.js';
import type { CheckProfile } from './check-types.js';

const CONSENT_FINDING: Record<CheckProfile, readonly string[]> = {
  inventory360: [INVENTORY360_FINDINGS.smtpSendAsApp],
  etron: [ETRON_FINDINGS.consent, ETRON_FINDINGS.permissions],
  generic: [GENERIC_FINDINGS['app-only-smtp'], GENERIC_FINDINGS['app-only-imap'], GENERIC_FINDINGS['delegated-smtp'], GENERIC_FINDINGS['delegated-imap']],
};

/** The Graph observations for the diagnosis. */
export function graphFindingsOf(profile: CheckProfile, findings: readonly Finding[]): GraphFindings {
  const known = new Map(findings.filter((f) => f.status !== 'unknown').map((f) => [f.id, f]));
  const okOf = (id: string): boolean | undefined => (known.has(id) ? known.get(id)!.status === 'ok' : undefined);
  const consent = CONSENT_FINDING[profile].map((id) => known.get(id)).filter((f) => f !== undefined);
  const out: { -readonly [K in keyof GraphFindings]: GraphFindings[K] } = {};
  if (consent.length > 0) out.consentOk = consent.every((f) => f.status === 'ok' || f.code !== 'consent_missing');
  const sd = known.get(INVENTORY360_FINDINGS.securityDefaults);
  if (sd) out.securityDefaultsEnabled = sd.status !== 'ok';
  const assigned = okOf(ETRON_FINDINGS.assignment);
  if (assigned !== undefined) out.userAssigned = assigned;
  const secret = known.get(ETRON_FINDINGS.secret);
  if (secret) out.clientSecretExpired = secret.status !== 'ok' && secret.code === 'bad_client_secret';
  const redirect = okOf(ETRON_FINDINGS.redirectUri);
  if (redirect !== undefined) out.redirectUriRegistered = redirect;
  return out;
}
