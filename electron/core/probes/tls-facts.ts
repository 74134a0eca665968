/**
 * TLS facts as the report shows them (protocol, cipher, chain subject/issuer), and the trust
 * the probes verify with: the given CA (the sandbox's caCertPath) or the system store.
 * Verification is never switched off.
 */
import { readFile } from 'node:fs/promises';
import type { DetailedPeerCertificate, PeerCertificate, TLSSocket } from 'node:tls';
import type { CertificateSummary, TlsFacts, TrustOptions } from './types.js';

/** The lowest TLS version Exchange Online accepts for client submission (§7: TLS 1.2+). */
export const MIN_TLS_VERSION = 'TLSv1.2';

function dn(fields: PeerCertificate['subject'] | undefined): string {
  if (!fields) return '';
  return Object.entries(fields)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : String(v)}`)
    .join(', ');
}

/** The certificate chain, leaf first (stops at a self-issued root or a loop). */
export function chainOf(cert: DetailedPeerCertificate | PeerCertificate | null | undefined): CertificateSummary[] {
  const out: CertificateSummary[] = [];
  const seen = new Set<string>();
  let current = cert as DetailedPeerCertificate | undefined;
  while (current && Object.keys(current).length > 0 && !seen.has(current.fingerprint256)) {
    seen.add(current.fingerprint256);
    out.push({ subject: dn(current.subject), issuer: dn(current.issuer), validTo: current.valid_to, fingerprint256: current.fingerprint256 });
    current = current.issuerCertificate;
  }
  return out;
}

/** Protocol, cipher and chain of an established TLS socket. */
export function tlsFactsOf(socket: TLSSocket): TlsFacts {
  return {
    protocol: socket.getProtocol() ?? null,
    cipher: socket.getCipher()?.name ?? null,
    chain: chainOf(socket.getPeerCertificate(true)),
  };
}

/** The CA PEM to verify with; undefined = the system store. Throws when the file cannot be read. */
export async function loadTrust(trust: TrustOptions): Promise<string | undefined> {
  if (trust.ca) return trust.ca;
  if (trust.caCertPath) return await readFile(trust.caCertPath, 'utf8');
  return undefined;
}
