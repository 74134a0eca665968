/**
 * The command line's OpenBrowser: hands the sign-in URL to the operating system's opener —
 * `xdg-open` on Linux, `open` on macOS, `cmd /c start "" "<url>"` on Windows — or to the program
 * in `BROWSER` (the convention xdg-open and Python's webbrowser follow; tests point it at a
 * script that signs in). Spawned without a shell, detached, so the browser outlives nothing of
 * ours; only an https URL (or http on loopback, the sandbox's) is ever handed over.
 *
 * The URL's query carries the PKCE challenge, state and login hint: error messages name only
 * its origin and path.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fail, ok, type Result } from '../result.js';
import type { OpenBrowser } from './interactive-sign-in.js';

/** The program and arguments that open a URL. */
export interface OpenerCommand {
  readonly command: string;
  readonly args: readonly string[];
  /** Windows: hand the arguments to cmd.exe exactly as written (our own quoting). */
  readonly windowsVerbatimArguments?: boolean;
}

/** Where the opener runs. */
export interface OpenerEnvironment {
  readonly platform: NodeJS.Platform;
  readonly env: Readonly<Record<string, string | undefined>>;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The URL without its query and fragment: what a message may say about it. */
export function urlForMessages(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '(not a URL)';
  }
}

/** Accepts https URLs, and http only on loopback; refuses credentials and characters cmd.exe would read. */
export function checkBrowserUrl(url: string): Result<string> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return fail('invalid_input', 'the sign-in address is not a URL', { field: 'url' });
  }
  const loopbackHttp = u.protocol === 'http:' && LOOPBACK_HOSTS.has(u.hostname);
  if (u.protocol !== 'https:' && !loopbackHttp) {
    return fail('invalid_input', `only https addresses are opened in the browser, not ${u.protocol}`, { field: 'url' });
  }
  if (u.username || u.password) return fail('invalid_input', 'the sign-in address must not carry a user name or password', { field: 'url' });
  // WHATWG serialisation percent-encodes quotes and spaces; a raw one would end cmd's quoting.
  if (/["\s\x00-\x1f\x7f]/.test(u.href)) return fail('invalid_input', 'the sign-in address contains characters a browser opener cannot take', { field: 'url' });
  return ok(u.href);
}

/** The opener for a platform; `BROWSER` (first entry of its list) wins when set. */
export function openerCommand(href: string, where: OpenerEnvironment): OpenerCommand {
  const browser = where.env.BROWSER?.split(where.platform === 'win32' ? ';' : ':').map((s) => s.trim()).find(Boolean);
  if (browser) return { command: browser, args: [href] };
  switch (where.platform) {
    case 'darwin':
      return { command: 'open', args: [href] };
    case 'win32':
      // The way Node's own `shell: true` calls cmd: /d no AutoRun, /s strip the outer quotes.
      // Inside the quotes cmd does not split at `&`, which every OAuth query contains.
      return { command: where.env.ComSpec ?? 'cmd.exe', args: ['/d', '/s', '/c', `"start "" "${href}""`], windowsVerbatimArguments: true };
    default:
      return { command: 'xdg-open', args: [href] };
  }
}

/** Whether a browser can be shown here: a desktop session, not a bare SSH login or a server. */
export function canOpenBrowser(where: OpenerEnvironment): boolean {
  if (where.platform === 'win32') return true;
  if (where.platform === 'darwin') return !(where.env.SSH_CONNECTION || where.env.SSH_TTY);
  return Boolean(where.env.DISPLAY || where.env.WAYLAND_DISPLAY);
}

/** Options of the OS opener. */
export interface OsBrowserOptions extends Partial<OpenerEnvironment> {
  /**
   * How long an opener that keeps running counts as started (default 2 s). Openers normally hand
   * the URL to the desktop and exit 0; one that exits non-zero failed to open anything.
   */
  readonly settleMs?: number;
}

/** Opens a URL with the OS opener; resolves once it is handed over, with io_error if not. */
export function openInBrowser(url: string, options: OsBrowserOptions = {}): Promise<Result<void>> {
  const checked = checkBrowserUrl(url);
  if (!checked.ok) return Promise.resolve(checked);
  const where: OpenerEnvironment = { platform: options.platform ?? process.platform, env: options.env ?? process.env };
  const opener = openerCommand(checked.value, where);
  const name = path.basename(opener.command);
  const target = urlForMessages(checked.value);
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    let child: ChildProcess | undefined;
    const done = (result: Result<void>): void => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      child?.unref();
      resolve(result);
    };
    try {
      child = spawn(opener.command, [...opener.args], {
        detached: true, stdio: 'ignore', windowsHide: true,
        ...(opener.windowsVerbatimArguments ? { windowsVerbatimArguments: true } : {}),
      });
    } catch (err) {
      done(fail('io_error', `the browser opener ${name} could not be started (${(err as NodeJS.ErrnoException).code ?? 'error'}) for ${target}`, { detail: name }));
      return;
    }
    child.on('error', (err: NodeJS.ErrnoException) => {
      done(fail('io_error', `the browser opener ${name} could not be started (${err.code ?? err.message}) for ${target}`, { detail: name }));
    });
    child.once('spawn', () => {
      timer = setTimeout(() => done(ok(undefined)), options.settleMs ?? 2_000);
    });
    child.once('exit', (code, signal) => {
      done(code === 0 ? ok(undefined) : fail('io_error', `the browser opener ${name} ended with ${code ?? signal} for ${target}`, { detail: name }));
    });
  });
}

/** An OpenBrowser for MSAL's interactive sign-in: rejects (without the query) when nothing opened. */
export function osBrowser(options: OsBrowserOptions = {}): OpenBrowser {
  return async (url) => {
    const opened = await openInBrowser(url, options);
    if (!opened.ok) throw new Error(opened.error.message);
  };
}
