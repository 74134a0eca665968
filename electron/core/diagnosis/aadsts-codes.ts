/**
 * Every AADSTS code of Microsoft's published list, as data: code, our category, how sure the code
 * alone makes it (0..1), and Microsoft's message (shortened to its first sentence).
 * Source: "Microsoft Entra authentication and authorization error codes",
 * https://learn.microsoft.com/entra/identity-platform/reference-error-codes
 * (MicrosoftDocs/entra-docs, docs/identity-platform/reference-error-codes.md, commit 04f65548, ms.date 04/24/2024).
 * Codes in use but missing from that page (7000216, 7000229, 1002012, 28000, 65006, 650053, 700024,
 * 9002325 …) are added at the end and marked. Codes Microsoft adds later fall back by number range
 * and message words (aadsts-fallback.ts).
 *
 * Category keys: R redirect_uri_mismatch, T wrong_tenant_or_app, S bad_client_secret,
 * P public_vs_confidential_client, A user_not_assigned, C consent_missing, SP service principal
 * missing, SC wrong_scope_or_resource, POL security_policy_blocks, PW not_authenticated (user name or
 * password), TOK token_expired_or_invalid, X user_cancelled_or_consent_declined, THR throttled, TLS tls_problem,
 * U unexpected_server_reply (a client that builds a malformed request: updating the client fixes it), B basic_auth_used
 * (a client that sends a password where only OAuth signs in).
 * Codes about federation, SAML, devices or on-premises agents never come from a mail sign-in set up
 * as this app does; they map with a low weight to the closest category so no code is left without one.
 * 9002313 (a malformed request) ranks TLS second: Microsoft's Office activation articles (OfficeDocs-Support
 * Office/Client/activation/aadsts9002313-invalid-request.md, errors-activating-on-older-windows.md) give TLS 1.2 missing
 * on older Windows as its cause there.
 * 50000 ("an issue with the sign-in service") reads like an outage, but Microsoft's troubleshooting article for it
 * (learn.microsoft.com/troubleshoot/entra/entra-id/app-integration/error-code-aadsts50000-issuing-token-sign-in-service, quoted in
 * Korean by a development text) gives set-up causes: a user's password expired or not synchronized or a revoked session, bad
 * parameters in an on-behalf-of request, and the app's consent or service principal in the device-code flow; the three
 * development texts with it were fixed by the tenant, the service principal and the sign-in. So the service principal first, the
 * token second.
 * 70016 (authorization_pending) names the sign-in not finished second: "The user hasn't finished authenticating, but hasn't
 * canceled the flow" (learn.microsoft.com/entra/identity-platform/v2-oauth2-device-code, expected errors) — a development text's
 * fix was completing the sign-in at microsoft.com/devicelogin.
 */
import type { CategoryId } from './categories.js';

const KEYS: Readonly<Record<string, CategoryId>> = {
  R: 'redirect_uri_mismatch', T: 'wrong_tenant_or_app', S: 'bad_client_secret', P: 'public_vs_confidential_client',
  A: 'user_not_assigned', C: 'consent_missing', SP: 'service_principal_missing_or_wrong_id', SC: 'wrong_scope_or_resource',
  POL: 'security_policy_blocks', PW: 'not_authenticated', TOK: 'token_expired_or_invalid', X: 'user_cancelled_or_consent_declined',
  THR: 'throttled', TLS: 'tls_problem', U: 'unexpected_server_reply', B: 'basic_auth_used',
};

// code key weight [second key weight] | Microsoft's message
const DATA = `
16000 T .85 | InteractionRequired - User account from identity provider doesn't exist in tenant and can't access the application in that tenant.
16001 TOK .4 | UserAccountSelectionInvalid - The user selected a tile that the session select logic has rejected.
16002 TOK .4 | AppSessionSelectionInvalid - The app-specified SID requirement wasn't met.
160021 TOK .4 | AppSessionSelectionInvalidSessionNotExist - Application requested a user session that doesn't exist.
16003 T .8 | SsoUserAccountNotFoundInResourceTenant - The user hasn't been explicitly added to the tenant.
17003 POL .4 | CredentialKeyProvisioningFailed - Microsoft Entra ID can't provision the user key.
20001 T .4 | WsFedSignInResponseError - There's an issue with your federated Identity Provider.
20012 T .4 | WsFedMessageInvalid - There's an issue with your federated Identity Provider.
20033 T .4 | FedMetadataInvalidTenantName - There's an issue with your federated Identity Provider.
230109 THR .4 | CachedCredentialNonGWAuthNRequestsNotSupported - Backup Auth Service only allows AuthN requests from Microsoft Entra Gateway.
28002 SC .9 | Provided value for the input parameter scope isn't valid when requesting an access token.
28003 SC .9 | Provided value for the input parameter scope can't be empty when requesting an access token using the provided authorization code.
40008 T .4 | OAuth2IdPUnretryableServerError - There's an issue with your federated Identity Provider.
40009 T .4 | OAuth2IdPRefreshTokenRedemptionUserError - There's an issue with your federated Identity Provider.
40010 T .4 | OAuth2IdPRetryableServerError - There's an issue with your federated Identity Provider.
40015 T .4 | OAuth2IdPAuthCodeRedemptionUserError - There's an issue with your federated Identity Provider.
50000 SP .35 TOK .3 | TokenIssuanceError - There's an issue with the sign-in service.
50001 SC .85 T .45 | InvalidResource - The resource is disabled or doesn't exist.
50002 POL .7 | NotAllowedTenant - Sign-in failed because of a restricted proxy access on the tenant.
500011 SP .85 SC .6 | InvalidResourceServicePrincipalNotFound - The resource principal named {name} wasn't found in the tenant named {tenant}.
500021 POL .8 | Access to '{tenant}' tenant is denied (tenant restrictions).
500022 POL .8 | Access to '{tenant}' tenant is denied (tenant restrictions).
50003 T .4 | MissingSigningKey - Sign-in failed because of a missing signing key or certificate.
50005 POL .85 | DevicePolicyError - User tried to sign in to a device from a platform not currently supported through Conditional Access policy.
50006 S .5 | InvalidSignature - Signature verification failed because of an invalid signature.
50007 T .4 | PartnerEncryptionCertificateMissing - The partner encryption certificate wasn't found for this app.
50008 T .4 | InvalidSamlToken - SAML assertion is missing or misconfigured in the token.
5000819 T .4 | InvalidSamlTokenEmailMissingOrInvalid - SAML Assertion is invalid.
50010 T .4 | AudienceUriValidationFailed - Audience URI validation for the app failed since no token audiences were configured.
50011 R .95 | InvalidReplyTo - The reply address is missing, misconfigured, or doesn't match reply addresses configured for the app.
50012 S .8 | AuthenticationFailed - The client credentials (certificate or secret) aren't valid.
50013 TOK .6 | InvalidAssertion - Assertion is invalid because of various reasons.
500133 TOK .85 | Assertion isn't within its valid time range.
50014 T .8 | GuestUserInPendingState - The user account doesn't exist in the directory.
50015 POL .5 | ViralUserLegalAgeConsentRequiredState - The user requires legal age group consent.
50017 T .4 | CertificateValidationFailed - Certification validation failed.
50020 T .9 | UserUnauthorized - User account from identity provider does not exist in tenant and cannot access the application in that tenant.
500208 T .85 | The domain is not a valid login domain for the account type.
500212 POL .8 | NotAllowedByOutboundPolicyTenant - The user's administrator has set an outbound access policy that doesn't allow access to the resource tenant.
500213 POL .8 | NotAllowedByInboundPolicyTenant - The resource tenant's cross-tenant access policy doesn't allow this user to access this tenant.
50027 S .6 TOK .3 | InvalidJwtToken - Invalid JWT token.
50029 T .4 | Invalid URI - domain name contains invalid characters.
50032 S .4 | WeakRsaKey - The user attempted to use a weak RSA key.
50033 THR .5 | RetryableError - A transient error not related to the database operations.
50034 T .75 PW .4 | UserAccountNotFound - To sign into this application, the account must be added to the directory.
50042 T .4 | UnableToGeneratePairwiseIdentifierWithMissingSalt - The salt required to generate a pairwise identifier is missing.
50043 T .4 | UnableToGeneratePairwiseIdentifierWithMultipleSalts
50048 S .7 | SubjectMismatchesIssuer - Subject mismatches Issuer claim in the client assertion.
50049 T .4 | NoSuchInstanceForDiscovery - Unknown or invalid instance.
50050 TOK .35 | MalformedDiscoveryRequest - The request is malformed.
50053 POL .8 | IdsLocked - The account is locked, or sign-in was blocked because it came from an IP address with malicious activity.
50055 POL .6 PW .4 | InvalidPasswordExpiredPassword - The password is expired.
50056 PW .7 | Invalid or null password: password doesn't exist in the directory for this user.
50057 POL .8 | UserDisabled - The user account is disabled.
50058 TOK .5 | UserInformationNotProvided - Session information isn't sufficient for single-sign-on.
50059 T .9 | MissingTenantRealmAndNoUserInformationProvided - Tenant-identifying information wasn't found in either the request or implied by any provided credentials.
50061 TOK .35 | SignoutInvalidRequest - Unable to complete sign out.
50064 PW .7 | CredentialAuthenticationError - Credential validation on username or password has failed.
50068 TOK .35 | SignoutInitiatorNotParticipant - Sign out has failed.
50070 TOK .35 | SignoutUnknownSessionIdentifier - Sign out has failed.
50071 TOK .35 | SignoutMessageExpired - The logout request has expired.
50072 POL .85 | UserStrongAuthEnrollmentRequiredInterrupt - User needs to enroll for second factor authentication.
50074 POL .85 | UserStrongAuthClientAuthNRequiredInterrupt - Strong authentication is required and the user did not pass the MFA challenge.
50076 POL .92 TOK .3 | UserStrongAuthClientAuthNRequired - The user must use multifactor authentication to access the resource.
50078 TOK .75 POL .6 | UserStrongAuthExpired - Presented multifactor authentication has expired due to policies configured by your administrator.
50079 POL .92 | UserStrongAuthEnrollmentRequired - The user is required to use multifactor authentication.
50085 TOK .4 | Refresh token needs social IDP login.
50086 POL .4 | SasNonRetryableError
50087 THR .5 | SasRetryableError - A transient error has occurred during strong authentication.
50088 THR .6 | Limit on telecom MFA calls reached.
50089 TOK .88 | Authentication failed due to flow token expired.
50097 POL .7 | DeviceAuthenticationRequired - Device authentication is required.
50099 S .4 | PKeyAuthInvalidJwtUnauthorized - The JWT signature is invalid.
50105 A .95 | EntitlementGrantsNotFound - The signed in user isn't assigned to a role for the signed in app.
50107 T .4 | InvalidRealmUri - The requested federation realm object doesn't exist.
50120 T .4 | ThresholdJwtInvalidJwtFormat - Issue with JWT header.
50124 T .4 | ClaimsTransformationInvalidInputParameter - Claims Transformation contains invalid input parameter.
501241 T .4 | Mandatory Input missing from transformation ID.
50125 POL .5 | PasswordResetRegistrationRequiredInterrupt - Sign-in was interrupted because of a password reset or password registration entry.
50126 PW .75 | InvalidUserNameOrPassword - Error validating credentials due to invalid username or password.
50127 POL .5 | BrokerAppNotInstalled - User needs to install a broker app to gain access to this content.
50128 T .85 | Invalid domain name - No tenant-identifying information found in either the request or implied by any provided credentials.
50129 POL .6 | DeviceIsNotWorkplaceJoined - Workplace join is required to register the device.
50131 POL .85 | ConditionalAccessFailed - Indicates various Conditional Access errors.
50132 TOK .88 | SsoArtifactInvalidOrExpired - The session isn't valid due to password expiration or recent password change.
50133 TOK .88 | SsoArtifactRevoked - The session isn't valid due to password expiration or recent password change.
50134 TOK .4 | DeviceFlowAuthorizeWrongDatacenter - Wrong data center.
50135 POL .7 | PasswordChangeCompromisedPassword - Password change is required due to account risk.
50136 T .4 | RedirectMsaSessionToApp - Single MSA session detected.
50139 TOK .5 | SessionMissingMsaOAuth2RefreshToken - The session is invalid due to a missing external refresh token.
50140 X .4 | KmsiInterrupt - "Keep me signed in" interrupt when the user was signing in.
50143 T .5 | Session mismatch - Session is invalid because user tenant doesn't match the domain hint.
50144 POL .6 PW .4 | InvalidPasswordExpiredOnPremPassword - User's Active Directory password has expired.
50146 T .4 | MissingCustomSigningKey - This app is required to be configured with an app-specific signing key.
501461 T .4 | AcceptMappedClaims is only supported for a token audience matching the application GUID.
50147 TOK .4 | MissingCodeChallenge - The size of the code challenge parameter isn't valid.
501481 TOK .88 | The Code_Verifier doesn't match the code_challenge supplied in the authorization request.
501491 TOK .4 | InvalidCodeChallengeMethodInvalidSize - Invalid size of Code_Challenge parameter.
50155 POL .6 | DeviceAuthenticationFailed - Device authentication failed for this user.
50158 POL .92 | ExternalSecurityChallenge - External security challenge was not satisfied.
50161 POL .5 | InvalidExternalSecurityChallengeConfiguration - Claims sent by external provider isn't enough.
50166 THR .5 | ExternalClaimsProviderThrottled - Failed to send the request to the claims provider.
50168 TOK .4 | ChromeBrowserSsoInterruptRequired - The SSO token was not found in the request or was expired.
50169 T .4 | InvalidRequestBadRealm - The realm isn't a configured realm of the current service namespace.
50170 POL .4 | MissingExternalClaimsProviderMapping - The external controls mapping is missing.
50173 TOK .9 | FreshTokenNeeded - The provided grant has expired due to it being revoked, and a fresh auth token is needed.
50177 POL .4 | ExternalChallengeNotSupportedForPassthroughUsers
50178 POL .4 | SessionControlNotSupportedForPassthroughUsers
50180 PW .4 | WindowsIntegratedAuthMissing - Integrated Windows authentication is needed.
50187 POL .5 | DeviceInformationNotProvided - The service failed to perform device authentication.
50192 PW .4 | RawCredentialExpectedNotFound - No Credential was included in the sign-in request.
50194 T .9 | Application isn't configured as a multitenant application. Usage of the /common endpoint isn't supported.
50196 THR .6 | LoopDetected - A client loop has been detected.
50197 PW .4 | ConflictingIdentities - The user could not be found.
50199 X .4 | CmsiInterrupt - For security reasons, user confirmation is required for this request.
51000 POL .4 | RequiredFeatureNotEnabled - The feature is disabled.
51001 PW .4 | DomainHintMustbePresent - Domain hint must be present with on-premises security identifier or on-premises UPN.
1000104 T .5 | XCB2BResourceCloudNotAllowedOnIdentityTenant - Resource cloud isn't allowed on identity tenant.
51004 T .85 | UserAccountNotInDirectory - The user account doesn't exist in the directory.
51005 TOK .35 | TemporaryRedirect - Equivalent to HTTP status 307.
51006 PW .4 | ForceReauthDueToInsufficientAuth - Integrated Windows authentication is needed.
52004 C .5 | DelegationDoesNotExistForLinkedIn - The user has not provided consent for access to LinkedIn resources.
53000 POL .92 | DeviceNotCompliant - Conditional Access policy requires a compliant device, and the device isn't compliant.
53001 POL .92 | DeviceNotDomainJoined - Conditional Access policy requires a domain joined device.
53002 POL .92 | ApplicationUsedIsNotAnApprovedApp - The app used isn't an approved app for Conditional Access.
53003 POL .95 | BlockedByConditionalAccess - Access has been blocked by Conditional Access policies.
530035 POL .95 | BlockedBySecurityDefaults - Access has been blocked by security defaults.
53004 POL .92 | ProofUpBlockedDueToRisk - User needs to complete the multifactor authentication registration process.
53010 POL .8 | ProofUpBlockedDueToSecurityInfoAcr - Cannot configure multifactor authentication methods from this location or device.
53011 POL .85 | User blocked due to risk on home tenant.
530034 POL .8 | DelegatedAdminBlockedDueToSuspiciousActivity - A delegated administrator was blocked due to account risk.
54000 POL .5 | MinorUserBlockedLegalAgeGroupRule
54005 TOK .88 | OAuth2 Authorization code was already redeemed.
65001 C .92 | DelegationDoesNotExist - The user or administrator hasn't consented to use the application.
65002 T .7 SC .4 | Consent between first party application and first party resource must be configured via preauthorization.
65004 X .95 | UserDeclinedConsent - User declined to consent to access the app.
65005 SC .7 C .3 | MisconfiguredApplication - The app required resource access list doesn't contain apps discoverable by the resource.
650052 SP .9 | The app needs access to a service that your organization hasn't subscribed to or enabled.
650054 SP .6 SC .5 | The application asked for permissions to access a resource that has been removed or is no longer available.
650056 C .75 SC .5 | Misconfigured application: permissions not listed in the registration, or the admin has not consented.
650057 SC .85 | Invalid resource. The client has requested access to a resource which isn't listed in the requested permissions.
67003 T .4 | ActorNotValidServiceIdentity
70000 TOK .7 | InvalidGrant - Authentication failed. The refresh token isn't valid.
70001 T .85 | UnauthorizedClient - The application is disabled or was not found in the directory.
700011 T .9 | UnauthorizedClientAppNotFoundInOrgIdTenant - Application with identifier was not found in the directory.
70002 S .85 P .45 | InvalidClient - Error validating the credentials. The specified client_secret does not match the expected value for this client.
700025 P .95 | InvalidClientPublicClientWithCredential - Client is public so neither 'client_assertion' nor 'client_secret' should be presented.
700027 S .85 | Client assertion failed signature validation.
70003 P .5 | UnsupportedGrantType - The app returned an unsupported grant type.
700030 S .6 | Invalid certificate - subject name in certificate isn't authorized.
70004 R .9 | InvalidRedirectUri - The app returned an invalid redirect URI.
70005 P .5 | UnsupportedResponseType - The app returned an unsupported response type.
700054 P .55 | Response_type 'id_token' isn't enabled for the application.
70007 P .4 | UnsupportedResponseMode - The app returned an unsupported value of response_mode.
70008 TOK .9 | ExpiredOrRevokedGrant - The refresh token has expired due to inactivity.
700082 TOK .92 | ExpiredOrRevokedGrantInactiveToken - The refresh token has expired due to inactivity.
700084 TOK .9 | The refresh token was issued to a single page app (SPA), and therefore has a fixed, limited lifetime.
70011 SC .9 | InvalidScope - The scope requested by the app is invalid.
70012 THR .5 | MsaServerError - A server error occurred while authenticating an MSA (consumer) user.
70016 TOK .4 X .3 | AuthorizationPending - OAuth 2.0 device flow error. Authorization is pending.
70018 TOK .6 | BadVerificationCode - Invalid verification code due to User typing in wrong user code for device code flow.
70019 TOK .8 | CodeExpired - Verification code expired.
70043 POL .8 TOK .75 | BadTokenDueToSignInFrequency - The refresh token has expired or is invalid due to sign-in frequency checks by Conditional Access.
75001 T .4 | BindingSerializationError - An error occurred during SAML message binding.
75003 T .4 | UnsupportedBindingError - The app returned an error related to unsupported binding.
75005 T .4 | Saml2MessageInvalid - Microsoft Entra doesn't support the SAML request sent by the app for SSO.
7500514 T .4 | A supported type of SAML response was not found.
750054 T .4 | SAMLRequest or SAMLResponse must be present as query string parameters.
75008 T .4 | RequestDeniedError - The SAML request had an unexpected destination.
75011 POL .4 | NoMatchedAuthnContextInOutputClaims - The authentication method doesn't match the requested authentication method.
75016 T .4 | Saml2AuthenticationRequestInvalidNameIDPolicy - SAML2 Authentication Request has invalid NameIdPolicy.
76021 T .4 | ApplicationRequiresSignedRequests - The request sent by client is not signed while the application requires signed requests.
76026 TOK .4 | RequestIssueTimeExpired - IssueTime in an SAML2 Authentication Request is expired.
80001 PW .4 | OnPremiseStoreIsNotAvailable - The Authentication Agent is unable to connect to Active Directory.
80002 PW .4 | OnPremisePasswordValidatorRequestTimedout - Password validation request timed out.
80005 PW .4 | OnPremisePasswordValidatorUnpredictableWebException - An unknown error occurred while processing the response from the Authentication Agent.
80007 PW .4 | OnPremisePasswordValidatorErrorOccurredOnPrem - The Authentication Agent is unable to validate user's password.
80010 PW .4 | OnPremisePasswordValidationEncryptionException - The Authentication Agent is unable to decrypt password.
80012 POL .5 | OnPremisePasswordValidationAccountLogonInvalidHours - The users attempted to log on outside of the allowed hours.
80013 PW .4 | OnPremisePasswordValidationTimeSkew - Time skew between the authentication agent and AD.
80014 PW .4 | OnPremisePasswordValidationAuthenticationAgentTimeout - Validation request responded after maximum elapsed time exceeded.
81004 PW .4 | DesktopSsoIdentityInTicketIsNotAuthenticated - Kerberos authentication attempt failed.
81005 PW .4 | DesktopSsoAuthenticationPackageNotSupported - The authentication package isn't supported.
81006 PW .4 | DesktopSsoNoAuthorizationHeader - No authorization header was found.
81007 PW .4 | DesktopSsoTenantIsNotOptIn - The tenant isn't enabled for Seamless SSO.
81009 PW .4 | DesktopSsoAuthorizationHeaderValueWithBadFormat - Unable to validate user's Kerberos ticket.
81010 PW .4 | DesktopSsoAuthTokenInvalid - Seamless SSO failed because the user's Kerberos ticket has expired or is invalid.
81011 PW .4 | DesktopSsoLookupUserBySidFailed - Unable to find user object based on information in the user's Kerberos ticket.
81012 PW .4 | DesktopSsoMismatchBetweenTokenUpnAndChosenUpn - The user trying to sign in is different from the user signed into the device.
90002 T .9 | InvalidTenantName - The tenant name wasn't found in the data store.
90004 TOK .35 | InvalidRequestFormat - The request isn't properly formatted.
90005 TOK .35 | InvalidRequestWithMultipleRequirements - The identifier and login hint can't be used together.
90006 THR .5 | ExternalServerRetryableError - The service is temporarily unavailable.
90007 TOK .35 | InvalidSessionId - Bad request. The passed session ID can't be parsed.
90008 C .7 | TokenForItselfRequiresGraphPermission - The user or administrator hasn't consented to use the application.
90009 SC .5 | TokenForItselfMissingIdenticalAppIdentifier - The application is requesting a token for itself.
90010 TOK .35 | NotSupported - Unable to create the algorithm.
9001023 T .6 | The grant type isn't supported over the /common or /consumers endpoints.
90012 THR .5 | RequestTimeout - The requested has timed out.
90013 TOK .4 | InvalidUserInput - The input from the user isn't valid.
90014 TOK .6 | MissingRequiredField - An expected field isn't present in the credential.
900144 SC .45 P .3 | The request body must contain the following parameter: '{name}'.
90015 TOK .35 | QueryStringTooLong - The query string is too long.
90016 TOK .5 | MissingRequiredClaim - The access token isn't valid. The required claim is missing.
90019 T .9 | MissingTenantRealm - Microsoft Entra ID was unable to determine the tenant identifier from the request.
90020 T .4 | The SAML 1.1 Assertion is missing ImmutableID of the user.
90022 T .4 | AuthenticatedInvalidPrincipalNameFormat - The principal name format isn't valid.
90023 TOK .6 | InvalidRequest - The authentication service request isn't valid.
900236 T .4 | InvalidRequestSamlPropertyUnsupported - The SAML authentication request property isn't supported.
9002313 TOK .7 TLS .4 | InvalidRequest - Request is malformed or invalid.
9002332 T .7 | Application is configured for use by Microsoft Entra users only. Do not use the /consumers endpoint.
90024 THR .5 | RequestBudgetExceededError - A transient error has occurred.
90027 T .4 | We are unable to issue tokens from this API version on the MSA tenant.
90033 THR .5 | MsodsServiceUnavailable - The Microsoft Online Directory Service (MSODS) isn't available.
90036 THR .4 | MsodsServiceUnretryableFailure - An unexpected, non-retryable error from the WCF service hosted by MSODS has occurred.
90038 T .7 | NationalCloudTenantRedirection - The specified tenant belongs to another national cloud.
900384 S .6 | JWT token failed signature validation.
90043 T .5 | NationalCloudAuthCodeRedirection - The feature is disabled.
900432 T .5 | Confidential Client isn't supported in Cross Cloud request.
90051 T .5 | InvalidNationalCloudId - The national cloud identifier contains an invalid cloud identifier.
90055 THR .85 | TenantThrottlingError - There are too many incoming requests.
90056 TOK .4 | BadResourceRequest - To redeem the code for an access token, the app should send a POST request to the /token endpoint.
900561 TOK .35 | BadResourceRequestInvalidRequest - The endpoint only accepts POST requests.
90072 T .85 | PassThroughUserMfaError - The external account that the user signs in with doesn't exist on the tenant that they signed into.
90081 T .4 | OrgIdWsFederationMessageInvalid - An error occurred when the service tried to process a WS-Federation message.
90082 T .4 | OrgIdWsFederationNotSupported - The selected authentication policy for the request isn't currently supported.
90084 T .5 | OrgIdWsFederationGuestNotAllowed - Guest accounts aren't allowed for this site.
90085 T .4 | OrgIdWsFederationSltRedemptionFailed - The company object hasn't been provisioned yet.
90086 TOK .5 | OrgIdWsTrustDaTokenExpired - The user DA token is expired.
90087 T .4 | OrgIdWsFederationMessageCreationFromUriFailed - An error occurred while creating the WS-Federation message from the URI.
90090 THR .5 | GraphRetryableError - The service is temporarily unavailable.
90091 THR .4 | GraphServiceUnreachable
90092 THR .4 | GraphNonRetryableError
90093 C .5 | GraphUserUnauthorized - Graph returned with a forbidden error code for the request.
90094 C .92 | AdminConsentRequired - Administrator consent is required.
900382 T .5 | Confidential Client isn't supported in Cross Cloud request.
90095 C .9 | AdminConsentRequiredRequestAccess - The user is told they need to ask the admin for consent.
90099 C .75 | The application has not been authorized in the tenant.
900971 R .95 | No reply address provided.
90100 TOK .35 | InvalidRequestParameter - The parameter is empty or not valid.
901002 SC .7 | The 'resource' request parameter isn't supported.
90101 PW .4 | InvalidEmailAddress - The supplied data isn't a valid email address.
90102 R .5 | InvalidUriParameter - The value must be a valid absolute URI.
90107 TOK .35 | InvalidXml - The request isn't valid.
90114 TOK .4 | InvalidExpiryDate - The bulk token expiration timestamp will cause an expired token to be issued.
90117 TOK .35 | InvalidRequestInput
90119 TOK .4 | InvalidUserCode - The user code is null or empty.
90120 TOK .5 | InvalidDeviceFlowRequest - The request was already authorized or declined.
90121 TOK .35 | InvalidEmptyRequest - Invalid empty request.
90123 POL .5 | IdentityProviderAccessDenied - The identity or claim issuance provider denied the request.
90124 T .7 | V1ResourceV2GlobalEndpointNotSupported - The resource isn't supported over the /common or /consumers endpoints.
90125 PW .5 | DebugModeEnrollTenantNotFound - The user isn't in the system.
90126 T .5 | DebugModeEnrollTenantNotInferred - The system can't infer the user's tenant from the user name.
90130 T .7 | NonConvergedAppV2GlobalEndpointNotSupported - The application isn't supported over the /common or /consumers endpoints.
120000 PW .5 | PasswordChangeIncorrectCurrentPassword
120002 PW .4 | PasswordChangeInvalidNewPasswordWeak
120003 PW .4 | PasswordChangeInvalidNewPasswordContainsMemberName
120004 PW .4 | PasswordChangeOnPremComplexity
120005 PW .4 | PasswordChangeOnPremSuccessCloudFail
120008 PW .4 | PasswordChangeAsyncJobStateTerminated
120011 PW .4 | PasswordChangeAsyncUpnInferenceFailed
120012 PW .4 | PasswordChangeNeedsToHappenOnPrem
120013 PW .4 | PasswordChangeOnPremisesConnectivityFailure
120014 POL .5 | PasswordChangeOnPremUserAccountLockedOutOrDisabled
120015 PW .4 | PasswordChangeADAdminActionRequired
120016 PW .4 | PasswordChangeUserNotFoundBySspr
120018 PW .4 | PasswordChangePasswordDoesnotComplyFuzzyPolicy
120020 PW .4 | PasswordChangeFailure
120021 THR .4 | PartnerServiceSsprInternalServiceError
130004 POL .5 | NgcKeyNotFound - The user principal doesn't have the NGC ID key configured.
130005 POL .5 | NgcInvalidSignature - NGC key signature verified failed.
130006 POL .5 | NgcTransportKeyNotFound - The NGC transport key isn't configured on the device.
130007 POL .5 | NgcDeviceIsDisabled - The device is disabled.
130008 POL .5 | NgcDeviceIsNotFound - The device referenced by the NGC key wasn't found.
135010 POL .4 | KeyNotFound
135011 POL .5 | Device used during the authentication is disabled.
140000 TOK .35 | InvalidRequestNonce - Request nonce isn't provided.
140001 TOK .35 | InvalidSessionKey - The session key isn't valid.
165004 TOK .3 | Actual message content is runtime specific.
165900 TOK .35 | InvalidApiRequest - Invalid request.
220450 POL .4 | UnsupportedAndroidWebViewVersion - The Chrome WebView version isn't supported.
220501 POL .4 | InvalidCrlDownload
221000 POL .4 | DeviceOnlyTokensNotSupportedByResource - The resource isn't configured to accept device-only tokens.
240001 POL .5 | BulkAADJTokenUnauthorized - The user isn't authorized to register devices in Microsoft Entra ID.
240002 TOK .4 | RequiredClaimIsMissing - The id_token can't be used as urn:ietf:params:oauth:grant-type:jwt-bearer grant.
501621 T .4 | ClaimsTransformationTimeoutRegularExpressionTimeout - Regular expression replacement for claims transformation has timed out.
530032 POL .92 | BlockedByConditionalAccessOnSecurityPolicy - The tenant admin has configured a security policy that blocks this request.
700016 T .92 | UnauthorizedClient_DoesNotMatchRequest - The application wasn't found in the directory/tenant.
700020 TOK .5 | InteractionRequired - The access grant requires interaction.
700022 SC .9 | InvalidMultipleResourcesScope - The provided value for the input parameter scope isn't valid because it contains more than one resource.
700023 SC .85 | InvalidResourcelessScope - The provided value for the input parameter scope isn't valid when requesting an access token.
7000215 S .95 | Invalid client secret is provided.
7000218 P .95 | The request body must contain the following parameter: 'client_assertion' or 'client_secret'.
7000222 S .95 | InvalidClientSecretExpiredKeysProvided - The provided client secret keys are expired.
700229 T .4 | ForbiddenTokenType - Only app-only tokens can be used as Federated Identity Credentials for Microsoft Entra issuer.
700005 TOK .7 T .4 | InvalidGrantRedeemAgainstWrongTenant - Provided Authorization Code is intended to use against other tenant.
1000000 POL .4 | UserNotBoundError - The Bind API requires the Microsoft Entra user to also authenticate with an external IDP.
1000002 X .3 | BindCompleteInterruptError - The bind completed successfully, but the user must be informed.
100007 T .4 | Microsoft Entra Regional ONLY supports auth either for MSIs OR for requests from MSAL using SN+I.
1000031 T .6 | Application can't be accessed at this time.
7000112 POL .6 T .45 | UnauthorizedClientApplicationDisabled - The application is disabled.
7000114 T .5 | Application isn't allowed to make application on-behalf-of calls.
7500529 T .4 | The value 'SAMLId-Guid' isn't a valid SAML ID.
9002341 C .6 | V2Error: invalid_grant - The user is required to permit Single Sign-On (SSO).
7000216 P .7 S .3 | (not on Microsoft's page) 'client_assertion', 'client_secret' or 'request' is required for the 'client_credentials' grant type.
7000229 C .8 SP .5 | (not on Microsoft's page) The client application is missing a service principal in the tenant.
1002012 SC .9 | (not on Microsoft's page) Client credential flows must have a scope value with /.default suffixed to the resource identifier.
28000 SC .9 | (not on Microsoft's page) Provided value for the input parameter scope is not valid because it contains more than one resource.
65006 SC .9 | (not on Microsoft's page) The request is not valid for the resource requested.
650053 SC .9 | (not on Microsoft's page) The application asked for a scope that doesn't exist on the resource.
700024 TOK .88 | (not on Microsoft's page) Client assertion is not within its valid time range.
500112 R .95 | (not on Microsoft's page) The reply address does not match the reply address provided when requesting the authorization code.
500113 R .95 | (not on Microsoft's page) No reply address is registered for the application.
900023 T .9 | (not on Microsoft's page) Specified tenant identifier is neither a valid DNS name, nor a valid external domain.
7000274 S .85 | (not on Microsoft's page) The client assertion signature is invalid.
700021 S .7 | (not on Microsoft's page) Client assertion application identifier doesn't match 'client_id' parameter.
90112 T .85 | (not on Microsoft's page) Application identifier is expected to be a GUID.
9000411 U .6 TOK .3 | (not on Microsoft's page; Microsoft's admin help article "Addressing Teams sign-in error AADSTS9000411": update the client, or sign out and clear its cache) The request is not properly formatted. The parameter '{name}' is duplicated.
7000012 T .85 TOK .3 | (not on Microsoft's page; wording as Entra returns it to a refresh at another tenant's or /consumers token endpoint, sasl-xoauth2#54 and #80) The grant was obtained for a different tenant.
1002016 TLS .92 | (not on Microsoft's page) You are using TLS version 1.0, 1.1 and/or 3DES cipher which are deprecated to improve the security posture of Azure AD.
650051 SP .7 C .4 | (not on Microsoft's page; Azure-Samples active-directory-aspnetcore-webapp-openidconnect-v2, the multi-tenant sample's troubleshooting: an older service principal of a re-created app still in the tenant — delete it under Enterprise applications) Application '{appId}' is requesting permissions that are either invalid or out of date.
50052 B .5 PW .3 | (not on Microsoft's page; as Entra answers an access token sent as the password: MicrosoftDocs/office-docs-powershell#5817 and #6171 with the Exchange Online module's -Credential, Webklex/php-imap#340 with a token in the password field) The password entered exceeds the maximum length.
500014 SP .75 POL .4 | (not on Microsoft's page; wording from Microsoft's SharePoint support article "Sorry, something went wrong" for lists.office.com) The service principal for resource '{resource}' is disabled. This indicates that a subscription within the tenant has lapsed, or that the administrator for this tenant has disabled the application, preventing tokens from being issued for it.
70021 S .85 | (not on Microsoft's page; Azure/azure-workload-identity's troubleshooting guide, docs/book/src/troubleshooting.md: the federated identity credential's issuer, subject or audience does not match the presented token — correct the credential) No matching federated identity record found for presented assertion.
700213 S .85 | (not on Microsoft's page; the newer form of 70021, azure-workload-identity#1200) No matching federated identity record found for presented assertion subject. Check your federated identity credential Subject, Audience and Issuer against the presented assertion.
500131 SC .8 T .35 | (not on Microsoft's page; the on-behalf-of caller's token names another audience, fixed by requesting a token for the API's own scope or App ID URI: OfficeDev/microsoft-teams-apps-company-communicator#214, microsoft/AzureTRE-Deployment#65) Assertion audience does not match the Client app presenting the assertion.
`;

/** One code of Microsoft's list. */
export interface AadstsCode {
  readonly code: string;
  readonly message: string;
  readonly proposals: readonly { readonly category: CategoryId; readonly weight: number }[];
}

function parse(data: string): ReadonlyMap<string, AadstsCode> {
  const out = new Map<string, AadstsCode>();
  for (const line of data.split('\n')) {
    const bar = line.indexOf(' | ');
    if (bar < 0) continue;
    const [code = '', ...rest] = line.slice(0, bar).trim().split(' ');
    const proposals: { category: CategoryId; weight: number }[] = [];
    for (let i = 0; i + 1 < rest.length; i += 2) {
      const category = KEYS[rest[i] ?? ''];
      if (!category) throw new Error(`aadsts-codes: unknown key in line "${line}"`);
      proposals.push({ category, weight: Number(rest[i + 1]) });
    }
    out.set(code, { code, message: line.slice(bar + 3), proposals });
  }
  return out;
}

/** AADSTS code (digits) → Microsoft's message and our proposals. */
export const AADSTS_CODES: ReadonlyMap<string, AadstsCode> = parse(DATA);
