/**
 * The picture of the Microsoft (or ETRON) screen of a step, enlargeable to the page's full width.
 * The drawings come from illustration-catalog.ts; a screen not drawn yet (the keys below, drawn
 * by the illustrations work) shows a named slot with the step's click path until its entry exists.
 */
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { Illustration } from './illustration.js';
import { ILLUSTRATIONS, type IllustrationId } from './illustration-catalog.js';

/** Screens whose drawings are being added to the catalogue under these keys. */
export type UpcomingIllustration =
  | 'entra-new-registration' | 'odoo-general-settings' | 'odoo-outgoing-server' | 'odoo-incoming-server'
  | 'odoo-system-parameters' | 'exchange-powershell-window';

/** The names the slots show meanwhile. */
const UPCOMING_NAMES: Readonly<Record<UpcomingIllustration, { readonly de: string; readonly en: string }>> = {
  'entra-new-registration': { de: 'App-Registrierungen → Neue Registrierung', en: 'App registrations → New registration' },
  'odoo-general-settings': { de: 'ETRON: Allgemeine Einstellungen', en: 'ETRON: General Settings' },
  'odoo-outgoing-server': { de: 'ETRON: Postausgangsserver', en: 'ETRON: outgoing mail server' },
  'odoo-incoming-server': { de: 'ETRON: Posteingangsserver', en: 'ETRON: incoming mail server' },
  'odoo-system-parameters': { de: 'ETRON: Systemparameter', en: 'ETRON: system parameters' },
  'exchange-powershell-window': { de: 'Exchange Online PowerShell', en: 'Exchange Online PowerShell' },
};

function isDrawn(id: string): id is IllustrationId {
  return Object.hasOwn(ILLUSTRATIONS, id);
}

/** Props of StepIllustration. */
export interface StepIllustrationProps {
  readonly id: IllustrationId | UpcomingIllustration;
}

/** The drawing with "Show larger", or the slot of one still to come. */
export function StepIllustration({ id }: StepIllustrationProps) {
  const t = useMessages().path;
  const language = useAssistantStore((s) => s.language);
  const [wide, setWide] = useState(false);
  const testId = `step-illustration-${id}`;
  if (!isDrawn(id)) {
    return (
      <div className="illustration-slot" data-testid={testId} data-illustration-slot={id}>
        <p className="muted">{t.illustrationComing(UPCOMING_NAMES[id][language])}</p>
      </div>
    );
  }
  return (
    <div className={wide ? 'step-illustration wide' : 'step-illustration'} data-testid={testId} data-wide={wide}>
      <Button size="small" aria-expanded={wide} data-testid={`${testId}-enlarge`} onClick={() => setWide(!wide)}>
        {wide ? t.shrink : t.enlarge}
      </Button>
      <Illustration id={id} testId={`${testId}-figure`} />
    </div>
  );
}
