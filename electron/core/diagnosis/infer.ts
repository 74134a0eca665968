/**
 * What the pasted text itself says about the situation, for when the caller did not tell:
 * the product (its name, or Odoo's own sentences for ETRON), the flow (permission names, grant types) and the protocol.
 * The caller's DiagnosisContext always wins over these guesses.
 */
import type { Flow, Profile, Protocol } from './types.js';
import { ODOO_TEXT } from './vocab-odoo.js';

/** Guesses from the text; undefined when it says nothing or both. */
export interface TextSignals {
  readonly profile?: Profile;
  readonly flow?: Flow;
  readonly protocol?: Protocol;
}

const INVENTORY360 = /Inventory ?360/i;
const ETRON = /onRetail|\bETRON\b|\bodoo\b|microsoft_outlook|wawi\.onretail/i;
const APP_ONLY = /SendAsApp|AccessAsApp|client_credentials|\/\.default\b/i;
const DELEGATED = /AccessAsUser|SMTP\.Send\b|refresh_token|authorization_code|offline_access/i;
const IMAP = /\bIMAP|\bPOP3\b|:99[35]\b|\* BYE\b|(?:^|\s)[-+](?:ERR|OK)\b|\bport 993\b|Posteingang|incoming (?:mail )?server|AUTHENTICATE|\[AUTHENTICATIONFAILED\]|imapflow|Login to server/i;
// Port 25 only where no clock time ends in ":25" ("10:43:25.293", "at 12:25").
const SMTP = /\bSMTP|:587\b|(?<![\d:]\d\d?):25\b(?![.:,]\d)|\bport 587\b|Postausgang|outgoing (?:mail )?server|nodemailer|PHPMailer|smtplib|Mail Delivery Failed/i;

function either<T>(a: boolean, b: boolean, ifA: T, ifB: T): T | undefined {
  if (a === b) return undefined;
  return a ? ifA : ifB;
}

/** Reads the signals of one normalized view. */
export function signalsOf(view: string): TextSignals {
  const profile = either(INVENTORY360.test(view), ETRON.test(view) || ODOO_TEXT.test(view), 'inventory360' as const, 'etron' as const);
  const flow = either(APP_ONLY.test(view), DELEGATED.test(view), 'app-only' as const, 'delegated' as const);
  const protocol = either(IMAP.test(view), SMTP.test(view), 'imap' as const, 'smtp' as const);
  return {
    ...(profile ? { profile } : {}),
    ...(flow ? { flow } : {}),
    ...(protocol ? { protocol } : {}),
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
