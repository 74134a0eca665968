/** Tool "Explain an error": paste raw error text, see the ranked causes with their fixes. */
import { CauseCard } from '../components/cause-card.js';
import { ErrorNote } from '../components/error-note.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';

/** The decode page. */
export function DecodePage() {
  const text = useAssistantStore((s) => s.decodeText);
  const result = useAssistantStore((s) => s.decodeResult);
  const busy = useAssistantStore((s) => s.decodeBusy);
  const error = useAssistantStore((s) => s.decodeError);
  const profile = useAssistantStore((s) => s.profile);
  const language = useAssistantStore((s) => s.language);
  const setText = useAssistantStore((s) => s.setDecodeText);
  const explain = useAssistantStore((s) => s.explainError);
  const clear = useAssistantStore((s) => s.clearDecode);
  const t = useMessages();
  const empty = text.trim() === '';
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
          onChange={(e) => setText(e.target.value)}
        />
        <div className="control-row">
          <button type="button" className="primary" data-testid="decode-explain" disabled={busy || empty} onClick={() => void explain()}>
            {busy ? t.decode.explaining : t.decode.explain}
          </button>
          <button type="button" data-testid="decode-clear" disabled={busy || (empty && !result)} onClick={clear}>{t.decode.clear}</button>
          {profile && <span className="muted-inline">{t.decode.forProduct(t.profile.options[profile].name)}</span>}
        </div>
        <ErrorNote error={error} id="decode-error" testId="decode-error" />
      </section>
      {result && (
        <section className="results" aria-live="polite" data-testid="decode-results">
          {result.causes.length > 0 ? (
            <>
              <h3 className="section-heading">{t.decode.resultsHeading(result.causes.length)}</h3>
              {result.note && <p className="muted" data-testid="decode-note">{result.note[language] ?? result.note.en}</p>}
              {result.causes.map((cause, rank) => <CauseCard key={cause.category} cause={cause} rank={rank} />)}
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
