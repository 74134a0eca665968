/**
 * What Google's sign-in and the Gmail API answer when a mail app's OAuth set-up is wrong (issue 10): apps that send or read
 * Gmail and Google Workspace mail quote these beside (or instead of) the OAuth error value, which alone names a different cause
 * at Entra (unauthorized_client, access_denied, invalid_request). Each group cites where its text is documented or quoted.
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/** The token endpoint and the consent screen. */
const SIGN_IN: readonly Rule[] = [
  // Google's sign-in refusing a Chrome extension's custom redirect ("Error 400: invalid_request - Custom URI scheme is not
  // supported on Chrome apps", after Google retired custom URI schemes for Chrome apps; a development text fixed by
  // chrome.identity.launchWebAuthFlow's https redirect): the redirect URI is what to change.
  pattern('google-custom-uri-scheme', 'entra-ui', 3, [phrase('Custom URI scheme is not supported')], [
    p('redirect_uri_mismatch', 0.8), p('public_vs_confidential_client', 0.3),
  ]),
  // A service account whose client is not authorized for the scopes it asks (domain-wide delegation: "unauthorized_client …
  // Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes
  // requested", googleapis/google-auth-library-ruby's Signet error and the .NET client's TokenResponseException as quoted by
  // development texts): an administrator must authorize the client ID for those scopes in the Admin console — the grant of
  // access, as Entra's admin consent (development texts: 2 of 2 fixed so, a third by the scope).
  pattern('google-client-not-authorized', 'entra', 3, [phrase('Client is unauthorized to retrieve access tokens')], [
    p('consent_missing', 0.65), p('wrong_scope_or_resource', 0.45),
  ]),
  // An app in Testing whose user is not on its list of test users ("… has not completed the Google verification process. The
  // app is currently being tested, and can only be accessed by developer-approved testers", Error 403: access_denied; Google's
  // "Unverified apps" help, support.google.com/cloud/answer/7454865): the user must be added to the app — its assignment.
  pattern('google-testers-only', 'entra-ui', 3, [
    phrase('can only be accessed by developer-approved testers'), phrase('has not completed the Google verification process'),
  ], [p('user_not_assigned', 0.75), p('consent_missing', 0.3)]),
  // The out-of-band redirect (urn:ietf:wg:oauth:2.0:oob) Google retired in 2022-23 ("Error 400: invalid_request … The out-of-band
  // (OOB) flow has been blocked in order to keep users secure"; Google's "Out-Of-Band (OOB) flow Migration Guide",
  // developers.google.com/identity/protocols/oauth2/resources/oob-migration: requests with redirect_uri=urn:ietf:wg:oauth:2.0:oob
  // blocked for all clients from 31 January 2023): the app must use a loopback or registered redirect URI (development texts:
  // 5 of 6).
  pattern('google-oob-blocked', 'entra-ui', 3, [phrase('The out-of-band (OOB) flow has been blocked')], [p('redirect_uri_mismatch', 0.85)]),
  pattern('google-oob-redirect', 'entra-ui', 2, ['urn:ietf:wg:oauth:2\\.0:oob'], [p('redirect_uri_mismatch', 0.5)]),
  // An app whose consent screen is "Internal" used by an account of another organization ("Error 403: org_internal This client
  // is restricted to users within its organization"): the app belongs to another directory — as Entra's single-tenant app.
  pattern('google-org-internal', 'entra-ui', 3, ['\\borg_internal\\b', phrase('This client is restricted to users within its organization')], [
    p('wrong_tenant_or_app', 0.8),
  ]),
  // A client ID that was deleted in the Cloud console ("Error: deleted_client The OAuth client was deleted."): the app's ID is
  // no longer valid (development texts: 2 of 2).
  pattern('google-deleted-client', 'entra', 3, ['\\bdeleted_client\\b', phrase('The OAuth client was deleted')], [p('wrong_tenant_or_app', 0.8)]),
];

/** A token without the scope the call needs: the scope asked for at sign-in, then its consent. */
const INSUFFICIENT_SCOPE = [p('wrong_scope_or_resource', 0.75), p('consent_missing', 0.35)] as const;

/** The Gmail API and Gmail's XOAUTH2. */
const GMAIL_API: readonly Rule[] = [
  // A token without the scope the call needs: Google APIs' 403 "Request had insufficient authentication scopes" (its ErrorInfo
  // reason ACCESS_TOKEN_SCOPE_INSUFFICIENT, as Google API clients' error handling quotes it — Google's own reference not
  // checked here), the Gmail API's {"reason": "insufficientPermissions", "message": "Insufficient
  // Permission"} (development texts from Java, Apps Script, Go and an MCP server: 5 of 5 fixed by the scope). Not Exchange's
  // InsufficientPermissionsException (an admin role in PowerShell), hence the exact case below.
  pattern('google-insufficient-scopes', 'graph', 3, [
    phrase('Request had insufficient authentication scopes'), 'ACCESS_TOKEN_SCOPE_INSUFFICIENT',
    '"message" ?: ?"Insufficient Permission"', '\\b403\\b[^\\n]{0,40}\\bInsufficient Permission\\b',
  ], INSUFFICIENT_SCOPE),
  pattern('google-insufficient-permissions-reason', 'graph', 3, ['\\binsufficientPermissions\\b'], INSUFFICIENT_SCOPE, { flags: '' }),
  // A service account acting for a user it may not impersonate, or a delegate the mailbox has not granted ("Delegation denied
  // for <user>", the Gmail API's 403): the right on that mailbox (development texts: 2 of 2).
  pattern('gmail-delegation-denied', 'graph', 3, [phrase('Delegation denied for')], [
    p('mailbox_permission_missing', 0.75), p('consent_missing', 0.3),
  ]),
  // An account without Gmail ("Mail service not enabled", the Gmail API's 400 for a Workspace user whose Gmail service is off or
  // who has no licence, as a development text quotes it; Google's error reference not checked here): no mailbox to open — as
  // Graph's MailboxNotEnabledForRESTAPI.
  pattern('gmail-mail-service-not-enabled', 'graph', 3, [phrase('Mail service not enabled')], [
    p('imap_disabled_or_not_connected', 0.75), p('mailbox_permission_missing', 0.3),
  ]),
  // Apps Script's own limits and faults, as its execution log words them (development texts from Gmail scripts): "Service using
  // too much computer time for one day" (the daily run-time quota, developers.google.com/apps-script/guides/services/quotas) and
  // "We're sorry, a server error occurred. Please wait a bit and try again." (Google's side; the script itself is fine).
  pattern('apps-script-daily-quota', 'throttle', 3, [phrase('Service using too much computer time for one day')], [p('throttled', 0.85)]),
  pattern('apps-script-server-error', 'graph', 2, [phrase("We're sorry, a server error occurred. Please wait a bit and try again")], [
    p('unexpected_server_reply', 0.7), p('throttled', 0.3),
  ]),
];

export const GOOGLE_VOCABULARY_RULES: readonly Rule[] = [...SIGN_IN, ...GMAIL_API];
