import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CATALOGUE, CATALOGUE_PROFILE_FIXES, CATALOGUE_TEXTS, describeCategory, stepFor } from '../../electron/core/diagnosis/catalogue.js';
import { CATEGORY_IDS } from '../../electron/core/diagnosis/categories.js';
import { AADSTS_TABLE } from '../../electron/core/diagnosis/patterns-entra.js';
import { TOKEN_CHECK_CATEGORY } from '../../electron/core/diagnosis/patterns-token-check.js';
import { PROFILES, TOKEN_CHECK_MISMATCHES, WIZARD_STEPS } from '../../electron/core/diagnosis/types.js';

describe('diagnosis catalogue', () => {
  for (const id of CATEGORY_IDS) {
    it(`${id}: step, severity, profiles, and German and English texts`, () => {
      const entry = CATALOGUE[id];
      assert.equal(entry.category, id);
      assert.ok((WIZARD_STEPS as readonly string[]).includes(entry.step), `step ${entry.step}`);
      for (const [profile, step] of Object.entries(entry.stepFor ?? {})) {
        assert.ok((PROFILES as readonly string[]).includes(profile) && (WIZARD_STEPS as readonly string[]).includes(step));
      }
      assert.ok(['blocking', 'transient', 'info'].includes(entry.severity));
      assert.ok(entry.profiles.length > 0 && entry.profiles.every((p) => (PROFILES as readonly string[]).includes(p)));

      const de = CATALOGUE_TEXTS.de[id];
      const en = CATALOGUE_TEXTS.en[id];
      for (const t of [de, en]) {
        assert.ok(t.title.length >= 10 && t.cause.length >= 40, 'title and cause are sentences');
        assert.ok(t.fix.length >= 2 && t.fix.every((s) => s.length >= 10), 'at least two concrete fix steps');
        assert.equal(t.waitHint !== undefined, entry.waitLikely, 'a wait hint exactly when waiting is often the answer');
      }
      const fixesDe = CATALOGUE_PROFILE_FIXES.de[id] ?? {};
      const fixesEn = CATALOGUE_PROFILE_FIXES.en[id] ?? {};
      for (const [profile, steps] of [...Object.entries(fixesDe), ...Object.entries(fixesEn)]) {
        assert.ok(entry.profiles.includes(profile as (typeof PROFILES)[number]), `fix for ${profile} only where the category occurs`);
        assert.ok((steps ?? []).length >= 2);
      }
      assert.notEqual(de.title, en.title, 'German is translated, not copied');
      assert.notEqual(de.cause, en.cause);
      assert.deepEqual(Object.keys(fixesDe), Object.keys(fixesEn), 'both languages have the same profile variants');
      for (const profile of Object.keys(fixesDe) as (typeof PROFILES)[number][]) {
        assert.equal(fixesDe[profile]?.length, fixesEn[profile]?.length, `${profile} steps correspond one to one`);
      }
      assert.equal(de.fix.length, en.fix.length, 'the steps correspond one to one');
    });
  }

  it('every wait hint names 30 minutes and 24 hours', () => {
    for (const id of CATEGORY_IDS) {
      const { de, en } = describeCategory(id);
      if (!CATALOGUE[id].waitLikely) continue;
      assert.match(en?.waitHint ?? '', /30 minutes.*24 hours/);
      assert.match(de?.waitHint ?? '', /30 Minuten.*24 Stunden/);
    }
  });

  it('names the exact screens and commands of the vendor guides', () => {
    const en = CATALOGUE_TEXTS.en;
    const de = CATALOGUE_TEXTS.de;
    assert.equal(en.smtp_auth_disabled_mailbox.fix[0], 'Microsoft 365 admin center → Users → Active users → <user> → Mail → Manage email apps → tick "Authenticated SMTP" → Save changes.');
    assert.equal(en.smtp_auth_disabled_mailbox.fix[1], 'Or in Exchange Online PowerShell: Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false');
    assert.equal(de.smtp_auth_disabled_mailbox.fix[0], 'Microsoft 365 Admin Center → Users → Active users → <Benutzer> → Mail → Manage email apps → Haken bei „Authenticated SMTP“ setzen → Save changes.');
    assert.equal(de.mailbox_permission_missing.fix[1], 'Für eine Anwendung: Add-MailboxPermission -Identity <Postfach> -User <Objekt-ID> -AccessRights FullAccess (Objekt-ID der Unternehmensanwendung).');
    assert.equal(describeCategory('service_principal_missing_or_wrong_id', { languages: ['de'], profile: 'inventory360' }).de?.fix[3],
      'New-ServicePrincipal -AppId 15dd278a-3da9-4654-9edd-568380df74d0 -ObjectId <Objekt-ID> -DisplayName "Inventory360_Mail_Notification"');
  });

  it('profile steps: the product\'s own settings screen where it has one', () => {
    assert.equal(stepFor('basic_auth_used'), 'client-settings');
    assert.equal(stepFor('basic_auth_used', 'inventory360'), 'inventory360-settings');
    assert.equal(stepFor('basic_auth_used', 'etron'), 'etron-settings');
    assert.equal(stepFor('send_as_denied', 'etron'), 'etron-settings');
    assert.equal(stepFor('send_as_denied', 'generic'), 'exchange-powershell');
  });

  it('every AADSTS code and token-check mismatch maps to a catalogue category', () => {
    for (const entry of Object.values(AADSTS_TABLE)) for (const p of entry.proposals) assert.ok(CATEGORY_IDS.includes(p.category));
    assert.deepEqual(Object.keys(TOKEN_CHECK_CATEGORY).sort(), [...TOKEN_CHECK_MISMATCHES].sort());
    assert.equal(TOKEN_CHECK_CATEGORY.audience_graph_for_smtp, 'wrong_scope_or_resource');
    assert.equal(TOKEN_CHECK_CATEGORY.missing_role_smtp_sendasapp, 'consent_missing');
    assert.equal(TOKEN_CHECK_CATEGORY.upn_mismatch, 'mailbox_permission_missing');
  });
});
