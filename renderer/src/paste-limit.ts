/**
 * The longest paste "Explain an error" sends, and how a longer one is shortened. The main process refuses a longer request
 * (electron/ipc/contract.ts MAX_PASTE_CHARS); the renderer takes only types from the main side, so the number is repeated here
 * and a test (test/unit/ipc-handlers.test.ts) holds the two equal.
 */

/** Longest text a decodeError request carries (the same as the contract's MAX_PASTE_CHARS). */
export const MAX_PASTE_CHARS = 4_000_000;

/** A pasted text within MAX_PASTE_CHARS: a longer one keeps its beginning and its end (errors sit at either end of a log). */
export function pasteWithinLimit(text: string): string {
  if (text.length <= MAX_PASTE_CHARS) return text;
  const half = Math.floor((MAX_PASTE_CHARS - 1) / 2);
  return `${text.slice(0, half)}\n${text.slice(text.length - half)}`;
}
