/**
 * The sandbox's sign-in and consent pages follow the browser's language, as Microsoft's sign-in
 * page does: German for a German browser (Accept-Language), English otherwise; the field ids
 * and the AADSTS codes stay the same. So do its error page (the AADSTS line stays Microsoft's
 * English text, in its technical part) and the device code pages.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SANDBOX_IDS, SANDBOX_NAMES } from '../../electron/sandbox/tenant-seed.js';
import { englishLines } from '../helpers/english-lines.js';
import { request, sandbox, type RunningSandbox } from '../helpers/sandbox.js';
import { formAction, inputValue, submitForm } from './sandbox-entra-helpers.js';

const GERMAN = { 'Accept-Language': 'de-DE,de;q=0.9,en;q=0.8' };

/** The visible text of a page, a line per block. */
const textOf = (html: string): string => html.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, '\n').replace(/\n\s*\n+/g, '\n');

describe('sandbox Entra: pages in the browser\'s language', () => {
  let sb: RunningSandbox;
  before(async () => { sb = await sandbox(); });
  after(async () => { await sb.close(); });

  const authorize = (headers: Record<string, string>, extra: Record<string, string> = {}) => request(sb, 'GET', `${sb.info.authority}/oauth2/v2.0/authorize?${new URLSearchParams({
    client_id: SANDBOX_IDS.etronAppId, response_type: 'code', redirect_uri: SANDBOX_NAMES.etronRedirectUri,
    scope: 'openid offline_access https://outlook.office.com/SMTP.Send', state: 's', prompt: 'consent', ...extra,
  })}`, { headers });

  it('a German browser gets the sign-in page, its error and the consent page in German', async () => {
    const page = await authorize(GERMAN);
    assert.equal(page.status, 200);
    assert.match(page.text, /<html lang="de">/);
    assert.match(page.text, /<h1>Anmelden<\/h1>/);
    assert.match(page.text, /id="idSIButton9" value="Anmelden"/);
    assert.deepEqual(englishLines(textOf(page.text)), []);

    const login = (passwd: string) => request(sb, 'POST', new URL(formAction(page.text, '/login'), sb.info.authority).toString(), {
      headers: GERMAN, body: new URLSearchParams({ ctx: inputValue(page.text, 'ctx') ?? '', loginfmt: 'admin@contoso.example', passwd }),
    });
    const wrong = await login('not-the-password');
    assert.match(wrong.text, /Ihr Konto oder Kennwort ist falsch\./);
    assert.match(wrong.text, /data-aadsts="50126">Fehlercode: AADSTS50126/);

    const consent = await login('Sandbox-Admin-1');
    assert.match(consent.text, /<h1>Angeforderte Berechtigungen<\/h1>/);
    assert.match(consent.text, /id="consentOrg" value="true"> Im Namen Ihrer Organisation zustimmen/);
    assert.match(consent.text, /id="idSIButton9">Akzeptieren<\/button>/);
    assert.deepEqual(englishLines(textOf(consent.text).replace(/^.*\((SMTP\.Send|openid|offline_access)\)$/gm, '')), []);
  });

  it('the app\'s ui_locales comes before the browser\'s language', async () => {
    assert.match((await authorize({ 'Accept-Language': 'en-US' }, { ui_locales: 'de' })).text, /<h1>Anmelden<\/h1>/);
    assert.match((await authorize(GERMAN, { ui_locales: 'en' })).text, /<h1>Sign in<\/h1>/);
  });

  it('any other browser gets English', async () => {
    const page = await authorize({ 'Accept-Language': 'fr-FR,en;q=0.5' });
    assert.match(page.text, /<html lang="en">/);
    assert.match(page.text, /<h1>Sign in<\/h1>/);
  });
  /** The visible lines without the AADSTS message, which Microsoft shows in English on every page. */
  const withoutAadsts = (html: string) => textOf(html).split('\n').filter((l) => !/AADSTS\d+/.test(l)).join('\n');

  it('the error page (AADSTS50011, not redirected) is German for a German browser, with the AADSTS line in English', async () => {
    const page = await authorize(GERMAN, { redirect_uri: 'https://wrong.example/confirm' });
    assert.equal(page.status, 400);
    assert.match(page.text, /<html lang="de">/);
    assert.match(page.text, /<h1>Anmelden<\/h1>/);
    assert.match(page.text, /<p>Bei der Anmeldung ist leider ein Problem aufgetreten\.<\/p>/);
    assert.match(page.text, /<strong>Details zur Problembehandlung<\/strong>/);
    assert.match(page.text, /Anforderungs-ID: [0-9a-f-]{36}<br>/);
    assert.match(page.text, /Korrelations-ID: [0-9a-f-]{36}<br>/);
    assert.match(page.text, /data-aadsts="50011" lang="en">AADSTS50011: The redirect URI &#39;https:\/\/wrong\.example\/confirm&#39; specified in the request does not match/);
    assert.deepEqual(englishLines(withoutAadsts(page.text)), []);
    // The app's ui_locales first, as on the sign-in page; an English browser gets Microsoft's English page.
    assert.match((await authorize({ 'Accept-Language': 'en-US' }, { redirect_uri: 'https://wrong.example/confirm', ui_locales: 'de' })).text, /Details zur Problembehandlung/);
    const english = await authorize({ 'Accept-Language': 'en-US' }, { redirect_uri: 'https://wrong.example/confirm' });
    assert.match(english.text, /<p>Sorry, but we’re having trouble signing you in\.<\/p>/);
    assert.match(english.text, /Request Id: [0-9a-f-]{36}<br>/);
  });

  it('the device code pages are German for a German browser: enter the code, a wrong code, and the end of the sign-in', async () => {
    const origin = new URL(sb.info.authority).origin;
    const deviceCode = async () => (await request(sb, 'POST', `${sb.info.authority}/oauth2/v2.0/devicecode`, {
      body: new URLSearchParams({ client_id: SANDBOX_IDS.publisherAssistantAppId, scope: 'https://outlook.office.com/SMTP.Send offline_access' }),
    })).json() as { user_code: string };
    const typed = (otc: string) => request(sb, 'POST', `${origin}/common/oauth2/deviceauth`, { headers: GERMAN, body: new URLSearchParams({ otc }) });

    const entry = await request(sb, 'GET', `${origin}/common/oauth2/deviceauth`, { headers: GERMAN });
    assert.match(entry.text, /<html lang="de">/);
    assert.match(entry.text, /<h1>Code eingeben<\/h1>/);
    assert.match(entry.text, /<p>Geben Sie den Code ein, der in Ihrer App oder auf Ihrem Gerät angezeigt wird\.<\/p>/);
    assert.match(entry.text, /id="idSIButton9" value="Weiter"/);
    assert.deepEqual(englishLines(textOf(entry.text)), []);

    const wrong = await typed('NOTACODE');
    assert.equal(wrong.status, 400);
    assert.match(wrong.text, /role="alert">Dieser Code hat nicht funktioniert\. Überprüfen Sie den Code, und versuchen Sie es erneut\.<\/p>/);

    // Declined on the sign-in page ("Abbrechen"): the end page in German.
    const first = await typed((await deviceCode()).user_code);
    assert.match(first.text, /Versuchen Sie, sich bei M365 Mail Setup Assistant anzumelden\?/);
    const declined = await submitForm(sb, first.text, formAction(first.text, '/Consent/Set'), { action: 'cancel' }, GERMAN);
    assert.match(declined.text, /id="deviceResult">Sie haben die Anmeldung bei M365 Mail Setup Assistant auf Ihrem Gerät abgelehnt\. Sie können dieses Fenster jetzt schließen\.<\/p>/);
    assert.deepEqual(englishLines(textOf(declined.text)), []);

    // Signed in (and consent accepted when asked): the end page in German.
    const second = await typed((await deviceCode()).user_code);
    let done = await submitForm(sb, second.text, formAction(second.text, '/login'), { loginfmt: 'admin@contoso.example', passwd: 'Sandbox-Admin-1' }, GERMAN);
    if (done.text.includes('id="consentForm"')) done = await submitForm(sb, done.text, formAction(done.text, '/Consent/Set'), { action: 'accept' }, GERMAN);
    assert.match(done.text, /id="deviceResult">Sie haben sich auf Ihrem Gerät bei der Anwendung M365 Mail Setup Assistant angemeldet\. Sie können dieses Fenster jetzt schließen\.<\/p>/);
  });
});
