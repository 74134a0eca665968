/**
 * ETRON's sign-in on a command line: the mailbox user signs in in a browser (opened by the OS,
 * or on any device with the printed address); Entra then sends the browser to ETRON's
 * `/microsoft_outlook/confirm`, and the person pastes that address back here. ETRON's page may
 * show an error (the request did not come from ETRON, Odoo's state check refuses it), which is
 * expected: only this process redeems the code, with ETRON's secret.
 */
import { createInterface } from 'node:readline';
import type { CatchRedirect } from '../core/auth/etron-sign-in.js';
import type { OpenBrowser } from '../core/auth/interactive-sign-in.js';

/** An address bar is at most a few kilobytes; anything longer is not the redirect. */
const MAX_LINE = 8 * 1024;

/** What the catcher needs from the terminal. */
export interface PastedRedirectOptions {
  readonly language: 'de' | 'en';
  readonly mailbox: string;
  /** A line for the person at the terminal (stderr). */
  readonly say: (line: string) => void;
  /** Opens the sign-in in the system browser; without it the address is printed. */
  readonly openBrowser?: OpenBrowser;
  /** Reads one line (default: stdin). */
  readonly readLine?: (signal?: AbortSignal) => Promise<string>;
}

/** Reads one line from stdin, bounded, cancellable. */
export function readStdinLine(signal?: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    const rl = createInterface({ input: process.stdin, terminal: false });
    let buffered = 0;
    let settled = false;
    const done = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      fn();
      signal?.removeEventListener('abort', onAbort);
      process.stdin.removeListener('data', onData);
      rl.close();
    };
    const onAbort = (): void => done(() => reject(new Error('cancelled')));
    const onData = (chunk: Buffer | string): void => {
      buffered += chunk.length;
      if (buffered > MAX_LINE) done(() => reject(new Error('the pasted text is too long to be the address')));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    process.stdin.on('data', onData);
    rl.once('line', (line) => done(() => resolve(line.trim())));
    rl.once('close', () => done(() => reject(new Error('no address was pasted'))));
  });
}

function texts(lang: 'de' | 'en', mailbox: string, redirectUri: string) {
  return lang === 'de'
    ? {
      browser: `Der Browser wird geöffnet: Melden Sie sich als ${mailbox} über die App von ETRON an …`,
      open: (url: string) => `Melden Sie sich als ${mailbox} über die App von ETRON an: Öffnen Sie diese Adresse in einem Browser (auf einem beliebigen Gerät):\n${url}`,
      paste: `Danach leitet Microsoft den Browser zu ${redirectUri} weiter (ETRON zeigt dort evtl. einen Fehler – das ist erwartet). Kopieren Sie die vollständige Adresse aus der Adresszeile des Browsers und fügen Sie sie hier ein:`,
    }
    : {
      browser: `Opening the browser: sign in as ${mailbox} through ETRON's app …`,
      open: (url: string) => `Sign in as ${mailbox} through ETRON's app: open this address in a browser (on any device):\n${url}`,
      paste: `Microsoft then sends the browser to ${redirectUri} (ETRON may show an error there — that is expected). Copy the whole address from the browser's address bar and paste it here:`,
    };
}

/** A CatchRedirect that asks the person to paste the address the browser ended at. */
export function pastedRedirectCatcher(o: PastedRedirectOptions): CatchRedirect {
  return async (authorizeUrl, redirectUri, signal) => {
    const t = texts(o.language, o.mailbox, redirectUri);
    if (o.openBrowser) {
      o.say(t.browser);
      await o.openBrowser(authorizeUrl);
    } else {
      o.say(t.open(authorizeUrl));
    }
    o.say(t.paste);
    return (o.readLine ?? readStdinLine)(signal);
  };
}
