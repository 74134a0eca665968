/** One plain sentence when the progress kept from last time could not be used (damaged or foreign file). */
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';

/** Nothing, or the notice. */
export function ProgressNotice() {
  const notice = useAssistantStore((s) => s.progressNotice);
  const t = useMessages().waitFinish;
  if (!notice) return null;
  return <p className="card notice progress-notice" role="status" data-testid="progress-notice">{t.progressNotice[notice]}</p>;
}
