/**
 * What every part of the sandbox shares: the tenant state, the TLS material, the token signer,
 * the public URLs, and the start options. Built once in start.ts and passed to each server.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxTlsMaterial } from './ca.js';
import type { TenantState } from './tenant-state.js';
import type { TokenSigner } from './token-signer.js';

/** Public base URLs of the sandbox's HTTPS servers. */
export interface SandboxUrls {
  /** `https://127.0.0.1:PORT` — the Entra "login.microsoftonline.com" stand-in. */
  readonly loginOrigin: string;
  /** `https://127.0.0.1:PORT` — the "graph.microsoft.com" stand-in (requests go to /v1.0/…). */
  readonly graphOrigin: string;
}

/** Options chosen when the sandbox starts. */
export interface SandboxStartOptions {
  /** Approve the sign-in page automatically as the mailbox user or admin (demos, tests). */
  readonly autoApprove: boolean;
  /** Access-token lifetime in seconds (Entra: 60–90 minutes). */
  readonly accessTokenLifetimeSec: number;
}

/** Shared by Entra, Graph, SMTP, IMAP and the admin endpoint. */
export interface SandboxContext {
  readonly state: TenantState;
  readonly tls: SandboxTlsMaterial;
  readonly signer: TokenSigner;
  readonly urls: SandboxUrls;
  readonly options: SandboxStartOptions;
  /** Writes one diagnostic line (stderr in the CLI; never tokens or secrets). */
  readonly log: (line: string) => void;
}

/** An HTTP route handler: returns true when it answered the request. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean> | boolean;
