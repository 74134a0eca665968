/**
 * ETRON's sending mailboxes (guide: "Authenticated SMTP" for each sending mailbox; variant B, one
 * outgoing server per user): the further mailboxes after the sign-in page's first, added and
 * removed here and carried to the later pages (useSendingMailboxes). Each row is an address field
 * checked at once; the page's "Next" reports all of them together (form-check.ts).
 */
import { Button } from '@fluentui/react-components';
import { useLayoutEffect, useRef } from 'react';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import type { FormField } from '../wizard/form-check.js';
import { sendingMailboxes } from '../wizard/page-values.js';
import { MAX_ETRON_MAILBOXES } from '../slices/wizard-slice.js';
import { PasteField } from './paste-field.js';

/** The id of the field of the further mailbox `index` (the first further one is mailbox 2). */
export const moreMailboxId = (index: number): string => `path-mailbox-${index + 2}`;

/** Every sending mailbox of ETRON's path (one for the other products), trimmed, without repeats. */
export function useSendingMailboxes(): string[] {
  const joined = useAssistantStore((s) => sendingMailboxes(s.tenantForm.mailbox, s.profile === 'etron' ? s.etronMoreMailboxes : []).join('\n'));
  return joined === '' ? [] : joined.split('\n');
}

/** The further mailboxes' fields for the page's form check: each one added must be an address. */
export function moreMailboxFields(more: readonly string[]): FormField[] {
  return more.map((value, i) => ({ id: moreMailboxId(i), kind: 'address' as const, value, required: true }));
}

/** Props of EtronMailboxList. */
export interface EtronMailboxListProps {
  /** Show "Required" for an empty row (after "Next"). */
  readonly showRequired: boolean;
}

/** The list with Add and Remove; focus follows: to a new row, and after a removal to the Add button. */
export function EtronMailboxList({ showRequired }: EtronMailboxListProps) {
  const t = useMessages().path;
  const more = useAssistantStore((s) => s.etronMoreMailboxes);
  const add = useAssistantStore((s) => s.addEtronMailbox);
  const setMailbox = useAssistantStore((s) => s.setEtronMailbox);
  const remove = useAssistantStore((s) => s.removeEtronMailbox);
  const addButton = useRef<HTMLButtonElement>(null);
  // The row just added takes the focus once it is on screen.
  const focusRow = useRef<number | undefined>(undefined);
  useLayoutEffect(() => {
    if (focusRow.current === undefined) return;
    document.getElementById(moreMailboxId(focusRow.current))?.focus();
    focusRow.current = undefined;
  }, [more.length]);
  return (
    <div className="mailbox-list" data-testid="etron-mailboxes">
      <h4 id="etron-mailboxes-heading">{t.moreMailboxesHeading}</h4>
      <p className="muted">{t.moreMailboxesHelp}</p>
      <ul className="plain-list" aria-labelledby="etron-mailboxes-heading">
        {more.map((value, i) => (
          <li key={i} className="mailbox-row" data-testid={`etron-mailbox-row-${i + 2}`}>
            <PasteField id={moreMailboxId(i)} kind="address" label={t.mailboxNumber(i + 2)} value={value}
              onChange={(v) => setMailbox(i, v)} showRequired={showRequired} placeholder="anna@firma.de" />
            <Button data-testid={`etron-mailbox-remove-${i + 2}`} aria-label={t.removeMailbox(value.trim() || t.mailboxNumber(i + 2))}
              onClick={() => { remove(i); addButton.current?.focus(); }}>{t.remove}</Button>
          </li>
        ))}
      </ul>
      <Button ref={addButton} data-testid="etron-mailbox-add" disabled={more.length >= MAX_ETRON_MAILBOXES}
        onClick={() => { focusRow.current = more.length; add(); }}>{`+ ${t.addMailbox}`}</Button>
    </div>
  );
}
