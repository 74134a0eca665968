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
import { textNodes } from './illustration-svg.js';
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

/** The numbered accent frames mark() draws (orange, 3.5 wide). */
function markFrames(svg: string): { x: number; y: number; w: number; h: number }[] {
  const frame = /<rect class="r" x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" height="([\d.]+)" rx="7" fill="none" stroke="#e8590c" stroke-width="3.5"\/>/g;
  return [...svg.matchAll(frame)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), w: Number(m[3]), h: Number(m[4]) }));
}

/** A text is framed when its baseline lies within the frame's height and its run overlaps the frame's width. */
function inside(node: { x: number; y: number; width: number }, f: { x: number; y: number; w: number; h: number }): boolean {
  return node.y >= f.y && node.y <= f.y + f.h && node.x < f.x + f.w && node.x + node.width > f.x;
}

/** Words each screen must show as the portal shows them (German as in the vendor guides). */
const WORDING: Readonly<Record<IllustrationId, Readonly<Record<'de' | 'en', readonly string[]>>>> = {
  'entra-grant-admin-consent': { de: ['Unternehmensanwendungen', 'Administratorzustimmung für Contoso erteilen', 'SMTP.SendAsApp'], en: ['Enterprise applications', 'Grant admin consent for Contoso', 'SMTP.SendAsApp'] },
  'entra-object-id': { de: ['Objekt-ID', 'Anwendungs-ID', 'In die Zwischenablage kopieren'], en: ['Object ID', 'Application ID', 'Copy to clipboard'] },
  'admin-center-authenticated-smtp': { de: ['Aktive Benutzer', 'E-Mail-Apps verwalten', 'Authentifiziertes SMTP', 'Änderungen speichern'], en: ['Active users', 'Manage email apps', 'Authenticated SMTP', 'Save changes'] },
  'entra-redirect-uri': { de: ['Authentifizierung', 'Umleitungs-URIs', '/microsoft_outlook/confirm'], en: ['Authentication', 'Redirect URIs', '/microsoft_outlook/confirm'] },
  'entra-api-permissions': { de: ['API-Berechtigungen', 'SMTP.Send', 'IMAP.AccessAsUser.All', 'Delegiert'], en: ['API permissions', 'SMTP.Send', 'IMAP.AccessAsUser.All', 'Delegated'] },
  'entra-client-secret': { de: ['Zertifikate &amp; Geheimnisse', 'Neuer geheimer Clientschlüssel', 'Wert'], en: ['Certificates &amp; secrets', 'New client secret', 'Value'] },
  'entra-assign-users': { de: ['Benutzer und Gruppen', 'Benutzer*in/Gruppe hinzufügen'], en: ['Users and groups', 'Add user/group'] },
  // Microsoft Learn "Registrieren einer Anwendung" / "Validierungsunterschiede nach unterstützten Kontotypen" (de-de).
  'entra-new-registration': { de: ['Neue Registrierung', 'Unterstützte Kontotypen', 'Umleitungs-URI', 'Registrieren', 'persönliche Microsoft-Konten (z. B. Skype, Xbox)', '/microsoft_outlook/confirm'], en: ['New registration', 'Supported account types', 'Redirect URI', 'Register', 'personal Microsoft accounts (e.g. Skype, Xbox)', '/microsoft_outlook/confirm'] },
  // Odoo 16.0 views; German from Odoo's de.po (sources: assets/illustrations/generate/odoo-labels.mjs).
  'odoo-general-settings': { de: ['Allgemeine Einstellungen', 'Benutzerdefinierte E-Mail-Server', 'Alias-Domain', 'Outlook-Anmeldedaten', 'Geheimnis', 'Speichern'], en: ['General Settings', 'Custom Email Servers', 'Alias Domain', 'Outlook Credentials', 'Secret', 'Save'] },
  'odoo-outgoing-server': { de: ['Postausgangsserver', 'Authentifizieren mit', 'Outlook-OAuth-Authentifizierung', 'VON-Filterung', 'Benutzername', 'Verbinden Sie Ihr Outlook-Konto', 'Verbindung testen'], en: ['Outgoing Mail Servers', 'Authenticate with', 'Outlook OAuth Authentication', 'FROM Filtering', 'Username', 'Connect your Outlook account', 'Test Connection'] },
  'odoo-incoming-server': { de: ['Posteingangsserver', 'Servertyp', 'Outlook-OAuth-Authentifizierung', 'Benutzername', 'Verbinden Sie Ihr Outlook-Konto', 'Testen &amp; Bestätigen'], en: ['Incoming Mail Servers', 'Server Type', 'Outlook OAuth Authentication', 'Username', 'Connect your Outlook account', 'Test &amp; Confirm'] },
  'odoo-system-parameters': { de: ['Technisch', 'Systemparameter', 'Schlüssel', 'mail.default.from', 'mail.catchall.domain'], en: ['Technical', 'System Parameters', 'Key', 'mail.default.from', 'mail.catchall.domain'] },
  'exchange-powershell-window': { de: ['Windows PowerShell', 'Connect-ExchangeOnline', 'New-ServicePrincipal', 'Add-MailboxPermission', 'Rechtsklick'], en: ['Windows PowerShell', 'Connect-ExchangeOnline', 'New-ServicePrincipal', 'Add-MailboxPermission', 'right-click'] },
  'entra-grant-admin-consent-generic': { de: ['Unternehmensanwendungen', 'Mail-App', 'Administratorzustimmung für Contoso erteilen', 'SMTP.SendAsApp'], en: ['Enterprise applications', 'Mail-App', 'Grant admin consent for Contoso', 'SMTP.SendAsApp'] },
  'entra-object-id-generic': { de: ['Mail-App', 'Objekt-ID', 'Anwendungs-ID', 'In die Zwischenablage kopieren'], en: ['Mail-App', 'Object ID', 'Application ID', 'Copy to clipboard'] },
  'entra-client-secret-generic': { de: ['Mail-App', 'Zertifikate &amp; Geheimnisse', 'Neuer geheimer Clientschlüssel', 'Wert'], en: ['Mail-App', 'Certificates &amp; secrets', 'New client secret', 'Value'] },
  // Microsoft Learn de-de howto-create-service-principal-portal: „Zertifikate & Geheimnisse“, „Zertifikat hochladen“, „Hinzufügen“.
  'entra-upload-certificate': { de: ['Zertifikate &amp; Geheimnisse', 'Zertifikate (1)', 'Zertifikat hochladen', 'Fingerabdruck', 'Hinzufügen'], en: ['Certificates &amp; secrets', 'Certificates (1)', 'Upload certificate', 'Thumbprint', 'Add'] },
};

/**
 * UI labels that differ between the languages, [English, German]: the German drawing shows the German
 * one and never the English one (the German portal or Odoo shows no English label where it has a German one).
 */
const LABELS: Readonly<Record<IllustrationId, readonly (readonly [string, string])[]>> = {
  'entra-grant-admin-consent': [['Enterprise applications', 'Unternehmensanwendungen'], ['Permissions', 'Berechtigungen'], ['Grant admin consent', 'Administratorzustimmung'], ['Application', 'Anwendung']],
  'entra-object-id': [['Object ID', 'Objekt-ID'], ['Application ID', 'Anwendungs-ID'], ['Overview', 'Übersicht'], ['Copy to clipboard', 'In die Zwischenablage kopieren']],
  'admin-center-authenticated-smtp': [['Active users', 'Aktive Benutzer'], ['Manage email apps', 'E-Mail-Apps verwalten'], ['Authenticated SMTP', 'Authentifiziertes SMTP'], ['Save changes', 'Änderungen speichern']],
  'entra-redirect-uri': [['Authentication', 'Authentifizierung'], ['Redirect URIs', 'Umleitungs-URIs'], ['Add URI', 'URI hinzufügen'], ['Save', 'Speichern']],
  'entra-api-permissions': [['API permissions', 'API-Berechtigungen'], ['Add a permission', 'Berechtigung hinzufügen'], ['Delegated', 'Delegiert']],
  'entra-client-secret': [['Certificates &amp; secrets', 'Zertifikate &amp; Geheimnisse'], ['New client secret', 'Neuer geheimer Clientschlüssel'], ['Value', 'Wert'], ['Secret ID', 'Geheime ID']],
  'entra-assign-users': [['Users and groups', 'Benutzer und Gruppen'], ['Add user/group', 'Benutzer*in/Gruppe hinzufügen'], ['Role assigned', 'Zugewiesene Rolle']],
  'entra-new-registration': [['App registrations', 'App-Registrierungen'], ['New registration', 'Neue Registrierung'], ['Register an application', 'Anwendung registrieren'], ['Supported account types', 'Unterstützte Kontotypen'], ['Accounts in', 'Konten in'], ['personal Microsoft accounts', 'persönliche Microsoft-Konten'], ['Redirect URI', 'Umleitungs-URI'], ['Register', 'Registrieren'], ['admin center', 'Admin Center']],
  'odoo-general-settings': [['Settings', 'Einstellungen'], ['General Settings', 'Allgemeine Einstellungen'], ['Discuss', 'Dialog'], ['Custom Email Servers', 'Benutzerdefinierte E-Mail-Server'], ['Configure your own email servers', 'E-Mail-Server konfigurieren'], ['Alias Domain', 'Alias-Domain'], ['Outgoing Email Servers', 'Ausgehender Mail-Server'], ['Outlook Credentials', 'Outlook-Anmeldedaten'], ['Secret', 'Geheimnis'], ['Save', 'Speichern'], ['Discard', 'Verwerfen']],
  'odoo-outgoing-server': [['Outgoing Mail Servers', 'Postausgangsserver'], ['Test Connection', 'Verbindung testen'], ['FROM Filtering', 'VON-Filterung'], ['Authenticate with', 'Authentifizieren mit'], ['Username', 'Benutzername'], ['Outlook OAuth Authentication', 'Outlook-OAuth-Authentifizierung'], ['Connect your Outlook account', 'Verbinden Sie Ihr Outlook-Konto'], ['Technical', 'Technisch']],
  'odoo-incoming-server': [['Incoming Mail Servers', 'Posteingangsserver'], ['Test &amp; Confirm', 'Testen &amp; Bestätigen'], ['Server Type', 'Servertyp'], ['Username', 'Benutzername'], ['Outlook OAuth Authentication', 'Outlook-OAuth-Authentifizierung'], ['Connect your Outlook account', 'Verbinden Sie Ihr Outlook-Konto']],
  'odoo-system-parameters': [['System Parameters', 'Systemparameter'], ['Technical', 'Technisch'], ['Key', 'Schlüssel'], ['Value', 'Wert'], ['New', 'Neu']],
  'exchange-powershell-window': [['All rights reserved.', 'Alle Rechte vorbehalten.'], ['right-click', 'Rechtsklick'], ['Sign-in window', 'Anmeldefenster']],
  'entra-grant-admin-consent-generic': [['Enterprise applications', 'Unternehmensanwendungen'], ['Permissions', 'Berechtigungen'], ['Grant admin consent', 'Administratorzustimmung'], ['Application', 'Anwendung']],
  'entra-object-id-generic': [['Object ID', 'Objekt-ID'], ['Application ID', 'Anwendungs-ID'], ['Overview', 'Übersicht'], ['Copy to clipboard', 'In die Zwischenablage kopieren']],
  'entra-client-secret-generic': [['Certificates &amp; secrets', 'Zertifikate &amp; Geheimnisse'], ['New client secret', 'Neuer geheimer Clientschlüssel'], ['Value', 'Wert'], ['Secret ID', 'Geheime ID']],
  'entra-upload-certificate': [['Certificates &amp; secrets', 'Zertifikate &amp; Geheimnisse'], ['Upload certificate', 'Zertifikat hochladen'], ['Thumbprint', 'Fingerabdruck'], ['Client secrets', 'Geheime Clientschlüssel'], ['Expires', 'Gültig bis']],
};

/** The control(s) a person must touch, per language: each must sit inside a numbered accent frame. */
const HIGHLIGHTED: Readonly<Record<IllustrationId, Readonly<Record<'de' | 'en', readonly string[]>>>> = {
  'entra-grant-admin-consent': { de: ['Administratorzustimmung für Contoso erteilen'], en: ['Grant admin consent for Contoso'] },
  'entra-object-id': { de: ['9259c75c-1172-4d1e-9a5b-0c2f3e4d5a6b'], en: ['9259c75c-1172-4d1e-9a5b-0c2f3e4d5a6b'] },
  'admin-center-authenticated-smtp': { de: ['Authentifiziertes SMTP', 'Änderungen speichern'], en: ['Authenticated SMTP', 'Save changes'] },
  'entra-redirect-uri': { de: ['/microsoft_outlook/confirm', 'Speichern'], en: ['/microsoft_outlook/confirm', 'Save'] },
  'entra-api-permissions': { de: ['+ Berechtigung hinzufügen', 'SMTP.Send', 'IMAP.AccessAsUser.All'], en: ['+ Add a permission', 'SMTP.Send', 'IMAP.AccessAsUser.All'] },
  'entra-client-secret': { de: ['+ Neuer geheimer Clientschlüssel'], en: ['+ New client secret'] },
  'entra-assign-users': { de: ['+ Benutzer*in/Gruppe hinzufügen'], en: ['+ Add user/group'] },
  'entra-new-registration': { de: ['ETRON onRetail', 'persönliche Microsoft-Konten (z. B. Skype, Xbox)', 'Web', '/microsoft_outlook/confirm', 'Registrieren'], en: ['ETRON onRetail', 'personal Microsoft accounts (e.g. Skype, Xbox)', 'Web', '/microsoft_outlook/confirm', 'Register'] },
  'odoo-general-settings': { de: ['Benutzerdefinierte E-Mail-Server', 'contoso.com', '3f6c2a1e-8b9d-4c57-a2e1-6d0b9f4c7e21', 'Speichern'], en: ['Custom Email Servers', 'contoso.com', '3f6c2a1e-8b9d-4c57-a2e1-6d0b9f4c7e21', 'Save'] },
  'odoo-outgoing-server': { de: ['Outlook-OAuth-Authentifizierung', 'Microsoft 365', 'Verbinden Sie Ihr Outlook-Konto'], en: ['Outlook OAuth Authentication', 'Microsoft 365', 'Connect your Outlook account'] },
  'odoo-incoming-server': { de: ['Outlook-OAuth-Authentifizierung', 'Verbinden Sie Ihr Outlook-Konto', 'Testen &amp; Bestätigen'], en: ['Outlook OAuth Authentication', 'Connect your Outlook account', 'Test &amp; Confirm'] },
  'odoo-system-parameters': { de: ['mail.catchall.domain', 'mail.default.from', 'Neu'], en: ['mail.catchall.domain', 'mail.default.from', 'New'] },
  'exchange-powershell-window': { de: ['Connect-ExchangeOnline', 'New-ServicePrincipal', 'Add-MailboxPermission'], en: ['Connect-ExchangeOnline', 'New-ServicePrincipal', 'Add-MailboxPermission'] },
  'entra-grant-admin-consent-generic': { de: ['Administratorzustimmung für Contoso erteilen'], en: ['Grant admin consent for Contoso'] },
  'entra-object-id-generic': { de: ['9259c75c-1172-4d1e-9a5b-0c2f3e4d5a6b'], en: ['9259c75c-1172-4d1e-9a5b-0c2f3e4d5a6b'] },
  'entra-client-secret-generic': { de: ['+ Neuer geheimer Clientschlüssel'], en: ['+ New client secret'] },
  'entra-upload-certificate': { de: ['↑ Zertifikat hochladen', '4809D6EA89A7C43F69…'], en: ['↑ Upload certificate', '4809D6EA89A7C43F69…'] },
};

/** 13.5 of 720 units = 12 px when the drawing is shown 640 px wide (the wizard's column). */
const MIN_LARGE_TEXT = 13.5;

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
        if (entry.portal) assert.match(PORTAL_URLS[entry.portal], /^https:\/\/(entra|admin)\.microsoft\.com\/#/);
        else assert.ok(id.startsWith('odoo-') || id.startsWith('exchange-'), `${id}: only screens outside a Microsoft portal have no portal link`);
      });

      it(`${id} (${language}): German labels only in the German drawing, and the control to touch is framed`, () => {
        const svg = readFileSync(path.join(DIR, ILLUSTRATIONS[id].files[language]), 'utf8');
        const nodes = textNodes(svg);
        for (const [en, de] of LABELS[id]) {
          const want = language === 'de' ? de : en;
          assert.ok(nodes.some((n) => n.text.includes(want)), `${id}.${language} lacks the label "${want}"`);
          if (language === 'de' && !de.includes(en)) {
            assert.deepEqual(nodes.filter((n) => n.text.includes(en)).map((n) => n.text), [], `${id}.de shows the English label "${en}"`);
          }
        }
        const frames = markFrames(svg);
        assert.ok(frames.length >= 1, `${id}.${language} has no numbered frame`);
        for (const label of HIGHLIGHTED[id][language]) {
          const framed = nodes.filter((n) => n.text.includes(label)).some((n) => frames.some((f) => inside(n, f)));
          assert.ok(framed, `${id}.${language}: "${label}" is not inside a numbered frame`);
        }
      });
    }
  }

  it('every drawing keeps its text at least 12 px when shown 640 px wide, inside the window', () => {
    for (const id of ILLUSTRATION_IDS) {
      for (const language of LANGUAGES) {
        const svg = readFileSync(path.join(DIR, ILLUSTRATIONS[id].files[language]), 'utf8');
        const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
        assert.ok(sizes.length > 10, id);
        assert.deepEqual(sizes.filter((size) => size < MIN_LARGE_TEXT), [], `${id}.${language}: text smaller than ${MIN_LARGE_TEXT}`);
        for (const node of textNodes(svg)) {
          assert.ok(node.x >= 6 && node.x < 714 && node.y > 6 && node.y <= 424, `${id}.${language}: "${node.text}" at ${node.x},${node.y} is outside the window`);
        }
      }
    }
  });

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
    assert.deepEqual(illustrationsOn(WizardStep.Export, 'generic'), ['entra-object-id-generic', 'entra-client-secret-generic', 'entra-upload-certificate']);
    assert.deepEqual(illustrationsOn(WizardStep.PowerShell, 'generic'), ['admin-center-authenticated-smtp', 'entra-object-id-generic']);
  });

  it('the other application\'s path shows no Inventory360 name: neither in the screens it offers nor in those of its causes', () => {
    const offered = new Set<IllustrationId>();
    for (const step of Object.values(WizardStep)) for (const id of illustrationsOn(step, 'generic')) offered.add(id);
    for (const category of CATEGORY_IDS) {
      const entry = CATALOGUE[category];
      for (const step of new Set([entry.step, ...Object.values(entry.stepFor ?? {})])) {
        const id = illustrationFor(category, step, 'generic');
        if (id) offered.add(id);
      }
    }
    // The pages of the path draw these themselves (StepIllustration).
    for (const id of ['entra-grant-admin-consent-generic', 'entra-client-secret-generic', 'entra-upload-certificate', 'admin-center-authenticated-smtp', 'exchange-powershell-window'] as const) offered.add(id);
    assert.ok(offered.has('entra-object-id-generic') && offered.has('entra-grant-admin-consent-generic'));
    for (const id of offered) {
      const entry = ILLUSTRATIONS[id];
      for (const language of ['de', 'en'] as const) {
        const text = [readFileSync(path.join(DIR, entry.files[language]), 'utf8'), entry.alt[language], entry.title[language], ...entry.clicks[language]].join('\n');
        assert.doesNotMatch(text, /Inventory360/, `${id} (${language})`);
      }
    }
  });

  it('a cause card never shows another product\'s app: Inventory360\'s path no ETRON screen, ETRON\'s no Inventory360 screen, the other application\'s neither', () => {
    const other = { inventory360: /ETRON/, etron: /Inventory360/, generic: /Inventory360|ETRON/ } as const;
    const wrong: string[] = [];
    for (const profile of ['inventory360', 'etron', 'generic'] as const) {
      for (const category of CATEGORY_IDS) {
        const entry = CATALOGUE[category];
        for (const step of new Set([entry.step, ...Object.values(entry.stepFor ?? {})])) {
          const id = illustrationFor(category, step, profile);
          if (!id) continue;
          const screen = ILLUSTRATIONS[id];
          for (const language of ['de', 'en'] as const) {
            const text = [readFileSync(path.join(DIR, screen.files[language]), 'utf8'), screen.alt[language], ...screen.clicks[language]].join('\n');
            if (other[profile].test(text)) wrong.push(`${profile} ${category}@${step}: ${id} (${language})`);
          }
        }
      }
    }
    assert.deepEqual(wrong, []);
    // ETRON's consent is granted on its app registration's API permissions; a screen without a product name stands in where
    // there is one, else none.
    assert.equal(illustrationFor('consent_missing', 'consent', 'etron'), 'entra-api-permissions');
    assert.equal(illustrationFor('consent_missing', 'consent', 'inventory360'), 'entra-grant-admin-consent');
    assert.equal(illustrationFor('service_principal_missing_or_wrong_id', 'object-id', 'etron'), 'entra-object-id-generic');
    assert.equal(illustrationFor('wrong_scope_or_resource', 'app-registration', 'inventory360'), undefined);
    assert.equal(illustrationFor('wrong_scope_or_resource', 'app-registration', 'etron'), 'entra-api-permissions');
  });

  it('the checker refuses broken XML', () => {
    assert.throws(() => parseXml('<svg><title>x</svg>'), /does not close/);
    assert.throws(() => parseXml('<svg><text x=1>a</text></svg>'), /bad attributes/);
    assert.throws(() => parseXml('<svg><text>a & b</text></svg>'), /bad entity/);
    assert.throws(() => parseXml('<svg><g></svg>'), /does not close/);
  });
});
