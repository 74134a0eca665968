/**
 * What a sign-in to Microsoft 365 through a federated identity provider says when it fails (issue 10): the pages, codes
 * and event texts of Active Directory Federation Services (AD FS) and its proxy, the Microsoft 365 sign-in page's codes for
 * a broken federation, the Remote Connectivity Analyzer's single sign-on test, and the pass-through authentication agent.
 * A mail client meets them when it signs in with a federated account — with OAuth in the AD FS page, with a password
 * (basic authentication of IMAP, POP, ActiveSync, legacy Outlook) when Exchange Online hands the password on to the AD FS
 * WS-Trust endpoint (/adfs/services/trust/2005/usernamemixed, logged as /microsoftonline/ws-username).
 *
 * Sources, each cited at its rules: the articles of MicrosoftDocs/OfficeDocs-Support (Microsoft365/admin/sign-in,
 * Microsoft365/admin/authentication, Microsoft365/admin/active-directory, Exchange/ExchangeOnline/administration), the
 * Windows Server articles of MicrosoftDocs/SupportArticles-docs (support/windows-server/active-directory/adfs-*) and the AD FS
 * documentation of MicrosoftDocs/windowsserverdocs (WindowsServerDocs/identity/ad-fs/…), the pass-through authentication
 * troubleshooting of MicrosoftDocs/entra-docs. Each message maps to the category of the fix its article gives.
 *
 * No category names "the federation between AD FS and Microsoft Entra ID is broken" (token-signing certificate rolled over
 * without updating the federated domain, relying party trust missing, UPN suffix not federated). As the AADSTS table does
 * for the federation codes (50107 InvalidRealmUri, 50008 InvalidSamlToken: aadsts-codes.ts), these map to
 * wrong_tenant_or_app — the tenant's side of the sign-in is set up wrongly — with a moderate weight. An AD FS claim rule
 * or authorization rule that denies the client (x-ms-client-application, client access policy) is a policy that blocks the
 * sign-in: security_policy_blocks. AD FS unreachable from the Internet (DNS, port 443, proxy): network_blocked.
 *
 * Already answered as the articles say (no rule here): AADSTS50107 "Requested federation realm object … does not exist"
 * (Microsoft365/enterprise/authentication/cant-sign-in-office-365-multiple-domain-federation), the pass-through
 * authentication codes AADSTS80001/80002/80004/80005/80007/80014 and 50144 (entra-docs docs/identity/hybrid/connect/
 * tshoot-connect-pass-through-authentication.md: aadsts-codes.ts).
 *
 * Not here: 8004789A (install Update Rollup 1 for AD FS 2.0 — Microsoft365/admin/authentication/
 * federated-user-sign-in-to-office-365), the staged migration's "A Windows Live error occurred while provisioning for …
 * This action is currently blocked for the API" (set ForceChangePassword to False in the CSV —
 * Exchange/ExchangeOnline/move-or-migrate-mailboxes/cannot-perform-stage-migration), AD FS certificate events 133/315/316/
 * 317/381/385/387 (the AD FS server's own certificate configuration; support/windows-server/active-directory/
 * adfs-2-certificate-error-build-chain.md) — no category names these fixes; a bare "Access Denied" / "Zugriff verweigert"
 * (account-issues-for-federated-users, federated-user-repeatedly-prompted-for-credentials: too general a wording). MSIS7012,
 * MSIS7066 and event 364 ("Encountered error during federation passive request") were found only in third parties'
 * texts, not in Microsoft's articles; the "Unknown Auth method" page of ad-fs-tshoot-azure.md has no exact wording. Okta,
 * PingFederate and Shibboleth: Microsoft's documents (entra-docs how-to-connect-fed-saml-idp.md,
 * harden-update-ad-fs-pingfederate.md) quote no error texts of theirs. German: only the two AD FS page texts that the
 * German TechNet page "Allgemeine Probleme, die für einzelne oder sämtliche Benutzer auftreten können" (technet.microsoft.com/
 * de-DE/library/hh241337(v=exchg.80)) quotes; the other articles are English only here.
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/**
 * The AD FS pages a browser (or an OAuth sign-in window of a mail client) shows.
 * - Microsoft365/admin/sign-in/sign-in-issue-with-modern-auth.md: "An error occurred. Contact your administrator for more
 *   information." with "Relying party: Microsoft Office 365 Identity Platform" — forms-based authentication is turned off in
 *   the AD FS (global) authentication policy; enable Forms Authentication as primary method. An AD FS policy that does not
 *   let this client sign in: security_policy_blocks; the relying party trust second. An MSIS code on the page decides.
 * - Microsoft365/admin/sign-in/federated-users-sign-in-error-ad-fs.md: "There was a problem accessing the site. Try to browse
 *   to the site again." — token-signing certificate expired (renew it, update the federated domain), relying party trust
 *   disabled/missing/corrupted (re-create it), client access policy claims set up wrongly.
 * - Microsoft365/admin/active-directory/update-federated-domain-office-365.md (KB 2647020 "Your organization could not sign
 *   you in to this service" error and "80041317" or "80043431") and the German TechNet page hh241337 (stale or wrong
 *   federation information, UPN changes, firewall settings at the AD FS endpoint): repair the federated domain.
 */
const ADFS_PAGES: readonly Rule[] = [
  pattern('adfs-error-page-o365', 'product', 2, [
    phrase('An error occurred. Contact your administrator for more information.'),
    `${phrase('Relying party:')} ?${phrase('Microsoft Office 365 Identity Platform')}`,
  ], [p('security_policy_blocks', 0.45), p('wrong_tenant_or_app', 0.3)], { yieldsTo: ['sign-in'] }),
  pattern('adfs-problem-accessing-site', 'product', 3, [
    phrase('There was a problem accessing the site. Try to browse to the site again'),
    phrase('Problem beim Zugriff auf die Website. Versuchen Sie, erneut auf die Website zu wechseln'),
  ], [p('wrong_tenant_or_app', 0.55), p('security_policy_blocks', 0.3)], { yieldsTo: ['sign-in'] }),
  pattern('adfs-org-could-not-sign-in', 'product', 3, [
    phrase('Your organization could not sign you in to this service'),
    phrase('Sie konnten von Ihrer Organisation nicht bei diesem Dienst angemeldet werden'),
  ], [p('wrong_tenant_or_app', 0.55), p('network_blocked', 0.2)], { yieldsTo: ['sign-in'] }),
];

/**
 * The codes the Microsoft 365 sign-in page shows for a federated user ("Sorry, but we're having trouble signing you in …
 * report the following error: <code>", or HR=<code> in the page source).
 * - Microsoft365/admin/authentication/office-365-sign-in-error-80041317-80043431.md: 80041317 / 80043431 — the federated
 *   domain's settings in AD FS and in Microsoft Entra ID differ (often the token-signing certificate renewed without
 *   updating the trust): Update-MsolFederatedDomain.
 * - Microsoft365/admin/authentication/federated-user-fails-signing-in.md: 80048163 — a changed UPN cached on the AD FS
 *   server, or the relying party trust's claims edited: sync the UPN, sign out and in, update the relying party trust
 *   (office-365-azure-intune-sign-in-issue.md: also unsupported characters in the sign-in name).
 * - Microsoft365/admin/sign-in/office-365-azure-intune-sign-in-issue.md: 8004786C (user account piloted incorrectly as a
 *   single sign-on user ID — fix the user name), 80041034 (the UPN was changed from its original value).
 * The code alone is only taken after the page's "following error:", after HR= or as 0x…: a bare 8-digit number is not.
 */
const CODE_CONTEXT = `(?:${phrase('report the following error:')} ?|\\bHR ?= ?|\\b0x)`;
const SIGNIN_PAGE_CODES: readonly Rule[] = [
  pattern('adfs-signin-80041317', 'entra-ui', 3, [`${CODE_CONTEXT}(?:80041317|80043431)(?![0-9a-f])`], [
    p('wrong_tenant_or_app', 0.6), p('token_expired_or_invalid', 0.2),
  ]),
  pattern('adfs-signin-80048163', 'entra-ui', 3, [`${CODE_CONTEXT}80048163(?![0-9a-f])`], [p('wrong_tenant_or_app', 0.5)]),
  pattern('adfs-signin-upn-codes', 'entra-ui', 3, [`${CODE_CONTEXT}(?:8004786C|80041034)(?![0-9a-f])`], [p('wrong_tenant_or_app', 0.55)]),
];

/**
 * AD FS's own codes and event texts.
 * - windowsserverdocs WindowsServerDocs/identity/ad-fs/troubleshooting/ad-fs-tshoot-loop.md: "MSIS7042: The same client
 *   browser session has made '{0}' requests in the last '{1}' seconds." — the relying party keeps rejecting the token AD FS
 *   issued; for Microsoft 365 that is the claims or the token-signing certificate not matching what Microsoft Entra ID
 *   holds (ad-fs-tshoot-azure.md "Microsoft Entra ID throws an error after token issuance", "Token-signing certificate
 *   mismatch"): update the federated domain.
 * - SupportArticles-docs (older OfficeDocs-Support article "We can't sign you into your company portal" when activating
 *   Office 2013): "We can't sign you into your company portal because something on the server isn't configured correctly.",
 *   in the IDCRL log "MSIS7068: Access denied." and "ADFS Non retryable ADFS config error" — Office signs in with the legacy
 *   WS-Trust password flow; enable modern authentication (OAuth). An AD FS authorization rule is what denies it.
 * - SupportArticles-docs support/windows-server/active-directory/adfs-error-401-requested-resource-requires-authentication.md
 *   (KB 3044976): event 111 "The Federation Service encountered an error while processing the WS-Trust request." with
 *   "MSIS3019: Authentication failed." … "LogonUser failed for the '<user>' user" — the password flow's user name or password
 *   was refused (check the UPN and password, lockout; then SPN/Kerberos); "Not Authorized-HTTP error 401. The requested
 *   resource requires user authentication." the same article's first symptom. "The federation server proxy could not renew
 *   its trust with the Federation Service." (event 394): rerun the proxy configuration wizard — until then the proxy relays
 *   nothing from the Internet, where Exchange Online's password sign-ins come from (Microsoft365/admin/active-directory/
 *   ad-fs-endpoint-connection-issue.md: "Use email connections to sign in" fail).
 * - SupportArticles-docs support/windows-server/active-directory/adfs-2-error-access-is-denied.md (KB 3044977): event 325 "The
 *   Federation Service could not authorize token issuance for the caller." — the relying party's issuance authorization
 *   rules deny the user.
 * - windowsserverdocs WindowsServerDocs/identity/ad-fs/operations/configure-ad-fs-extranet-smart-lockout-protection.md: event
 *   516 "The following user account has been locked out due to too many bad password attempts." — extranet lockout, often
 *   from Exchange Online's proxied legacy authentication; wait for the observation window or Reset-ADFSAccountLockout, and
 *   stop the client sending the wrong password.
 */
const ADFS_SERVER: readonly Rule[] = [
  pattern('adfs-msis7042-loop', 'product', 3, [`MSIS7042: ?${phrase('The same client browser session has made')}`], [
    p('wrong_tenant_or_app', 0.45), p('token_expired_or_invalid', 0.3),
  ]),
  pattern('adfs-msis7068-access-denied', 'product', 3, [
    `MSIS7068: ?${phrase('Access denied')}`,
    phrase("We can't sign you into your company portal because something on the server isn't configured correctly"),
    phrase('ADFS Non retryable ADFS config error'),
  ], [p('basic_auth_used', 0.55), p('security_policy_blocks', 0.45)]),
  pattern('adfs-msis3019-logon-failed', 'product', 3, [
    `MSIS3019: ?${phrase('Authentication failed.')}`, `ID4063: ?${phrase('LogonUser failed for the')}`,
  ], [p('not_authenticated', 0.75)]),
  pattern('adfs-401-requires-authentication', 'product', 2, [
    `${phrase('Not Authorized-HTTP error 401.')} ?${phrase('The requested resource requires user authentication')}`,
  ], [p('not_authenticated', 0.5)]),
  // Event 111 alone: the exception after it (MSIS3019 …) decides; alone, a refused password flow.
  pattern('adfs-event-111-ws-trust', 'product', 1, [phrase('The Federation Service encountered an error while processing the WS-Trust request')], [
    p('not_authenticated', 0.35), p('basic_auth_used', 0.3),
  ], { yieldsTo: ['sign-in'] }),
  pattern('adfs-proxy-trust-renewal', 'product', 3, [phrase('The federation server proxy could not renew its trust with the Federation Service')], [
    p('network_blocked', 0.45), p('wrong_tenant_or_app', 0.25),
  ]),
  pattern('adfs-event-325-authorization', 'product', 3, [phrase('The Federation Service could not authorize token issuance for the caller')], [
    p('security_policy_blocks', 0.7),
  ]),
  pattern('adfs-extranet-lockout', 'product', 3, [
    phrase('The following user account has been locked out due to too many bad password attempts'),
  ], [p('security_policy_blocks', 0.6), p('not_authenticated', 0.35)]),
];

/**
 * Claim rules that block Exchange's legacy clients.
 * - Exchange/ExchangeOnline/administration/pop-imap-auth-fails-if-x-ms-client-application-is-microsoft-exchange-popimap.md:
 *   the AD FS access log shows "POST /microsoftonline/ws-username HTTP/1.1" 403 … "Microsoft.Exchange.Imap" (or .Pop) — a
 *   claim rule that only lets x-ms-client-application Microsoft.Exchange.PopImap through; since Exchange Online sends
 *   Microsoft.Exchange.Imap / Microsoft.Exchange.Pop, change the rule. A 403 from the WS-Trust password endpoint is that
 *   client access policy (Microsoft365/admin/sign-in/federated-users-sign-in-error-ad-fs.md scenario 2 as well).
 */
const ADFS_CLAIM_RULES: readonly Rule[] = [
  pattern('adfs-ws-username-403', 'product', 3, [
    `/(?:microsoftonline/ws-username|adfs/services/trust/(?:2005|13)/usernamemixed)\\b[^\\n]{0,40}?" ?403\\b`,
  ], [p('security_policy_blocks', 0.7), p('basic_auth_used', 0.3)]),
  pattern('adfs-claim-rule-popimap', 'product', 2, [
    `${phrase('x-ms-client-application')}[^\\n]{0,120}?Microsoft\\.Exchange\\.PopImap\\b`,
  ], [p('security_policy_blocks', 0.55)]),
];

/**
 * The AD FS endpoint unreachable or its certificate refused.
 * - Microsoft365/admin/sign-in/ad-fs-sign-in-page-not-display.md (and support.microsoft.com "Signing in to Office 365, Azure,
 *   or Intune by using single sign-on doesn't work from some devices"): "Internet Explorer cannot display the webpage." at the
 *   AD FS address (…/adfs/ls/…) — the AD FS service stopped, no IP connectivity, split DNS, the proxy bypass list; and
 *   SupportArticles-docs support/windows-server/active-directory/this-page-cant-displayed.md (KB 3044971): "This page cannot
 *   be displayed." — DNS of the federation service name, TCP 443, the load balancer. Only with an AD FS address nearby.
 * - Microsoft365/admin/authentication/federation-service-certificate-expire.md: "One of your on-premises Federation Service
 *   certificates is expiring. Failure to renew the certificate and update trust properties …" — the SSL or the token-signing
 *   certificate; renew it and update the federated domain.
 */
const ADFS_PAGE = '/adfs/(?:ls|services)\\b';
const ADFS_REACH: readonly Rule[] = [
  pattern('adfs-page-not-displayed', 'product', 3, [
    `(?:${phrase('Internet Explorer cannot display the webpage')}|${phrase('This page cannot be displayed')})[\\s\\S]{0,300}?${ADFS_PAGE}`,
    `${ADFS_PAGE}[\\s\\S]{0,800}?(?:${phrase('Internet Explorer cannot display the webpage')}|${phrase('This page cannot be displayed')})`,
  ], [p('network_blocked', 0.65)]),
  pattern('adfs-certificate-expiring', 'product', 3, [phrase('One of your on-premises Federation Service certificates is expiring')], [
    p('wrong_tenant_or_app', 0.45), p('tls_problem', 0.35),
  ]),
];

/**
 * Remote Connectivity Analyzer, Microsoft Single Sign-On test: Microsoft365/admin/active-directory/single-sign-on-issues.md.
 * - "An error was found in the domain registration." — the user's UPN suffix is not a federated domain: federate it or fix
 *   the UPN.
 * - "ExRCA couldn't retrieve AD FS metadata." (…/adfs/services/trust/mex) — AD FS services stopped or its proxy/firewall
 *   publishing broken.
 * - "Certificate name validation failed." / "Certificate trust validation failed." — the AD FS SSL certificate
 *   (certificate-warning-from-ad-fs).
 * - "A SOAP fault response was received from the Security Token service." at …/usernamemixed — the federation trust is
 *   malfunctioning: check and rebuild it, check the token-signing certificate.
 * Its DNS ("The host name couldn't be resolved.") and port ("The specified port is blocked, not listening, or not
 * producing the expected response.") steps are the analyzer's general wording for any host.
 */
const RCA_SSO: readonly Rule[] = [
  pattern('rca-sso-domain-registration', 'product', 3, [phrase('An error was found in the domain registration')], [p('wrong_tenant_or_app', 0.65)]),
  pattern('rca-sso-adfs-metadata', 'product', 3, [phrase("ExRCA couldn't retrieve AD FS metadata")], [p('network_blocked', 0.55)]),
  pattern('rca-sso-certificate', 'product', 3, [phrase('Certificate name validation failed'), phrase('Certificate trust validation failed')], [
    p('tls_problem', 0.65),
  ]),
  pattern('rca-sso-sts-soap-fault', 'product', 3, [phrase('A SOAP fault response was received from the Security Token service')], [
    p('wrong_tenant_or_app', 0.5), p('network_blocked', 0.2),
  ]),
];

/**
 * The pass-through authentication agent's trace log: entra-docs docs/identity/hybrid/connect/
 * tshoot-connect-pass-through-authentication.md — "Passthrough Authentication request failed. RequestId: '…'. Reason:
 * '1328'." with the Win32 error of LogonUser (`Net helpmsg <n>`; numbers from winerror.h): 1326 ERROR_LOGON_FAILURE (user
 * name or password wrong — the article: a non-routable on-premises UPN), 1327 account restriction, 1328 logon hours, 1329
 * workstation ("Logon To" must list the agent servers, as the article says), 1330 password expired, 1331 account disabled,
 * 1907 password must change, 1909 account locked out — Active Directory's account policy. Other reasons: weak.
 */
const PTA_FAILED = `${phrase('Passthrough Authentication request failed.')}[^\\n]{0,120}?${phrase('Reason:')} ?'?`;
const PTA_AGENT: readonly Rule[] = [
  pattern('pta-reason-logon-failure', 'product', 3, [`${PTA_FAILED}1326\\b`], [p('not_authenticated', 0.7)]),
  pattern('pta-reason-account-policy', 'product', 3, [`${PTA_FAILED}(?:1327|1328|1329|1330|1331|1907|1909)\\b`], [
    p('security_policy_blocks', 0.65), p('not_authenticated', 0.25),
  ]),
  pattern('pta-request-failed', 'product', 2, [phrase('Passthrough Authentication request failed')], [
    p('not_authenticated', 0.4), p('security_policy_blocks', 0.25),
  ]),
];

/** Federated sign-in (AD FS, pass-through authentication) as Microsoft's articles quote it. */
export const KB_ADFS_VOCABULARY_RULES: readonly Rule[] = [
  ...ADFS_PAGES, ...SIGNIN_PAGE_CODES, ...ADFS_SERVER, ...ADFS_CLAIM_RULES, ...ADFS_REACH, ...RCA_SSO, ...PTA_AGENT,
];
