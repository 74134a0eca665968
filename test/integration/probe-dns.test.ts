/**
 * The DNS probe against a real (local, UDP) DNS server: MX, SPF, DMARC and autodiscover as a
 * Microsoft 365 domain has them, as a half-migrated domain has them, and a server that does
 * not answer.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { probeDns } from '../../electron/core/probes/dns-probe.js';
import { startDnsServer, type TestDnsServer } from '../helpers/dns-server.js';

const status = (r: Awaited<ReturnType<typeof probeDns>>): Record<string, string> =>
  Object.fromEntries(r.details.checks.map((c) => [c.name, c.status]));

describe('DNS probe', () => {
  let dns: TestDnsServer;
  before(async () => {
    dns = await startDnsServer({
      'contoso.example': {
        MX: [{ preference: 0, exchange: 'contoso-example.mail.protection.outlook.com' }],
        TXT: ['MS=ms12345678', 'v=spf1 include:spf.protection.outlook.com -all'],
      },
      '_dmarc.contoso.example': { TXT: ['v=DMARC1; p=quarantine; rua=mailto:dmarc@contoso.example'] },
      'autodiscover.contoso.example': { CNAME: 'autodiscover.outlook.com' },
      'fabrikam.example': {
        MX: [{ preference: 20, exchange: 'mx2.fabrikam.example' }, { preference: 10, exchange: 'mx1.fabrikam.example' }],
        // A long record, split into 255-byte strings on the wire and joined again by the probe.
        TXT: [`v=spf1 ${'ip4:192.0.2.1 '.repeat(20)}include:_spf.google.com ~all`],
      },
      'autodiscover.fabrikam.example': { CNAME: 'mail.fabrikam.example' },
      'twospf.example': { TXT: ['v=spf1 include:spf.protection.outlook.com -all', 'v=spf1 a mx -all'] },
    });
  });
  after(() => dns.close());

  it('finds a domain set up for Microsoft 365', async () => {
    const r = await probeDns({ domain: 'Contoso.Example.', servers: [dns.address] });
    assert.deepEqual({ ok: r.ok, category: r.category, status: status(r) },
      { ok: true, category: null, status: { mx: 'ok', spf: 'ok', dmarc: 'ok', autodiscover: 'ok' } });
    assert.deepEqual(r.transcript, [
      'C: MX contoso.example', 'S: 0 contoso-example.mail.protection.outlook.com',
      'C: TXT contoso.example', 'S: v=spf1 include:spf.protection.outlook.com -all',
      'C: TXT _dmarc.contoso.example', 'S: v=DMARC1; p=quarantine; rua=mailto:dmarc@contoso.example',
      'C: CNAME autodiscover.contoso.example', 'S: autodiscover.outlook.com',
    ]);
    assert.equal(r.details.checks.find((c) => c.name === 'dmarc')?.message, 'DMARC policy: quarantine.');
    assert.deepEqual(dns.questions.slice(0, 4).sort(), ['CNAME autodiscover.contoso.example', 'MX contoso.example', 'TXT _dmarc.contoso.example', 'TXT contoso.example']);
  });

  it('warns about a domain whose MX, SPF and autodiscover point elsewhere, and a missing DMARC', async () => {
    const r = await probeDns({ domain: 'fabrikam.example', servers: [dns.address] });
    assert.deepEqual({ ok: r.ok, category: r.category, error: r.error, status: status(r) },
      { ok: false, category: null, error: undefined, status: { mx: 'warning', spf: 'warning', dmarc: 'missing', autodiscover: 'warning' } });
    const mx = r.details.checks.find((c) => c.name === 'mx');
    assert.deepEqual(mx?.records, ['10 mx1.fabrikam.example', '20 mx2.fabrikam.example']);
    const spf = r.details.checks.find((c) => c.name === 'spf');
    assert.equal(spf?.records[0], `v=spf1 ${'ip4:192.0.2.1 '.repeat(20)}include:_spf.google.com ~all`);
    assert.equal(spf?.message, 'SPF does not include spf.protection.outlook.com: mail sent through Microsoft 365 may fail SPF.');
  });

  it('flags two SPF records (permerror) and an unknown domain as missing everything', async () => {
    const two = await probeDns({ domain: 'twospf.example', servers: [dns.address] });
    assert.equal(two.details.checks.find((c) => c.name === 'spf')?.message, 'More than one SPF record: receivers treat that as an error (permerror).');
    const none = await probeDns({ domain: 'nxdomain.example', servers: [dns.address] });
    assert.deepEqual(status(none), { mx: 'missing', spf: 'missing', dmarc: 'missing', autodiscover: 'missing' });
  });

  it('reports a DNS server that never answers as network_blocked, within the deadline', async () => {
    const silent = await startDnsServer({}, { silent: true });
    try {
      const started = Date.now();
      const r = await probeDns({ domain: 'contoso.example', servers: [silent.address], timeoutMs: 400 });
      const took = Date.now() - started;
      assert.ok(took < 1500, `took ${took} ms`);
      assert.deepEqual({ ok: r.ok, category: r.category, code: r.error?.code, status: status(r) },
        { ok: false, category: 'network_blocked', code: 'timeout', status: { mx: 'error', spf: 'error', dmarc: 'error', autodiscover: 'error' } });
      assert.ok(silent.questions.length >= 4);
    } finally {
      await silent.close();
    }
  });
});
