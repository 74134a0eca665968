/**
 * A value the assistant knows (from Graph, the sign-in or the admin's input), shown whole — long
 * values wrap, nothing is cut off — with a Copy button and a spoken "copied" confirmation. A value
 * marked `wrong` is shown crossed out (the one that looks right but is not, e.g. the app ID).
 */
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { useMessages } from '../use-messages.js';

/** Clipboard API first; where the host refuses it, a hidden textarea and execCommand('copy'). */
export async function copyText(value: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(value);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = value;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}

/** Props of CopyValue. */
export interface CopyValueProps {
  readonly label: string;
  readonly value: string;
  /** data-testid of the row; the value is `${testId}-value`, the button `${testId}-copy`. */
  readonly testId: string;
  /** Shown crossed out, without Copy: the value not to use. */
  readonly wrong?: boolean;
}

/** One labelled value with Copy. */
export function CopyValue({ label, value, testId, wrong = false }: CopyValueProps) {
  const t = useMessages().path;
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <div className={wrong ? 'copy-value wrong' : 'copy-value'} data-testid={testId}>
      <span className="copy-label">{label}</span>
      {wrong
        ? <del className="mono copy-text" data-testid={`${testId}-value`} aria-label={`${t.crossedOut}: ${value}`}>{value}</del>
        : <code className="mono copy-text" data-testid={`${testId}-value`}>{value}</code>}
      {!wrong && (
        <span className="copy-action">
          <Button size="small" data-testid={`${testId}-copy`} onClick={() => void copyText(value).then((ok) => setCopy(ok ? 'copied' : 'failed'))}>
            {t.copy}
          </Button>
          <span className="muted-inline" aria-live="polite" data-testid={`${testId}-copy-status`}>
            {copy === 'copied' ? t.copied : copy === 'failed' ? t.copyFailed : ''}
          </span>
        </span>
      )}
    </div>
  );
}
