/** "Sign in to the demo tenant": shown while the demo sandbox runs. */
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { ErrorNote } from './error-note.js';

/** The demo tenant's sign-in: a real browser sign-in on the sandbox's own page. */
export function DemoSignInCard() {
  const busy = useAssistantStore((s) => s.signInBusy);
  const error = useAssistantStore((s) => (s.signInErrorTarget === 'demo' ? s.signInError : undefined));
  const signIn = useAssistantStore((s) => s.signIn);
  const cancel = useAssistantStore((s) => s.cancelSignIn);
  const t = useMessages();
  const s = t.signIn;
  return (
    <section className="card" aria-labelledby="signin-demo-heading" aria-busy={busy === 'demo'} data-testid="signin-demo-card">
      <h3 id="signin-demo-heading">{s.demoHeading}</h3>
      <p className="muted">{s.demoIntro}</p>
      <div className="control-row">
        <button type="button" className="primary" data-testid="signin-demo" disabled={busy !== undefined} onClick={() => void signIn('demo')}>
          {s.demoButton}
        </button>
        {busy === 'demo' && <button type="button" data-testid="signin-cancel" onClick={() => void cancel()}>{s.cancel}</button>}
      </div>
      {busy === 'demo' && <p className="status status-waiting" role="status" data-testid="signin-waiting">{s.waiting.demo}</p>}
      <ErrorNote error={error} id="signin-demo-error" testId="signin-demo-error" />
    </section>
  );
}
