/**
 * The folders an Exchange Online mailbox shows over IMAP and the untagged data Exchange sends
 * for LIST, STATUS and SELECT. The sandbox mailbox is empty: the point is a session that
 * behaves like Exchange's, not mail storage.
 */

/** One IMAP folder of the mailbox. */
export interface ImapFolder {
  readonly name: string;
  readonly flags: string;
}

/** The folders in the order Exchange lists them (alphabetical). */
export const IMAP_FOLDERS: readonly ImapFolder[] = [
  { name: 'Deleted Items', flags: '\\HasNoChildren \\Trash' },
  { name: 'Drafts', flags: '\\HasNoChildren \\Drafts' },
  { name: 'INBOX', flags: '\\Marked \\HasNoChildren' },
  { name: 'Sent Items', flags: '\\HasNoChildren \\Sent' },
];

/** Exchange's UIDVALIDITY values are small integers that rarely change. */
const UID_VALIDITY = 14;
const FLAGS = '(\\Seen \\Answered \\Flagged \\Deleted \\Draft $MDNSent)';

/** Quotes a mailbox name when it is not a plain atom. */
export function quoteMailbox(name: string): string {
  return /^[A-Za-z0-9._-]+$/.test(name) ? name : `"${name.replace(/(["\\])/g, '\\$1')}"`;
}

/** Finds a folder by name (INBOX is case-insensitive, RFC 3501 §5.1). */
export function findFolder(name: string): ImapFolder | undefined {
  if (name.toUpperCase() === 'INBOX') return IMAP_FOLDERS.find((f) => f.name === 'INBOX');
  return IMAP_FOLDERS.find((f) => f.name.toLowerCase() === name.toLowerCase());
}

function wildcardToRegExp(pattern: string): RegExp {
  const body = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/%/g, '[^/]*');
  return new RegExp(`^${body}$`, 'i');
}

/** The untagged LIST (or LSUB) lines for a reference and pattern. */
export function listLines(command: 'LIST' | 'LSUB', reference: string, pattern: string): string[] {
  if (pattern === '') return [`* ${command} (\\Noselect \\HasChildren) "/" ""`];
  const re = wildcardToRegExp(reference + pattern);
  return IMAP_FOLDERS.filter((f) => re.test(f.name)).map((f) => `* ${command} (${f.flags}) "/" ${quoteMailbox(f.name)}`);
}

/** The untagged STATUS line for the requested items of an (empty) folder. */
export function statusLine(folder: ImapFolder, items: readonly string[]): string {
  const values: Record<string, number> = { MESSAGES: 0, RECENT: 0, UIDNEXT: 1, UIDVALIDITY: UID_VALIDITY, UNSEEN: 0 };
  const parts = items.map((i) => i.toUpperCase()).filter((i) => i in values).map((i) => `${i} ${values[i]}`);
  return `* STATUS ${quoteMailbox(folder.name)} (${parts.join(' ')})`;
}

/** The untagged lines of SELECT/EXAMINE for an (empty) folder. */
export function selectLines(): string[] {
  return [
    '* 0 EXISTS',
    '* 0 RECENT',
    `* FLAGS ${FLAGS}`,
    `* OK [PERMANENTFLAGS ${FLAGS}] Permanent flags`,
    `* OK [UIDVALIDITY ${UID_VALIDITY}] UIDVALIDITY value`,
    '* OK [UIDNEXT 1] The next unique identifier value',
  ];
}
