/** Test helper: access tokens from the sandbox tenant, the way the probes get them in real use. */
import { issueDelegatedToken } from '../../electron/sandbox/access-token.js';
import { SANDBOX_IDS } from '../../electron/sandbox/tenant-seed.js';
import { request, type RunningSandbox } from './sandbox.js';

/** A client-credentials token of the generic app for https://outlook.office365.com/.default. */
export async function appOnlyToken(sb: RunningSandbox): Promise<string> {
  const reply = await request(sb, 'POST', sb.info.tokenEndpoint, {
    body: new URLSearchParams({
      grant_type: 'client_credentials', client_id: sb.info.apps.generic.clientId,
      client_secret: sb.info.apps.generic.clientSecret, scope: 'https://outlook.office365.com/.default',
    }),
  });
  if (reply.status !== 200) throw new Error(`token endpoint answered ${reply.status}: ${reply.text}`);
  return reply.json<{ access_token: string }>().access_token;
}

/** A delegated token of the mailbox user as ETRON gets it (aud outlook.office.com, or Graph). */
export function delegatedToken(sb: RunningSandbox, options: { resource?: 'exchange' | 'graph'; scopes?: readonly string[] } = {}): string {
  return issueDelegatedToken(sb.context, {
    clientAppId: SANDBOX_IDS.etronAppId, clientDisplayName: 'ETRON onRetail', userId: SANDBOX_IDS.mailboxUserId,
    resource: options.resource ?? 'exchange', scopes: options.scopes ?? ['SMTP.Send', 'IMAP.AccessAsUser.All'], appidacr: '1',
  }).token;
}
