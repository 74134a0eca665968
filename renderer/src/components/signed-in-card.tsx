/** Who is signed in, where, and signing out. */
import type { SignedInAccount } from '../../../electron/ipc/contract.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';

/** Props of SignedInCard. */
export interface SignedInCardProps {
  readonly account: SignedInAccount;
}

/** The signed-in admin as display data (the tokens stay in the main process). */
export function SignedInCard({ account }: SignedInCardProps) {
  const signOut = useAssistantStore((s) => s.signOut);
  const signingOut = useAssistantStore((s) => s.signingOut);
  const t = useMessages();
  const s = t.signIn;
  return (
    <section className="card signed-in" aria-labelledby="signed-in-heading" data-testid="signed-in-card">
      <h3 id="signed-in-heading" className="visually-hidden">{s.signedInHeading}</h3>
      <p className="signed-in-as" data-testid="signin-account">{s.signedInAs(account.name, account.username)}</p>
      <dl className="facts">
        <dt>{s.where}</dt>
        <dd data-testid="signin-cloud">{account.cloud === 'sandbox' ? s.demoTenant : s.clouds[account.cloud]}</dd>
        <dt>{s.tenantId}</dt>
        <dd className="mono" data-testid="signin-tenant-id">{account.tenantId}</dd>
      </dl>
      <div className="control-row">
        <button type="button" data-testid="signin-sign-out" disabled={signingOut} onClick={() => void signOut()}>{s.signOut}</button>
      </div>
    </section>
  );
}
