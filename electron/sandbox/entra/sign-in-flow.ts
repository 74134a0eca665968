/**
 * The browser part of a sign-in, shared by /authorize, the device code page and /adminconsent:
 * sign-in page → password check → assignment check (AADSTS50105) → consent (or "Need admin
 * approval") → the reply. With `autoApprove` the sandbox signs in and consents by itself, as an
 * admin would; the checks and their error pages still apply.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { consentedScopes } from '../access-token.js';
import type { SandboxContext } from '../context.js';
import { readForm, sendHtml } from '../http-util.js';
import type { SandboxUser } from '../tenant-model.js';
import { SANDBOX_NAMES } from '../tenant-seed.js';
import { AADSTS, describeAadsts, traceIdsFor } from './aadsts.js';
import { sendAuthorizeError, sendAuthorizeReply, sendErrorPage } from './authorize-reply.js';
import {
  adminOnlyScopes, configuredPermissions, grantAdminConsent, grantDelegatedConsent, missingConsent, permissionLabel, requestedPermissions,
} from './consent.js';
import { adminApprovalPage, consentPage } from './consent-page.js';
import { firstPartyRefusal } from './first-party.js';
import {
  demoAccounts, findApplication, findServicePrincipal, findUserBySignInName, isConsentAdmin, isUserAssigned,
} from './directory.js';
import type { EntraStore, Interaction } from './entra-store.js';
import { deviceResultPage } from './message-pages.js';
import { signInPage } from './sign-in-page.js';
import { PAGE_TEXTS, pageLanguage, type PageTexts } from './page-language.js';
import { clientInfo } from './token-response.js';

/** What the flow needs from the sandbox. */
export interface FlowDeps {
  readonly ctx: SandboxContext;
  readonly store: EntraStore;
}

const org = (d: FlowDeps): string => d.ctx.state.current().organization.displayName;
const loginAction = (it: Interaction): string => `/${it.tenantSegment}/login`;
const consentAction = (it: Interaction): string => `/${it.tenantSegment}/Consent/Set`;

function appOf(d: FlowDeps, it: Interaction) {
  const app = findApplication(d.ctx.state.effective(), it.clientAppId) ?? findApplication(d.ctx.state.current(), it.clientAppId);
  if (!app) throw new Error(`application ${it.clientAppId} vanished during sign-in`);
  return app;
}

function showSignIn(
  d: FlowDeps, req: IncomingMessage, res: ServerResponse, it: Interaction,
  error?: { message: (t: PageTexts) => string; code: number },
): void {
  const app = appOf(d, it);
  const language = pageLanguage(req, it.uiLocales);
  const t = PAGE_TEXTS[language];
  sendHtml(res, error ? 400 : 200, signInPage({
    organization: org(d), action: loginAction(it), interactionId: it.id, appName: app.displayName, language,
    loginHint: it.loginHint, error: error ? { message: error.message(t), code: error.code } : undefined,
    demoAccounts: demoAccounts(d.ctx.state.effective()),
    heading: it.kind === 'device' ? t.deviceHeading(app.displayName) : undefined,
    cancelAction: it.kind === 'device' ? consentAction(it) : undefined,
  }));
}

/** The account autoApprove signs in with: login_hint, else the admin for admin work, else the mailbox user. */
function autoApproveUser(d: FlowDeps, it: Interaction): SandboxUser | undefined {
  const t = d.ctx.state.effective();
  if (it.loginHint) return findUserBySignInName(t, it.loginHint);
  const app = appOf(d, it);
  const needsAdmin = it.kind === 'adminconsent'
    || (it.scope !== undefined && adminOnlyScopes(t, it.scope.resource, requestedPermissions(t, app, '', it.scope)).length > 0);
  return findUserBySignInName(t, needsAdmin ? SANDBOX_NAMES.admin : SANDBOX_NAMES.mailbox);
}

/** Shows the sign-in page for a new interaction, or signs in by itself under autoApprove. */
export function beginSignIn(d: FlowDeps, req: IncomingMessage, res: ServerResponse, it: Interaction): void {
  if (!d.ctx.options.autoApprove) {
    showSignIn(d, req, res, it);
    return;
  }
  const user = autoApproveUser(d, it);
  if (!user) {
    showSignIn(d, req, res, it, { message: (t) => t.usernameIncorrect, code: 50034 });
    return;
  }
  it.userId = user.id;
  afterSignIn(d, req, res, it, user);
}

/** POST /{tenant}/login: checks the password, then continues the interaction. */
export async function handleLogin(d: FlowDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const form = await readForm(req);
  const it = d.store.interaction(form.get('ctx'));
  if (!it) return sendErrorPage(d.ctx, req, res, AADSTS.interactionExpired());
  const user = findUserBySignInName(d.ctx.state.effective(), form.get('loginfmt') ?? '');
  if (!user || user.isSharedMailbox) {
    return showSignIn(d, req, res, it, { message: (t) => t.usernameIncorrect, code: 50034 });
  }
  if (user.password === '' || form.get('passwd') !== user.password) {
    d.ctx.log('entra: sign-in refused: AADSTS50126');
    return showSignIn(d, req, res, it, { message: (t) => t.passwordIncorrect, code: 50126 });
  }
  if (!user.accountEnabled) {
    return showSignIn(d, req, res, it, { message: (t) => t.accountDisabled, code: 50057 });
  }
  it.userId = user.id;
  afterSignIn(d, req, res, it, user);
}

function showAdminApproval(d: FlowDeps, req: IncomingMessage, res: ServerResponse, it: Interaction, user: SandboxUser, permissions: string[]): void {
  d.ctx.log('entra: need admin approval: AADSTS90094');
  sendHtml(res, 200, adminApprovalPage({
    language: pageLanguage(req, it.uiLocales), organization: org(d), action: consentAction(it), interactionId: it.id, appName: appOf(d, it).displayName,
    userName: user.userPrincipalName, permissions, detail: describeAadsts(AADSTS.adminApprovalRequired(), traceIdsFor(d.ctx, req)),
  }));
}

function afterSignIn(d: FlowDeps, req: IncomingMessage, res: ServerResponse, it: Interaction, user: SandboxUser): void {
  const t = d.ctx.state.effective();
  const app = appOf(d, it);
  if (it.kind === 'adminconsent') {
    const permissions = configuredPermissions(t, app).map((p) => `${p.value} (${p.kind}, ${p.resource})`);
    if (!isConsentAdmin(user)) return showAdminApproval(d, req, res, it, user, permissions);
    if (d.ctx.options.autoApprove) return acceptConsent(d, req, res, it, true);
    sendHtml(res, 200, consentPage({
      language: pageLanguage(req, it.uiLocales), organization: org(d), action: consentAction(it), interactionId: it.id, appName: app.displayName,
      userName: user.userPrincipalName, permissions: [...permissions, ...(it.scope?.values ?? []).map((v) => `${v} (Delegated)`)],
      offerOrganizationConsent: true, adminConsent: true,
    }));
    return;
  }
  const scope = it.scope!;
  const notPreAuthorized = firstPartyRefusal(app, scope.resource);
  if (notPreAuthorized) {
    d.store.interactions.delete(it.id);
    if (it.kind === 'device') {
      // The page shows the refusal; the polling app gets it from the token endpoint, where the
      // same check runs (delegated-checks.ts) — the poll's reply is not confirmed from a source.
      const grant = it.deviceCode ? d.store.deviceCodes.get(it.deviceCode) : undefined;
      if (grant && grant.status === 'pending') Object.assign(grant, { status: 'approved', userId: user.id });
      return sendErrorPage(d.ctx, req, res, notPreAuthorized, it.uiLocales);
    }
    return sendAuthorizeError(d.ctx, req, res, it.reply!, notPreAuthorized);
  }
  const sp = findServicePrincipal(t, app.appId);
  if (!isUserAssigned(t, sp, user.id)) {
    return sendErrorPage(d.ctx, req, res, AADSTS.userNotAssigned(app.displayName, app.appId, user.userPrincipalName), it.uiLocales);
  }
  const values = requestedPermissions(t, app, user.id, scope);
  const missing = it.forceConsent ? values : missingConsent(t, app, user.id, scope.resource, values);
  // A multi-tenant app's first sign-in creates its enterprise app through consent.
  if (missing.length === 0 && sp && !it.forceConsent) return finish(d, req, res, it);
  const isAdmin = isConsentAdmin(user);
  const labels = missing.map((v) => `${permissionLabel(t, scope.resource, v, isAdmin)} (${v})`);
  if (!isAdmin && adminOnlyScopes(t, scope.resource, missing).length > 0) return showAdminApproval(d, req, res, it, user, labels);
  it.pendingConsent = missing;
  // Only an admin can consent for the organization; a user's own consent is theirs alone.
  if (d.ctx.options.autoApprove) return acceptConsent(d, req, res, it, isAdmin);
  const language = pageLanguage(req, it.uiLocales);
  sendHtml(res, 200, consentPage({
    language, organization: org(d), action: consentAction(it), interactionId: it.id, appName: app.displayName,
    userName: user.userPrincipalName, permissions: labels.length > 0 ? labels : [PAGE_TEXTS[language].signInAndReadProfile],
    offerOrganizationConsent: isAdmin, adminConsent: false,
  }));
}

/** POST /{tenant}/Consent/Set: Accept or Cancel on a consent, approval or device page. */
export async function handleConsent(d: FlowDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const form = await readForm(req);
  const it = d.store.interaction(form.get('ctx'));
  if (!it) return sendErrorPage(d.ctx, req, res, AADSTS.interactionExpired());
  if (form.get('action') !== 'accept') return decline(d, req, res, it);
  if (!it.userId) return sendErrorPage(d.ctx, req, res, AADSTS.interactionExpired(), it.uiLocales);
  const user = d.ctx.state.effective().users.find((u) => u.id === it.userId);
  acceptConsent(d, req, res, it, form.get('consentOrg') === 'true' && user !== undefined && isConsentAdmin(user));
}

function acceptConsent(d: FlowDeps, req: IncomingMessage, res: ServerResponse, it: Interaction, forOrganization: boolean): void {
  const app = appOf(d, it);
  if (it.kind === 'adminconsent') {
    grantAdminConsent(d.ctx, app, it.adminConsentVersion === 2 ? it.scope : undefined);
    const tenant = d.ctx.state.current().tenantId;
    const params: Record<string, string> = { admin_consent: 'True', tenant };
    // Entra's order: admin_consent, tenant, state, then (v2) scope.
    const target = it.reply!;
    const withState = target.state !== undefined ? { ...params, state: target.state } : params;
    sendAuthorizeReply(res, { ...target, state: undefined }, it.adminConsentVersion === 2 ? { ...withState, scope: it.scope?.raw ?? '' } : withState);
    return;
  }
  const scope = it.scope!;
  const pending = it.pendingConsent ?? [];
  grantDelegatedConsent(d.ctx, app, { userId: forOrganization ? null : it.userId!, resource: scope.resource, values: pending, oidc: scope.oidc });
  it.consentedNow = pending;
  finish(d, req, res, it);
}

function decline(d: FlowDeps, req: IncomingMessage, res: ServerResponse, it: Interaction): void {
  if (it.kind === 'device') {
    const grant = it.deviceCode ? d.store.deviceCodes.get(it.deviceCode) : undefined;
    if (grant && grant.status === 'pending') grant.status = 'declined';
    sendHtml(res, 200, deviceResultPage(org(d), appOf(d, it).displayName, false, pageLanguage(req, it.uiLocales)));
    return;
  }
  sendAuthorizeError(d.ctx, req, res, it.reply!, AADSTS.userDeclined());
}

/** Ends a sign-in: a code to the app, or the device code approved. */
function finish(d: FlowDeps, req: IncomingMessage, res: ServerResponse, it: Interaction): void {
  const app = appOf(d, it);
  const scope = it.scope!;
  const userId = it.userId!;
  d.store.interactions.delete(it.id);
  if (it.kind === 'device') {
    const grant = it.deviceCode ? d.store.deviceCodes.get(it.deviceCode) : undefined;
    if (grant && grant.status === 'pending') {
      grant.status = 'approved';
      grant.userId = userId;
      grant.consentedNow = it.consentedNow;
    }
    sendHtml(res, 200, deviceResultPage(org(d), app.displayName, true, pageLanguage(req, it.uiLocales)));
    return;
  }
  const sp = findServicePrincipal(d.ctx.state.current(), app.appId);
  const consented = sp ? consentedScopes(d.ctx.state.effective(), sp.id, userId, scope.resource) : [];
  const scopes = [...new Set([...consented, ...(it.consentedNow ?? [])])];
  const reply = it.reply!;
  const code = d.store.issueCode({
    clientAppId: app.appId, userId, redirectUri: reply.redirectUri, redirectKind: reply.kind,
    codeChallenge: it.codeChallenge, nonce: it.nonce, resource: scope.resource, resourceUri: scope.resourceUri,
    scopes, oidc: scope.oidc,
  });
  sendAuthorizeReply(res, reply, {
    code,
    client_info: clientInfo(userId, d.ctx.state.current().tenantId),
    session_state: it.id.slice(0, 36),
  });
}
