/**
 * A certificate as the app's credential: is its public key uploaded to the app registration
 * (Entra: Certificates & secrets → Certificates → Upload certificate) and still valid? Read through
 * Graph: `GET /applications(appId='…')?$select=id,appId,displayName,keyCredentials`.
 * `keyCredential.customKeyIdentifier` (Edm.Binary) "defaults to the thumbprint of the certificate"
 * and Graph shows it as the 40 hex digits Entra shows (the thumbprint in the PATCH example of
 * microsoft-graph-docs-contrib concepts/applications-how-to-add-certificate.md); credentials added
 * with a base64 thumbprint (New-AzureADApplicationKeyCredential's $base64Thumbprint) carry its 20
 * bytes in base64. `key` (the DER certificate) comes only for one object with $select
 * (resources/keycredential.md); when it is there, its SHA-1 decides.
 * The private key never comes near the assistant: only the thumbprint is compared.
 */
import { createHash } from 'node:crypto';
import type { CloudProfile } from '../clouds.js';
import { appRegistrationUrl } from '../clouds-links.js';
import type { GraphClient } from '../graph/graph-client.js';
import { alternateKey, withQuery } from '../graph/odata.js';
import { okFinding, problem, unknownFinding, type Finding } from './findings.js';

/** Finding id of the certificate check. */
export const CERTIFICATE_FINDING = 'generic.certificate';

/** A certificate credential as Graph lists it. */
export interface GraphKeyCredential {
  readonly customKeyIdentifier?: string | null;
  readonly displayName?: string | null;
  readonly endDateTime?: string | null;
  readonly startDateTime?: string | null;
  readonly key?: string | null;
  readonly keyId: string;
  readonly type?: string;
  readonly usage?: string;
}

const HEX40 = /^[0-9A-F]{40}$/;

/**
 * The SHA-1 thumbprint typed or pasted by the admin, as 40 upper-case hex digits; undefined when it
 * is not one. Spaces and colons (certmgr, openssl) and the invisible left-to-right mark Windows'
 * certificate dialog puts in front are tolerated.
 */
export function normalizeThumbprint(raw: string): string | undefined {
  const compact = raw.replace(/[\s:\u200e\u200f\ufeff]/g, '').toUpperCase();
  return HEX40.test(compact) ? compact : undefined;
}

/** The thumbprints a key credential stands for (its identifier, and its key's SHA-1 when Graph returned the key). */
export function thumbprintsOf(k: GraphKeyCredential): string[] {
  const out: string[] = [];
  const id = (k.customKeyIdentifier ?? '').trim();
  if (HEX40.test(id.toUpperCase())) out.push(id.toUpperCase());
  else if (id !== '') {
    const bytes = Buffer.from(id, 'base64');
    if (bytes.length === 20) out.push(bytes.toString('hex').toUpperCase());
  }
  if (k.key) out.push(createHash('sha1').update(Buffer.from(k.key, 'base64')).digest('hex').toUpperCase());
  return out;
}

/** Input of the certificate check. */
export interface CertificateCheckInput {
  readonly graph: GraphClient;
  readonly profile: CloudProfile;
  /** The app's client ID. */
  readonly appId: string;
  /** The thumbprint the admin entered (any spelling normalizeThumbprint accepts). */
  readonly thumbprint: string;
  readonly nowMs?: number;
  readonly signal?: AbortSignal;
}

interface GraphApplicationKeys {
  readonly id: string;
  readonly appId: string;
  readonly displayName: string;
  readonly keyCredentials?: readonly GraphKeyCredential[];
}

/** Checks that the app registration holds a valid certificate with this thumbprint. */
export async function checkCertificateCredential(input: CertificateCheckInput): Promise<Finding> {
  const { graph, profile, appId } = input;
  const now = input.nowMs ?? Date.now();
  const portalUrl = appRegistrationUrl(profile, appId, 'certificates-secrets');
  const thumbprint = normalizeThumbprint(input.thumbprint);
  if (!thumbprint) {
    return { ...problem(CERTIFICATE_FINDING, 'wrong', 'bad_client_secret', 'The thumbprint is not 40 hexadecimal digits (SHA-1, as Entra shows it).'), portalUrl };
  }
  const path = withQuery(alternateKey('applications', 'appId', appId), { select: ['id', 'appId', 'displayName', 'keyCredentials'] });
  const read = await graph.get<GraphApplicationKeys>(path, { step: 'read-apps', ...(input.signal ? { signal: input.signal } : {}) });
  if (!read.ok) {
    // 404: the registration lives in another tenant (a vendor's multi-tenant app): its certificates are kept there.
    return { ...unknownFinding(CERTIFICATE_FINDING, read.error), portalUrl };
  }
  const keys = read.value.keyCredentials ?? [];
  const match = keys.find((k) => thumbprintsOf(k).includes(thumbprint));
  const facts = { thumbprint, certificates: keys.length };
  if (!match) {
    return {
      ...problem(CERTIFICATE_FINDING, 'missing', 'bad_client_secret',
        `The app registration "${read.value.displayName}" has ${keys.length} certificate(s); none with thumbprint ${thumbprint}.`, { facts }),
      portalUrl,
    };
  }
  const end = match.endDateTime ?? null;
  const start = match.startDateTime ?? null;
  const named = `Certificate ${match.displayName ?? match.keyId} (thumbprint ${thumbprint})`;
  const dated = { ...facts, endDateTime: end, displayName: match.displayName ?? null };
  if (end !== null && Date.parse(end) <= now) {
    return { ...problem(CERTIFICATE_FINDING, 'wrong', 'bad_client_secret', `${named} expired on ${end}.`, { facts: dated }), portalUrl };
  }
  if (start !== null && Date.parse(start) > now) {
    return { ...problem(CERTIFICATE_FINDING, 'wrong', 'bad_client_secret', `${named} is valid only from ${start}.`, { facts: dated }), portalUrl };
  }
  return { ...okFinding(CERTIFICATE_FINDING, `${named} is uploaded and valid until ${end ?? 'unknown'}.`, dated), portalUrl };
}
