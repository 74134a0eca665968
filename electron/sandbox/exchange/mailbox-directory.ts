/**
 * How Exchange finds recipients in the tenant data: a mailbox by one of its addresses or by any
 * identity PowerShell accepts, and an Exchange service principal by its object id, app id or
 * name. Shared by the protocol servers and the PowerShell stand-in so both resolve alike.
 */
import type { ExchangeServicePrincipal, SandboxUser, TenantData } from '../tenant-model.js';

/** A user has a mailbox when licensed; a shared mailbox needs no licence. */
export function hasMailbox(user: Readonly<SandboxUser>): boolean {
  return user.isSharedMailbox || user.assignedLicenses.length > 0;
}

/** Every SMTP address of a user (primary, UPN, proxy addresses), lower-case. */
export function mailboxAddresses(user: Readonly<SandboxUser>): string[] {
  const proxies = user.proxyAddresses
    .filter((p) => /^smtp:/i.test(p))
    .map((p) => p.slice(5));
  return [...new Set([user.mail, user.userPrincipalName, ...proxies].map((a) => a.toLowerCase()))];
}

/** The alias Exchange shows as a mailbox's Identity (local part of the primary address). */
export function mailboxAlias(user: Readonly<SandboxUser>): string {
  return user.mail.split('@')[0] ?? user.mail;
}

/** The mailbox that owns an SMTP address, if any. */
export function findMailboxByAddress(t: Readonly<TenantData>, address: string): Readonly<SandboxUser> | undefined {
  const a = address.trim().toLowerCase();
  return t.users.find((u) => hasMailbox(u) && mailboxAddresses(u).includes(a));
}

/** A mailbox by id (ExternalDirectoryObjectId), address, alias or display name. */
export function findMailbox(t: Readonly<TenantData>, identity: string): Readonly<SandboxUser> | undefined {
  const i = identity.trim().toLowerCase();
  return t.users.find((u) => hasMailbox(u) && (
    u.id === i || mailboxAddresses(u).includes(i) || mailboxAlias(u).toLowerCase() === i || u.displayName.toLowerCase() === i));
}

/** A directory user (mailbox or not) by the same identities, for `-User` / `-Trustee`. */
export function findUser(t: Readonly<TenantData>, identity: string): Readonly<SandboxUser> | undefined {
  const i = identity.trim().toLowerCase();
  return t.users.find((u) =>
    u.id === i || mailboxAddresses(u).includes(i) || mailboxAlias(u).toLowerCase() === i || u.displayName.toLowerCase() === i);
}

/** An Exchange service principal pointer by object id, app id or display name. */
export function findExchangeServicePrincipal(t: Readonly<TenantData>, identity: string): Readonly<ExchangeServicePrincipal> | undefined {
  const i = identity.trim().toLowerCase();
  return t.exchange.servicePrincipals.find((sp) =>
    sp.objectId.toLowerCase() === i || sp.appId.toLowerCase() === i || sp.displayName.toLowerCase() === i);
}
