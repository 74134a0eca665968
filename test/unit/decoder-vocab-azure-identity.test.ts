/**
 * The Azure Identity SDKs' own messages (vocab-azure-identity.ts): .NET Azure.Identity, Python azure-identity, JavaScript
 * @azure/identity, Java azure-identity and Go azidentity — each as the SDK prints it. The SDKs ship no translations, so
 * English only; the AADSTS reply an SDK wraps decides over its own sentence.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: Azure Identity — credential chains and environment configuration', () => {
  expectFirst([
    ['Azure.Identity.CredentialUnavailableException: DefaultAzureCredential failed to retrieve a token from the included credentials. See the troubleshooting guide for more information. https://aka.ms/azsdk/net/identity/defaultazurecredential/troubleshoot\n- EnvironmentCredential authentication unavailable. Environment variables are not fully configured. See the troubleshooting guide for more information. https://aka.ms/azsdk/net/identity/environmentcredential/troubleshoot\n- WorkloadIdentityCredential authentication unavailable. The workload options are not fully configured. See the troubleshooting guide for more information. https://aka.ms/azsdk/net/identity/workloadidentitycredential/troubleshoot\n- ManagedIdentityCredential authentication unavailable. No response received from the managed identity endpoint.', 'wrong_tenant_or_app'],
    ['DefaultAzureCredential failed to retrieve a token from the included credentials.', 'wrong_tenant_or_app'],
    ['ChainedTokenCredential => failed to retrieve a token from the included credentials', 'wrong_tenant_or_app'],
    ['EnvironmentCredential authentication unavailable. Environment variables are not fully configured.\nVisit https://aka.ms/azsdk/python/identity/environmentcredential/troubleshoot to troubleshoot this issue.', 'wrong_tenant_or_app'],
    ['CredentialUnavailableError: EnvironmentCredential is unavailable. No underlying credential could be used. To troubleshoot, visit https://aka.ms/azsdk/js/identity/environmentcredential/troubleshoot.', 'wrong_tenant_or_app'],
    ['EnvironmentCredential is unavailable. Environment variables are not fully configured.', 'wrong_tenant_or_app'],
    ['DefaultAzureCredential: failed to acquire a token.\nAttempted credentials:\n\tEnvironmentCredential: missing environment variable AZURE_TENANT_ID\n\tManagedIdentityCredential: IMDS token request timed out', 'wrong_tenant_or_app'],
    ['EnvironmentCredential: incomplete environment variable configuration. Only AZURE_TENANT_ID and AZURE_CLIENT_ID are set', 'bad_client_secret'],
    ['Environment Credential: Missing environment variable AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH or AZURE_USERNAME and AZURE_PASSWORD', 'bad_client_secret'],
    ['WorkloadIdentityCredential authentication unavailable. The workload options are not fully configured. See the troubleshooting guide for more information. https://aka.ms/azsdk/java/identity/workloadidentitycredential/troubleshoot', 'wrong_tenant_or_app'],
  ]);
});

describe('vocabulary: Azure Identity — managed identity', () => {
  expectFirst([
    ['ManagedIdentityCredential authentication unavailable. The requested identity has not been assigned to this resource.', 'wrong_tenant_or_app'],
    ['ManagedIdentityCredential authentication unavailable. No identity has been assigned to this resource.', 'wrong_tenant_or_app'],
    ['User-assigned managed identity is not supported by the detected managed identity environment.', 'wrong_tenant_or_app'],
    ['ManagedIdentityCredential authentication unavailable, no response from the IMDS endpoint.', 'network_blocked'],
    ['Azure.Identity.CredentialUnavailableException (0x80131500): ManagedIdentityCredential authentication unavailable. No response received from the managed identity endpoint.', 'network_blocked'],
    ['CredentialUnavailableError: ManagedIdentityCredential: Authentication failed. Message Attempted to use the IMDS endpoint, but it is not available.', 'network_blocked'],
    ['ManagedIdentityCredential authentication unavailable. The request failed due to a gateway error.', 'network_blocked'],
    ['ManagedIdentityCredential authentication unavailable.', 'wrong_tenant_or_app'],
  ]);
});

describe('vocabulary: Azure Identity — tenant, interactive sign-in, certificates', () => {
  expectFirst([
    ['Azure.Identity.AuthenticationFailedException: The current credential is not configured to acquire tokens for tenant 9188040d-6c67-4c5b-b112-36a304b66dad. To enable acquiring tokens for this tenant add it to the AdditionallyAllowedTenants on the credential options, or add "*" to AdditionallyAllowedTenants to allow acquiring tokens for any tenant. See the troubleshooting guide for more information. https://aka.ms/azsdk/net/identity/multitenant/troubleshoot', 'wrong_tenant_or_app'],
    ['azure.core.exceptions.ClientAuthenticationError: The current credential is not configured to acquire tokens for tenant contoso.onmicrosoft.com. To enable acquiring tokens for this tenant add it to the additionally_allowed_tenants when creating the credential, or add "*" to additionally_allowed_tenants to allow acquiring tokens for any tenant.', 'wrong_tenant_or_app'],
    ['Azure.Identity.AuthenticationRequiredException: Interactive authentication is needed to acquire token. Call Authenticate to interactively authenticate.', 'token_expired_or_invalid'],
    ['com.azure.identity.AuthenticationRequiredException: Interactive authentication is needed to acquire token. Call Authenticate to initiate the device code authentication.', 'token_expired_or_invalid'],
    ["azure.identity._exceptions.AuthenticationRequiredError: Interactive authentication is required to get a token. Call 'authenticate' to begin.", 'token_expired_or_invalid'],
    ['AuthenticationRequiredError: Automatic authentication has been disabled. You may call the authentication() method.', 'token_expired_or_invalid'],
    ["InteractiveBrowserCredential can't acquire a token without user interaction. Call Authenticate to authenticate a user interactively", 'token_expired_or_invalid'],
    ['ClientCertificateCredential: Provide either a PEM certificate in string form, or the path to that certificate in the filesystem. To troubleshoot, visit https://aka.ms/azsdk/js/identity/serviceprincipalauthentication/troubleshoot.', 'bad_client_secret'],
    ['ValueError: CertificateCredential requires an RSA private key because it uses RS256 for signing', 'bad_client_secret'],
    ["ClientCertificateCredential authentication failed: Could not find file 'C:\\certs\\mailer.pfx'.", 'bad_client_secret'],
    ['Timed out waiting for user to authenticate', 'user_cancelled_or_consent_declined'],
  ]);
});

describe('vocabulary: Azure Identity — the credential\'s own failure sentence', () => {
  expectFirst([
    ['Azure.Identity.AuthenticationFailedException: ClientSecretCredential authentication failed: ', 'bad_client_secret'],
    ['UsernamePasswordCredential authentication failed: ', 'not_authenticated'],
    ['DeviceCodeCredential authentication failed: ', 'token_expired_or_invalid'],
  ]);

  it('the AADSTS reply inside the SDK\'s sentence decides', () => {
    assert.equal(first('Azure.Identity.AuthenticationFailedException: ClientSecretCredential authentication failed: AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app \'86be4c01-505b-45e9-bfc0-9b825fd84000\'.'), 'bad_client_secret');
    assert.equal(first('ClientSecretCredential authentication failed\nPOST https://login.microsoftonline.com/3c631bb7-a9f7-4343-a5ba-a615913/oauth2/v2.0/token\n--------------------------------------------------------------------------------\nRESPONSE 400 Bad Request\n--------------------------------------------------------------------------------\n{\n  "error": "invalid_request",\n  "error_description": "AADSTS90002: Tenant \'contoso.onmicrosoft.co\' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.",\n  "error_codes": [\n    90002\n  ]\n}\n--------------------------------------------------------------------------------\nTo troubleshoot, visit https://aka.ms/azsdk/go/identity/troubleshoot#client-secret'), 'wrong_tenant_or_app');
    assert.equal(first('UsernamePasswordCredential authentication failed: AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access \'00000002-0000-0ff1-ce00-000000000000\'.'), 'security_policy_blocks');
    assert.equal(first('DefaultAzureCredential failed to retrieve a token from the included credentials.\nAttempted credentials:\n\tEnvironmentCredential: Authentication failed: AADSTS700016: Application with identifier \'8c5b1f2e-0000-4a1b-9c1d-123456789abc\' was not found in the directory \'Contoso\'.'), 'wrong_tenant_or_app');
  });
});
