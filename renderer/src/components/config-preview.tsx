/** The config file as it would be written (never with the secret), or why it cannot be yet. */
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';

/** The preview card. */
export function ConfigPreview() {
  const preview = useAssistantStore((s) => s.exportPreview);
  const e = useMessages().exportStep;
  return (
    <section className="card" aria-labelledby="export-preview-heading">
      <h3 id="export-preview-heading">{e.previewHeading}</h3>
      {preview?.text
        ? (
          <>
            <p className="muted mono">{preview.fileName}</p>
            <pre className="mono preview" data-testid="export-preview" tabIndex={0}>{preview.text}</pre>
          </>
        )
        : <p className="muted" data-testid="export-preview-empty">{e.previewEmpty}</p>}
    </section>
  );
}
