/** The Microsoft pages that fix a cause (admin consent…), from the findings the check read. */
import type { CategoryId, CheckResult, FixAction } from '../../../electron/ipc/contract.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { ErrorNote } from './error-note.js';

/** A page to open and what it is for. */
interface FixLink {
  readonly url: string;
  readonly action: FixAction;
}

/** The fix pages of the findings that point at `category`, without repeats. */
export function fixLinksFor(result: CheckResult, category: CategoryId): FixLink[] {
  const links = new Map<string, FixLink>();
  for (const finding of result.steps.flatMap((s) => s.findings ?? [])) {
    const fix = finding.fixStep;
    if (finding.code === category && fix?.url && !links.has(fix.url)) links.set(fix.url, { url: fix.url, action: fix.action });
  }
  return [...links.values()];
}

/** Props of FixLinks. */
export interface FixLinksProps {
  readonly links: readonly FixLink[];
  /** data-testid prefix, e.g. `cause-0`. */
  readonly id: string;
}

/** One button per page; the main process opens it (only links it handed out). */
export function FixLinks({ links, id }: FixLinksProps) {
  const openLink = useAssistantStore((s) => s.openOfferedLink);
  const opened = useAssistantStore((s) => s.fixLinkOpened);
  const error = useAssistantStore((s) => s.fixLinkError);
  const t = useMessages();
  const c = t.checks;
  if (links.length === 0) return null;
  return (
    <div className="fix-links" data-testid={`${id}-links`}>
      {links.map((link, i) => (
        <button key={link.url} type="button" className="primary" data-testid={`${id}-link-${i}`} data-url={link.url} onClick={() => void openLink(link.url)}>
          {`${c.fixLinks[link.action] ?? c.fixLinkOther} ↗`}
        </button>
      ))}
      {opened && links.some((l) => l.url === opened) && <p className="muted" role="status" data-testid={`${id}-link-opened`}>{c.fixLinkOpened}</p>}
      <ErrorNote error={links.some((l) => l.url === opened) ? undefined : error} id={`${id}-link-error`} testId={`${id}-link-error`} />
    </div>
  );
}
