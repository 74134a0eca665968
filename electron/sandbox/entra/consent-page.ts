/**
 * The consent pages: "Permissions requested" (user consent, with "Consent on behalf of your
 * organization" for admins), the admin consent page of /adminconsent, and "Need admin
 * approval" (AADSTS90094) when a user asks for permissions only an admin can grant.
 */
import { escapeHtml } from '../http-util.js';
import { hiddenFields, signInFrame } from './page-layout.js';

/** What a consent page shows. */
export interface ConsentPageInput {
  readonly organization: string;
  /** Form action, e.g. `/organizations/Consent/Set`. */
  readonly action: string;
  readonly interactionId: string;
  readonly appName: string;
  readonly userName: string;
  /** Permission lines, e.g. "Send emails from mailboxes using SMTP AUTH. (SMTP.Send)". */
  readonly permissions: readonly string[];
  /** Admins may tick "Consent on behalf of your organization". */
  readonly offerOrganizationConsent: boolean;
  /** /adminconsent: the whole page is "Accept for your organization". */
  readonly adminConsent: boolean;
}

function permissionList(permissions: readonly string[]): string {
  return `<ul class="perms">${permissions.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>`;
}

/** Renders "Permissions requested". */
export function consentPage(input: ConsentPageInput): string {
  const intro = input.adminConsent
    ? `<p>${escapeHtml(input.appName)} needs permission to access resources in your organization that only an admin can grant. Accepting grants these permissions for all users in your organization.</p>`
    : `<p>${escapeHtml(input.appName)} wants to:</p>`;
  const orgBox = input.offerOrganizationConsent && !input.adminConsent
    ? `<p><label><input type="checkbox" name="consentOrg" id="consentOrg" value="true"> Consent on behalf of your organization</label></p>`
    : '';
  const body = `<p class="small">${escapeHtml(input.userName)}</p>
<h1>Permissions requested${input.adminConsent ? ' — Accept for your organization' : ''}</h1>
${intro}
${permissionList(input.permissions)}
<form method="post" action="${escapeHtml(input.action)}" id="consentForm">
${hiddenFields({ ctx: input.interactionId })}
${orgBox}
<p class="small">Accepting these permissions means that you allow this app to use your data as specified in their terms of service and privacy statement. You can change these permissions at https://myapps.microsoft.com.</p>
<div class="buttons">
<button type="submit" name="action" value="cancel" class="secondary" id="idBtn_Back">Cancel</button>
<button type="submit" name="action" value="accept" class="primary" id="idSIButton9">Accept</button>
</div></form>`;
  return signInFrame('Permissions requested', input.organization, body);
}

/** What the "Need admin approval" page shows. */
export interface AdminApprovalPageInput {
  readonly organization: string;
  readonly action: string;
  readonly interactionId: string;
  readonly appName: string;
  readonly userName: string;
  readonly permissions: readonly string[];
  /** The AADSTS90094 line with trace ids, for the troubleshooting details. */
  readonly detail: string;
}

/** Renders "Need admin approval" (a non-admin asked for admin-only permissions). */
export function adminApprovalPage(input: AdminApprovalPageInput): string {
  const body = `<p class="small">${escapeHtml(input.userName)}</p>
<h1>Need admin approval</h1>
<p>${escapeHtml(input.appName)}</p>
<p>${escapeHtml(input.appName)} needs permission to access resources in your organization that only an admin can grant. Please ask an admin to grant permission to this app before you can use it.</p>
${permissionList(input.permissions)}
<p class="small">Have an admin account? Sign in with that account.</p>
<form method="post" action="${escapeHtml(input.action)}">
${hiddenFields({ ctx: input.interactionId })}
<div class="buttons"><button type="submit" name="action" value="cancel" class="secondary" id="idBtn_Back">Return to the application without granting consent</button></div>
</form>
<div class="details" id="errorDetails">${escapeHtml(input.detail).replace(/\r?\n/g, '<br>')}</div>`;
  return signInFrame('Need admin approval', input.organization, body);
}
