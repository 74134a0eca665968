/**
 * Office add-ins that sign in through Office or read the mailbox with Exchange's own tokens
 * (Office.js single sign-on getAccessToken, Outlook's getCallbackTokenAsync / getUserIdentityTokenAsync / makeEwsRequestAsync),
 * and RPA / integration tools that send or read Microsoft 365 mail (Power Automate for desktop's e-mail and Exchange
 * actions, Pentaho's Mail and Get Mails job entries, UiPath's Microsoft 365 Scope). Every wording was read in the product's
 * own source or its vendor's documentation; each group cites it. German where the product ships it (Office.js de-de).
 *
 * A sentence that only carries the server's or Microsoft's reply behind it gives way to that reply (`yieldsTo`); alone it
 * stays weak. A sentence that is the only text names its cause by itself.
 *
 * Not here:
 * - Nested app authentication (NAA, MSAL.js's createNestablePublicClientApplication): its bridge errors become MSAL.js's own
 *   codes (@azure/msal-browser dist/naa/mapping/NestedAppAuthAdapter.mjs, webBrokerBridge/WebBrokerBridgeErrorMap.mjs:
 *   user_canceled, no_network_connectivity, no_account_found, interaction_required, or the server's AADSTS error), which
 *   patterns-oauth.ts and vocab-msal*.ts already read. Its one new code, nested_app_auth_bridge_disabled, says only that the
 *   Office host offers no NAA (the add-in falls back to a popup sign-in) — no Microsoft 365 setting fixes it: left out.
 * - Exchange's own reply to a legacy token request ("Token retrieval is not supported for this organization.",
 *   ErrorForbiddenClientAccessTokenRequest) was seen only in users' network captures in OfficeDev/office-js issues, not in
 *   Microsoft's documentation or a source; it is read below from those captures, marked so.
 * - The "REST API isn't supported" wording the brief names was not found in office.js 1.1.110, its strings or
 *   @types/office-js; Office.js's TokenAccessDenied text (a REST token without item context) is here instead.
 * - UiPath: the Mail activities (UiPath.Mail.Activities) are closed source and their resource strings are not public;
 *   UiPath's documentation (docs.uipath.com …/office365-troubleshooting-authentication) quotes MSAL.NET's invalid_client
 *   sentence (read here from MSAL.NET's source) and Microsoft's AADSTS replies, which the sign-in rules read. Blue Prism,
 *   Automation Anywhere (docs.automationanywhere.com Email / Microsoft 365 Outlook "Connect" actions) and Talend: their
 *   documentation describes the OAuth set-up but quotes no error message of the product; no wording found.
 * - Power Automate for desktop's "Failed to send email", "Failed to retrieve emails" and "Failed to process emails" are
 *   too generic (many products print them) to add anything: left to the guess layer.
 */
import { codeTable, p, pattern, phrase, sendWrapper, type CodeEntry, type Rule } from './pattern-kit.js';

/**
 * Office.js single sign-on, OfficeRuntime.auth.getAccessToken() / Office.context.auth.getAccessTokenAsync(): the error names
 * and messages of codes 13000–13013, read in office.js itself (npm @microsoft/office-js 1.1.110, dist/outlook-win32-16.02.debug.js
 * OSF.DDA.ErrorCodeManager: ooeNotSSOAgave 13000 … ooeSSOCallThrottled 13013 and their _errorMappings; texts of
 * dist/en-us/office_strings.debug.js and dist/de-de/office_strings.debug.js). What each code means and what fixes it:
 * OfficeDev/office-js-docs-pr docs/develop/troubleshoot-sso-in-office-add-ins.md ("Causes and handling of errors from
 * getAccessToken"). 13009 (user consent not supported for this add-in's category) and 13010's wording are office.js's; the
 * page does not list 13009. 13011 (ooeResourceNotAllowed) has no text of its own in office.js: not here.
 */
const OFFICE_SSO: readonly Rule[] = [
  // 13000: the Office version has no SSO, or the manifest lacks its WebApplicationInfo (the add-in's app registration).
  pattern('office-sso-13000-not-supported', 'product', 3, [
    phrase('The identity API is not supported for this add-in'), phrase('Die Identitäts-API wird für dieses Add-In nicht unterstützt'),
  ], [p('wrong_tenant_or_app', 0.45), p('unexpected_server_reply', 0.2)]),
  // 13001: nobody is signed in to Office (or Firefox's tracking protection hides the session in Outlook on the web).
  pattern('office-sso-13001-not-signed-in', 'product', 3, [
    phrase('No user is signed into Office'), phrase('Kein Benutzer ist bei Office angemeldet'),
  ], [p('not_authenticated', 0.6), p('token_expired_or_invalid', 0.3)]),
  // 13002: the user cancelled the sign-in or the consent dialog.
  pattern('office-sso-13002-user-aborted', 'product', 3, [
    phrase('User aborted the consent request'), phrase('The user did not consent the add-in permissions'),
    phrase('Der Benutzer hat die Zustimmungsanfrage abgebrochen'), phrase('Der Benutzer hat den Add-In-Berechtigungen nicht zugestimmt'),
  ], [p('user_cancelled_or_consent_declined', 0.85)]),
  // 13003: not a Microsoft account or work/school account (an on-premises domain account) — or, in Outlook, modern
  // authentication is turned off for the tenant in Exchange Online.
  pattern('office-sso-13003-identity-type', 'product', 3, [
    phrase('User identity type is not supported'), phrase('The identity type of the user is not supported'),
    phrase('Der Benutzeridentitätstyp wird nicht unterstützt'), phrase('Der Identitätstyp des Benutzers wird nicht unterstützt'),
  ], [p('wrong_tenant_or_app', 0.55), p('basic_auth_used', 0.3)]),
  // 13004: the manifest's <Resource> (api://<add-in domain>/<client id>) does not match the add-in or its registration.
  pattern('office-sso-13004-invalid-resource', 'product', 3, [
    phrase('Invalid application resource Url provided'), phrase('Invalid resource Url specified in the manifest'),
    phrase('Ungültige Anwendungsressourcen-URL angegeben'), phrase('Ungültige Ressourcen-URL im Manifest angegeben'),
  ], [p('wrong_scope_or_resource', 0.7), p('wrong_tenant_or_app', 0.2)]),
  // 13005: Office is not pre-authorized for the add-in's web API, or the user has not granted (or revoked) the profile permission.
  pattern('office-sso-13005-invalid-grant', 'product', 3, [
    phrase('Preauthorization missing'), phrase('Missing grant for this add-in'),
    phrase('Vorautorisierung fehlt'), phrase('Gewährung für dieses Add-In fehlt'),
  ], [p('consent_missing', 0.65), p('wrong_tenant_or_app', 0.25)]),
  // 13006: Office on the web's session cookie expired — sign out and restart the browser session.
  pattern('office-sso-13006-client-error', 'product', 3, [
    phrase('Error occurred in the authentication request from Office'), phrase('Fehler in der Authentifizierungsanforderung von Office'),
  ], [p('token_expired_or_invalid', 0.55), p('not_authenticated', 0.25)]),
  // 13007: Office got no token for the add-in's web API: the registration lacks the profile permission, the account type
  // does not fit (a personal account where a work account is expected), or the app is not enabled for users to sign in.
  pattern('office-sso-13007-server-error', 'product', 3, [
    phrase('Error occurred in the authentication provider'), phrase('Fehler im Authentifizierungsanbieter'),
  ], [p('wrong_tenant_or_app', 0.4), p('security_policy_blocks', 0.35), p('wrong_scope_or_resource', 0.3)], { yieldsTo: ['sign-in'] }),
  // 13008: a second getAccessToken while the first one is still running — the first sign-in has not finished.
  pattern('office-sso-13008-already-requesting', 'product', 3, [
    phrase('Add-in is already requesting an access token'), phrase('this add-in is already requesting an access token'),
    phrase('Das Add-In fordert bereits ein Zugriffstoken an'), phrase('da dieses Add-In bereits ein Zugriffstoken anfordert'),
  ], [p('user_cancelled_or_consent_declined', 0.35), p('throttled', 0.2)]),
  // 13009: users may not consent for this add-in: an admin must.
  pattern('office-sso-13009-user-consent-not-supported', 'product', 3, [
    phrase('This add-in does not support user consent'), phrase('Dieses Add-In unterstützt keine Benutzerzustimmung'),
  ], [p('consent_missing', 0.7)]),
  // 13010: Office on the web in Edge/IE: the tenant's domain and login.microsoftonline.com are in different security zones.
  pattern('office-sso-13010-connection-lost', 'product', 3, [
    phrase('A connection was lost during the sign in process'),
    phrase('Während der Anmeldung wurde die Verbindung unterbrochen'),
  ], [p('network_blocked', 0.5), p('security_policy_blocks', 0.3)]),
  // 13012: the platform has no getAccessToken (iPad, "Edit in Teams"), or — with forMSGraphAccess — no admin has consented
  // to the add-in's Microsoft Graph scopes.
  pattern('office-sso-13012-unsupported-platform', 'product', 3, [
    phrase('API is not supported in this platform'), phrase('Die API wird in dieser Plattform nicht unterstützt'),
  ], [p('consent_missing', 0.4), p('unexpected_server_reply', 0.25)]),
  // 13013 (and 5101): getAccessToken was called too often in a short time (an endless retry loop); Office throttled it.
  pattern('office-sso-13013-throttled', 'product', 3, [
    phrase('This API has been throttled to slow the call frequency'),
    phrase('Diese API wurde eingeschränkt, um die Anrufhäufigkeit herabzusetzen'),
  ], [p('throttled', 0.75)]),
];

/** Where a getAccessToken code is written: the call's name, Office's auth namespace or "SSO" on the same line. */
const SSO_CONTEXT = `(?:getAccessToken(?:Async)?|OfficeRuntime\\.auth|Office\\.(?:context\\.)?auth|\\bSSO\\b|${phrase('single sign-on')})`;
const SSO_CODE = '130(?:0\\d|1[0-3])';
const code = (...proposals: CodeEntry['proposals']): CodeEntry => ({ proposals });

/**
 * The same codes as numbers (an add-in's own log, another language's message): read only with the getAccessToken call,
 * Office's auth namespace or "SSO" on the same line, before or after the number (office-js-docs-pr
 * troubleshoot-sso-in-office-add-ins.md). The message, when present, is more exact (specificity 3) and wins.
 */
const OFFICE_SSO_CODES: Readonly<Record<string, CodeEntry>> = {
  13000: code(p('wrong_tenant_or_app', 0.4)),
  13001: code(p('not_authenticated', 0.55), p('token_expired_or_invalid', 0.3)),
  13002: code(p('user_cancelled_or_consent_declined', 0.8)),
  13003: code(p('wrong_tenant_or_app', 0.5), p('basic_auth_used', 0.3)),
  13004: code(p('wrong_scope_or_resource', 0.65)),
  13005: code(p('consent_missing', 0.6), p('wrong_tenant_or_app', 0.25)),
  13006: code(p('token_expired_or_invalid', 0.5)),
  13007: code(p('wrong_tenant_or_app', 0.4), p('security_policy_blocks', 0.3), p('wrong_scope_or_resource', 0.3)),
  13008: code(p('user_cancelled_or_consent_declined', 0.3)),
  13009: code(p('consent_missing', 0.65)),
  13010: code(p('network_blocked', 0.45), p('security_policy_blocks', 0.3)),
  13012: code(p('consent_missing', 0.35)),
  13013: code(p('throttled', 0.7)),
};

const OFFICE_SSO_CODE_RULES: readonly Rule[] = [
  codeTable('office-sso-code', 'product', 2,
    `\\b(${SSO_CODE})\\b(?:(?<=${SSO_CONTEXT}[^\\n]{0,200}${SSO_CODE})|(?=[^\\n]{0,200}${SSO_CONTEXT}))`, OFFICE_SSO_CODES),
];

/**
 * Outlook add-ins' Exchange tokens (Office.context.mailbox.getCallbackTokenAsync, getUserIdentityTokenAsync,
 * makeEwsRequestAsync). Names and texts: office.js dist/outlook-web-16.01.debug.js (addErrorMessage(): 9017 AccessRestricted,
 * 9018 GenericTokenError, 9042 InternalServerError, 9048 TokenAccessDenied; handleTokenResponse(): 9017 with
 * "Internal protocol error: '<code>'."), dist/en-us|de-de/outlook_strings.debug.js and office_strings (L_InternalErrorDescription).
 * Meaning: legacy Exchange Online user identity and callback tokens are turned off in every Microsoft 365 tenant, and the
 * call then fails with "GenericTokenError: An internal error has occurred." or "InternalServerError: The Exchange server
 * returned an error …" (codes 9017/9018/9042) — office-js-docs-pr docs/outlook/faq-nested-app-auth-outlook-legacy-tokens.md,
 * docs/reference/javascript-api-for-office-error-codes.md, and the getCallbackTokenAsync/getUserIdentityTokenAsync remarks
 * of @types/office-js 1.0.612. The fix is the tenant's authentication policy (Set-AuthenticationPolicy
 * -AllowLegacyExchangeTokens, while Microsoft still allowed it) or the add-in moving to NAA with Microsoft Entra tokens.
 */
const OUTLOOK_ADDIN_TOKENS: readonly Rule[] = [
  // Before the tenants' legacy tokens were turned off the same error was an intermittent failure on Exchange's side
  // (OfficeDev/office-js#3886, #4265: "An internal error has occurred", code 9018, no fix but retrying) — second.
  pattern('outlook-addin-generic-token-error', 'product', 3, [`\\bGenericTokenError\\b`], [
    p('security_policy_blocks', 0.55), p('unexpected_server_reply', 0.35), p('token_expired_or_invalid', 0.2),
  ]),
  // What OWA's GetClientAccessToken call answered underneath, as users' network captures show it (OfficeDev/office-js#5516:
  // "Token retrieval is not supported for this organization.", ErrorForbiddenClientAccessTokenRequest — the organization's
  // legacy tokens are off; #4124: ErrorInternalServerError "An internal server error occurred. The operation failed." — a
  // failure on Exchange's side). Seen only in those captures, not in Microsoft's documentation.
  pattern('owa-client-access-token-forbidden', 'product', 3, [
    '\\bErrorForbiddenClientAccessTokenRequest\\b', phrase('Token retrieval is not supported for this organization'),
  ], [p('security_policy_blocks', 0.75)]),
  pattern('owa-client-access-token-server-error', 'product', 2, [
    `GetClientAccessTokenResponseMessage[^]{0,400}?ErrorInternalServerError`, `\\baction=GetClientAccessToken[^]{0,800}?ErrorInternalServerError`,
  ], [p('unexpected_server_reply', 0.55), p('security_policy_blocks', 0.3)]),
  // makeEwsRequestAsync / loadCustomProperties print the same sentence for other Exchange errors: weaker alone.
  pattern('outlook-addin-exchange-server-error', 'product', 2, [
    `${phrase('The Exchange server returned an error.')} ?${phrase('Please look at the diagnostics object for more information')}`,
    `${phrase('Der Exchange-Server hat einen Fehler zurückgegeben.')} ?${phrase('Weitere Informationen finden Sie im Diagnoseobjekt')}`,
  ], [p('security_policy_blocks', 0.45), p('unexpected_server_reply', 0.25)], { yieldsTo: ['server-reply'] }),
  // The host refused the token request (handleTokenResponse): AccessRestricted with Office's internal result code.
  pattern('outlook-addin-access-restricted', 'product', 2, [
    `\\bAccessRestricted\\b[^\\n]{0,120}?(?:${phrase('Internal protocol error:')}|${phrase('Interner Protokollfehler:')})`,
    `(?:${phrase('Internal protocol error:')}|${phrase('Interner Protokollfehler:')}) ?'-?\\d{1,12}'[^\\n]{0,120}?\\bAccessRestricted\\b`,
  ], [p('security_policy_blocks', 0.45), p('token_expired_or_invalid', 0.2)]),
  // A REST token without an item context needs the manifest's "read/write mailbox" permission.
  pattern('outlook-addin-rest-token-denied', 'product', 3, [
    phrase('A REST token is only available with ReadWriteMailbox permission when there is no item context'),
    phrase('Ein REST-Token ist nur in Verbindung mit der ReadWriteMailbox-Berechtigung verfügbar'),
  ], [p('wrong_scope_or_resource', 0.6), p('mailbox_permission_missing', 0.25)]),
  // The EWS callback token (getCallbackTokenAsync without isRest) sent to the Outlook REST API, which answers 403
  // ErrorAccessDenied "The api you are trying to access does not support item scoped OAuth." — request the REST token
  // (getCallbackTokenAsync({ isRest: true })): OfficeDev/office-js#141, where that fixed it.
  pattern('outlook-addin-item-scoped-token', 'product', 3, [phrase('does not support item scoped OAuth')], [
    p('wrong_scope_or_resource', 0.75), p('mailbox_permission_missing', 0.2),
  ]),
  // makeEwsRequestAsync: the EWS request (a message with its attachments) is over Outlook's 1 MB limit.
  pattern('outlook-addin-ews-request-oversized', 'product', 3, [
    `${phrase('The request exceeds the 1 MB size limit.')} ?${phrase('Please modify your EWS request')}`,
  ], [p('message_too_large', 0.6)]),
];

/**
 * MSAL.NET's sentence for the token endpoint's invalid_client (MsalErrorMessage.InvalidClient, AzureAD/
 * microsoft-authentication-library-for-dotnet src/client/Microsoft.Identity.Client/MsalErrorMessage.cs), then "Original
 * exception: AADSTS…" — UiPath's Microsoft 365 Scope shows it as it is (docs.uipath.com activities … /productivity/
 * office365-troubleshooting-authentication, "Authenticating with username and password fails"). The AADSTS code decides;
 * alone, invalid_client: a wrong or missing secret, or a public client sending one (or the reverse).
 */
const MSAL_NET_INVALID_CLIENT: readonly Rule[] = [
  pattern('msal-net-invalid-client', 'product', 2, [
    `${phrase('A configuration issue is preventing authentication')} ?[-–.]? ?${phrase('check the error message from the server for details')}`,
    `aka\\.ms/msal-net-invalid-client`,
  ], [p('bad_client_secret', 0.4), p('public_vs_confidential_client', 0.35), p('wrong_tenant_or_app', 0.2)], { yieldsTo: ['sign-in'] }),
];

/**
 * Power Automate for desktop: the exceptions of the e-mail (IMAP/SMTP) and Exchange actions, as the actions reference lists
 * them (MicrosoftDocs/power-automate-docs articles/desktop-flows/actions-reference/email.md "Retrieve email messages" /
 * "Process email messages" exceptions, exchange.md "Connect to Exchange server"). These actions sign in with a user name and
 * password (exchange.md: "Exchange default" Windows credentials or "User defined" username/password), which Exchange Online
 * no longer accepts for IMAP or EWS — hence basic authentication first. The server's reply, when shown, decides.
 */
const POWER_AUTOMATE_DESKTOP: readonly Rule[] = [
  pattern('pad-imap-auth-failed', 'product', 2, [phrase('Failed to authenticate to the IMAP server')], [
    p('basic_auth_used', 0.5), p('imap_auth_failed_generic', 0.45),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('pad-imap-connect-failed', 'product', 2, [phrase('Failed to connect to IMAP server')], [
    p('network_blocked', 0.55), p('tls_problem', 0.3),
  ], { yieldsTo: ['server-reply', 'tls'] }),
  pattern('pad-exchange-connect-failed', 'product', 2, [phrase('Failed to connect to the Exchange server')], [
    p('basic_auth_used', 0.45), p('network_blocked', 0.35),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
];

/**
 * Pentaho Data Integration (Kettle): the Mail job entry logs "Problem while sending message: " + Jakarta Mail's exception
 * (pentaho/pentaho-kettle engine/src/main/java/org/pentaho/di/job/entries/mail/JobEntryMail.java); Get Mails from POP/IMAP
 * throws "Error while connecting to host [<host>] with username [<user>] on port [<port>]." with Jakarta Mail's exception as
 * its cause (…/job/entries/getpop/MailConnection.java, messages_en_US.properties JobGetMailsFromPOP.Error.Connecting; the
 * German messages_de_DE.properties has no translation of either). Both sign in with a password; the exception decides.
 */
const PENTAHO: readonly Rule[] = [
  sendWrapper('pentaho-mail-send-failed', [phrase('Problem while sending message:')], 0.25, 0.25),
  pattern('pentaho-getmails-connect-failed', 'product', 1, [
    `${phrase('Error while connecting to host')} ?\\[[^\\]\\n]{0,255}\\] ?${phrase('with username')} ?\\[`,
  ], [p('imap_auth_failed_generic', 0.35), p('network_blocked', 0.3)], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
];

/** Every rule of this file (patterns.ts). */
export const OFFICE_ADDINS_RPA_VOCABULARY_RULES: readonly Rule[] = [
  ...OFFICE_SSO, ...OFFICE_SSO_CODE_RULES, ...OUTLOOK_ADDIN_TOKENS, ...MSAL_NET_INVALID_CLIENT, ...POWER_AUTOMATE_DESKTOP, ...PENTAHO,
];
