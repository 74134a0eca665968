/**
 * Access tokens for the Exchange tests. App-only tokens come from the sandbox's real token
 * endpoint (client credentials, as Inventory360 and the generic app get them). Delegated and
 * expired tokens are made with the same claim builder that endpoint uses (access-token.ts reads
 * the effective tenant: scopes from consent), which saves an interactive sign-in per test.
 */
import { readFileSync } from 'node:fs';
import https from 'node:https';
import { consentedScopes, issueAppOnlyToken, issueDelegatedToken, type SandboxResource } from '../../electron/sandbox/access-token.js';
import { SANDBOX_IDS } from '../../electron/sandbox/tenant-seed.js';
import type { RunningSandbox } from './sandbox.js';

/** The sandbox apps that send app-only. */
export type AppOnlyApp = 'generic' | 'inventory360';

function postForm(sb: RunningSandbox, url: string, form: Record<string, string>): Promise<{ status: number; body: string }> {
  const ca = readFileSync(sb.info.caCertPath, 'utf8');
  return new Promise((resolve, reject) => {
    const req = https.request(url, { method: 'POST', ca, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(new URLSearchParams(form).toString());
  });
}

/** An app-only token for Exchange (`https://outlook.office365.com/.default`) or Graph, from the token endpoint. */
export async function appOnlyToken(sb: RunningSandbox, app: AppOnlyApp = 'generic', resource: SandboxResource = 'exchange'): Promise<string> {
  const scope = resource === 'exchange' ? 'https://outlook.office365.com/.default' : 'https://graph.microsoft.com/.default';
  const { clientId, clientSecret } = sb.info.apps[app];
  const reply = await postForm(sb, sb.info.tokenEndpoint, { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, scope });
  if (reply.status !== 200) throw new Error(`token endpoint answered ${reply.status}: ${reply.body}`);
  return (JSON.parse(reply.body) as { access_token: string }).access_token;
}

/**
 * A delegated ETRON token for a user, with the scopes Entra would grant from the user's consent
 * (or exactly `scopes`, to model a token requested for less).
 */
export function delegatedToken(sb: RunningSandbox, options: { userId?: string; scopes?: readonly string[]; resource?: SandboxResource } = {}): string {
  const userId = options.userId ?? SANDBOX_IDS.mailboxUserId;
  const resource = options.resource ?? 'exchange';
  const scopes = options.scopes
    ?? consentedScopes(sb.context.state.effective(), SANDBOX_IDS.etronSpId, userId, resource);
  return issueDelegatedToken(sb.context, {
    clientAppId: SANDBOX_IDS.etronAppId, clientDisplayName: 'ETRON onRetail', userId, resource, scopes, appidacr: '1',
  }).token;
}

/** A correctly signed app-only Exchange token that expired an hour ago. */
export function expiredToken(sb: RunningSandbox): string {
  const { claims } = issueAppOnlyToken(sb.context, {
    clientAppId: SANDBOX_IDS.genericAppId, clientDisplayName: 'Contoso Mail Sender', clientSpId: SANDBOX_IDS.genericSpId,
    resource: 'exchange', appidacr: '1',
  });
  const now = Math.floor(sb.context.state.now() / 1000);
  return sb.context.signer.sign({ ...claims, iat: now - 7200, nbf: now - 7200, exp: now - 3600 });
}
