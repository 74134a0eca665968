/** ETRON's sending mailboxes, each with Copy: the pages that act on every one of them show this list. */
import { useMessages } from '../use-messages.js';
import { CopyValue } from './copy-value.js';

/** Props of SendingMailboxes. */
export interface SendingMailboxesProps {
  readonly mailboxes: readonly string[];
}

/** The list, under "For each of these mailboxes". */
export function SendingMailboxes({ mailboxes }: SendingMailboxesProps) {
  const t = useMessages().path;
  return (
    <section className="values card" aria-labelledby="each-mailbox-heading" data-testid="sending-mailboxes">
      <h3 id="each-mailbox-heading">{t.eachMailboxHeading}</h3>
      {mailboxes.map((m, i) => <CopyValue key={m} label={t.mailboxNumber(i + 1)} value={m} testId={`value-mailbox-${i + 1}`} />)}
    </section>
  );
}
