/**
 * Step "wait-test": runs the tenant check again and again at growing intervals until it passes or
 * 24 hours are over, shows the next try's time, the "30 minutes – 24 hours" guidance, and says when
 * it passed. A wait interrupted by closing the app is offered again after the admin signs in.
 */
import { MailProbeNote } from '../components/smtp-auth-probe.js';
import { useEffect, useRef } from 'react';
import { NeedsProfile } from '../components/needs-profile.js';
import { ErrorNote } from '../components/error-note.js';
import { useFocusOnOpen } from '../components/path-page.js';
import { StepFooter } from '../components/step-footer.js';
import { SupportReportButton } from '../components/support-report-button.js';
import { formatDateTime, formatTime } from '../format-time.js';
import { knownFacts } from '../known-facts.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { WizardStep } from '../wizard/steps.js';

/** The running wait, or how the last one ended; focus moves to the end when it comes. */
function WaitStatus() {
  const language = useAssistantStore((s) => s.language);
  const running = useAssistantStore((s) => s.waitRunning);
  const attempt = useAssistantStore((s) => s.waitAttempt);
  const nextAt = useAssistantStore((s) => s.waitNextAt);
  const endsAt = useAssistantStore((s) => s.waitWindowEndsAt);
  const open = useAssistantStore((s) => s.waitLastCategories);
  const titles = useAssistantStore((s) => s.categoryTitles);
  const outcome = useAssistantStore((s) => s.waitOutcome);
  const error = useAssistantStore((s) => s.waitError);
  const goToStep = useAssistantStore((s) => s.goToStep);
  const t = useMessages().waitFinish.wait;
  const endRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => { if (outcome) endRef.current?.focus(); }, [outcome]);

  if (running) {
    return (
      <div role="status" data-testid="wait-status">
        <p className="status wait-waiting" data-testid="wait-progress">
          {nextAt ? t.nextTry(formatTime(language, nextAt), attempt) : t.trying(Math.max(attempt, 1))}
        </p>
        {nextAt && open.length > 0 && (
          <p data-testid="wait-still-open">{t.stillOpen(open.map((c) => titles?.[language][c] ?? c).join('; '))}</p>
        )}
        {endsAt && <p className="muted" data-testid="wait-window">{t.window(formatDateTime(language, endsAt))}</p>}
      </div>
    );
  }
  if (error) return <ErrorNote error={error} id="wait-error" testId="wait-error" />;
  if (!outcome) return null;
  const last = outcome.last;
  const finishedAt = last ? new Date(Date.parse(last.startedAt) + last.durationMs).toISOString() : outcome.startedAt;
  return (
    <div data-testid="wait-outcome" data-reason={outcome.reason}>
      <p ref={endRef} tabIndex={-1} className={outcome.passed ? 'wait-passed' : 'status'} data-testid="wait-result">
        {outcome.passed ? t.passed(Math.max(attempt, outcome.attempts), formatTime(language, finishedAt))
          : outcome.reason === 'cap-reached' ? t.gaveUp(formatDateTime(language, outcome.windowEndsAt)) : t.cancelled}
      </p>
      {outcome.passed && <p>{t.passedNext}</p>}
      <div className="control-row">
        {last && <button type="button" data-testid="wait-show-results" onClick={() => goToStep(WizardStep.Checks)}>{t.showResults}</button>}
        {outcome.passed && <button type="button" className="primary" data-testid="wait-go-finish" onClick={() => goToStep(WizardStep.Finish)}>{t.goFinish}</button>}
      </div>
    </div>
  );
}

/** What is needed before a wait can start, or the button that starts (or continues) it. */
function WaitControls() {
  const language = useAssistantStore((s) => s.language);
  const account = useAssistantStore((s) => s.account);
  const mailbox = useAssistantStore((s) => s.tenantForm.mailbox);
  const running = useAssistantStore((s) => s.waitRunning);
  const saved = useAssistantStore((s) => s.savedRetest);
  const outcome = useAssistantStore((s) => s.waitOutcome);
  const start = useAssistantStore((s) => s.startWaitTest);
  const cancel = useAssistantStore((s) => s.cancelWaitTest);
  const goToStep = useAssistantStore((s) => s.goToStep);
  const t = useMessages().waitFinish.wait;
  const interrupted = saved && !saved.passedAt && !saved.gaveUp && !running ? saved : undefined;
  return (
    <section className="card" data-testid="wait-controls">
      {interrupted && (
        <p className="notice-line" data-testid="wait-interrupted">{t.interrupted(formatDateTime(language, interrupted.startedAt), interrupted.attempts)}</p>
      )}
      {!account ? (
        <>
          <p data-testid="wait-needs-sign-in">{t.needsSignIn}</p>
          <button type="button" className="primary" onClick={() => goToStep(WizardStep.SignIn)}>{t.goSignIn}</button>
        </>
      ) : mailbox.trim() === '' ? (
        <>
          <p data-testid="wait-needs-mailbox">{t.needsMailbox}</p>
          <button type="button" className="primary" onClick={() => goToStep(WizardStep.Checks)}>{t.goChecks}</button>
        </>
      ) : (
        <>
          <WaitStatus />
          <div className="control-row">
            {running
              ? <button type="button" data-testid="wait-cancel" onClick={() => void cancel()}>{t.cancel}</button>
              : (
                <button type="button" className={outcome?.passed ? undefined : 'primary'} data-testid="wait-start" onClick={() => void start()}>
                  {interrupted ? t.resume : outcome ? t.again : t.start}
                </button>
              )}
          </div>
        </>
      )}
    </section>
  );
}

/** The wait-and-test page. */
export function WaitTestPage() {
  const heading = useFocusOnOpen();
  const language = useAssistantStore((s) => s.language);
  const profile = useAssistantStore((s) => s.profile);
  const savedCheck = useAssistantStore((s) => s.savedCheck);
  const outcome = useAssistantStore((s) => s.waitOutcome);
  const running = useAssistantStore((s) => s.waitRunning);
  const account = useAssistantStore((s) => s.account);
  const demoStatus = useAssistantStore((s) => s.demoStatus);
  const prefill = useAssistantStore((s) => s.prefillTenantForm);
  const t = useMessages().waitFinish.wait;

  // Signed in to the demo tenant: its mailbox is the one to test (as on the check page).
  useEffect(() => {
    if (account?.cloud === 'sandbox') prefill(knownFacts({ demoStatus, checkResult: undefined, profile }));
  }, [account, demoStatus, profile, prefill]);

  return (
    <div className="page" data-testid="page-wait-test">
      <h2 className="page-heading" ref={heading} tabIndex={-1} data-testid="page-heading">{t.heading}</h2>
      <p className="lead">{t.intro}</p>
      <section className="wait-note" data-testid="wait-guidance" aria-labelledby="wait-guidance-title">
        <h3 id="wait-guidance-title">{t.guidanceTitle}</h3>
        <p>{t.guidance}</p>
      </section>
      {!profile ? <NeedsProfile /> : (
        <>
          {savedCheck && !outcome && !running && (
            <p className="muted wait-last" data-testid="wait-last-saved">{t.lastSaved(formatDateTime(language, savedCheck.checkedAt), t.overall[savedCheck.overall])}</p>
          )}
          <MailProbeNote />
          <WaitControls />
          <SupportReportButton />
        </>
      )}
      <StepFooter step={WizardStep.WaitTest} />
    </div>
  );
}
