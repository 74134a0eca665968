/**
 * The full check as probeAll (electron/core/probes): token check, SMTP with a test message,
 * IMAP and reachability of the sandbox's three endpoints, run concurrently; and each of those
 * alone. Used while no `runCheck` exists, and as the probes' own part of the check.
 */
import { checkToken, probeAll, probeImap, probeReachability, probeSmtp } from '../../electron/core/probes/index.js';
import type { ReachTarget } from '../../electron/core/probes/index.js';
import type { CheckSubject } from './full-check.js';
import type { SandboxEndpoints } from './sandbox-process.js';

/** probeAll and its parts against the sandbox. */
export function probeAllSubject(info: SandboxEndpoints & { readonly tokenEndpoint: string }, accessToken: string): CheckSubject {
  const trust = { caCertPath: info.caCertPath };
  const login = new URL(info.tokenEndpoint);
  const targets: ReachTarget[] = [
    { host: info.smtp.host, port: info.smtp.port, mode: 'smtp-starttls' },
    { host: info.imap.host, port: info.imap.port, mode: 'tls' },
    { host: login.hostname, port: Number(login.port), mode: 'tls' },
  ];
  const smtp = { ...info.smtp, ...trust, user: info.mailbox, accessToken, testMessage: { from: info.mailbox, to: info.mailbox } };
  const imap = { ...info.imap, ...trust, user: info.mailbox, accessToken };
  const reachability = { ...trust, targets, proxy: 'none' as const };
  return {
    name: 'probeAll (token check, SMTP + test message, IMAP, reachability)',
    whole: async () => (await probeAll({ smtp, imap, reachability, trust })).ok,
    parts: [
      { name: 'token check', run: async () => checkToken({ accessToken, protocol: 'smtp', user: info.mailbox }).ok },
      { name: 'SMTP probe', run: async () => (await probeSmtp(smtp)).ok },
      { name: 'IMAP probe', run: async () => (await probeImap(imap)).ok },
      { name: 'reachability probe', run: async () => (await probeReachability(reachability)).ok },
    ],
  };
}
