/**
 * Which app registration the assistant signs in as (its own client ID).
 *
 * The assistant is a public client (desktop app, no secret): a multi-tenant app registration
 * owned by the publisher, with the redirect URI `http://localhost` under "Mobile and desktop
 * applications" and "Allow public client flows" on (for the device code flow). Each customer
 * tenant then gets its enterprise app on the admin's first consent.
 */
import { SANDBOX_IDS } from '../../sandbox/tenant-seed.js';
import type { CloudId } from '../clouds.js';
import { fail, ok, type Result } from '../result.js';

/**
 * Placeholder for the real clouds. It is NOT a registered app: before shipping, the publisher
 * registers the assistant in its own tenant (one registration per national cloud if needed) and
 * sets this constant — or users set `--client-id`, M365_ASSISTANT_CLIENT_ID or the setting.
 * Entra answers the placeholder with AADSTS700016 (application not found), which the
 * diagnosis explains as wrong_tenant_or_app.
 */
export const ASSISTANT_CLIENT_ID_DEFAULT = '00000000-0000-0000-0000-00000000a55a';

/** The sandbox's registration of the assistant (tenant-seed.ts). */
export const SANDBOX_ASSISTANT_CLIENT_ID = SANDBOX_IDS.assistantAppId;

/** The environment variable that overrides the client ID (CLI on servers, CI). */
export const CLIENT_ID_ENV = 'M365_ASSISTANT_CLIENT_ID';

/** Where a client ID may come from; the first one set wins. */
export interface ClientIdSources {
  /** The CLI's `--client-id`. */
  readonly flag?: string;
  /** The saved setting. */
  readonly setting?: string;
  /** process.env (pass it in; core code does not read globals). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The client ID to use in a cloud: flag, then setting, then environment, then the default. */
export function resolveAssistantClientId(cloud: CloudId, sources: ClientIdSources = {}): Result<string> {
  const candidates: [string, string | undefined][] = [
    ['--client-id', sources.flag],
    ['setting', sources.setting],
    [CLIENT_ID_ENV, sources.env?.[CLIENT_ID_ENV]],
  ];
  for (const [field, raw] of candidates) {
    const value = raw?.trim();
    if (!value) continue;
    if (!GUID.test(value)) return fail('invalid_input', `the client ID from ${field} is not a GUID`, { field: 'clientId', detail: field });
    return ok(value.toLowerCase());
  }
  return ok(cloud === 'sandbox' ? SANDBOX_ASSISTANT_CLIENT_ID : ASSISTANT_CLIENT_ID_DEFAULT);
}
