/**
 * What Microsoft 365 OAuth helpers and the integrations built on them print when their token or their mail through
 * Microsoft 365 fails (issue 10): the Home Assistant O365 / MS365 integrations and the python-o365 library they use,
 * ioBroker.email, the token helpers for mutt/mbsync/Emacs (mutt_oauth2.py, oauth2ms, M365-IMAP, auth-source-xoauth2,
 * Emacs smtpmail), Symfony Mailer's Microsoft Graph bridge, and CodeTwo's connection wizard.
 * Only texts read in the products' own source or their vendor's documentation are here; each group cites it.
 *
 * A sentence that carries Microsoft's or the server's reply behind it gives way to that reply (`yieldsTo`); alone it
 * stays weak. A sentence that is the only text names its cause by itself.
 *
 * Not here (nothing of their own to add, or not confirmed): motze92/office365-mail (Laravel) prints no sentence of its
 * own — src/Transport/Office365MailTransport.php lets Guzzle's "Client error: `POST https://login.microsoftonline.com/…`
 * resulted in a `401 Unauthorized` response" (with Microsoft's AADSTS JSON) and the Graph SDK's exceptions through;
 * python-o365's "Client Error: 403 Client Error: Forbidden for url: … | Error Message: …" (O365/connection.py
 * _internal_request()) only frames Graph's own message, which the Graph rules read; Symfony's "Unable to send an email:
 * {…} (code 403)." (MicrosoftGraphApiTransport.php) is the same sentence every Symfony API bridge prints, so Graph's JSON
 * after it decides without a rule here. The Home Assistant integrations' docs/errors.md lists only Microsoft's own
 * AADSTS messages (already known). MailStore Server's "Graph API Error Codes" page (help.mailstore.com/en/server/
 * Graph_API_Error_Codes) could be read only in part (its entry "text does not support structured data": a message
 * Microsoft 365 cannot convert to MIME — no category of ours); MailStore's two German sign-in messages are in
 * vocab-migration-tools.ts. ioBroker.email ships German only for its settings page (admin/custom/i18n/de.json); its
 * log messages (src/lib/TokenRefresher.ts, src/main.ts) are English only, as are all the other products here.
 */
import { p, pattern, phrase, sendWrapper, type Rule } from './pattern-kit.js';

/** A quoted or bare account / file name in a log line, bounded. */
const NAME = `'?[^'\\n]{0,255}'?`;

/** The repair issue's link as written ("Please [Reconfigure](…)") or as Home Assistant shows it ("Please Reconfigure"). */
const RECONFIGURE = `${phrase('Please')} ?\\[?Reconfigure\\b`;

/**
 * Home Assistant, RogerSelwyn/O365-HomeAssistant (custom_components/o365/__init__.py _async_check_token(),
 * classes/permissions.py, translations/en.json; the older "O365 config requests permission" warning until commit
 * aaffd73) and RogerSelwyn/MS365-Mail (custom_components/ms365_mail/const.py, __init__.py, config_flow.py,
 * integration/notify_integration.py, translations/en.json). The integrations ship English only (O365 also Slovak).
 */
const HOME_ASSISTANT: readonly Rule[] = [
  // The token lacks a permission the configuration needs (Mail.Send, Mail.ReadWrite …): the app registration was not
  // granted it — add it under API permissions (docs/permissions.md) and re-authenticate so the new token carries it.
  pattern('ha-o365-permissions-not-in-token', 'product', 3, [
    `(?:${phrase('Minimum required permissions:')}|${phrase('O365 config requests permission:')}) ?${NAME}\\. ?${phrase('Not available in token')}`,
    phrase("Token doesn't have all required permissions"), phrase('Minimum permissions not granted for account'),
    `${phrase('Permissions missing.')} ?${RECONFIGURE}`,
  ], [p('consent_missing', 0.65), p('wrong_scope_or_resource', 0.4)]),
  pattern('ha-o365-not-authorised-send', 'product', 3, [`${phrase('Not authorised to send mail - requires permission:')} ?Mail\\.Send`], [
    p('consent_missing', 0.6), p('wrong_scope_or_resource', 0.4),
  ]),
  // InvalidClientError whose description says the client secret expired (AADSTS7000222).
  pattern('ha-o365-secret-expired', 'product', 3, [
    `${phrase('Client Secret expired for account:')} ?${NAME}\\. ?${phrase('Create new Client Secret')}`,
  ], [p('bad_client_secret', 0.85)]),
  // RuntimeError "Refresh token operation failed: invalid_grant": the refresh token expired or was revoked.
  pattern('ha-o365-token-expired', 'product', 3, [
    `${phrase('Token has expired for account:')} ?${NAME}\\. ?${phrase('Please')} ?(?:${phrase('delete token, reboot and re-authenticate')}|${phrase('re-configure and re-authenticate')})`,
    `${phrase('The token has expired.')} ?${RECONFIGURE}`,
  ], [p('token_expired_or_invalid', 0.8)]),
  // The refresh answered invalid_client: the app registration (client ID) is not found — or its secret is wrong.
  pattern('ha-o365-invalid-client-id', 'product', 3, [
    `${phrase('Invalid Client ID for account:')} ?${NAME}\\. ?${phrase('Please delete token, reboot and re-authenticate')}`,
  ], [p('wrong_tenant_or_app', 0.6), p('bad_client_secret', 0.4)], { yieldsTo: ['sign-in'] }),
  // Any other InvalidClientError: Microsoft's description follows "Error - " and decides.
  pattern('ha-o365-token-error', 'product', 1, [`${phrase('Token error for account:')} ?${NAME}\\. ?${phrase('Error -')}`], [
    p('bad_client_secret', 0.4), p('wrong_tenant_or_app', 0.3),
  ], { yieldsTo: ['sign-in'] }),
  // request_token() returned False after the Microsoft sign-in: the code could not be redeemed — most often the secret's
  // ID pasted instead of its value (the message's own advice), or an expired secret; python-o365 logs the reason.
  pattern('ha-o365-token-file-error', 'product', 2, [
    phrase('Token file retrieval error, check log for errors from O365'), phrase('Error authenticating, token invalid, check log for errors'),
  ], [p('bad_client_secret', 0.5), p('token_expired_or_invalid', 0.35)], { yieldsTo: ['sign-in'] }),
  // No token stored: the account was never authorised (or the file was lost) — authorise again.
  pattern('ha-o365-token-missing', 'product', 3, [
    `${phrase('No token file found;')} ?${phrase('requesting authorization for account')}`,
    phrase('Token file is missing after successful authentication'),
    `${phrase('The token file is missing.')} ?${RECONFIGURE}`,
  ], [p('not_authenticated', 0.7)]),
  // A token file that cannot be used (corrupted, from an older version): delete it and authorise again.
  pattern('ha-o365-token-unusable', 'product', 3, [
    `${phrase('Token file corrupted;')} ?${phrase('requesting authorization')}`, phrase('Token file corrupted for integration'),
    phrase('Token file is corrupted after successful authentication'), phrase('Token no longer valid for integration'),
    phrase('Token file is outdated, it has been deleted'), `${phrase('The token is outdated.')} ?${phrase('Please delete the token')}`,
  ], [p('token_expired_or_invalid', 0.6), p('not_authenticated', 0.35)]),
  // The pasted "returned URL" has no authorization code: Microsoft showed an error page instead of redirecting (a
  // redirect URI not registered for the app) or the sign-in was abandoned.
  pattern('ha-o365-invalid-redirect', 'product', 3, [phrase('the originating url does not seem to be a valid microsoft redirect')], [
    p('redirect_uri_mismatch', 0.45), p('user_cancelled_or_consent_declined', 0.35),
  ]),
];

/**
 * python-o365 (O365/python-o365 O365/connection.py: request_token(), refresh_token(), _try_refresh_token(),
 * oauth_request(), update_session_auth_header(); the pre-MSAL releases' "Token not found." / "Access Token not found.
 * You will need to re-authenticate." / "Token Refresh Operation not working" from the same file's history, e.g. 5f2784c).
 */
const PYTHON_O365: readonly Rule[] = [
  // MSAL's acquire_token_silent_with_error() answered an OAuth error; invalid_grant is read by the OAuth rules.
  pattern('o365-refresh-invalid-client', 'product', 3, [`${phrase('Refresh token operation failed:')} ?invalid_client\\b`], [
    p('bad_client_secret', 0.6), p('wrong_tenant_or_app', 0.4),
  ]),
  pattern('o365-refresh-failed', 'product', 1, [phrase('Refresh token operation failed:')], [p('token_expired_or_invalid', 0.5)], {
    yieldsTo: ['sign-in'],
  }),
  // No refresh token in the cache: the sign-in never asked for offline_access, so nothing can be refreshed.
  pattern('o365-no-refresh-token-offline-access', 'product', 3, [
    `${phrase('You can not refresh an access token that has no')} ?["']refresh_token["'] ?${phrase('available')}`,
  ], [p('wrong_scope_or_resource', 0.6), p('not_authenticated', 0.35)]),
  // The pre-MSAL releases (and pyo365) over requests-oauthlib: oauthlib's TokenExpiredError (oauthlib/oauth2/rfc6749/clients/
  // base.py add_token(), "(token_expired)", as O365/python-o365#178 quotes it) when the stored token ran out and the session
  // has no refresh token to renew it — a sign-in without offline_access (the maintainer in O365/python-o365#182: the 'basic'
  // scope helper adds offline_access, "the later adds the refresh_token so you can stay logged in for more than 1 hour").
  pattern('oauthlib-token-expired', 'product', 2, ['\\bTokenExpiredError\\b'], [
    p('token_expired_or_invalid', 0.6), p('wrong_scope_or_resource', 0.5),
  ], { yieldsTo: ['sign-in'] }),
  pattern('o365-no-refresh-token', 'product', 3, [phrase('There is no refresh token to refresh')], [
    p('not_authenticated', 0.55), p('token_expired_or_invalid', 0.45),
  ]),
  // No token stored at all: run the authentication flow (account.authenticate()) first.
  pattern('o365-no-auth-token', 'product', 3, [
    phrase('No auth token found. Authentication Flow needed'), `${phrase('Access Token not found.')} ?${phrase('You will need to re-authenticate')}`,
    phrase('Tried to update the session auth header but no access token was provided nor found in the token backend'),
    `RuntimeError: ?${phrase('Token not found.')}`,
  ], [p('not_authenticated', 0.7)]),
  pattern('o365-refresh-not-working', 'product', 2, [phrase('Token Refresh Operation not working')], [p('token_expired_or_invalid', 0.55)], {
    yieldsTo: ['sign-in'],
  }),
  // The authorization code (or client credentials) could not be redeemed; Microsoft's error and description follow.
  pattern('o365-fetch-token-failed', 'product', 1, [phrase('Unable to fetch auth token. Error:')], [
    p('bad_client_secret', 0.35), p('redirect_uri_mismatch', 0.2), p('token_expired_or_invalid', 0.2),
  ], { yieldsTo: ['sign-in'] }),
];

/**
 * ioBroker.email (iobroker-community-adapters/ioBroker.email src/lib/TokenRefresher.ts, src/main.ts: the "Office365"
 * service sends with nodemailer and an access token from the ioBroker OAuth proxy; German of the settings page,
 * admin/custom/i18n/de.json).
 */
const IOBROKER_EMAIL: readonly Rule[] = [
  // "Get Microsoft access" was never completed in the adapter's settings.
  pattern('iobroker-email-no-tokens', 'product', 3, [phrase('No tokens for outlook and co. found'), phrase('No tokens for microsoft found')], [
    p('not_authenticated', 0.75),
  ]),
  pattern('iobroker-email-token-expired', 'product', 3, [
    `${phrase('Access token is expired.')} ?${phrase('Please make')} ?an? ?${phrase('authorization again')}`,
    phrase('No tokens for microsoft could be refreshed'),
  ], [p('token_expired_or_invalid', 0.8)]),
  pattern('iobroker-email-refresh-failed', 'product', 2, [phrase('Cannot refresh tokens:')], [p('token_expired_or_invalid', 0.55)], {
    yieldsTo: ['sign-in'],
  }),
  // Shown in the settings when the adapter instance is stopped: nobody refreshes the token, so it expires.
  pattern('iobroker-email-may-expire', 'product', 2, [
    phrase('but it can expire as the instance is not running'), phrase('kann aber ablaufen, da die Instanz nicht ausgeführt wird'),
  ], [p('token_expired_or_invalid', 0.45)]),
  // nodemailer's error (e.g. "Invalid login: 535 5.7.139 …") follows and decides.
  sendWrapper('iobroker-email-send-failed', [`${phrase('Cannot send email:')} ?Error`, phrase('Error sending notification:')], 0.25, 0.2),
];

/**
 * mutt_oauth2.py (muttmua/mutt contrib/mutt_oauth2.py, also used by mbsync and NeoMutt): its sys.exit() texts and
 * the --test output. After a refused refresh it prints Microsoft's error and error_description (AADSTS…) first.
 */
const MUTT_OAUTH2: readonly Rule[] = [
  pattern('mutt-oauth2-never-authorized', 'product', 3, [phrase('You must run script with "--authorize" at least once')], [
    p('not_authenticated', 0.75),
  ]),
  pattern('mutt-oauth2-no-refresh-token', 'product', 3, [phrase('No refresh token. Run script with "--authorize"')], [
    p('not_authenticated', 0.5), p('token_expired_or_invalid', 0.45),
  ]),
  pattern('mutt-oauth2-refresh-invalid', 'product', 2, [phrase('Perhaps refresh token invalid. Try running once with "--authorize"')], [
    p('token_expired_or_invalid', 0.7),
  ], { yieldsTo: ['sign-in'] }),
  // Device-code flow: the user declined, or did not finish the sign-in before the code expired.
  pattern('mutt-oauth2-declined', 'product', 3, [`${phrase('user declined authorization')}\\.`], [p('user_cancelled_or_consent_declined', 0.75)]),
  pattern('mutt-oauth2-device-code-expired', 'product', 3, [`${phrase('Polling')}\\.{1,200} ?${phrase('too much time has elapsed')}`], [
    p('user_cancelled_or_consent_declined', 0.5), p('token_expired_or_invalid', 0.35),
  ]),
  // The redirect carried no code: the consent was declined (error=access_denied) or the sign-in abandoned.
  pattern('mutt-oauth2-no-authcode', 'product', 3, [phrase('Did not obtain an authcode')], [
    p('user_cancelled_or_consent_declined', 0.5), p('redirect_uri_mismatch', 0.3),
  ]),
  // --test: the server's refusal follows ("b'AUTHENTICATE failed.'", "535 5.7.139 …") and decides.
  pattern('mutt-oauth2-test-imap', 'product', 2, [phrase('IMAP authentication FAILED (does your account allow IMAP?)')], [
    p('imap_disabled_or_not_connected', 0.5), p('imap_auth_failed_generic', 0.45),
  ], { yieldsTo: ['server-reply'] }),
  pattern('mutt-oauth2-test-pop', 'product', 2, [phrase('POP authentication FAILED (does your account allow POP?)')], [
    p('imap_disabled_or_not_connected', 0.55), p('imap_auth_failed_generic', 0.4),
  ], { yieldsTo: ['server-reply'] }),
  pattern('mutt-oauth2-test-smtp', 'product', 1, [phrase('SMTP authentication FAILED:')], [
    p('smtp_auth_failed_generic', 0.45), p('smtp_auth_disabled_mailbox', 0.3),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
];

/**
 * Other token helpers for mutt/mbsync/Emacs. oauth2ms (harishkrupo/oauth2ms oauth2ms, the fork phdenzel/oauth2ms
 * oauth2ms/__init__.py): "Something went wrong during authorization" then "Server returned: {…}" with MSAL's error
 * dict (AADSTS…), and its config check. M365-IMAP (UvA-FNWI/M365-IMAP get_token.py, refresh_token.py): prints MSAL's
 * error dict, then exits with "Failed to get access token". auth-source-xoauth2 (ccrusius/auth-source-xoauth2
 * auth-source-xoauth2.el auth-source-xoauth2--pass-get). Emacs smtpmail (emacs-mirror/emacs lisp/mail/smtpmail.el:
 * smtpmail-command-or-throw "%s in response to %s", the AUTH line cut to "AUTH"; "Sending failed: %s").
 */
const TOKEN_HELPERS: readonly Rule[] = [
  pattern('oauth2ms-authorization-failed', 'product', 2, [`${phrase('Something went wrong during authorization')} ?${phrase('Server returned:')}`], [
    p('bad_client_secret', 0.35), p('redirect_uri_mismatch', 0.25), p('wrong_tenant_or_app', 0.2),
  ], { yieldsTo: ['sign-in'] }),
  pattern('oauth2ms-config-keys', 'product', 3, [phrase('Config must contain the keys: tenant_id, client_id')], [p('wrong_tenant_or_app', 0.55)]),
  // Only after MSAL's printed error dict ({'error': …}): the dict's AADSTS message decides.
  pattern('m365-imap-token-failed', 'product', 1, [`['"]error['"]: ?['"][a-z_]{3,40}['"][^\\n]{0,2000}?\\}\\s{0,4}${phrase('Failed to get access token')}`], [
    p('token_expired_or_invalid', 0.4), p('bad_client_secret', 0.3),
  ], { yieldsTo: ['sign-in'] }),
  pattern('auth-source-xoauth2-no-refresh-token', 'product', 3, [phrase("Missing XOAuth2 entry value for 'xoauth2_refresh_token'")], [
    p('not_authenticated', 0.6),
  ]),
  pattern('auth-source-xoauth2-no-secret', 'product', 3, [phrase("Missing XOAuth2 entry value for 'xoauth2_client_secret'")], [
    p('bad_client_secret', 0.55),
  ]),
  pattern('auth-source-xoauth2-no-app', 'product', 3, [`${phrase('Missing XOAuth2 entry value for')} ?'xoauth2_(?:client_id|token_url)'`], [
    p('wrong_tenant_or_app', 0.55),
  ]),
  // smtpmail quotes the server's refusal of AUTH (535 5.7.139 …, 535 5.7.3 …), which decides.
  pattern('emacs-smtpmail-auth-refused', 'product', 1, [`${phrase('Sending failed:')}[^\\n]{0,400}?${phrase('in response to AUTH')}\\b`], [
    p('smtp_auth_failed_generic', 0.45), p('basic_auth_used', 0.3),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
];

/**
 * Symfony Mailer's Microsoft Graph bridge (symfony/symfony src/Symfony/Component/Mailer/Bridge/MicrosoftGraph):
 * TokenManager.php and Transport/MicrosoftGraphApiTransport.php (client credentials over HttpClient), and the Graph
 * SDK version Transport/MicrosoftGraphTransport.php (SenderNotFoundException, SendMailException).
 */
const SYMFONY_GRAPH: readonly Rule[] = [
  pattern('symfony-graph-auth-unreachable', 'product', 3, [
    phrase('Could not reach the remote Microsoft authentication server'), phrase('Could not reach the remote Microsoft server'),
  ], [p('network_blocked', 0.7)], { yieldsTo: ['tls'] }),
  // The token endpoint refused the client credentials; its JSON (AADSTS7000215, 700016, 90002 …) follows and decides.
  pattern('symfony-graph-unable-to-authenticate', 'product', 1, [`${phrase('Unable to authenticate:')} ?\\{`], [
    p('bad_client_secret', 0.4), p('wrong_tenant_or_app', 0.35),
  ], { yieldsTo: ['sign-in'] }),
  // Graph's ErrorInvalidUser: the From address is no mailbox of this tenant.
  pattern('symfony-graph-sender-not-found', 'product', 3, [
    `${phrase('could not be found when calling the Graph API.')} ?${phrase("This is usually because the email address doesn't exist in the tenant")}`,
  ], [p('wrong_tenant_or_app', 0.55), p('imap_disabled_or_not_connected', 0.4)]),
  pattern('symfony-graph-send-failed', 'product', 1, [`SendMailException: ?${phrase('Something went wrong while sending email')}`], [
    p('unexpected_server_reply', 0.3), p('mailbox_permission_missing', 0.25),
  ]),
];

/**
 * CodeTwo's connection wizard (Exchange Online over EWS and Graph, app registration in the tenant):
 * codetwo.com/userguide/backup/troubleshooting-office-connectivity.htm (CodeTwo Backup) and
 * codetwo.com/userguide/office-365-migration/troubleshooting-application-authentication.htm (the same wizard in CodeTwo
 * Office 365 Migration). "The SMTP address has no mailbox associated with it." is EWS's own text (vocab-cloud-services.ts).
 */
const CODETWO: readonly Rule[] = [
  // The account used for the automatic registration is no Global Administrator / Privileged Role Administrator: the
  // app is created without the admin consent to its permissions.
  pattern('codetwo-register-failed', 'product', 3, [`${phrase('Failed to register')} ?'CodeTwo[^'\\n]{0,60}' ?${phrase('with tenant')}`], [
    p('consent_missing', 0.75),
  ]),
  pattern('codetwo-client-id-not-guid', 'product', 3, [phrase('ClientId is not a Guid')], [p('wrong_tenant_or_app', 0.75)]),
  // Manual registration with a certificate whose key is shorter than 2048 bits: the app's credential is unusable.
  pattern('codetwo-certificate-key-size', 'product', 3, [phrase('The certificate used must have a key size of at least 2048 bits')], [
    p('bad_client_secret', 0.6),
  ]),
];

/** Every rule of this file (patterns.ts). */
export const OAUTH_HELPER_VOCABULARY_RULES: readonly Rule[] = [
  ...HOME_ASSISTANT, ...PYTHON_O365, ...IOBROKER_EMAIL, ...MUTT_OAUTH2, ...TOKEN_HELPERS, ...SYMFONY_GRAPH, ...CODETWO,
];
