/**
 * The Azure Identity SDKs' own messages (issue 10): the token libraries that Microsoft Graph SDKs, EWS/Graph mail
 * clients and scripts use to sign in — .NET Azure.Identity, Python azure-identity, JavaScript @azure/identity, Java
 * com.azure:azure-identity and Go azidentity. Only texts read in their source or in their troubleshooting guides are
 * here; each group cites it. None of the SDKs ships translated messages, so they are English only.
 *
 * What fixes each message decides its category: a credential that is "unavailable" (environment variables, workload
 * options, a certificate that cannot be read) is the app's own sign-in setup — wrong_tenant_or_app, or bad_client_secret
 * where the secret/certificate is what is missing; managed identity that cannot be reached is network_blocked or
 * wrong_tenant_or_app as the guides say (the identity must be enabled on the Azure host, and IMDS reached without a
 * proxy); "interactive authentication is required" means the cached sign-in must be renewed (token_expired_or_invalid).
 *
 * The SDKs put Microsoft's reply inside their own sentence ("ClientSecretCredential authentication failed: AADSTS7000215 …",
 * Go's "… authentication failed\nPOST https://login.microsoftonline.com/…\nRESPONSE 401 …{"error_description":"AADSTS…"}",
 * JS's "invalid_client(status code 401).\nMore details:\nAADSTS…"): those wrappers give way to the AADSTS code
 * (`yieldsTo: ['sign-in']`); alone they stay weak.
 *
 * Sources (repository + path; the troubleshooting guides are the same files Microsoft publishes as
 * "Troubleshoot Azure Identity authentication issues" for each language):
 * - Azure/azure-sdk-for-net sdk/identity/Azure.Identity/TROUBLESHOOTING.md, src/Credentials/DefaultAzureCredential.cs,
 *   src/Credentials/EnvironmentCredential.cs, src/Credentials/WorkloadIdentityCredential.cs, src/Constants.cs,
 *   src/Credentials/ClientCertificateCredential.cs (scope.FailWrapAndThrow: "<Credential> authentication failed: <inner>"),
 *   TenantIdResolverBase (multi-tenant text), the interactive credentials' AuthenticationRequiredMessage.
 * - Azure/azure-sdk-for-python sdk/identity/azure-identity/TROUBLESHOOTING.md, azure/identity/_exceptions.py,
 *   _credentials/environment.py, _credentials/imds.py, _credentials/certificate.py, _credentials/browser.py,
 *   _internal/utils.py (resolve_tenant), _credentials/chained.py.
 * - Azure/azure-sdk-for-js sdk/identity/identity/src/client/errors.ts, credentials/environmentCredential.ts,
 *   credentials/chainedTokenCredential.ts, credentials/clientCertificateCredential.ts, util/processMultiTenantRequest.ts,
 *   msal/nodeFlows (AuthenticationRequiredError "Automatic authentication has been disabled …").
 * - Azure/azure-sdk-for-java sdk/identity/azure-identity TROUBLESHOOTING.md ("Troubleshoot multi-tenant authentication
 *   issues"), implementation/util/IdentityUtil.java (multi-tenant text), WorkloadIdentityCredential.java, and the
 *   credential review notes in the repository (AuthenticationRequiredException's text).
 * - Azure/azure-sdk-for-go sdk/azidentity/TROUBLESHOOTING.md, errors.go (AuthenticationFailedError,
 *   AuthenticationRequiredError), environment_credential.go.
 *
 * Not confirmed / not here:
 * - Go's newer EnvironmentCredential texts ("missing environment variable AZURE_TENANT_ID", "incomplete environment
 *   variable configuration. Only AZURE_TENANT_ID and AZURE_CLIENT_ID are set") and "IMDS token request timed out" were
 *   read verbatim in error logs users quote from DefaultAzureCredential, not in the stored version of
 *   environment_credential.go (which has the older "Missing environment variable AZURE_TENANT_ID" form, also covered).
 * - Go's ChainedTokenCredential line "ChainedTokenCredential: failed to acquire a token" is inferred from errors.go's
 *   "<credType>: <message>" format and DefaultAzureCredential's text; Go's WorkloadIdentityCredential wording is the
 *   guide's shorthand "no client ID/tenant ID/token file specified".
 * - JS's managed identity text "Attempted to use the IMDS endpoint, but it is not available" was read in a quoted
 *   ChainedTokenCredential error, not in the stored managedIdentityCredential sources.
 * - A certificate file that is missing: the SDKs let the runtime's own error through (.NET "Could not find file …",
 *   Node "ENOENT: no such file or directory", Python FileNotFoundError). Only that error directly after the SDK's
 *   ClientCertificateCredential sentence is read here. Java's certificate-loading wording was not found.
 * - "User canceled authentication." (MSAL.NET, wrapped as "InteractiveBrowserCredential authentication failed: …") is
 *   MSAL's text and already read by the MSAL vocabularies; the SDKs add no cancel wording of their own.
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/** App-only credentials: their failures are the secret, the certificate, the tenant or the client ID. */
const APP_CREDENTIAL = '(?:ClientSecret|(?:Client)?Certificate|ClientAssertion|OnBehalfOf|Environment)Credential';
/** Credentials that sign a user in. */
const USER_CREDENTIAL = '(?:DeviceCode|InteractiveBrowser|AuthorizationCode|SharedTokenCache|Broker)Credential';
/** "<Credential> authentication failed" (.NET ": …", Go ". …" or a new line, JS EnvironmentCredential "… failed.") or Python's log line. */
const FAILED = `(?:${phrase('authentication failed')}|\\.get_token ?failed)`;

/**
 * DefaultAzureCredential / ChainedTokenCredential: no credential in the chain gave a token. Every guide: "All credentials
 * in the chain failed to retrieve a token, each throwing a CredentialUnavailableException" — the app's own sign-in
 * (client ID, tenant, secret, certificate) is not configured where the app runs. The single credentials' lines follow
 * (rules below) and decide; an AADSTS reply inside decides over all.
 * .NET/Python/Java: "DefaultAzureCredential failed to retrieve a token from the included credentials." (JS before 2.0:
 * "DefaultAzureCredential => failed to retrieve …"); Go: "DefaultAzureCredential: failed to acquire a token.";
 * JS's AggregateAuthenticationError: "ChainedTokenCredential authentication failed."; .NET wraps an unexpected
 * exception as "DefaultAzureCredential authentication failed due to an unhandled exception: ".
 */
const CHAINS: readonly Rule[] = [
  pattern('azidentity-chain-no-token', 'product', 1, [
    `(?:DefaultAzureCredential|ChainedTokenCredential) ?(?:=> ?)?${phrase('failed to retrieve a token from the included credentials')}`,
    `(?:DefaultAzureCredential|ChainedTokenCredential): ?${phrase('failed to acquire a token')}`,
    `ChainedTokenCredential ?${phrase('authentication failed.')}`,
  ], [p('wrong_tenant_or_app', 0.45), p('bad_client_secret', 0.3)], { yieldsTo: ['sign-in'] }),
  pattern('azidentity-dac-unhandled', 'product', 1, [phrase('DefaultAzureCredential authentication failed due to an unhandled exception')], [
    p('wrong_tenant_or_app', 0.3), p('bad_client_secret', 0.25),
  ], { yieldsTo: ['sign-in', 'tls'] }),
];

/**
 * EnvironmentCredential / WorkloadIdentityCredential not configured: "Environment variables aren't fully configured …
 * ensure AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET [or AZURE_CLIENT_CERTIFICATE_PATH] are properly set"
 * (.NET/Python guides). Missing tenant or client ID → wrong_tenant_or_app; tenant and client set but no secret,
 * certificate or password → bad_client_secret.
 */
const ENVIRONMENT: readonly Rule[] = [
  pattern('azidentity-env-not-configured', 'product', 3, [
    // .NET / Python / Java: "EnvironmentCredential authentication unavailable. Environment variables are not fully configured."
    // JS 1.x: "EnvironmentCredential is unavailable. Environment variables are not fully configured."
    `${phrase('EnvironmentCredential')} ?(?:${phrase('authentication unavailable.')}|${phrase('is unavailable.')}) ?${phrase('Environment variables are not fully configured')}`,
    // JS 2.x+: "EnvironmentCredential is unavailable. No underlying credential could be used. To troubleshoot, visit …"
    `${phrase('EnvironmentCredential is unavailable.')} ?${phrase('No underlying credential could be used')}`,
  ], [p('wrong_tenant_or_app', 0.6), p('bad_client_secret', 0.35)]),
  // Go: "EnvironmentCredential: missing environment variable AZURE_TENANT_ID" (older: "Environment Credential … Missing
  // environment variable AZURE_TENANT_ID").
  pattern('azidentity-env-missing-ids', 'product', 3, [
    `${phrase('missing environment variable')} ?AZURE_(?:TENANT|CLIENT)_ID\\b(?! ?or)`,
  ], [p('wrong_tenant_or_app', 0.65)]),
  // Go: tenant and client ID set, but no secret, certificate path or user name/password.
  pattern('azidentity-env-missing-secret', 'product', 3, [
    `${phrase('incomplete environment variable configuration.')} ?${phrase('Only AZURE_TENANT_ID and AZURE_CLIENT_ID are set')}`,
    `${phrase('Missing environment variable AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH')}`,
  ], [p('bad_client_secret', 0.6), p('wrong_tenant_or_app', 0.3)]),
  // .NET / Python / Java: "WorkloadIdentityCredential authentication unavailable. The workload options are not fully configured."
  // (client ID, tenant ID and token file path: AZURE_CLIENT_ID, AZURE_TENANT_ID, AZURE_FEDERATED_TOKEN_FILE). Go guide: "no
  // client ID/tenant ID/token file specified".
  pattern('azidentity-workload-not-configured', 'product', 3, [
    `${phrase('WorkloadIdentityCredential authentication unavailable.')} ?${phrase('The workload options are not fully configured')}`,
    `WorkloadIdentityCredential:? ?no ?(?:client ?ID|tenant ?ID|token ?file)(?: ?/ ?(?:tenant ?ID|token ?file)){0,2} ?specified`,
  ], [p('wrong_tenant_or_app', 0.55), p('bad_client_secret', 0.25)]),
];

/**
 * ManagedIdentityCredential (the guides' tables "Azure Virtual Machine", "App Service", "Pod Identity"):
 * - "The requested identity hasn't been assigned to this resource" (IMDS 400): the user-assigned client ID is wrong or the
 *   identity is not enabled → wrong_tenant_or_app.
 * - "No response received from the managed identity endpoint" / Python "no response from the IMDS endpoint" / "no managed
 *   identity endpoint found" / "Multiple attempts failed …": the app does not run on an Azure host with managed identity,
 *   or IMDS cannot be reached → both.
 * - "The request failed due to a gateway error" (IMDS 502/504): a proxy in the way → network_blocked.
 */
const MANAGED_IDENTITY: readonly Rule[] = [
  pattern('azidentity-mi-not-assigned', 'product', 3, [
    `ManagedIdentityCredential[^\\n]{0,80}?(?:${phrase('The requested identity has not been assigned to this resource')}|${phrase("The requested identity hasn't been assigned to this resource")}|${phrase('No identity has been assigned to this resource')})`,
    phrase('User-assigned managed identity is not supported by the detected managed identity environment'),
    // AKS Pod Identity (NMI), Go guide.
    phrase('no azure identity found for request clientID'),
  ], [p('wrong_tenant_or_app', 0.6), p('network_blocked', 0.15)]),
  pattern('azidentity-mi-no-endpoint', 'product', 3, [
    // .NET: "ManagedIdentityCredential authentication unavailable. No response received from the managed identity endpoint."
    `ManagedIdentityCredential[^\\n]{0,80}?${phrase('No response received from the managed identity endpoint')}`,
    // Python: "ManagedIdentityCredential authentication unavailable, no response from the IMDS endpoint." / older "…, no
    // managed identity endpoint found."
    `ManagedIdentityCredential[^\\n]{0,80}?(?:${phrase('no response from the IMDS endpoint')}|${phrase('no managed identity endpoint found')})`,
    `ManagedIdentityCredential[^\\n]{0,80}?${phrase('Multiple attempts failed to obtain a token from the managed identity endpoint')}`,
    // JS (quoted in a ChainedTokenCredential error): "ManagedIdentityCredential: Authentication failed. Message Attempted to use
    // the IMDS endpoint, but it is not available."
    `ManagedIdentityCredential[^\\n]{0,80}?${phrase('Attempted to use the IMDS endpoint, but it is not available')}`,
    // Go: "ManagedIdentityCredential: IMDS token request timed out"; guide: "managed identity timed out" (DefaultAzureCredential's
    // short first attempt).
    `ManagedIdentityCredential: ?${phrase('IMDS token request timed out')}`,
    phrase('managed identity timed out'),
  ], [p('network_blocked', 0.45), p('wrong_tenant_or_app', 0.4)]),
  pattern('azidentity-mi-gateway', 'product', 3, [
    `ManagedIdentityCredential[^\\n]{0,80}?${phrase('The request failed due to a gateway error')}`,
  ], [p('network_blocked', 0.6)]),
  // App Service / Functions: "ManagedIdentityCredential authentication unavailable." alone — the host's IDENTITY_ENDPOINT /
  // IDENTITY_HEADER are not set (managed identity not enabled on the App Service).
  pattern('azidentity-mi-unavailable', 'product', 2, [`${phrase('ManagedIdentityCredential authentication unavailable')}`], [
    p('wrong_tenant_or_app', 0.45), p('network_blocked', 0.3),
  ]),
];

/**
 * A token asked for another tenant than the credential's (multi-tenant authentication, breaking change of 2022): "The
 * current credential is not configured to acquire tokens for tenant <id>. To enable acquiring tokens for this tenant add it
 * to the AdditionallyAllowedTenants …" (.NET/Java/JS "AdditionallyAllowedTenants", Python "additionally_allowed_tenants").
 * The app signs in to one tenant and the mailbox/resource is in another → wrong_tenant_or_app.
 */
const TENANT: readonly Rule[] = [
  pattern('azidentity-tenant-not-allowed', 'product', 3, [phrase('The current credential is not configured to acquire tokens for tenant')], [
    p('wrong_tenant_or_app', 0.75),
  ]),
];

/**
 * Interactive credentials with automatic authentication disabled: the cached sign-in no longer yields a token silently, so
 * the user must sign in again (AuthenticationRequiredError / AuthenticationRequiredException).
 */
const AUTHENTICATION_REQUIRED: readonly Rule[] = [
  pattern('azidentity-auth-required', 'product', 3, [
    // .NET / Java: "Interactive authentication is needed to acquire token. Call Authenticate to interactively authenticate."
    // (DeviceCodeCredential: "… Call Authenticate to initiate the device code authentication.")
    `${phrase('Interactive authentication is needed to acquire token.')} ?${phrase('Call Authenticate to')}`,
    // Python: "Interactive authentication is required to get a token. Call 'authenticate' to begin."
    `${phrase('Interactive authentication is required to get a token.')} ?${phrase('Call')}`,
    // JS: "Automatic authentication has been disabled. You may call the authentication() method."
    `${phrase('Automatic authentication has been disabled.')} ?${phrase('You may call the authentication() method')}`,
    // Go: "<credential> can't acquire a token without user interaction. Call Authenticate to authenticate a user interactively"
    `${phrase("can't acquire a token without user interaction.")} ?${phrase('Call Authenticate')}`,
  ], [p('token_expired_or_invalid', 0.65), p('not_authenticated', 0.3)]),
  pattern('azidentity-auth-required-type', 'product', 2, [
    `(?:Azure\\.Identity\\.|com\\.azure\\.identity\\.)AuthenticationRequiredException`,
    `azure\\.identity(?:\\._exceptions)?\\.AuthenticationRequiredError`,
  ], [p('token_expired_or_invalid', 0.55), p('not_authenticated', 0.25)], { yieldsTo: ['sign-in'] }),
];

/**
 * The credential's own "authentication failed" sentence, with Microsoft's reply after it (.NET AuthenticationFailedException
 * "<Credential> authentication failed: <MSAL's message with AADSTS…>", Go AuthenticationFailedError "<Credential>
 * authentication failed. …\nPOST …\nRESPONSE 401 …", JS "EnvironmentCredential authentication failed. To troubleshoot …",
 * Python's "<Credential>.get_token failed: …" log line). The AADSTS code decides; alone, the credential type says where to look.
 */
const WRAPPERS: readonly Rule[] = [
  pattern('azidentity-app-credential-failed', 'product', 1, [`${APP_CREDENTIAL} ?${FAILED}`], [
    p('bad_client_secret', 0.5), p('wrong_tenant_or_app', 0.35),
  ], { yieldsTo: ['sign-in'] }),
  // UsernamePasswordCredential (ROPC): the guide's cause is AADSTS50126 (wrong user name or password); MFA or a federated
  // account cannot sign in this way at all.
  pattern('azidentity-user-password-failed', 'product', 1, [`UsernamePasswordCredential ?${FAILED}`], [
    p('not_authenticated', 0.4), p('security_policy_blocks', 0.3),
  ], { yieldsTo: ['sign-in'] }),
  pattern('azidentity-user-credential-failed', 'product', 1, [`${USER_CREDENTIAL} ?${FAILED}`], [
    p('token_expired_or_invalid', 0.45), p('user_cancelled_or_consent_declined', 0.25),
  ], { yieldsTo: ['sign-in'] }),
  pattern('azidentity-mi-failed', 'product', 1, [`(?:ManagedIdentity|WorkloadIdentity)Credential ?${FAILED}`], [
    p('wrong_tenant_or_app', 0.45), p('network_blocked', 0.3),
  ], { yieldsTo: ['sign-in', 'tls'] }),
  // The exception types alone (a log that shows only the type and a cut message).
  pattern('azidentity-exception-type', 'product', 1, [
    `Azure\\.Identity\\.(?:AuthenticationFailedException|CredentialUnavailableException)`,
    `com\\.azure\\.identity\\.CredentialUnavailableException`,
    `azure\\.identity(?:\\._exceptions)?\\.CredentialUnavailableError`,
  ], [p('wrong_tenant_or_app', 0.35), p('bad_client_secret', 0.3)], { yieldsTo: ['sign-in', 'tls'] }),
];

/**
 * Certificate credentials whose certificate cannot be used: JS clientCertificateCredential.ts ("Provide either a PEM
 * certificate in string form, or the path to that certificate in the filesystem", "… providing both the contents of a PEM
 * certificate and the path to a PEM certificate is forbidden"), Python _credentials/certificate.py ('requires a value for
 * "certificate_path" or "certificate_data"', "requires an RSA private key because it uses RS256 for signing"), and the
 * runtime's file-not-found error right after the credential's name → the certificate (the app's secret) is what to fix.
 */
const CERTIFICATE: readonly Rule[] = [
  pattern('azidentity-cert-not-usable', 'product', 3, [
    `ClientCertificateCredential: ?${phrase('Provide either a PEM certificate in string form, or the path to that certificate')}`,
    `ClientCertificateCredential: ?${phrase('To avoid unexpected behaviors, providing both the contents of a PEM certificate')}`,
    `${phrase('CertificateCredential requires a value for')} ?"certificate_path"`,
    phrase('CertificateCredential requires an RSA private key because it uses RS256 for signing'),
  ], [p('bad_client_secret', 0.65)]),
  pattern('azidentity-cert-file-missing', 'product', 3, [
    `(?:Client)?CertificateCredential[^\\n]{0,120}?(?:${phrase('Could not find file')}|${phrase('Could not find a part of the path')}|ENOENT|${phrase('No such file or directory')})`,
  ], [p('bad_client_secret', 0.6)]),
];

/**
 * Python's device code flow: "Timed out waiting for user to authenticate" (the Device Code Credential review notes in the
 * azure-sdk repositories, Python row "MSAL timed out waiting for user to authenticate") — the sign-in was not finished.
 */
const USER_FLOW: readonly Rule[] = [
  pattern('azidentity-user-timeout', 'product', 2, [phrase('Timed out waiting for user to authenticate')], [
    // Above the loose "timed out" of the network rules (0.6): the device code was shown and nobody signed in.
    p('user_cancelled_or_consent_declined', 0.7),
  ]),
];

/** Every Azure Identity SDK rule (patterns.ts). */
export const AZURE_IDENTITY_VOCABULARY_RULES: readonly Rule[] = [
  ...CHAINS, ...ENVIRONMENT, ...MANAGED_IDENTITY, ...TENANT, ...AUTHENTICATION_REQUIRED, ...WRAPPERS, ...CERTIFICATE, ...USER_FLOW,
];
