/**
 * A real tenant's check on the command line starts without any app registration: the admin's
 * client is Microsoft Graph Command Line Tools unless --client-id or M365_ASSISTANT_CLIENT_ID
 * says otherwise; the ETRON mailbox signs in through ETRON's own app, so --delegated needs its
 * client ID and secret.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseArgs, type ParsedArgs } from '../../electron/cli/args.js';
import { TENANT_ONLY } from '../../electron/cli/check-command.js';
import { readTenantCheckRequest } from '../../electron/cli/tenant-check-options.js';
import { mailboxClientId } from '../../electron/cli/tenant-sign-in.js';

const args = (argv: readonly string[]): ParsedArgs => {
  const parsed = parseArgs(['--profile', argv[0]!, ...argv.slice(1)], { profile: 'value', ...TENANT_ONLY });
  assert.ok(typeof parsed !== 'string', String(parsed));
  return parsed;
};
const server = { platform: 'linux' as const, env: {} };
const tenant = ['--tenant', 'contoso.onmicrosoft.com', '--mailbox', 'info@contoso.com'];

describe('check of a real tenant: options', () => {
  it('--device-code without a client ID signs in as Microsoft Graph Command Line Tools (no placeholder stop)', () => {
    const r = readTenantCheckRequest(args(['generic', ...tenant, '--app-id', '11111111-2222-4333-8444-555555555555', '--device-code']), server);
    assert.ok(r.ok, !r.ok ? r.error.message : '');
    assert.equal(r.value.clientId, '14d82eec-204b-4c2f-b7e8-296a70dab67e');
    assert.equal(r.value.signIn, 'device-code');
    assert.equal(r.value.cloud.id, 'global');
  });

  it('--client-id, then M365_ASSISTANT_CLIENT_ID, override the default', () => {
    const env = { M365_ASSISTANT_CLIENT_ID: 'AAAAAAAA-0000-4000-8000-000000000003' };
    const flag = readTenantCheckRequest(args(['inventory360', ...tenant, '--client-id', 'aaaaaaaa-0000-4000-8000-000000000001']), { ...server, env });
    assert.equal(flag.ok && flag.value.clientId, 'aaaaaaaa-0000-4000-8000-000000000001');
    const fromEnv = readTenantCheckRequest(args(['inventory360', ...tenant]), { ...server, env });
    assert.equal(fromEnv.ok && fromEnv.value.clientId, 'aaaaaaaa-0000-4000-8000-000000000003');
  });

  it('the mailbox user signs in through the product\'s app, never the admin\'s client', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cli-options-'));
    writeFileSync(path.join(dir, 'etron.secret'), 'not-a-real-secret\n');
    const etron = readTenantCheckRequest(args(['etron', ...tenant, '--delegated', '--etron-instance', 'contoso',
      '--etron-app-id', 'e5000000-0000-4000-8000-00000000e7a0', '--etron-secret-file', path.join(dir, 'etron.secret')]), server);
    assert.ok(etron.ok);
    assert.equal(mailboxClientId(etron.value), 'e5000000-0000-4000-8000-00000000e7a0');
    const generic = readTenantCheckRequest(args(['generic', ...tenant, '--delegated', '--app-id', '11111111-2222-4333-8444-555555555555']), server);
    assert.ok(generic.ok);
    assert.equal(mailboxClientId(generic.value), '11111111-2222-4333-8444-555555555555');
    const noSecret = readTenantCheckRequest(args(['etron', ...tenant, '--delegated', '--etron-instance', 'contoso', '--etron-app-id', 'e5000000-0000-4000-8000-00000000e7a0']), server);
    assert.deepEqual(!noSecret.ok && [noSecret.error.code, noSecret.error.field], ['invalid_input', 'etron-secret-file']);
  });
});
