/**
 * Path page "sign-in": the admin signs in — to the demo tenant while it runs, or to their own
 * tenant. Once signed in, the page asks which mailbox sends: every later check needs it.
 */
import { DemoSignInCard } from '../components/demo-sign-in-card.js';
import { PasteField } from '../components/paste-field.js';
import { PathPageFrame } from '../components/path-page.js';
import { SignedInCard } from '../components/signed-in-card.js';
import { TenantSignInCard } from '../components/tenant-sign-in-card.js';
import { useEffect, useState } from 'react';
import { EtronMailboxList, moreMailboxFields } from '../components/etron-mailbox-list.js';
import { knownFacts } from '../known-facts.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { WizardStep } from '../wizard/steps.js';

/** The sign-in page. */
export function SignInPage() {
  const account = useAssistantStore((s) => s.account);
  const demoStatus = useAssistantStore((s) => s.demoStatus);
  const profile = useAssistantStore((s) => s.profile);
  const mailbox = useAssistantStore((s) => s.tenantForm.mailbox);
  const setField = useAssistantStore((s) => s.setTenantField);
  const prefill = useAssistantStore((s) => s.prefillTenantForm);
  const more = useAssistantStore((s) => s.etronMoreMailboxes);
  const [tried, setTried] = useState(false);
  const t = useMessages();
  const etron = profile === 'etron';

  // Signed in to the demo tenant: its mailbox is the one that sends.
  useEffect(() => {
    if (account?.cloud === 'sandbox') prefill(knownFacts({ demoStatus, checkResult: undefined, profile }));
  }, [account, demoStatus, profile, prefill]);

  return (
    <PathPageFrame step={WizardStep.SignIn} onShown={() => setTried(true)}
      fields={account ? [{ id: 'path-mailbox', kind: 'address', value: mailbox, required: true }, ...(etron ? moreMailboxFields(more) : [])] : []}>
      <p className="lead">{t.signIn.intro}</p>
      <p className="muted">{t.signIn.readOnlyNote}</p>
      {account ? (
        <>
          <SignedInCard account={account} />
          <section className="card" aria-labelledby="mailbox-heading" data-testid="mailbox-card">
            <h3 id="mailbox-heading">{t.path.mailboxHeading}</h3>
            <PasteField id="path-mailbox" kind="address" label={t.path.values.mailbox} hint={t.path.mailboxHelp}
              value={mailbox} onChange={(v) => setField('mailbox', v)} showRequired placeholder="info@firma.de" />
            {etron && <EtronMailboxList showRequired={tried} />}
          </section>
        </>
      ) : (
        <>
          {demoStatus.running && <DemoSignInCard />}
          <TenantSignInCard />
        </>
      )}
    </PathPageFrame>
  );
}
