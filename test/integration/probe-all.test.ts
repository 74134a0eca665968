/**
 * probeAll against the sandbox tenant: token check first, then DNS, reachability, SMTP and
 * IMAP together — the shape the full check (runFullCheck, CLI `check`) builds on.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { probeAll, type ProbeAllOptions } from '../../electron/core/probes/index.js';
import { appOnlyToken, delegatedToken } from '../helpers/probe-tokens.js';
import { startDnsServer, type TestDnsServer } from '../helpers/dns-server.js';
import { sandbox, type RunningSandbox } from '../helpers/sandbox.js';

describe('probeAll against the sandbox', () => {
  let sb: RunningSandbox;
  let dns: TestDnsServer;
  before(async () => {
    sb = await sandbox();
    dns = await startDnsServer({
      'contoso.example': { MX: [{ preference: 0, exchange: 'contoso-example.mail.protection.outlook.com' }], TXT: ['v=spf1 include:spf.protection.outlook.com -all'] },
      '_dmarc.contoso.example': { TXT: ['v=DMARC1; p=reject'] },
      'autodiscover.contoso.example': { CNAME: 'autodiscover.outlook.com' },
    });
  });
  after(async () => { await dns.close(); await sb.close(); });

  const options = (smtpToken: string, imapToken: string): ProbeAllOptions => {
    const login = new URL(sb.info.authority);
    return {
      trust: { caCertPath: sb.info.caCertPath },
      token: { expectedTenantId: sb.info.tenantId },
      smtp: { host: sb.info.smtp.host, port: sb.info.smtp.port, user: sb.info.mailbox, accessToken: smtpToken, testMessage: { from: sb.info.mailbox, to: sb.info.mailbox } },
      imap: { host: sb.info.imap.host, port: sb.info.imap.port, user: sb.info.mailbox, accessToken: imapToken },
      dns: { domain: sb.info.domain, servers: [dns.address] },
      reachability: {
        proxy: 'none',
        targets: [
          { host: sb.info.smtp.host, port: sb.info.smtp.port, mode: 'smtp-starttls' },
          { host: sb.info.imap.host, port: sb.info.imap.port, mode: 'tls' },
          { host: login.hostname, port: Number(login.port), mode: 'tls' },
        ],
      },
    };
  };

  it('passes everything for a healthy tenant and an app-only token', async () => {
    const token = await appOnlyToken(sb);
    const r = await probeAll(options(token, token));
    assert.deepEqual({
      ok: r.ok, categories: r.categories, smtp: r.smtp?.ok, imap: r.imap?.ok, dns: r.dns?.ok, reach: r.reachability?.ok,
      tokenSmtp: r.tokenChecks.smtp?.mismatches, tokenImap: r.tokenChecks.imap?.mismatches,
    }, { ok: true, categories: [], smtp: true, imap: true, dns: true, reach: true, tokenSmtp: [], tokenImap: [] });
    assert.equal(r.tokenChecks.smtp?.summary.flow, 'app-only');
    // Nothing in the whole result carries the token.
    assert.ok(!JSON.stringify(r).includes(token.split('.')[1]!));
  });

  it('names a Graph token before the servers do, and still shows the servers\' replies', async () => {
    const graph = delegatedToken(sb, { resource: 'graph', scopes: ['User.Read', 'SMTP.Send', 'IMAP.AccessAsUser.All'] });
    const r = await probeAll({ ...options(graph, graph), dns: undefined, reachability: undefined });
    assert.deepEqual(r.tokenChecks.smtp?.mismatches.map((m) => m.id), ['audience_graph_for_smtp']);
    assert.deepEqual(r.tokenChecks.imap?.mismatches.map((m) => m.id), ['audience_graph_for_imap']);
    assert.deepEqual({ ok: r.ok, categories: r.categories, imapReply: r.imap?.serverReply },
      { ok: false, categories: ['wrong_scope_or_resource', 'smtp_auth_failed_generic', 'imap_auth_failed_generic'], imapReply: '2 NO AUTHENTICATE failed.' });
    assert.match(r.smtp?.serverReply ?? '', /^535 5\.7\.3 Authentication unsuccessful/);
    assert.equal(r.dns, undefined);
  });

  it('stops every probe when cancelled', async () => {
    const token = await appOnlyToken(sb);
    const controller = new AbortController();
    controller.abort();
    const r = await probeAll({ ...options(token, token), signal: controller.signal });
    assert.deepEqual([r.smtp?.error?.code, r.imap?.error?.code, r.reachability?.error?.code], ['cancelled', 'cancelled', 'cancelled']);
    assert.equal(r.ok, false);
  });
});
