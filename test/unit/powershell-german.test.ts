/**
 * The Exchange Online scripts in German: the same code, word for word, with German comments and
 * messages; no English sentence left; a translated message can never break out of its string.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cloudProfile } from '../../electron/core/clouds.js';
import type { GeneratedScript, ScriptTarget } from '../../electron/core/powershell/header.js';
import { inventory360Script, mailboxAccessScript } from '../../electron/core/powershell/inventory360.js';
import { rbacScript } from '../../electron/core/powershell/rbac.js';
import { scriptTranslator, translateLiterals } from '../../electron/core/powershell/script-texts-de.js';
import { smtpAuthScript } from '../../electron/core/powershell/smtp-auth.js';
import { verifyScript } from '../../electron/core/powershell/verify.js';
import type { Result } from '../../electron/core/result.js';
import { createHandlers } from '../../electron/ipc/handlers.js';
import { englishLines } from '../helpers/english-lines.js';

const SP = 'c3000000-0000-4000-8000-000000000360';
const APP = '11111111-2222-4333-8444-555555555555';
const AT = new Date('2026-12-04T10:00:00Z');

/** Every generator, with every optional part switched on. */
function allScripts(language: 'de' | 'en'): GeneratedScript[] {
  const t: ScriptTarget = { organization: 'contoso.onmicrosoft.com', cloud: cloudProfile('global'), generatedAt: AT, language };
  const results: Result<GeneratedScript>[] = [
    inventory360Script({ ...t, servicePrincipalObjectId: SP, mailbox: 'notifications@contoso.com', sendAsAddress: 'info@contoso.com' }),
    mailboxAccessScript({ ...t, appId: APP, servicePrincipalObjectId: SP, displayName: "O'Brien Mailer", mailbox: 'notifications@contoso.com' }),
    smtpAuthScript({ ...t, mailbox: 'notifications@contoso.com', enableImap: true, enableForOrganization: true }),
    verifyScript({ ...t, servicePrincipalObjectId: SP, mailbox: 'notifications@contoso.com', sendAsAddress: 'info@contoso.com' }),
    verifyScript({ ...t, servicePrincipalObjectId: SP, mailbox: 'notifications@contoso.com', rbac: true }),
    rbacScript({ ...t, appId: APP, servicePrincipalObjectId: SP, displayName: 'My Mailer', mailbox: 'notifications@contoso.com' }),
  ];
  return results.map((r) => { assert.ok(r.ok, JSON.stringify(r)); return r.value; });
}

const isWords = (line: string): boolean => /^\s*#|^\s*(Write-Host|throw)\b/.test(line);

describe('Exchange Online scripts in German', () => {
  const english = allScripts('en');
  const german = allScripts('de');

  it('run the same code as the English ones: only comments and messages differ', () => {
    for (const [i, script] of german.entries()) {
      const code = (s: GeneratedScript) => s.text.split('\n').filter((l) => !isWords(l));
      assert.deepEqual(code(script), code(english[i]!));
      assert.deepEqual(script.commands, english[i]!.commands);
      assert.equal(script.fileName, english[i]!.fileName);
    }
  });

  it('say every comment and message in German', () => {
    for (const script of german) {
      const words = script.text.split('\n').filter(isWords).join('\n');
      assert.deepEqual(englishLines(words), [], words);
    }
    assert.match(german[0]!.text, /^# Exchange-Online-Zugriff für die App „Inventory360_Mail_Notification“/);
    assert.match(german[0]!.text, /\n# Mandant: {6}contoso\.onmicrosoft\.com\n# Cloud: {8}Microsoft 365 weltweit \(auch GCC\)\n/);
    assert.match(german[0]!.text, /Write-Host 'Fertig\. Exchange Online braucht etwa 30 Minuten/);
  });

  it('a message is translated only inside its own string, never into a quote', () => {
    const say = scriptTranslator('de');
    assert.equal(translateLiterals("Write-Host 'The app is already registered in Exchange Online with the right Object ID.'", say),
      "Write-Host 'Die App ist in Exchange Online bereits mit der richtigen Objekt-ID registriert.'");
    // Code lines are never touched, even when a literal happens to match a catalogue text.
    assert.equal(translateLiterals("$x = ', not '", say), "$x = ', not '");
    assert.throws(() => translateLiterals("Write-Host 'x'", () => "it\u2019s"), /single quote/);
  });

  it('the app asks for it: generatePowerShellScript takes the language, other values are refused', async () => {
    const handlers = createHandlers();
    const request = { profile: 'inventory360', organization: 'contoso.onmicrosoft.com', mailbox: 'notifications@contoso.com', servicePrincipalObjectId: SP };
    const de = await handlers.handle('generatePowerShellScript', { ...request, language: 'de' });
    assert.ok(de.ok);
    assert.match((de.value as { text: string }).text, /# Vor dem Ausführen durchlesen\./);
    const fr = await handlers.handle('generatePowerShellScript', { ...request, language: 'fr' });
    assert.equal(fr.ok, false);
    assert.equal(!fr.ok && fr.error.field, 'language');
    await handlers.dispose();
  });
});
