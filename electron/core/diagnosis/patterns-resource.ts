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
import { eitherOrder, enhanced, p, pattern, phrase, type Rule } from './pattern-kit.js';

/** A Microsoft Graph scope or audience — not an Outlook one ("https://outlook.office.com/Mail.Send" is Outlook's). */
const GRAPH_RESOURCE = [
  'graph\\.microsoft\\.com/?(?:\\.default|Mail\\.|User\\.)',
  '(?<![\\w./-])(?:Mail\\.Send(?:\\.Shared)?|Mail\\.Read(?:Write)?(?:\\.Shared)?|User\\.Read(?:Basic)?(?:\\.All)?)\\b',
  '\\baud"?:? ?"?(?:https://graph\\.microsoft\\.com|00000003-0000-0000-c000-000000000000)',
].join('|');

/** A refused mail login: SMTP's 5.7.3, its text, or IMAP's AUTHENTICATE failed. */
const MAIL_LOGIN_REFUSED = [enhanced('5.7.3'), phrase('Authentication unsuccessful'), phrase('AUTHENTICATE failed')].join('|');

/** A token asked for Microsoft Graph ("https://graph.microsoft.com/.default"). */
const GRAPH_DEFAULT_SCOPE = /graph\.microsoft\.com\/\.default\b/i;
/** The token handed to a mail protocol's client: its SASL mechanism, classes and hosts (IMAP, POP, SMTP). */
const MAIL_PROTOCOL_CLIENT = /\b(?:ImapClient|SmtpClient|Pop3Client|IMAPClient|SaslMechanismOAuth2|XOAUTH2|imaplib|smtplib|AUTHENTICATE|mail\.(?:imaps?|smtps?|pop3s?)\.|smtp\.office365\.com|outlook\.office365\.com["',: ]{1,4}(?:993|995|587)\b)/i;

/**
 * The same when the refusal is in a client's own words ("Auth Failed Exception") or not pasted: Graph's ".default" asked for in a
 * text that hands the token to an IMAP, POP or SMTP client (MailKit's SaslMechanismOAuth2, smtplib, port 993 …), anywhere in
 * it. Only the Graph resource's ".default" counts: scopes such as "https://graph.microsoft.com/IMAP.AccessAsUser.All" are what
 * the app registration lists, not always what was asked for.
 */
function graphTokenForMailProtocolRule(): Rule {
  return {
    id: 'graph-token-for-mail-protocol',
    scan(view) {
      const m = GRAPH_DEFAULT_SCOPE.exec(view);
      if (!m || !MAIL_PROTOCOL_CLIENT.test(view)) return [];
      return [{
        ruleId: 'graph-token-for-mail-protocol', family: 'token', specificity: 3, index: m.index, length: m[0].length,
        proposals: [p('wrong_scope_or_resource', 0.7)], protocolSensitive: false,
      }];
    },
  };
}

/** Every resource rule (patterns.ts). */
export const RESOURCE_RULES: readonly Rule[] = [
  pattern('graph-token-for-mail', 'token', 2, [
    ...eitherOrder(`(?:${GRAPH_RESOURCE})`, `(?:${MAIL_LOGIN_REFUSED})`, 600),
  ], [p('wrong_scope_or_resource', 0.75)]),
  graphTokenForMailProtocolRule(),
];
