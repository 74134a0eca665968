/**
 * Starts the whole sandbox tenant: Entra + admin (one HTTPS origin), Graph (another), Exchange
 * SMTP and IMAP — all on 127.0.0.1, free ports, TLS from a CA made for this start.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createAdminGuard, createAdminRoutes } from './admin.js';
import { createSandboxTls } from './ca.js';
import type { RouteHandler, SandboxContext } from './context.js';
import { createEntraRoutes } from './entra/index.js';
import { startExchangeImap } from './exchange/imap.js';
import { startExchangeSmtp } from './exchange/smtp.js';
import { createGraphRoutes, createGraphThrottleAdminRoutes } from './graph/index.js';
import { sendJson } from './http-util.js';
import type { ScenarioName } from './scenarios.js';
import { TenantState } from './tenant-state.js';
import { SANDBOX_IDS, SANDBOX_NAMES } from './tenant-seed.js';
import { TokenSigner } from './token-signer.js';

/** Options for startSandbox. */
export interface StartSandboxOptions {
  readonly scenarios?: readonly ScenarioName[];
  readonly replicationDelayMs?: number;
  readonly autoApprove?: boolean;
  readonly accessTokenLifetimeSec?: number;
  readonly log?: (line: string) => void;
}

/** What `sandbox --json` prints: the interface other tools rely on (DESIGN.md). */
export interface SandboxInfo {
  readonly tenantId: string;
  readonly authority: string;
  readonly tokenEndpoint: string;
  readonly graph: string;
  readonly smtp: { readonly host: string; readonly port: number };
  readonly imap: { readonly host: string; readonly port: number };
  readonly caCertPath: string;
  readonly mailbox: string;
  readonly sharedMailbox: string;
  readonly domain: string;
  readonly admin: { readonly username: string; readonly password: string };
  readonly adminEndpoint: string;
  /** Per-start secret for the admin endpoint: `Authorization: Bearer <adminSecret>`. */
  readonly adminSecret: string;
  readonly scenarios: readonly ScenarioName[];
  readonly apps: {
    readonly generic: { readonly clientId: string; readonly clientSecret: string; readonly servicePrincipalObjectId: string };
    readonly inventory360: { readonly clientId: string; readonly clientSecret: string; readonly servicePrincipalObjectId: string };
    /** `mailLogin`: the address ETRON's mail servers log in with (XOAUTH2 user=); the mailbox user unless a scenario says otherwise. */
    readonly etron: { readonly clientId: string; readonly clientSecret: string; readonly redirectUri: string; readonly instance: string; readonly mailLogin: string };
    /** The assistant's default client (Microsoft Graph Command Line Tools, first-party: Graph only). */
    readonly assistant: { readonly clientId: string };
    /** A publisher's own registration of the assistant (third-party public client; any resource with consent). */
    readonly publisherAssistant: { readonly clientId: string };
  };
}

/** A running sandbox. */
export interface RunningSandbox {
  readonly info: SandboxInfo;
  readonly context: SandboxContext;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

function listenHttps(ctx: Pick<SandboxContext, 'tls'>, routes: () => RouteHandler[], log: (l: string) => void): Promise<https.Server> {
  const server = https.createServer({ cert: ctx.tls.certPem, key: ctx.tls.keyPem, minVersion: 'TLSv1.2' }, (req, res) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host ?? HOST}`);
    void (async () => {
      for (const route of routes()) {
        if (await route(req, res, url)) return;
      }
      sendJson(res, 404, { error: 'not_found', path: url.pathname });
    })().catch((err: unknown) => {
      log(`sandbox: ${req.method} ${url.pathname} failed: ${err instanceof Error ? err.message : String(err)}`);
      if (!res.headersSent) sendJson(res, 500, { error: 'server_error' });
      else res.end();
    });
  });
  server.keepAliveTimeout = 5_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, HOST, () => resolve(server));
  });
}

/** Starts every part of the sandbox and resolves when all listen. */
export async function startSandbox(options: StartSandboxOptions = {}): Promise<RunningSandbox> {
  const log = options.log ?? (() => undefined);
  const tls = await createSandboxTls(['localhost'], ['127.0.0.1']);
  const state = new TenantState({ scenarios: options.scenarios ?? ['healthy'], replicationDelayMs: options.replicationDelayMs });
  const signer = new TokenSigner();
  let routesLogin: RouteHandler[] = [];
  let routesGraph: RouteHandler[] = [];
  const loginServer = await listenHttps({ tls }, () => routesLogin, log);
  const graphServer = await listenHttps({ tls }, () => routesGraph, log);
  const urls = {
    loginOrigin: `https://${HOST}:${(loginServer.address() as AddressInfo).port}`,
    graphOrigin: `https://${HOST}:${(graphServer.address() as AddressInfo).port}`,
  };
  const context: SandboxContext = {
    state, tls, signer, urls, log,
    options: { autoApprove: options.autoApprove ?? false, accessTokenLifetimeSec: options.accessTokenLifetimeSec ?? 3600 },
  };
  const adminSecret = randomBytes(24).toString('base64url');
  routesLogin = [createAdminGuard(adminSecret), createGraphThrottleAdminRoutes(context), createAdminRoutes(context), createEntraRoutes(context)];
  routesGraph = [createGraphRoutes(context)];
  const [smtp, imap] = await Promise.all([startExchangeSmtp(context), startExchangeImap(context)]);

  const dir = mkdtempSync(path.join(tmpdir(), 'm365-sandbox-'));
  const caCertPath = path.join(dir, 'sandbox-ca.pem');
  writeFileSync(caCertPath, tls.caCertPem, { mode: 0o644 });

  const tenantId = SANDBOX_IDS.tenantId;
  // secret-wrong: hand out the secret's ID instead of its value — the most common copy mistake.
  const secret = (appId: string, real: string): string => {
    if (!state.behaviour.wrongSecret) return real;
    return state.current().applications.find((a) => a.appId === appId)?.passwordCredentials[0]?.keyId ?? real;
  };
  const info: SandboxInfo = {
    tenantId,
    authority: `${urls.loginOrigin}/${tenantId}`,
    tokenEndpoint: `${urls.loginOrigin}/${tenantId}/oauth2/v2.0/token`,
    graph: urls.graphOrigin,
    smtp: { host: HOST, port: smtp.port },
    imap: { host: HOST, port: imap.port },
    caCertPath,
    mailbox: SANDBOX_NAMES.mailbox,
    sharedMailbox: SANDBOX_NAMES.sharedMailbox,
    domain: SANDBOX_NAMES.domain,
    admin: { username: SANDBOX_NAMES.admin, password: 'Sandbox-Admin-1' },
    adminEndpoint: `${urls.loginOrigin}/_sandbox`,
    adminSecret,
    scenarios: state.activeScenarios(),
    apps: {
      generic: { clientId: SANDBOX_IDS.genericAppId, clientSecret: secret(SANDBOX_IDS.genericAppId, state.secrets.genericClientSecret), servicePrincipalObjectId: SANDBOX_IDS.genericSpId },
      inventory360: { clientId: '15dd278a-3da9-4654-9edd-568380df74d0', clientSecret: state.secrets.inventory360ClientSecret, servicePrincipalObjectId: SANDBOX_IDS.inventory360SpId },
      etron: { clientId: SANDBOX_IDS.etronAppId, clientSecret: secret(SANDBOX_IDS.etronAppId, state.secrets.etronClientSecret), redirectUri: SANDBOX_NAMES.etronRedirectUri, instance: SANDBOX_NAMES.etronInstance,
        mailLogin: state.behaviour.etronLoginIsSharedMailbox ? SANDBOX_NAMES.sharedMailbox : SANDBOX_NAMES.mailbox },
      assistant: { clientId: SANDBOX_IDS.assistantAppId },
      publisherAssistant: { clientId: SANDBOX_IDS.publisherAssistantAppId },
    },
  };

  let closed = false;
  return {
    info,
    context,
    async close() {
      if (closed) return;
      closed = true;
      loginServer.closeAllConnections();
      graphServer.closeAllConnections();
      await Promise.all([
        new Promise<void>((r) => loginServer.close(() => r())),
        new Promise<void>((r) => graphServer.close(() => r())),
        smtp.close(),
        imap.close(),
      ]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
