/**
 * The names of the wizard's pages for the chosen product: as the messages say, except where a
 * product's page covers more — the Other application's credential page takes a client secret or
 * a certificate, so it carries the portal's name "Certificates & secrets".
 */
import { useMemo } from 'react';
import type { Messages } from './i18n.js';
import { useAssistantStore } from './store.js';
import { useMessages } from './use-messages.js';
import type { WizardStep } from './wizard/steps.js';

/** Page names in the current language for the current product. */
export function useStepNames(): Readonly<Record<WizardStep, string>> {
  const t = useMessages();
  const profile = useAssistantStore((s) => s.profile);
  return useMemo(() => stepNames(t, profile), [t, profile]);
}

function stepNames(t: Messages, profile: string | undefined): Readonly<Record<WizardStep, string>> {
  return profile === 'generic' ? { ...t.steps, 'client-secret': t.genericCredentialStep } : t.steps;
}
