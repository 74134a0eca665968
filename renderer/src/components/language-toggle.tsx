/** DE/EN switch in the header. */
import { LANGUAGES } from '../i18n.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';

/** Two pressed-state buttons, one per language. */
export function LanguageToggle() {
  const language = useAssistantStore((s) => s.language);
  const setLanguage = useAssistantStore((s) => s.setLanguage);
  const t = useMessages();
  return (
    <div className="language-toggle" role="group" aria-label={t.languageLabel}>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={language === lang}
          title={t.languageNames[lang]}
          data-testid={`language-${lang}`}
          onClick={() => void setLanguage(lang)}
        >
          {lang.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
