/**
 * Opens exactly the Microsoft portal page of this step for this tenant, through the main
 * process's openLink (it opens only links the last check handed out: electron/ipc/ops/link-ops.ts).
 * Before a check has found the page, the button says when it will appear.
 */
import { Button } from '@fluentui/react-components';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { ErrorNote } from './error-note.js';

/** Props of PortalButton. */
export interface PortalButtonProps {
  readonly url: string | undefined;
  readonly testId: string;
  readonly label?: string;
}

/** The button, or the note that it comes after the check. */
export function PortalButton({ url, testId, label }: PortalButtonProps) {
  const t = useMessages().path;
  const open = useAssistantStore((s) => s.openOfferedLink);
  const opened = useAssistantStore((s) => s.fixLinkOpened);
  const error = useAssistantStore((s) => s.fixLinkError);
  if (!url) return <p className="muted" data-testid={`${testId}-later`}>{t.openPortalAfterCheck}</p>;
  return (
    <div className="control-row">
      <Button appearance="primary" data-testid={testId} data-url={url} onClick={() => void open(url)}>{`${label ?? t.openPortal} ↗`}</Button>
      <span className="muted-inline" aria-live="polite" data-testid={`${testId}-status`}>{opened === url ? t.portalOpened : ''}</span>
      <ErrorNote error={opened === url ? undefined : error} id={`${testId}-error`} testId={`${testId}-error`} />
    </div>
  );
}
