/**
 * `probe smtp|imap|dns|ports` — one probe, from the machine that actually sends mail.
 *   --host H --port P          the server (default: the cloud's, e.g. smtp.office365.com:587)
 *   --user ADDRESS             the mailbox (XOAUTH2 user=)
 *   --token-file FILE          an access token (read from a file, never from the command line,
 *                              so it does not show in the process list or shell history)
 *   --ca FILE                  extra CA to trust (default: the system's)
 *   --from A --to B            SMTP: also send a test message
 *   --domain D --dns-server S  DNS: the domain and a resolver host:port
 *   --sandbox                  start the sandbox and probe it with its generic app
 *   --json, --timeout MS
 */
import { readFileSync } from 'node:fs';
import { appOnlyTokenProvider } from '../core/auth/app-only-token.js';
import { cloudProfile, type CloudProfile } from '../core/clouds.js';
import { M365_TARGETS, probeDns, probeImap, probeReachability, probeSmtp, Redactor } from '../core/probes/index.js';
import type { ProbeResult } from '../core/probes/types.js';
import { EXIT } from './exit-codes.js';
import { parseArgs } from './args.js';

const KINDS = new Set(['smtp', 'imap', 'dns', 'ports']);

/** Runs the probe command. */
export async function runProbeCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, {
    host: 'value', port: 'value', user: 'value', 'token-file': 'value', ca: 'value', from: 'value', to: 'value',
    domain: 'value', 'dns-server': 'value', sandbox: 'flag', json: 'flag', timeout: 'value',
  });
  if (typeof args === 'string') return usage(args);
  const kind = args.positionals[0];
  if (!kind || !KINDS.has(kind)) return usage('say which probe: probe smtp|imap|dns|ports');
  const timeoutMs = Number(args.values.get('timeout') ?? 20_000);
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) return usage('--timeout needs milliseconds');
  const redactor = new Redactor();
  let cloud: CloudProfile = cloudProfile('global');
  let ca: string | undefined;
  let user = args.values.get('user');
  let token: string | undefined;
  let close: (() => Promise<void>) | undefined;
  try {
    const caFile = args.values.get('ca');
    if (caFile) ca = readFileSync(caFile, 'utf8');
    const tokenFile = args.values.get('token-file');
    if (tokenFile) token = readFileSync(tokenFile, 'utf8').trim();
  } catch (err) {
    process.stderr.write(`probe: ${(err as Error).message}\n`);
    return EXIT.failed;
  }
  if (args.flags.has('sandbox')) {
    const { startSandbox } = await import('../sandbox/start.js');
    const sb = await startSandbox({ autoApprove: true });
    close = () => sb.close();
    cloud = cloudProfile('sandbox', sb.info);
    ca = readFileSync(sb.info.caCertPath, 'utf8');
    user ??= sb.info.mailbox;
    if (!token && (kind === 'smtp' || kind === 'imap')) {
      const provider = appOnlyTokenProvider({ profile: cloud, tenant: sb.info.tenantId, caPem: ca, clientId: sb.info.apps.generic.clientId, credential: { kind: 'secret', clientSecret: sb.info.apps.generic.clientSecret } });
      const t = await provider(cloud.scopes.appOnly);
      if (!t.ok) {
        await close();
        process.stderr.write(`probe: no token from the sandbox: ${t.error.message}\n`);
        return EXIT.failed;
      }
      token = t.value;
    }
  }
  try {
    const trust = ca ? { ca } : {};
    const host = args.values.get('host');
    const port = args.values.get('port') ? Number(args.values.get('port')) : undefined;
    let result: ProbeResult<any, any>;
    if (kind === 'smtp' || kind === 'imap') {
      if (!user || !token) return usage(`${kind} needs --user and --token-file (or --sandbox)`);
      redactor.addXOAuth2(user, token);
      const endpoint = kind === 'smtp' ? cloud.smtp : cloud.imap;
      const common = { host: host ?? endpoint.host, port: port ?? endpoint.port, user, accessToken: token, timeoutMs, redactor, ...trust };
      const from = args.values.get('from');
      result = kind === 'smtp'
        ? await probeSmtp({ ...common, ...(from ? { testMessage: { from, to: args.values.get('to') ?? user } } : {}) })
        : await probeImap(common);
    } else if (kind === 'dns') {
      const domain = args.values.get('domain') ?? user?.split('@')[1];
      if (!domain) return usage('dns needs --domain (or --user)');
      const server = args.values.get('dns-server');
      result = await probeDns({ domain, timeoutMs, ...(server ? { servers: [server] } : {}) });
    } else {
      const targets = host
        ? [{ host, port: port ?? 443, mode: (port === 587 ? 'smtp-starttls' : 'tls') as 'smtp-starttls' | 'tls' }]
        : args.flags.has('sandbox')
          ? [{ host: cloud.smtp.host, port: cloud.smtp.port, mode: 'smtp-starttls' as const }, { host: cloud.imap.host, port: cloud.imap.port, mode: 'tls' as const }]
          : M365_TARGETS;
      result = await probeReachability({ targets, timeoutMs, ...trust });
    }
    if (args.flags.has('json')) process.stdout.write(`${JSON.stringify(result)}\n`);
    else {
      process.stdout.write(`${result.ok ? '✓' : '✗'} ${kind}${result.category ? `  [${result.category}]` : ''}\n`);
      for (const line of result.transcript) process.stdout.write(`  ${line}\n`);
      if (!result.ok && result.serverReply) process.stdout.write(`\n  ${result.serverReply}\n`);
    }
    return result.ok ? EXIT.ok : EXIT.problems;
  } finally {
    await close?.();
  }
}

function usage(message: string): number {
  process.stderr.write(`probe: ${message}\n`);
  return EXIT.usage;
}
