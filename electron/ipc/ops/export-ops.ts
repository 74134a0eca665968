/**
 * The "Hand over" step's operations: preview the config file of the chosen product, export it
 * where the user chooses (the client secret only sealed with a passphrase), and import a file
 * back into the form with every problem named by field, in German and English.
 */
import { buildConfigFile, exportConfigFile, importConfigFile } from '../../core/export/config-file.js';
import { fail, ok, type Result } from '../../core/result.js';
import { nestedObject, requestObject, text, type Validator } from '../validate.js';
import type { ConfigImport, ConfigPreview, ExportConfigRequest, PreviewConfigRequest, SavedFile } from '../wizard-types.js';
import { CONFIG_FILE_NAMES, formFields, formIssues } from './config-form.js';
import { formFromConfig } from './config-form-read.js';
import { readConfigForm } from './config-form-shape.js';
import { askForPath, type ChooseOpenPath, type ChooseSavePath } from './file-dialogs.js';

const SECRET_MAX = 1024;
const PASSPHRASE_MAX = 1024;

/** Checks a previewConfigFile request. */
export const validatePreviewRequest: Validator<PreviewConfigRequest> = (raw) => {
  const request = requestObject(raw, ['form']);
  if (!request.ok) return request;
  const form = readConfigForm(request.value['form'], 'form');
  return form.ok ? ok({ form: form.value }) : form;
};

/** Checks an exportConfigFile request: the form, and optionally `secret: {value, passphrase}`. */
export const validateExportRequest: Validator<ExportConfigRequest> = (raw) => {
  const request = requestObject(raw, ['form', 'secret']);
  if (!request.ok) return request;
  const form = readConfigForm(request.value['form'], 'form');
  if (!form.ok) return form;
  if (request.value['secret'] === undefined) return ok({ form: form.value });
  if (form.value.profile === 'inventory360') {
    return fail('invalid_input', 'Inventory360 files carry no client secret.', { field: 'secret' });
  }
  if (form.value.profile === 'generic' && form.value.credential === 'certificate') {
    return fail('invalid_input', 'An app that signs in with a certificate has no client secret to put in the file.', { field: 'secret' });
  }
  const secret = nestedObject(request.value['secret'], 'secret', ['value', 'passphrase']);
  if (!secret.ok) return secret;
  const value = text(secret.value['value'], 'secret.value', SECRET_MAX);
  if (!value.ok) return value;
  if (value.value.trim() === '') return fail('invalid_input', 'The client secret is empty.', { field: 'secret.value' });
  const passphrase = text(secret.value['passphrase'], 'secret.passphrase', PASSPHRASE_MAX);
  if (!passphrase.ok) return passphrase;
  return ok({ form: form.value, secret: { value: value.value.trim(), passphrase: passphrase.value } });
};

/** The file as it would be written, without a secret; or every issue of the form. */
export async function previewConfig(request: PreviewConfigRequest): Promise<Result<ConfigPreview>> {
  const fileName = CONFIG_FILE_NAMES[request.form.profile];
  const issues = formIssues(request.form);
  if (issues.length > 0) return ok({ fileName, issues });
  const built = await buildConfigFile(request.form.profile, formFields(request.form));
  if (!built.ok) {
    // The per-field checks mirror the schema; should they ever disagree, say so instead of hiding it.
    return ok({ fileName, issues: [{ field: built.error.field ?? '(form)', en: built.error.message, de: built.error.message }] });
  }
  return ok({ fileName, text: built.value, issues: [] });
}

/** Asks where to save, then writes the file atomically (owner-only permissions). */
export async function exportConfig(request: ExportConfigRequest, chooseSavePath: ChooseSavePath | undefined): Promise<Result<SavedFile>> {
  const first = formIssues(request.form)[0];
  if (first) return fail('invalid_input', `${first.field} ${first.en}.`, { field: first.field });
  if (request.secret && request.secret.passphrase.length < 10) {
    // Checked before the dialog: nobody should pick a file only to hear the passphrase is too short.
    return fail('invalid_input', 'The passphrase must have at least 10 characters.', { field: 'passphrase' });
  }
  const fileName = CONFIG_FILE_NAMES[request.form.profile];
  const target = await askForPath(chooseSavePath && (() => chooseSavePath(fileName)));
  if (!target.ok) return target;
  const written = await exportConfigFile(target.value, request.form.profile, formFields(request.form), request.secret);
  return written.ok ? ok({ path: written.value }) : written;
}

/** Asks for a file, validates it, and turns it into the form. */
export async function importConfig(chooseOpenPath: ChooseOpenPath | undefined): Promise<Result<ConfigImport>> {
  const source = await askForPath(chooseOpenPath && (() => chooseOpenPath(['json'])));
  if (!source.ok) return source;
  const path = source.value;
  const imported = await importConfigFile(path);
  if (!imported.ok) return ok({ status: 'invalid', path, code: imported.problem.code, issues: imported.problem.issues });
  const form = formFromConfig(imported.value);
  if (!form.ok) return ok({ status: 'invalid', path, code: 'invalid_input', issues: form.issues });
  return ok({ status: 'imported', path, form: form.form, hasSealedSecret: form.hasSealedSecret });
}
