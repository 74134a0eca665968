/**
 * What security-automation (SOAR) platforms' mail integrations print when they read or send Microsoft 365 mail (issue 10):
 * Cortex XSOAR / demisto content (the Microsoft API module every Microsoft integration shares, O365 Outlook Mail (Graph),
 * EWS O365 and EWS v2, Mail Listener v2, the platform's HTTP client), Splunk SOAR connectors (SMTP, IMAP, "MS Graph for
 * Office 365", Microsoft 365 v2, "EWS for Office 365") and Shuffle's email / Outlook-Exchange apps. Only texts read in the
 * products' own source are here; each group cites it. None of these products translates its messages, so English only.
 *
 * Most of these sentences carry Microsoft's reply behind them (an AADSTS message, a Graph error code, Exchange's SMTP/IMAP
 * reply): they give way to it (`yieldsTo`) or stay weak, so that Microsoft's reply decides.
 *
 * Not here (nothing of their own to add, or not confirmed):
 * - XSOAR Mail Sender (New) (demisto/content Packs/MailSenderNew/Integrations/MailSenderNew/MailSenderNew.py) passes smtplib's
 *   exception through return_error() unchanged ("Encountered error: …" for refused recipients is too bare to tell the
 *   product by) — the library rules read smtplib's texts.
 * - XSOAR's Graph Mail commands raise Graph's own JSON (MicrosoftGraphMailApiModule.py: test_connection() just calls
 *   /users/{mailbox}/messages): Graph's error code decides; only the shared module's and the HTTP client's sentences are here.
 *   The bare "Got unauthorized from the server." of EWS O365 (without EWS v2's continuation) is also printed by other
 *   XSOAR integrations (ThreatStream, SAP) and is left out.
 * - Splunk SOAR SMTP's "Could not connect to server, please check your asset configuration and re-run test connectivity"
 *   (smtp_connector.py: a 334 XOAUTH2 challenge whose JSON says status 400): the network rules read its "Could not connect
 *   to server", and whether Exchange Online ever answers XOAUTH2 that way (it answers 535 5.7.3) was not confirmed.
 * - Splunk SOAR "EWS for Office 365" federated (ADFS) sign-in ("Could not find Saml Assertion", "POST to office365 url
 *   failed") and the on-premises EWS app (splunk-soar-connectors/microsoftexchangeonpremews: NTLM only).
 * - TheHive/Cortex: see vocab-security-archiving.ts (the responders let smtplib's exception through). Shuffle's OWA app
 *   (Shuffle/python-apps owa/) says only "Can't connect to Exchange server" like the Outlook-Exchange app below;
 *   its Office 365 / Graph apps are generated from OpenAPI (Shuffle/openapi-apps) and print Graph's JSON unchanged.
 */
import { FILLED_NAME as NAME, p, pattern, phrase, sendWrapper, type Rule } from './pattern-kit.js';

/**
 * XSOAR's Microsoft API module, shared by every Microsoft integration (Graph Mail, EWS O365, …): demisto/content
 * Packs/ApiModules/Scripts/MicrosoftApiModule/MicrosoftApiModule.py — the token request (_get_self_deployed_token_*:
 * "Error in Microsoft authorization. Status: <HTTP status>, body: <error>. \n<AADSTS message>"; an exception:
 * "Error in Microsoft authorization: <exception>"), extract_microsoft_error() (appends the "-auth-reset" hint for the
 * AADSTS codes 50173, 700082, 70008, 54005, 7000222: an expired or revoked refresh token or secret), the Oproxy path
 * (the XSOAR-hosted app), the managed-identity path, generate_login_url() and the rate-limit retry.
 */
const XSOAR_MICROSOFT_API: readonly Rule[] = [
  // The token endpoint refused: Microsoft's error (invalid_client / invalid_grant and its AADSTS message) follows and decides.
  pattern('xsoar-ms-authorization-status', 'product', 1, [`${phrase('Error in Microsoft authorization.')} ?${phrase('Status:')} ?\\d{3}`], [
    p('token_expired_or_invalid', 0.3), p('bad_client_secret', 0.25), p('wrong_tenant_or_app', 0.2),
  ], { yieldsTo: ['sign-in'] }),
  // requests raised before Microsoft answered (DNS, proxy, TLS): the exception's text follows.
  pattern('xsoar-ms-authorization-exception', 'product', 1, [`${phrase('Error in Microsoft authorization:')}`], [
    p('network_blocked', 0.4), p('tls_problem', 0.2),
  ], { yieldsTo: ['tls', 'sign-in'] }),
  // get_encrypted(): the Oproxy "Key" is not valid base64 — the key (the app's secret in Oproxy mode) was mistyped.
  pattern('xsoar-ms-authorization-parameters', 'product', 2, [
    `${phrase('Error in Microsoft authorization:')}[^\\n]{0,200}?${phrase('Please check authentication related parameters')}`,
  ], [p('bad_client_secret', 0.55)]),
  pattern('xsoar-ms-managed-identities', 'product', 1, [phrase('Error in Microsoft authorization with Azure Managed Identities:')], [
    p('wrong_tenant_or_app', 0.4), p('network_blocked', 0.3),
  ], { yieldsTo: ['sign-in'] }),
  // Appended only for AADSTS 50173/700082/70008/54005 (refresh token expired or revoked) and 7000222 (expired secret).
  pattern('xsoar-ms-auth-reset-hint', 'product', 2, [
    `${phrase('You can run the')} ?\\*{0,3}[a-z0-9-]{1,60}-auth-reset\\*{0,3} ?${phrase('command to reset the authentication process')}`,
  ], [p('token_expired_or_invalid', 0.6), p('bad_client_secret', 0.2)], { yieldsTo: ['sign-in'] }),
  // The authorization code was pasted with "&session_state=…": the code as pasted is not a code.
  pattern('xsoar-ms-malformed-auth-code', 'product', 3, [phrase('Malformed auth_code parameter')], [p('token_expired_or_invalid', 0.55)]),
  pattern('xsoar-ms-oproxy-content', 'product', 2, [phrase('The response from the Oproxy server did not contain the expected content')], [
    p('network_blocked', 0.45), p('unexpected_server_reply', 0.4),
  ]),
  pattern('xsoar-ms-rate-limit', 'product', 3, [
    phrase('Rate limit reached, rerunning the command in 1 min'), phrase('Rate limit reached on retry - 429 Response'),
  ], [p('throttled', 0.8)]),
  // generate_login_url(): client_id / tenant_id / scope / redirect_uri not configured.
  pattern('xsoar-ms-login-url-missing', 'product', 2, [
    `${phrase('Please make sure you entered the Authorization configuration correctly.')} ?${phrase('Missing:')}`,
  ], [p('wrong_tenant_or_app', 0.5), p('redirect_uri_mismatch', 0.2)]),
];

/**
 * XSOAR O365 Outlook Mail (Graph): demisto/content Packs/MicrosoftGraphMail/Integrations/MicrosoftGraphMail/
 * MicrosoftGraphMail.py main() — the instance has neither the app's secret ("Key") nor a certificate.
 */
const XSOAR_GRAPH_MAIL: readonly Rule[] = [
  pattern('xsoar-graph-mail-key-missing', 'product', 3, [
    `${phrase('Key must be provided.')} ?${phrase('For further information see')}`,
    phrase('Key or Certificate Thumbprint and Private Key must be provided'),
  ], [p('bad_client_secret', 0.6)]),
];

/**
 * XSOAR's HTTP client (BaseClient._http_request() and client_error_handler() of demisto/content
 * Packs/Base/Scripts/CommonServerPython/CommonServerPython.py, copied verbatim into many integrations), which the Microsoft
 * module calls for every Graph request: "Error in API call [<status>] - <reason>\n<the JSON answer>" and its sentences
 * for requests' ConnectTimeout, SSLError, ProxyError and ConnectionError. Graph's error code in the JSON decides.
 */
const XSOAR_HTTP_CLIENT: readonly Rule[] = [
  pattern('xsoar-api-call-429', 'product', 2, [`${phrase('Error in API call')} ?\\[429\\]`], [p('throttled', 0.6)]),
  pattern('xsoar-api-call-401-403', 'product', 1, [`${phrase('Error in API call')} ?\\[(?:401|403)\\] ?-`], [
    p('consent_missing', 0.3), p('token_expired_or_invalid', 0.25),
  ], { yieldsTo: ['sign-in'] }),
  pattern('xsoar-ssl-verification-failed', 'product', 2, [
    `${phrase('SSL Certificate Verification Failed - try selecting')} ?'?${phrase('Trust any certificate')}`,
  ], [p('tls_problem', 0.75)]),
  pattern('xsoar-proxy-error', 'product', 2, [`${phrase('Proxy Error - if')} ?(?:the ?)?'?${phrase('Use system proxy')}`], [p('network_blocked', 0.7)]),
  pattern('xsoar-connect-timeout', 'product', 2, [
    phrase('Connection Timeout Error - potential reasons might be that the Server URL parameter is incorrect'),
  ], [p('network_blocked', 0.7)]),
  pattern('xsoar-connection-error', 'product', 2, [phrase('Verify that the server URL parameter is correct')], [p('network_blocked', 0.6)], {
    yieldsTo: ['tls'],
  }),
];

/**
 * XSOAR EWS O365 (demisto/content Packs/MicrosoftExchangeOnline/Integrations/EWSO365/EWSO365.py, OAuth with the
 * integration's app) and EWS v2 (Packs/MicrosoftExchangeOnPremise/Integrations/EWSv2/EWSv2.py, which also reaches
 * outlook.office365.com with a password): test_module() and sub_main()'s exception handling; EWS v2's autodiscover
 * message is Packs/ApiModules/Scripts/EWSApiModule/EWSApiModule.py.
 */
const XSOAR_EWS: readonly Rule[] = [
  // ErrorMailboxStoreUnavailable / ErrorMailboxMoveInProgress: a passing state of the mailbox; retrying later helps.
  pattern('xsoar-ews-load-balancing', 'product', 3, [phrase('Office365 is undergoing load balancing operations')], [p('throttled', 0.5)]),
  // The sign-in worked, but the account (or the app) may not read the mailbox: FullAccess / impersonation missing.
  pattern('xsoar-ews-no-mailbox-rights', 'product', 3, [phrase('Success to authenticate, but user has no permissions to read from the mailbox')], [
    p('mailbox_permission_missing', 0.8),
  ]),
  pattern('xsoar-ews-no-folder-rights', 'product', 3, [phrase('Success to authenticate, but user probably has no permissions to read from the specific folder')], [
    p('mailbox_permission_missing', 0.65),
  ]),
  // EWS v2 with a password against Exchange Online: EWS refuses Basic authentication.
  pattern('xsoar-ews-unauthorized-credentials', 'product', 2, [
    `${phrase('Got unauthorized from the server.')} ?${phrase('Check credentials are correct and authentication method are supported')}`,
  ], [p('basic_auth_used', 0.5), p('not_authenticated', 0.3)], { yieldsTo: ['sign-in'] }),
  pattern('xsoar-ews-timeout', 'product', 2, [
    `${phrase('Got timeout from the server.')} ?${phrase('Probably the server is not reachable with the current settings')}`,
  ], [p('network_blocked', 0.6)]),
  pattern('xsoar-ews-certificate', 'product', 3, [
    phrase('Certificate verification failed - This error may happen if the server certificate cannot be validated'),
  ], [p('tls_problem', 0.8)]),
  pattern('xsoar-ews-could-not-connect', 'product', 2, [
    `${phrase('Could not connect to the server.')}\\s{0,4}(?:${phrase('Verify that the Hostname or IP address is correct')}|${phrase('Additional information:')})`,
  ], [p('network_blocked', 0.55)], { yieldsTo: ['tls'] }),
  pattern('xsoar-ews-invalid-response', 'product', 2, [
    `${phrase('Got invalid response from the server.')}\\s{0,4}${phrase('Verify that the Hostname or IP address is')}`,
  ], [p('unexpected_server_reply', 0.5), p('network_blocked', 0.3)]),
  // Autodiscover with a password: Exchange Online refuses Basic authentication there too, or the address is wrong.
  pattern('xsoar-ews-autodiscover-failed', 'product', 2, [phrase('Auto discovery failed. Check credentials or configure manually')], [
    p('basic_auth_used', 0.4), p('network_blocked', 0.3),
  ]),
];

/**
 * XSOAR Mail Listener v2 (IMAP): demisto/content Packs/MailListener/Integrations/MailListenerV2/MailListenerV2.py main()
 * — "Failed to execute <command> command. Error: <IMAPClient's error>" (LOGIN with a password; the server's reply decides).
 */
const XSOAR_MAIL_LISTENER: readonly Rule[] = [
  pattern('xsoar-mail-listener-failed', 'product', 1, [
    `${phrase('Failed to execute')} ?(?:test-module|fetch-incidents|mail-listener-[a-z-]{1,40}) ?${phrase('command. Error:')}`,
  ], [p('imap_auth_failed_generic', 0.25), p('network_blocked', 0.25)], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
];

/**
 * Splunk SOAR SMTP app: splunk-soar-connectors/smtp smtp_consts.py (the message strings) and smtp_connector.py
 * (_parse_connection_error(): "Connection to server failed. Error Code: <SMTP code>. Error Message: <reply>" — a refused
 * password login goes through it too; _connect_to_server(): the XOAUTH2 reply; _interactive_auth_*(): the OAuth
 * authorization-code flow against the asset's token URL; _process_auth_type(): the wrappers).
 */
const SOAR_SMTP: readonly Rule[] = [
  pattern('soar-smtp-connection-failed', 'product', 1, [
    `${phrase('Connection to server failed.')}\\s{0,4}(?:${phrase('Error Code:')}|${phrase('Error Message:')}|${phrase('Possible misconfiguration')})`,
  ], [p('network_blocked', 0.4), p('smtp_auth_failed_generic', 0.25)], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  // "SSL" chosen for a STARTTLS port (587): the server does not speak TLS at once.
  pattern('soar-smtp-ssl-from-start', 'product', 3, [
    phrase('The current SSL configuration value requires the server to speak SSL from the beginning of the connection'),
  ], [p('tls_problem', 0.75)]),
  // "StartTLS" chosen for an implicit-TLS port (465): the connection closes before STARTTLS.
  pattern('soar-smtp-starttls-config', 'product', 3, [
    phrase('The current SSL configuration value requires the server to support the startTLS command issued after a connection is made'),
  ], [p('tls_problem', 0.75)]),
  pattern('soar-smtp-logging-in-error', 'product', 1, [`${phrase('Logging in error, response_code:')} ?\\d{3} ?${phrase('response:')}`], [
    p('smtp_auth_failed_generic', 0.4),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('soar-smtp-oauth-username', 'product', 3, [phrase('A username must be specified to run test connectivity using OAuth')], [
    p('not_authenticated', 0.5),
  ]),
  sendWrapper('soar-smtp-send-failed', [`${phrase('Email send failed.')} ?(?:${phrase('Error Code:')}|${phrase('Error Message:')})`], 0.25, 0.2),
  sendWrapper('soar-auth-type-failed', [
    phrase('Authentication failed for connecting to server with'),
    `${phrase('Test Connectivity Failed for')} ?(?:OAuth|Basic|Passwordless|Automatic) ?${phrase('authentication')}`,
    `${phrase('failed for')} ?(?:OAuth|Basic|Passwordless) ?${phrase('authentication.')}`,
  ], 0.25, 0.2),
];

/**
 * Splunk SOAR's OAuth authorization-code flow as the SMTP, IMAP and "EWS for Office 365" apps share it
 * (splunk-soar-connectors/smtp smtp_connector.py, splunk-soar-connectors/imap imap_connector.py,
 * splunk-soar-connectors/office365 ewsonprem_connector.py _interactive_auth_initial() / _interactive_auth_refresh() /
 * _azure_int_auth_*(), and their request_handler.py: the browser's callback stores an error — Microsoft's
 * error_description is shown in the browser — or the code redemption failed, "Error retrieving OAuth Token: <exception>").
 */
const SOAR_OAUTH: readonly Rule[] = [
  pattern('soar-oauth-tokens-missing', 'product', 3, [
    `${phrase('Unable to get refresh token.')} ?(?:${phrase('Please run Test Connectivity again')}|${phrase('Has Test Connectivity been run')})`,
    phrase('Unable to get access token. Has Test Connectivity been run'),
    phrase('Unable to get tokens. Please run Test Connectivity again'),
    phrase('Please run test connectivity first to complete authorization flow and generate a token'),
  ], [p('not_authenticated', 0.6), p('token_expired_or_invalid', 0.45)]),
  // The stored refresh token belongs to the app registration that was configured before.
  pattern('soar-oauth-client-id-changed', 'product', 3, [phrase('Client ID has been changed. Please run Test Connectivity again')], [
    p('token_expired_or_invalid', 0.6),
  ]),
  // The token endpoint answered an error to the refresh (the app does not show which): the refresh token is no longer valid.
  pattern('soar-oauth-invalid-refresh', 'product', 3, [phrase('Invalid refresh token. Please run the test connectivity again')], [
    p('token_expired_or_invalid', 0.75),
  ]),
  // The callback stored an error: Microsoft sent ?error=… back (the user declined, …; its AADSTS message was shown in the
  // browser), or redeeming the code failed.
  pattern('soar-oauth-retrieval-failed', 'product', 1, [phrase('Error retrieving OAuth token')], [
    p('user_cancelled_or_consent_declined', 0.35), p('bad_client_secret', 0.3), p('token_expired_or_invalid', 0.25),
  ], { yieldsTo: ['sign-in'] }),
  // The browser's page when redeeming the code failed (requests' raise_for_status()): 401 is invalid_client — the secret.
  pattern('soar-oauth-code-redemption', 'product', 2, [`${phrase('Error retrieving OAuth Token:')} ?40[01] ?${phrase('Client Error')}`], [
    p('bad_client_secret', 0.55), p('redirect_uri_mismatch', 0.2),
  ], { yieldsTo: ['sign-in'] }),
  // Five minutes without the callback: Microsoft could not return to SOAR's REST URL (redirect URL, SOAR's base URL), or
  // the sign-in was not finished. Outweighs the loose "timed out" of the network rules: nothing timed out on the network.
  pattern('soar-oauth-login-timeout', 'product', 2, [phrase('Timed out waiting for login')], [
    p('redirect_uri_mismatch', 0.65), p('user_cancelled_or_consent_declined', 0.5),
  ]),
  pattern('soar-token-state-corrupted', 'product', 3, [phrase('The token present in the state file is corrupted')], [
    p('token_expired_or_invalid', 0.6),
  ]),
];

/**
 * Splunk SOAR IMAP app: splunk-soar-connectors/imap imap_consts.py and imap_connector.py _connect_to_server()
 * ("<step>. Details: Error Message: <imaplib's error>"; with a password and no implicit TLS it requires STARTTLS first).
 */
const SOAR_IMAP: readonly Rule[] = [
  pattern('soar-imap-connect', 'product', 2, [`${phrase('Error connecting to server.')} ?${phrase('Details:')}`], [p('network_blocked', 0.5)], {
    yieldsTo: ['tls'],
  }),
  pattern('soar-imap-login', 'product', 1, [`${phrase('Error logging in to server.')} ?${phrase('Details:')}`], [
    p('imap_auth_failed_generic', 0.4), p('basic_auth_used', 0.3),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('soar-imap-starttls', 'product', 3, [phrase('Failed to establish STARTTLS before login')], [p('tls_problem', 0.65)]),
];

/**
 * Splunk SOAR "MS Graph for Office 365" (splunk-soar-connectors/msgraphforoffice365 office365_consts.py and
 * office365_connector.py: _handle_oauth_result() — the browser page after the Microsoft sign-in —, _get_consent(),
 * _get_token(), _handle_test_connectivity(), _process_json_response(): "Error: Status Code: <status> Data from server:
 * <error_description>. <Graph code>. <message>") and its successor "Microsoft 365" v2 (splunk-soar-connectors/microsoft365
 * src/consts.py, src/app.py: "Admin consent timed out after <n> seconds").
 */
const SOAR_GRAPH: readonly Rule[] = [
  pattern('soar-graph-consent-declined', 'product', 3, [phrase('Admin Consent declined. Please close this window and try again later')], [
    p('user_cancelled_or_consent_declined', 0.75),
  ]),
  pattern('soar-graph-consent-not-received', 'product', 3, [phrase('Admin Consent not received or not given')], [
    p('consent_missing', 0.5), p('user_cancelled_or_consent_declined', 0.35),
  ]),
  pattern('soar-graph-code-not-received', 'product', 3, [phrase('Authorization code not received or not given'), phrase('Authorization not received or not given')], [
    p('user_cancelled_or_consent_declined', 0.45), p('redirect_uri_mismatch', 0.3),
  ]),
  // The app's own troubleshooting text names the redirect URL (<POST URL>/result) and SOAR's base URL.
  pattern('soar-graph-auth-timeout', 'product', 3, [
    phrase('Authentication process does not seem to be completed. Timing out'),
    `${phrase('Admin consent timed out after')} ?\\d{1,6} ?${phrase('seconds')}`,
  ], [p('redirect_uri_mismatch', 0.65), p('user_cancelled_or_consent_declined', 0.5)]),
  // The sign-in page came back with ?error=…&error_description=AADSTS…: Microsoft's message decides.
  pattern('soar-graph-server-returned', 'product', 1, [
    `${phrase('Server returned Error:')} ?(?:access_denied|consent_required|interaction_required|login_required|invalid_[a-z_]{4,30}|unauthorized_client|temporarily_unavailable|server_error)`,
  ], [
    p('user_cancelled_or_consent_declined', 0.3), p('consent_missing', 0.25),
  ], { yieldsTo: ['sign-in'] }),
  pattern('soar-graph-cba-consent', 'product', 3, [phrase('Certificate Based Authorization requires Admin Consent to be Provided')], [
    p('consent_missing', 0.6),
  ]),
  pattern('soar-app-credential-missing', 'product', 3, [
    phrase('OAuth Authentication requires Client Secret'),
    phrase('Certificate Based Authentication requires both Certificate Thumbprint and Certificate Private Key'),
    phrase('Automatic Authentication requires either Client Secret or combination of Certificate Thumbprint'),
    // "EWS for Office 365" (ewsonprem_consts.py MISSING_CLIENT_CREDS, ewsonprem_connector.py _set_azure_auth()).
    phrase('client_id and client_secret are required parameters for OAuth Authentication'),
    `(?:client_id|client_secret) ?${phrase('is a required parameter for Azure Authentication')}`,
  ], [p('bad_client_secret', 0.55), p('wrong_tenant_or_app', 0.2)]),
  pattern('soar-graph-private-key', 'product', 3, [phrase('Error occurred while parsing the private key, is it in .PEM format?')], [
    p('bad_client_secret', 0.5),
  ]),
  pattern('soar-graph-non-admin-scope', 'product', 3, [phrase('Please provide scope for non-admin access in the asset configuration')], [
    p('wrong_scope_or_resource', 0.6),
  ]),
  pattern('soar-graph-state-token', 'product', 3, [
    phrase('Unexpected details retrieved from the state file'),
    phrase('Found unexpected value of access token. Please run the test connectivity to generate a new token'),
  ], [p('token_expired_or_invalid', 0.55), p('not_authenticated', 0.3)]),
  // The test lists /users with the app's token (admin access or certificate): User.Read.All needs admin consent.
  pattern('soar-graph-users-failed', 'product', 2, [phrase('API to fetch details of all the users failed')], [
    p('consent_missing', 0.45), p('token_expired_or_invalid', 0.2),
  ], { yieldsTo: ['sign-in'] }),
  pattern('soar-graph-me-failed', 'product', 1, [phrase('API to get user details failed')], [
    p('consent_missing', 0.3), p('token_expired_or_invalid', 0.25),
  ], { yieldsTo: ['sign-in'] }),
  pattern('soar-graph-status-429', 'product', 2, [`${phrase('Error: Status Code:')} ?429 ?${phrase('Data from server')}`], [p('throttled', 0.6)]),
  pattern('soar-graph-status-error', 'product', 1, [`${phrase('Error: Status Code:')} ?(?:400|401|403) ?${phrase('Data from server:')}`], [
    p('token_expired_or_invalid', 0.25), p('consent_missing', 0.25),
  ], { yieldsTo: ['sign-in'] }),
];

/**
 * Splunk SOAR "EWS for Office 365" (splunk-soar-connectors/office365 ewsonprem_consts.py EWS_MODIFY_CONFIG,
 * ewsonprem_connector.py _make_rest_call() after HTTP 401, _get_domain() — the user realm lookup of the user name —
 * and _extract_error(): "An error occurred. Error: <error>, description: <AADSTS message>").
 */
const SOAR_EWS: readonly Rule[] = [
  pattern('soar-ews-impersonation', 'product', 3, [
    phrase('Toggling the impersonation configuration on the asset might help, or login user does not have privileges to the mailbox'),
  ], [p('mailbox_permission_missing', 0.6), p('consent_missing', 0.25)]),
  // login.windows.net/common/UserRealm knows no tenant for the user name's domain.
  pattern('soar-ews-no-domain', 'product', 3, [phrase('Did not find domain in response. Cannot continue')], [p('wrong_tenant_or_app', 0.6)]),
  pattern('soar-ews-token-error', 'product', 1, [`${phrase('An error occurred. Error:')} ?[a-z_]{2,40}, ?${phrase('description:')}`], [
    p('token_expired_or_invalid', 0.25), p('bad_client_secret', 0.2),
  ], { yieldsTo: ['sign-in'] }),
];

/**
 * Shuffle's email app (Shuffle/python-apps email/1.3.0/src/app.py: send_email_smtp(), get_emails_imap() — the reason
 * strings with smtplib's / imaplib's error after them) and Outlook-Exchange app (outlook-exchange/1.0.0/src/app.py:
 * authenticate() with exchangelib and a password; every action refuses an Office 365 server first).
 */
const SHUFFLE: readonly Rule[] = [
  pattern('shuffle-owa-basic-deprecated', 'product', 3, [phrase('Use the Outlook Office365 app to connect to Office365. Basic auth is deprecated')], [
    p('basic_auth_used', 0.8),
  ]),
  // The connection first (the words say so), the password second (the app signs in with one).
  pattern('shuffle-exchange-connect', 'product', 1, [phrase("Can't connect to Exchange server:")], [
    p('network_blocked', 0.4), p('basic_auth_used', 0.35),
  ], { yieldsTo: ['tls', 'sign-in'] }),
  pattern('shuffle-imap-connect', 'product', 2, [`${phrase("Can't connect to IMAP server")} ?${NAME}:`], [p('network_blocked', 0.6)], {
    yieldsTo: ['tls'],
  }),
  // imaplib's "b'LOGIN failed.'" / "b'AUTHENTICATE failed.'" follows and is read by the IMAP rules.
  pattern('shuffle-imap-login', 'product', 1, [`${phrase('Failed to log into')} ?[^\\s:]{1,255}: ?b?['"]`], [
    p('imap_auth_failed_generic', 0.4), p('basic_auth_used', 0.35),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  // The reply code right after "password:" is masked by the secret redaction (redact.ts): "password: [redacted], b'5.7.139 …'".
  pattern('shuffle-smtp-credentials', 'product', 1, [`${phrase('Bad username or password:')} ?(?:\\(5\\d\\d|\\[redacted\\]),`], [
    p('smtp_auth_failed_generic', 0.4), p('basic_auth_used', 0.35),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('shuffle-smtp-host', 'product', 2, [phrase('Bad SMTP host or port:')], [p('network_blocked', 0.7)]),
];

/** Every SOAR-integration rule (patterns.ts). */
export const SOAR_INTEGRATIONS_VOCABULARY_RULES: readonly Rule[] = [
  ...XSOAR_MICROSOFT_API, ...XSOAR_GRAPH_MAIL, ...XSOAR_HTTP_CLIENT, ...XSOAR_EWS, ...XSOAR_MAIL_LISTENER,
  ...SOAR_SMTP, ...SOAR_OAUTH, ...SOAR_IMAP, ...SOAR_GRAPH, ...SOAR_EWS, ...SHUFFLE,
];
