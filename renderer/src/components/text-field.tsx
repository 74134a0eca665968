/** A labelled text input with its help line and, when there is one, its error right below it. */
import type { HTMLInputTypeAttribute } from 'react';

/** Props of TextField. */
export interface TextFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly help?: string;
  readonly error?: string;
  readonly optionalNote?: string;
  readonly type?: HTMLInputTypeAttribute;
  readonly placeholder?: string;
  readonly mono?: boolean;
  readonly autoComplete?: string;
}

/** The input carries aria-invalid and points at its help and error, so screen readers read them. */
export function TextField({ id, label, value, onChange, help, error, optionalNote, type = 'text', placeholder, mono, autoComplete = 'off' }: TextFieldProps) {
  const describedBy = [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter((x) => x !== '').join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {optionalNote && <span className="optional"> {optionalNote}</span>}
      </label>
      <input
        id={id}
        data-testid={id}
        type={type}
        value={value}
        className={mono ? 'mono' : undefined}
        placeholder={placeholder}
        autoComplete={autoComplete}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
      {help && <p className="field-help" id={`${id}-help`}>{help}</p>}
      {error && <p className="field-error" role="alert" id={`${id}-error`} data-testid={`${id}-error`}>{error}</p>}
    </div>
  );
}
