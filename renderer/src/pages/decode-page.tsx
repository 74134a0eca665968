/** Tool "Explain an error": paste raw error text, see the ranked causes with their fixes. */
import { useEffect, useRef } from 'react';
import { CauseCard } from '../components/cause-card.js';
import { ErrorNote } from '../components/error-note.js';
import { FlowQuestion } from '../components/flow-question.js';
import { FormSummary } from '../components/form-summary.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { formProblems, useFormSend, type FormField } from '../wizard/form-check.js';
import { WizardStep } from '../wizard/steps.js';

/** The decode page. */
export function DecodePage() {
  const text = useAssistantStore((s) => s.decodeText);
  const result = useAssistantStore((s) => s.decodeResult);
  const busy = useAssistantStore((s) => s.decodeBusy);
  const error = useAssistantStore((s) => s.decodeError);
  const profile = useAssistantStore((s) => s.profile);
  const flow = useAssistantStore((s) => s.decodeFlow);
  const language = useAssistantStore((s) => s.language);
  const setText = useAssistantStore((s) => s.setDecodeText);
  const explain = useAssistantStore((s) => s.explainError);
  const clear = useAssistantStore((s) => s.clearDecode);
  const goToStep = useAssistantStore((s) => s.goToStep);
  const t = useMessages();
  const empty = text.trim() === '';
  const sent = useFormSend();
  const fields: FormField[] = [{ id: 'decode-text', value: text, required: true }];
  const problems = formProblems(fields, t.path);
  const problem = sent.shown ? problems['decode-text'] : undefined;
  // A new explanation scrolls its results to the top of the window, so the first cause (or the question
  // that decides it) is in view without scrolling past the pasted text; a result kept from an earlier
  // visit, or the same result in the other language, stays where it is.
  const results = useRef<HTMLElement>(null);
  const shownResult = useRef(result);
  useEffect(() => {
    if (result === shownResult.current) return;
    shownResult.current = result;
    results.current?.scrollIntoView({ block: 'start', behavior: 'instant' });
  }, [result]);
  // The check tells which cause it is where the text alone does not (a guess, or causes close together).
  const toCheck = (
    <button type="button" className="link-button" data-testid="decode-to-check" onClick={() => goToStep(WizardStep.Checks)}>
      {`${t.decode.undecided.action} →`}
    </button>
  );
  return (
    <div className="page" data-testid="page-decode">
      <h2 className="page-heading">{t.decode.heading}</h2>
      <p className="lead">{t.decode.intro}</p>
      <section className="card">
        <label htmlFor="decode-text" className="field-label">{t.decode.label}</label>
        <textarea
          id="decode-text"
          data-testid="decode-text"
          className="mono big-text"
          rows={9}
          spellCheck={false}
          placeholder={t.decode.placeholder}
          value={text}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'decode-text-error' : undefined}
          onChange={(e) => setText(e.target.value)}
        />
        {problem && <p className="field-error" id="decode-text-error" data-testid="decode-text-error">{problem}</p>}
        <div className="control-row">
          <button type="button" className="primary" data-testid="decode-explain" disabled={busy} onClick={() => sent.send(fields, problems, () => void explain())}>
            {busy ? t.decode.explaining : t.decode.explain}
          </button>
          <button type="button" data-testid="decode-clear" disabled={busy || (empty && !result)} onClick={clear}>{t.decode.clear}</button>
          {profile && <span className="muted-inline">{t.decode.forProduct(t.profile.options[profile].name)}</span>}
        </div>
        <FormSummary problems={problems} shown={sent.shown} testId="decode-problems" />
        <ErrorNote error={error} id="decode-error" testId="decode-error" />
      </section>
      {result && (
        <section className="results" aria-live="polite" data-testid="decode-results" ref={results}>
          {result.causes.length > 0 ? (
            <>
              <h3 className="section-heading">{t.decode.resultsHeading(result.causes.length)}</h3>
              {result.note && (
                <p className="muted" data-testid="decode-note">
                  {result.note[language] ?? result.note.en}
                  {result.guess && <>{' '}{toCheck}</>}
                </p>
              )}
              {(result.ask === 'flow' || flow !== undefined) && <FlowQuestion />}
              {result.undecided && !result.guess && <p className="muted" data-testid="decode-undecided">{t.decode.undecided.text} {toCheck}</p>}
              {result.causes.map((cause, rank) => <CauseCard key={cause.category} cause={cause} rank={rank} guess={result.guess === true} />)}
            </>
          ) : (
            <div className="card notice" data-testid="decode-nothing">
              <h3>{t.decode.nothingFoundHeading}</h3>
              <p>{result.hint?.[language] ?? result.hint?.en ?? ''}</p>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
