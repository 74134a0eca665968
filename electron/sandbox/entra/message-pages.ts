/**
 * The other pages of the sign-in: Entra's error page (errors it must not redirect, such as
 * AADSTS50011 and AADSTS50105), the auto-submitting form of response_mode=form_post, the
 * device code pages, and sign-out.
 */
import { escapeHtml } from '../http-util.js';
import type { AadstsError, TraceIds } from './aadsts.js';
import { hiddenFields, signInFrame } from './page-layout.js';

/** "Sorry, but we're having trouble signing you in." with the AADSTS message and trace ids. */
export function errorPage(organization: string, e: AadstsError, ids: TraceIds): string {
  const message = `AADSTS${e.code}: ${e.text}`;
  const isoTimestamp = ids.timestamp.replace(' ', 'T');
  const body = `<h1>Sign in</h1>
<p>Sorry, but we’re having trouble signing you in.</p>
<p id="errorMessage" data-aadsts="${e.code}">${escapeHtml(message)}</p>
<div class="details" id="errorDetails"><strong>Troubleshooting details</strong><br>
Request Id: ${escapeHtml(ids.traceId)}<br>
Correlation Id: ${escapeHtml(ids.correlationId)}<br>
Timestamp: ${escapeHtml(isoTimestamp)}<br>
Message: ${escapeHtml(message)}</div>`;
  return signInFrame('Sign in to your account', organization, body);
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

/** "Enter code" — the device login page. */
export function deviceCodeEntryPage(organization: string, action: string, error?: string): string {
  const body = `<h1>Enter code</h1>
<p>Enter the code displayed on your app or device.</p>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="${escapeHtml(action)}" id="deviceForm">
<input type="text" name="otc" id="otc" placeholder="Code" autocomplete="off" required>
<div class="buttons"><input type="submit" class="primary" id="idSIButton9" value="Next"></div>
</form>`;
  return signInFrame('Enter code', organization, body);
}

/** The device page after sign-in (approved or declined). */
export function deviceResultPage(organization: string, appName: string, approved: boolean): string {
  const body = approved
    ? `<h1>${escapeHtml(appName)}</h1>
<p id="deviceResult">You have signed in to the ${escapeHtml(appName)} application on your device. You may now close this window.</p>`
    : `<h1>${escapeHtml(appName)}</h1>
<p id="deviceResult">You have declined to sign in to ${escapeHtml(appName)} on your device. You may now close this window.</p>`;
  return signInFrame(appName, organization, body);
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
