/**
 * Exchange Online's decision on an XOAUTH2 logon, shared by SMTP and IMAP: is the token for
 * Exchange, does it carry the right permission, does Exchange know the app (New-ServicePrincipal
 * with the token's `oid`), may this principal use the `user=` mailbox, and does the mailbox
 * allow the protocol. Every lookup reads `effective()`, so a fix made a moment ago still fails
 * until it has replicated — the "wait 30 minutes" of the vendor guides.
 *
 * Real Exchange resolves the mailbox permission of an app-only principal only when the mailbox
 * is opened, which is why AUTH succeeds and the failure shows up later (SMTP 430 at DATA, IMAP
 * "not connected"); `canOpenMailbox` is that later check.
 */
import { readAccessToken, rolesOf, scopesOf } from '../access-token.js';
import type { SandboxContext } from '../context.js';
import type { SandboxUser, TenantData } from '../tenant-model.js';
import { findMailboxByAddress, hasMailbox } from './mailbox-directory.js';
import { holdsApplicationRole, SMTP_RBAC_ROLE } from './rbac-scope.js';
import type { Xoauth2Response } from './xoauth2.js';

/** The protocol a logon is for. */
export type MailProtocol = 'smtp' | 'imap';

/** Who logs on: a user (delegated token) or an app's service principal (app-only token). */
export type MailPrincipal =
  | { readonly kind: 'user'; readonly userId: string; readonly clientAppId: string }
  | {
    readonly kind: 'app'; readonly servicePrincipalObjectId: string; readonly clientAppId: string;
    /** How Exchange authorizes it: the token's app role (+ mailbox permission), or RBAC for Applications. */
    readonly via: 'role' | 'rbac';
  };

/** Why Exchange refuses a logon (each maps to one reply in replies.ts). */
export type LogonRefusal =
  | 'token_invalid'
  | 'token_expired'
  | 'wrong_resource'
  | 'scope_missing'
  | 'role_missing'
  | 'exchange_service_principal_missing'
  | 'mailbox_not_found'
  | 'mailbox_not_permitted'
  | 'smtp_login_not_signed_in_user'
  | 'security_defaults'
  | 'smtp_auth_disabled_mailbox'
  | 'smtp_auth_disabled_tenant';

/** The outcome of an XOAUTH2 logon. */
export type MailboxLogon =
  | { readonly ok: true; readonly principal: MailPrincipal; readonly mailboxId: string }
  | { readonly ok: false; readonly refusal: LogonRefusal };

const DELEGATED_SCOPE: Record<MailProtocol, string> = { smtp: 'SMTP.Send', imap: 'IMAP.AccessAsUser.All' };
const APP_ROLE: Record<MailProtocol, string> = { smtp: 'SMTP.SendAsApp', imap: 'IMAP.AccessAsApp' };

/** The directory id the mailbox permissions name for a principal. */
export function principalTrusteeId(principal: MailPrincipal): string {
  return principal.kind === 'user' ? principal.userId : principal.servicePrincipalObjectId;
}

function hasPermission(t: Readonly<TenantData>, mailboxId: string, trusteeId: string, right: 'FullAccess' | 'SendAs'): boolean {
  const trustee = trusteeId.toLowerCase();
  return t.exchange.permissions.some((p) =>
    p.mailboxId === mailboxId && p.trusteeId.toLowerCase() === trustee && p.accessRights === right);
}

function refuse(refusal: LogonRefusal): MailboxLogon {
  return { ok: false, refusal };
}

/** Identifies the principal behind a token, or says why Exchange rejects the token. */
function principalOf(ctx: SandboxContext, t: Readonly<TenantData>, protocol: MailProtocol, bearer: string): MailPrincipal | LogonRefusal {
  const read = readAccessToken(ctx, bearer);
  if (!read.ok) return read.reason === 'expired' ? 'token_expired' : 'token_invalid';
  if (read.resource !== 'exchange') return 'wrong_resource';
  const oid = typeof read.claims.oid === 'string' ? read.claims.oid.toLowerCase() : '';
  const appId = typeof read.claims.appid === 'string' ? read.claims.appid.toLowerCase() : '';
  if (read.kind === 'user') {
    if (!scopesOf(read.claims).includes(DELEGATED_SCOPE[protocol])) return 'scope_missing';
    const user = t.users.find((u) => u.id === oid);
    if (!user || !user.accountEnabled) return 'token_invalid';
    return { kind: 'user', userId: user.id, clientAppId: appId };
  }
  // The pointer must carry the enterprise app's object id — the app registration's id (the
  // most common copy mistake) makes a pointer Exchange never matches to a token.
  const known = t.exchange.servicePrincipals.some((sp) =>
    sp.objectId.toLowerCase() === oid && sp.appId.toLowerCase() === appId);
  if (rolesOf(read.claims).includes(APP_ROLE[protocol])) {
    return known ? { kind: 'app', servicePrincipalObjectId: oid, clientAppId: appId, via: 'role' } : 'exchange_service_principal_missing';
  }
  // SMTP onboarding to App RBAC: the app holds no API permission; a role assignment
  // 'Application SMTP.SendAsApp' on its pointer authorizes it (SMTP only).
  if (protocol === 'smtp' && known && holdsApplicationRole(t, oid, SMTP_RBAC_ROLE)) {
    return { kind: 'app', servicePrincipalObjectId: oid, clientAppId: appId, via: 'rbac' };
  }
  return 'role_missing';
}

function smtpPolicyRefusal(t: Readonly<TenantData>, mailbox: Readonly<SandboxUser>): LogonRefusal | undefined {
  // Security defaults are not checked here: they block legacy (Basic) authentication, and
  // Microsoft ties "not compatible with security defaults" to SMTP AUTH with a password ("How to
  // set up a multifunction device or application to send email using Microsoft 365", option 1,
  // which recommends OAuth instead). No Microsoft text says they refuse XOAUTH2; basic auth
  // with security defaults on gets the "security defaults policy" reply (basicAuthRefusal).
  if (mailbox.smtpClientAuthenticationDisabled === true) return 'smtp_auth_disabled_mailbox';
  if (mailbox.smtpClientAuthenticationDisabled === null && t.exchange.transportConfig.smtpClientAuthenticationDisabled) {
    return 'smtp_auth_disabled_tenant';
  }
  return undefined;
}

/** Decides an XOAUTH2 logon against the effective tenant. */
export function authorizeXoauth2(ctx: SandboxContext, protocol: MailProtocol, response: Xoauth2Response): MailboxLogon {
  const t = ctx.state.effective();
  const principal = principalOf(ctx, t, protocol, response.bearer);
  if (typeof principal === 'string') return refuse(principal);
  const mailbox = findMailboxByAddress(t, response.user);
  if (!mailbox) return refuse('mailbox_not_found');
  if (principal.kind === 'user' && mailbox.id !== principal.userId && !hasPermission(t, mailbox.id, principal.userId, 'FullAccess')) {
    return refuse('mailbox_not_permitted');
  }
  if (protocol === 'smtp') {
    const policy = smtpPolicyRefusal(t, mailbox);
    if (policy) return refuse(policy);
    // SMTP AUTH takes only the signed-in user as user=: a shared (or any other) mailbox gets
    // 535 5.7.3 even with FullAccess and SMTP AUTH on; IMAP does accept it. The policy of the
    // user= mailbox is checked first (5.7.139 "disabled for the Tenant" until it is switched on).
    // Sources: github.com/nextcloud/mail pull 13668 (measured against a live tenant),
    // Foundry376/Mailspring-Sync pull 116, simonrob/email-oauth2-proxy pull 426, frappe/frappe issue 23079.
    if (principal.kind === 'user' && mailbox.id !== principal.userId) return refuse('smtp_login_not_signed_in_user');
  }
  return { ok: true, principal, mailboxId: mailbox.id };
}

/** What Exchange answers to a password (AUTH LOGIN/PLAIN): never a success. */
export function basicAuthRefusal(ctx: SandboxContext): 'security_defaults' | 'basic_auth_disabled' {
  return ctx.state.effective().securityDefaults.isEnabled ? 'security_defaults' : 'basic_auth_disabled';
}

/**
 * Whether the store lets the principal open the logon mailbox now: IMAP must be enabled for
 * IMAP, and an app-only principal needs FullAccess (Add-MailboxPermission).
 */
export function canOpenMailbox(ctx: SandboxContext, protocol: MailProtocol, principal: MailPrincipal, mailboxId: string): boolean {
  const t = ctx.state.effective();
  const mailbox = t.users.find((u) => u.id === mailboxId);
  if (!mailbox || !hasMailbox(mailbox)) return false;
  if (protocol === 'imap' && !mailbox.imapEnabled) return false;
  if (principal.kind === 'app' && principal.via === 'rbac') {
    // "RBAC does not require mailbox permissions": the scope of the assignment decides.
    return holdsApplicationRole(t, principal.servicePrincipalObjectId, SMTP_RBAC_ROLE, mailbox);
  }
  if (principal.kind === 'app') return hasPermission(t, mailboxId, principal.servicePrincipalObjectId, 'FullAccess');
  return true;
}

/**
 * Whether the principal may use `fromAddress` as sender: an address of the logon mailbox, the
 * user's own address, or a mailbox the principal has SendAs on (Add-RecipientPermission).
 */
export function maySendAs(ctx: SandboxContext, principal: MailPrincipal, mailboxId: string, fromAddress: string): boolean {
  const t = ctx.state.effective();
  const owner = findMailboxByAddress(t, fromAddress);
  if (!owner) return false;
  if (owner.id === mailboxId) return true;
  if (principal.kind === 'user' && owner.id === principal.userId) return true;
  return hasPermission(t, owner.id, principalTrusteeId(principal), 'SendAs');
}
