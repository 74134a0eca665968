/**
 * Sign-in errors without (or besides) an AADSTS code: OAuth 2.0 error strings (RFC 6749 §5.2 and
 * Entra's additions), MSAL's error codes, and the texts of the Microsoft sign-in page in English
 * and German ("Need admin approval" / "Administratorgenehmigung erforderlich").
 */
import { codeTable, p, pattern, phrase, type CodeEntry, type Rule } from './pattern-kit.js';

/** OAuth/MSAL error strings → proposals. They are less precise than an AADSTS code (same family). */
const OAUTH_ERRORS: Readonly<Record<string, CodeEntry>> = {
  INVALID_GRANT: { proposals: [p('token_expired_or_invalid', 0.5)] },
  ACCESS_DENIED: { proposals: [p('user_cancelled_or_consent_declined', 0.55)] },
  CONSENT_REQUIRED: { proposals: [p('consent_missing', 0.75)] },
  INTERACTION_REQUIRED: { proposals: [p('security_policy_blocks', 0.35), p('consent_missing', 0.3)] },
  INVALID_CLIENT: { proposals: [p('bad_client_secret', 0.5), p('public_vs_confidential_client', 0.2), p('wrong_tenant_or_app', 0.15)] },
  UNAUTHORIZED_CLIENT: { proposals: [p('wrong_tenant_or_app', 0.5), p('public_vs_confidential_client', 0.2)] },
  INVALID_SCOPE: { proposals: [p('wrong_scope_or_resource', 0.7)] },
  INVALID_RESOURCE: { proposals: [p('service_principal_missing_or_wrong_id', 0.5)] },
  LOGIN_REQUIRED: { proposals: [p('token_expired_or_invalid', 0.4)] },
  EXPIRED_TOKEN: { proposals: [p('token_expired_or_invalid', 0.6)] },
  AUTHORIZATION_DECLINED: { proposals: [p('user_cancelled_or_consent_declined', 0.8)] },
  USER_CANCELLED: { proposals: [p('user_cancelled_or_consent_declined', 0.85)], family: 'entra-ui' },
  USER_CANCELED: { proposals: [p('user_cancelled_or_consent_declined', 0.85)], family: 'entra-ui' },
};

/** Every sign-in rule besides the AADSTS table. */
export const SIGNIN_RULES: readonly Rule[] = [
  codeTable('oauth', 'entra', 2, '\\b(invalid_grant|access_denied|consent_required|interaction_required|invalid_client|unauthorized_client|invalid_scope|invalid_resource|login_required|expired_token|authorization_declined|user_cancell?ed)\\b', OAUTH_ERRORS),
  pattern('signin-admin-approval', 'entra-ui', 2, [
    phrase('need admin approval'), phrase('admin approval required'), phrase('approval required'),
    phrase('only an admin can grant'), phrase('Administratorgenehmigung erforderlich'), phrase('Genehmigung erforderlich'),
    phrase('benötigt die Berechtigung'),
  ], [p('consent_missing', 0.85)]),
  pattern('signin-personal-account', 'entra-ui', 2, [
    phrase('personal account'), phrase('personal Microsoft account'), phrase('persönlichen Konto'),
    phrase('persönliches Microsoft-Konto'), phrase('persönlichen Microsoft-Konto'), phrase('does not exist in tenant'),
  ], [p('wrong_tenant_or_app', 0.75)]),
  pattern('signin-cancelled', 'entra-ui', 2, [
    phrase('user canceled'), phrase('user cancelled'), phrase('sign-in was canceled'), phrase('sign-in was cancelled'),
    phrase('window was closed'), phrase('Anmeldung abgebrochen'), phrase('Anmeldung wurde abgebrochen'), phrase('vom Benutzer abgebrochen'),
  ], [p('user_cancelled_or_consent_declined', 0.8)]),
  pattern('signin-reply-url', 'entra-ui', 2, [
    phrase('reply URL specified in the request does not match'), phrase('redirect URI specified in the request does not match'),
    phrase('reply address'), phrase('redirect_uri_mismatch'),
  ], [p('redirect_uri_mismatch', 0.85)]),
  pattern('signin-invalid-secret', 'entra-ui', 2, [phrase('invalid client secret'), phrase('client secret keys for app')], [
    p('bad_client_secret', 0.85),
  ]),
  pattern('signin-assertion-or-secret', 'entra-ui', 2, [phrase("'client_assertion' or 'client_secret'")], [
    p('public_vs_confidential_client', 0.85),
  ]),
  pattern('signin-not-assigned', 'entra-ui', 2, [phrase('is not assigned to a role for the application')], [p('user_not_assigned', 0.9)]),
  pattern('signin-wrong-password', 'entra-ui', 2, [
    phrase('your account or password is incorrect'), phrase('invalid username or password'), phrase('Kennwort ist falsch'),
    phrase('Kennwort sind falsch'), phrase('Passwort ist falsch'),
  ], [p('not_authenticated', 0.6)]),
  pattern('token-invalid-audience', 'token', 3, [phrase('invalid audience'), phrase('audience is invalid')], [
    p('wrong_scope_or_resource', 0.8),
  ]),
  pattern('token-expired-words', 'token', 2, [
    phrase('token is expired'), phrase('token has expired'), phrase('token expired'), phrase('lifetime validation failed'),
    phrase('Token abgelaufen'), phrase('Token ist abgelaufen'), phrase('Token läuft ab'), phrase('Secret abgelaufen'),
  ], [p('token_expired_or_invalid', 0.65)]),
];
