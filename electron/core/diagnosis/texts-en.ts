/**
 * English catalogue texts, written for a non-technical admin: what happened, and the exact screen
 * or command that fixes it. <angle brackets> are the values to put in (the wizard shows the real ones).
 */
import type { CategoryId } from './categories.js';
import type { CategoryText } from './types.js';

const WAIT = 'Microsoft 365 takes about 30 minutes, sometimes up to 24 hours, to apply this change everywhere. If you changed it recently, wait and test again before changing anything else.';
/** The closing step of most fixes. */
export const RETEST_EN = 'Wait 30 minutes (at most 24 hours), then send a test mail again.';

/** English texts for every category. */
export const TEXTS_EN: Readonly<Record<CategoryId, CategoryText>> = {
  consent_missing: {
    title: 'Admin consent is missing',
    cause: 'The app has not been granted the permission it needs to send or read mail (SMTP.SendAsApp / IMAP.AccessAsApp when it works without a user, SMTP.Send / IMAP.AccessAsUser.All when a user signs in), or no admin has consented yet.',
    fix: [
      'Microsoft Entra admin center → Enterprise applications → <app> → Security → Permissions.',
      'Click "Grant admin consent for <organisation>" and sign in as Global, Cloud Application or Application Administrator.',
      'Check that the needed permission (e.g. SMTP.SendAsApp) is listed as granted.',
      RETEST_EN,
    ],
    waitHint: WAIT,
  },
  service_principal_missing_or_wrong_id: {
    title: 'Exchange does not know the app (service principal missing or wrong Object ID)',
    cause: 'Exchange Online needs its own entry for the app, created with New-ServicePrincipal and the enterprise application\'s Object ID. The entry is missing, or the Object ID of the app registration was used instead — the most common cause of "535 5.7.3".',
    fix: [
      'Microsoft Entra admin center → Enterprise applications → <app> → Overview: copy the Object ID (not the one under App registrations).',
      'Open PowerShell and run: Connect-ExchangeOnline',
      'Check: Get-ServicePrincipal | Format-List DisplayName,AppId,ObjectId — if the entry has another ObjectId, remove it with Remove-ServicePrincipal -Identity <wrong object id>.',
      'New-ServicePrincipal -AppId <application id> -ObjectId <object id> -DisplayName "<name>"',
      'Add-MailboxPermission -Identity <mailbox> -User <object id> -AccessRights FullAccess',
      RETEST_EN,
    ],
    waitHint: WAIT,
  },
  smtp_auth_disabled_mailbox: {
    title: 'SMTP sign-in (Authenticated SMTP) is turned off for this mailbox',
    cause: 'Exchange Online refuses SMTP sign-ins for the sending mailbox because "Authenticated SMTP" is switched off for it (SmtpClientAuthenticationDisabled is $true).',
    fix: [
      'Microsoft 365 admin center → Users → Active users → <user> → Mail → Manage email apps → tick "Authenticated SMTP" → Save changes.',
      'Or in Exchange Online PowerShell: Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false',
      RETEST_EN,
    ],
    waitHint: WAIT,
  },
  smtp_auth_disabled_tenant: {
    title: 'SMTP sign-in is turned off for the whole organisation',
    cause: 'The mailbox follows the organisation\'s setting, and SMTP AUTH is disabled for the organisation (the default for organisations created after January 2020).',
    fix: [
      'Recommended, only for the sending mailbox: Microsoft 365 admin center → Users → Active users → <user> → Mail → Manage email apps → tick "Authenticated SMTP" → Save changes.',
      'The same in PowerShell: Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false',
      'Only if all mailboxes need it: Set-TransportConfig -SmtpClientAuthenticationDisabled $false',
      RETEST_EN,
    ],
    waitHint: WAIT,
  },
  // SMTP AUTH timeline as Microsoft states it (Message center MC786329, update of 27 January 2026,
  // linked from the Exchange Team blog post "Exchange Online to retire Basic auth for Client
  // Submission (SMTP AUTH)"): unchanged until December 2026, disabled by default for existing
  // tenants at the end of December 2026 (admins can enable it again), the final removal date to be
  // announced in the second half of 2027. Say no more than that.
  basic_auth_used: {
    title: 'The app still signs in with a password (basic authentication)',
    cause: 'Exchange Online has not accepted a password for IMAP since the end of 2022. For SMTP AUTH, Microsoft turns password sign-in (basic authentication) off by default at the end of December 2026; an admin can turn it on again for a while, and Microsoft will announce the final removal date in the second half of 2027. Sign in with OAuth2 (XOAUTH2, "Modern Auth") so that neither date matters.',
    fix: [
      'In the sending application choose OAuth2 / XOAUTH2 (Modern Auth) instead of a password.',
      'SMTP: smtp.office365.com, port 587, STARTTLS. IMAP: outlook.office365.com, port 993, SSL/TLS.',
      'Remove the stored password, save, and send a test mail.',
    ],
  },
  security_policy_blocks: {
    title: 'A security policy blocks the sign-in',
    cause: 'Security defaults or a Conditional Access policy (for example "MFA required" or "block legacy authentication") stop this sign-in, or the account is blocked from signing in.',
    fix: [
      'Security defaults block sign-ins with a password (basic authentication), not OAuth: with XOAUTH2 they can stay on. If a password sign-in is refused, switch the app to OAuth2 instead of turning security defaults off.',
      'Microsoft Entra admin center → Sign-in logs → the failed sign-in → Conditional Access: see which policy blocked it, and exclude the sending account or app there if that is acceptable.',
      'Microsoft 365 admin center → Users → Active users → <user>: make sure "Block sign-in" is off.',
      'If the message says "Application … is disabled" (AADSTS7000112): Microsoft Entra admin center → Enterprise applications → <app> → Properties: set "Enabled for users to sign-in?" to Yes.',
      RETEST_EN,
    ],
    waitHint: WAIT,
  },
  mailbox_permission_missing: {
    title: 'No permission on the mailbox',
    cause: 'The sign-in worked, but Exchange could not open the mailbox ("mailbox logon failure"): the app, or the signed-in user, has no FullAccess permission on it.',
    fix: [
      'Open PowerShell and run: Connect-ExchangeOnline',
      'For an app: Add-MailboxPermission -Identity <mailbox> -User <object id> -AccessRights FullAccess (the enterprise application\'s Object ID).',
      'For a user who signs in to another (shared) mailbox: Add-MailboxPermission -Identity <mailbox> -User <user> -AccessRights FullAccess',
      RETEST_EN,
    ],
    waitHint: WAIT,
  },
  send_as_denied: {
    title: 'Not allowed to send as this sender address',
    cause: 'The sender ("From") address is not the mailbox that signed in, and the app or user has no "Send As" permission for that address.',
    fix: [
      'Send from the address of the mailbox that signs in, or grant "Send As":',
      'Add-RecipientPermission -Identity <sender address> -Trustee <object id or user> -AccessRights SendAs',
      'Or: Exchange admin center → Recipients → Mailboxes → <sender> → Delegation → Send as → add the user.',
      RETEST_EN,
    ],
    waitHint: WAIT,
  },
  not_authenticated: {
    title: 'The app did not sign in',
    cause: 'The mail server received no valid sign-in before the message: the app sends without authentication, or the user name or password was wrong.',
    fix: [
      'Switch on authentication in the mail settings: OAuth2 / XOAUTH2 with the mailbox address as user name.',
      'Use smtp.office365.com, port 587, STARTTLS (not port 25 without sign-in, not port 465).',
      'Save and send a test mail.',
    ],
  },
  throttled: {
    title: 'Microsoft 365 is limiting requests (throttling)',
    cause: 'Too many messages, connections or requests in a short time — for example more than 3 SMTP connections at once per mailbox, or the daily sending limit. Microsoft refuses more for a while.',
    fix: [
      'Wait: a few minutes for connection limits, up to 24 hours for the daily sending limit. Then try again.',
      'Send with at most 3 connections per mailbox at the same time, and avoid fast automatic retries.',
      'If the mailbox was blocked for sending: Microsoft Defender portal → Email & collaboration → Review → Restricted entities.',
    ],
  },
  redirect_uri_mismatch: {
    title: 'The redirect URL does not match',
    cause: 'The address Microsoft should return to after the sign-in is not registered exactly like that in the app registration.',
    fix: [
      'Microsoft Entra admin center → App registrations → <app> → Authentication.',
      'Under "Web" → Redirect URIs, enter exactly the address from the error message (https, host name, path; a trailing slash matters).',
      'Save and sign in again.',
    ],
  },
  wrong_tenant_or_app: {
    title: 'Wrong organisation, account or app',
    cause: 'The sign-in went to the wrong organisation (tenant), used a personal Microsoft account or an account of another organisation, or the app\'s client ID does not exist there.',
    fix: [
      'Sign in with the work account of the organisation that owns the mailbox (name@yourcompany.com), not a personal Microsoft account.',
      'Compare the client ID in the application with Microsoft Entra admin center → App registrations → <app> → Overview → Application (client) ID.',
      'Check the tenant ID or domain in the settings (Microsoft Entra admin center → Overview → Tenant ID).',
    ],
  },
  bad_client_secret: {
    title: 'The client secret is wrong or has expired',
    cause: 'Microsoft does not accept the client secret: it has expired, was mistyped, or the secret\'s ID was copied instead of its value.',
    fix: [
      'Microsoft Entra admin center → App registrations → <app> → Certificates & secrets → New client secret.',
      'Copy the "Value" column at once (not the "Secret ID") — it is hidden as soon as you leave the page.',
      'Enter the new value in the application and save. Note the expiry date.',
    ],
  },
  public_vs_confidential_client: {
    title: 'The app registration type does not fit (secret expected or not allowed)',
    cause: 'The app registration expects a client secret but none was sent, or it is set up as a public (desktop/mobile) client while a secret was sent.',
    fix: [
      'Microsoft Entra admin center → App registrations → <app> → Authentication.',
      'Web applications such as ETRON onRetail: the redirect URI must be under "Web" (not "Mobile and desktop applications"), and the client secret must be entered in the application.',
      'Desktop apps without a secret: redirect URI under "Mobile and desktop applications" and "Allow public client flows" = Yes.',
      'Save and sign in again.',
    ],
  },
  user_not_assigned: {
    title: 'The user is not assigned to the app',
    cause: 'The enterprise application only lets assigned users sign in, and this user (or their group) is not assigned.',
    fix: [
      'Microsoft Entra admin center → Enterprise applications → <app> → Users and groups → Add user/group.',
      'Select the users or groups that send mail through the app → Assign.',
      'Sign in again.',
    ],
    waitHint: WAIT,
  },
  wrong_scope_or_resource: {
    title: 'The token is for the wrong service or permission',
    cause: 'The app asked for a token for the wrong service or permission — for example a Microsoft Graph token instead of one for Outlook/Exchange, or an app-only request without "/.default".',
    fix: [
      'With a user signing in: request https://outlook.office.com/SMTP.Send and https://outlook.office.com/IMAP.AccessAsUser.All (plus offline_access), not Microsoft Graph scopes.',
      'Without a user (client credentials): request exactly https://outlook.office365.com/.default.',
      'Check the app\'s permissions: Microsoft Entra admin center → App registrations → <app> → API permissions.',
    ],
  },
  imap_disabled_or_not_connected: {
    title: 'IMAP is turned off, or the mailbox cannot be opened',
    cause: 'The sign-in worked, but Exchange could not connect to the mailbox: IMAP is switched off for it, or (without a user) the app has no permission on it.',
    fix: [
      'Microsoft 365 admin center → Users → Active users → <user> → Mail → Manage email apps → tick "IMAP" → Save changes.',
      'Or in PowerShell: Set-CASMailbox -Identity <mailbox> -ImapEnabled $true',
      'App without a user: Add-MailboxPermission -Identity <mailbox> -User <object id> -AccessRights FullAccess',
      RETEST_EN,
    ],
    waitHint: WAIT,
  },
  imap_auth_failed_generic: {
    title: 'IMAP sign-in failed',
    cause: 'The IMAP server refused the OAuth sign-in without a reason. Usual causes: missing consent for IMAP, a missing service principal or mailbox permission (app without a user), a token for the wrong service, or a user name that does not match the token.',
    fix: [
      'Run the assistant\'s check: it tests the consent, the token and the mailbox one by one.',
      'App without a user: IMAP.AccessAsApp consent, New-ServicePrincipal with the enterprise application\'s Object ID, Add-MailboxPermission … -AccessRights FullAccess.',
      'With a user: sign in again with the mailbox\'s own account; the user name must be that mailbox address.',
      RETEST_EN,
    ],
    waitHint: WAIT,
  },
  smtp_auth_failed_generic: {
    title: 'SMTP sign-in failed',
    cause: 'Exchange Online refused the OAuth sign-in ("535 5.7.3 Authentication unsuccessful") without a reason. Without a user the usual causes are a missing or wrong service principal (Object ID) and missing SMTP.SendAsApp consent; with a user, a Microsoft Graph token instead of an Outlook one.',
    fix: [
      'Check the admin consent for SMTP.SendAsApp: Microsoft Entra admin center → Enterprise applications → <app> → Security → Permissions.',
      'Check that New-ServicePrincipal used the enterprise application\'s Object ID: Get-ServicePrincipal | Format-List DisplayName,AppId,ObjectId',
      'Check that "Authenticated SMTP" is on for the mailbox and Add-MailboxPermission … -AccessRights FullAccess was run.',
      'Check that the authentication type is XOAUTH2 and the user name is the mailbox address.',
      RETEST_EN,
    ],
    waitHint: WAIT,
  },
  network_blocked: {
    title: 'No connection to Microsoft 365',
    cause: 'This computer cannot reach the Microsoft server: a firewall, proxy, name resolution (DNS) or a wrong port blocks the connection.',
    fix: [
      'Allow outgoing connections to smtp.office365.com port 587 (SMTP), outlook.office365.com port 993 (IMAP) and login.microsoftonline.com port 443 (sign-in).',
      'Test on the sending computer in PowerShell: Test-NetConnection smtp.office365.com -Port 587',
      'If a proxy is used, enter it in the application, or let these addresses bypass it.',
      'Port 465 is not supported by Microsoft 365: use 587 with STARTTLS.',
    ],
  },
  tls_problem: {
    title: 'The secure connection (TLS) failed',
    cause: 'The encrypted connection could not be set up: the client only speaks TLS 1.0/1.1, a firewall or antivirus replaces Microsoft\'s certificate, the computer\'s clock is wrong, or the wrong encryption mode is set for the port.',
    fix: [
      'Use TLS 1.2 or newer: update the application and the operating system.',
      'Port 587 = STARTTLS (not SSL/TLS from the start); port 993 = SSL/TLS.',
      'If a firewall or antivirus inspects encrypted traffic ("self-signed certificate in certificate chain"), exclude smtp.office365.com, outlook.office365.com and login.microsoftonline.com, or install its root certificate on this computer.',
      'Check the computer\'s date and time.',
    ],
  },
  token_expired_or_invalid: {
    title: 'The sign-in has expired or is no longer valid',
    cause: 'The stored sign-in (token) has expired, was revoked — for example after a password change — or does not fit this request.',
    fix: [
      'Sign in again (reconnect the account).',
      'If it keeps happening: check the client secret\'s expiry date (App registrations → <app> → Certificates & secrets).',
      'Then test again.',
    ],
  },
  user_cancelled_or_consent_declined: {
    title: 'Sign-in cancelled or permission declined',
    cause: 'The sign-in window was closed, or "Cancel" was clicked on the permission request.',
    fix: [
      'Start the sign-in again and accept the permission request.',
      'If it says "Need admin approval": an admin must grant consent for the organisation (Enterprise applications → <app> → Security → Permissions → Grant admin consent).',
    ],
  },
  shared_mailbox_smtp_login: {
    title: 'A shared mailbox is used as the SMTP login',
    cause: 'For SMTP, Exchange Online accepts only the signed-in user as the login (user=). A shared mailbox has no sign-in of its own, so logging in to SMTP with its address fails with "535 5.7.3 Authentication unsuccessful" — even with FullAccess and SMTP AUTH switched on. IMAP does accept the shared mailbox as login.',
    fix: [
      'In the sending application, log in to SMTP with the user who signs in (the delegate), not with the shared mailbox.',
      'Put the shared address in the From field (sender address).',
      'Open PowerShell: Connect-ExchangeOnline, then Add-RecipientPermission -Identity <shared mailbox> -Trustee <user> -AccessRights SendAs',
      'Make sure SMTP AUTH is on for the user\'s mailbox: Set-CASMailbox -Identity <user> -SmtpClientAuthenticationDisabled $false',
      RETEST_EN,
    ],
  },
  unexpected_server_reply: {
    title: 'The server and the app do not understand each other',
    cause: 'The server sent a reply Exchange Online never sends — another mail server\'s greeting, a line or reply far too long, an endless stream of lines, or no mail protocol at all (for example a web proxy\'s page) — or Exchange Online refused what the app sent because it breaks the mail protocol (commands in the wrong order, a message with bare line feeds). Usually a proxy, firewall or another server answers in Microsoft\'s place, the address or port is wrong, or the app has a bug.',
    fix: [
      'Check the server address and port: SMTP smtp.office365.com port 587 (STARTTLS), IMAP outlook.office365.com port 993 (SSL/TLS).',
      'Check whether a proxy, firewall or antivirus intercepts mail connections, and let these addresses through unchanged.',
      'Test on the sending computer in PowerShell: Test-NetConnection smtp.office365.com -Port 587',
      'If Microsoft\'s reply names the app\'s own mistake (5.5.x, 5.6.x, "bare line feeds"): update the app or report the error to its vendor.',
    ],
  },
  outbound_sender_blocked: {
    title: 'Microsoft 365 blocks mail from this tenant or sender',
    cause: 'Exchange Online refuses the message because of the sending reputation ("550 5.7.708 … traffic not accepted from this IP", "5.1.8 bad outbound sender"): common for new or trial tenants, or after a compromised account sent spam.',
    fix: [
      'Microsoft Defender portal → Email & collaboration → Review → Restricted entities: if the sending user is listed, secure the account (reset password, revoke sessions), then unblock it.',
      'Microsoft Defender portal → Email & collaboration → Policies & rules → Threat policies → Anti-spam → Outbound policy: check the sending limits.',
      'For a new or trial tenant: ask Microsoft support to lift the outbound restriction; sending from a tenant with a paid subscription and a verified domain usually resolves it.',
      'If the reply says the sending domain does not meet the required authentication level (550 5.7.515, from Outlook.com) or fails the DMARC check of the recipient (550 5.7.509, 5.7.26 at Gmail): publish SPF, DKIM and DMARC records for the sending domain (Microsoft Defender portal → Email authentication settings → DKIM).',
      'Then send a test mail again.',
    ],
  },
  exchange_powershell_not_ready: {
    title: 'Exchange Online PowerShell is not ready',
    cause: 'PowerShell does not know the Exchange Online command: the ExchangeOnlineManagement module is not installed, or this PowerShell window is not connected to Exchange Online yet.',
    fix: [
      'Open a new PowerShell window (Windows PowerShell or PowerShell 7).',
      'Only once per computer: Set-ExecutionPolicy RemoteSigned -Scope CurrentUser, then Install-Module -Name ExchangeOnlineManagement',
      'Connect with an administrator account: Connect-ExchangeOnline -UserPrincipalName <admin address>',
      'Run the command again in the same window.',
    ],
  },
  recipient_rejected: {
    title: 'The recipient refused the message – sign-in and sending work',
    cause: 'The message reached Exchange Online, but the recipient side refused it: the address does not exist (550 5.1.1 / 5.1.10 "Recipient not found"), the group or mailbox accepts mail only from inside its organization or from allowed senders (5.7.12, 5.7.124, 5.7.133–5.7.136), or a block list of your tenant blocks the recipient (5.7.703). The set-up of sign-in and sending is not the cause.',
    fix: [
      'Check the recipient address for typos and send the message again.',
      'If the recipient is a group or mailbox that accepts internal or allowed senders only: ask its owner or administrator to allow your sender.',
      'For a test mail: send to an address that certainly exists, for example your own mailbox.',
    ],
  },
  message_too_large: {
    title: 'The message is larger than the limit',
    cause: 'The server refused the message because of its size ("552 5.3.4 Message size exceeds fixed maximum message size", "5.2.12 RESOLVER.RST.SendSizeLimit", "it\'s too large. The limit is … MB"): the sending mailbox, the organization or the receiving server allows less. Exchange Online allows 35 MB per message by default and up to 150 MB; Microsoft Graph takes attachments larger than 3 MB only through an upload session.',
    fix: [
      'Send smaller attachments, or split them over several messages.',
      'Administrator: raise the mailbox limit (up to 150 MB) in the Exchange admin center → Recipients → Mailboxes → the mailbox → Mail flow settings → Message size restrictions, or in Exchange Online PowerShell: Set-Mailbox <address> -MaxSendSize 150MB',
      'If the receiving server refused the size: ask the recipient to raise their limit, or send a link instead of the file.',
    ],
  },
};

/** Shown when no known message was found in the text. */
export const UNKNOWN_HINT_EN = 'No known Microsoft 365 error was found in this text. Paste the complete error message including its code (for example "535 5.7.3" or "AADSTS7000215"), or run the check.';

/** Shown with guessed causes (no known error message in the text). */
export const GUESS_NOTE_EN = 'This is a guess: the text contains no known Microsoft 365 error message, so these are the most common causes for what it mentions. Paste the complete error message including its code for a reliable answer, or run the check.';
/** Shown when a very long input was shortened. */
export const TRUNCATED_NOTE_EN = 'The text was very long; only its beginning and its end (200,000 characters) were read.';
