/**
 * The app frame inside Fluent UI's provider (light or dark theme as the system says): a skip
 * link, the sticky header with title and language switch, the sticky step list, and the current
 * step. The document title names the step.
 */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useEffect } from 'react';
import type { AssistantEvent } from '../../electron/ipc/contract.js';
import { api } from './api.js';
import { LanguageToggle } from './components/language-toggle.js';
import { ProgressNotice } from './components/progress-notice.js';
import { keepProgress } from './progress-sync.js';
import { WizardNav } from './components/wizard-nav.js';
import { useAssistantStore } from './store.js';
import { usePrefersDark } from './use-color-scheme.js';
import { useMessages } from './use-messages.js';
import { useStepNames } from './use-step-names.js';
import { assertNever } from './wizard/steps.js';
import { StepView } from './wizard/step-view.js';

/** Hands an event of the main process to the slice it belongs to. */
function receive(event: AssistantEvent): void {
  const store = useAssistantStore.getState();
  switch (event.kind) {
    case 'device-code':
      store.showDeviceCode({ url: event.url, code: event.code, expiresInSeconds: event.expiresInSeconds });
      return;
    case 'check-progress':
      store.receiveCheckProgress(event.run, event.progress);
      return;
    case 'retest-progress':
      store.receiveRetestProgress(event.retest, event.progress);
      return;
    default:
      return assertNever(event);
  }
}

/** The root component. */
export function App() {
  const language = useAssistantStore((s) => s.language);
  const step = useAssistantStore((s) => s.step);
  const loadAppInfo = useAssistantStore((s) => s.loadAppInfo);
  const refreshDemo = useAssistantStore((s) => s.refreshDemo);
  const loadCategoryTitles = useAssistantStore((s) => s.loadCategoryTitles);
  const loadAccount = useAssistantStore((s) => s.loadAccount);
  const dark = usePrefersDark();
  const t = useMessages();
  const steps = useStepNames();

  useEffect(() => api.onEvent(receive), []);
  // Loads what an earlier run kept, then keeps the progress as it changes.
  useEffect(() => keepProgress(), []);

  useEffect(() => {
    void loadAppInfo();
    // After a reload the main process may still run a demo sandbox and hold a sign-in: show them.
    void refreshDemo();
    void loadAccount();
    void loadCategoryTitles();
  }, [loadAppInfo, refreshDemo, loadAccount, loadCategoryTitles]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = `${steps[step]} – ${t.appTitle}`;
  }, [language, step, t]);

  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className="app" data-theme={dark ? 'dark' : 'light'}>
      <a className="skip-link" href="#main" data-testid="skip-link">{t.path.skipLink}</a>
      <header className="app-header">
        <div>
          <h1 data-testid="app-title">{t.appTitle}</h1>
          <p className="tagline">{t.appTagline}</p>
        </div>
        <LanguageToggle />
      </header>
      <div className="app-body">
        <WizardNav />
        <main className="app-main" id="main" tabIndex={-1}>
          <ProgressNotice />
          <StepView step={step} />
        </main>
      </div>
    </FluentProvider>
  );
}
