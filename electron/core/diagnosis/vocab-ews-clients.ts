/**
 * What the EWS client libraries say when their calls to Exchange Online (EWS, https://outlook.office365.com/EWS/Exchange.asmx)
 * or its Autodiscover fail (issue 10): exchangelib (Python), the EWS Managed API (.NET), ews-java-api, ews-javascript-api,
 * php-ews (jamesiarmes and Garethp). Only texts read in the libraries' own source; each group cites it.
 *
 * EWS's own response codes (ErrorServerBusy, ErrorImpersonateUserDenied, ErrorNonExistentMailbox …) are in
 * vocab-ews-codes.ts and patterns-graph.ts; the audience error of Exchange's 401 ("The audience claim value is invalid …")
 * and "ExchangeImpersonation SOAP header must be present …" are known elsewhere too. Here are the libraries' own
 * sentences, exception names and wrappers: a wrapper that only says a request failed stays weak, so the EWS code or
 * the Exchange text it quotes decides; a wrapper that quotes an HTTP status is read by that status.
 *
 * A 401 from EWS: Exchange Online no longer takes Basic authentication for EWS ("We're removing the ability to use Basic
 * authentication in Exchange Online for EWS beginning October 2022", learn.microsoft.com/exchange/client-developer/
 * exchange-web-services/how-to-communicate-with-ews-by-using-the-ews-managed-api). So a 401 answered to a password
 * (Basic/NTLM) credential object is basic_auth_used; a 401 answered to an OAuth token means the token is not one EWS takes
 * — a token for another resource (Graph) or without full_access_as_app / EWS.AccessAsUser.All ("Authenticate an EWS
 * application by using OAuth": scope https://outlook.office365.com/.default or https://outlook.office365.com/
 * EWS.AccessAsUser.All) — wrong_scope_or_resource, or an expired one. When the text does not show the credential type, the
 * password is the likelier reading (the libraries' examples and most pasted configurations use one).
 *
 * None of these libraries ships translations (Strings.cs, Strings.ts and the Java/Python/PHP sources are English only);
 * the .NET runtime's own part of a message ("Der Remoteserver hat einen Fehler zurückgegeben: (401) Nicht autorisiert.")
 * is read by its status code. Not here: exchangelib's "CAS error: …" (X-CasErrorCode values are Exchange's and were not
 * found documented), the Managed API's "Autodiscover blocked a potentially insecure redirection to …" (an app that
 * gives no redirection callback — no category of ours), and oauthlib's errors inside exchangelib's OAuth (the AADSTS
 * text they carry decides).
 */
import { httpClientStatusLines, p, pattern, phrase, type Rule } from './pattern-kit.js';

/** Either order of two regex sources, at most `chars` apart (bounded, lazy). */
function near(a: string, b: string, chars: number): string {
  return `(?:${a})[^]{0,${chars}}?(?:${b})|(?:${b})[^]{0,${chars}}?(?:${a})`;
}

/** An HTTP 401 as the EWS libraries print it (.NET/Java "(401)", JS "401 Unauthorized" / "error code:401", exchangelib, php-ews). */
const HTTP_401 = [
  '\\(401\\)', '\\b401 ?Unauthori[sz]ed\\b', '\\berror code: ?401\\b', '\\bHttpStatusCode: ?401\\b', '\\bstatus code 401\\b',
  phrase('Caused by HTTP 401 response'), phrase('SOAP client returned status of 401'),
].join('|');
/** A password credential in the same text: the Managed API's/Java's WebCredentials, .NET's NetworkCredential, exchangelib's
 *  requests auth classes and auth_type, a Basic Authorization header in a library's request log, the Windows sign-in. */
const PASSWORD_CREDENTIAL = [
  '\\bWebCredentials\\b', '\\bNetworkCredential\\b', '\\bHttpNtlmAuth\\b', '\\bauth_type ?= ?(?:NTLM|BASIC)\\b',
  `['"]?Authorization['"]? ?: ?['"]?Basic [A-Za-z0-9+/=]{8,}`,
  // David Barrett's EWS scripts log the Windows sign-in they fall back to (ExchangeService.UseDefaultCredentials).
  phrase('VERBOSE: Using default credentials'),
].join('|');
/** An OAuth credential in the same text: the Managed API's/ews-javascript-api's OAuthCredentials, exchangelib's OAuth2*Credentials
 *  and OAUTH2 auth type, a Bearer Authorization header, and an MSAL or ADAL token call that fetched the token (MSAL.NET's
 *  AcquireTokenSilent / AcquireTokenByUsernamePassword / AcquireTokenForClient …, MSAL Node's and MSAL.js's acquireToken…,
 *  MSAL Python's acquire_token_…; AzureAD/microsoft-authentication-library-for-dotnet#3866 is such a text: a token fetched
 *  with AcquireTokenSilent, then EWS's "(401) Unauthorized"). */
const OAUTH_CREDENTIAL = [
  '\\bOAuthCredentials\\b', '\\bOAuth2(?:Legacy|AuthorizationCode)?Credentials\\b', '\\bauth_type ?= ?OAUTH2\\b',
  `['"]?Authorization['"]? ?: ?['"]?Bearer [A-Za-z0-9._-]{8,}`, '\\bacquire_?token(?:_?[A-Za-z]{1,30}){0,4}\\b',
].join('|');

/** How far apart a credential and the 401 may stand (a stack trace or a request log in between). */
const CREDENTIAL_SPAN = 2000;

/** A 401 with the credential type in view: the type decides (see the header). */
const CREDENTIAL_TYPE: readonly Rule[] = [
  pattern('ews-401-password-credential', 'product', 3, [near(PASSWORD_CREDENTIAL, HTTP_401, CREDENTIAL_SPAN)], [
    p('basic_auth_used', 0.88), p('not_authenticated', 0.2),
  ]),
  // David Barrett's EWS scripts (David-Barrett-MS/PowerShell-EWS-Scripts: Merge-MailboxFolders.ps1 and its kin) say "Failed to
  // open source message store (<mailbox>)" when binding to the mailbox answered 401: the maintainer's answer (#52) is that the
  // signed-in account needs FullAccess on that mailbox, or the app impersonation — the mailbox, not the password (#14, #22 the
  // same words with shared mailboxes).
  pattern('ews-script-message-store-401', 'product', 3, [near(phrase('Failed to open source message store'), HTTP_401, 600)], [
    p('mailbox_permission_missing', 0.7), p('token_expired_or_invalid', 0.3),
  ]),
  // The same scripts' "Unable to bind to root folder" (Update-FolderItems.ps1, Update-Folders.ps1: their bind of the mailbox's
  // root folder returned nothing; with -Impersonate the script itself asks whether ApplicationImpersonation was granted). The
  // maintainer's answer (#40): usually the authenticating account lacks permission on the mailbox. The script's next line, "If
  // accessing a mailbox that has MFA enabled, you must use OAuth", is its standing hint, not a finding.
  // Their verbose log's "FAILED to bind to folder <folder id>" (every script's ThrottledFolderBind, e.g. Legacy/RecoverDeletedItems.ps1)
  // is the same failed bind (#1: RestoreEmail.ps1 with -Impersonate and a delegated OAuth sign-in, which cannot impersonate —
  // the mailbox owner's sign-in or an app with impersonation rights).
  pattern('ews-script-root-folder-bind', 'product', 3, [phrase('Unable to bind to root folder'), phrase('FAILED to bind to folder')], [
    p('mailbox_permission_missing', 0.7), p('token_expired_or_invalid', 0.25),
  ]),
  // Above exchangelib's ErrorServerBusy (0.8): with an OAuth credential, its "Caused by HTTP 401 response" is a refused token.
  pattern('ews-401-oauth-credential', 'product', 3, [near(OAUTH_CREDENTIAL, HTTP_401, CREDENTIAL_SPAN)], [
    p('wrong_scope_or_resource', 0.82), p('token_expired_or_invalid', 0.55),
  ]),
];

/**
 * exchangelib (ecederstrand/exchangelib). exchangelib/protocol.py RetryPolicy.raise_response_errors(): a 401 under the
 * default fail-fast policy is UnauthorizedError "Invalid credentials for <url>" (patterns-graph.ts reads it for Exchange
 * Online's URL; before May 2020, commit 8bd2f783, "Wrong username or password for <url>"); under FaultTolerance the same
 * 401 becomes ErrorServerBusy("Caused by HTTP 401 response") and is retried until RateLimitError "Max timeout reached (gave
 * up when asked to back off N seconds)" (errors.py; before commit 1ee86e49, Nov 2022: "(gave up after N seconds. URL <url>
 * returned status code <code>)"). The maintainer on such a give-up: "either the server has intermittent problems, or your
 * credentials have been revoked, or the auth method that you used previously has been disabled" (#833). "Caused by HTTP
 * 401 response" names EWS's code ErrorServerBusy, but the 401 is what Exchange answered: it outranks the code's throttling
 * reading unless an OAuth credential is in view (then the OAuth rule above decides).
 */
const EXCHANGELIB_AUTH: readonly Rule[] = [
  pattern('exchangelib-401-as-busy', 'product', 3, [
    `${phrase('Caused by HTTP 401 response')}(?<!OAuth2[^]{0,${CREDENTIAL_SPAN}})(?![^]{0,${CREDENTIAL_SPAN}}OAuth2)`,
  ], [p('basic_auth_used', 0.82), p('token_expired_or_invalid', 0.4)]),
  pattern('exchangelib-wrong-username-or-password', 'product', 3, [`${phrase('Wrong username or password for')} ?https?://\\S{1,200}?/EWS/`], [
    p('basic_auth_used', 0.65), p('not_authenticated', 0.35),
  ]),
  // The old RateLimitError with the last status: a 401 retried to the end.
  pattern('exchangelib-gave-up-401', 'product', 3, [`${phrase('gave up after')} ?[\\d.]{1,12} ?${phrase('seconds.')} ?URL ?\\S{1,300} ?${phrase('returned status code 401')}`], [
    p('basic_auth_used', 0.7), p('token_expired_or_invalid', 0.35),
  ]),
  // exchangelib/transport.py get_auth_method_from_response() / get_service_authtype(): the 401's WWW-Authenticate offered
  // no scheme exchangelib knows (Exchange Online offers Bearer only). The maintainer: "if this is an account on Office365,
  // then I believe they recently disabled Basic authentication. Instead, you need to switch to OAuth" (#1125); a server
  // name that is no EWS host gives the same (#276).
  pattern('exchangelib-no-auth-type', 'product', 3, [
    phrase('No compatible auth type was reported by server'), phrase('Failed to get auth type from service'),
    phrase('Failed to get autodiscover auth type from service'),
  ], [p('basic_auth_used', 0.65), p('unexpected_server_reply', 0.3), p('network_blocked', 0.2)]),
  // configuration.py / protocol.py: an auth type without credentials.
  pattern('exchangelib-no-credentials', 'product', 3, [
    `${phrase('Auth type')} ?'[A-Za-z0-9 _-]{1,40}' ?${phrase('requires credentials')}`,
    `${phrase('Auth type')} ?'[A-Za-z0-9 _-]{1,40}' ?${phrase('was detected but no credentials were provided')}`,
  ], [p('not_authenticated', 0.65)]),
  // protocol.py: Exchange's page says the account is locked out (too many wrong passwords; Entra smart lockout).
  pattern('exchangelib-locked-out', 'product', 3, [phrase('The referenced account is currently locked out')], [
    p('security_policy_blocks', 0.6), p('not_authenticated', 0.35),
  ]),
];

/** exchangelib's retries and back-off (protocol.py FaultTolerance.back_off(), util.py _back_off_if_needed()). */
const EXCHANGELIB_THROTTLE: readonly Rule[] = [
  pattern('exchangelib-gave-up-backoff', 'throttle', 3, [
    `${phrase('Max timeout reached')} ?\\(${phrase('gave up when asked to back off')}`,
    `${phrase('Max timeout reached')} ?\\(${phrase('gave up after')} ?[\\d.]{1,12} ?${phrase('seconds.')} ?URL ?\\S{1,300} ?${phrase('returned status code')} ?(?:429|50[03])\\b`,
  ], [p('throttled', 0.6), p('basic_auth_used', 0.3)]),
  pattern('exchangelib-server-requested-backoff', 'throttle', 2, [`${phrase('Server requested back off until')} ?\\d{4}-\\d\\d-\\d\\d`], [
    p('throttled', 0.55), p('basic_auth_used', 0.2),
  ]),
];

/**
 * exchangelib's transport and parsing: util.py post_ratelimited() (a connection error becomes ErrorTimeoutExpired
 * "Reraised from <exception>"), to_xml() (ParseError "This is not XML: …", "No root element found"), services/common.py
 * (SOAPError "Bad SOAP response: …", "Unknown SOAP response (expected … or Fault)", MalformedResponseError "No Body element in
 * SOAP response"), protocol.py (MalformedResponseError "Unknown failure in response. Code: <status> headers: … content: …":
 * anything not a SOAP answer — a proxy's or a login page), autodiscover/discovery.py (AutoDiscoverFailed "All steps in the
 * autodiscover protocol failed for email …" — the maintainer: TLS roots, a broken DNS resolver, or Autodiscover not set up
 * for the domain, #410; TransportError "'<host>' has no DNS entry").
 */
const EXCHANGELIB_TRANSPORT: readonly Rule[] = [
  pattern('exchangelib-connection-error', 'network', 2, [`\\bErrorTimeoutExpired: ?${phrase('Reraised from')}`], [p('network_blocked', 0.55)], {
    yieldsTo: ['tls'],
  }),
  pattern('exchangelib-not-xml', 'product', 3, [
    `${phrase('This is not XML:')} ?b?['"]`, `\\bParseError: ?${phrase('No root element found')}`,
    phrase('Bad SOAP response:'), phrase('Unknown SOAP response (expected'), phrase('No Body element in SOAP response'),
  ], [p('unexpected_server_reply', 0.55), p('network_blocked', 0.2)]),
  // 403 from EWS to exchangelib: an app-only (client credentials) sign-in without the right to the mailbox — the application
  // permission full_access_as_app with admin consent, or impersonation (exchangelib#1199; fdaytalk.com's article on this
  // message: the app had only the delegated permission). Else EWS is off for the mailbox or organisation, or an EWS application
  // access policy keeps the app out (as the decoder reads Exchange's 403 to EWS in vocab-cloud-services.ts, KB 4483440).
  pattern('exchangelib-unknown-failure-403', 'product', 3, [`${phrase('Unknown failure in response. Code:')} ?403\\b`], [
    p('mailbox_permission_missing', 0.5), p('consent_missing', 0.4), p('imap_disabled_or_not_connected', 0.3),
  ]),
  pattern('exchangelib-unknown-failure', 'product', 2, [`${phrase('Unknown failure in response. Code:')} ?(?!403\\b)\\d{3}\\b`], [
    p('unexpected_server_reply', 0.45), p('network_blocked', 0.2),
  ]),
  pattern('exchangelib-autodiscover-failed', 'product', 3, [phrase('All steps in the autodiscover protocol failed')], [
    p('network_blocked', 0.5), p('basic_auth_used', 0.3),
  ]),
  pattern('exchangelib-no-dns-entry', 'network', 3, [`'[A-Za-z0-9.-]{1,253}' ?${phrase('has no DNS entry')}`], [p('network_blocked', 0.7)]),
];

/**
 * EWS Managed API (OfficeDev/ews-managed-api Strings.cs; Core/Requests/ServiceRequestBase.cs wraps the WebException as
 * ServiceRequestException "The request failed. {0}" with the runtime's message, e.g. "The remote server returned an error:
 * (401) Unauthorized."), ews-java-api (OfficeDev/ews-java-api ServiceRequestBase.java: HttpErrorException "The remote server
 * returned an error: (" + status + ")" + reason, wrapped as "The request failed. %s") and ews-javascript-api (gautamsi/
 * ews-javascript-api src/js/Strings.ts, the same strings; ExchangeServiceBase.ts: ServiceRequestUnauthorizedException
 * "401 Unauthorized" in SoapFaultDetails; SimpleServiceRequestBase.ts logs "Error in calling service, error code:401").
 */
/** What EWS's statuses mean, however a client prints them: a 401 without the credential type in view (see the header); a 403,
 *  the account's or app's right on the mailbox first (FullAccess or impersonation: David-Barrett-MS/PowerShell-EWS-Scripts#47,
 *  #62, microsoft/CSS-Exchange#1589), the app's EWS permission full_access_as_app not consented second
 *  (grahamr975/EWS-Office365-Contact-Sync#91, RivaSync's 403 article), then EWS off for the mailbox and an application access
 *  policy; a 503/429, Exchange Online busy or limiting. */
const EWS_401 = [p('basic_auth_used', 0.55), p('wrong_scope_or_resource', 0.4), p('token_expired_or_invalid', 0.3)];
const EWS_403 = [p('mailbox_permission_missing', 0.5), p('consent_missing', 0.4), p('imap_disabled_or_not_connected', 0.35), p('security_policy_blocks', 0.3)];
const EWS_BUSY = [p('throttled', 0.55), p('network_blocked', 0.25)];
/** Exchange Online's EWS endpoint (https://outlook.office365.com/EWS/Exchange.asmx; outlook.office.com answers too). */
const EWS_URL = 'https?://outlook\\.office(?:365)?\\.com/EWS\\b';
const REQUEST_FAILED = `(?:${phrase('The request failed.')}|\\bHttpErrorException:)`;
const MANAGED_API_STATUS: readonly Rule[] = [
  // A 401 without the credential type in view (see the header).
  pattern('ews-request-failed-401', 'product', 2, [
    `${REQUEST_FAILED} ?[^\\n]{0,160}?\\(401\\)`, '\\bServiceRequestUnauthorizedException\\b',
    `\\bSoapFaultDetails\\b[^]{0,300}?${phrase("message: '401 Unauthorized'")}`, phrase('Error in calling service, error code:401'),
    phrase('Error in calling service, error code: 401'),
  ], EWS_401),
  // 403: see EWS_403.
  pattern('ews-request-failed-403', 'product', 2, [
    `${REQUEST_FAILED} ?[^\\n]{0,160}?\\(403\\)`, phrase('Error in calling service, error code:403'), phrase('Error in calling service, error code: 403'),
  ], EWS_403),
  // 503/429: Exchange Online busy or limiting the client.
  pattern('ews-request-failed-busy', 'throttle', 2, [`${REQUEST_FAILED} ?[^\\n]{0,160}?\\((?:503|429)\\)`], EWS_BUSY),
  // No answer at all: the runtime's connection failures after the library's sentence.
  pattern('ews-request-failed-network', 'network', 2, [
    `${REQUEST_FAILED} ?(?:${phrase('Unable to connect to the remote server')}|${phrase('The remote name could not be resolved')}|${phrase('The operation has timed out')}|${phrase('Connection Error')})`,
  ], [p('network_blocked', 0.6)], { yieldsTo: ['tls'] }),
  // The library's sentence alone: what it quotes decides.
  pattern('ews-request-failed', 'product', 1, [`\\bServiceRequestException: ?${phrase('The request failed.')}`], [
    p('basic_auth_used', 0.2), p('network_blocked', 0.2), p('unexpected_server_reply', 0.15),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  // Any HTTP client's own status line for a request to Exchange Online's EWS endpoint (httpClientStatusLines: Python requests,
  // Java, Guzzle — a script or app calling EWS without one of these libraries), read like the libraries' statuses above.
  pattern('ews-http-status-401', 'product', 2, httpClientStatusLines('401', EWS_URL), EWS_401, { yieldsTo: ['server-reply', 'graph-reply'] }),
  pattern('ews-http-status-403', 'product', 2, httpClientStatusLines('403', EWS_URL), EWS_403, { yieldsTo: ['server-reply', 'graph-reply'] }),
  pattern('ews-http-status-busy', 'throttle', 2, httpClientStatusLines('429|503', EWS_URL), EWS_BUSY, { yieldsTo: ['server-reply', 'graph-reply'] }),
  // ServerBusyException: EWS answered ErrorServerBusy (ServiceRequestBase.cs), back off for BackOffMilliseconds
  // (learn.microsoft.com/exchange/client-developer/exchange-web-services/ews-throttling-in-exchange).
  pattern('ews-server-busy-exception', 'throttle', 3, ['\\bServerBusyException\\b'], [p('throttled', 0.8)]),
];

/** The Managed API's (and its Java/JavaScript ports') own sentences beside the status. */
const MANAGED_API_MESSAGES: readonly Rule[] = [
  // AutodiscoverService.cs: no Autodiscover endpoint of the address's domain answered usably (SCP, https://<domain>/
  // autodiscover, https://autodiscover.<domain>/autodiscover, the HTTP redirect, the SRV record — "Generate a list of
  // Autodiscover endpoints", learn.microsoft.com/exchange/client-developer/exchange-web-services/how-to-generate-a-list-of-
  // autodiscover-endpoints). A DNS record or a blocked connection first; each endpoint refusing the password (401) ends the same way.
  pattern('ews-autodiscover-not-located', 'product', 3, [phrase("The Autodiscover service couldn't be located")], [
    p('network_blocked', 0.5), p('basic_auth_used', 0.3),
  ]),
  // Autodiscover/DirectoryHelper.cs: on a domain-joined machine the Managed API first reads Exchange's Autodiscover record (the
  // service connection point, SCP) from Active Directory over LDAP, and catches only InvalidOperationException there; another
  // exception from an entry it cannot read (an ArgumentOutOfRangeException from an empty attribute, microsoft/mail2bug#40, #46)
  // ends the call before any Exchange server was asked. For Exchange Online, set the EWS URL (https://outlook.office365.com/
  // EWS/Exchange.asmx) instead of Autodiscover, or turn the SCP lookup off (EnableScpLookup = false).
  pattern('ews-autodiscover-scp-failed', 'product', 3, ['\\bDirectoryHelper\\.(?:GetScpUrlList|GetAutodiscoverScpUrlsForDomain)\\b'], [
    p('unexpected_server_reply', 0.5), p('network_blocked', 0.25),
  ], { flags: '' }),
  // The Autodiscover server answered an error (AutodiscoverRemoteException); its error text follows and decides.
  pattern('ews-autodiscover-returned-error', 'product', 1, [phrase('The Autodiscover service returned an error')], [
    p('imap_disabled_or_not_connected', 0.25), p('unexpected_server_reply', 0.2),
  ]),
  // ServiceRequestBase.cs: the answer was no XML (a proxy's page, a login page, an HTML error page).
  pattern('ews-response-not-xml', 'product', 3, [
    phrase("The response received from the service didn't contain valid XML"), phrase('The Autodiscover service response was invalid'),
  ], [p('unexpected_server_reply', 0.6), p('network_blocked', 0.2)]),
  pattern('ews-xml-ended', 'product', 2, [phrase('The XML document ended unexpectedly')], [p('unexpected_server_reply', 0.4), p('network_blocked', 0.25)]),
  // ExchangeServiceBase.cs: no Credentials set on the ExchangeService.
  pattern('ews-credentials-required', 'product', 3, [phrase('Credentials are required to make a service request')], [p('not_authenticated', 0.75)]),
  // Credentials/OAuthCredentials.cs: the string given is not a bearer token.
  pattern('ews-oauth-token-malformed', 'product', 3, [phrase('The token auth scheme should be bearer'), `\\bOAuthCredentials\\b[^]{0,300}?${phrase('The given token is invalid')}`, `${phrase('The given token is invalid')}[^]{0,300}?\\bOAuthCredentials\\b`], [
    p('token_expired_or_invalid', 0.6), p('wrong_scope_or_resource', 0.2),
  ]),
  // AccountIsLockedException (HTTP 456, consumer accounts): "This account is locked. Visit {0} to unlock it."
  pattern('ews-account-locked', 'product', 3, [phrase('This account is locked. Visit'), '\\bAccountIsLockedException\\b'], [
    p('security_policy_blocks', 0.7),
  ]),
  // Exchange Online's answer to a password sign-in of an account with per-user MFA: HTTP 456 and the header "X-AutoDiscovery-
  // Error: LiveIdBasicAuth:AppPasswordRequired" (Outlook's "An HTTP 456 Unauthorized response was received from the remote
  // Unknown server. This indicates that the user may not have logged on for the first time, or the account may be locked.";
  // Jaap Wesselius, "multifactor authentication": MFA just turned on for the user; an app password or modern auth signs in).
  pattern('exo-app-password-required', 'product', 3, [
    '\\bLiveIdBasicAuth:AppPasswordRequired\\b', phrase('An HTTP 456 Unauthorized response was received'),
  ], [p('security_policy_blocks', 0.85), p('basic_auth_used', 0.5)]),
];

/**
 * php-ews. jamesiarmes/php-ews src/Client.php processResponse(): "SOAP client returned status of <code>." (older versions
 * without the full stop, as EWS_Exception); the client signs in with a user name and password only (jamesiarmes/php-ntlm
 * src/SoapClient.php: CURLAUTH_BASIC | CURLAUTH_NTLM, "A username and password is required.", "Curl error: <curl's message>");
 * src/Autodiscover.php: RuntimeException "Autodiscovery failed." Garethp/php-ews src/API/ExchangeWebServices.php
 * handleNonSuccessfulResponses(): UnauthorizedException (401) and ServiceUnavailableException (503) without a message, the
 * same "SOAP client returned status of <code>" for the rest, NoResponseReturnedException; src/API/ExchangeAutodiscover.php
 * AutodiscoverFailed. PHP's SoapClient says "looks like we got no XML document" when the answer is no XML (php-ntlm's
 * strip_bad_chars option; jamesiarmes/php-ews#67: "you are getting a non-XML response from server").
 */
const GARETHP = (name: string) => `\\bews[\\\\/]{1,2}API[\\\\/]{1,2}Exception[\\\\/]{1,2}${name}\\b`;
const PHP_EWS: readonly Rule[] = [
  pattern('php-ews-status-401', 'product', 3, [phrase('SOAP client returned status of 401')], [
    p('basic_auth_used', 0.75), p('not_authenticated', 0.3),
  ]),
  pattern('php-ews-status-403', 'product', 3, [phrase('SOAP client returned status of 403')], [
    p('imap_disabled_or_not_connected', 0.5), p('security_policy_blocks', 0.35),
  ]),
  pattern('php-ews-status-busy', 'throttle', 2, [`${phrase('SOAP client returned status of')} ?(?:503|429)\\b`, GARETHP('ServiceUnavailableException')], [
    p('throttled', 0.5), p('network_blocked', 0.25),
  ]),
  // Garethp also signs in with an OAuth token (ExchangeWebServicesAuth::fromCallbackToken()), so the 401 is read as for the
  // Managed API.
  pattern('php-ews-garethp-unauthorized', 'product', 2, [GARETHP('UnauthorizedException')], [
    p('basic_auth_used', 0.55), p('wrong_scope_or_resource', 0.35), p('token_expired_or_invalid', 0.3),
  ]),
  pattern('php-ews-autodiscover-failed', 'product', 2, [phrase('Autodiscovery failed.'), GARETHP('AutodiscoverFailed')], [
    p('network_blocked', 0.45), p('basic_auth_used', 0.35),
  ]),
  pattern('php-ews-no-response', 'product', 2, [GARETHP('NoResponseReturnedException')], [p('unexpected_server_reply', 0.45)]),
  pattern('php-ntlm-no-credentials', 'product', 3, [phrase('A username and password is required.')], [p('not_authenticated', 0.6)]),
  pattern('php-ntlm-curl-connect', 'network', 2, [
    `${phrase('Curl error:')} ?(?:${phrase('Could not resolve host')}|${phrase("Couldn't resolve host")}|${phrase('Failed to connect to')}|${phrase('Connection timed out')}|${phrase('Operation timed out')}|${phrase('Resolving timed out')})`,
  ], [p('network_blocked', 0.65)], { yieldsTo: ['tls'] }),
  pattern('php-soap-no-xml', 'product', 2, [phrase('looks like we got no XML document')], [p('unexpected_server_reply', 0.55), p('basic_auth_used', 0.2)]),
];

/** Every EWS client library rule (patterns.ts). */
export const EWS_CLIENT_VOCABULARY_RULES: readonly Rule[] = [
  ...CREDENTIAL_TYPE, ...EXCHANGELIB_AUTH, ...EXCHANGELIB_THROTTLE, ...EXCHANGELIB_TRANSPORT, ...MANAGED_API_STATUS, ...MANAGED_API_MESSAGES, ...PHP_EWS,
];
