/**
 * `validate <file> [--json] [--lang de|en]` — checks a config file (the one a customer sends to
 * support) with exactly the app's import: the same reading (1 MiB, BOM, JSON), the same schema
 * check and the same field-naming messages in German and English.
 * Exit: 0 a valid config of ours · 1 ours but invalid (every field named) · 2 not ours / not JSON
 * (and usage errors) · 3 the file cannot be read.
 */
import { importConfigFile } from '../core/export/config-file.js';
import type { SchemaIssue } from '../core/export/schema-issues.js';
import { formFromConfig } from '../ipc/ops/config-form-read.js';
import { parseArgs, pickLanguage } from './args.js';
import { EXIT } from './exit-codes.js';

/** What `validate --json` prints. */
export interface ValidateOutput {
  readonly file: string;
  readonly valid: boolean;
  readonly profile?: string;
  /** `not_ours`, `invalid_input`, `unsupported_version` or `io_error` when not valid. */
  readonly code?: string;
  readonly issues: readonly SchemaIssue[];
}

const TEXT = {
  en: { valid: (p: string) => `valid: a ${p} config file of the M365 Mail Setup Assistant`, invalid: 'invalid:', notOurs: 'not a config file of the M365 Mail Setup Assistant:', unreadable: 'cannot be read:' },
  de: { valid: (p: string) => `gültig: eine ${p}-Einstellungsdatei des M365-Mail-Assistenten`, invalid: 'ungültig:', notOurs: 'keine Einstellungsdatei des M365-Mail-Assistenten:', unreadable: 'kann nicht gelesen werden:' },
};

/** Runs the validate command. */
export async function runValidateCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, { json: 'flag', lang: 'value' });
  if (typeof args === 'string' || args.positionals.length !== 1) {
    process.stderr.write(`validate: ${typeof args === 'string' ? args : 'name one file'}\nusage: validate <file> [--json] [--lang de|en]\n`);
    return EXIT.usage;
  }
  const file = args.positionals[0]!;
  const lang = pickLanguage(args.values.get('lang'));
  const output = await validateFile(file);
  if (args.flags.has('json')) process.stdout.write(`${JSON.stringify(output)}\n`);
  else {
    const t = TEXT[lang];
    const head = output.valid ? t.valid(output.profile!) : output.code === 'not_ours' ? t.notOurs : output.code === 'io_error' ? t.unreadable : t.invalid;
    process.stdout.write(`${file}: ${head}\n`);
    for (const issue of output.issues) process.stdout.write(`  ${issue.field}: ${issue[lang]}\n`);
  }
  if (output.valid) return EXIT.ok;
  if (output.code === 'not_ours') return EXIT.usage;
  return output.code === 'io_error' ? EXIT.failed : EXIT.problems;
}

/** The app's import of `file`, as the validate command reports it. */
export async function validateFile(file: string): Promise<ValidateOutput> {
  const imported = await importConfigFile(file);
  if (!imported.ok) {
    const { problem } = imported;
    return { file, valid: false, code: problem.notOurs ? 'not_ours' : problem.code, issues: problem.issues };
  }
  const form = formFromConfig(imported.value);
  if (!form.ok) return { file, valid: false, profile: imported.value.profile, code: 'invalid_input', issues: form.issues };
  return { file, valid: true, profile: imported.value.profile, issues: [] };
}
