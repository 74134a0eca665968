/**
 * The protocol switches: Get-/Set-CASMailbox (per mailbox: SmtpClientAuthenticationDisabled as
 * $true / $false / $null = inherit, ImapEnabled) and Get-/Set-TransportConfig (the tenant-wide
 * SmtpClientAuthenticationDisabled, $true by default since 2020). M365-REFERENCE.md §5.2.
 */
import type { SandboxUser } from '../tenant-model.js';
import { cmdletError, output, type CmdletDefinition } from './powershell-cmdlet.js';
import { findMailbox, hasMailbox, mailboxAlias } from './mailbox-directory.js';
import { PS_MESSAGES } from './powershell-messages.js';
import { stringParam, stringsParam } from './powershell-params.js';

/** How Get-CASMailbox shows a mailbox (null = blank = the tenant setting applies). */
function casMailboxView(user: Readonly<SandboxUser>) {
  return {
    Identity: mailboxAlias(user),
    Name: mailboxAlias(user),
    PrimarySmtpAddress: user.mail,
    SmtpClientAuthenticationDisabled: user.smtpClientAuthenticationDisabled,
    ImapEnabled: user.imapEnabled,
    PopEnabled: true,
  };
}

const getCasMailbox: CmdletDefinition = {
  params: { Identity: { kind: 'string' } },
  run(ctx, params) {
    const t = ctx.state.current();
    const identity = stringParam(params, 'Identity');
    if (identity === undefined) return output(t.users.filter(hasMailbox).map(casMailboxView));
    const mailbox = findMailbox(t, identity);
    return mailbox ? output([casMailboxView(mailbox)]) : cmdletError(PS_MESSAGES.objectNotFound(identity));
  },
};

/**
 * Get-EXOCasMailbox returns the `Minimum` property set unless asked: SmtpClientAuthenticationDisabled
 * is in no named set, so it only appears with `-Properties SmtpClientAuthenticationDisabled` or
 * `-PropertySets All` (M365-REFERENCE.md §5.2) — a blank there does not mean "inherit".
 */
const getExoCasMailbox: CmdletDefinition = {
  params: { ...getCasMailbox.params, Properties: { kind: 'strings' }, PropertySets: { kind: 'strings' } },
  run(ctx, params) {
    const result = getCasMailbox.run(ctx, params);
    const asked = [...stringsParam(params, 'Properties'), ...stringsParam(params, 'PropertySets')].map((p) => p.toLowerCase());
    if (!result.ok || asked.includes('smtpclientauthenticationdisabled') || asked.includes('all')) return result;
    return output(result.output.map((row) => {
      const { SmtpClientAuthenticationDisabled: _hidden, ...minimum } = row as ReturnType<typeof casMailboxView>;
      return minimum;
    }));
  },
};

const setCasMailbox: CmdletDefinition = {
  params: {
    Identity: { kind: 'string', mandatory: true },
    SmtpClientAuthenticationDisabled: { kind: 'nullableBool' },
    ImapEnabled: { kind: 'bool' },
  },
  run(ctx, params) {
    const identity = stringParam(params, 'Identity')!;
    const mailbox = findMailbox(ctx.state.current(), identity);
    if (!mailbox) return cmdletError(PS_MESSAGES.objectNotFound(identity));
    const smtp = params.get('SmtpClientAuthenticationDisabled') as boolean | null | undefined;
    const imap = params.get('ImapEnabled') as boolean | undefined;
    const changesSmtp = params.has('SmtpClientAuthenticationDisabled') && smtp !== mailbox.smtpClientAuthenticationDisabled;
    const changesImap = imap !== undefined && imap !== mailbox.imapEnabled;
    const alias = mailboxAlias(mailbox);
    if (!changesSmtp && !changesImap) return output([], [PS_MESSAGES.notModified(alias)]);
    const shown = (v: boolean | null | undefined): string => (v === null ? '$null' : `$${String(v)}`);
    const description = ['Set-CASMailbox -Identity', alias,
      ...(changesSmtp ? ['-SmtpClientAuthenticationDisabled', shown(smtp)] : []),
      ...(changesImap ? ['-ImapEnabled', shown(imap)] : [])].join(' ');
    ctx.state.update(description, (draft) => {
      const target = draft.users.find((u) => u.id === mailbox.id)!;
      if (changesSmtp) target.smtpClientAuthenticationDisabled = smtp ?? null;
      if (changesImap) target.imapEnabled = imap;
    });
    return output([]);
  },
};

const getTransportConfig: CmdletDefinition = {
  params: {},
  run(ctx) {
    return output([{ SmtpClientAuthenticationDisabled: ctx.state.current().exchange.transportConfig.smtpClientAuthenticationDisabled }]);
  },
};

const setTransportConfig: CmdletDefinition = {
  params: { SmtpClientAuthenticationDisabled: { kind: 'bool' } },
  run(ctx, params) {
    const disabled = params.get('SmtpClientAuthenticationDisabled') as boolean | undefined;
    if (disabled === undefined || disabled === ctx.state.current().exchange.transportConfig.smtpClientAuthenticationDisabled) {
      return output([]);
    }
    ctx.state.update(`Set-TransportConfig -SmtpClientAuthenticationDisabled $${String(disabled)}`, (draft) => {
      draft.exchange.transportConfig.smtpClientAuthenticationDisabled = disabled;
    });
    return output([]);
  },
};

/** The protocol switch cmdlets by name. */
export const MAIL_PROTOCOL_CMDLETS: Readonly<Record<string, CmdletDefinition>> = {
  'Get-CASMailbox': getCasMailbox,
  'Set-CASMailbox': setCasMailbox,
  'Get-EXOCasMailbox': getExoCasMailbox,
  'Get-TransportConfig': getTransportConfig,
  'Set-TransportConfig': setTransportConfig,
};
