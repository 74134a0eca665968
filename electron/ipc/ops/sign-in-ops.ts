/**
 * The sign-in operations' request checks and the client-ID defaults the settings area shows.
 * The tenant and the client ID are checked for their shape here, so a typo is named at its field
 * instead of coming back from Entra as an AADSTS code.
 */
import { ASSISTANT_CLIENT_ID_DEFAULT, CLIENT_ID_ENV, MICROSOFT_GRAPH_CLI_CLIENT_ID, resolveAssistantClientId } from '../../core/auth/client-id.js';
import { fail, ok, type Result } from '../../core/result.js';
import type { SignInCloudId, SignInDefaults, SignInMode, SignInRequest } from '../tenant-types.js';
import { oneOf, optionalOneOf, optionalText, requestObject, type Validator } from '../validate.js';

/** The clouds a sign-in can go to. */
export const SIGN_IN_CLOUDS: readonly SignInCloudId[] = ['global', 'usgov-gcchigh', 'usgov-dod', 'china', 'sandbox'];

const SIGN_IN_MODES: readonly SignInMode[] = ['browser', 'device-code'];

/** A GUID (tenant ID, client ID, object ID). */
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A DNS domain such as contoso.onmicrosoft.com (at least two labels). */
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/** An optional GUID: missing or empty = undefined. */
export function optionalGuid(value: unknown, field: string): Result<string | undefined> {
  const raw = optionalText(value, field, 64);
  if (!raw.ok) return raw;
  const trimmed = raw.value?.trim() ?? '';
  if (trimmed === '') return ok(undefined);
  return GUID.test(trimmed) ? ok(trimmed.toLowerCase()) : fail('invalid_input', `"${field}" must be a GUID.`, { field });
}

/** Checks a signIn request: cloud, optional tenant (domain or GUID) and client ID (GUID), mode, language. */
export const validateSignInRequest: Validator<SignInRequest> = (raw) => {
  const request = requestObject(raw, ['cloud', 'tenant', 'mode', 'clientId', 'language']);
  if (!request.ok) return request;
  const v = request.value;
  const cloud = oneOf(v['cloud'], 'cloud', SIGN_IN_CLOUDS);
  if (!cloud.ok) return cloud;
  const tenantText = optionalText(v['tenant'], 'tenant', 253);
  if (!tenantText.ok) return tenantText;
  const tenant = tenantText.value?.trim() ?? '';
  if (tenant !== '' && !GUID.test(tenant) && !DOMAIN.test(tenant)) {
    return fail('invalid_input', '"tenant" must be a domain such as contoso.onmicrosoft.com or a tenant ID.', { field: 'tenant' });
  }
  const mode = oneOf(v['mode'], 'mode', SIGN_IN_MODES);
  if (!mode.ok) return mode;
  const clientId = optionalGuid(v['clientId'], 'clientId');
  if (!clientId.ok) return clientId;
  const language = optionalOneOf(v['language'], 'language', ['de', 'en'] as const);
  if (!language.ok) return language;
  return ok({
    cloud: cloud.value, mode: mode.value,
    ...(tenant !== '' ? { tenant: tenant.toLowerCase() } : {}),
    ...(clientId.value ? { clientId: clientId.value } : {}),
    ...(language.value ? { language: language.value } : {}),
  });
};

/** The client ID the settings fall back to, and whether it is Microsoft Graph Command Line Tools. */
export function signInDefaults(env: Readonly<Record<string, string | undefined>> = {}): Result<SignInDefaults> {
  const fromEnv = resolveAssistantClientId({ env });
  const source = fromEnv.ok && env[CLIENT_ID_ENV]?.trim() ? 'environment' : 'built-in';
  const clientId = fromEnv.ok ? fromEnv.value : ASSISTANT_CLIENT_ID_DEFAULT;
  return ok({ clientId, source, isMicrosoftGraphCli: clientId === MICROSOFT_GRAPH_CLI_CLIENT_ID });
}
