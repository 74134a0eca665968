/**
 * The live verification of a path page: runs the tenant check when the page opens (once per
 * product, when nothing was checked yet), lists what Microsoft 365 says about this page's findings
 * in plain words, turns green only when every one is ok, offers "Do it for me" (FixButton) and the
 * portal page, and sends a problem another page fixes back to that page. Graph's evidence goes
 * into the folded technical details. After a check the admin asked for, focus moves to the result;
 * the check that runs by itself when the page opens leaves focus on the page's heading.
 */
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { Finding } from '../../../electron/ipc/contract.js';
import { useShallow } from 'zustand/react/shallow';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { useStepNames } from '../use-step-names.js';
import { missingCheckInput, type MissingInput } from '../wizard/check-inputs.js';
import { checkInputKey } from '../slices/tenant-check-slice.js';
import { pageFindings, pageThatFixes } from '../wizard/step-findings.js';
import { WizardStep } from '../wizard/steps.js';
import { ErrorNote } from './error-note.js';
import { FixButton } from './fix-button.js';
import { TechDetails } from './tech-details.js';

/** Props of StepCheck. */
export interface StepCheckProps {
  readonly step: WizardStep;
}

/** One finding in plain words, with what fixes it. */
function FindingRow({ finding, step }: { readonly finding: Finding; readonly step: WizardStep }) {
  const t = useMessages();
  const steps = useStepNames();
  const profile = useAssistantStore((s) => s.profile);
  const goToStep = useAssistantStore((s) => s.goToStep);
  const words = t.path.findings[finding.id];
  const text = finding.status === 'unknown' ? t.path.findingUnknown : finding.status === 'ok' ? words?.ok : words?.problem;
  const fixedOn = profile ? pageThatFixes(finding.id, profile) : undefined;
  const elsewhere = finding.status !== 'ok' && fixedOn !== undefined && fixedOn !== step;
  return (
    <li className={`verify-finding status-${finding.status}`} data-testid={`verify-${finding.id}`} data-status={finding.status}>
      <span className="check-mark" aria-hidden="true">{finding.status === 'ok' ? '✓' : '✕'}</span>
      <div className="verify-body">
        <p>{text ?? finding.id}</p>
        {elsewhere && (
          <p className="control-row">
            <span>{t.path.fixOn(steps[fixedOn])}</span>
            <Button size="small" data-testid={`verify-${finding.id}-go`} onClick={() => goToStep(fixedOn)}>{`${t.path.goThere(steps[fixedOn])} →`}</Button>
          </p>
        )}
        {!elsewhere && finding.status !== 'ok' && <FixButton finding={finding} />}
      </div>
    </li>
  );
}

/** How long typing must pause before a changed input is checked again. */
const RECHECK_AFTER_TYPING_MS = 700;

/** The verification card. */
/** Set when the admin pressed "check again": the result answers their action and takes the focus. */
const focusAfterAskedCheck = { pending: false };

export function StepCheck({ step }: StepCheckProps) {
  const t = useMessages();
  const steps = useStepNames();
  const language = useAssistantStore((s) => s.language);
  const account = useAssistantStore((s) => s.account);
  const running = useAssistantStore((s) => s.checkRunning);
  const runCheck = useAssistantStore((s) => s.runTenantCheck);
  const error = useAssistantStore((s) => s.tenantCheckError);
  const goToStep = useAssistantStore((s) => s.goToStep);
  const result = useAssistantStore((s) => s.checkResult);
  const lacking = useAssistantStore(useShallow((s): MissingInput | { readonly field?: undefined } => missingCheckInput(s) ?? {}));
  const missing = lacking.field === undefined ? undefined : lacking as MissingInput;
  const checked = useAssistantStore((s) => pageFindings(step, s) !== undefined);
  const found = useAssistantStore(useShallow((s) => pageFindings(step, s) ?? []));
  const findings = checked ? found : undefined;
  const heading = useRef<HTMLHeadingElement>(null);

  const ready = account && !missing;
  const inputKey = useAssistantStore(checkInputKey);
  const checkedInput = useAssistantStore((s) => s.tenantCheckedInput);
  useEffect(() => {
    // The page opens: check when nothing was checked yet for this input (product, mailbox,
    // instance, app). When the admin types, the input changes with each key: check again once
    // the typing pauses, so the verdict always answers what the field shows now.
    if (!ready || inputKey === checkedInput) return;
    if (findings === undefined && running === undefined && checkedInput === undefined) {
      void runCheck();
      return;
    }
    // A check of this very input may have started meanwhile (the admin pressed "Check now" as the page opened): a second
    // one would blank the verdict it just showed, fix button and all, while it runs.
    const timer = setTimeout(() => {
      if (useAssistantStore.getState().tenantCheckedInput !== inputKey) void runCheck();
    }, RECHECK_AFTER_TYPING_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the input or readiness changes
  }, [ready, inputKey]);

  useEffect(() => {
    // The check that runs by itself when the page opens leaves the focus on the page's heading
    // (the verdict is announced); a check the admin asked for moves focus to its result. The flag
    // lives outside the component, which may be mounted anew while the check runs.
    if (running !== undefined || !focusAfterAskedCheck.pending || findings === undefined) return;
    focusAfterAskedCheck.pending = false;
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start', behavior: 'instant' });
  }, [running, findings]);

  const p = t.path;
  if (!account) {
    return (
      <section className="card notice" data-testid="verify-sign-in-first">
        <p>{p.signInFirst}</p>
        <Button appearance="primary" onClick={() => goToStep(WizardStep.SignIn)}>{p.goToSignIn}</Button>
      </section>
    );
  }
  if (missing) {
    const label = missing.field === 'mailbox' ? p.values.mailbox : missing.field === 'instance' ? p.values.instance : p.values.clientId;
    return (
      <section className="card notice" data-testid="verify-needs-input" data-field={missing.field}>
        <p>{p.needsInput(label)}</p>
        {missing.page !== step && <Button appearance="primary" onClick={() => goToStep(missing.page)}>{`${p.goThere(steps[missing.page])} →`}</Button>}
      </section>
    );
  }
  // What Graph says about this page (the step list may also wait for the admin's confirmation).
  const state = !findings || findings.length === 0 ? 'open' : findings.every((f) => f.status === 'ok') ? 'done' : 'failed';
  const when = result && findings ? new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(result.startedAt)) : undefined;
  return (
    <section className="card verify" aria-labelledby="verify-heading" aria-busy={running === 'tenant'} data-testid="verify" data-state={state}>
      <h3 id="verify-heading" ref={heading} tabIndex={-1}>{p.verifyHeading}</h3>
      {running === 'tenant' && <p className="status status-waiting" role="status" data-testid="verify-running">{p.checking}</p>}
      {running !== 'tenant' && findings && findings.length > 0 && (
        <>
          <MessageBar intent={state === 'done' ? 'success' : 'warning'} data-testid="verify-verdict">
            <MessageBarBody>{state === 'done' ? p.stepDone : p.stepFailed}</MessageBarBody>
          </MessageBar>
          <ul className="verify-list">{findings.map((f) => <FindingRow key={f.id} finding={f} step={step} />)}</ul>
          {when && <p className="muted" data-testid="verify-when">{p.checkedAt(when)}</p>}
          <TechDetails testId="verify-details">
            <ul className="mono">{findings.map((f) => <li key={f.id}>{`${f.id}: ${f.evidence}`}</li>)}</ul>
          </TechDetails>
        </>
      )}
      <ErrorNote error={error} id="verify-error" testId="verify-error" />
      <div className="control-row">
        <Button data-testid="verify-run" disabled={running !== undefined} onClick={() => { focusAfterAskedCheck.pending = true; void runCheck(); }}>{findings ? p.checkAgain : p.checkNow}</Button>
      </div>
    </section>
  );
}
