/**
 * SMTP AUTH (and IMAP) switches of Exchange Online. SmtpClientAuthenticationDisabled has three
 * states on a mailbox — $true disabled, $false enabled, $null inherit the organization setting —
 * and the mailbox value wins over the organization's (S19, S20). So the assistant enables it per
 * mailbox and only touches the organization setting when the admin asks for it.
 */
import type { Result } from '../result.js';
import type { ScriptStep } from './command.js';
import { buildScript, type GeneratedScript, type ScriptTarget } from './header.js';
import { collect, validateAddress } from './quote.js';
import { casMailboxCheckStep, transportConfigCheckStep } from './verify.js';

/** Set-CASMailbox -SmtpClientAuthenticationDisabled $false: enables SMTP AUTH for one mailbox. */
export function enableMailboxSmtpAuthStep(mailbox: string): ScriptStep {
  return {
    comments: [
      'Enable SMTP AUTH for this mailbox only ($true = disabled, $false = enabled, $null = inherit the',
      'organization setting). Same as admin center: user -> Mail -> Manage email apps -> Authenticated SMTP.',
    ],
    command: { cmdlet: 'Set-CASMailbox', parameters: { Identity: mailbox, SmtpClientAuthenticationDisabled: false } },
  };
}

/** Set-CASMailbox -ImapEnabled $true: IMAP access for the mailbox (ETRON's incoming server). */
export function enableMailboxImapStep(mailbox: string): ScriptStep {
  return {
    comments: ['Allow IMAP for this mailbox (needed for incoming mail over IMAP).'],
    command: { cmdlet: 'Set-CASMailbox', parameters: { Identity: mailbox, ImapEnabled: true } },
  };
}

/** Set-TransportConfig -SmtpClientAuthenticationDisabled $false: the organization-wide switch. */
export function enableTenantSmtpAuthStep(): ScriptStep {
  return {
    comments: [
      'WARNING: this enables SMTP AUTH for EVERY mailbox that inherits the organization setting',
      '(SmtpClientAuthenticationDisabled empty). Prefer the per-mailbox setting above; use this only',
      'when many mailboxes must send with SMTP AUTH.',
    ],
    command: { cmdlet: 'Set-TransportConfig', parameters: { SmtpClientAuthenticationDisabled: false } },
  };
}

/** Input of the SMTP AUTH script. */
export interface SmtpAuthInput extends ScriptTarget {
  readonly mailbox: string;
  /**
   * Further mailboxes that send the same way (ETRON variant B: one outgoing server per user; the
   * ETRON guide: "Authenticated SMTP" for each sending mailbox). Each gets the same steps.
   */
  readonly moreMailboxes?: readonly string[];
  /** Also allow IMAP for the mailbox. */
  readonly enableImap?: boolean;
  /** Also enable SMTP AUTH for the whole organization (see the warning in the script). */
  readonly enableForOrganization?: boolean;
}

/** Shows, then enables SMTP AUTH for a mailbox (optionally IMAP, optionally the organization). */
export function smtpAuthScript(input: SmtpAuthInput): Result<GeneratedScript> {
  const v = collect({ mailbox: validateAddress('mailbox', 'The mailbox', input.mailbox) });
  if (!v.ok) return v;
  const { mailbox } = v.value;
  const mailboxes = [mailbox];
  for (const [i, more] of (input.moreMailboxes ?? []).entries()) {
    const checked = validateAddress(`moreMailboxes[${i}]`, `Mailbox ${i + 2}`, more);
    if (!checked.ok) return checked;
    if (!mailboxes.some((m) => m.toLowerCase() === checked.value.toLowerCase())) mailboxes.push(checked.value);
  }
  const steps: ScriptStep[] = [
    ...mailboxes.map(casMailboxCheckStep),
    transportConfigCheckStep(),
    ...mailboxes.flatMap((m) => [enableMailboxSmtpAuthStep(m), ...(input.enableImap === true ? [enableMailboxImapStep(m)] : [])]),
    ...(input.enableForOrganization === true ? [enableTenantSmtpAuthStep()] : []),
    ...mailboxes.map((m) => ({ ...casMailboxCheckStep(m), comments: ['The mailbox after the change: expect SmtpClientAuthenticationDisabled False.'] })),
  ];
  return buildScript(input, {
    fileName: 'exchange-online-smtp-auth.ps1',
    title: 'Enable SMTP AUTH (authenticated SMTP) in Exchange Online',
    explanation: [
      'OAuth (XOAUTH2) logins need SMTP AUTH enabled for the sending mailbox; otherwise Exchange',
      'answers "535 5.7.139 ... SmtpClientAuthentication is disabled". Retest after about 30 minutes.',
    ],
    mailbox: mailboxes.join(', '),
    body: steps,
  });
}
