/** Step "profile": Inventory360, ETRON onRetail or another application, each explained in two lines. */
import type { Profile } from '../../../electron/ipc/contract.js';
import { ChoiceCard } from '../components/choice-card.js';
import { PathPageFrame } from '../components/path-page.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { WizardStep } from '../wizard/steps.js';

const PROFILE_ORDER: readonly Profile[] = ['inventory360', 'etron', 'generic'];

/** The product choice, as large radio cards. */
export function ProfilePage() {
  const profile = useAssistantStore((s) => s.profile);
  const chooseProfile = useAssistantStore((s) => s.chooseProfile);
  const t = useMessages();
  return (
    <PathPageFrame step={WizardStep.Profile} canAdvance={profile !== undefined}>
      <p className="lead">{t.profile.intro}</p>
      <fieldset className="choice-list">
        <legend className="visually-hidden">{t.profile.legend}</legend>
        {PROFILE_ORDER.map((p) => {
          const option = t.profile.options[p];
          return (
            <ChoiceCard
              key={p} name="profile" value={p} checked={p === profile} onChoose={() => chooseProfile(p)}
              title={option.name} line={option.lines[0]} mutedLine={option.lines[1]} testId={`profile-${p}`}
            />
          );
        })}
      </fieldset>
      <p className="status" aria-live="polite" data-testid="profile-chosen">{profile ? t.profile.chosen(t.profile.options[profile].name) : ''}</p>
    </PathPageFrame>
  );
}
