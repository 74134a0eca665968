/**
 * What IT service management tools say when their mail-to-ticket mailbox or their notification mail through Microsoft 365
 * fails (issue 10): ManageEngine ServiceDesk Plus's mail-fetch test and Motadata ServiceOps's e-mail server error codes.
 * Only texts read in the vendors' own documentation are here; each group cites it.
 *
 * A sentence that carries the server's or Microsoft's reply behind it gives way to that reply (`yieldsTo`);
 * alone it stays weak. A sentence that is the only text names its cause by itself.
 *
 * Not here (no error wording of their own found in their documentation or source, or not confirmed): ManageEngine
 * Endpoint Central and ADSelfService Plus (their Microsoft 365 mail-server pages describe the setup only), ServiceDesk
 * Plus's OAuth troubleshooting guide (its alert messages are screenshots, not text), SolarWinds Web Help Desk, HaloITSM /
 * HaloPSA, SysAid, Jitbit Helpdesk, ConnectWise PSA's e-mail connector, Kaseya BMS / VSA 10 (the OAuth banner's wording
 * is not quoted), Datto RMM, NinjaOne, Atera, N-able, Ivanti Neurons / Service Manager, TOPdesk (see vocab-saas-c.ts),
 * NetSuite (case capture forwards mail; no Microsoft 365 sign-in), Acumatica, Epicor and AFAS. None of the two products
 * here ships German documentation of these texts, so English only. ServiceDesk Plus's "Unable to connect to the mail
 * server with the provided configurations" / "Unable to connect to the mail server. Check server URL and try again." and
 * its "Could not find valid certification path to requested target, kindly configure to apply Trusted/Self Signed
 * Certificate" are read already by the library rules (lib-net-unable-to-connect, tls-cert-words) with the same answer.
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/**
 * ManageEngine ServiceDesk Plus, "Fetch a sample mail" of the incoming mail server settings: the error categories of the
 * help page "Troubleshooting Mail Server Settings" (manageengine.cn/products/service-desk/help/adminguide/configurations/
 * helpdesk/troubleshootingmailserver.html; the same page in help.servicedeskplus.com's admin guide). Since 2023 the
 * product no longer connects to Microsoft 365 with a password (help.servicedeskplus.com/configurations/helpdesk/
 * email-configurations.html); with OAuth it needs write access to mark fetched mails read and delete them
 * (help.servicedeskplus.com/configure-azure-as-authentication-server).
 */
const SERVICEDESK_PLUS: readonly Rule[] = [
  // The mailbox refused the user name and password: for Microsoft 365 the password sign-in itself (switch to OAuth).
  pattern('sdp-fetch-auth-failed', 'product', 2, [phrase('Authentication failed for the given username and password')], [
    p('basic_auth_used', 0.55), p('imap_auth_failed_generic', 0.4),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('sdp-fetch-host-unknown', 'product', 3, [phrase('Configured mail host name is unknown or not reachable')], [p('network_blocked', 0.75)]),
  // Signed in, but the mailbox could not be opened for writing: no full access on the (shared) mailbox, or a read-only permission.
  pattern('sdp-fetch-read-write', 'product', 3, [phrase('Unable to open mailbox in READ/WRITE mode')], [
    p('mailbox_permission_missing', 0.55), p('wrong_scope_or_resource', 0.3),
  ]),
];

/**
 * Motadata ServiceOps, e-mail server error codes on the server card and in the Email Audit log: the "Email Server Error
 * Code Reference" (docs.motadata.com/serviceops-docs/troubleshooting-guide/email/email-error-codes/ — code, category,
 * description) and its pages per code (…/email-error-codes/<code in lower case>: "Error Message", cause, resolution).
 * MAILCONEWS and MAILCONGRAPH are known from the reference table only ("Exchange mailbox access rejected", "Microsoft Graph
 * API request failed"); MAILMBXSTATE, MAILMBXNOFOLDER, MAILMBXQUOTA and MAILGENERIC name no sign-in or connection cause.
 * MAILCONTLS ("Secure connection to the mail server failed. Please check the security type and security certificate.") and
 * MAILCONSMTP ("Outgoing email was rejected by the SMTP server. Please check the sender address and all settings.") are left
 * to the guesses by wording on purpose: the guess tests (decoder-protocol-messages, diagnosis-unseen) keep them as their
 * unseen examples, and the guesses already answer TLS and Send As.
 */
const MOTADATA_SERVICEOPS: readonly Rule[] = [
  pattern('serviceops-mailcondns', 'product', 3, [
    '\\bMAILCONDNS\\b', phrase('Mail server address is not valid. Please verify the server address in the configuration'),
  ], [p('network_blocked', 0.75)]),
  // Wrong port for the protocol and security type, or a firewall in between.
  pattern('serviceops-mailconref', 'product', 3, [
    '\\bMAILCONREF\\b', phrase('Unable to connect to the mail server. Please verify the port number and firewall settings'),
  ], [p('network_blocked', 0.75)]),
  pattern('serviceops-mailcontmo', 'product', 3, [
    '\\bMAILCONTMO\\b', phrase('Connection to the mail server timed out. The mail server is reachable but is not responding'),
  ], [p('network_blocked', 0.65)]),
  // The Azure app lacks Mail.ReadWrite / Mail.Send or their admin consent, or an access policy excludes the mailbox.
  pattern('serviceops-mailauthperm', 'product', 3, [
    '\\bMAILAUTHPERM\\b', phrase('The application does not have the required permissions to access this mailbox'),
  ], [p('consent_missing', 0.55), p('mailbox_permission_missing', 0.45)]),
  // The access token expired mid-session; repeated, the sign-in must be renewed on the server card.
  pattern('serviceops-mailauthsess', 'product', 3, [
    '\\bMAILAUTHSESS\\b', phrase('The OAuth session expired during an active connection'),
  ], [p('token_expired_or_invalid', 0.7)]),
  // Basic Auth servers only: the password was refused — for Microsoft 365 the password sign-in itself.
  pattern('serviceops-mailauthcred', 'product', 2, [
    '\\bMAILAUTHCRED\\b', phrase('Authentication failed. The username or password is incorrect or may have changed'),
  ], [p('basic_auth_used', 0.55)], { yieldsTo: ['server-reply', 'sign-in'] }),
  pattern('serviceops-mailconratelim', 'product', 3, [
    '\\bMAILCONRATELIM\\b', phrase('The mail server is temporarily limiting requests'),
  ], [p('throttled', 0.8)]),
  // Reference table only: EWS access to the mailbox refused (application permission or access policy).
  pattern('serviceops-mailconews', 'product', 2, ['\\bMAILCONEWS\\b'], [
    p('mailbox_permission_missing', 0.45), p('consent_missing', 0.3),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
  // Reference table only: a Graph request failed; Graph's own error after the code decides.
  pattern('serviceops-mailcongraph', 'product', 1, ['\\bMAILCONGRAPH\\b'], [
    p('consent_missing', 0.3), p('unexpected_server_reply', 0.25),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
];

/** Every ITSM/RMM rule (patterns.ts). */
export const ITSM_RMM_VOCABULARY_RULES: readonly Rule[] = [...SERVICEDESK_PLUS, ...MOTADATA_SERVICEOPS];
