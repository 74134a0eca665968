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

/** Every ActiveSync rule (patterns.ts). */
export const ACTIVESYNC_VOCABULARY_RULES: readonly Rule[] = [
  pattern('eas-user-disabled', 'imap', 3, [
    // TbSync writes the status name in angle brackets, which reading a pasted HTML page removes: its number stays.
    '\\bUserDisabledForSync\\b', '\\bEAS server reports\\b[^\\n]{0,60}?\\(status 126\\)',
    phrase('user is not enabled for ActiveSync'), phrase('not enabled for ActiveSync synchronization'),
  ], [p('imap_disabled_or_not_connected', 0.7), p('security_policy_blocks', 0.35)]),
  pattern('eas-version-unsupported', 'network', 2, ['does not support ActiveSync v\\d'], [
    p('unexpected_server_reply', 0.6), p('security_policy_blocks', 0.25),
  ]),
];
