/**
 * Which app registration the assistant's admin sign-in uses (its client ID).
 *
 * Decision: by default the assistant signs in as **Microsoft Graph Command Line Tools**
 * (`14d82eec-204b-4c2f-b7e8-296a70dab67e`), the public client Microsoft publishes for
 * `Connect-MgGraph`, so a newcomer can sign in to their own tenant without registering an app:
 * - It is the Graph PowerShell SDK's default app: `Constants.DefaultAppId` in
 *   microsoftgraph/msgraph-sdk-powershell (src/Authentication/Authentication.Core/Constants.cs,
 *   and the `mgc` CLI's Constants.cs), used with tenant `common` by default.
 * - Loopback redirect: the SDK's interactive sign-in is Azure.Identity's
 *   `InteractiveBrowserCredential` with no RedirectUri set (AuthenticationHelpers.cs,
 *   GetInteractiveBrowserCredentialAsync), i.e. MSAL's default `http://localhost` on a free port
 *   — the loopback flow our msal-node sign-in uses.
 * - Device code: `Connect-MgGraph -UseDeviceCode` is Azure.Identity's `DeviceCodeCredential`
 *   with the same ClientId (GetDeviceCodeCredentialAsync), and the SDK falls back to it when no
 *   browser can be opened — so public client flows are allowed for this app.
 * - Dynamic consent: `Connect-MgGraph -Scopes …` asks for any Microsoft Graph delegated
 *   permission at sign-in (the SDK passes `authContext.Scopes` to the credential); sign-ins and
 *   consent are recorded under the tenant's enterprise app "Microsoft Graph Command Line Tools"
 *   (benroberts.io, "Why securing Microsoft Graph Command Line Tools matters"). Microsoft Learn's
 *   page on it (powershell/microsoftgraph/authentication-commands) was not opened here: unconfirmed.
 * - The same client ID works in the national clouds (`Connect-MgGraph -Environment USGov|China`).
 *
 * The limit that shapes the design — AADSTS65002: a first-party (Microsoft-owned) client gets
 * tokens only for first-party resources it is pre-authorized for ("Consent between first party
 * application '…' and first party resource '…' must be configured via preauthorization",
 * e.g. AzureAD/microsoft-authentication-library-for-dotnet#668, secureworks/PhishInSuits#1).
 * Graph CLI Tools is pre-authorized for Microsoft Graph only, so the assistant's own sign-in
 * asks for Microsoft Graph scopes and nothing else; SMTP/IMAP tokens for the probes come from
 * the product's own app (ETRON's registration, the generic app), never from this client.
 * The sandbox registers the same client ID as a first-party public client with the same limit.
 *
 * Override: a publisher that registers its own multi-tenant public client (redirect URI
 * `http://localhost` under "Mobile and desktop applications", "Allow public client flows" on)
 * sets it with `--client-id`, the saved setting, M365_ASSISTANT_CLIENT_ID, or at build time
 * (`M365_ASSISTANT_CLIENT_ID=… npm run build` bakes it in, scripts/build.mjs).
 */
import { APP_IDS } from '../well-known.js';
import { fail, ok, type Result } from '../result.js';

/** Microsoft Graph Command Line Tools: the client ID used when nothing else is set. */
export const MICROSOFT_GRAPH_CLI_CLIENT_ID = APP_IDS.microsoftGraphCommandLineTools;

/** The environment variable that overrides the client ID (CLI on servers, CI). */
export const CLIENT_ID_ENV = 'M365_ASSISTANT_CLIENT_ID';

// Replaced by esbuild's `define` in scripts/build.mjs; undeclared (typeof 'undefined') under tsx.
declare const __M365_ASSISTANT_CLIENT_ID__: string | undefined;

/** The client ID baked in at build time, if any. */
export function buildTimeClientId(): string | undefined {
  const baked = typeof __M365_ASSISTANT_CLIENT_ID__ === 'string' ? __M365_ASSISTANT_CLIENT_ID__.trim() : '';
  return baked === '' ? undefined : baked;
}

/** The client ID of this build when no flag, setting or environment overrides it. */
export const ASSISTANT_CLIENT_ID_DEFAULT: string = buildTimeClientId()?.toLowerCase() ?? MICROSOFT_GRAPH_CLI_CLIENT_ID;

/** Where a client ID may come from; the first one set wins. */
export interface ClientIdSources {
  /** The CLI's `--client-id`. */
  readonly flag?: string | undefined;
  /** The saved setting. */
  readonly setting?: string | undefined;
  /** process.env (pass it in; core code does not read globals). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The client ID to use: flag, then setting, then environment, then the build's default. */
export function resolveAssistantClientId(sources: ClientIdSources = {}): Result<string> {
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
  return ok(ASSISTANT_CLIENT_ID_DEFAULT);
}
