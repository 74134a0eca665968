/**
 * The resource a token was asked for, where the pasted text shows it beside a refused mail login.
 *
 * Exchange Online's SMTP AUTH, IMAP and POP accept only tokens for the Outlook resource: the scopes must be
 * given in full with the Outlook resource URL — https://outlook.office.com/SMTP.Send, IMAP.AccessAsUser.All,
 * POP.AccessAsUser.All, or https://outlook.office365.com/.default for client credentials ("Authenticate an IMAP,
 * POP or SMTP connection using OAuth", learn.microsoft.com/exchange/client-developer/legacy-protocols/
 * how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth). A token for Microsoft Graph (a bare
 * "Mail.Send" / "User.Read", https://graph.microsoft.com/.default, or the audience
 * 00000003-0000-0000-c000-000000000000) is refused with "535 5.7.3 Authentication unsuccessful": PHPMailer's
 * wiki "Microsoft OAuth2 SMTP issues" (a Graph scope such as Mail.Send before SMTP.Send turns 'aud' into Graph
 * and SMTP fails with 535 5.7.3), and Microsoft Q&A 1110981 (graph.microsoft.com/.default → role Mail.Send →
 * "535 5.7.3 Authentication unsuccessful").
 * So a Graph scope or audience in the same text as a refused mail login points at the scope. The look-around
 * is bounded (600 characters) to stay linear.
 */
import { enhanced, p, pattern, phrase, type Rule } from './pattern-kit.js';

/** A Microsoft Graph scope or audience — not an Outlook one ("https://outlook.office.com/Mail.Send" is Outlook's). */
const GRAPH_RESOURCE = [
  'graph\\.microsoft\\.com/?(?:\\.default|Mail\\.|User\\.)',
  '(?<![\\w./-])(?:Mail\\.Send(?:\\.Shared)?|Mail\\.Read(?:Write)?(?:\\.Shared)?|User\\.Read(?:Basic)?(?:\\.All)?)\\b',
  '\\baud"?:? ?"?(?:https://graph\\.microsoft\\.com|00000003-0000-0000-c000-000000000000)',
].join('|');

/** A refused mail login: SMTP's 5.7.3, its text, or IMAP's AUTHENTICATE failed. */
const MAIL_LOGIN_REFUSED = [enhanced('5.7.3'), phrase('Authentication unsuccessful'), phrase('AUTHENTICATE failed')].join('|');

/** Every resource rule (patterns.ts). */
export const RESOURCE_RULES: readonly Rule[] = [
  pattern('graph-token-for-mail', 'token', 2, [
    `(?:${GRAPH_RESOURCE})[^]{0,600}?(?:${MAIL_LOGIN_REFUSED})`, `(?:${MAIL_LOGIN_REFUSED})[^]{0,600}?(?:${GRAPH_RESOURCE})`,
  ], [p('wrong_scope_or_resource', 0.75)]),
];
