/**
 * A field where the admin types or pastes a value back, checked at once (validate-input.ts). The
 * "required" note appears for an empty field once the form was sent (`showRequired`), so a form
 * reports all its problems together.
 */
import { Field, Input } from '@fluentui/react-components';
import { useMessages } from '../use-messages.js';
import { judgeInput, type InputKind } from '../wizard/validate-input.js';

/** Props of PasteField. */
export interface PasteFieldProps {
  readonly id: string;
  readonly label: string;
  readonly kind: InputKind;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: string;
  readonly showRequired?: boolean;
  readonly placeholder?: string;
}

/** A Fluent field with its label, hint and verdict. */
export function PasteField({ id, label, kind, value, onChange, hint, showRequired = false, placeholder }: PasteFieldProps) {
  const t = useMessages().path;
  const verdict = judgeInput(kind, value, t, showRequired);
  return (
    <Field
      className="paste-field"
      label={label}
      hint={hint}
      validationState={verdict.state}
      validationMessage={verdict.message ? <span data-testid={`${id}-verdict`} data-state={verdict.state}>{verdict.message}</span> : undefined}
    >
      <Input
        id={id}
        data-testid={id}
        value={value}
        className="mono"
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        onChange={(_, data) => onChange(data.value)}
      />
    </Field>
  );
}
