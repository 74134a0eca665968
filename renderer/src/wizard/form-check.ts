/**
 * The one way every form of the wizard checks itself when it is sent: every field's problem at
 * once ("Required" for an empty required field, else what is wrong with the value), focus on the
 * first field with a problem, and nothing sent while there is one. Fields show their own message
 * and carry aria-invalid / aria-describedby (TextField, PasteField through Fluent's Field).
 */
import { useState } from 'react';
import type { PathTexts } from '../messages/path-texts.js';
import { judgeInput, type InputKind } from './validate-input.js';

/** One field as the check sees it. */
export interface FormField {
  /** The input's DOM id: focus goes there, and its problem is keyed by it. */
  readonly id: string;
  readonly value: string;
  readonly required: boolean;
  /** A value kind judged by validate-input.ts … */
  readonly kind?: InputKind;
  /** … or the form's own rule: the problem of a non-empty value, undefined when it is fine. */
  readonly check?: (value: string) => string | undefined;
}

/** The problem of each field that has one, by the field's id, in the form's order. */
export type FormProblems = Readonly<Record<string, string>>;

/** Every field's problem at once. */
export function formProblems(fields: readonly FormField[], t: Pick<PathTexts, 'required' | 'notGuid' | 'notAddress' | 'notInstance' | 'notThumbprint' | 'looksLikeSecretId' | 'secretLooksRight'>): FormProblems {
  const out: Record<string, string> = {};
  for (const field of fields) {
    const value = field.value.trim();
    if (value === '') {
      if (field.required) out[field.id] = t.required;
      continue;
    }
    const own = field.check?.(value);
    const judged = field.kind ? judgeInput(field.kind, value, t as PathTexts, field.required) : undefined;
    const problem = own ?? (judged?.state === 'error' ? judged.message : undefined);
    if (problem) out[field.id] = problem;
  }
  return out;
}

/** Moves focus to the first field (in the form's order) that has a problem; false when there is none. */
export function focusFirstProblem(fields: readonly FormField[], problems: FormProblems): boolean {
  const first = fields.find((f) => problems[f.id] !== undefined);
  if (!first) return false;
  const element = document.getElementById(first.id);
  element?.focus();
  element?.scrollIntoView({ block: 'center', behavior: 'instant' });
  return true;
}

/**
 * Moves focus to the first field marked invalid inside `container`, in screen order — for forms
 * whose problems come from the main process (the export form's preview); false when none is.
 */
export function focusFirstInvalid(container: HTMLElement | null): boolean {
  const element = container?.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (!element) return false;
  element.focus();
  element.scrollIntoView({ block: 'center', behavior: 'instant' });
  return true;
}

/** A form's send: `shown` once it was sent; `send` runs the action only when no field has a problem. */
export interface FormSend {
  readonly shown: boolean;
  send(fields: readonly FormField[], problems: FormProblems, action: () => void): void;
}

/** The state of one form's send. */
export function useFormSend(): FormSend {
  const [shown, setShown] = useState(false);
  return {
    shown,
    send: (fields, problems, action) => {
      setShown(true);
      if (focusFirstProblem(fields, problems)) return;
      action();
    },
  };
}
