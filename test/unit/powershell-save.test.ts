import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { cloudProfile } from '../../electron/core/clouds.js';
import { inventory360Script } from '../../electron/core/powershell/inventory360.js';
import { savePowerShellScript } from '../../electron/core/powershell/save.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ps1-save-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('saving a .ps1', () => {
  const generated = inventory360Script({
    organization: 'contososandbox.onmicrosoft.com', cloud: cloudProfile('global'), generatedAt: new Date('2026-05-04T10:00:00Z'),
    servicePrincipalObjectId: 'c3000000-0000-4000-8000-000000000360', mailbox: 'notifications@contoso.example', displayName: 'Benachrichtigung ‘Lager’ ü',
  });
  assert.equal(generated.ok, true);
  const text = generated.ok ? generated.value.text : '';

  it('writes UTF-8 with a BOM and CRLF line ends, replacing an existing file and leaving no temporary file', async () => {
    const file = path.join(dir, 'inventory360-exchange-setup.ps1');
    writeFileSync(file, 'old content');
    const r = await savePowerShellScript(file, text);
    const bytes = readFileSync(file);
    assert.deepEqual(r, { ok: true, value: { path: file, bytes: bytes.length } });
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const body = bytes.subarray(3).toString('utf8');
    assert.equal(body, text.replace(/\n/g, '\r\n'));
    assert.equal(/[^\r]\n/.test(body), false);
    assert.ok(body.includes("-DisplayName 'Benachrichtigung ‘‘Lager’’ ü'\r\n"));
    assert.deepEqual(readdirSync(dir), ['inventory360-exchange-setup.ps1']);
  });

  it('refuses a name that is not .ps1, and reports write failures as io_error without leftovers', async () => {
    assert.deepEqual(await savePowerShellScript(path.join(dir, 'setup.txt'), text), {
      ok: false, error: { code: 'invalid_input', message: 'The file name must end in .ps1.', field: 'filePath' },
    });
    assert.deepEqual(await savePowerShellScript(path.join(dir, 'missing', 'setup.ps1'), text), {
      ok: false, error: { code: 'io_error', message: 'The script could not be saved (ENOENT).', field: 'filePath', detail: 'ENOENT' },
    });
    // The rename fails when the target is a folder: the temporary file must not stay behind.
    mkdirSync(path.join(dir, 'taken.ps1'));
    const r = await savePowerShellScript(path.join(dir, 'taken.ps1'), text);
    assert.deepEqual([r.ok, !r.ok && r.error.code], [false, 'io_error']);
    assert.deepEqual(readdirSync(dir).filter((n) => n.endsWith('.tmp')), []);
  });
});
