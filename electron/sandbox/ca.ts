/**
 * The sandbox's own certificate authority. A fresh CA and a server certificate for 127.0.0.1 /
 * localhost are made on every start, so clients verify TLS against `caCertPath` exactly as they
 * verify Microsoft's chain in production — verification is never switched off.
 */
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

/** PEM material for one TLS identity signed by the sandbox CA. */
export interface SandboxTlsMaterial {
  readonly caCertPem: string;
  readonly certPem: string;
  readonly keyPem: string;
}

const ecdsa = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const signing = { name: 'ECDSA', hash: 'SHA-256' } as const;

function toPem(der: ArrayBuffer, label: string): string {
  const b64 = Buffer.from(der).toString('base64').replace(/(.{64})/g, '$1\n').trimEnd();
  return `-----BEGIN ${label}-----\n${b64}\n-----END ${label}-----\n`;
}

/** Creates a CA and a server certificate valid for the given host names and IP addresses. */
export async function createSandboxTls(
  hostNames: readonly string[] = ['localhost'],
  ipAddresses: readonly string[] = ['127.0.0.1', '::1'],
): Promise<SandboxTlsMaterial> {
  const subtle = webcrypto.subtle;
  const now = Date.now();
  const notBefore = new Date(now - 60 * 60 * 1000);
  const notAfter = new Date(now + 7 * 24 * 60 * 60 * 1000);
  const caKeys = (await subtle.generateKey(ecdsa, true, ['sign', 'verify'])) as CryptoKeyPair;
  const ca = await x509.X509CertificateGenerator.createSelfSigned({
    name: 'CN=M365 Mail Assistant Sandbox CA, O=Sandbox tenant (not Microsoft)',
    keys: caKeys,
    notBefore,
    notAfter,
    signingAlgorithm: signing,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(caKeys.publicKey),
    ],
  });
  const serverKeys = (await subtle.generateKey(ecdsa, true, ['sign', 'verify'])) as CryptoKeyPair;
  const server = await x509.X509CertificateGenerator.create({
    subject: 'CN=localhost, O=Sandbox tenant (not Microsoft)',
    issuer: ca.subject,
    publicKey: serverKeys.publicKey,
    signingKey: caKeys.privateKey,
    notBefore,
    notAfter,
    signingAlgorithm: signing,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth], false),
      new x509.SubjectAlternativeNameExtension([
        ...hostNames.map((value) => ({ type: 'dns' as const, value })),
        ...ipAddresses.map((value) => ({ type: 'ip' as const, value })),
      ]),
      await x509.AuthorityKeyIdentifierExtension.create(caKeys.publicKey),
    ],
  });
  const pkcs8 = await subtle.exportKey('pkcs8', serverKeys.privateKey);
  return {
    caCertPem: ca.toString('pem') + '\n',
    certPem: server.toString('pem') + '\n',
    keyPem: toPem(pkcs8, 'PRIVATE KEY'),
  };
}
