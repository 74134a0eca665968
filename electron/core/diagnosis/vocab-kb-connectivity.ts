/**
 * What Outlook (classic and mobile) and Exchange ActiveSync show when they cannot connect to or sign in to Exchange,
 * as Microsoft's own support articles quote it (issue 10). Source: MicrosoftDocs/OfficeDocs-Support, folders
 * Exchange/ExchangeServer/client-connectivity, Outlook/Client/connectivity and Outlook/Client/profiles-and-accounts,
 * cited as their learn.microsoft.com/troubleshoot/… address. Each message maps to the category of the fix the article
 * gives. Microsoft's German article texts are not in the source, so English only.
 *
 * Already read right by other files (no rule here): Outlook's "There is a problem with the proxy server's security
 * certificate …" and the Autodiscover warning "The name on the security certificate is invalid or does not match the
 * name of the site" (patterns-network.ts 'tls-cert-words'; outlook/connectivity/error-when-outlook-uses-rpc-https-connect-server,
 * outlook/connectivity/suppress-autodiscover-mismatch-warning); 0x800CCC80 "None of the authentication methods supported
 * by this client are supported by your server" (vocab-outlook-codes.ts; outlook/profiles-and-accounts/
 * 0x800ccc80-error-when-sending-mail-from-outlook).
 *
 * Not here: messages whose fix fits no category (an Outlook profile or registry problem, a full mailbox, Outlook set up
 * as an EAS account for Exchange, a stale Autodiscover URL after the move to Microsoft 365) and on-premises-only topics (Exchange 2010–2016 RPC encryption, server component states, OWA/ECP
 * after a server update, 454 4.7.0 between internal Exchange servers).
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/**
 * Outlook (classic) against a mailbox whose MAPI protocol is switched off (Set-CASMailbox -MapiEnabled $false; in the
 * Microsoft 365 admin center "Manage email apps" → "Outlook desktop (MAPI)"): a new profile cannot be created, public
 * folders and the online archive do not open. The fix is the mailbox's protocol setting, like IMAP switched off for it.
 * learn.microsoft.com/troubleshoot/outlook/connectivity/connection-issues-mapi-disabled
 * Only this wording: "The connection to the Microsoft Exchange Server is unavailable" is the older Outlook's, quoted by
 * an on-premises article (exchange/client-connectivity/outlook-connection-issue-caused-by-rpc-encryption-requirement,
 * RPC encryption required by Exchange 2010–2016) — a cause Exchange Online never has; those words stay a guess.
 * The same sentence ends two more articles where Outlook was made to sign in with a password against Exchange Online and
 * prompts without end: outlook/authentication/continually-prompts-password-office-365 (Logon network security set to a
 * password method instead of Anonymous Authentication) and outlook/authentication/o365-credential-prompts-with-
 * authenticationservice (the AuthenticationService policy value forcing Kerberos/NTLM) — so password sign-in comes first;
 * a third (exchange/outlook-issues/connection-to-microsoft-exchange-is-unavailable-error, a third-party account with the
 * same address) has no category.
 */
const OUTLOOK_MAPI_DISABLED: readonly Rule[] = [
  pattern('kb-outlook-exchange-unavailable', 'client', 3, [phrase('The connection to Microsoft Exchange is unavailable')], [
    p('basic_auth_used', 0.55), p('imap_disabled_or_not_connected', 0.5), p('network_blocked', 0.35),
  ]),
  pattern('kb-outlook-cannot-expand-folder', 'client', 3, [
    `${phrase('Cannot expand the folder.')} ?${phrase('Microsoft Exchange is not available')}`,
  ], [p('imap_disabled_or_not_connected', 0.55), p('network_blocked', 0.4)]),
];

/**
 * Outlook's MAPI layer failing inside the client: "The operation failed. The messaging interfaces have returned an unknown
 * error. If the problem persists, restart Outlook." — outlook/profiles-and-accounts/operation-failed-send-email-outlook
 * (a Google Apps Sync account beside the Exchange account in one profile; fix: separate profiles). Nothing the admin sets
 * in Microsoft 365: the client talks to the server in a way that fails.
 */
const OUTLOOK_MAPI_FAILURE: readonly Rule[] = [
  pattern('kb-outlook-messaging-interfaces', 'client', 3, [phrase('The messaging interfaces have returned an unknown error')], [
    p('unexpected_server_reply', 0.5), p('network_blocked', 0.3),
  ]),
];

/**
 * Exchange Online's POX Autodiscover (autodiscover.xml) does not take an app-only token from the client credentials grant: it
 * answers ErrorCode 500 "The email address can't be found." for every mailbox
 * (learn.microsoft.com/troubleshoot/exchange/development/pox-autodiscover-not-supported-oauth-client-credentials-grant; fix: SOAP
 * Autodiscover or the EWS URL). The server's reply does not fit the request; the token's audience second.
 */
const AUTODISCOVER_POX: readonly Rule[] = [
  pattern('kb-autodiscover-address-not-found', 'client', 2, [phrase("The email address can't be found")], [
    p('unexpected_server_reply', 0.5), p('wrong_scope_or_resource', 0.35),
  ]),
];

/**
 * Outlook's Exchange Web Services features (automatic replies, MailTips, free/busy) fail while mail itself works: a
 * wrong WinHTTP proxy (netsh winhttp show proxy / reset proxy) sends their requests nowhere.
 * learn.microsoft.com/troubleshoot/outlook/connectivity/proxy-server-causes-issues-with-freebusy-oof-mailtips
 * "… try again later" alone reads as throttling (patterns-smtp.ts 'throttled-word'), so the weight stays above it.
 */
const OUTLOOK_EWS_PROXY: readonly Rule[] = [
  pattern('kb-outlook-ews-proxy', 'network', 3, [
    phrase('Your automatic reply settings cannot be displayed because the server is currently unavailable'),
    phrase("We can't show MailTips right now"),
    `${phrase('No free/busy information could be retrieved.')} ?${phrase('Your server location could not be determined')}`,
  ], [p('network_blocked', 0.7)]),
];

/**
 * The attachment is larger than the organization allows: "Send To" outside Outlook (event 27, MAPISendMail) and
 * Outlook's own dialogs. learn.microsoft.com/troubleshoot/outlook/connectivity/event-27-mapisentmail-error-send-attachments
 * Exchange ActiveSync's SendMail status AttachmentTooBig: the mobile device mailbox policy's MaxAttachmentSize or the
 * message size limits (learn.microsoft.com/troubleshoot/exchange/client-connectivity/troubleshoot-activesync-with-exchange-server).
 */
const ATTACHMENT_SIZE: readonly Rule[] = [
  pattern('kb-outlook-attachment-too-large', 'smtp-submit', 3, [
    phrase('Attachments to the message exceeded the size limit set by your Administrator'),
    phrase("The file you're attaching is bigger than the server allows"),
    phrase('The attachment size exceeds the allowable limit'),
    '\\bAttachmentTooBig\\b',
  ], [p('message_too_large', 0.8)]),
];

/**
 * Outlook cannot create a profile after a domain migration: the Web Account Manager (token broker) still holds the
 * accounts of the old user SID. Fix: delete %LOCALAPPDATA%\Packages\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy\AC\
 * TokenBroker\Accounts, restart and sign in again — the stored sign-in is no longer valid.
 * learn.microsoft.com/troubleshoot/outlook/profiles-and-accounts/event-1098-and-cannot-create-new-profiles
 * "A specified logon session does not exist" is Windows' ERROR_NO_SUCH_LOGON_SESSION, met elsewhere too (scheduled
 * tasks): it counts only with the broker's "Token broker operation failed". The broker's number alone is weaker and
 * gives way to Microsoft's own sign-in error (an AADSTS code) in the same log.
 */
const TOKEN_BROKER: readonly Rule[] = [
  pattern('kb-outlook-broker-logon-session', 'token', 3, [
    `${phrase('A specified logon session does not exist')}[^]{0,600}?${phrase('Token broker operation failed')}`,
  ], [p('token_expired_or_invalid', 0.65)]),
  pattern('kb-outlook-broker-caa5001c', 'token', 2, ['\\b0xcaa5001c\\b'], [p('token_expired_or_invalid', 0.5)], { yieldsTo: ['sign-in'] }),
];

/**
 * Outlook for iOS and Android against an Exchange server whose certificate it does not trust (expired, or not from a
 * CA in Java's trusted list): learn.microsoft.com/troubleshoot/exchange/client-connectivity/
 * insecure-connection-secure-connection-unavailable-outlook-ios-android.
 * "The connection to your mail server timed out": the server speaks only TLS 1.0/1.1, or its TLS certificate has
 * expired (learn.microsoft.com/troubleshoot/exchange/client-connectivity/connection-to-mail-server-timed-out). Both
 * articles are about Exchange Server; with Exchange Online the same words point at something between the device and
 * Microsoft, so the network stays the second cause of the timeout.
 * Outlook on the web's browser warning "There is a problem with this website's security certificate": a wrong
 * certificate on the server (learn.microsoft.com/troubleshoot/exchange/client-connectivity/set-up-web-access).
 */
const CERTIFICATES: readonly Rule[] = [
  pattern('kb-outlook-mobile-insecure', 'tls', 3, [
    `${phrase('Insecure connection.')} ?${phrase('Would you like to log in anyway')}`,
    `${phrase('Secure connection unavailable.')} ?${phrase('Would you like to log in anyway')}`,
  ], [p('tls_problem', 0.8)]),
  // "timed out" also counts as the network (patterns-network.ts 'timeout-words'): that stays the second cause.
  pattern('kb-outlook-mobile-timed-out', 'tls', 3, [phrase('The connection to your mail server timed out')], [p('tls_problem', 0.7)]),
  pattern('kb-owa-website-certificate', 'tls', 3, [phrase("There is a problem with this website's security certificate")], [p('tls_problem', 0.7)]),
];

/**
 * Exchange ActiveSync's quarantine mail: the device is held by the organization's default access level, a device
 * access rule or the mailbox's ActiveSyncAllowedDeviceIDs (e.g. after a wipe or reset, which gives the device a new
 * Device ID); the administrator allows it. learn.microsoft.com/troubleshoot/exchange/client-connectivity/eas-device-is-blocked-by-abq-list
 */
const ACTIVESYNC_QUARANTINE: readonly Rule[] = [
  pattern('kb-eas-quarantined', 'client', 3, [
    phrase('blocked from accessing content via Exchange ActiveSync because the mobile device has been quarantined'),
    `${phrase('Device access state:')} ?${phrase('Quarantined')}`,
  ], [p('security_policy_blocks', 0.75)]),
];

/** Every rule from Microsoft's client-connectivity support articles (patterns.ts). */
export const KB_CONNECTIVITY_VOCABULARY_RULES: readonly Rule[] = [
  ...OUTLOOK_MAPI_DISABLED, ...OUTLOOK_MAPI_FAILURE, ...AUTODISCOVER_POX, ...OUTLOOK_EWS_PROXY, ...ATTACHMENT_SIZE, ...TOKEN_BROKER, ...CERTIFICATES, ...ACTIVESYNC_QUARANTINE,
];
