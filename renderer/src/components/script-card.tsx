/** The generated script, read-only, with Copy and "Save as .ps1…", and how to run it. */
import { useRef, useState } from 'react';
import type { PowerShellScript } from '../../../electron/ipc/contract.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { ErrorNote } from './error-note.js';

/** Props of ScriptCard. */
export interface ScriptCardProps {
  readonly script: PowerShellScript;
}

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies the text: the async Clipboard API first; where a host refuses it (Electron's permission
 * handler denies every permission request), the selected text and execCommand('copy'), which
 * needs no permission during a click.
 */
async function copyText(text: string, area: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!area) return false;
    area.focus();
    area.select();
    return document.execCommand('copy');
  }
}

/** The script card. */
export function ScriptCard({ script }: ScriptCardProps) {
  const activity = useAssistantStore((s) => s.psActivity);
  const savedPath = useAssistantStore((s) => s.psSavedPath);
  const saveError = useAssistantStore((s) => s.psSaveError);
  const saveScript = useAssistantStore((s) => s.saveScript);
  const t = useMessages();
  const p = t.powershell;
  const area = useRef<HTMLTextAreaElement>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  const lines = script.text.split('\n').length;
  return (
    <section className="card" aria-labelledby="ps-script-heading" data-testid="ps-script-card">
      <h3 id="ps-script-heading">{p.scriptHeading}</h3>
      <p className="muted mono">{script.fileName}</p>
      <label htmlFor="ps-script" className="visually-hidden">{p.scriptLabel}</label>
      <textarea
        id="ps-script"
        ref={area}
        data-testid="ps-script"
        className="mono script"
        readOnly
        wrap="off"
        spellCheck={false}
        rows={Math.min(24, lines)}
        value={script.text}
      />
      <div className="control-row">
        <button type="button" data-testid="ps-copy" onClick={() => void copyText(script.text, area.current).then((done) => setCopy(done ? 'copied' : 'failed'))}>
          {p.copy}
        </button>
        <button type="button" className="primary" data-testid="ps-save" disabled={activity !== 'idle'} onClick={() => void saveScript()}>
          {activity === 'saving' ? p.saving : p.save}
        </button>
        <span className="muted-inline" aria-live="polite" data-testid="ps-copy-status">
          {copy === 'copied' ? p.copied : copy === 'failed' ? p.copyFailed : ''}
        </span>
      </div>
      {savedPath && <p className="status status-running" data-testid="ps-saved">{p.saved(savedPath)}</p>}
      <ErrorNote error={saveError} id="ps-save-error" testId="ps-save-error" />
      <h4>{p.howToRunHeading}</h4>
      <ol className="fix-steps">
        {p.howToRun(script.fileName).map((step, i) => <li key={i}>{step}</li>)}
      </ol>
    </section>
  );
}
