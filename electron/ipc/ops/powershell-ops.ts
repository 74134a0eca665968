/**
 * The "Exchange-PowerShell" step's operations: generate the script for the chosen product with
 * the tenant's values (the generators validate and quote every value; their errors name the
 * field), and save it where the user chooses in the main process's dialog.
 */
import { cloudProfile } from '../../core/clouds.js';
import { PROFILES } from '../../core/diagnosis/types.js';
import type { GeneratedScript, ScriptTarget } from '../../core/powershell/header.js';
import { inventory360Script, mailboxAccessScript } from '../../core/powershell/inventory360.js';
import { rbacScript } from '../../core/powershell/rbac.js';
import { savePowerShellScript } from '../../core/powershell/save.js';
import { smtpAuthScript } from '../../core/powershell/smtp-auth.js';
import { verifyScript } from '../../core/powershell/verify.js';
import { fail, ok, type Result } from '../../core/result.js';
import { oneOf, optionalBoolean, optionalOneOf, optionalText, requestObject, text, textList, type Validator } from '../validate.js';
import type { MailCloudId, PowerShellScript, PowerShellScriptRequest, SavedFile, SavePowerShellScriptRequest } from '../wizard-types.js';
import { askForPath, type ChooseSavePath } from './file-dialogs.js';

/** The clouds a script can be for. */
export const MAIL_CLOUDS = ['global', 'usgov-gcchigh', 'usgov-dod', 'china'] as const satisfies readonly MailCloudId[];

/** At most this many further ETRON mailboxes in one script. */
const MAX_MORE_MAILBOXES = 100;
/** Longest value of any text field (the generators apply the real limits). */
const FIELD_MAX = 1024;
/** A bare file name: no folder, no drive, ends in .ps1 (the generators' names are such). */
const PS1_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.ps1$/;

const REQUEST_FIELDS = [
  'profile', 'purpose', 'organization', 'cloud', 'mailbox', 'servicePrincipalObjectId', 'appId', 'displayName', 'enableImap', 'access',
  'generatedAt', 'language', 'moreMailboxes',
] as const;

/** The generation time a script shows in its header, as generatePowerShellScript returned it. */
const ISO_UTC_SECOND = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z$/;

/** Checks the shape of a generatePowerShellScript request (values are checked by the generators). */
export const validatePowerShellRequest: Validator<PowerShellScriptRequest> = (raw) => {
  const request = requestObject(raw, REQUEST_FIELDS);
  if (!request.ok) return request;
  const r = request.value;
  const profile = oneOf(r['profile'], 'profile', PROFILES);
  if (!profile.ok) return profile;
  const purpose = optionalOneOf(r['purpose'], 'purpose', ['setup', 'verify'] as const);
  if (!purpose.ok) return purpose;
  const cloud = optionalOneOf(r['cloud'], 'cloud', MAIL_CLOUDS);
  if (!cloud.ok) return cloud;
  const organization = text(r['organization'], 'organization', FIELD_MAX);
  if (!organization.ok) return organization;
  const mailbox = text(r['mailbox'], 'mailbox', FIELD_MAX);
  if (!mailbox.ok) return mailbox;
  const optional: Record<string, string> = {};
  for (const field of ['servicePrincipalObjectId', 'appId', 'displayName'] as const) {
    const value = optionalText(r[field], field, FIELD_MAX);
    if (!value.ok) return value;
    if (value.value !== undefined) optional[field] = value.value;
  }
  const more = r['moreMailboxes'] === undefined ? ok(undefined) : textList(r['moreMailboxes'], 'moreMailboxes', MAX_MORE_MAILBOXES, FIELD_MAX);
  if (!more.ok) return more;
  if (more.value && more.value.length > 0 && profile.value !== 'etron') {
    return fail('invalid_input', 'Further mailboxes are for ETRON onRetail (one outgoing server per user).', { field: 'moreMailboxes' });
  }
  const enableImap = optionalBoolean(r['enableImap'], 'enableImap');
  if (!enableImap.ok) return enableImap;
  const access = optionalOneOf(r['access'], 'access', ['mailbox-permission', 'rbac'] as const);
  if (!access.ok) return access;
  const language = optionalOneOf(r['language'], 'language', ['de', 'en'] as const);
  if (!language.ok) return language;
  const generatedAt = optionalText(r['generatedAt'], 'generatedAt', 32);
  if (!generatedAt.ok) return generatedAt;
  if (generatedAt.value !== undefined && (!ISO_UTC_SECOND.test(generatedAt.value) || Number.isNaN(Date.parse(generatedAt.value)))) {
    return fail('invalid_input', 'generatedAt is not a UTC date and time.', { field: 'generatedAt' });
  }
  if (access.value === 'rbac' && profile.value !== 'generic') {
    return fail('invalid_input', 'RBAC for Applications is for an app of your own (the generic profile).', { field: 'access' });
  }
  return ok({
    profile: profile.value, organization: organization.value, mailbox: mailbox.value, ...optional,
    ...(purpose.value === undefined ? {} : { purpose: purpose.value }),
    ...(cloud.value === undefined ? {} : { cloud: cloud.value }),
    ...(enableImap.value === undefined ? {} : { enableImap: enableImap.value }),
    ...(more.value && more.value.length > 0 ? { moreMailboxes: more.value } : {}),
    ...(access.value === undefined ? {} : { access: access.value }),
    ...(generatedAt.value === undefined ? {} : { generatedAt: generatedAt.value }),
    ...(language.value === undefined ? {} : { language: language.value }),
  });
};

function generate(request: PowerShellScriptRequest, generatedAt: Date): Result<GeneratedScript> {
  const target: ScriptTarget = {
    organization: request.organization, cloud: cloudProfile(request.cloud ?? 'global'), generatedAt,
    ...(request.language ? { language: request.language } : {}),
  };
  const objectId = request.servicePrincipalObjectId ?? '';
  if (request.purpose === 'verify') {
    if (request.profile === 'etron') {
      return fail('invalid_input', 'The check-only script is for app-only access (Inventory360 or another application).', { field: 'purpose' });
    }
    return verifyScript({ ...target, servicePrincipalObjectId: objectId, mailbox: request.mailbox, rbac: request.access === 'rbac' });
  }
  switch (request.profile) {
    case 'inventory360':
      return inventory360Script({ ...target, servicePrincipalObjectId: objectId, mailbox: request.mailbox });
    case 'generic':
      if (request.access === 'rbac') {
        return rbacScript({
          ...target, appId: request.appId ?? '', servicePrincipalObjectId: objectId, displayName: request.displayName ?? '', mailbox: request.mailbox,
        });
      }
      return mailboxAccessScript({
        ...target, appId: request.appId ?? '', servicePrincipalObjectId: objectId, displayName: request.displayName ?? '', mailbox: request.mailbox,
      });
    case 'etron':
      // Delegated: the user signs in for SMTP and IMAP; Exchange only needs the protocols enabled.
      return smtpAuthScript({
        ...target, mailbox: request.mailbox, enableImap: request.enableImap ?? true,
        ...(request.moreMailboxes ? { moreMailboxes: request.moreMailboxes } : {}),
      });
  }
}

/** Generates the script; invalid values fail with invalid_input naming the field. */
export function generatePowerShellScript(request: PowerShellScriptRequest): Result<PowerShellScript> {
  const at = new Date(request.generatedAt ?? Date.now());
  const script = generate(request, at);
  return script.ok ? ok({ fileName: script.value.fileName, text: script.value.text, generatedAt: at.toISOString() }) : script;
}

/** Checks a savePowerShellScript request: the script's values, as for generating it — no text, no path. */
export const validateSaveScriptRequest: Validator<SavePowerShellScriptRequest> = validatePowerShellRequest;

/**
 * Generates the script from the request's values again (so only a script of ours, with validated
 * and quoted values, is ever written), asks where to save it, then writes the .ps1 (UTF-8 with
 * BOM, CRLF) atomically.
 */
export async function saveScript(request: SavePowerShellScriptRequest, chooseSavePath: ChooseSavePath | undefined): Promise<Result<SavedFile>> {
  // The header's time is the shown script's, so the saved file is byte for byte what the user read.
  const script = generate(request, new Date(request.generatedAt ?? Date.now()));
  if (!script.ok) return script;
  const { fileName, text } = script.value;
  if (!PS1_FILE_NAME.test(fileName)) return fail('internal', 'The generated script has no valid file name.');
  const target = await askForPath(chooseSavePath && (() => chooseSavePath(fileName)));
  if (!target.ok) return target;
  const saved = await savePowerShellScript(target.value, text);
  return saved.ok ? ok({ path: saved.value.path }) : saved;
}
