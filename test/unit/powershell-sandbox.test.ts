import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { cloudProfile } from '../../electron/core/clouds.js';
import { inventory360Script } from '../../electron/core/powershell/inventory360.js';
import type { ExchangeCommand } from '../../electron/core/powershell/command.js';
import { SANDBOX_IDS, SANDBOX_NAMES } from '../../electron/sandbox/tenant-seed.js';
import { request, startSandbox, type RunningSandbox, adminRequest } from '../helpers/sandbox.js';

/**
 * The structured commands are the contract with the sandbox's Exchange stand-in: the demo mode
 * runs exactly the steps the script contains, through POST /_sandbox/exchange/cmdlet.
 */
describe('PowerShell steps run in the sandbox (demo mode)', () => {
  let sb: RunningSandbox;
  before(async () => {
    sb = await startSandbox({ scenarios: ['service-principal-missing', 'mailbox-permission-missing', 'send-as-denied', 'smtp-auth-disabled-mailbox'] });
  });
  after(() => sb.close());

  const run = (command: ExchangeCommand) => adminRequest(sb, 'POST', '/exchange/cmdlet', command);

  it('repairs a tenant broken in four ways with the Inventory360 script’s own steps', async () => {
    const generated = inventory360Script({
      organization: SANDBOX_NAMES.initialDomain, cloud: cloudProfile('sandbox', sb.info),
      servicePrincipalObjectId: SANDBOX_IDS.inventory360SpId, mailbox: sb.info.mailbox, sendAsAddress: sb.info.sharedMailbox,
    });
    assert.equal(generated.ok, true);
    const commands = generated.ok ? generated.value.commands : [];
    for (const command of commands) {
      const reply = await run(command);
      assert.equal(reply.status, 200, `${command.cmdlet}: ${reply.text}`);
      assert.equal(reply.json().ok, true, command.cmdlet);
    }
    const exchange = sb.context.state.current().exchange;
    assert.deepEqual(exchange.servicePrincipals.find((p) => p.appId === '15dd278a-3da9-4654-9edd-568380df74d0'),
      { appId: '15dd278a-3da9-4654-9edd-568380df74d0', objectId: SANDBOX_IDS.inventory360SpId, displayName: 'Inventory360_Mail_Notification' });
    const rights = (mailboxId: string) => exchange.permissions
      .filter((p) => p.mailboxId === mailboxId && p.trusteeId === SANDBOX_IDS.inventory360SpId).map((p) => p.accessRights);
    assert.deepEqual(rights(SANDBOX_IDS.mailboxUserId), ['FullAccess']);
    assert.deepEqual(rights(SANDBOX_IDS.sharedMailboxId), ['SendAs']);
    const mailbox = sb.context.state.current().users.find((u) => u.id === SANDBOX_IDS.mailboxUserId)!;
    assert.equal(mailbox.smtpClientAuthenticationDisabled, false);
  });
});
