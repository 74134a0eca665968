/** Version and runtime of the app, for the user and for support. */
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { ErrorNote } from './error-note.js';

/** The "About this app" card. */
export function AppInfoCard() {
  const info = useAssistantStore((s) => s.appInfo);
  const error = useAssistantStore((s) => s.appInfoError);
  const t = useMessages();
  return (
    <section className="card" aria-labelledby="app-info-heading" data-testid="app-info">
      <h2 id="app-info-heading">{t.appInfo.heading}</h2>
      <ErrorNote error={error} id="app-info-error" testId="app-info-error" />
      {!info && !error && <p className="muted">{t.appInfo.loading}</p>}
      {info && (
        <dl className="facts">
          <dt>{t.appInfo.version}</dt>
          <dd data-testid="app-version">{info.version}</dd>
          <dt>{t.appInfo.platform}</dt>
          <dd>{`${info.platform} (${info.arch})`}</dd>
          {info.versions.electron && (<><dt>{t.appInfo.electron}</dt><dd>{info.versions.electron}</dd></>)}
          {info.versions.chrome && (<><dt>{t.appInfo.chrome}</dt><dd>{info.versions.chrome}</dd></>)}
          <dt>{t.appInfo.node}</dt>
          <dd>{info.versions.node}</dd>
          <dt>{t.appInfo.locale}</dt>
          <dd>{info.locale}</dd>
        </dl>
      )}
    </section>
  );
}
