/** Step "export" (hand over): the product's config file — form, preview, save and import. */
import { useEffect, useRef, useState } from 'react';
import { ConfigPreview } from '../components/config-preview.js';
import { ErrorNote } from '../components/error-note.js';
import { ExportForm } from '../components/export-form.js';
import { IllustrationHints } from '../components/illustration.js';
import { ImportResult } from '../components/import-result.js';
import { NeedsProfile } from '../components/needs-profile.js';
import { NO_SECRET, SecretFields, secretProblems, type SecretInput } from '../components/secret-fields.js';
import { StepFooter } from '../components/step-footer.js';
import { knownFacts } from '../known-facts.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { focusFirstInvalid } from '../wizard/form-check.js';
import { WizardStep } from '../wizard/steps.js';

/** How long typing may pause before the preview is rebuilt. */
const PREVIEW_DELAY_MS = 120;

/** The export page. */
export function ExportPage() {
  const profile = useAssistantStore((s) => s.profile);
  const forms = useAssistantStore((s) => s.exportForms);
  const demoStatus = useAssistantStore((s) => s.demoStatus);
  const checkResult = useAssistantStore((s) => s.checkResult);
  const activity = useAssistantStore((s) => s.exportActivity);
  const savedPath = useAssistantStore((s) => s.exportSavedPath);
  const error = useAssistantStore((s) => s.exportError);
  const prefill = useAssistantStore((s) => s.prefillExport);
  const refreshPreview = useAssistantStore((s) => s.refreshExportPreview);
  const saveConfig = useAssistantStore((s) => s.saveConfig);
  const importConfig = useAssistantStore((s) => s.importConfig);
  const revealIssues = useAssistantStore((s) => s.revealExportIssues);
  const t = useMessages();
  const e = t.exportStep;
  const [secret, setSecret] = useState<SecretInput>(NO_SECRET);
  const [saveTried, setSaveTried] = useState(false);
  const pageRef = useRef<HTMLDivElement>(null);
  // Asked for by Save: as soon as the fields show their problems (this render, the preview's answer
  // or the main process's refusal), focus goes to the first of them — once per Save.
  const [focusAsk, setFocusAsk] = useState(0);
  const focusPending = useRef(false);
  const preview = useAssistantStore((s) => s.exportPreview);
  const refused = error?.code === 'invalid_input';
  useEffect(() => {
    if (focusPending.current && focusFirstInvalid(pageRef.current)) focusPending.current = false;
  }, [focusAsk, refused, preview]);

  const tenantForm = useAssistantStore((s) => s.tenantForm);
  const etronMoreMailboxes = useAssistantStore((s) => s.etronMoreMailboxes);
  const etronVariant = useAssistantStore((s) => s.etronVariant);
  useEffect(() => {
    prefill(knownFacts({ demoStatus, checkResult, profile, tenantForm, etronMoreMailboxes, etronVariant }));
  }, [demoStatus, checkResult, profile, tenantForm, etronMoreMailboxes, etronVariant, prefill]);
  useEffect(() => {
    const timer = setTimeout(() => { void refreshPreview(); }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [profile, forms, refreshPreview]);

  // A certificate's private key never goes into the file (it stays with the app).
  const withSecret = profile === 'etron' || (profile === 'generic' && forms.generic.credential !== 'certificate');
  const onSave = () => {
    setSaveTried(true);
    focusPending.current = true;
    setFocusAsk((n) => n + 1);
    if (withSecret && Object.keys(secretProblems(secret, e.secret)).length > 0) {
      revealIssues();
      return;
    }
    void saveConfig(withSecret && secret.include ? { value: secret.value, passphrase: secret.passphrase } : undefined);
  };
  // A refused form is shown field by field; only other failures need a note of their own.
  const formRefused = error?.code === 'invalid_input' && error.field !== 'passphrase' && !error.field?.startsWith('secret');
  return (
    <div className="page" data-testid="page-export" ref={pageRef}>
      <h2 className="page-heading">{e.heading}</h2>
      {profile ? (
        <>
          <p className="lead">{e.intro[profile]}</p>
          <ExportForm profile={profile} />
          <IllustrationHints page={WizardStep.Export} profile={profile} />
          {withSecret && <SecretFields input={secret} onChange={setSecret} showProblems={saveTried} />}
          <section className="card actions-card">
            <div className="control-row">
              <button type="button" className="primary" data-testid="export-save" disabled={activity !== 'idle'} onClick={onSave}>
                {activity === 'saving' ? e.saving : e.save}
              </button>
              <button type="button" data-testid="export-import" disabled={activity !== 'idle'} onClick={() => void importConfig()}>
                {activity === 'importing' ? e.importing : e.import}
              </button>
            </div>
            {savedPath && <p className="status status-running" data-testid="export-saved">{e.saved(savedPath)}</p>}
            {formRefused && <p className="field-error" role="alert" data-testid="export-fix-first">{e.fixFirst}</p>}
            <ErrorNote error={formRefused ? undefined : error} id="export-error" testId="export-error" />
            <ImportResult />
          </section>
          <ConfigPreview />
        </>
      ) : <NeedsProfile />}
      <StepFooter step={WizardStep.Export} />
    </div>
  );
}
