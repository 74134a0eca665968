/**
 * Sending the authorize reply back to the app: a 302 with the parameters in the query (or
 * fragment), or an auto-submitting form POST (response_mode=form_post, what MSAL Node 7 asks
 * for). Errors Entra may redirect go the same way; errors it must not redirect (the redirect URI
 * itself is unknown) are shown as a page instead.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxContext } from '../context.js';
import { sendHtml } from '../http-util.js';
import { describeAadsts, traceIdsFor, type AadstsError } from './aadsts.js';
import type { ReplyTarget } from './entra-store.js';
import { errorPage, formPostPage } from './message-pages.js';
import { pageLanguage } from './page-language.js';

/** Sends `params` (plus `state`) to the app's redirect URI in its response mode. */
export function sendAuthorizeReply(res: ServerResponse, target: ReplyTarget, params: Readonly<Record<string, string>>): void {
  const fields: Record<string, string> = { ...params };
  if (target.state !== undefined) fields.state = target.state;
  if (target.responseMode === 'form_post') {
    sendHtml(res, 200, formPostPage(target.redirectUri, fields));
    return;
  }
  const query = new URLSearchParams(fields).toString();
  const location = target.responseMode === 'fragment'
    ? `${target.redirectUri}#${query}`
    : `${target.redirectUri}${target.redirectUri.includes('?') ? '&' : '?'}${query}`;
  res.writeHead(302, { Location: location, 'Cache-Control': 'no-store', 'Content-Length': 0 });
  res.end();
}

/** Redirects an error to the app (error, error_description with trace ids, error_uri, error_subcode). */
export function sendAuthorizeError(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse, target: ReplyTarget, e: AadstsError): void {
  const ids = traceIdsFor(ctx, req);
  ctx.log(`entra: authorize refused: AADSTS${e.code}`);
  sendAuthorizeReply(res, target, {
    error: e.error,
    error_description: describeAadsts(e, ids),
    error_uri: `${ctx.urls.loginOrigin}/error?code=${e.code}`,
    ...(e.suberror === 'cancel' ? { error_subcode: 'cancel' } : {}),
  });
}

/**
 * Shows Entra's error page (for errors that must not be redirected), in the language of the
 * request's ui_locales (given, or in the URL) else the browser's, as the sign-in pages.
 */
export function sendErrorPage(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse, e: AadstsError, uiLocales?: string): void {
  ctx.log(`entra: sign-in error page: AADSTS${e.code}`);
  const fromUrl = new URL(req.url ?? '/', 'http://sandbox').searchParams.get('ui_locales')?.slice(0, 100) ?? undefined;
  const language = pageLanguage(req, uiLocales ?? fromUrl);
  sendHtml(res, 400, errorPage(ctx.state.current().organization.displayName, e, traceIdsFor(ctx, req), language));
}
