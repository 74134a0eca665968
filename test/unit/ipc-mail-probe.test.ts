/**
 * The live mail probes of the tenant check through the handler table: the product's pasted client
 * secret is bounded and checked (a GUID is the Secret ID), kept only for this check (never in a
 * result, never echoed in an error); on the demo tenant the check signs in as the Other
 * application and probes SMTP, so "Authenticated SMTP still off" is Exchange's 535 5.7.139.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createHandlers } from '../../electron/ipc/handlers.js';
import { validateTenantCheckRequest } from '../../electron/ipc/ops/tenant-check-ops.js';
import { mailCredentials } from '../../electron/ipc/ops/mail-credentials.js';
import { cloudProfile } from '../../electron/core/clouds.js';
import { SANDBOX_IDS } from '../../electron/sandbox/tenant-seed.js';
import { formSignIn } from '../helpers/form-sign-in.js';

const ADMIN = { username: 'admin@contoso.example', password: 'Sandbox-Admin-1' };
const MAILBOX = 'notifications@contoso.example';
const APP = SANDBOX_IDS.genericAppId;
/** Entra's secret shape (three characters, a digit, "Q~", then 34 more). */
const PASTED = `Xy7Q~${'a1B2c3D4e5'.repeat(3)}abcd`;
const GENERIC = { profile: 'generic', mailbox: MAILBOX, generic: { appId: APP, flow: 'app-only', imap: false } } as const;

describe('the product secret in a tenant check request', () => {
  it('is taken for generic app-only and ETRON, trimmed; empty is none; delegated does not keep it', () => {
    const generic = validateTenantCheckRequest({ ...GENERIC, generic: { ...GENERIC.generic, clientSecret: ` ${PASTED} ` } });
    assert.ok(generic.ok);
    assert.equal(generic.value.generic?.clientSecret, PASTED);
    const empty = validateTenantCheckRequest({ ...GENERIC, generic: { ...GENERIC.generic, clientSecret: '  ' } });
    assert.ok(empty.ok);
    assert.equal('clientSecret' in (empty.value.generic ?? {}), false);
    const delegated = validateTenantCheckRequest({ ...GENERIC, generic: { ...GENERIC.generic, flow: 'delegated', clientSecret: PASTED } });
    assert.ok(delegated.ok);
    assert.equal('clientSecret' in (delegated.value.generic ?? {}), false);
    const etron = validateTenantCheckRequest({ profile: 'etron', mailbox: MAILBOX, etron: { instance: 'acme', clientSecret: PASTED } });
    assert.ok(etron.ok);
    assert.equal(etron.value.etron?.clientSecret, PASTED);
  });

  it('is refused when too long, not text, with spaces inside, or a GUID (the Secret ID) — never echoed', () => {
    const cases: ReadonlyArray<readonly [unknown, string]> = [
      ['a'.repeat(257), 'generic.clientSecret'],
      [42, 'generic.clientSecret'],
      ['two words here', 'generic.clientSecret'],
      ['short', 'generic.clientSecret'],
      ['0f8fad5b-d9cb-469f-a165-70867728950e', 'generic.clientSecret'],
    ];
    for (const [clientSecret, field] of cases) {
      const r = validateTenantCheckRequest({ ...GENERIC, generic: { ...GENERIC.generic, clientSecret } });
      assert.ok(!r.ok, String(clientSecret));
      assert.equal(r.error.field, field);
      assert.ok(typeof clientSecret !== 'string' || clientSecret.length < 8 || !r.error.message.includes(clientSecret), 'the value is not echoed');
    }
    const guid = validateTenantCheckRequest({ profile: 'etron', mailbox: MAILBOX, etron: { instance: 'acme', clientSecret: '0f8fad5b-d9cb-469f-a165-70867728950e' } });
    assert.ok(!guid.ok);
    assert.equal(guid.error.message, '"etron.clientSecret" is a GUID: that is the secret\'s ID, not its value.');
  });

  it('becomes the app credential (generic) or ETRON\'s sign-in (with a redirect catcher), and is listed for redaction', () => {
    const cloud = cloudProfile('global');
    const generic = mailCredentials({ ...GENERIC, generic: { ...GENERIC.generic, clientSecret: PASTED } }, { cloud });
    assert.deepEqual(generic.options.appCredential, { clientId: APP, credential: { kind: 'secret', clientSecret: PASTED } });
    assert.deepEqual(generic.secrets, [PASTED]);
    const etronRequest = { profile: 'etron', mailbox: MAILBOX, etron: { instance: 'acme', appId: SANDBOX_IDS.etronAppId, clientSecret: PASTED } } as const;
    const noWindow = mailCredentials(etronRequest, { cloud });
    assert.equal(noWindow.options.mailboxTokens, undefined, 'no window, no sign-in');
    assert.equal(noWindow.options.etron?.clientSecret, PASTED, 'the secret is still tested');
    const withWindow = mailCredentials(etronRequest, { cloud, catchRedirect: async () => 'https://acme.wawi.onretail.eu/microsoft_outlook/confirm?error=access_denied' });
    assert.equal(withWindow.options.mailboxTokens?.clientId, SANDBOX_IDS.etronAppId);
    assert.deepEqual(withWindow.secrets, [PASTED]);
    const inventory = mailCredentials({ profile: 'inventory360', mailbox: MAILBOX }, { cloud });
    assert.deepEqual(inventory, { options: {}, secrets: [] }, 'Inventory360: the customer has no secret');
  });
});

describe('the tenant check probes SMTP as the Other application', () => {
  it('on the demo tenant: 535 5.7.139 while Authenticated SMTP is off for the mailbox; a wrong pasted secret is refused and never shown', async () => {
    const handlers = createHandlers({ openExternal: async (url, trust) => { if (trust) await formSignIn(url, { caPem: trust.caPem, ...ADMIN }); } });
    try {
      assert.ok((await handlers.handle('startDemoSandbox', { scenarios: ['smtp-auth-disabled-mailbox'] })).ok);
      assert.ok((await handlers.handle('signIn', { cloud: 'sandbox', mode: 'browser' })).ok);
      const off = await handlers.handle('runTenantCheck', GENERIC);
      assert.ok(off.ok, JSON.stringify(off));
      const smtp = (off.value as { steps: Array<{ id: string; status: string; serverReply?: string }> }).steps.find((s) => s.id === 'smtp');
      assert.equal(smtp?.status, 'fail');
      assert.match(smtp?.serverReply ?? '', /^535 5\.7\.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox\./);

      const wrong = await handlers.handle('runTenantCheck', { ...GENERIC, generic: { ...GENERIC.generic, clientSecret: PASTED } });
      assert.ok(wrong.ok, JSON.stringify(wrong));
      const text = JSON.stringify(wrong.value);
      assert.ok(!text.includes(PASTED), 'the pasted secret is not in the result');
      const token = (wrong.value as { steps: Array<{ id: string; status: string; serverReply?: string }> }).steps.find((s) => s.id === 'token');
      assert.equal(token?.status, 'fail');
      assert.match(token?.serverReply ?? '', /AADSTS7000215/);
    } finally {
      await handlers.dispose();
    }
  });
});
