/**
 * The sign-in page: user name and password (field names `loginfmt` / `passwd` as on
 * login.microsoftonline.com), with the sandbox's demo accounts listed below the form.
 */
import { escapeHtml } from '../http-util.js';
import { PAGE_TEXTS, type PageLanguage } from './page-language.js';
import { hiddenFields, signInFrame } from './page-layout.js';

/** What the sign-in page shows. */
export interface SignInPageInput {
  readonly organization: string;
  /** Form action, e.g. `/organizations/login`. */
  readonly action: string;
  readonly interactionId: string;
  readonly appName: string;
  readonly loginHint?: string;
  /** A heading above the form (device code: "Are you trying to sign in to …?"). */
  readonly heading?: string;
  /** Shown in red above the fields after a failed attempt. */
  readonly error?: { readonly message: string; readonly code: number };
  readonly demoAccounts: readonly { upn: string; password: string; displayName: string; admin: boolean }[];
  /** Offer "Cancel" (device code flow: declines the request). */
  readonly cancelAction?: string;
  /** The browser's language (default English). */
  readonly language?: PageLanguage;
}

/** Renders the sign-in page. */
export function signInPage(input: SignInPageInput): string {
  const language = input.language ?? 'en';
  const t = PAGE_TEXTS[language];
  const error = input.error
    ? `<p class="error" id="usernameError" role="alert">${escapeHtml(input.error.message)}</p>
<p class="small" data-aadsts="${input.error.code}">${t.errorCode}: AADSTS${input.error.code}</p>`
    : '';
  const rows = input.demoAccounts.map((a) =>
    `<tr><td><code>${escapeHtml(a.upn)}</code></td><td><code>${escapeHtml(a.password)}</code></td><td>${escapeHtml(a.displayName)}${a.admin ? ` (${t.admin})` : ''}</td></tr>`).join('\n');
  const cancel = input.cancelAction
    ? `<form method="post" action="${escapeHtml(input.cancelAction)}">${hiddenFields({ ctx: input.interactionId, action: 'cancel' })}
<div class="buttons"><button type="submit" class="secondary" id="idBtn_Back">${t.cancel}</button></div></form>`
    : '';
  const body = `<h1>${escapeHtml(input.heading ?? t.signIn)}</h1>
<p class="small">${escapeHtml(t.continueTo(input.appName))}</p>
${error}
<form method="post" action="${escapeHtml(input.action)}" id="loginForm">
${hiddenFields({ ctx: input.interactionId })}
<input type="email" name="loginfmt" id="i0116" placeholder="${t.userPlaceholder}" autocomplete="username" value="${escapeHtml(input.loginHint ?? '')}" required>
<input type="password" name="passwd" id="i0118" placeholder="${t.passwordPlaceholder}" autocomplete="current-password">
<div class="buttons"><input type="submit" class="primary" id="idSIButton9" value="${t.signIn}"></div>
</form>
${cancel}
<div class="details"><strong>${t.demoAccounts}</strong> ${t.sandboxOnly}
<table><thead><tr><th>${t.userName}</th><th>${t.password}</th><th></th></tr></thead><tbody>
${rows}
</tbody></table></div>`;
  return signInFrame(t.signInTitle, input.organization, body, language);
}
