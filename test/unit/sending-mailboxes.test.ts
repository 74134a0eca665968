/**
 * ETRON's sending mailboxes as the later pages and the settings file see them: the sign-in page's
 * first, then the further ones, trimmed, without empty rows or repeats; the generic app's
 * certificate thumbprint, as Entra writes it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { knownFacts } from '../../renderer/src/known-facts.js';
import { sendingMailboxes } from '../../renderer/src/wizard/page-values.js';
import { progressOf } from '../../renderer/src/slices/wait-test-slice.js';
import type { AssistantState } from '../../renderer/src/store.js';

const FORM = {
  mailbox: ' notifications@contoso.example ', sender: '', etronInstance: 'contoso', etronAppId: '', genericAppId: '', genericFlow: 'app-only',
  genericImap: false, genericCredential: 'secret', genericThumbprint: '',
} as const;

describe('sending mailboxes', () => {
  it('keeps the order, drops empty rows and repeats in any case', () => {
    assert.deepEqual(sendingMailboxes(FORM.mailbox, ['', 'anna.schmidt@contoso.example', ' NOTIFICATIONS@contoso.example', 'anna.schmidt@CONTOSO.example ']),
      ['notifications@contoso.example', 'anna.schmidt@contoso.example']);
    assert.deepEqual(sendingMailboxes('', ['  ']), []);
  });

  it('are known facts for ETRON only, with the variant; the generic certificate\'s thumbprint in Entra\'s spelling', () => {
    const base = { demoStatus: { running: false } as const, checkResult: undefined };
    assert.deepEqual(knownFacts({ ...base, profile: 'etron', tenantForm: FORM, etronMoreMailboxes: ['anna.schmidt@contoso.example'], etronVariant: 'B' }), {
      etronMailboxes: ['notifications@contoso.example', 'anna.schmidt@contoso.example'], etronVariant: 'B',
    });
    assert.deepEqual(knownFacts({ ...base, profile: 'generic', tenantForm: { ...FORM, genericAppId: 'e5000000-0000-4000-8000-00000000a001', genericCredential: 'certificate', genericThumbprint: '48 09 d6 ea 89 a7 c4 3f 69 ff ac 84 65 6f 8c bc b5 71 b1 f9' } }), {
      appId: 'e5000000-0000-4000-8000-00000000a001', certificateThumbprint: '4809D6EA89A7C43F69FFAC84656F8CBCB571B1F9',
    });
    assert.deepEqual(knownFacts({ ...base, profile: 'generic', tenantForm: { ...FORM, genericThumbprint: '4809D6EA89A7C43F69FFAC84656F8CBCB571B1F9' } }), {}, 'a secret-using app has no thumbprint');
  });
});

describe('kept progress of the Other application and ETRON variant B', () => {
  it('keeps the app ID, flow, credential kind and thumbprint in Entra\'s spelling, and the further ETRON mailboxes that are addresses', () => {
    const base = {
      step: 'client-secret', signInTenant: '', account: undefined, checkResult: undefined, checkKind: undefined, waitOutcome: undefined,
      savedCheck: undefined, savedRetest: undefined, waitStartedAt: undefined, etronMoreMailboxes: [] as string[],
    };
    const generic = progressOf({
      ...base, profile: 'generic',
      tenantForm: { ...FORM, genericAppId: ' E5000000-0000-4000-8000-00000000A001 ', genericCredential: 'certificate', genericThumbprint: '48:09:d6:ea:89:a7:c4:3f:69:ff:ac:84:65:6f:8c:bc:b5:71:b1:f9' },
    } as unknown as AssistantState);
    assert.deepEqual(
      [generic.genericAppId, generic.genericFlow, generic.genericImap, generic.genericCredential, generic.certificateThumbprint],
      ['e5000000-0000-4000-8000-00000000a001', 'app-only', false, 'certificate', '4809D6EA89A7C43F69FFAC84656F8CBCB571B1F9'],
    );
    const etron = progressOf({ ...base, profile: 'etron', tenantForm: FORM, etronMoreMailboxes: ['anna.schmidt@contoso.example', 'not an address', ''] } as unknown as AssistantState);
    assert.deepEqual(etron.etronMoreMailboxes, ['anna.schmidt@contoso.example']);
    assert.equal(etron.genericAppId, undefined, 'no Other-application fields for ETRON');
  });
});
