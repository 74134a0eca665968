/**
 * The wizard's progress as it may be kept on disk: which product, tenant, mailbox and ETRON
 * instance, the step reached, the last check's outcome and a running "wait and test". Never a
 * token, secret, password or sign-in code: the shape has no field for one, every value must match
 * a narrow pattern (a mail address, a domain, a GUID, a DNS label…), and a value that still looks
 * like a secret to the shape redactor is refused. Plain data, no I/O (progress-store.ts writes it).
 */
import { CATEGORY_IDS, type CategoryId } from '../diagnosis/categories.js';
import { redactSecrets } from '../diagnosis/redact.js';
import { PROFILES, type Profile } from '../diagnosis/types.js';
import { CHECK_STEP_IDS, type CheckStepId, type StepStatus } from '../check/check-types.js';
import { fail, ok, type Result } from '../result.js';

/** The file format's version; a file with another version is not ours to read. */
export const PROGRESS_VERSION = 1;

/** The outcome of the last check, without transcripts or replies (those stay in memory). */
export interface ProgressCheckSummary {
  /** ISO time the check finished. */
  readonly checkedAt: string;
  readonly overall: 'pass' | 'warn' | 'fail';
  readonly categories: readonly CategoryId[];
  readonly steps: readonly { readonly id: CheckStepId; readonly status: StepStatus }[];
}

/** A "wait and test" in progress or finished. */
export interface ProgressRetest {
  /** ISO time the first try started; the 24-hour window counts from here, also across restarts. */
  readonly startedAt: string;
  readonly attempts: number;
  /** ISO time of the next try while waiting. */
  readonly nextAt?: string;
  /** ISO time it passed. */
  readonly passedAt?: string;
  /** True when the window ended without a pass. */
  readonly gaveUp?: boolean;
}

/** Everything the app keeps between runs. */
export interface ProgressState {
  readonly version: typeof PROGRESS_VERSION;
  /** ISO time of the last save. */
  readonly savedAt: string;
  readonly profile?: Profile;
  /** Tenant domain (contoso.onmicrosoft.com) or ID, as the admin signed in. */
  readonly tenant?: string;
  readonly mailbox?: string;
  /** `<instance>` of https://<instance>.wawi.onretail.eu. */
  readonly etronInstance?: string;
  /** ETRON, variant B: the further sending mailboxes. */
  readonly etronMoreMailboxes?: readonly string[];
  /** Other application: its application (client) ID, how it signs in, and its credential's kind. */
  readonly genericAppId?: string;
  readonly genericFlow?: 'app-only' | 'delegated';
  readonly genericImap?: boolean;
  readonly genericCredential?: 'secret' | 'certificate';
  /**
   * The certificate's SHA-1 thumbprint (40 hex digits). Not a secret: Entra shows it to everyone
   * who may read the app registration; the private key never passes through the assistant.
   */
  readonly certificateThumbprint?: string;
  /** The wizard page reached (a page id of the renderer, e.g. `wait-test`). */
  readonly step?: string;
  readonly lastCheck?: ProgressCheckSummary;
  readonly retest?: ProgressRetest;
}

const ADDRESS = /^[^@\s"'<>]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63}$/;
const DOMAIN = /^(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANCE = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const PAGE_ID = /^[a-z][a-z0-9-]{0,39}$/;
const THUMBPRINT = /^[0-9A-F]{40}$/;
/** ETRON's variant B: more mailboxes than this is not a setup the wizard keeps. */
const MAX_MAILBOXES = 20;
const STATUSES: readonly StepStatus[] = ['pass', 'fail', 'warn', 'skipped'];
const OVERALLS = ['pass', 'warn', 'fail'] as const;
/** A save never holds more than this many categories or steps (the check has fewer). */
const MAX_ITEMS = 32;

type Fields = Record<string, unknown>;

function isPlainObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

function invalid<T>(field: string, message: string): Result<T> {
  return fail('invalid_input', message, { field });
}

function onlyFields(value: unknown, field: string, allowed: readonly string[]): Result<Fields> {
  if (!isPlainObject(value)) return invalid(field, `"${field}" must be an object.`);
  const extra = Object.keys(value).find((key) => !allowed.includes(key));
  return extra === undefined ? ok(value) : invalid(extra, `Unknown field "${extra}".`);
}

/**
 * A long run of a secret's alphabet mixing upper case, lower case and digits: a client secret
 * without Entra's `Q~` marker (the sandbox's, or a pasted one), which the shape redactor passes.
 * Names people give mailboxes and tenants are words, not 28 random characters.
 */
const RANDOM_RUN = /[A-Za-z0-9_.~+/=-]{28,}/g;

function looksLikeSecret(value: string): boolean {
  if (redactSecrets(value) !== value) return true;
  return (value.match(RANDOM_RUN) ?? []).some((run) => /[A-Z]/.test(run) && /[a-z]/.test(run) && /[0-9]/.test(run));
}

/** A string matching `pattern` that looks like no token or secret. */
function plain(value: unknown, field: string, pattern: RegExp, what: string): Result<string> {
  if (typeof value !== 'string' || value.length > 320 || !pattern.test(value)) return invalid(field, `"${field}" must be ${what}.`);
  if (looksLikeSecret(value)) return invalid(field, `"${field}" looks like a secret and is never kept.`);
  return ok(value);
}

function optional<T>(value: unknown, check: (v: unknown) => Result<T>): Result<T | undefined> {
  return value === undefined ? ok(undefined) : check(value);
}

function isoTime(value: unknown, field: string): Result<string> {
  if (typeof value !== 'string' || value.length > 40 || Number.isNaN(Date.parse(value))) return invalid(field, `"${field}" must be a date and time.`);
  return ok(new Date(value).toISOString());
}

function oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): Result<T> {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? ok(value as T) : invalid(field, `"${field}" must be one of: ${allowed.join(', ')}.`);
}

function checkSummary(value: unknown): Result<ProgressCheckSummary> {
  const o = onlyFields(value, 'lastCheck', ['checkedAt', 'overall', 'categories', 'steps']);
  if (!o.ok) return o;
  const checkedAt = isoTime(o.value['checkedAt'], 'lastCheck.checkedAt');
  if (!checkedAt.ok) return checkedAt;
  const overall = oneOf(o.value['overall'], 'lastCheck.overall', OVERALLS);
  if (!overall.ok) return overall;
  const rawCategories = o.value['categories'];
  const rawSteps = o.value['steps'];
  if (!Array.isArray(rawCategories) || rawCategories.length > MAX_ITEMS) return invalid('lastCheck.categories', '"lastCheck.categories" must be a short list.');
  if (!Array.isArray(rawSteps) || rawSteps.length > MAX_ITEMS) return invalid('lastCheck.steps', '"lastCheck.steps" must be a short list.');
  const categories: CategoryId[] = [];
  for (const [i, c] of rawCategories.entries()) {
    const category = oneOf(c, `lastCheck.categories[${i}]`, CATEGORY_IDS);
    if (!category.ok) return category;
    categories.push(category.value);
  }
  const steps: { id: CheckStepId; status: StepStatus }[] = [];
  for (const [i, s] of rawSteps.entries()) {
    const step = onlyFields(s, `lastCheck.steps[${i}]`, ['id', 'status']);
    if (!step.ok) return step;
    const id = oneOf(step.value['id'], `lastCheck.steps[${i}].id`, CHECK_STEP_IDS);
    if (!id.ok) return id;
    const status = oneOf(step.value['status'], `lastCheck.steps[${i}].status`, STATUSES);
    if (!status.ok) return status;
    steps.push({ id: id.value, status: status.value });
  }
  return ok({ checkedAt: checkedAt.value, overall: overall.value, categories, steps });
}

function retest(value: unknown): Result<ProgressRetest> {
  const o = onlyFields(value, 'retest', ['startedAt', 'attempts', 'nextAt', 'passedAt', 'gaveUp']);
  if (!o.ok) return o;
  const startedAt = isoTime(o.value['startedAt'], 'retest.startedAt');
  if (!startedAt.ok) return startedAt;
  const attempts = o.value['attempts'];
  if (typeof attempts !== 'number' || !Number.isInteger(attempts) || attempts < 0 || attempts > 10_000) return invalid('retest.attempts', '"retest.attempts" must be a count.');
  const nextAt = optional(o.value['nextAt'], (v) => isoTime(v, 'retest.nextAt'));
  if (!nextAt.ok) return nextAt;
  const passedAt = optional(o.value['passedAt'], (v) => isoTime(v, 'retest.passedAt'));
  if (!passedAt.ok) return passedAt;
  const gaveUp = o.value['gaveUp'];
  if (gaveUp !== undefined && typeof gaveUp !== 'boolean') return invalid('retest.gaveUp', '"retest.gaveUp" must be true or false.');
  return ok({
    startedAt: startedAt.value, attempts,
    ...(nextAt.value ? { nextAt: nextAt.value } : {}),
    ...(passedAt.value ? { passedAt: passedAt.value } : {}),
    ...(gaveUp ? { gaveUp: true } : {}),
  });
}

/** The fields a caller may set (version and savedAt are added on save). */
export type ProgressInput = Omit<ProgressState, 'version' | 'savedAt'>;

const INPUT_FIELDS = [
  'profile', 'tenant', 'mailbox', 'etronInstance', 'etronMoreMailboxes', 'genericAppId', 'genericFlow', 'genericImap', 'genericCredential',
  'certificateThumbprint', 'step', 'lastCheck', 'retest',
] as const;

function mailboxes(value: unknown): Result<readonly string[]> {
  if (!Array.isArray(value) || value.length > MAX_MAILBOXES) return invalid('etronMoreMailboxes', `"etronMoreMailboxes" must be a list of at most ${MAX_MAILBOXES} mail addresses.`);
  const out: string[] = [];
  for (const [i, m] of value.entries()) {
    const address = plain(m, `etronMoreMailboxes[${i}]`, ADDRESS, 'a mail address');
    if (!address.ok) return address;
    out.push(address.value);
  }
  return ok(out);
}

/** The Other application's fields (app ID, flow, IMAP, credential kind, thumbprint). */
function genericFields(v: Fields): Result<Pick<ProgressInput, 'genericAppId' | 'genericFlow' | 'genericImap' | 'genericCredential' | 'certificateThumbprint'>> {
  const appId = optional(v['genericAppId'], (x) => plain(x, 'genericAppId', GUID, 'an application (client) ID'));
  if (!appId.ok) return appId;
  const flow = optional(v['genericFlow'], (x) => oneOf(x, 'genericFlow', ['app-only', 'delegated'] as const));
  if (!flow.ok) return flow;
  const imap = v['genericImap'];
  if (imap !== undefined && typeof imap !== 'boolean') return invalid('genericImap', '"genericImap" must be true or false.');
  const credential = optional(v['genericCredential'], (x) => oneOf(x, 'genericCredential', ['secret', 'certificate'] as const));
  if (!credential.ok) return credential;
  const thumbprint = optional(v['certificateThumbprint'], (x) => plain(x, 'certificateThumbprint', THUMBPRINT, 'a SHA-1 thumbprint (40 hex digits)'));
  if (!thumbprint.ok) return thumbprint;
  return ok({
    ...(appId.value ? { genericAppId: appId.value } : {}),
    ...(flow.value ? { genericFlow: flow.value } : {}),
    ...(imap !== undefined ? { genericImap: imap } : {}),
    ...(credential.value ? { genericCredential: credential.value } : {}),
    ...(thumbprint.value ? { certificateThumbprint: thumbprint.value } : {}),
  });
}

/** Checks progress to keep: only known fields, each of its narrow shape; errors name the field. */
export function validateProgressInput(raw: unknown): Result<ProgressInput> {
  const o = onlyFields(raw, 'request', INPUT_FIELDS);
  if (!o.ok) return o;
  const v = o.value;
  const profile = optional(v['profile'], (x) => oneOf(x, 'profile', PROFILES));
  if (!profile.ok) return profile;
  const tenant = optional(v['tenant'], (x) => (typeof x === 'string' && GUID.test(x)
    ? plain(x, 'tenant', GUID, 'a tenant domain or ID')
    : plain(x, 'tenant', DOMAIN, 'a tenant domain or ID')));
  if (!tenant.ok) return tenant;
  const mailbox = optional(v['mailbox'], (x) => plain(x, 'mailbox', ADDRESS, 'a mail address'));
  if (!mailbox.ok) return mailbox;
  const etronInstance = optional(v['etronInstance'], (x) => plain(x, 'etronInstance', INSTANCE, 'the first part of <instance>.wawi.onretail.eu'));
  if (!etronInstance.ok) return etronInstance;
  const more = optional(v['etronMoreMailboxes'], mailboxes);
  if (!more.ok) return more;
  const generic = genericFields(v);
  if (!generic.ok) return generic;
  const step = optional(v['step'], (x) => plain(x, 'step', PAGE_ID, 'a page name'));
  if (!step.ok) return step;
  const lastCheck = optional(v['lastCheck'], checkSummary);
  if (!lastCheck.ok) return lastCheck;
  const retestState = optional(v['retest'], retest);
  if (!retestState.ok) return retestState;
  return ok({
    ...(profile.value ? { profile: profile.value } : {}),
    ...(tenant.value ? { tenant: tenant.value } : {}),
    ...(mailbox.value ? { mailbox: mailbox.value } : {}),
    ...(etronInstance.value ? { etronInstance: etronInstance.value } : {}),
    ...(more.value && more.value.length > 0 ? { etronMoreMailboxes: more.value } : {}),
    ...generic.value,
    ...(step.value ? { step: step.value } : {}),
    ...(lastCheck.value ? { lastCheck: lastCheck.value } : {}),
    ...(retestState.value ? { retest: retestState.value } : {}),
  });
}

/** Checks a whole saved state (as read from disk): our version, a save time, valid fields. */
export function validateProgressState(raw: unknown): Result<ProgressState> {
  if (!isPlainObject(raw)) return invalid('file', 'The file holds no progress of this app.');
  const { version, savedAt, ...rest } = raw;
  if (version !== PROGRESS_VERSION) return invalid('version', 'The file is not progress of this app version.');
  const saved = isoTime(savedAt, 'savedAt');
  if (!saved.ok) return saved;
  const input = validateProgressInput(rest);
  return input.ok ? ok({ version: PROGRESS_VERSION, savedAt: saved.value, ...input.value }) : input;
}
