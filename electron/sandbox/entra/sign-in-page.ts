/**
 * The sign-in page: user name and password (field names `loginfmt` / `passwd` as on
 * login.microsoftonline.com), with the sandbox's demo accounts listed below the form.
 */
import { escapeHtml } from '../http-util.js';
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
}

/** Renders the sign-in page. */
export function signInPage(input: SignInPageInput): string {
  const error = input.error
    ? `<p class="error" id="usernameError" role="alert">${escapeHtml(input.error.message)}</p>
<p class="small" data-aadsts="${input.error.code}">Error code: AADSTS${input.error.code}</p>`
    : '';
  const rows = input.demoAccounts.map((a) =>
    `<tr><td><code>${escapeHtml(a.upn)}</code></td><td><code>${escapeHtml(a.password)}</code></td><td>${escapeHtml(a.displayName)}${a.admin ? ' (admin)' : ''}</td></tr>`).join('\n');
  const cancel = input.cancelAction
    ? `<form method="post" action="${escapeHtml(input.cancelAction)}">${hiddenFields({ ctx: input.interactionId, action: 'cancel' })}
<div class="buttons"><button type="submit" class="secondary" id="idBtn_Back">Cancel</button></div></form>`
    : '';
  const body = `<h1>${escapeHtml(input.heading ?? 'Sign in')}</h1>
<p class="small">to continue to ${escapeHtml(input.appName)}</p>
${error}
<form method="post" action="${escapeHtml(input.action)}" id="loginForm">
${hiddenFields({ ctx: input.interactionId })}
<input type="email" name="loginfmt" id="i0116" placeholder="Email, phone, or Skype" autocomplete="username" value="${escapeHtml(input.loginHint ?? '')}" required>
<input type="password" name="passwd" id="i0118" placeholder="Password" autocomplete="current-password">
<div class="buttons"><input type="submit" class="primary" id="idSIButton9" value="Sign in"></div>
</form>
${cancel}
<div class="details"><strong>Demo accounts</strong> (sandbox only)
<table><thead><tr><th>User name</th><th>Password</th><th></th></tr></thead><tbody>
${rows}
</tbody></table></div>`;
  return signInFrame('Sign in to your account', input.organization, body);
}
