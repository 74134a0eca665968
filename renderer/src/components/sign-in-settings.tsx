/** Settings: the assistant's own client ID (its app registration), with the default it falls back to. */
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { TextField } from './text-field.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A folded settings area; it opens by itself when the typed client ID is invalid. */
export function SignInSettings() {
  const clientId = useAssistantStore((s) => s.clientIdSetting);
  const defaults = useAssistantStore((s) => s.signInDefaults);
  const setClientId = useAssistantStore((s) => s.setClientIdSetting);
  const serverSaysInvalid = useAssistantStore((s) => s.signInError?.field === 'clientId');
  const t = useMessages();
  const s = t.signIn;
  const typed = clientId.trim();
  const invalid = (typed !== '' && !GUID.test(typed)) || serverSaysInvalid;
  const graphCliInUse = typed === '' && defaults?.isMicrosoftGraphCli === true;
  return (
    <details className="card settings" open={invalid} data-testid="signin-settings">
      <summary>{s.settingsHeading}</summary>
      <p className="muted">{s.settingsIntro}</p>
      <TextField
        id="signin-client-id" label={s.labels.clientId} value={clientId} onChange={setClientId} mono
        placeholder={defaults?.clientId}
        help={defaults ? `${s.help.clientId} ${s.defaultClientId(defaults.clientId, defaults.source === 'environment')}` : s.help.clientId}
        {...(invalid ? { error: s.fieldErrors.clientId } : {})}
      />
      {graphCliInUse && <p className="muted" data-testid="signin-graph-cli-note">{s.graphCliNote}</p>}
    </details>
  );
}
