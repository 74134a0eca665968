/**
 * "Include the client secret": only when ticked AND a passphrase of at least 10 characters is
 * entered twice does the secret go into the file, sealed. The values live in the page only.
 */
import type { ExportTexts } from '../messages/sections.js';
import { useMessages } from '../use-messages.js';
import { TextField } from './text-field.js';

/** The secret inputs' values. */
export interface SecretInput {
  readonly include: boolean;
  readonly value: string;
  readonly passphrase: string;
  readonly passphraseRepeat: string;
}

/** Nothing ticked, nothing typed. */
export const NO_SECRET: SecretInput = { include: false, value: '', passphrase: '', passphraseRepeat: '' };

/** What is wrong with the secret inputs, per input (nothing when the box is not ticked). */
export function secretProblems(input: SecretInput, texts: ExportTexts['secret']): { value?: string; passphrase?: string; passphraseRepeat?: string } {
  if (!input.include) return {};
  return {
    ...(input.value.trim() === '' ? { value: texts.missingValue } : {}),
    ...(input.passphrase.length < 10 ? { passphrase: texts.tooShort } : {}),
    ...(input.passphraseRepeat !== input.passphrase ? { passphraseRepeat: texts.mismatch } : {}),
  };
}

/** Props of SecretFields. */
export interface SecretFieldsProps {
  readonly input: SecretInput;
  readonly onChange: (input: SecretInput) => void;
  /** Show every problem (after a save attempt); before that only the repeat mismatch once typed. */
  readonly showProblems: boolean;
}

/** The checkbox and, when ticked, the secret and the passphrase twice. */
export function SecretFields({ input, onChange, showProblems }: SecretFieldsProps) {
  const s = useMessages().exportStep.secret;
  const problems = secretProblems(input, s);
  const shown = (key: 'value' | 'passphrase' | 'passphraseRepeat'): string | undefined =>
    (showProblems || (key === 'passphraseRepeat' && input.passphraseRepeat !== '') ? problems[key] : undefined);
  return (
    <section className="card" aria-labelledby="export-secret-heading">
      <h3 id="export-secret-heading" className="visually-hidden">{s.include}</h3>
      <label className="checkbox">
        <input type="checkbox" data-testid="export-include-secret" checked={input.include} onChange={(e) => onChange({ ...input, include: e.target.checked })} />
        {s.include}
      </label>
      <p className="field-help">{s.includeHelp}</p>
      {input.include && (
        <div className="field-grid">
          <TextField id="export-secret-value" label={s.value} type="password" mono autoComplete="off" value={input.value}
            error={shown('value')} onChange={(value) => onChange({ ...input, value })} />
          <span />
          <TextField id="export-passphrase" label={s.passphrase} type="password" autoComplete="new-password" value={input.passphrase}
            error={shown('passphrase')} onChange={(passphrase) => onChange({ ...input, passphrase })} />
          <TextField id="export-passphrase-repeat" label={s.passphraseRepeat} type="password" autoComplete="new-password" value={input.passphraseRepeat}
            error={shown('passphraseRepeat')} onChange={(passphraseRepeat) => onChange({ ...input, passphraseRepeat })} />
        </div>
      )}
    </section>
  );
}
