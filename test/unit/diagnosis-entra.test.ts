import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CategoryId } from '../../electron/core/diagnosis/categories.js';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { entraWrappers } from '../helpers/diagnosis-wrappers.js';

const APP = '6f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f';

/** Entra sign-in errors (error_description text, the OAuth error that comes with it) and their category. */
const ENTRA_ERRORS: readonly [string, string, CategoryId][] = [
  [`AADSTS50011: The redirect URI 'https://shop.wawi.onretail.eu/microsoft_outlook/confirm' specified in the request does not match the redirect URIs configured for the application '${APP}'. Make sure the redirect URI sent in the request matches one added to your application in the Azure portal.`, 'invalid_request', 'redirect_uri_mismatch'],
  ['AADSTS500113: No reply address is registered for the application.', 'invalid_request', 'redirect_uri_mismatch'],
  ['AADSTS900971: No reply address provided.', 'invalid_request', 'redirect_uri_mismatch'],
  ["AADSTS500112: The reply address 'http://shop.wawi.onretail.eu/microsoft_outlook/confirm' does not match the reply address 'https://shop.wawi.onretail.eu/microsoft_outlook/confirm' provided when requesting Authorization code.", 'invalid_grant', 'redirect_uri_mismatch'],
  [`AADSTS50194: Application '${APP}'(ETRON onRetail) is not configured as a multi-tenant application. Usage of the /common endpoint is not supported for such applications created after '10/15/2018'. Use a tenant-specific endpoint or configure the application to be multi-tenant.`, 'invalid_request', 'wrong_tenant_or_app'],
  [`AADSTS700016: Application with identifier '${APP}' was not found in the directory 'Contoso'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`, 'unauthorized_client', 'wrong_tenant_or_app'],
  ["AADSTS90002: Tenant 'contoso.onmicrosoft.de' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.", 'invalid_request', 'wrong_tenant_or_app'],
  ["AADSTS50020: User account 'max@outlook.de' from identity provider 'live.com' does not exist in tenant 'Contoso' and cannot access the application in that tenant.", 'invalid_request', 'wrong_tenant_or_app'],
  ["AADSTS50034: The user account {EmailHidden} does not exist in the 'contoso.de' directory. To sign into this application, the account must be added to the directory.", 'invalid_grant', 'wrong_tenant_or_app'],
  [`AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${APP}'.`, 'invalid_client', 'bad_client_secret'],
  [`AADSTS7000222: The provided client secret keys for app '${APP}' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.`, 'invalid_client', 'bad_client_secret'],
  ["AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'.", 'invalid_client', 'public_vs_confidential_client'],
  ["AADSTS700025: Client is public so neither 'client_assertion' nor 'client_secret' should be presented.", 'invalid_client', 'public_vs_confidential_client'],
  [`AADSTS50105: Your administrator has configured the application ETRON onRetail ('${APP}') to block users unless they are specifically granted ('assigned') access to the application. The signed in user 'max@contoso.de' is blocked because they are not a direct member of a group with access, nor had access directly assigned by an administrator.`, 'invalid_grant', 'user_not_assigned'],
  [`AADSTS65001: The user or administrator has not consented to use the application with ID '${APP}' named 'ETRON onRetail'. Send an interactive authorization request for this user and resource.`, 'invalid_grant', 'consent_missing'],
  ['AADSTS90094: The grant requires admin permission.', 'access_denied', 'consent_missing'],
  ["AADSTS650052: The app is trying to access a service '00000002-0000-0ff1-ce00-000000000000'(Office 365 Exchange Online) that your organization 'contoso' lacks a service principal for. Contact your IT Admin to review the configuration of your service subscriptions or consent to the application in order to create the required service principal.", 'invalid_client', 'service_principal_missing_or_wrong_id'],
  ['AADSTS500011: The resource principal named https://outlook.office365.com was not found in the tenant named Contoso. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.', 'invalid_resource', 'service_principal_missing_or_wrong_id'],
  ["AADSTS70011: The provided request must include a 'scope' input parameter. The provided value for the input parameter 'scope' is not valid. The scope https://outlook.office.com/SMTP.Send offline_access is not valid.", 'invalid_scope', 'wrong_scope_or_resource'],
  ['AADSTS65006: The request is not valid for the resource requested.', 'invalid_request', 'wrong_scope_or_resource'],
  ['AADSTS1002012: The provided value for scope https://outlook.office365.com/SMTP.SendAsApp is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).', 'invalid_scope', 'wrong_scope_or_resource'],
  ['AADSTS28000: Provided value for the input parameter scope is not valid because it contains more than one resource. Scope https://graph.microsoft.com/User.Read https://outlook.office.com/SMTP.Send is not valid.', 'invalid_scope', 'wrong_scope_or_resource'],
  ['AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.', 'invalid_grant', 'security_policy_blocks'],
  ["AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '00000002-0000-0ff1-ce00-000000000000'.", 'invalid_grant', 'security_policy_blocks'],
  ['AADSTS50079: Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multi-factor authentication to access this resource.', 'interaction_required', 'security_policy_blocks'],
  ['AADSTS50057: The user account is disabled.', 'invalid_grant', 'security_policy_blocks'],
  ['AADSTS50126: Error validating credentials due to invalid username or password.', 'invalid_grant', 'not_authenticated'],
  ['AADSTS70008: The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.', 'invalid_grant', 'token_expired_or_invalid'],
  ["AADSTS700082: The refresh token has expired due to inactivity. The token was issued on 2025-11-20T08:00:00.0000000Z and was inactive for 90.00:00:00.", 'invalid_grant', 'token_expired_or_invalid'],
  ['AADSTS9002313: Invalid request. Request is malformed or invalid.', 'invalid_request', 'token_expired_or_invalid'],
  ['AADSTS501481: The Code_Verifier does not match the code_challenge supplied in the authorization request.', 'invalid_grant', 'token_expired_or_invalid'],
  ['AADSTS65004: User declined to consent to access the app.', 'access_denied', 'user_cancelled_or_consent_declined'],
];

describe('decode: Entra sign-in errors in their real wrappers', () => {
  for (const [description, oauthError, category] of ENTRA_ERRORS) {
    for (const [wrapper, text] of Object.entries(entraWrappers(description, oauthError))) {
      it(`${description.slice(0, 14)} (${wrapper}) → ${category}`, () => {
        assert.equal(decode(text).causes[0]?.category, category);
      });
    }
  }

  it('the token endpoint JSON gives one cause with the redacted excerpt, step and texts', () => {
    const body = `{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${APP}'.\\r\\nTrace ID: 0b7e4a1c\\r\\nCorrelation ID: 7f6e5d4c\\r\\nTimestamp: 2026-03-02 09:14:07Z","error_codes":[7000215],"client_secret":"Abc8Q~xYz0123456789abcdefghijKLMNOPqrstu"}`;
    const { causes } = decode(body, { profile: 'etron', languages: ['de'] });
    assert.equal(causes.length, 1);
    const [cause] = causes;
    assert.equal(cause?.category, 'bad_client_secret');
    assert.equal(cause?.step, 'client-secret');
    assert.equal(cause?.waitLikely, false);
    assert.deepEqual(Object.keys(cause?.texts ?? {}), ['de']);
    assert.equal(cause?.texts.de?.title, 'Das Client-Secret ist falsch oder abgelaufen');
    assert.match(cause?.texts.de?.fix[2] ?? '', /^ETRON onRetail → Einstellungen → Allgemeine Einstellungen → Outlook-Anmeldedaten/);
    assert.equal(cause?.evidence[0], '{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret…');
    assert.ok(causes.every((c) => c.evidence.every((e) => !e.includes('Q~'))));
  });

  it('the sign-in page texts without a code, in English and German', () => {
    assert.equal(decode('Need admin approval\nETRON onRetail needs permission to access resources in your organization that only an admin can grant.').causes[0]?.category, 'consent_missing');
    assert.equal(decode('Administratorgenehmigung erforderlich').causes[0]?.category, 'consent_missing');
    assert.equal(decode("You can't sign in here with a personal account. Use your work or school account instead.").causes[0]?.category, 'wrong_tenant_or_app');
    assert.equal(decode('user_cancelled: User cancelled the flow.').causes[0]?.category, 'user_cancelled_or_consent_declined');
    assert.equal(decode('https://shop.wawi.onretail.eu/microsoft_outlook/confirm?error=access_denied&state=x').causes[0]?.category, 'user_cancelled_or_consent_declined');
  });

  it('70002 of the v1 endpoint ("Error validating credentials.") gives way to the code it wraps', () => {
    assert.equal(decode('AADSTS70002: Error validating credentials. AADSTS50126: Invalid username or password').causes[0]?.category, 'not_authenticated');
    assert.equal(decode('{"error":"invalid_grant","error_description":"AADSTS70002: Error validating credentials. AADSTS70000: The provided access grant is invalid or malformed."}').causes[0]?.category, 'token_expired_or_invalid');
    assert.equal(decode('AADSTS70002: InvalidClient - Error validating the credentials.').causes[0]?.category, 'bad_client_secret');
  });

  it("the sign-in page's policy pages: Conditional Access, Identity Protection, MFA registration → a security policy", () => {
    for (const page of [
      'You cannot access this right now\nYour sign-in was successful but does not meet the criteria to access this resource. For example, you might be signing in from a browser, app, or location that is restricted by your admin.',
      "You don't have access to this\nYour sign-in was successful but you don't have permission to access this resource.",
      "You can't get there from here\nThis application contains sensitive information and can only be accessed from: Devices or client applications that meet Contoso management compliance policy.",
      "Your sign-in was blocked\nWe've detected something unusual about this sign-in.",
      'More information required\nYour organization needs more information to keep your account secure',
    ]) {
      // A second cause, if any, is the wording's low-confidence runner-up (decode.ts), never a known one.
      const causes = decode(page).causes;
      assert.equal(causes[0]?.category, 'security_policy_blocks', page);
      assert.ok(causes.slice(1).every((c) => c.confidence <= 0.15), page);
    }
  });

  it('700016 and 500011 as Entra words them, without their code or with a mistyped one', () => {
    const app = "Application with identifier 'f3a1c2d4-0000-4000-8000-000000000001' was not found in the directory 'Contoso'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.";
    assert.deepEqual(decode(app).causes.map((c) => c.category), ['wrong_tenant_or_app']);
    assert.equal(decode(`AADSTS00016: ${app}`).causes[0]?.category, 'wrong_tenant_or_app');
    assert.equal(decode('The resource principal named https://outlook.office365.com was not found in the tenant named Contoso.').causes[0]?.category, 'service_principal_missing_or_wrong_id');
    assert.equal(decode('The resource principal named api://contoso-crm was not found in the tenant named Contoso.').causes[0]?.category, 'wrong_scope_or_resource');
  });

  it('50011, 90002 and 50105 as Entra words them, without their code', () => {
    const first = (text: string) => decode(text).causes[0]?.category;
    assert.equal(first("The redirect URI 'http://localhost:8080/' specified in the request does not match the redirect URIs configured for the application 'f3a1c2d4-0000-4000-8000-000000000001'."), 'redirect_uri_mismatch');
    assert.equal(first("Tenant 'contoso.onmicrosoft.de' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud."), 'wrong_tenant_or_app');
    assert.equal(first("Your administrator has configured the application Inventory360 ('f3a1c2d4-0000-4000-8000-000000000001') to block users unless they are specifically granted ('assigned') access to the application."), 'user_not_assigned');
  });

  it('OAuth error strings alone, and silenced by an AADSTS code beside them', () => {
    assert.deepEqual(decode('{"error":"invalid_grant"}').causes.map((c) => [c.category, c.confidence]), [['token_expired_or_invalid', 0.5]]);
    assert.deepEqual(decode('{"error":"invalid_scope"}').causes.map((c) => c.category), ['wrong_scope_or_resource']);
    assert.deepEqual(decode('{"error":"consent_required"}').causes.map((c) => c.category), ['consent_missing']);
    assert.deepEqual(decode('?error=account_selection_required&error_description=').causes.map((c) => c.category), ['token_expired_or_invalid']);
    assert.deepEqual(decode('{"error":"invalid_tenant","error_description":"…"}').causes.map((c) => c.category), ['wrong_tenant_or_app']);
    assert.deepEqual(
      decode('{"error":"invalid_client","error_description":"AADSTS7000218: The request body must contain the following parameter"}').causes.map((c) => c.category),
      ['public_vs_confidential_client'],
    );
  });

  it('Graph error bodies', () => {
    const expired = '{"error":{"code":"InvalidAuthenticationToken","message":"Lifetime validation failed, the token is expired.","innerError":{"request-id":"2f03a1b2-0000-4000-8000-000000000001","date":"2026-03-02T09:14:07"}}}';
    assert.equal(decode(expired).causes[0]?.category, 'token_expired_or_invalid');
    assert.equal(decode('{"error":{"code":"TooManyRequests","innerError":{"code":"429","status":"429"},"message":"Please retry again later."}}').causes[0]?.category, 'throttled');
    assert.equal(decode('{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}').causes[0]?.category, 'consent_missing');
    assert.equal(decode('{"error":{"code":"Request_ResourceNotFound","message":"Resource \'9259c75c-1172-4f5b-a1b2-1234567890ab\' does not exist"}}').causes[0]?.category, 'service_principal_missing_or_wrong_id');
  });

  it('a Graph token sent to SMTP, named by the token check id in a pasted report', () => {
    assert.deepEqual(decode('token check: audience_graph_for_smtp').causes.map((c) => [c.category, c.confidence]), [['wrong_scope_or_resource', 0.9]]);
  });
});
