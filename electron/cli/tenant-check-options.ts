/**
 * The options of `check` for a real tenant, read and validated into one request: which cloud,
 * tenant, mailbox and app, how the admin signs in, and the credentials — secrets only from
 * files, never from the command line (it shows in the process list and the shell history).
 *
 * `--cloud sandbox --sandbox-info FILE` (not in --help) treats a running sandbox as the tenant:
 * the JSON line `sandbox --json` prints gives its endpoints and CA. Tests use it; Microsoft 365
 * cannot be reached from our machines.
 */
import { readFileSync } from 'node:fs';
import { resolveAssistantClientId } from '../core/auth/client-id.js';
import type { ClientCredential } from '../core/auth/msal-apps.js';
import { canOpenBrowser } from '../core/auth/os-browser.js';
import type { CheckProfile } from '../core/check/check-types.js';
import { cloudProfile, type CloudProfile, type SandboxEndpoints } from '../core/clouds.js';
import { fail, ok, type Result } from '../core/result.js';
import type { ParsedArgs } from './args.js';

/** Everything a tenant check needs from the command line. */
export interface TenantCheckRequest {
  readonly profile: CheckProfile;
  readonly cloud: CloudProfile;
  /** The sandbox's CA (only with --cloud sandbox). */
  readonly caPem?: string;
  /** Tenant id or verified domain. */
  readonly tenant: string;
  readonly mailbox: string;
  readonly sender?: string;
  /** The public client the admin signs in with (Graph only; default Microsoft Graph Command Line Tools). */
  readonly clientId: string;
  readonly signIn: 'browser' | 'device-code';
  /** App-only credentials for SMTP/IMAP (generic app, or Inventory360's where its secret is known). */
  readonly appCredential?: { readonly clientId: string; readonly credential: ClientCredential };
  /** The app read in Graph (generic). */
  readonly appId?: string;
  readonly etron?: { readonly instance: string; readonly appId?: string; readonly clientSecret?: string };
  /** Sign the mailbox user in too, for delegated SMTP/IMAP. */
  readonly delegated: boolean;
  /** Generic app-only SMTP through RBAC for Applications (no SMTP.SendAsApp role in the token). */
  readonly rbac?: boolean;
  /** Generic: probe IMAP as well as SMTP. */
  readonly imap: boolean;
  /** DNS of the mailbox's domain: '' = the system's resolver; undefined = not checked. */
  readonly dnsResolver?: string;
}

/** Options that would put a secret on the command line → the file option to use instead. */
export const SECRET_VALUE_OPTIONS: Readonly<Record<string, string>> = {
  'app-secret': '--app-secret-file', 'client-secret': '--app-secret-file', secret: '--app-secret-file',
  'etron-secret': '--etron-secret-file', password: '--app-secret-file', 'app-cert': '--app-cert-file',
};

/** A usage message when argv tries to pass a secret as a value (the value is never repeated). */
export function secretValueProblem(argv: readonly string[]): string | undefined {
  for (const arg of argv) {
    if (!arg.startsWith('--')) continue;
    const name = arg.slice(2).split('=')[0]!;
    const instead = SECRET_VALUE_OPTIONS[name];
    if (instead) return `--${name}: secrets are read from files only (a value on the command line shows in the process list and the shell history); use ${instead} FILE`;
  }
  return undefined;
}

const CLOUDS = ['global', 'usgov-gcchigh', 'usgov-dod', 'china'] as const;
const PROFILES = new Set<CheckProfile>(['inventory360', 'etron', 'generic']);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ADDRESS = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const PRIVATE_KEY = /-----BEGIN (?:RSA |EC )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC )?PRIVATE KEY-----/;

const usage = (message: string, field: string): Result<never> => fail('invalid_input', message, { field });

function readFileText(file: string, what: string): Result<string> {
  try {
    const text = readFileSync(file, 'utf8').trim();
    return text ? ok(text) : usage(`${what} file ${file} is empty`, what);
  } catch (err) {
    return fail('io_error', `${what} file ${file} could not be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`, { field: what });
  }
}

function readSandbox(file: string | undefined): Result<{ cloud: CloudProfile; caPem: string; tenantId: string }> {
  if (!file) return usage('--cloud sandbox needs --sandbox-info FILE (the JSON line of `sandbox --json`)', 'sandbox-info');
  const text = readFileText(file, 'sandbox-info');
  if (!text.ok) return text;
  try {
    const info = JSON.parse(text.value) as SandboxEndpoints & { caCertPath?: unknown; tenantId?: unknown };
    if (typeof info.authority !== 'string' || typeof info.graph !== 'string' || typeof info.caCertPath !== 'string'
      || typeof info.tenantId !== 'string' || !info.smtp || !info.imap) return usage(`${file} is not the JSON of \`sandbox --json\``, 'sandbox-info');
    const ca = readFileText(info.caCertPath, 'sandbox CA');
    if (!ca.ok) return ca;
    return ok({ cloud: cloudProfile('sandbox', info), caPem: ca.value, tenantId: info.tenantId });
  } catch {
    return usage(`${file} is not JSON`, 'sandbox-info');
  }
}

function readCredential(args: ParsedArgs, appId: string | undefined): Result<ClientCredential | undefined> {
  const secretFile = args.values.get('app-secret-file');
  const certFile = args.values.get('app-cert-file');
  const thumbprint = args.values.get('app-cert-thumbprint')?.replace(/[\s:]/g, '');
  if (!secretFile && !certFile) return thumbprint ? usage('--app-cert-thumbprint goes with --app-cert-file', 'app-cert-file') : ok(undefined);
  if (!appId) return usage('an app credential needs the app: --app-id ID', 'app-id');
  if (secretFile && certFile) return usage('give --app-secret-file or --app-cert-file, not both', 'app-secret-file');
  if (secretFile) {
    const secret = readFileText(secretFile, 'app-secret');
    return secret.ok ? ok({ kind: 'secret', clientSecret: secret.value }) : secret;
  }
  if (!thumbprint || !/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(thumbprint)) {
    return usage('--app-cert-file needs --app-cert-thumbprint HEX (SHA-1: 40 or SHA-256: 64 hex digits)', 'app-cert-thumbprint');
  }
  const pem = readFileText(certFile!, 'app-cert');
  if (!pem.ok) return pem;
  const key = PRIVATE_KEY.exec(pem.value)?.[0];
  if (!key) return usage(`${certFile} holds no unencrypted private key (PEM)`, 'app-cert-file');
  return ok({ kind: 'certificate', privateKeyPem: key, ...(thumbprint.length === 64 ? { thumbprintSha256: thumbprint } : { thumbprint }) });
}

/** Reads the tenant check's options; invalid_input is a usage error, io_error an unreadable file. */
export function readTenantCheckRequest(args: ParsedArgs, where: { readonly platform: NodeJS.Platform; readonly env: Readonly<Record<string, string | undefined>> }): Result<TenantCheckRequest> {
  const profile = args.values.get('profile') as CheckProfile | undefined;
  if (!profile || !PROFILES.has(profile)) return usage('--profile must be inventory360, etron or generic', 'profile');
  const cloudId = args.values.get('cloud') ?? 'global';
  let cloud: CloudProfile;
  let caPem: string | undefined;
  let tenant = args.values.get('tenant');
  if (cloudId === 'sandbox') {
    const sb = readSandbox(args.values.get('sandbox-info'));
    if (!sb.ok) return sb;
    ({ cloud, caPem } = sb.value);
    tenant ??= sb.value.tenantId;
  } else if ((CLOUDS as readonly string[]).includes(cloudId)) {
    if (args.values.has('sandbox-info')) return usage('--sandbox-info goes with --cloud sandbox', 'sandbox-info');
    cloud = cloudProfile(cloudId as (typeof CLOUDS)[number]);
  } else {
    return usage(`unknown cloud "${cloudId}"; --cloud must be ${CLOUDS.join(', ')}`, 'cloud');
  }
  if (!tenant || !(GUID.test(tenant) || /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(tenant))) return usage('--tenant needs the tenant ID or a verified domain (contoso.onmicrosoft.com)', 'tenant');
  const mailbox = args.values.get('mailbox');
  if (!mailbox || !ADDRESS.test(mailbox)) return usage('--mailbox needs the sending mailbox\'s address', 'mailbox');
  const sender = args.values.get('sender');
  if (sender !== undefined && !ADDRESS.test(sender)) return usage('--sender needs an e-mail address', 'sender');

  // Default: Microsoft Graph Command Line Tools (client-id.ts); --client-id or the environment override it.
  const clientId = resolveAssistantClientId({ flag: args.values.get('client-id'), env: where.env });
  if (!clientId.ok) return clientId;
  if (args.flags.has('browser') && args.flags.has('device-code')) return usage('choose --browser or --device-code, not both', 'device-code');
  const signIn = args.flags.has('device-code') ? 'device-code' : args.flags.has('browser') || canOpenBrowser(where) ? 'browser' : 'device-code';

  const appId = args.values.get('app-id');
  if (appId !== undefined && !GUID.test(appId)) return usage('--app-id needs the application (client) ID, a GUID', 'app-id');
  const credential = readCredential(args, appId);
  if (!credential.ok) return credential;
  const delegated = args.flags.has('delegated');
  if (profile === 'generic' && !appId) return usage('the generic profile needs the app to check: --app-id ID', 'app-id');
  if (profile === 'generic' && delegated && credential.value) return usage('--delegated signs the mailbox user in; an app credential is for app-only: choose one', 'delegated');
  if (args.flags.has('rbac') && (profile !== 'generic' || delegated)) return usage('--rbac is for a generic app that sends app-only through RBAC for Applications', 'rbac');
  if (profile === 'inventory360' && delegated) return usage('Inventory360 sends app-only; --delegated is for the etron and generic profiles', 'delegated');
  if (profile === 'etron' && credential.value) return usage('ETRON signs in per user: its secret goes in --etron-secret-file', 'app-secret-file');

  let etron: TenantCheckRequest['etron'];
  if (profile === 'etron') {
    const instance = args.values.get('etron-instance')?.replace(/\.wawi\.onretail\.eu$/i, '');
    if (!instance || !/^[a-z0-9][a-z0-9-]*$/i.test(instance)) return usage('the ETRON profile needs --etron-instance NAME (NAME.wawi.onretail.eu)', 'etron-instance');
    const etronAppId = args.values.get('etron-app-id');
    if (etronAppId !== undefined && !GUID.test(etronAppId)) return usage('--etron-app-id needs the ETRON app\'s client ID, a GUID', 'etron-app-id');
    const secretFile = args.values.get('etron-secret-file');
    if (secretFile && !etronAppId) return usage('--etron-secret-file needs --etron-app-id ID', 'etron-app-id');
    const secret = secretFile ? readFileText(secretFile, 'etron-secret') : undefined;
    if (secret && !secret.ok) return secret;
    if (delegated && !(etronAppId && secretFile)) return usage('the ETRON mailbox signs in through ETRON\'s app: --delegated needs --etron-app-id ID and --etron-secret-file FILE', 'etron-secret-file');
    etron = { instance, ...(etronAppId ? { appId: etronAppId } : {}), ...(secret?.ok ? { clientSecret: secret.value } : {}) };
  } else if (['etron-instance', 'etron-app-id', 'etron-secret-file'].some((n) => args.values.has(n))) {
    return usage('the --etron-… options go with --profile etron', 'profile');
  }
  const dnsServer = args.values.get('dns-server');
  return ok({
    profile, cloud, tenant, mailbox, clientId: clientId.value, signIn, delegated, imap: !args.flags.has('no-imap'),
    ...(args.flags.has('rbac') ? { rbac: true } : {}),
    ...(caPem ? { caPem } : {}),
    ...(sender ? { sender } : {}),
    ...(appId ? { appId } : {}),
    ...(appId && credential.value ? { appCredential: { clientId: appId, credential: credential.value } } : {}),
    ...(etron ? { etron } : {}),
    // The sandbox's domains exist only inside it; a real tenant's DNS is checked with the system resolver.
    ...(dnsServer !== undefined ? { dnsResolver: dnsServer } : cloud.id === 'sandbox' ? {} : { dnsResolver: '' }),
  });
}
