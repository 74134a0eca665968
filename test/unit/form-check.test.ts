/**
 * Every form of the wizard checks itself the same way (renderer/src/wizard/form-check.ts): on
 * send, every field's problem at once — "Pflichtfeld." / "Required." for an empty required field,
 * the value's own problem otherwise — in the form's order.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MESSAGES } from '../../renderer/src/messages/all.js';
import { tenantCheckFormFields } from '../../renderer/src/components/tenant-check-fields.js';
import { formProblems, type FormField } from '../../renderer/src/wizard/form-check.js';

const EMPTY_FORM = {
  mailbox: '', sender: '', etronInstance: '', etronAppId: '', genericAppId: '', genericFlow: 'app-only', genericImap: false,
  genericCredential: 'secret', genericThumbprint: '',
} as const;

describe('form check: every problem at once', () => {
  it('an empty send names every required field in German and English, and nothing about optional ones', () => {
    const fields: FormField[] = [
      { id: 'mailbox', value: '', required: true, kind: 'address' },
      { id: 'sender', value: '  ', required: false, kind: 'address' },
      { id: 'app', value: '', required: true, kind: 'guid' },
      { id: 'thumbprint', value: '', required: true, kind: 'thumbprint' },
    ];
    assert.deepEqual(formProblems(fields, MESSAGES.de.path), { mailbox: 'Pflichtfeld.', app: 'Pflichtfeld.', thumbprint: 'Pflichtfeld.' });
    assert.deepEqual(formProblems(fields, MESSAGES.en.path), { mailbox: 'Required.', app: 'Required.', thumbprint: 'Required.' });
  });

  it('a wrong value is named with its own problem next to the empty ones, in the form\'s order', () => {
    const fields: FormField[] = [
      { id: 'mailbox', value: 'notifications@contoso', required: true, kind: 'address' },
      { id: 'app', value: '', required: true, kind: 'guid' },
      { id: 'thumbprint', value: '12:34', required: true, kind: 'thumbprint' },
      { id: 'own', value: 'x', required: false, check: (v) => (v.length > 3 ? undefined : 'too short') },
    ];
    const en = formProblems(fields, MESSAGES.en.path);
    assert.deepEqual(Object.keys(en), ['mailbox', 'app', 'thumbprint', 'own']);
    assert.deepEqual(en, {
      mailbox: MESSAGES.en.path.notAddress, app: 'Required.', thumbprint: MESSAGES.en.path.notThumbprint, own: 'too short',
    });
    assert.equal(formProblems(fields, MESSAGES.de.path).thumbprint, 'Ein Fingerabdruck hat 40 Zeichen 0–9 und A–F (SHA-1, wie Entra ihn zeigt).');
  });

  it('the tenant check form of each product: all its required fields at once, the optional ones quiet', () => {
    const de = MESSAGES.de;
    assert.deepEqual(formProblems(tenantCheckFormFields(EMPTY_FORM, 'etron', de.checks.fieldErrors), de.path), {
      'tenant-mailbox': 'Pflichtfeld.', 'tenant-etron-instance': 'Pflichtfeld.',
    });
    const en = MESSAGES.en;
    assert.deepEqual(formProblems(tenantCheckFormFields({ ...EMPTY_FORM, sender: 'info@', genericAppId: 'my-app' }, 'generic', en.checks.fieldErrors), en.path), {
      'tenant-mailbox': 'Required.', 'tenant-sender': en.checks.fieldErrors.sender, 'tenant-generic-app-id': en.checks.fieldErrors['generic.appId'],
    });
    assert.deepEqual(formProblems(tenantCheckFormFields({ ...EMPTY_FORM, mailbox: 'info@contoso.example' }, 'inventory360', en.checks.fieldErrors), en.path), {});
  });
});
