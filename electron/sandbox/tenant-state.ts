/**
 * One tenant state shared by every part of the sandbox (Entra, Graph, SMTP, IMAP, admin).
 *
 * Replication: every change makes a new snapshot with a timestamp. Graph and the admin endpoint
 * read `current()` — the portal shows a change at once, as in Microsoft 365 — while token
 * issuance and Exchange read `effective()`, the newest snapshot older than the replication
 * delay. With delay 0 both are the same. This is what "wait 30 minutes and retest" is about.
 *
 * Graph itself is eventually consistent too (scenario graph-lag): its list queries ($filter
 * lookups) read `graphReplica()`, a directory replica that lags by `graphLagMs`, so an object
 * created a moment ago is not found yet and a change not seen yet.
 */
import type { TenantData } from './tenant-model.js';
import { applyScenario, type SandboxBehaviour, type ScenarioName } from './scenarios.js';
import { healthyTenant, newSeedSecrets, type SeedSecrets } from './tenant-seed.js';

interface Snapshot {
  readonly at: number;
  readonly data: TenantData;
}

/** Options for a new tenant state. */
export interface TenantStateOptions {
  readonly scenarios?: readonly ScenarioName[];
  /** Overrides the replication delay (ms); `replication-delay` defaults it to 5 000. */
  readonly replicationDelayMs?: number;
  readonly secrets?: SeedSecrets;
  /** Clock, for tests. */
  readonly now?: () => number;
}

/** Listener for changes (e.g. to log them). */
export type ChangeListener = (description: string) => void;

/** The shared, mutable tenant with replication-delayed visibility. */
export class TenantState {
  readonly secrets: SeedSecrets;
  readonly behaviour: SandboxBehaviour;
  readonly now: () => number;
  private scenarios: ScenarioName[];
  private snapshots: Snapshot[] = [];
  private listeners: ChangeListener[] = [];

  constructor(options: TenantStateOptions = {}) {
    this.secrets = options.secrets ?? newSeedSecrets();
    this.now = options.now ?? Date.now;
    this.behaviour = { replicationDelayMs: 0, wrongSecret: false, etronLoginIsSharedMailbox: false, graphLagMs: 0 };
    this.scenarios = [];
    this.reset(options.scenarios ?? ['healthy'], options.replicationDelayMs);
  }

  /** Rebuilds the tenant from healthy + scenarios, effective at once (no replication). */
  reset(scenarios: readonly ScenarioName[], replicationDelayMs?: number): void {
    this.behaviour.replicationDelayMs = replicationDelayMs ?? 0;
    this.behaviour.wrongSecret = false;
    this.behaviour.etronLoginIsSharedMailbox = false;
    this.behaviour.graphLagMs = 0;
    const data = healthyTenant(this.secrets, this.now());
    for (const s of scenarios) applyScenario(data, s, this.behaviour, this.now());
    if (replicationDelayMs !== undefined) this.behaviour.replicationDelayMs = replicationDelayMs;
    this.scenarios = [...new Set(scenarios)];
    this.snapshots = [{ at: Number.NEGATIVE_INFINITY, data }];
    this.emit(`reset: ${this.scenarios.join(', ')}`);
  }

  /** The scenarios the tenant was built from or has had enabled since. */
  activeScenarios(): readonly ScenarioName[] {
    return this.scenarios;
  }

  /** What an administrator sees right now (Graph, portal, PowerShell Get-*). */
  current(): Readonly<TenantData> {
    return this.snapshots[this.snapshots.length - 1]!.data;
  }

  /** What Entra token issuance and Exchange enforce right now (lags by the replication delay). */
  effective(): Readonly<TenantData> {
    return this.snapshotAsOf(this.now() - this.behaviour.replicationDelayMs);
  }

  private snapshotAsOf(cutoff: number): Readonly<TenantData> {
    for (let i = this.snapshots.length - 1; i >= 0; i--) {
      const s = this.snapshots[i]!;
      if (s.at <= cutoff) return s.data;
    }
    return this.snapshots[0]!.data;
  }

  /** What Graph's list queries see right now: `current()` as of graphLagMs ago (graph-lag). */
  graphReplica(): Readonly<TenantData> {
    return this.snapshotAsOf(this.now() - this.behaviour.graphLagMs);
  }

  /** Milliseconds until the newest change is effective (0 when everything has replicated). */
  pendingReplicationMs(): number {
    const newest = this.snapshots[this.snapshots.length - 1]!.at;
    return Math.max(0, newest + this.behaviour.replicationDelayMs - this.now());
  }

  /**
   * Changes the tenant. `change` mutates a copy of the current data; the result becomes current
   * now and effective after the replication delay. Returns what `change` returned.
   */
  update<T>(description: string, change: (draft: TenantData) => T): T {
    const draft = structuredClone(this.current()) as TenantData;
    const result = change(draft);
    const at = this.now();
    this.snapshots.push({ at, data: draft });
    this.prune();
    this.emit(description);
    return result;
  }

  /** Enables a scenario at run time (subject to replication like any other change). */
  enableScenario(name: ScenarioName): void {
    this.update(`scenario ${name}`, (draft) => applyScenario(draft, name, this.behaviour, this.now()));
    if (!this.scenarios.includes(name)) this.scenarios.push(name);
  }

  /** Subscribes to change descriptions. */
  onChange(listener: ChangeListener): () => void {
    this.listeners.push(listener);
    return () => { this.listeners = this.listeners.filter((l) => l !== listener); };
  }

  /** Drops snapshots no reader can see any more. */
  private prune(): void {
    const cutoff = this.now() - Math.max(this.behaviour.replicationDelayMs, this.behaviour.graphLagMs);
    let firstVisible = 0;
    for (let i = this.snapshots.length - 1; i >= 0; i--) {
      if (this.snapshots[i]!.at <= cutoff) { firstVisible = i; break; }
    }
    if (firstVisible > 0) this.snapshots = this.snapshots.slice(firstVisible);
  }

  private emit(description: string): void {
    for (const l of this.listeners) l(description);
  }
}
