/**
 * Passphrase encryption for secrets the user explicitly asks to export: scrypt derives a key,
 * AES-256-GCM encrypts and authenticates. Without the passphrase the file holds no secret.
 */
import { createCipheriv, createDecipheriv, randomBytes, scrypt as scryptCb, type ScryptOptions } from 'node:crypto';
import { fail, ok, type Result } from '../result.js';

/** An encrypted value as stored in an exported config file. */
export interface SealedSecret {
  readonly alg: 'scrypt+aes-256-gcm';
  readonly N: number;
  readonly r: number;
  readonly p: number;
  readonly salt: string;
  readonly iv: string;
  readonly tag: string;
  readonly ciphertext: string;
}

const PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;
const MIN_PASSPHRASE = 10;

function scrypt(passphrase: string, salt: Buffer, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCb(passphrase.normalize('NFC'), salt, 32, { ...opts, maxmem: 128 * opts.N! * opts.r! * 2 }, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/** Encrypts `secret` with `passphrase` (at least 10 characters). */
export async function sealSecret(secret: string, passphrase: string): Promise<Result<SealedSecret>> {
  if (passphrase.length < MIN_PASSPHRASE) {
    return fail('invalid_input', `The passphrase must have at least ${MIN_PASSPHRASE} characters.`, { field: 'passphrase' });
  }
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await scrypt(passphrase, salt, PARAMS);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return ok({
    alg: 'scrypt+aes-256-gcm', ...PARAMS,
    salt: salt.toString('base64'), iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'), ciphertext: ciphertext.toString('base64'),
  });
}

/** Decrypts a sealed secret; a wrong passphrase or a changed file gives `invalid_input`. */
export async function openSecret(sealed: SealedSecret, passphrase: string): Promise<Result<string>> {
  if (sealed.alg !== 'scrypt+aes-256-gcm' || sealed.N > 2 ** 20 || sealed.r > 32 || sealed.p > 16) {
    return fail('unsupported_version', 'The secret is encrypted in a way this version does not know.', { field: 'clientSecretEncrypted' });
  }
  try {
    const key = await scrypt(passphrase, Buffer.from(sealed.salt, 'base64'), { N: sealed.N, r: sealed.r, p: sealed.p });
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    const plain = Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()]);
    return ok(plain.toString('utf8'));
  } catch {
    return fail('invalid_input', 'Wrong passphrase, or the file was changed after export.', { field: 'passphrase' });
  }
}
