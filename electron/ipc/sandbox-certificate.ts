/**
 * Whether a server certificate is the demo tenant's: issued and signed by the CA the sandbox made
 * for this start, valid now, for the host asked for. Plain Node so it is unit-tested; the demo
 * sign-in window (electron/demo-sign-in-window.ts) trusts exactly such certificates and leaves
 * every other one to Chromium's own verification.
 */
import { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';

/** True when `certPem` chains to `caPem` (one level, as the sandbox issues it), is valid at `now` and names `hostname`. */
export function isSandboxCertificate(certPem: string, caPem: string, hostname: string, now: Date = new Date()): boolean {
  try {
    const ca = new X509Certificate(caPem);
    const leaf = new X509Certificate(certPem);
    if (!leaf.checkIssued(ca) || !leaf.verify(ca.publicKey)) return false;
    if (now < new Date(leaf.validFrom) || now > new Date(leaf.validTo)) return false;
    return (isIP(hostname) !== 0 ? leaf.checkIP(hostname) : leaf.checkHost(hostname)) !== undefined;
  } catch {
    // Not a certificate at all: not the sandbox's.
    return false;
  }
}
