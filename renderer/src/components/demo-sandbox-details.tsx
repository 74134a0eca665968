/** Where the running sandbox tenant listens: what a user types into a client to try it. */
import type { DemoSandboxView } from '../../../electron/ipc/contract.js';
import { useMessages } from '../use-messages.js';

/** Props of DemoSandboxDetails. */
export interface DemoSandboxDetailsProps {
  readonly sandbox: DemoSandboxView;
  readonly pendingReplicationMs: number;
}

/** The running sandbox's tenant id, endpoints, mailbox and scenarios. */
export function DemoSandboxDetails({ sandbox, pendingReplicationMs }: DemoSandboxDetailsProps) {
  const t = useMessages();
  const scenarioNames = sandbox.scenarios.map((s) => t.scenarios[s]).join(', ');
  return (
    <>
      <dl className="facts" data-testid="demo-details">
        <dt>{t.demo.tenantId}</dt>
        <dd className="mono" data-testid="demo-tenant-id">{sandbox.tenantId}</dd>
        <dt>{t.demo.authority}</dt>
        <dd className="mono" data-testid="demo-authority">{sandbox.authority}</dd>
        <dt>{t.demo.graph}</dt>
        <dd className="mono" data-testid="demo-graph">{sandbox.graph}</dd>
        <dt>{t.demo.smtp}</dt>
        <dd className="mono" data-testid="demo-smtp">{`${sandbox.smtp.host}:${sandbox.smtp.port}`}</dd>
        <dt>{t.demo.imap}</dt>
        <dd className="mono" data-testid="demo-imap">{`${sandbox.imap.host}:${sandbox.imap.port}`}</dd>
        <dt>{t.demo.mailbox}</dt>
        <dd className="mono" data-testid="demo-mailbox">{sandbox.mailbox}</dd>
        <dt>{t.demo.scenarios}</dt>
        <dd data-testid="demo-scenarios">{scenarioNames}</dd>
      </dl>
      {pendingReplicationMs > 0 && (
        <p className="muted" data-testid="demo-pending">{t.demo.pendingReplication(Math.ceil(pendingReplicationMs / 1000))}</p>
      )}
    </>
  );
}
