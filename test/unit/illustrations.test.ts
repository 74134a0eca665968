/**
 * The screen illustrations: every catalogue entry's files exist, are well-formed SVG with a
 * <title>, small, self-contained (no scripts, no remote or inline-data references, so the page's
 * CSP holds), show the portal's real wording in their language, and every diagnosis step that is
 * done by clicking in a portal has a screen for its causes.
 */
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { CATALOGUE } from '../../electron/core/diagnosis/catalogue.js';
import { CATEGORY_IDS } from '../../electron/core/diagnosis/categories.js';
import { WIZARD_STEPS } from '../../electron/core/diagnosis/types.js';
import {
  CLICK_STEPS, ILLUSTRATION_IDS, ILLUSTRATIONS, illustrationFor, illustrationsOn, PORTAL_URLS, type IllustrationId,
} from '../../renderer/src/components/illustration-catalog.js';
import { WizardStep } from '../../renderer/src/wizard/steps.js';

const DIR = path.resolve(import.meta.dirname, '../../assets/illustrations');
const LANGUAGES = ['de', 'en'] as const;
const MAX_BYTES = 15 * 1024;

const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi;
const ATTRIBUTES = /^(?:\s+[A-Za-z_:][\w:.-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*$/;

/** A strict well-formedness check (elements nest, attributes quoted, no stray < or &); returns the root's name and the elements. */
function parseXml(xml: string): { root: string; elements: string[]; titles: string[] } {
  const stack: string[] = [];
  const elements: string[] = [];
  const titles: string[] = [];
  let root = '';
  const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<(\/?)([A-Za-z_][\w:.-]*)([^<>]*?)(\/?)>|([^<]+)|(<)/g;
  for (const m of xml.matchAll(token)) {
    const [, closing, name, attrs, selfClosing, chars, stray] = m;
    if (stray) throw new Error(`stray "<" at ${m.index}`);
    if (chars !== undefined) {
      if (chars.replace(ENTITY, '').includes('&')) throw new Error(`bad entity near ${m.index}`);
      if (chars.trim() && stack.length === 0) throw new Error('text outside the root element');
      if (stack.at(-1) === 'title') titles.push(chars);
      continue;
    }
    if (!name) continue;
    if (closing) {
      if (stack.pop() !== name) throw new Error(`</${name}> does not close the open element at ${m.index}`);
      continue;
    }
    if (!ATTRIBUTES.test(attrs ?? '')) throw new Error(`bad attributes on <${name}> at ${m.index}`);
    if ((attrs ?? '').replace(ENTITY, '').includes('&')) throw new Error(`bad entity in <${name}>`);
    if (stack.length === 0) {
      if (root) throw new Error('second root element');
      root = name;
    }
    elements.push(name);
    if (!selfClosing) stack.push(name);
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('> <')}>`);
  return { root, elements, titles };
}

/** Words each screen must show as the portal shows them (German as in the vendor guides). */
const WORDING: Readonly<Record<IllustrationId, Readonly<Record<'de' | 'en', readonly string[]>>>> = {
  'entra-grant-admin-consent': { de: ['Unternehmens-Apps', 'Administratorzustimmung für Contoso erteilen', 'SMTP.SendAsApp'], en: ['Enterprise applications', 'Grant admin consent for Contoso', 'SMTP.SendAsApp'] },
  'entra-object-id': { de: ['Objekt-ID', 'Anwendungs-ID', 'In die Zwischenablage kopieren'], en: ['Object ID', 'Application ID', 'Copy to clipboard'] },
  'admin-center-authenticated-smtp': { de: ['Aktive Benutzer', 'E-Mail-Apps verwalten', 'Authentifiziertes SMTP', 'Änderungen speichern'], en: ['Active users', 'Manage email apps', 'Authenticated SMTP', 'Save changes'] },
  'entra-redirect-uri': { de: ['Authentifizierung', 'Umleitungs-URIs', '/microsoft_outlook/confirm'], en: ['Authentication', 'Redirect URIs', '/microsoft_outlook/confirm'] },
  'entra-api-permissions': { de: ['API-Berechtigungen', 'SMTP.Send', 'IMAP.AccessAsUser.All', 'Delegiert'], en: ['API permissions', 'SMTP.Send', 'IMAP.AccessAsUser.All', 'Delegated'] },
  'entra-client-secret': { de: ['Zertifikate &amp; Geheimnisse', 'Neuer geheimer Clientschlüssel', 'Wert'], en: ['Certificates &amp; secrets', 'New client secret', 'Value'] },
  'entra-assign-users': { de: ['Benutzer und Gruppen', 'Benutzer*in/Gruppe hinzufügen'], en: ['Users and groups', 'Add user/group'] },
};

describe('illustration catalogue', () => {
  for (const id of ILLUSTRATION_IDS) {
    for (const language of LANGUAGES) {
      it(`${id} (${language}): a small, self-contained SVG with a <title> in the portal's wording`, () => {
        const entry = ILLUSTRATIONS[id];
        const file = path.join(DIR, entry.files[language]);
        assert.equal(entry.files[language], `${id}.${language}.svg`);
        assert.ok(statSync(file).size < MAX_BYTES, `${file} is ${statSync(file).size} bytes`);
        const svg = readFileSync(file, 'utf8');
        const parsed = parseXml(svg);
        assert.equal(parsed.root, 'svg');
        assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 720 430"/);
        assert.equal(parsed.elements[1], 'title', 'the <title> is the first child, as screen readers expect');
        assert.equal(parsed.titles.length, 1);
        assert.ok(parsed.titles[0]!.length > 20, parsed.titles[0]);
        for (const forbidden of ['script', 'image', 'foreignObject', 'use', 'a']) assert.equal(parsed.elements.includes(forbidden), false, `<${forbidden}>`);
        assert.doesNotMatch(svg, /href|url\((?!#)|data:|@import|on[a-z]+=/i);
        for (const word of WORDING[id][language]) assert.ok(svg.includes(`>${word}`) || svg.includes(word), `${id}.${language} lacks "${word}"`);
        assert.ok(entry.alt[language].length > 40, entry.alt[language]);
        assert.ok(entry.title[language].length > 5);
        assert.ok(entry.clicks[language].length >= 2);
        assert.equal(entry.clicks.de.length, entry.clicks.en.length, 'the same numbered clicks in both languages');
        assert.match(PORTAL_URLS[entry.portal], /^https:\/\/(entra|admin)\.microsoft\.com\/#/);
      });
    }
  }

  it('German and English texts differ (each screen is shown in the user\'s language)', () => {
    for (const id of ILLUSTRATION_IDS) {
      const entry = ILLUSTRATIONS[id];
      assert.notEqual(entry.alt.de, entry.alt.en, id);
      assert.notEqual(readFileSync(path.join(DIR, entry.files.de), 'utf8'), readFileSync(path.join(DIR, entry.files.en), 'utf8'), id);
    }
  });

  it('every diagnosis step done by clicking in a portal has a screen, and so has every cause pointing there', () => {
    for (const step of CLICK_STEPS) assert.ok((WIZARD_STEPS as readonly string[]).includes(step), step);
    assert.deepEqual(CLICK_STEPS.filter((step) => !ILLUSTRATION_IDS.some((id) => ILLUSTRATIONS[id].fixStep === step)), []);
    const withoutScreen: string[] = [];
    for (const category of CATEGORY_IDS) {
      const entry = CATALOGUE[category];
      for (const step of new Set([entry.step, ...Object.values(entry.stepFor ?? {})])) {
        if (CLICK_STEPS.includes(step) && !illustrationFor(category, step)) withoutScreen.push(`${category}@${step}`);
      }
    }
    // Off for the whole organisation is Set-TransportConfig in PowerShell; the mailbox checkbox would mislead.
    assert.deepEqual(withoutScreen, ['smtp_auth_disabled_tenant@smtp-auth']);
  });

  it('picks the screen of the cause, not only of its step', () => {
    assert.equal(illustrationFor('smtp_auth_disabled_mailbox', 'smtp-auth'), 'admin-center-authenticated-smtp');
    assert.equal(illustrationFor('service_principal_missing_or_wrong_id', 'object-id'), 'entra-object-id');
    assert.equal(illustrationFor('consent_missing', 'consent'), 'entra-grant-admin-consent');
    assert.equal(illustrationFor('redirect_uri_mismatch', 'app-registration'), 'entra-redirect-uri');
    assert.equal(illustrationFor('wrong_scope_or_resource', 'app-registration'), 'entra-api-permissions');
    assert.equal(illustrationFor('bad_client_secret', 'client-secret'), 'entra-client-secret');
    assert.equal(illustrationFor('user_not_assigned', 'assign-users'), 'entra-assign-users');
    assert.equal(illustrationFor('mailbox_permission_missing', 'exchange-powershell'), undefined);
    assert.equal(illustrationFor('network_blocked', 'network'), undefined);
  });

  it('offers on each page the screens of the fields it asks for, per product', () => {
    assert.deepEqual(illustrationsOn(WizardStep.PowerShell, 'inventory360'), ['entra-object-id', 'admin-center-authenticated-smtp']);
    assert.deepEqual(illustrationsOn(WizardStep.PowerShell, 'etron'), []);
    assert.deepEqual(illustrationsOn(WizardStep.Export, 'inventory360'), ['entra-object-id']);
    assert.deepEqual(illustrationsOn(WizardStep.Export, 'etron'), ['entra-redirect-uri', 'entra-client-secret']);
    assert.deepEqual(illustrationsOn(WizardStep.Export, 'generic'), ['entra-object-id', 'entra-client-secret']);
  });

  it('the checker refuses broken XML', () => {
    assert.throws(() => parseXml('<svg><title>x</svg>'), /does not close/);
    assert.throws(() => parseXml('<svg><text x=1>a</text></svg>'), /bad attributes/);
    assert.throws(() => parseXml('<svg><text>a & b</text></svg>'), /bad entity/);
    assert.throws(() => parseXml('<svg><g></svg>'), /does not close/);
  });
});
