/**
 * Where the "Fix it for me" buttons go: on a cause card, one per finding of its category that the
 * assistant can fix; and, for fixable findings no cause explains (the ETRON registration or its
 * enterprise app missing), a card of their own. Only for a check of the signed-in tenant: the
 * main process runs only what that check offered.
 */
import type { CategoryId, CheckResult, Finding } from '../../../electron/ipc/contract.js';
import { useMessages } from '../use-messages.js';
import { FixButton } from './fix-button.js';

function fixable(result: CheckResult): Finding[] {
  return result.steps.flatMap((s) => s.findings ?? []).filter((f) => f.status !== 'ok' && f.fixStep?.auto === true);
}

/** Props of FixButtons. */
export interface FixButtonsProps {
  readonly result: CheckResult;
  readonly category: CategoryId;
}

/** The buttons for the findings a cause card explains. */
export function FixButtons({ result, category }: FixButtonsProps) {
  const findings = fixable(result).filter((f) => f.code === category);
  if (findings.length === 0) return null;
  return <div className="fix-buttons">{findings.map((f) => <FixButton key={f.id} finding={f} />)}</div>;
}

/** Props of FixOtherFindings. */
export interface FixOtherFindingsProps {
  readonly result: CheckResult;
}

/** Fixable findings without a diagnosis category, each with its evidence and button. */
export function FixOtherFindings({ result }: FixOtherFindingsProps) {
  const t = useMessages().fix;
  const findings = fixable(result).filter((f) => f.code === null);
  if (findings.length === 0) return null;
  return (
    <section className="card" data-testid="fix-other-findings">
      <h3>{t.otherFindingsHeading}</h3>
      {findings.map((f) => (
        <div key={f.id} data-testid={`fix-other-${f.id}`}>
          <p className="mono">{f.evidence}</p>
          <FixButton finding={f} />
        </div>
      ))}
    </section>
  );
}
