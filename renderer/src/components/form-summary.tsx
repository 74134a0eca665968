/**
 * The line under a sent form that says how many fields need attention — announced at once
 * (role="alert"), while focus is on the first of them (wizard/form-check.ts).
 */
import { useMessages } from '../use-messages.js';
import type { FormProblems } from '../wizard/form-check.js';

/** Props of FormSummary. */
export interface FormSummaryProps {
  readonly problems: FormProblems;
  /** True once the form was sent. */
  readonly shown: boolean;
  readonly testId: string;
}

/** Nothing until the form is sent with problems. */
export function FormSummary({ problems, shown, testId }: FormSummaryProps) {
  const t = useMessages().path;
  const count = Object.keys(problems).length;
  if (!shown || count === 0) return null;
  return <p className="field-error" role="alert" data-testid={testId} data-count={count}>{t.formProblems(count)}</p>;
}
