/** The app frame: header with title and language switch, step list, current step. */
import { useEffect } from 'react';
import { LanguageToggle } from './components/language-toggle.js';
import { WizardNav } from './components/wizard-nav.js';
import { useAssistantStore } from './store.js';
import { useMessages } from './use-messages.js';
import { StepView } from './wizard/step-view.js';

/** The root component. */
export function App() {
  const language = useAssistantStore((s) => s.language);
  const step = useAssistantStore((s) => s.step);
  const loadAppInfo = useAssistantStore((s) => s.loadAppInfo);
  const refreshDemo = useAssistantStore((s) => s.refreshDemo);
  const loadCategoryTitles = useAssistantStore((s) => s.loadCategoryTitles);
  const t = useMessages();

  useEffect(() => {
    void loadAppInfo();
    // After a reload the main process may still run a demo sandbox: show it.
    void refreshDemo();
    void loadCategoryTitles();
  }, [loadAppInfo, refreshDemo, loadCategoryTitles]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t.appTitle;
  }, [language, t]);

  return (
    <div className="app">
      <header className="app-header">
        <div>
          <h1 data-testid="app-title">{t.appTitle}</h1>
          <p className="tagline">{t.appTagline}</p>
        </div>
        <LanguageToggle />
      </header>
      <div className="app-body">
        <WizardNav />
        <main className="app-main">
          <StepView step={step} />
        </main>
      </div>
    </div>
  );
}
