/**
 * Step "finish": what the assistant did and what is left (each with the page that does it), how to
 * send the test mail from the product, where the settings file went and which of its values goes
 * into which screen of the product, and the support report.
 */
import type { Profile } from '../../../electron/ipc/contract.js';
import { NeedsProfile } from '../components/needs-profile.js';
import { useFocusOnOpen } from '../components/path-page.js';
import { StepFooter } from '../components/step-footer.js';
import { SupportReportButton } from '../components/support-report-button.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { WizardStep } from '../wizard/steps.js';
import { thumbprintOf } from '../wizard/validate-input.js';

interface Item { readonly key: string; readonly text: string; readonly step?: WizardStep }

/** The done and left lists from the store. */
function useProgressLists(profile: Profile): { done: Item[]; left: Item[] } {
  const account = useAssistantStore((s) => s.account);
  // Only a check of this product's setup counts.
  const check = useAssistantStore((s) => (s.checkKind === 'tenant' && s.checkResult?.profile === profile ? s.checkResult : undefined));
  const savedCheck = useAssistantStore((s) => s.savedCheck);
  const hasOtherCheck = useAssistantStore((s) => s.checkResult !== undefined && s.checkResult.profile !== profile);
  const psSavedPath = useAssistantStore((s) => s.psSavedPath);
  const exportSavedPath = useAssistantStore((s) => s.exportSavedPath);
  const waited = useAssistantStore((s) => s.waitOutcome?.passed === true || s.savedRetest?.passedAt !== undefined);
  const m = useMessages();
  const t = m.waitFinish.finish;
  const overall = check?.overall ?? (check === undefined && savedCheck && !hasOtherCheck ? savedCheck.overall : undefined);
  const done: Item[] = [{ key: 'profile', text: t.done.profile(m.profile.options[profile].name) }];
  const left: Item[] = [];
  if (account) done.push({ key: 'sign-in', text: t.done.signedIn(account.username) });
  else left.push({ key: 'sign-in', text: t.left.signIn, step: WizardStep.SignIn });
  if (overall === 'fail') left.push({ key: 'check', text: t.left.fixProblems, step: WizardStep.Checks });
  else if (overall) done.push({ key: 'check', text: t.done.checked(m.waitFinish.wait.overall[overall]) });
  else left.push({ key: 'check', text: t.left.check, step: WizardStep.Checks });
  if (psSavedPath) done.push({ key: 'script', text: t.done.script(psSavedPath) });
  else if (profile !== 'etron') left.push({ key: 'script', text: t.left.script, step: WizardStep.PowerShell });
  if (waited) done.push({ key: 'wait', text: t.done.waited });
  else left.push({ key: 'wait', text: t.left.wait, step: WizardStep.WaitTest });
  if (exportSavedPath) done.push({ key: 'export', text: t.done.exported(exportSavedPath) });
  else left.push({ key: 'export', text: t.left.exportFile, step: WizardStep.Export });
  left.push({ key: 'test-mail', text: t.left.testMail });
  return { done, left };
}

/** The two lists. */
function ProgressLists({ profile }: { readonly profile: Profile }) {
  const goToStep = useAssistantStore((s) => s.goToStep);
  const t = useMessages().waitFinish.finish;
  const { done, left } = useProgressLists(profile);
  return (
    <div className="cards finish-lists">
      <section className="card" aria-labelledby="finish-done" data-testid="finish-done">
        <h3 id="finish-done">{t.doneHeading}</h3>
        <ul className="check-list">{done.map((d) => <li key={d.key} data-testid={`done-${d.key}`}>{d.text}</li>)}</ul>
      </section>
      <section className="card" aria-labelledby="finish-left" data-testid="finish-left">
        <h3 id="finish-left">{t.leftHeading}</h3>
        <ul className="todo-list">
          {left.map((l) => (
            <li key={l.key} data-testid={`left-${l.key}`}>
              <span>{l.text}</span>
              {l.step && (
                <button type="button" className="link-button" aria-label={`${t.go}: ${l.text}`} onClick={() => goToStep(l.step!)}>{t.go}</button>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** Generic: which credential the file and the application use. */
function GenericCredentialLine() {
  const t = useMessages().waitFinish.finish;
  const thumbprint = useAssistantStore((s) => (s.tenantForm.genericCredential === 'certificate' ? thumbprintOf(s.tenantForm.genericThumbprint) : undefined));
  const certificate = useAssistantStore((s) => s.tenantForm.genericCredential === 'certificate');
  return (
    <p className="notice-line" data-testid="finish-credential" data-credential={certificate ? 'certificate' : 'secret'}>
      {certificate ? t.credential.certificate(thumbprint ?? '–') : t.credential.secret}
    </p>
  );
}

/** The finish page. */
export function FinishPage() {
  const heading = useFocusOnOpen();
  const profile = useAssistantStore((s) => s.profile);
  const exportSavedPath = useAssistantStore((s) => s.exportSavedPath);
  const goToStep = useAssistantStore((s) => s.goToStep);
  const m = useMessages();
  const t = m.waitFinish.finish;
  const product = profile ? t.products[profile] : undefined;
  const productName = profile ? m.profile.options[profile].name : '';
  return (
    <div className="page" data-testid="page-finish">
      <h2 className="page-heading" ref={heading} tabIndex={-1} data-testid="page-heading">{t.heading}</h2>
      <p className="lead">{t.intro}</p>
      {!profile || !product ? <NeedsProfile /> : (
        <>
          <ProgressLists profile={profile} />
          <section className="card" aria-labelledby="finish-test-mail" data-testid="finish-test-mail">
            <h3 id="finish-test-mail">{t.testMailHeading(profile === 'generic' ? undefined : productName)}</h3>
            <ol className="fix-steps">{product.testMail.map((line) => <li key={line}>{line}</li>)}</ol>
            <p className="muted">{t.errorHint}</p>
            <button type="button" onClick={() => goToStep(WizardStep.Decode)}>{m.steps.decode}</button>
          </section>
          <section className="card" aria-labelledby="finish-file" data-testid="finish-file">
            <h3 id="finish-file">{t.fileHeading}</h3>
            {exportSavedPath
              ? <p className="saved-path" data-testid="finish-file-path">{t.fileSaved(exportSavedPath)}</p>
              : (
                <div className="control-row">
                  <p data-testid="finish-file-missing">{t.fileNotSaved}</p>
                  <button type="button" className="primary" onClick={() => goToStep(WizardStep.Export)}>{m.steps.export}</button>
                </div>
              )}
            <p>{t.fileUse}</p>
            {profile === 'generic' && <GenericCredentialLine />}
            <h4>{t.fieldsHeading}</h4>
            <table className="field-map" data-testid="finish-fields">
              <thead><tr><th scope="col">{t.fieldColumn}</th><th scope="col">{t.whereColumn}</th></tr></thead>
              <tbody>
                {product.fields.map(([field, where]) => (
                  <tr key={field}><th scope="row" className="mono">{field}</th><td>{where}</td></tr>
                ))}
              </tbody>
            </table>
          </section>
          <SupportReportButton />
        </>
      )}
      <StepFooter step={WizardStep.Finish} />
    </div>
  );
}
