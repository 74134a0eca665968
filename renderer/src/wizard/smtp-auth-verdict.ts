/**
 * What the last check's SMTP probe says about "Authenticated SMTP" for the sending mailbox.
 * Exchange Online answers AUTH XOAUTH2 with `235 2.7.0 Authentication successful` when it lets the
 * client in, and with `535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is
 * disabled for the Mailbox|Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.`
 * while the setting is off (public transcripts: nodemailer/nodemailer#1484, simonrob/email-oauth2-proxy#193;
 * the sandbox imitates both, electron/sandbox/exchange/replies.ts). `535 5.7.3 Authentication
 * unsuccessful` is another matter — a token Exchange does not accept (wrong permission, no service
 * principal; jstedfast/MailKit#1712) — and says nothing about the setting. 5.7.139 also covers
 * security defaults and basic auth ("user is locked by your organization's security defaults
 * policy", "basic authentication is disabled"): only the SmtpClientAuthentication text means "off".
 */
import type { CheckResult } from '../../../electron/ipc/contract.js';

/** on: the probe got past AUTH; off: Exchange said 5.7.139 SmtpClientAuthentication; unproven: the probe ran but stopped elsewhere. */
export type SmtpAuthVerdict =
  | { readonly state: 'on' }
  | { readonly state: 'off'; readonly reply: string }
  | { readonly state: 'unproven'; readonly reply?: string };

const DISABLED = /\b5\.7\.139\b.*SmtpClientAuthentication is disabled/i;

/** The verdict of a check result; undefined when no SMTP probe ran (no token the product would use). */
export function smtpAuthVerdict(result: CheckResult | undefined): SmtpAuthVerdict | undefined {
  const smtp = result?.steps.find((s) => s.id === 'smtp');
  if (!smtp || smtp.status === 'skipped') return undefined;
  if (smtp.status === 'pass' || (smtp.transcript ?? []).some((line) => /^S: 235[ -]/.test(line))) return { state: 'on' };
  const reply = smtp.serverReply;
  if (reply && DISABLED.test(reply)) return { state: 'off', reply };
  return { state: 'unproven', ...(reply ? { reply } : {}) };
}
