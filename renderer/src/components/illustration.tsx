/**
 * "Shows it" (DESIGN.md): a drawing of the Microsoft screen a person must click in, the control
 * framed and numbered, the numbered clicks beside it, and a link that opens the portal. Used on
 * cause cards (open) and on the wizard's pages next to the field it fills (folded).
 */
import type { Profile } from '../../../electron/ipc/contract.js';
import type { Language } from '../i18n.js';
import { useAssistantStore } from '../store.js';
import type { WizardStep } from '../wizard/steps.js';
import { ILLUSTRATIONS, illustrationsOn, type IllustrationId, type PortalId, PORTAL_URLS } from './illustration-catalog.js';
import { ILLUSTRATION_URLS } from './illustration-urls.js';
import { softHyphens } from './soft-hyphens.js';
import './illustration.css';

/** The component's own words (kept here so the illustrations stay one self-contained part). */
const TEXTS: Readonly<Record<Language, { readonly heading: string; readonly hint: string; readonly open: Record<PortalId, string> }>> = {
  de: {
    heading: 'Hier klicken',
    hint: 'So geht’s im Portal:',
    open: {
      'entra-enterprise-apps': 'Unternehmensanwendungen im Entra Admin Center öffnen',
      'entra-app-registrations': 'App-Registrierungen im Entra Admin Center öffnen',
      'admin-center-users': 'Aktive Benutzer im Microsoft 365 Admin Center öffnen',
    },
  },
  en: {
    heading: 'Where to click',
    hint: 'In the portal:',
    open: {
      'entra-enterprise-apps': 'Open Enterprise applications in the Entra admin center',
      'entra-app-registrations': 'Open App registrations in the Entra admin center',
      'admin-center-users': 'Open Active users in the Microsoft 365 admin center',
    },
  },
};

/** Props of Illustration. */
export interface IllustrationProps {
  readonly id: IllustrationId;
  /** data-testid prefix, e.g. `cause-0-illustration`. */
  readonly testId: string;
}

/** The drawing in the UI language, its numbered clicks and the portal link. */
export function Illustration({ id, testId }: IllustrationProps) {
  const language = useAssistantStore((s) => s.language);
  const entry = ILLUSTRATIONS[id];
  const t = TEXTS[language];
  return (
    <figure className="illustration" data-testid={testId} data-illustration={id}>
      <img src={ILLUSTRATION_URLS[id][language]} alt={entry.alt[language]} width={720} height={430} data-testid={`${testId}-image`} />
      <figcaption>
        <strong>{t.heading}</strong>
        <ol className="illustration-clicks">
          {entry.clicks[language].map((click, i) => <li key={i}>{softHyphens(click, language)}</li>)}
        </ol>
        {/* Electron opens this link in the system browser only because the main process offers it (electron/ipc/portal-links.ts, electron/shell/navigation-policy.ts). */}
        {entry.portal && (
          <a href={PORTAL_URLS[entry.portal]} target="_blank" rel="noreferrer noopener" data-testid={`${testId}-portal`}>
            {`${softHyphens(t.open[entry.portal], language)} ↗`}
          </a>
        )}
      </figcaption>
    </figure>
  );
}

/** Props of IllustrationHints. */
export interface IllustrationHintsProps {
  readonly page: WizardStep;
  readonly profile: Profile;
}

/** The folded "where do I find this?" drawings a page offers for the product (none: nothing shown). */
export function IllustrationHints({ page, profile }: IllustrationHintsProps) {
  const language = useAssistantStore((s) => s.language);
  const ids = illustrationsOn(page, profile);
  if (ids.length === 0) return null;
  return (
    <div className="illustration-hints">
      {ids.map((id) => (
        <details key={id} className="card illustration-hint" data-testid={`hint-${id}`}>
          <summary>{`${TEXTS[language].hint} ${ILLUSTRATIONS[id].title[language]}`}</summary>
          <Illustration id={id} testId={`hint-${id}-illustration`} />
        </details>
      ))}
    </div>
  );
}
