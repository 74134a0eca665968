/**
 * The checks of the values the admin brings back into the wizard, run at once while typing: an
 * ID, a mail address, an ETRON instance, and a client secret (where a GUID means the Secret ID
 * was copied instead of the Value — the most common mix-up, ETRON guide "Client-Secret erstellen").
 */
import type { PathTexts } from '../messages/path-texts.js';

/** What kind of value a field takes. */
export type InputKind = 'guid' | 'address' | 'instance' | 'secret' | 'thumbprint';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ADDRESS = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const INSTANCE = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/**
 * A certificate's SHA-1 thumbprint as Entra shows it (40 hex digits), or undefined. Spaces and
 * colons (Windows' certificate dialog, openssl) and the invisible mark Windows puts in front of a
 * copied thumbprint are tolerated (the same rule as electron/core/tenant/certificate-credential.ts).
 */
export function thumbprintOf(raw: string): string | undefined {
  const compact = raw.replace(/[\s:\u200e\u200f\ufeff]/g, '').toUpperCase();
  return /^[0-9A-F]{40}$/.test(compact) ? compact : undefined;
}

/** A field's verdict: an error, a good sign, or nothing to say. */
export type InputVerdict = { readonly state: 'error' | 'success' | 'none'; readonly message?: string };

/** Judges one value; empty is "required" only when `required` and the form was sent. */
export function judgeInput(kind: InputKind, raw: string, t: PathTexts, required: boolean): InputVerdict {
  const value = raw.trim();
  if (value === '') return required ? { state: 'error', message: t.required } : { state: 'none' };
  switch (kind) {
    case 'guid':
      return GUID.test(value) ? { state: 'none' } : { state: 'error', message: t.notGuid };
    case 'address':
      return ADDRESS.test(value) ? { state: 'none' } : { state: 'error', message: t.notAddress };
    case 'instance':
      return INSTANCE.test(value) ? { state: 'none' } : { state: 'error', message: t.notInstance };
    case 'thumbprint':
      return thumbprintOf(value) ? { state: 'none' } : { state: 'error', message: t.notThumbprint };
    case 'secret':
      // A client secret value is 40 characters with a `~` or `.` in it; a GUID is the Secret ID.
      return GUID.test(value) ? { state: 'error', message: t.looksLikeSecretId } : { state: 'success', message: t.secretLooksRight };
  }
}

/** True when the value passes (not empty, not an error). */
export function isValidInput(kind: InputKind, raw: string): boolean {
  const value = raw.trim();
  if (value === '') return false;
  if (kind === 'guid') return GUID.test(value);
  if (kind === 'address') return ADDRESS.test(value);
  if (kind === 'instance') return INSTANCE.test(value);
  if (kind === 'thumbprint') return thumbprintOf(value) !== undefined;
  return !GUID.test(value);
}
