/**
 * The decoder's one question (DecodeResult.ask 'flow'): does the application sign in as itself or
 * as a user? A bare "535 5.7.3" has a different likely cause for each; the answer re-ranks them.
 * Radio cards like the product choice, so it is one click (or arrow keys) away.
 */
import type { Flow } from '../../../electron/ipc/contract.js';
import { useAssistantStore } from '../store.js';
import { ChoiceCard } from './choice-card.js';
import { useMessages } from '../use-messages.js';

const FLOW_ORDER: readonly Flow[] = ['app-only', 'delegated'];

/** The question card; shown while the question is open or after it was answered. */
export function FlowQuestion() {
  const flow = useAssistantStore((s) => s.decodeFlow);
  const busy = useAssistantStore((s) => s.decodeBusy);
  const answer = useAssistantStore((s) => s.answerDecodeFlow);
  const t = useMessages().decode.askFlow;
  return (
    <section className="card ask-card" data-testid="decode-ask">
      <fieldset disabled={busy}>
        <legend className="ask-heading">{t.heading}</legend>
        <p className="ask-question">{t.question}</p>
        <div className="choice-row">
        {FLOW_ORDER.map((f) => {
          const [title, line] = f === 'app-only' ? t.appOnly : t.delegated;
          return (
            <ChoiceCard
              key={f} name="decode-flow" value={f} checked={f === flow} onChoose={() => void answer(f)}
              title={title} mutedLine={line} testId={`decode-flow-${f}`}
            />
          );
        })}
        </div>
      </fieldset>
      {flow && <p className="status" data-testid="decode-ask-answered">{t.answered}</p>}
    </section>
  );
}
