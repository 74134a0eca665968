/**
 * `export --profile P --out FILE` — writes the config file for Inventory360, ETRON or another
 * application. With --sandbox the values come from a check of the sandbox tenant; otherwise from
 * flags (--tenant-id, --mailbox, --object-id, --client-id, --instance, --alias-domain, --cloud …).
 * Another application that signs in with a certificate: --cert-thumbprint (SHA-1, as Entra shows it;
 * spaces and colons are fine); its file then names the certificate and never holds a secret.
 * The client secret is left out unless --with-secret is given; it is then sealed with the
 * passphrase from the environment variable named by --passphrase-env (never a flag value).
 */
import { readFileSync } from 'node:fs';
import { exportConfigFile } from '../core/export/config-file.js';
import { profileFields, type CloudId, type ProfileFieldsInput } from '../core/export/profile-configs.js';
import { cloudProfile } from '../core/clouds.js';
import { EXIT } from './exit-codes.js';
import { parseArgs } from './args.js';

const CLOUDS = new Set(['global', 'usgov-gcchigh', 'usgov-dod', 'china']);

/** Runs the export command. */
export async function runExportCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, {
    profile: 'value', out: 'value', sandbox: 'flag', 'with-secret': 'flag', 'passphrase-env': 'value', 'secret-file': 'value',
    cloud: 'value', 'tenant-id': 'value', mailbox: 'value', 'object-id': 'value', 'client-id': 'value', instance: 'value',
    'alias-domain': 'value', variant: 'value', 'secret-expires': 'value', 'cert-thumbprint': 'value', json: 'flag',
  });
  if (typeof args === 'string') return usage(args);
  const profile = args.values.get('profile');
  const out = args.values.get('out');
  if (profile !== 'inventory360' && profile !== 'etron' && profile !== 'generic') return usage('--profile must be inventory360, etron or generic');
  if (!out) return usage('--out FILE is required');
  let secret: string | undefined;
  let input: ProfileFieldsInput;
  let close: (() => Promise<void>) | undefined;
  try {
    if (args.flags.has('sandbox')) {
      const { startSandbox } = await import('../sandbox/start.js');
      const { runSandboxCheck } = await import('../demo/sandbox-check.js');
      const sb = await startSandbox({ autoApprove: true });
      close = () => sb.close();
      const result = await runSandboxCheck({ profile, sandbox: sb });
      if ('error' in result) { process.stderr.write(`export: ${result.error}\n`); return EXIT.failed; }
      const info = sb.info;
      const f = result.facts;
      if (profile === 'inventory360') {
        input = { profile, input: { cloud: 'sandbox', tenantId: info.tenantId, senderMailbox: info.mailbox, smtpHost: f.smtp.host, smtpPort: f.smtp.port, enterpriseAppObjectId: f.servicePrincipalObjectId ?? '' } };
      } else if (profile === 'etron') {
        secret = info.apps.etron.clientSecret;
        input = { profile, input: {
          cloud: 'sandbox', tenantId: info.tenantId, clientId: f.clientId ?? info.apps.etron.clientId, aliasDomain: info.domain, instance: info.apps.etron.instance,
          smtp: f.smtp, imap: f.imap, variant: 'A', mailboxes: [info.sharedMailbox], incoming: true,
          ...(f.secretExpires ? { secretExpires: f.secretExpires } : {}),
        } };
      } else {
        secret = info.apps.generic.clientSecret;
        input = { profile, input: {
          cloud: 'sandbox', tenantId: info.tenantId, clientId: info.apps.generic.clientId, flow: 'app-only', mailbox: info.mailbox,
          tokenEndpoint: info.tokenEndpoint, scope: 'https://outlook.office365.com/.default',
          smtp: f.smtp, imap: f.imap,
        } };
      }
    } else {
      const cloudId = args.values.get('cloud') ?? 'global';
      if (!CLOUDS.has(cloudId)) return usage('--cloud must be global, usgov-gcchigh, usgov-dod or china');
      const cloud = cloudProfile(cloudId as Exclude<CloudId, 'sandbox'>);
      const v = (name: string): string => args.values.get(name) ?? '';
      const expires = args.values.get('secret-expires');
      if (profile === 'inventory360') {
        input = { profile, input: { cloud: cloud.id, tenantId: v('tenant-id'), senderMailbox: v('mailbox'), smtpHost: cloud.smtp.host, smtpPort: cloud.smtp.port, enterpriseAppObjectId: v('object-id') } };
      } else if (profile === 'etron') {
        const mailboxes = v('mailbox').split(',').map((m) => m.trim()).filter(Boolean);
        input = { profile, input: {
          cloud: cloud.id, ...(args.values.get('tenant-id') ? { tenantId: v('tenant-id') } : {}), clientId: v('client-id'), aliasDomain: v('alias-domain'),
          instance: v('instance'), smtp: cloud.smtp, imap: cloud.imap, variant: v('variant') === 'B' ? 'B' : 'A', mailboxes, incoming: true,
          ...(expires ? { secretExpires: expires } : {}),
        } };
      } else {
        const typed = args.values.get('cert-thumbprint');
        const thumbprint = typed === undefined ? undefined : typed.replace(/[\s:]/g, '').toUpperCase();
        if (thumbprint !== undefined && !/^[0-9A-F]{40}$/.test(thumbprint)) return usage('--cert-thumbprint must be the certificate\'s SHA-1 thumbprint: 40 hex digits, as Entra shows it');
        if (thumbprint && (args.flags.has('with-secret') || expires)) return usage('--cert-thumbprint: an app that signs in with a certificate has no client secret (leave out --with-secret and --secret-expires)');
        input = { profile, input: {
          cloud: cloud.id, tenantId: v('tenant-id'), clientId: v('client-id'), flow: 'app-only', mailbox: v('mailbox'),
          tokenEndpoint: `${cloud.authorityHost}/${v('tenant-id')}/oauth2/v2.0/token`, scope: cloud.scopes.appOnly[0]!,
          smtp: cloud.smtp, imap: cloud.imap,
          ...(thumbprint ? { credential: 'certificate' as const, certificateThumbprint: thumbprint } : { ...(expires ? { secretExpires: expires } : {}) }),
        } };
      }
      const secretFile = args.values.get('secret-file');
      if (secretFile) secret = readFileSync(secretFile, 'utf8').trim();
    }
    let sealWith: { value: string; passphrase: string } | undefined;
    if (args.flags.has('with-secret')) {
      const envName = args.values.get('passphrase-env') ?? 'M365_EXPORT_PASSPHRASE';
      const passphrase = process.env[envName];
      if (!secret) return usage('--with-secret: there is no secret to include (give --secret-file, or use --sandbox with etron/generic)');
      if (!passphrase) return usage(`--with-secret needs the passphrase in the environment variable ${envName}`);
      sealWith = { value: secret, passphrase };
    }
    const { profile: p, fields } = profileFields(input);
    const written = await exportConfigFile(out, p, fields, sealWith);
    if (!written.ok) {
      process.stderr.write(`export: ${written.error.message}${written.error.field ? ` (field ${written.error.field})` : ''}\n`);
      return written.error.code === 'invalid_input' ? EXIT.usage : EXIT.failed;
    }
    process.stderr.write(`export: written ${written.value}${sealWith ? ' (client secret encrypted)' : ' (no secret included)'}\n`);
    return EXIT.ok;
  } catch (err) {
    process.stderr.write(`export: ${(err as Error).message}\n`);
    return EXIT.failed;
  } finally {
    await close?.();
  }
}

function usage(message: string): number {
  process.stderr.write(`export: ${message}\n`);
  return EXIT.usage;
}
