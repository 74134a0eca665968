/**
 * The generic app's certificate (Entra: Certificates & secrets → Certificates → Upload
 * certificate): the clicks, why the assistant cannot do it (the private key stays with the app),
 * the thumbprint field checked at once, and the live verification that the app registration holds
 * a valid certificate with that thumbprint. In demo mode a button plays the admin's upload.
 */
import { Button } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../electron/ipc/contract.js';
import { api } from '../api.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { missingCheckInput } from '../wizard/check-inputs.js';
import { portalOf } from '../wizard/page-values.js';
import { thumbprintOf } from '../wizard/validate-input.js';
import { WizardStep } from '../wizard/steps.js';
import { ErrorNote } from './error-note.js';
import { PasteField } from './paste-field.js';
import { PortalButton } from './portal-button.js';
import { StepCheck } from './step-check.js';
import { StepIllustration } from './step-illustration.js';

/** Demo tenant only: upload a certificate and take its thumbprint into the field. */
function DemoCertificateButton() {
  const t = useMessages().path;
  const setField = useAssistantStore((s) => s.setTenantField);
  const [done, setDone] = useState<string | undefined>();
  const [error, setError] = useState<AppError | undefined>();
  return (
    <div className="control-row">
      <Button data-testid="demo-certificate" onClick={() => void api.uploadDemoCertificate().then((r) => {
        setError(r.ok ? undefined : r.error);
        if (!r.ok) return;
        setDone(r.value.thumbprint);
        setField('genericThumbprint', r.value.thumbprint);
      })}>{t.demoCertificate}</Button>
      <span className="muted-inline" role="status" data-testid="demo-certificate-status">{done ? t.demoCertificateDone(done) : ''}</span>
      <ErrorNote error={error} id="demo-certificate-error" testId="demo-certificate-error" />
    </div>
  );
}

/** The certificate part of the generic credential page; `showRequired` once "Next" was pressed. */
export function CertificateCredential({ showRequired = false }: { readonly showRequired?: boolean }) {
  const t = useMessages().path;
  const thumbprint = useAssistantStore((s) => s.tenantForm.genericThumbprint);
  const setField = useAssistantStore((s) => s.setTenantField);
  const demo = useAssistantStore((s) => s.demoStatus.running);
  const url = useAssistantStore((s) => portalOf(s, 'generic.certificate'));
  // A thumbprint typed or pasted whole is looked up at once (not when the page merely opens again).
  const complete = thumbprintOf(thumbprint);
  const ready = useAssistantStore((s) => s.account !== undefined && s.checkRunning === undefined && missingCheckInput(s) === undefined);
  const runCheck = useAssistantStore((s) => s.runTenantCheck);
  const seen = useRef(complete);
  useEffect(() => {
    if (complete === seen.current) return;
    seen.current = complete;
    if (complete && ready) void runCheck();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the thumbprint changes
  }, [complete]);
  return (
    <>
      <section className="card" data-testid="certificate-steps">
        <ol className="plain-steps">{t.certificateSteps.map((line) => <li key={line}>{line}</li>)}</ol>
        <p className="notice-line" data-testid="certificate-key-note">{t.certificateKeyNote}</p>
        {/* The exact page comes with the check of a thumbprint; until then the drawing below links the portal. */}
        {url && <PortalButton url={url} testId="certificate-portal" />}
        {demo && <DemoCertificateButton />}
      </section>
      <StepIllustration id="entra-upload-certificate" />
      <section className="card" data-testid="certificate-thumbprint-card">
        <PasteField id="path-generic-thumbprint" kind="thumbprint" label={t.thumbprintLabel} hint={t.thumbprintHelp}
          value={thumbprint} onChange={(v) => setField('genericThumbprint', v)} showRequired={showRequired} />
        <p className="muted">{t.certificateCheckNote}</p>
      </section>
      <StepCheck step={WizardStep.ClientSecret} />
    </>
  );
}
