/**
 * MSAL Node applications for a cloud from the clouds table. Tokens live only in MSAL's
 * in-memory cache: no cache plugin, nothing on disk — quitting the assistant signs out.
 *
 * The sandbox is not a Microsoft host, so MSAL must treat its origin as a known authority
 * (no instance discovery against login.microsoftonline.com) and trust its CA — through our
 * network client, never by switching verification off.
 */
import {
  ConfidentialClientApplication, LogLevel, PublicClientApplication, type Configuration, type NodeSystemOptions,
} from '@azure/msal-node';
import { rootCertificates } from 'node:tls';
import type { CloudProfile } from '../clouds.js';
import { HttpsNetworkClient } from './https-network-client.js';
import { NetworkErrorMemo } from './network-error-memo.js';

/** Where to sign in. */
export interface AuthorityInput {
  readonly profile: CloudProfile;
  /** Tenant id, verified domain, or `organizations` (any work or school account). */
  readonly tenant: string;
  /** Extra CA to trust (the sandbox's). */
  readonly caPem?: string;
}

/** `https://login.microsoftonline.com/<tenant>` (or the sandbox origin). */
export function authorityUrl(input: AuthorityInput): string {
  return `${input.profile.authorityHost}/${encodeURIComponent(input.tenant)}`;
}

function authOptions(input: AuthorityInput): Pick<Configuration['auth'], 'authority' | 'knownAuthorities'> {
  const authority = authorityUrl(input);
  // Microsoft's own hosts are validated by MSAL's instance discovery; only the sandbox is declared.
  return input.profile.id === 'sandbox'
    ? { authority, knownAuthorities: [new URL(input.profile.authorityHost).host] }
    : { authority };
}

/** The network module MSAL uses: node:https with our CA, remembering transport failures. */
export function msalNetwork(input: AuthorityInput): NetworkErrorMemo {
  // The extra CA is added to the system roots, as the Graph transport does.
  return new NetworkErrorMemo(new HttpsNetworkClient(input.caPem !== undefined ? { ca: [...rootCertificates, input.caPem] } : {}));
}

function systemOptions(network: NetworkErrorMemo, log?: (line: string) => void): NodeSystemOptions {
  return {
    networkClient: network,
    loggerOptions: {
      // PII logging stays off: MSAL then logs neither tokens nor user names.
      piiLoggingEnabled: false,
      logLevel: LogLevel.Warning,
      loggerCallback: (_level, message, containsPii) => {
        if (!containsPii) log?.(`msal: ${message}`);
      },
    },
  };
}

/** The assistant's public client (interactive and device code sign-in). */
export function createPublicClient(
  input: AuthorityInput & { readonly clientId: string; readonly network: NetworkErrorMemo; readonly log?: (line: string) => void },
): PublicClientApplication {
  return new PublicClientApplication({
    auth: { clientId: input.clientId, ...authOptions(input) },
    system: systemOptions(input.network, input.log),
  });
}

/** A client secret, or a certificate (thumbprint + private key PEM) registered on the app. */
export type ClientCredential =
  | { readonly kind: 'secret'; readonly clientSecret: string }
  | {
    readonly kind: 'certificate';
    /** SHA-256 thumbprint (hex); Entra accepts it as `x5t#S256`. Preferred. */
    readonly thumbprintSha256?: string;
    /** SHA-1 thumbprint (hex), as the Entra portal shows it; `x5t`. */
    readonly thumbprint?: string;
    readonly privateKeyPem: string;
    /** Optional public certificate chain (PEM) for subject-name/issuer authentication. */
    readonly x5c?: string;
  };

/** A confidential client for client credentials (an app such as the generic sender). */
export function createConfidentialClient(
  input: AuthorityInput & { readonly clientId: string; readonly credential: ClientCredential; readonly network: NetworkErrorMemo },
): ConfidentialClientApplication {
  const c = input.credential;
  const credential = c.kind === 'secret'
    ? { clientSecret: c.clientSecret }
    : {
      clientCertificate: {
        privateKey: c.privateKeyPem,
        ...(c.thumbprintSha256 ? { thumbprintSha256: c.thumbprintSha256 } : {}),
        ...(c.thumbprint && !c.thumbprintSha256 ? { thumbprint: c.thumbprint } : {}),
        ...(c.x5c ? { x5c: c.x5c } : {}),
      },
    };
  return new ConfidentialClientApplication({
    auth: { clientId: input.clientId, ...authOptions(input), ...credential },
    system: systemOptions(input.network),
  });
}
