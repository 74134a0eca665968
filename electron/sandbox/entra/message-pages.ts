/**
 * The other pages of the sign-in: Entra's error page (errors it must not redirect, such as
 * AADSTS50011 and AADSTS50105), the auto-submitting form of response_mode=form_post, the
 * device code pages, and sign-out.
 */
import { escapeHtml } from '../http-util.js';
import type { AadstsError, TraceIds } from './aadsts.js';
import { PAGE_TEXTS, type PageLanguage } from './page-language.js';
import { hiddenFields, signInFrame } from './page-layout.js';

/**
 * "Sorry, but we're having trouble signing you in." with the AADSTS message and trace ids, in the
 * page's language; the AADSTS line is Microsoft's English text in both (page-language.ts).
 */
export function errorPage(organization: string, e: AadstsError, ids: TraceIds, language: PageLanguage = 'en'): string {
  const t = PAGE_TEXTS[language];
  const message = `AADSTS${e.code}: ${e.text}`;
  const isoTimestamp = ids.timestamp.replace(' ', 'T');
  const body = `<h1>${t.errorHeading}</h1>
<p>${escapeHtml(t.errorSorry)}</p>
<p id="errorMessage" data-aadsts="${e.code}" lang="en">${escapeHtml(message)}</p>
<div class="details" id="errorDetails"><strong>${escapeHtml(t.troubleshootingDetails)}</strong><br>
${escapeHtml(t.requestId)}: ${escapeHtml(ids.traceId)}<br>
${escapeHtml(t.correlationId)}: ${escapeHtml(ids.correlationId)}<br>
${escapeHtml(t.timestamp)}: ${escapeHtml(isoTimestamp)}<br>
${escapeHtml(t.message)}: <span lang="en">${escapeHtml(message)}</span></div>`;
  return signInFrame(t.signInTitle, organization, body, language);
}

/** The page that POSTs the authorize reply to the app (response_mode=form_post). */
export function formPostPage(action: string, fields: Readonly<Record<string, string | undefined>>): string {
  return `<html><head><title>Working...</title></head><body>
<form method="POST" name="hiddenform" action="${escapeHtml(action)}">
${hiddenFields(fields)}
<noscript><p>Script is disabled. Click Submit to continue.</p><input type="submit" value="Submit" /></noscript>
</form>
<script>document.forms[0].submit();</script>
</body></html>`;
}

/** Why a typed device code was refused. */
export type DeviceCodeProblem = 'wrong' | 'expired';

/** "Enter code" — the device login page, in the page's language. */
export function deviceCodeEntryPage(organization: string, action: string, language: PageLanguage = 'en', problem?: DeviceCodeProblem): string {
  const t = PAGE_TEXTS[language];
  const error = problem === 'expired' ? t.codeExpired : problem === 'wrong' ? t.codeWrong : undefined;
  const body = `<h1>${escapeHtml(t.enterCode)}</h1>
<p>${escapeHtml(t.enterCodeIntro)}</p>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="${escapeHtml(action)}" id="deviceForm">
<input type="text" name="otc" id="otc" placeholder="${escapeHtml(t.codePlaceholder)}" aria-label="${escapeHtml(t.codePlaceholder)}" autocomplete="off" required>
<div class="buttons"><input type="submit" class="primary" id="idSIButton9" value="${escapeHtml(t.next)}"></div>
</form>`;
  return signInFrame(t.enterCode, organization, body, language);
}

/** The device page after sign-in (approved or declined), in the page's language. */
export function deviceResultPage(organization: string, appName: string, approved: boolean, language: PageLanguage = 'en'): string {
  const t = PAGE_TEXTS[language];
  const body = `<h1>${escapeHtml(appName)}</h1>
<p id="deviceResult">${escapeHtml(approved ? t.deviceApproved(appName) : t.deviceDeclined(appName))}</p>`;
  return signInFrame(appName, organization, body, language);
}

/** After /oauth2/v2.0/logout without a post_logout_redirect_uri. */
export function signedOutPage(organization: string): string {
  return signInFrame('Signed out', organization, `<h1>You signed out of your account</h1>
<p>It's a good idea to close all browser windows.</p>`);
}

/** `/error?code=N`, where `error_uri` points: names the code and Microsoft's own lookup page. */
export function errorCodePage(organization: string, code: string): string {
  const safe = /^\d{1,9}$/.test(code) ? code : '';
  return signInFrame('Error code lookup', organization, `<h1>Error code lookup</h1>
<p>${safe ? `AADSTS${safe}` : 'No error code given.'}</p>
<p class="small">This is the sandbox tenant. Microsoft describes its error codes at
https://login.microsoftonline.com/error${safe ? `?code=${safe}` : ''} and
https://learn.microsoft.com/entra/identity-platform/reference-error-codes.</p>`);
}
