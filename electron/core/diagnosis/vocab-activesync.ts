/**
 * Exchange ActiveSync (EAS) refusals as EAS clients (TbSync/EAS-4-TbSync for Thunderbird, phones) report them. Written by
 * hand: no library carries these texts.
 * - The mailbox may not use ActiveSync: MS-ASHTTP §2.2.2.1.1 gives HTTP 403 "The user is not enabled for ActiveSync
 *   synchronization" (learn.microsoft.com/openspecs/exchange_server_protocols/ms-ashttp/e092c310-7609-4a38-90cc-10688f79cf8d);
 *   the EAS status UserDisabledForSync says the same (TbSync: "The EAS server reports <UserDisabledForSync> (status 126) and
 *   does not allow TbSync to access you account", jobisoft/EAS-4-TbSync#36; the meaning is read from its name, MS-ASCMD
 *   §2.2.2's list itself was not read). The protocol is switched off for the mailbox (Set-CASMailbox -ActiveSyncEnabled),
 *   like IMAP switched off — or a policy blocks the client.
 * - The server speaks another ActiveSync version than the client: TbSync's "Server does not support ActiveSync v2.5 or v14.0
 *   (only 16.1)" (jobisoft/TbSync#778) — not a sign-in problem of the account.
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/** A common status by its number as TbSync writes it ("status.<Command>.<code>") or by its name. */
const easStatus = (code: string, name: string): string[] => [`\\bstatus\\.[A-Za-z]{3,20}\\.${code}\\b`, `\\b${name}\\b`];

/**
 * ActiveSync's common status codes (MS-ASCMD §2.2.2, learn.microsoft.com/openspecs/exchange_server_protocols/ms-ascmd/
 * 95cb9d7c-d33d-4b94-9366-d59911c7a060; the numbers as Z-Push's and Kopano's SYNC_COMMONSTATUS_* constants give
 * them: 110 SERVERERROR, 111 SERVERERRORRETRYLATER, 112 ADACCESSDENIED, 114 MAILBOXSERVEROFFLINE, 115 SENDQUOTAEXCEEDED,
 * 116 MESSRECIPUNRESOLVED), by name or as TbSync writes them ("status.Sync.111", jobisoft/EAS-4-TbSync#244 — a server that
 * fails and asks to retry later; nothing the admin set). 113 (the mailbox over its quota) fits no category. The names are
 * MS-ASCMD's as remembered; ServerErrorRetryLater is confirmed in Exchange's own AirSync code (StatusCode.ServerErrorRetryLater).
 */
const EAS_COMMON_STATUS: readonly Rule[] = [
  pattern('eas-server-error', 'imap', 2, easStatus('11[01]', 'ServerErrorRetryLater'), [
    p('unexpected_server_reply', 0.5), p('throttled', 0.35),
  ], { flags: '' }),
  pattern('eas-ad-access-denied', 'imap', 2, easStatus('112', 'ActiveDirectoryAccessDenied'), [
    p('mailbox_permission_missing', 0.5), p('security_policy_blocks', 0.3),
  ], { flags: '' }),
  pattern('eas-mailbox-server-offline', 'imap', 2, easStatus('114', 'MailboxServerOffline'), [
    p('imap_disabled_or_not_connected', 0.5), p('throttled', 0.3),
  ], { flags: '' }),
  pattern('eas-send-quota', 'throttle', 2, easStatus('115', 'SendQuotaExceeded'), [p('throttled', 0.7)], { flags: '' }),
  pattern('eas-recipient-unresolved', 'smtp-submit', 2, easStatus('116', 'MessageRecipientUnresolved'), [p('recipient_rejected', 0.7)], { flags: '' }),
];

/** Every ActiveSync rule (patterns.ts). */
export const ACTIVESYNC_VOCABULARY_RULES: readonly Rule[] = [
  ...EAS_COMMON_STATUS,
  pattern('eas-user-disabled', 'imap', 3, [
    // TbSync writes the status name in angle brackets, which reading a pasted HTML page removes: its number stays.
    '\\bUserDisabledForSync\\b', '\\bEAS server reports\\b[^\\n]{0,60}?\\(status 126\\)',
    phrase('user is not enabled for ActiveSync'), phrase('not enabled for ActiveSync synchronization'),
  ], [p('imap_disabled_or_not_connected', 0.7), p('security_policy_blocks', 0.35)]),
  // HTTP 451 to an ActiveSync client: the server sends the device to a "better" Client Access server (another Active Directory
  // site, an ExternalUrl set or missing on the ActiveSync virtual directory) — Microsoft Remote Connectivity Analyzer's
  // "Exchange ActiveSync returned an HTTP 451 response. (Device Misconfigured)." (OfficeDocs-ConnectivityAnalyzer
  // connectivity-analyzer/exchange-activesync-returned-http-451-error.md): the address the device uses is not the one to use.
  pattern('eas-http-451', 'network', 3, [phrase('Exchange ActiveSync returned an HTTP 451 response'), phrase('(Device Misconfigured)')], [
    p('unexpected_server_reply', 0.7), p('network_blocked', 0.2),
  ]),
  pattern('eas-version-unsupported', 'network', 2, ['does not support ActiveSync v\\d'], [
    p('unexpected_server_reply', 0.6), p('security_policy_blocks', 0.25),
  ]),
  // Windows' Mail and Calendar apps (and Outlook for Windows Phone) when the mailbox's ActiveSync device policy asks for more
  // than the device does (password length and complexity, encryption, an administrator account): Microsoft's support article
  // 87132fc7-2c7f-4a71-9de0-779ff81c86ca, its title in English, German, Italian and Swedish (support.microsoft.com en-us, de-de,
  // it-it, sv-se) — the mailbox's mobile device policy, a security policy.
  pattern('eas-device-security-requirements', 'client', 3, [
    phrase("This device doesn't meet the security requirements set by your email administrator"),
    phrase('Dieses Gerät erfüllt nicht die Sicherheitsanforderungen, die von Ihrem E-Mail-Administrator festgelegt wurden'),
    phrase("Questo dispositivo non soddisfa i requisiti di sicurezza impostati dall'amministratore della posta elettronica"),
    phrase('Den här enheten uppfyller inte säkerhetskraven som har konfigurerats av e-postadministratören'),
  ], [p('security_policy_blocks', 0.8)]),
  // Exchange Online's ActiveSync throttling: a device that sends too many identical sync commands in a short time is set to
  // "Access Denied" for a while ("Too many identical commands" in the admin center's "Access set by"; DeviceAccessStateReason
  // CommandFrequency in Get-MobileDeviceStatistics) — support.microsoft.com/help/2748176 ("A mobile device intermittently can't
  // connect to Exchange Online"): wait ten minutes, stop pressing Sync. The device's own "Cannot Get Mail" says nothing more.
  pattern('eas-command-frequency', 'throttle', 3, [
    phrase('Too many identical commands'), `${phrase('DeviceAccessStateReason')} ?: ?${phrase('CommandFrequency')}`,
  ], [p('throttled', 0.85)]),
];
