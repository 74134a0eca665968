/**
 * The consent pages: "Permissions requested" (user consent, with "Consent on behalf of your
 * organization" for admins), the admin consent page of /adminconsent, and "Need admin
 * approval" (AADSTS90094) when a user asks for permissions only an admin can grant.
 */
import { escapeHtml } from '../http-util.js';
import { PAGE_TEXTS, type PageLanguage } from './page-language.js';
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
  /** The browser's language (default English). */
  readonly language?: PageLanguage;
}

function permissionList(permissions: readonly string[]): string {
  return `<ul class="perms">${permissions.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>`;
}

/** Renders "Permissions requested". */
export function consentPage(input: ConsentPageInput): string {
  const language = input.language ?? 'en';
  const t = PAGE_TEXTS[language];
  const intro = input.adminConsent
    ? `<p>${escapeHtml(t.adminIntro(input.appName))}</p>`
    : `<p>${escapeHtml(t.wantsTo(input.appName))}</p>`;
  const orgBox = input.offerOrganizationConsent && !input.adminConsent
    ? `<p><label><input type="checkbox" name="consentOrg" id="consentOrg" value="true"> ${t.consentForOrganization}</label></p>`
    : '';
  const body = `<p class="small">${escapeHtml(input.userName)}</p>
<h1>${t.permissionsRequested}${input.adminConsent ? ` — ${t.acceptForOrganization}` : ''}</h1>
${intro}
${permissionList(input.permissions)}
<form method="post" action="${escapeHtml(input.action)}" id="consentForm">
${hiddenFields({ ctx: input.interactionId })}
${orgBox}
<p class="small">${t.acceptNote}</p>
<div class="buttons">
<button type="submit" name="action" value="cancel" class="secondary" id="idBtn_Back">${t.cancel}</button>
<button type="submit" name="action" value="accept" class="primary" id="idSIButton9">${t.accept}</button>
</div></form>`;
  return signInFrame(t.permissionsRequested, input.organization, body, language);
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
  /** The browser's language (default English). */
  readonly language?: PageLanguage;
}

/** Renders "Need admin approval" (a non-admin asked for admin-only permissions). */
export function adminApprovalPage(input: AdminApprovalPageInput): string {
  const language = input.language ?? 'en';
  const t = PAGE_TEXTS[language];
  const body = `<p class="small">${escapeHtml(input.userName)}</p>
<h1>${t.needAdminApproval}</h1>
<p>${escapeHtml(input.appName)}</p>
<p>${escapeHtml(t.approvalIntro(input.appName))}</p>
${permissionList(input.permissions)}
<p class="small">${t.haveAdminAccount}</p>
<form method="post" action="${escapeHtml(input.action)}">
${hiddenFields({ ctx: input.interactionId })}
<div class="buttons"><button type="submit" name="action" value="cancel" class="secondary" id="idBtn_Back">${t.returnWithoutConsent}</button></div>
</form>
<div class="details" id="errorDetails">${escapeHtml(input.detail).replace(/\r?\n/g, '<br>')}</div>`;
  return signInFrame(t.needAdminApproval, input.organization, body, language);
}
