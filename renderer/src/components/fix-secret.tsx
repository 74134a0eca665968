/**
 * A new client secret, shown once: its value with a Copy button and the plain warning that it is
 * shown only this once. The value lives in the FixButton's own state while this is open and
 * nowhere else (not the store, not storage); "I have copied it" drops it.
 */
import { useRef, useState } from 'react';
import type { NewSecretOnce } from '../../../electron/ipc/contract.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';

/** Props of FixSecret. */
export interface FixSecretProps {
  readonly secret: NewSecretOnce;
  /** data-testid prefix. */
  readonly id: string;
  readonly onDone: () => void;
}

/** Clipboard API first; where the host refuses it, the selected field and execCommand('copy'). */
async function copySecret(value: string, field: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(value);
    return true;
  } catch {
    if (!field) return false;
    field.focus();
    field.select();
    return document.execCommand('copy');
  }
}

/** The secret box. */
export function FixSecret({ secret, id, onDone }: FixSecretProps) {
  const t = useMessages().fix;
  const language = useAssistantStore((s) => s.language);
  const field = useRef<HTMLTextAreaElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <div className="card" role="dialog" aria-labelledby={`${id}-secret-heading`} data-testid={`${id}-secret`}>
      <h4 id={`${id}-secret-heading`}>{t.secretHeading}</h4>
      <p className="wait-note" data-testid={`${id}-secret-note`}>{t.secretNote}</p>
      <label htmlFor={`${id}-secret-value`}>{t.secretLabel}</label>
      {/* A textarea that wraps: the whole value is visible, never cut off at the field's edge. */}
      <textarea id={`${id}-secret-value`} ref={field} className="mono secret-value" readOnly value={secret.secretText} rows={2}
        autoComplete="off" spellCheck={false} data-testid={`${id}-secret-value`} />
      <p className="muted" data-testid={`${id}-secret-expires`}>{t.secretExpires(new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(secret.endDateTime)))}</p>
      <div className="control-row">
        <button type="button" data-testid={`${id}-secret-copy`}
          onClick={() => void copySecret(secret.secretText, field.current).then((done) => setCopy(done ? 'copied' : 'failed'))}>
          {t.copy}
        </button>
        <button type="button" className="primary" data-testid={`${id}-secret-done`} onClick={onDone}>{t.secretDone}</button>
        <span className="muted-inline" aria-live="polite" data-testid={`${id}-secret-copy-status`}>
          {copy === 'copied' ? t.copied : copy === 'failed' ? t.copyFailed : ''}
        </span>
      </div>
    </div>
  );
}
