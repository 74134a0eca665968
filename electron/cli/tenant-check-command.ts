/**
 * `check` against a real tenant: the admin signs in (system browser or device code), with
 * --delegated the mailbox user too, then the same check the app runs — Graph reads of the
 * tenant, token, ports/TLS, DNS, and SMTP/IMAP where a token for them can be had here.
 * Ctrl+C cancels at any point (exit 4).
 */
import type { AccessTokenProvider } from '../core/auth/app-only-token.js';
import type { CheckResult } from '../core/check/check-types.js';
import { runCheck } from '../core/check/run-check.js';
import { tenantCheckInput } from '../core/check/tenant-check.js';
import type { AppError } from '../core/result.js';
import type { ParsedArgs } from './args.js';
import { progressPrinter, runAndReport, writeResult, type CheckOutputOptions } from './check-run.js';
import { EXIT } from './exit-codes.js';
import { signInFailureResult } from './sign-in-failure.js';
import { readTenantCheckRequest, type TenantCheckRequest } from './tenant-check-options.js';
import { mailboxClientId, signInAdmin, signInMailbox, type SignInContext } from './tenant-sign-in.js';

type Lang = 'de' | 'en';

const TEXT = {
  signedIn: { de: 'Angemeldet als', en: 'Signed in as' },
  cancelled: { de: 'Anmeldung abgebrochen.', en: 'Sign-in cancelled.' },
  timedOut: { de: 'Die Anmeldung wurde nicht rechtzeitig abgeschlossen.', en: 'The sign-in was not completed in time.' },
  noBrowser: {
    de: 'Ohne Browser anmelden: dieselbe Prüfung mit --device-code.',
    en: 'To sign in without a browser: run the same check with --device-code.',
  },
} as const;

/** What the result leaves untested, and how to test it. */
export function notesFor(r: TenantCheckRequest, result: CheckResult, lang: Lang): string[] {
  if (result.steps.some((s) => s.id === 'smtp') || result.steps.some((s) => s.id === 'sign-in')) return [];
  if (r.profile === 'inventory360') {
    return lang === 'de'
      ? ['Inventory360 sendet mit seiner eigenen App und deren Secret, das beim Hersteller bleibt – deshalb hat diese Prüfung SMTP nicht selbst getestet.',
        'Senden Sie jetzt eine Testmail aus Inventory360. Schlägt sie fehl, fügen Sie die Fehlermeldung hier ein: npm run cli -- decode "<Fehlertext>"']
      : ['Inventory360 sends with its own app and secret, which stay with the vendor, so this check did not test SMTP itself.',
        'Now send a test mail from Inventory360. If it fails, paste the error here: npm run cli -- decode "<error text>"'];
  }
  const how = r.profile === 'etron' || r.delegated ? '--delegated' : '--app-secret-file FILE (or --app-cert-file PEM --app-cert-thumbprint HEX)';
  return [lang === 'de'
    ? `SMTP und IMAP wurden nicht getestet: dazu ${how} angeben.`
    : `SMTP and IMAP were not tested: add ${how} to test them.`];
}

/** Explains a failed sign-in; resolves with the exit code. */
async function signInFailed(error: AppError, r: TenantCheckRequest, out: Omit<CheckOutputOptions, 'signal'>, startedAt: number): Promise<number> {
  const lang = out.language;
  if (error.code === 'cancelled' || error.code === 'timeout') {
    process.stderr.write(`${error.code === 'cancelled' ? TEXT.cancelled[lang] : TEXT.timedOut[lang]}\n`);
    // MSAL's device code polling sleeps out its interval (5 s) before it sees the cancel; the
    // person who pressed Ctrl+C should not wait for it. Unref'd: a drained loop exits sooner.
    setTimeout(() => process.exit(EXIT.cancelled), 250).unref();
    return EXIT.cancelled;
  }
  const result = signInFailureResult(error, { profile: r.profile, cloud: r.cloud, mailbox: r.mailbox, tenant: r.tenant, language: lang, startedAt });
  if (result) {
    const code = await writeResult(result, out);
    return result.categories[0] === 'user_cancelled_or_consent_declined' && code === EXIT.problems ? EXIT.cancelled : code;
  }
  process.stderr.write(`check: ${error.message}${error.detail && error.detail !== error.message ? `: ${error.detail}` : ''}\n`);
  if (r.signIn === 'browser' && /browser/.test(error.message)) process.stderr.write(`${TEXT.noBrowser[lang]}\n`);
  return EXIT.failed;
}

/** Runs the check of a real tenant; resolves with the exit code. */
export async function runTenantCheck(args: ParsedArgs, out: Omit<CheckOutputOptions, 'signal' | 'notes'>): Promise<number> {
  const request = readTenantCheckRequest(args, { platform: process.platform, env: process.env });
  if (!request.ok) {
    process.stderr.write(`check: ${request.error.message}\n`);
    return request.error.code === 'invalid_input' ? EXIT.usage : EXIT.failed;
  }
  const r = request.value;
  const lang = out.language;
  const controller = new AbortController();
  const onSignal = (): void => controller.abort();
  process.once('SIGINT', onSignal);
  const progress = progressPrinter(out.quiet);
  const context: SignInContext = { request: r, language: lang, signal: controller.signal, say: (line) => process.stderr.write(`${line}\n`) };
  const startedAt = Date.now();
  try {
    progress({ kind: 'step-started', step: 'sign-in' });
    const admin = await signInAdmin(context);
    if (!admin.ok) return await signInFailed(admin.error, r, out, startedAt);
    const account = admin.value.currentAccount();
    if (!out.quiet && account) process.stderr.write(`✓ sign-in  ${TEXT.signedIn[lang]} ${account.username}\n`);
    let mailboxTokens: AccessTokenProvider | undefined;
    if (r.delegated) {
      const mailbox = await signInMailbox(context);
      if (!mailbox.ok) return await signInFailed(mailbox.error, r, out, startedAt);
      mailboxTokens = mailbox.value;
      if (!out.quiet) process.stderr.write(`✓ sign-in  ${TEXT.signedIn[lang]} ${r.mailbox}\n`);
    }
    const tokenClientId = mailboxClientId(r);
    const attempt = async (): Promise<CheckResult | { error: string }> => {
      const built = tenantCheckInput({
        profile: r.profile, cloud: r.cloud, admin: admin.value, mailbox: r.mailbox, languages: [lang],
        signal: controller.signal, onProgress: progress,
        ...(r.caPem ? { caPem: r.caPem } : {}),
        ...(r.sender ? { sender: r.sender } : {}),
        ...(r.appCredential ? { appCredential: r.appCredential } : {}),
        ...(r.etron ? { etron: r.etron } : {}),
        ...(r.appId ? { generic: {
          appId: r.appId, flow: r.delegated ? 'delegated' as const : 'app-only' as const, imap: r.imap,
          // A certificate given by its SHA-1 thumbprint (as Entra shows it): its upload is checked in Graph too.
          ...(r.appCredential?.credential.kind === 'certificate' && r.appCredential.credential.thumbprint
            ? { certificateThumbprint: r.appCredential.credential.thumbprint } : {}),
        } } : {}),
        // The mailbox user's tokens come from the product's own app (tenant-sign-in.ts).
        ...(mailboxTokens && tokenClientId ? { mailboxTokens: { provider: mailboxTokens, clientId: tokenClientId } } : {}),
        ...(r.dnsResolver !== undefined ? { dnsResolver: r.dnsResolver } : {}),
        ...(r.rbac ? { appOnlyAuthorization: 'rbac' as const } : {}),
      });
      if (!built.ok) return { error: built.error.message };
      const input = built.value;
      try {
        const result = await runCheck(input);
        return controller.signal.aborted ? { error: lang === 'de' ? 'abgebrochen' : 'cancelled' } : result;
      } finally {
        input.graph?.close();
      }
    };
    return await runAndReport(attempt, { ...out, signal: controller.signal, notes: (result) => notesFor(r, result, lang) });
  } finally {
    process.removeListener('SIGINT', onSignal);
  }
}
