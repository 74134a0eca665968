import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { SupportReport } from '../../electron/core/report/report-model.js';
import { writeSupportReport } from '../../electron/core/report/write-report.js';

const TOKEN = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL291dGxvb2sub2ZmaWNlMzY1LmNvbSJ9.c2lnbmF0dXJlLXBhcnQ';
const XOAUTH2 = Buffer.from(`user=notifications@contoso.example\x01auth=Bearer ${TOKEN}\x01\x01`).toString('base64');
const SECRET = 'Abc~defGHIjkl.mnoPQRstu_vwxYZ0123456789-';

function report(): SupportReport {
  return {
    reportVersion: 1, generatedAt: '2026-11-22T21:00:00.000Z', language: 'de',
    app: { name: 'M365 Mail Setup Assistant', version: '0.1.0' },
    system: { platform: 'linux', release: '6.1', arch: 'x64', node: '20.20.2' },
    cloud: 'sandbox', profile: 'inventory360', tenantId: '5f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f', mailbox: 'notifications@contoso.example',
    overall: 'fail',
    checks: [{
      id: 'smtp', title: 'SMTP <script>alert(1)</script>', startedAt: '2026-11-22T21:00:00.000Z', durationMs: 120, status: 'fail',
      summary: `client_secret=${SECRET}`, serverReply: '535 5.7.3 Authentication unsuccessful',
      diagnosis: { category: 'smtp_auth_failed_generic', title: 'Anmeldung abgelehnt', fix: ['Schritt 1'], waitLikely: true },
      transcript: [`C: AUTH XOAUTH2 ${XOAUTH2}`, '535 5.7.3 Authentication unsuccessful', `Authorization: Bearer ${TOKEN}`],
    }],
    graphRequests: [{ method: 'GET', path: '/v1.0/servicePrincipals', status: 200, requestId: 'abc-123', date: '2026-11-22T21:00:00Z' }],
  };
}

describe('support report', () => {
  it('writes HTML and JSON without any token, XOAUTH2 string or secret, even when the caller forgot to redact', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'report-'));
    for (const name of ['r.html', 'r.json']) {
      const r = await writeSupportReport(path.join(dir, name), report());
      assert.equal(r.ok, true);
      const text = readFileSync(path.join(dir, name), 'utf8');
      for (const secret of [TOKEN, XOAUTH2, SECRET, XOAUTH2.slice(0, 40)]) assert.equal(text.includes(secret), false, `${name} leaks ${secret.slice(0, 12)}`);
      assert.match(text, /535 5\.7\.3 Authentication unsuccessful/);
      assert.match(text, /abc-123/);
    }
  });

  it('escapes HTML and shows the German wait advice', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'report-'));
    await writeSupportReport(path.join(dir, 'r.html'), report());
    const html = readFileSync(path.join(dir, 'r.html'), 'utf8');
    assert.equal(html.includes('<script>'), false);
    assert.match(html, /&lt;script&gt;/);
    assert.match(html, /30 Minuten bis 24 Stunden/);
  });
});
