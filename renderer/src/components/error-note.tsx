/** An error shown next to the control it belongs to, localized by its code. */
import type { AppError } from '../../../electron/ipc/contract.js';
import { errorText } from '../i18n.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';

/** Props of ErrorNote. */
export interface ErrorNoteProps {
  readonly error: AppError | undefined;
  readonly id: string;
  readonly testId: string;
}

/** Renders nothing without an error; otherwise an alert with the localized text (a category's catalogue title). */
export function ErrorNote({ error, id, testId }: ErrorNoteProps) {
  const t = useMessages();
  const language = useAssistantStore((s) => s.language);
  const titles = useAssistantStore((s) => s.categoryTitles);
  if (!error) return null;
  return (
    <p className="error-note" role="alert" id={id} data-testid={testId} data-code={error.code}>
      {errorText(t, error, titles?.[language])}
    </p>
  );
}
