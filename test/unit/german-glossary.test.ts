/**
 * One German word for each thing (issue 7 §3): every German text the user sees — the wizard's
 * messages, the diagnosis and fix texts, the PowerShell script's texts and the illustrations —
 * uses the German portal's term from renderer/src/messages/glossary.ts, never a variant of it.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { GLOSSARY_DE } from '../../renderer/src/messages/glossary.js';

const root = path.resolve(import.meta.dirname, '../..');
const inDir = (dir: string, match: RegExp) => readdirSync(path.join(root, dir)).filter((f) => match.test(f)).map((f) => path.join(dir, f));

const GERMAN_SOURCES = [
  ...inDir('renderer/src/messages', /^de(-[\w-]+)?\.ts$/),
  'electron/core/diagnosis/texts-de.ts',
  'electron/core/diagnosis/profile-fixes-de.ts',
  'electron/core/powershell/script-texts-de.ts',
  'electron/cli/validate-command.ts',
  'electron/core/export/config-file.ts',
  'renderer/src/components/illustration-catalog.ts',
  'renderer/src/components/illustration.tsx',
  ...inDir('assets/illustrations', /\.de\.svg$/),
];

/** Variants seen in texts and guides, each with the glossary's term that replaces it. */
const VARIANTS: readonly (readonly [RegExp, string])[] = [
  [/Unternehmens-Apps?\b/, GLOSSARY_DE.enterpriseApps],
  [/Umleitungs-URL\b(?!')/, GLOSSARY_DE.redirectUri], // 'Umleitungs-URL' quoted is a field name of the ETRON settings file
  [/Geheimnis-ID/, GLOSSARY_DE.secretId],
  [/Zertifikate und Geheimnisse/, GLOSSARY_DE.certificatesSecrets],
  [/Objekt-Id\b/, GLOSSARY_DE.objectId],
  [/Administratoreinwilligung|Admin-Zustimmung/, GLOSSARY_DE.adminConsent],
  [/Client-Geheimnis|Clientgeheimnis/, GLOSSARY_DE.clientSecret],
  [/Konfigurationsdatei/, GLOSSARY_DE.settingsFile],
];

describe('German terms', () => {
  it('the glossary names the enterprise applications blade as Microsoft Learn de-de does', () => {
    assert.equal(GLOSSARY_DE.enterpriseApps, 'Unternehmensanwendungen');
  });

  for (const file of GERMAN_SOURCES) {
    it(`${file} uses the glossary's terms`, () => {
      const lines = readFileSync(path.join(root, file), 'utf8').split('\n');
      const found = lines.flatMap((line, i) => VARIANTS.filter(([variant]) => variant.test(line)).map(([variant, term]) => `line ${i + 1}: ${variant.source} → ${term}`));
      assert.deepEqual(found, []);
    });
  }
});
