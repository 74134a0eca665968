/**
 * Microsoft Entra sign-in errors: AADSTS codes → categories. The codes come as "AADSTS7000215:"
 * in error_description, or as numbers in the token endpoint's "error_codes":[7000215].
 * Reference: https://learn.microsoft.com/entra/identity-platform/reference-error-codes
 */
import type { CategoryId } from './categories.js';
import { codeTable, p, type CodeEntry, type Rule } from './pattern-kit.js';

function all(category: CategoryId, weight: number, codes: readonly string[]): [string, CodeEntry][] {
  return codes.map((code) => [code, { proposals: [p(category, weight)] }]);
}

/** AADSTS code (digits only) → what it proposes. */
export const AADSTS_TABLE: Readonly<Record<string, CodeEntry>> = Object.fromEntries([
  // Reply URL: 50011 mismatch, 500113 none registered, 900971 none sent, 500112 not https / mismatch.
  ...all('redirect_uri_mismatch', 0.95, ['50011', '500113', '900971', '500112']),
  // 50194 single-tenant app on /common, 700016 app not in that directory, 90002 tenant not found,
  // 50020 account from another organisation or a personal account, 90072 the same for guests,
  // 900023 / 50059 / 90019 no or bad tenant identifier.
  ...all('wrong_tenant_or_app', 0.9, ['50194', '700016', '90002', '50020', '90072', '900023', '50059', '90019']),
  ...all('wrong_tenant_or_app', 0.75, ['50034']), // user not found in this directory
  ...all('wrong_tenant_or_app', 0.6, ['7000112']), // application disabled
  // 7000215 invalid secret (often the secret ID instead of its value), 7000222 expired secret.
  ...all('bad_client_secret', 0.95, ['7000215', '7000222']),
  // Certificate credentials: key not registered or expired (700027), signature (7000274),
  // assertion audience/issuer (700023, 700021), malformed assertion (50027).
  ...all('bad_client_secret', 0.85, ['700027', '7000274']),
  ...all('bad_client_secret', 0.7, ['700023', '700021', '50027']),
  ['7000216', { proposals: [p('public_vs_confidential_client', 0.7), p('bad_client_secret', 0.3)] }], // no credential sent
  // 7000218 secret/assertion required (confidential), 700025 public client must not send one.
  ...all('public_vs_confidential_client', 0.95, ['7000218', '700025']),
  ...all('user_not_assigned', 0.95, ['50105']),
  // 65001 not consented, 90094 admin consent required.
  ...all('consent_missing', 0.92, ['65001', '90094']),
  ...all('consent_missing', 0.8, ['7000229']), // client app has no service principal in the tenant
  // 650052 the organisation lacks a service principal for the API, 500011 resource principal not found.
  ...all('service_principal_missing_or_wrong_id', 0.9, ['650052', '500011']),
  // 70011 invalid scope, 65006, 1002012 client credentials without /.default, 28000/28003 bad scope value.
  // 650053 a scope that does not exist on the resource.
  ...all('wrong_scope_or_resource', 0.9, ['70011', '65006', '1002012', '28000', '28003', '650053']),
  ['65005', { proposals: [p('wrong_scope_or_resource', 0.7), p('consent_missing', 0.3)] }],
  // Conditional Access (53000–53004), MFA (50076, 50079), external challenge, blocked or locked account.
  ...all('security_policy_blocks', 0.92, ['53003', '53000', '53001', '53002', '53004', '50076', '50079', '50158', '530032']),
  ...all('security_policy_blocks', 0.8, ['50057', '50053']),
  ...all('security_policy_blocks', 0.6, ['50055']), // password expired
  ...all('not_authenticated', 0.7, ['50126']), // wrong user name or password
  // Expired, revoked or mismatched grants: code/refresh token expired, inactivity, password change,
  // code already redeemed, PKCE verifier mismatch, assertion outside its time range, session revoked.
  ...all('token_expired_or_invalid', 0.88, ['70008', '700082', '700084', '50173', '54005', '501481', '700024', '50089', '50132', '50133', '500133']),
  // Device code expired (70020) or unknown (70018), sign-in interaction expired (90014), no signed-in user (50058).
  ...all('token_expired_or_invalid', 0.8, ['70020']),
  ...all('token_expired_or_invalid', 0.6, ['9002313', '70000', '70018', '90014']),
  ...all('token_expired_or_invalid', 0.5, ['50058']),
  ...all('user_cancelled_or_consent_declined', 0.95, ['65004']),
]);

/** AADSTS codes in text and in "error_codes":[…] (one id, so a code found both ways counts once). */
export const ENTRA_RULES: readonly Rule[] = [
  codeTable('aadsts', 'entra', 3, 'AADSTS ?(\\d{4,7})(?!\\d)(?! \\d)', AADSTS_TABLE),
  codeTable('aadsts', 'entra', 3, 'error_codes["\']? ?: ?\\[ ?(\\d{4,7})(?!\\d)', AADSTS_TABLE),
];
