/**
 * What the pasted text itself says about the situation, for when the caller did not tell:
 * the product (its name, or Odoo's own sentences for ETRON), the flow (permission names, grant types), the protocol, and a
 * mail server that is plainly not Exchange Online. The caller's DiagnosisContext always wins over these guesses.
 */
import type { Flow, Profile, Protocol } from './types.js';
import { ODOO_TEXT } from './vocab-odoo.js';

/** Guesses from the text; undefined when it says nothing or both. */
export interface TextSignals {
  readonly profile?: Profile;
  readonly flow?: Flow;
  readonly protocol?: Protocol;
  /** 'other': the text shows a mail server that is not Exchange Online, and names no Exchange Online host or service. */
  readonly server?: 'other';
}

const INVENTORY360 = /Inventory ?360/i;
const ETRON = /onRetail|\bETRON\b|\bodoo\b|microsoft_outlook|wawi\.onretail/i;
const APP_ONLY = /SendAsApp|AccessAsApp|client_credentials|\/\.default\b/i;
const DELEGATED = /AccessAsUser|SMTP\.Send\b|refresh_token|authorization_code|offline_access/i;
// K-9 Mail (Thunderbird for Android) quotes a refused IMAP command as "(Command: LOGIN; response: #2# [NO, authentication
// failed])" — the tag between hashes, then the response's list (development texts: web.de and two Exchange servers).
const IMAP = /\bIMAP|\bPOP3\b|:99[35]\b|\* BYE\b|(?:^|\s)[-+](?:ERR|OK)\b|\bport 993\b|Posteingang|incoming (?:mail )?server|AUTHENTICATE|\[AUTHENTICATIONFAILED\]|imapflow|Login to server|; response: #\d{1,6}# \[(?:NO|BAD)\b/i;
// Port 25 only where no clock time ends in ":25" ("10:43:25.293", "at 12:25").
const SMTP = /\bSMTP|:587\b|(?<![\d:]\d\d?):25\b(?![.:,]\d)|\bport 587\b|Postausgang|outgoing (?:mail )?server|nodemailer|PHPMailer|smtplib|Mail Delivery Failed/i;
/**
 * A mail server other than Exchange Online. Exchange Online's IMAP offers only AUTH=PLAIN and AUTH=XOAUTH2 ("* CAPABILITY
 * IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS …", as captures of outlook.office365.com show it: a Jakarta Mail
 * debug log, an IMAP client's table of providers' capabilities); an Exchange Server on the customer's premises with Windows
 * authentication also lists AUTH=NTLM and AUTH=GSSAPI (jstedfast/MailKit#483 and #773). Other servers name themselves in
 * their greeting (Dovecot, Courier, Cyrus, Zimbra) or their reply (Gmail's "gsmtp", "Gimap", its IMAP refusal "Invalid
 * credentials (Failure)"; Dovecot's "[AUTHENTICATIONFAILED] Authentication failed." — login-common.h AUTH_FAILED_MSG — which
 * Roundcube quotes as "AUTHENTICATE PLAIN: Authentication failed."; Exchange Online's IMAP says "AUTHENTICATE failed.", as
 * the development texts' MailKit logs from outlook.office365.com show it). A client's own record of the
 * host it connected to counts too when that host is not Microsoft's (MailKit's protocol log "Connected to imap://imap.free.fr:
 * 143/", c-client's "{mail.example.net:993/imap/ssl}", Jakarta Mail's debug 'trying to connect to host "mail.example.net", port
 * 993'): Exchange Online's mail hosts are Microsoft's own names in every cloud (outlook.office365.com, smtp.office365.com,
 * outlook.office365.us, *.partner.outlook.cn — Microsoft's endpoint lists, as the project's M365-REFERENCE.md records them).
 */
const OTHER_SERVER = /\bAUTH[= ](?:NTLM|GSSAPI)\b|\bDovecot\b|\bCourier-IMAP\b|\bCyrus IMAP|\bZimbra\b|\bGimap\b|\bgsmtp\b|\b(?:imap|smtp)\.gmail\.com\b|\bInvalid credentials \(Failure\)|(?:\[AUTHENTICATIONFAILED\] ?|\bAUTHENTICATE (?:PLAIN|LOGIN): )Authentication failed\./i;
const MS_HOST = String.raw`(?:[a-z0-9-]{1,63}\.){0,4}(?:office365|outlook|hotmail|live|office|microsoft|microsoftonline)\.`;
const HOST = String.raw`[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6}`;
const CONNECTED_HOST = new RegExp(String.raw`\b(?:imaps?|pop3?s?|smtps?)://(?!${MS_HOST})${HOST}|\{(?!${MS_HOST})${HOST}:\d{2,5}/(?:imap|pop3|service=)|\bhost "(?!${MS_HOST})${HOST}", port \d`, 'i');
/** Exchange Online named: its hosts, its XOAUTH2 offer, the service's names ("365" alone, Office365, M365, O365). */
const EXCHANGE_ONLINE = /\boutlook\.office(?:365)?\.com\b|\bsmtp-mail\.outlook\.com\b|\boutlook\.cn\b|\.prod\.outlook\.com\b|\.protection\.outlook\.com\b|\bAUTH[= ](?:[A-Z0-9-]{1,40} ){0,12}XOAUTH2\b|\b(?:Office|[MO])?365\b|\bExchange Online\b|\bmicrosoftonline\.com\b/i;

function either<T>(a: boolean, b: boolean, ifA: T, ifB: T): T | undefined {
  if (a === b) return undefined;
  return a ? ifA : ifB;
}

/** Reads the signals of one normalized view. */
export function signalsOf(view: string): TextSignals {
  const profile = either(INVENTORY360.test(view), ETRON.test(view) || ODOO_TEXT.test(view), 'inventory360' as const, 'etron' as const);
  const flow = either(APP_ONLY.test(view), DELEGATED.test(view), 'app-only' as const, 'delegated' as const);
  const protocol = either(IMAP.test(view), SMTP.test(view), 'imap' as const, 'smtp' as const);
  const server = (OTHER_SERVER.test(view) || CONNECTED_HOST.test(view)) && !EXCHANGE_ONLINE.test(view) ? 'other' as const : undefined;
  return {
    ...(profile ? { profile } : {}),
    ...(flow ? { flow } : {}),
    ...(protocol ? { protocol } : {}),
    ...(server ? { server } : {}),
  };
}

/** The flow a profile implies: Inventory360 sends app-only, ETRON signs users in. */
export function flowOfProfile(profile: Profile | undefined): Flow | undefined {
  if (profile === 'inventory360') return 'app-only';
  if (profile === 'etron') return 'delegated';
  return undefined;
}

/** How the app signs in: the caller's flow, else the text's, else the profile's (caller's, else the text's). */
export function flowOf(context: { readonly flow?: Flow; readonly profile?: Profile }, signals: TextSignals): Flow | undefined {
  return context.flow ?? signals.flow ?? flowOfProfile(context.profile ?? signals.profile);
}
