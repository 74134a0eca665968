/**
 * RBAC for Applications in the sandbox's Exchange: which recipients a management scope's filter
 * covers, and whether an app may send as a mailbox through a role assignment instead of a mailbox
 * permission (SMTP onboarding to App RBAC, office-developer-exchange-docs
 * docs/legacy-protocols/smtp-app-rbac-onboarding.md: "RBAC does not require mailbox permissions";
 * "We support only the SMTP.SendAsApp role").
 */
import type { ExchangeManagementScope, SandboxUser, TenantData } from '../tenant-model.js';
import { mailboxAddresses } from './mailbox-directory.js';

/** The one role that lets an app send over SMTP; "Application Mail.Send" is Graph's, not SMTP's. */
export const SMTP_RBAC_ROLE = 'Application SMTP.SendAsApp';

/** Roles of RBAC for Applications the stand-in accepts (learn.microsoft.com/exchange/permissions-exo/application-rbac). */
export const APPLICATION_ROLES: readonly string[] = [
  'Application Mail.Read', 'Application Mail.ReadBasic', 'Application Mail.ReadWrite', 'Application Mail.Send',
  'Application MailboxSettings.Read', 'Application MailboxSettings.ReadWrite', 'Application Calendars.Read',
  'Application Calendars.ReadWrite', 'Application Contacts.Read', 'Application Contacts.ReadWrite',
  'Application Mail Full Access', 'Application Exchange Full Access', 'Application EWS.AccessAsApp', SMTP_RBAC_ROLE,
];

/** A parsed recipient filter: the two forms the guides use. */
export type RecipientFilter =
  | { readonly kind: 'address'; readonly address: string }
  | { readonly kind: 'group'; readonly group: string };

/** Reads `PrimarySmtpAddress -eq '…'` or `MemberOfGroup -eq '…'` (a DN's CN or the group's name); undefined otherwise. */
export function parseRecipientFilter(filter: string): RecipientFilter | undefined {
  const address = /^\s*(?:PrimarySmtpAddress|EmailAddresses)\s+-eq\s+'([^']+)'\s*$/i.exec(filter);
  if (address) return { kind: 'address', address: address[1]!.replace(/^smtp:/i, '').toLowerCase() };
  const group = /^\s*MemberOfGroup\s+-eq\s+'([^']+)'\s*$/i.exec(filter);
  if (group) return { kind: 'group', group: (/^CN=([^,]+)/i.exec(group[1]!)?.[1] ?? group[1]!).toLowerCase() };
  return undefined;
}

function inScope(t: Readonly<TenantData>, scope: Readonly<ExchangeManagementScope>, mailbox: Readonly<SandboxUser>): boolean {
  const filter = parseRecipientFilter(scope.recipientRestrictionFilter);
  if (!filter) return false;
  if (filter.kind === 'address') return mailboxAddresses(mailbox).includes(filter.address);
  return t.groups.some((g) => g.displayName.toLowerCase() === filter.group && g.memberIds.includes(mailbox.id));
}

/** Whether the pointer holds `role`, anywhere (AUTH) or — with a mailbox — in a scope that covers it. */
export function holdsApplicationRole(t: Readonly<TenantData>, appObjectId: string, role: string, mailbox?: Readonly<SandboxUser>): boolean {
  const id = appObjectId.toLowerCase();
  return (t.exchange.roleAssignments ?? []).some((a) => {
    if (a.appObjectId.toLowerCase() !== id || a.role.toLowerCase() !== role.toLowerCase()) return false;
    if (!mailbox || a.customResourceScope === null) return true;
    const scope = (t.exchange.managementScopes ?? []).find((s) => s.name.toLowerCase() === a.customResourceScope!.toLowerCase());
    return scope !== undefined && inScope(t, scope, mailbox);
  });
}
