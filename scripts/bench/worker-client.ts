/**
 * Starts the probe worker (optionally inside a network namespace) and sends it requests one at
 * a time, so every measured exchange has the link to itself.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { WorkerConfig, WorkerReply, WorkerRequest } from './probe-worker.js';

/** A running worker. */
export interface Worker {
  run(request: Omit<WorkerRequest, 'id'>): Promise<WorkerReply>;
  stop(): Promise<void>;
}

/** Starts the worker; `netns` runs it with `ip netns exec <netns>`. Resolves once it is ready. */
export function startWorker(repoRoot: string, config: WorkerConfig, netns?: string): Promise<Worker> {
  const node = [process.execPath, '--import', 'tsx', path.join(repoRoot, 'scripts/bench/probe-worker.ts')];
  const [cmd, ...args] = netns ? ['ip', 'netns', 'exec', netns, ...node] : node;
  const child = spawn(cmd!, args, { cwd: repoRoot, stdio: ['pipe', 'pipe', 'inherit'] });
  const waiting = new Map<number, (reply: WorkerReply) => void>();
  let nextId = 1;
  let onReady: (() => void) | null = null;
  let exited = false;
  let stopping = false;
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const msg = JSON.parse(line) as WorkerReply | { ready: true };
    if ('ready' in msg) onReady?.();
    else waiting.get(msg.id)?.(msg);
  });
  const exitedPromise = new Promise<void>((resolve) => child.once('exit', () => {
    exited = true;
    for (const [id, settle] of waiting) settle({ id, ok: false, ms: Number.NaN, error: 'the worker exited' });
    resolve();
  }));
  const worker: Worker = {
    run(request) {
      if (exited || stopping) return Promise.resolve({ id: 0, ok: false, ms: Number.NaN, error: 'the worker was stopped' });
      const id = nextId++;
      return new Promise<WorkerReply>((resolve) => {
        waiting.set(id, (reply) => { waiting.delete(id); resolve(reply); });
        child.stdin!.write(`${JSON.stringify({ id, ...request } satisfies WorkerRequest)}\n`);
      });
    },
    async stop() {
      stopping = true;
      child.stdin!.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exitedPromise;
      clearTimeout(timer);
    },
  };
  return new Promise<Worker>((resolve, reject) => {
    onReady = () => resolve(worker);
    void exitedPromise.then(() => reject(new Error(`the probe worker exited before it was ready${netns ? ` (in namespace ${netns})` : ''}`)));
    child.stdin!.write(`${JSON.stringify(config)}\n`);
  });
}
