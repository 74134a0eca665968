/**
 * The sandbox's sign-in and consent pages follow the browser's language, as Microsoft's sign-in
 * page does: German for a German browser (Accept-Language), English otherwise; the field ids
 * and the AADSTS codes stay the same.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SANDBOX_IDS, SANDBOX_NAMES } from '../../electron/sandbox/tenant-seed.js';
import { englishLines } from '../helpers/english-lines.js';
import { request, sandbox, type RunningSandbox } from '../helpers/sandbox.js';
import { formAction, inputValue } from './sandbox-entra-helpers.js';

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
});
