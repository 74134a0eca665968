/**
 * What the tenant read found, one fact per line in the UI language; Graph's own words (English,
 * like a server reply) are folded into the line's technical details.
 */
import type { Finding } from '../../../electron/ipc/contract.js';
import { useMessages } from '../use-messages.js';
import { TechDetails } from './tech-details.js';

const MARK = { ok: '✓', missing: '✕', wrong: '✕', unknown: '?' } as const;

/** Props of FindingsList. */
export interface FindingsListProps {
  readonly findings: readonly Finding[];
}

/** Problems first, so a long list does not hide them. */
export function FindingsList({ findings }: FindingsListProps) {
  const t = useMessages();
  const c = t.checks;
  const rank = (f: Finding): number => (f.status === 'ok' ? 2 : f.status === 'unknown' ? 1 : 0);
  const ordered = [...findings].sort((a, b) => rank(a) - rank(b));
  return (
    <div className="findings">
      <p className="muted-inline">{c.findingsHeading}</p>
      <ul data-testid="check-findings">
        {ordered.map((f) => (
          <li key={f.id} className={`finding finding-${f.status}`} data-testid={`finding-${f.id}`} data-status={f.status}>
            <span className="finding-mark" aria-hidden="true">{MARK[f.status]}</span>
            <span className="visually-hidden">{`${c.findingStatus[f.status]}: `}</span>
            <span className="finding-body">
              {t.path.findings[f.id] && <span className="finding-text">{f.status === 'ok' ? t.path.findings[f.id]!.ok : f.status === 'unknown' ? t.path.findingUnknown : t.path.findings[f.id]!.problem}</span>}
              {t.path.findings[f.id]
                ? <TechDetails testId={`finding-${f.id}-details`}><span className="finding-evidence mono">{f.evidence}</span></TechDetails>
                : <span className="finding-evidence" lang="en" data-technical="true">{f.evidence}</span>}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
