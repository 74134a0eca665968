/**
 * The check of the signed-in tenant: the request's checks, and a runner that keeps one check
 * running at a time, reports its progress as events, and can be cancelled. What runs is the
 * core's tenantCheckInput + runCheck, with the admin's session for Graph, and — where the admin
 * pasted the product's own client secret (Other application app-only, ETRON) — the live SMTP/IMAP
 * probes with the product's token (mail-credentials.ts). Inventory360 has no secret of the
 * customer's: its check stays Graph-only (the UI says why).
 */
import type { CheckResult } from '../../core/check/check-types.js';
import { runCheck } from '../../core/check/run-check.js';
import { tenantCheckInput } from '../../core/check/tenant-check.js';
import { PROFILES } from '../../core/diagnosis/types.js';
import { fail, ok, type Result } from '../../core/result.js';
import type { AssistantEvent, RunTenantCheckRequest } from '../tenant-types.js';
import { nestedObject, oneOf, optionalBoolean, optionalOneOf, optionalText, requestObject, text, textList, type Validator } from '../validate.js';
import type { AdminSignIn } from './admin-sign-in.js';
import { fixLinksOf } from '../../core/check/finding-causes.js';
import { normalizeThumbprint } from '../../core/tenant/certificate-credential.js';
import type { LinkAllowlist } from './open-external.js';
import { GUID, optionalGuid } from './sign-in-ops.js';
import type { CatchRedirect } from '../../core/auth/etron-sign-in.js';
import { checkCredentials, optionalClientSecret, type DemoProductCredential, type EtronSessions } from './mail-credentials.js';

const ADDRESS = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
/** `<instance>` of https://<instance>.wawi.onretail.eu: one DNS label. */
const INSTANCE = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

function address(value: unknown, field: string): Result<string> {
  const raw = text(value, field, 320);
  if (!raw.ok) return raw;
  const trimmed = raw.value.trim();
  return ADDRESS.test(trimmed) ? ok(trimmed) : fail('invalid_input', `"${field}" must be a mail address.`, { field });
}

function etronPart(value: unknown): Result<RunTenantCheckRequest['etron']> {
  if (value === undefined) return fail('invalid_input', '"etron.instance" is needed for ETRON onRetail.', { field: 'etron.instance' });
  const etron = nestedObject(value, 'etron', ['instance', 'appId', 'moreMailboxes', 'clientSecret']);
  if (!etron.ok) return etron;
  const instance = text(etron.value['instance'], 'etron.instance', 63);
  if (!instance.ok) return instance;
  const name = instance.value.trim().toLowerCase();
  if (!INSTANCE.test(name)) return fail('invalid_input', '"etron.instance" must be the first part of <instance>.wawi.onretail.eu.', { field: 'etron.instance' });
  const appId = optionalGuid(etron.value['appId'], 'etron.appId');
  if (!appId.ok) return appId;
  const more = etron.value['moreMailboxes'] === undefined ? ok([]) : textList(etron.value['moreMailboxes'], 'etron.moreMailboxes', 50, 320);
  if (!more.ok) return more;
  const bad = more.value.findIndex((m) => !ADDRESS.test(m.trim()));
  if (bad >= 0) return fail('invalid_input', `"etron.moreMailboxes[${bad}]" must be a mail address.`, { field: `etron.moreMailboxes[${bad}]` });
  const moreMailboxes = more.value.map((m) => m.trim());
  const secret = optionalClientSecret(etron.value['clientSecret'], 'etron.clientSecret');
  if (!secret.ok) return secret;
  return ok({
    instance: name, ...(appId.value ? { appId: appId.value } : {}), ...(moreMailboxes.length > 0 ? { moreMailboxes } : {}),
    ...(secret.value ? { clientSecret: secret.value } : {}),
  });
}

function genericPart(value: unknown): Result<RunTenantCheckRequest['generic']> {
  if (value === undefined) return fail('invalid_input', '"generic.appId" is needed for the generic profile.', { field: 'generic.appId' });
  const generic = nestedObject(value, 'generic', ['appId', 'flow', 'imap', 'certificateThumbprint', 'clientSecret']);
  if (!generic.ok) return generic;
  const appId = text(generic.value['appId'], 'generic.appId', 64);
  if (!appId.ok) return appId;
  if (!GUID.test(appId.value.trim())) return fail('invalid_input', '"generic.appId" must be a GUID.', { field: 'generic.appId' });
  const flow = oneOf(generic.value['flow'], 'generic.flow', ['app-only', 'delegated'] as const);
  if (!flow.ok) return flow;
  const imap = optionalBoolean(generic.value['imap'], 'generic.imap');
  if (!imap.ok) return imap;
  const thumbprintText = optionalText(generic.value['certificateThumbprint'], 'generic.certificateThumbprint', 128);
  if (!thumbprintText.ok) return thumbprintText;
  const thumbprint = thumbprintText.value?.trim() ? normalizeThumbprint(thumbprintText.value) : undefined;
  if (thumbprintText.value?.trim() && !thumbprint) {
    return fail('invalid_input', '"generic.certificateThumbprint" must be the 40 hex digits of a SHA-1 thumbprint.', { field: 'generic.certificateThumbprint' });
  }
  const secret = optionalClientSecret(generic.value['clientSecret'], 'generic.clientSecret');
  if (!secret.ok) return secret;
  return ok({
    appId: appId.value.trim().toLowerCase(), flow: flow.value, imap: imap.value ?? false, ...(thumbprint ? { certificateThumbprint: thumbprint } : {}),
    // Only app-only signs in with the app's own secret; a delegated app's user signs in for it.
    ...(secret.value && flow.value === 'app-only' ? { clientSecret: secret.value } : {}),
  });
}

/** Checks a runTenantCheck request; the product's own part is required for ETRON and generic. */
export const validateTenantCheckRequest: Validator<RunTenantCheckRequest> = (raw) => {
  const request = requestObject(raw, ['profile', 'mailbox', 'sender', 'etron', 'generic', 'language']);
  if (!request.ok) return request;
  const v = request.value;
  const profile = oneOf(v['profile'], 'profile', PROFILES);
  if (!profile.ok) return profile;
  const mailbox = address(v['mailbox'], 'mailbox');
  if (!mailbox.ok) return mailbox;
  const senderText = optionalText(v['sender'], 'sender', 320);
  if (!senderText.ok) return senderText;
  const sender = senderText.value?.trim() ? address(senderText.value, 'sender') : ok(undefined);
  if (!sender.ok) return sender;
  const etron = profile.value === 'etron' ? etronPart(v['etron']) : ok(undefined);
  if (!etron.ok) return etron;
  const generic = profile.value === 'generic' ? genericPart(v['generic']) : ok(undefined);
  if (!generic.ok) return generic;
  const language = optionalOneOf(v['language'], 'language', ['de', 'en'] as const);
  if (!language.ok) return language;
  return ok({
    profile: profile.value, mailbox: mailbox.value,
    ...(sender.value ? { sender: sender.value } : {}),
    ...(etron.value ? { etron: etron.value } : {}),
    ...(generic.value ? { generic: generic.value } : {}),
    ...(language.value ? { language: language.value } : {}),
  });
};

/** The generic part as the core takes it (the secret goes as the app credential, not here). */
export function genericOptions(g: NonNullable<RunTenantCheckRequest['generic']>): NonNullable<Parameters<typeof tenantCheckInput>[0]['generic']> {
  return { appId: g.appId, flow: g.flow, imap: g.imap ?? false, ...(g.certificateThumbprint ? { certificateThumbprint: g.certificateThumbprint } : {}) };
}

/** One tenant check at a time; a new one cancels the one before. */
export class TenantCheckRunner {
  private current: AbortController | undefined;

  constructor(private readonly deps: {
    readonly admin: AdminSignIn;
    readonly links: LinkAllowlist;
    /** The number of the next check (shared with the demo check, so progress events tell runs apart). */
    readonly nextRun: () => number;
    readonly sendEvent?: (event: AssistantEvent) => void;
    /** Drives ETRON's mailbox sign-in (Electron: the ETRON sign-in window); none = ETRON is checked through Graph only. */
    readonly catchRedirect?: CatchRedirect;
    /** The demo tenant's own app credentials: on the demo tenant the check plays the product's server. */
    readonly demo?: DemoProductCredential;
    /** ETRON sessions shared with "wait and test" (memory only). */
    readonly etronSessions?: EtronSessions;
  }) {}

  /** Runs the check of the signed-in tenant; `secrets` are the ones it used (for the report's redaction). */
  async check(request: RunTenantCheckRequest): Promise<Result<CheckResult>> {
    return (await this.checkWithSecrets(request)).result;
  }

  /** Runs the check and says which secrets it used. */
  async checkWithSecrets(request: RunTenantCheckRequest): Promise<{ result: Result<CheckResult>; secrets: readonly string[] }> {
    let secrets: readonly string[] = [];
    const result = await this.run(request, (used) => { secrets = used; });
    return { result, secrets };
  }

  private async run(request: RunTenantCheckRequest, usedSecrets: (secrets: readonly string[]) => void): Promise<Result<CheckResult>> {
    const connection = this.deps.admin.connection();
    if (!connection) return fail('not_signed_in', 'sign in as an administrator first');
    this.current?.abort();
    const controller = new AbortController();
    this.current = controller;
    const run = this.deps.nextRun();
    const language = request.language ?? 'en';
    const mail = checkCredentials(request, {
      cloud: connection.cloud, demoTenant: connection.cloudId === 'sandbox', ...(this.deps.demo ? { demo: this.deps.demo } : {}), ...(connection.caPem ? { caPem: connection.caPem } : {}),
      ...(this.deps.catchRedirect ? { catchRedirect: this.deps.catchRedirect } : {}),
      ...(this.deps.etronSessions ? { etronSessions: this.deps.etronSessions } : {}),
    });
    usedSecrets(mail.secrets);
    const input = tenantCheckInput({
      profile: request.profile, cloud: connection.cloud, admin: connection.session, mailbox: request.mailbox,
      languages: [language], signal: controller.signal,
      onProgress: (progress) => { if (this.current === controller) this.deps.sendEvent?.({ kind: 'check-progress', run, progress }); },
      ...(connection.caPem ? { caPem: connection.caPem } : {}),
      ...(request.sender ? { sender: request.sender } : {}),
      ...mail.options,
      ...(request.generic ? { generic: genericOptions(request.generic) } : {}),
    });
    try {
      if (!input.ok) return input;
      const result = await runCheck(input.value);
      if (controller.signal.aborted) return fail('cancelled', 'the check was cancelled');
      this.deps.links.set('check', fixLinksOf(result));
      return ok(result);
    } finally {
      if (this.current === controller) this.current = undefined;
    }
  }

  /** Cancels the running check; false when none runs. */
  cancel(): boolean {
    const current = this.current;
    if (!current) return false;
    current.abort();
    this.current = undefined;
    return true;
  }
}
