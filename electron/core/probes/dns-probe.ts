/**
 * The DNS probe for the sender's domain: MX (mail lands in Microsoft 365?), SPF (does it allow
 * spf.protection.outlook.com?), DMARC, and autodiscover. Findings, not failures: a missing
 * DMARC record does not stop SMTP AUTH, but explains "From rejected"/spam at the receiver
 * (ETRON's maintenance table: "From rejected → domain DNS"). The resolver is configurable so
 * the CLI can ask a specific server and tests can ask a local one.
 */
import { Resolver } from 'node:dns/promises';
import { startDeadline } from './deadline.js';
import type { DeadlineOptions, ProbeResult, ProbeStep } from './types.js';

/** Options of the DNS probe. */
export interface DnsProbeOptions extends DeadlineOptions {
  /** The sender's domain (the part after @). */
  readonly domain: string;
  /** DNS servers as `address` or `address:port` (`[v6]:port`); default: the system's. */
  readonly servers?: readonly string[];
}

/** One record check. */
export interface DnsCheck {
  readonly name: 'mx' | 'spf' | 'dmarc' | 'autodiscover';
  /** `MX contoso.example`, `TXT _dmarc.contoso.example`… */
  readonly query: string;
  /** ok = as Microsoft 365 wants it; warning = present but different; missing; error = no answer. */
  readonly status: 'ok' | 'warning' | 'missing' | 'error';
  readonly records: readonly string[];
  readonly message: string;
}

/** The DNS probe's findings. */
export interface DnsProbeDetails {
  readonly domain: string;
  readonly checks: readonly DnsCheck[];
}

/** The DNS probe's result. */
export type DnsProbeResult = ProbeResult<'dns', DnsProbeDetails>;

const DEFAULT_TIMEOUT_MS = 8_000;
// Exchange Online Protection hosts in the worldwide, US government and 21Vianet clouds.
const M365_MX = /\.mail\.protection\.(outlook\.com|office365\.us|partner\.outlook\.cn)\.?$/i;
const M365_SPF = /\binclude:spf\.protection\.(outlook\.com|office365\.us|partner\.outlook\.cn)\b/i;
const M365_AUTODISCOVER = /^autodiscover\.(outlook\.com|office365\.us|partner\.outlook\.cn)\.?$/i;
// Resolver answers that mean "no such record" rather than "could not ask".
const ABSENT = new Set(['ENOTFOUND', 'ENODATA', 'NXDOMAIN']);

type Lookup = { readonly records: string[] } | { readonly absent: true } | { readonly error: string };

async function lookup(run: () => Promise<string[]>): Promise<Lookup> {
  try {
    return { records: await run() };
  } catch (err) {
    const code = (err as { code?: string }).code ?? 'EUNKNOWN';
    return ABSENT.has(code) ? { absent: true } : { error: code };
  }
}

function judge(name: DnsCheck['name'], query: string, found: Lookup): DnsCheck {
  if ('error' in found) return { name, query, status: 'error', records: [], message: `No answer from the DNS server (${found.error}).` };
  const records = 'records' in found ? found.records : [];
  switch (name) {
    case 'mx':
      if (records.length === 0) return { name, query, status: 'missing', records, message: 'The domain has no MX record: mail to it cannot be delivered.' };
      return records.some((r) => M365_MX.test(r.split(' ')[1] ?? ''))
        ? { name, query, status: 'ok', records, message: 'MX points to Exchange Online Protection.' }
        : { name, query, status: 'warning', records, message: 'MX does not point to Microsoft 365 (*.mail.protection.outlook.com): incoming mail is handled elsewhere.' };
    case 'spf': {
      const spf = records.filter((r) => /^v=spf1\b/i.test(r));
      if (spf.length === 0) return { name, query, status: 'missing', records: spf, message: 'No SPF record: receivers may treat mail from this domain as spam.' };
      if (spf.length > 1) return { name, query, status: 'warning', records: spf, message: 'More than one SPF record: receivers treat that as an error (permerror).' };
      return M365_SPF.test(spf[0]!)
        ? { name, query, status: 'ok', records: spf, message: 'SPF includes spf.protection.outlook.com.' }
        : { name, query, status: 'warning', records: spf, message: 'SPF does not include spf.protection.outlook.com: mail sent through Microsoft 365 may fail SPF.' };
    }
    case 'dmarc': {
      const dmarc = records.filter((r) => /^v=DMARC1\b/i.test(r));
      if (dmarc.length === 0) return { name, query, status: 'missing', records: dmarc, message: 'No DMARC record.' };
      return { name, query, status: 'ok', records: dmarc, message: `DMARC policy: ${/\bp=(\w+)/i.exec(dmarc[0]!)?.[1] ?? 'none given'}.` };
    }
    case 'autodiscover':
      if (records.length === 0) return { name, query, status: 'missing', records, message: 'No autodiscover CNAME (only mail clients that auto-configure need it).' };
      return records.some((r) => M365_AUTODISCOVER.test(r))
        ? { name, query, status: 'ok', records, message: 'autodiscover points to autodiscover.outlook.com.' }
        : { name, query, status: 'warning', records, message: 'autodiscover does not point to autodiscover.outlook.com.' };
  }
}

/** Runs the four lookups concurrently. Never throws. */
export async function probeDns(options: DnsProbeOptions): Promise<DnsProbeResult> {
  const deadline = startDeadline(options.timeoutMs ?? DEFAULT_TIMEOUT_MS, options.signal);
  const domain = options.domain.trim().replace(/\.$/, '').toLowerCase();
  const resolver = new Resolver({ timeout: deadline.remaining(), tries: 1 });
  if (options.servers?.length) resolver.setServers([...options.servers]);
  const onAbort = (): void => resolver.cancel();
  deadline.signal.addEventListener('abort', onAbort, { once: true });
  const txt = async (name: string): Promise<string[]> => (await resolver.resolveTxt(name)).map((chunks) => chunks.join(''));
  const plan: ReadonlyArray<readonly [DnsCheck['name'], string, () => Promise<string[]>]> = [
    ['mx', `MX ${domain}`, async () => (await resolver.resolveMx(domain)).sort((a, b) => a.priority - b.priority).map((m) => `${m.priority} ${m.exchange}`)],
    ['spf', `TXT ${domain}`, () => txt(domain)],
    ['dmarc', `TXT _dmarc.${domain}`, () => txt(`_dmarc.${domain}`)],
    ['autodiscover', `CNAME autodiscover.${domain}`, () => resolver.resolveCname(`autodiscover.${domain}`)],
  ];
  const steps: ProbeStep[] = [];
  const checks = await Promise.all(plan.map(async ([name, query, run]) => {
    const startedAt = Date.now();
    const check = judge(name, query, await lookup(run));
    steps.push({ name, startedAt, durationMs: Date.now() - startedAt, ok: check.status !== 'error', ...(check.records.length ? { reply: check.records.join('\n') } : {}) });
    return check;
  }));
  deadline.signal.removeEventListener('abort', onAbort);
  const reason = deadline.reason();
  deadline.dispose();
  const transcript = checks.flatMap((c) => [`C: ${c.query}`, ...(c.records.length ? c.records.map((r) => `S: ${r}`) : [`S: (${c.status})`])]);
  const details = { domain, checks };
  const unanswered = checks.filter((c) => c.status === 'error');
  steps.sort((a, b) => plan.findIndex((p) => p[0] === a.name) - plan.findIndex((p) => p[0] === b.name));
  if (unanswered.length === 0) {
    return { kind: 'dns', ok: checks.every((c) => c.status === 'ok'), steps, serverReply: null, category: null, transcript, details };
  }
  const code = reason === 'cancelled' ? 'cancelled' : reason === 'timeout' || unanswered.some((c) => /ETIMEOUT|ECANCELLED/.test(c.message)) ? 'timeout' : 'network_blocked';
  return {
    kind: 'dns', ok: false, steps, serverReply: null, category: reason === 'cancelled' ? null : 'network_blocked', transcript, details,
    error: { code, message: `The DNS server did not answer ${unanswered.map((c) => c.query).join(', ')}.` },
  };
}
