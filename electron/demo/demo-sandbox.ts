/**
 * Demo mode: the sandbox tenant started inside the app, so a user can try every step before
 * touching production. The UI gets display data only — endpoints and names, never the client
 * secrets or the sandbox admin password that `SandboxInfo` also carries.
 */
import { uploadDemoCertificate, type UploadedCertificate } from '../sandbox/demo-certificate.js';
import type { ScenarioName } from '../sandbox/scenarios.js';
import { startSandbox, type RunningSandbox } from '../sandbox/start.js';

/** A host:port endpoint. */
export interface Endpoint {
  readonly host: string;
  readonly port: number;
}

/** What the UI may show about a running demo sandbox. */
export interface DemoSandboxView {
  readonly tenantId: string;
  readonly authority: string;
  readonly graph: string;
  readonly smtp: Endpoint;
  readonly imap: Endpoint;
  readonly mailbox: string;
  /** The scenarios the tenant was built from or has had enabled since. */
  readonly scenarios: readonly ScenarioName[];
}

/** Whether the demo sandbox runs, and if so where. */
export type DemoSandboxStatus =
  | { readonly running: false }
  | {
    readonly running: true;
    readonly sandbox: DemoSandboxView;
    /** Milliseconds until the newest tenant change reaches Entra and Exchange. */
    readonly pendingReplicationMs: number;
  };

/**
 * What the main process needs to sign in to the running demo tenant like to a real one: its
 * endpoints and the CA that verifies its TLS. Main process only — never sent to the renderer.
 */
export interface DemoSandboxConnection {
  readonly tenantId: string;
  readonly endpoints: DemoSandboxView;
  /** The sign-in origin (`https://127.0.0.1:PORT`): the sign-in page and admin consent live here. */
  readonly loginOrigin: string;
  readonly caPem: string;
  /** The assistant's app registration in the sandbox. */
  readonly assistantClientId: string;
  /** Changes with every start, so a sign-in to an earlier sandbox can be recognised as stale. */
  readonly generation: number;
}

/** Options for the demo sandbox. */
export interface DemoSandboxOptions {
  /** Diagnostic lines from the sandbox (never tokens or secrets). */
  readonly log?: (line: string) => void;
}

/** One demo sandbox at a time; start/stop calls run one after another. */
export class DemoSandbox {
  private running: RunningSandbox | undefined;
  private generation = 0;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: DemoSandboxOptions = {}) {}

  /** Starts the sandbox broken by `scenarios` (an already running one is replaced). */
  start(scenarios: readonly ScenarioName[]): Promise<DemoSandboxStatus> {
    return this.serialize(async () => {
      await this.closeRunning();
      // Without autoApprove (startSandbox's default): the admin signs in on the sandbox's page.
      this.running = await startSandbox({
        scenarios: scenarios.length > 0 ? scenarios : ['healthy'],
        ...(this.options.log ? { log: this.options.log } : {}),
      });
      this.generation++;
      return this.status();
    });
  }

  /** Stops the sandbox; stopping a stopped sandbox is not an error. */
  stop(): Promise<DemoSandboxStatus> {
    return this.serialize(async () => {
      await this.closeRunning();
      return this.status();
    });
  }

  /** The current status. */
  status(): DemoSandboxStatus {
    const sandbox = this.running;
    if (!sandbox) return { running: false };
    const { info, context } = sandbox;
    return {
      running: true,
      sandbox: {
        tenantId: info.tenantId,
        authority: info.authority,
        graph: info.graph,
        smtp: { host: info.smtp.host, port: info.smtp.port },
        imap: { host: info.imap.host, port: info.imap.port },
        mailbox: info.mailbox,
        scenarios: [...context.state.activeScenarios()],
      },
      pendingReplicationMs: context.state.pendingReplicationMs(),
    };
  }

  /** The running sandbox's endpoints and CA, for the main process's own sign-in; undefined when stopped. */
  connection(): DemoSandboxConnection | undefined {
    const status = this.status();
    const sandbox = this.running;
    if (!status.running || !sandbox) return undefined;
    return {
      tenantId: sandbox.info.tenantId,
      endpoints: status.sandbox,
      loginOrigin: new URL(sandbox.info.authority).origin,
      caPem: sandbox.context.tls.caCertPem,
      assistantClientId: sandbox.info.apps.assistant.clientId,
      generation: this.generation,
    };
  }

  /**
   * The demo tenant's own credential of a product's app — main process only, never sent to the
   * renderer. In demo mode the assistant plays the product's server with it (as the demo check
   * does), so "wait and test" proves SMTP where a real tenant would need the vendor's secret.
   * (Not ETRON's: its secret changes when "fix it" makes a new one.)
   */
  productCredential(profile: 'inventory360' | 'generic'): { readonly clientId: string; readonly clientSecret: string } | undefined {
    const apps = this.running?.info.apps;
    if (!apps) return undefined;
    const app = apps[profile];
    return { clientId: app.clientId, clientSecret: app.clientSecret };
  }

  /** Breaks the running tenant one more way (as an admin's change: replication delay applies). */
  enableScenario(scenario: ScenarioName): DemoSandboxStatus | undefined {
    if (!this.running) return undefined;
    this.running.context.state.enableScenario(scenario);
    return this.status();
  }

  /**
   * Uploads a certificate to the demo app's registration, as an admin does in Entra ("Upload
   * certificate"), so the certificate page has something to find; undefined when stopped.
   */
  async uploadCertificate(): Promise<UploadedCertificate | undefined> {
    return this.running ? uploadDemoCertificate(this.running.context) : undefined;
  }

  /** Stops the sandbox when the app quits or a test ends. */
  async dispose(): Promise<void> {
    await this.stop();
  }

  private async closeRunning(): Promise<void> {
    const sandbox = this.running;
    this.running = undefined;
    await sandbox?.close();
  }

  private serialize<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    // A failed task must not block the ones after it; its caller sees the rejection.
    this.queue = next.catch(() => undefined);
    return next;
  }
}
