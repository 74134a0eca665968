/**
 * `keyCredentials` in a PATCH of an application: how a certificate's public key is uploaded
 * through Graph (the portal's "Certificates & secrets → Certificates → Upload certificate" does the
 * same). Graph replaces the whole collection: an entry with a `keyId` of an existing credential and
 * no `key` keeps that credential, an entry with a `key` (base64 DER of the X.509 certificate) adds
 * one, and a credential left out is removed.
 * Sources: microsoft-graph-docs-contrib concepts/applications-how-to-add-certificate.md (PATCH
 * /applications/{id} with keyCredentials: type AsymmetricX509Cert, usage Verify, key, displayName,
 * customKeyIdentifier = the thumbprint, 204 No Content); api-reference application-addkey.md
 * ("Create application and Update application operations can continue to be used to add and
 * update key credentials"; addKey itself needs proof of an existing key); resources/keycredential.md
 * (customKeyIdentifier "defaults to the thumbprint of the certificate"; `key` is returned only for a
 * single object with $select).
 * Not confirmed: the exact error Graph gives for a key that is no certificate — the sandbox answers
 * the directory's usual "Invalid value specified for property 'keyCredentials'".
 */
import { createHash, randomUUID, X509Certificate } from 'node:crypto';
import type { SandboxApplication, SandboxKeyCredential } from '../../tenant-model.js';
import { invalidValue, type GraphErrorReply } from '../errors.js';

const KEYS = ['customKeyIdentifier', 'displayName', 'endDateTime', 'key', 'keyId', 'startDateTime', 'type', 'usage', '@odata.type'];
/** Bounds: an upload is one certificate, not a file of them. */
const MAX_CREDENTIALS = 20;
const MAX_KEY_CHARS = 16_384;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The SHA-1 thumbprint of a DER certificate, upper-case hex, as the Entra portal shows it. */
export function sha1Thumbprint(der: Buffer): string {
  return createHash('sha1').update(der).digest('hex').toUpperCase();
}

function date(value: unknown, fallback: string): string | undefined {
  if (value === undefined || value === null) return fallback;
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? new Date(Date.parse(value)).toISOString() : undefined;
}

function newCredential(entry: Readonly<Record<string, unknown>>): SandboxKeyCredential | undefined {
  if (entry.type !== 'AsymmetricX509Cert' || entry.usage !== 'Verify') return undefined;
  if (typeof entry.key !== 'string' || entry.key.length > MAX_KEY_CHARS) return undefined;
  const der = Buffer.from(entry.key, 'base64');
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(der);
  } catch {
    return undefined;
  }
  const start = date(entry.startDateTime, new Date(cert.validFrom).toISOString());
  const end = date(entry.endDateTime, new Date(cert.validTo).toISOString());
  if (!start || !end) return undefined;
  const custom = entry.customKeyIdentifier;
  if (custom !== undefined && custom !== null && (typeof custom !== 'string' || custom.length > 64)) return undefined;
  // The portal names an uploaded certificate by its subject ("CN=…"); a longer name is shortened to 90.
  const displayName = typeof entry.displayName === 'string' ? entry.displayName.slice(0, 90) : cert.subject.split('\n').join(', ');
  return {
    keyId: typeof entry.keyId === 'string' && entry.keyId !== '' ? entry.keyId : randomUUID(),
    displayName,
    type: 'AsymmetricX509Cert',
    usage: 'Verify',
    key: der.toString('base64'),
    customKeyIdentifier: typeof custom === 'string' && custom !== '' ? custom : sha1Thumbprint(der),
    startDateTime: start,
    endDateTime: end,
  };
}

/** Reads `keyCredentials` of a PATCH body into the application's new collection. */
export function readKeyCredentials(value: unknown, current: Readonly<SandboxApplication> | undefined): SandboxKeyCredential[] | GraphErrorReply {
  const bad = invalidValue('keyCredentials', 'Application');
  if (!Array.isArray(value) || value.length > MAX_CREDENTIALS) return bad;
  const out: SandboxKeyCredential[] = [];
  for (const entry of value as unknown[]) {
    if (!isObject(entry) || Object.keys(entry).some((k) => !KEYS.includes(k))) return bad;
    const existing = typeof entry.keyId === 'string' ? current?.keyCredentials.find((k) => k.keyId.toLowerCase() === String(entry.keyId).toLowerCase()) : undefined;
    if (existing && (entry.key === undefined || entry.key === null)) {
      out.push(structuredClone(existing) as SandboxKeyCredential);
      continue;
    }
    const created = newCredential(entry);
    if (!created) return bad;
    out.push(created);
  }
  return out;
}
