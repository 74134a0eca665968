/**
 * The handler table: each IPC operation → its core function. Plain Node (no Electron import):
 * Electron's ipcMain (electron/ipc-main.ts) and the browser test bridge (test/helpers/browser.ts)
 * both call it, so the tests run the same code the app runs.
 *
 * These files change together: electron/ipc/contract.ts, electron/ipc/handlers.ts,
 * electron/preload.ts.
 */
import type { CatchRedirect } from '../core/auth/etron-sign-in.js';
import { EtronSessions } from './ops/mail-credentials.js';
import { hostLocale, readAppInfo } from '../core/app-info.js';
import { DemoSandbox } from '../demo/demo-sandbox.js';
import { fail, ok, type Result } from '../core/result.js';
import { isOperationName, type OperationName, type ResultOf } from './contract.js';
import { AdminSignIn } from './ops/admin-sign-in.js';
import { runDemoCheck, validateDemoCheckRequest } from './ops/check-ops.js';
import { categoryTitles, decodeError, validateDecodeRequest } from './ops/decode-ops.js';
import { exportConfig, importConfig, previewConfig, validateExportRequest, validatePreviewRequest } from './ops/export-ops.js';
import type { ChooseOpenPath, ChooseSavePath } from './ops/file-dialogs.js';
import { FixRunner } from './ops/fix-ops.js';
import { linkValidator, openLink } from './ops/link-ops.js';
import { LinkAllowlist, type OpenExternal } from './ops/open-external.js';
import { PORTAL_LINKS } from './portal-links.js';
import { generatePowerShellScript, saveScript, validatePowerShellRequest, validateSaveScriptRequest } from './ops/powershell-ops.js';
import { progressOps } from './ops/progress-ops.js';
import { LastCheck, saveSupportReport, validateSaveReportRequest } from './ops/report-ops.js';
import { RETEST_TIMING, RetestRunner, retestValidator, type RetestTiming } from './ops/retest-ops.js';
import { signInDefaults, validateSignInRequest } from './ops/sign-in-ops.js';
import { validateProgressInput } from '../core/state/progress-state.js';
import { TenantCheckRunner, validateTenantCheckRequest } from './ops/tenant-check-ops.js';
import type { AssistantEvent } from './tenant-types.js';
import { noRequest, optionalScenarios, requestObject, validateEnableScenarioRequest, type Validator } from './validate.js';

/** What the handlers need from their host (Electron main process or a test). */
export interface HandlerServices {
  /** The UI locale (Electron: `app.getLocale()`); defaults to the Node process's locale. */
  readonly locale?: () => string;
  /** Runtime versions to report; defaults to `process.versions`. */
  readonly versions?: Readonly<Record<string, string | undefined>>;
  /** One diagnostic line (never tokens or secrets). */
  readonly log?: (line: string) => void;
  /** Asks the user where to save a file (Electron: dialog.showSaveDialog); the renderer never names a path. */
  readonly chooseSavePath?: ChooseSavePath;
  /** Asks the user for a file to open (Electron: dialog.showOpenDialog). */
  readonly chooseOpenPath?: ChooseOpenPath;
  /** Opens a sign-in or fix page outside the app (Electron: shell.openExternal / the demo sign-in window). */
  readonly openExternal?: OpenExternal;
  /** Pushes an event to the renderer (Electron: webContents.send on EVENT_CHANNEL). Never carries a token. */
  readonly sendEvent?: (event: AssistantEvent) => void;
  /** The main process's environment (M365_ASSISTANT_CLIENT_ID); default none. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Where the wizard's progress is kept (Electron: app.getPath('userData')); none = nothing is kept. */
  readonly progressFolder?: string;
  /**
   * Drives the ETRON mailbox user's sign-in through ETRON's app and hands back the redirect before
   * it is loaded (Electron: the ETRON sign-in window, etron-sign-in-window.ts); none = ETRON's
   * check reads Graph only.
   */
  readonly catchEtronRedirect?: CatchRedirect;
  /** Spacing of "wait and test" tries; default RETEST_TIMING (a minute, doubling to 30 minutes, for 24 hours). */
  readonly retestTiming?: RetestTiming;
}

/** Handles one operation's raw, unchecked request. */
export type Handler<K extends OperationName> = (request: unknown) => Promise<Result<ResultOf<K>>>;

/** One handler per operation of the contract. */
export type HandlerTable = { readonly [K in OperationName]: Handler<K> };

/** A handler table with its state (the demo sandbox) and a way to release it. */
export interface AssistantHandlers {
  readonly table: HandlerTable;
  /** Dispatches by name; an unknown name is `invalid_input` on field `operation`. */
  handle(operation: string, request: unknown): Promise<Result<unknown>>;
  /** True for a link the main process offered the renderer (window.open and navigation go through this too). */
  isOfferedLink(url: string): boolean;
  /** Stops what the handlers started (sign-in, check, demo sandbox). Call once, on quit or after a test. */
  dispose(): Promise<void>;
}

/** The first line of an exception's message: no stack, no multi-line dumps across IPC. */
function describeException(err: unknown): string {
  const text = err instanceof Error ? err.message : typeof err === 'string' ? err : '';
  const firstLine = text.split('\n')[0]?.trim() ?? '';
  return firstLine === '' ? 'Unexpected error.' : firstLine;
}

/** Runs `task` and turns any exception into an `internal` error. */
export async function guarded<T>(task: () => Result<T> | Promise<Result<T>>, log?: (line: string) => void): Promise<Result<T>> {
  try {
    return await task();
  } catch (err) {
    const message = describeException(err);
    log?.(`ipc: internal error: ${message}`);
    return fail('internal', message);
  }
}

/** Creates a handler table with its own state; `dispose()` it when done. */
export function createHandlers(services: HandlerServices = {}): AssistantHandlers {
  const log = services.log;
  const demo = new DemoSandbox(log ? { log } : {});
  const links = new LinkAllowlist();
  links.set('portals', PORTAL_LINKS);
  const events = services.sendEvent;
  const admin = new AdminSignIn({
    demo, links,
    ...(services.openExternal ? { openExternal: services.openExternal } : {}),
    ...(events ? { sendEvent: events } : {}),
    ...(services.env ? { env: services.env } : {}),
    ...(log ? { log } : {}),
  });
  let runs = 0;
  const nextRun = (): number => ++runs;
  const etronSessions = new EtronSessions();
  const checks = new TenantCheckRunner({
    admin, links, nextRun, etronSessions, demo: (p) => demo.productCredential(p), ...(events ? { sendEvent: events } : {}),
    ...(services.catchEtronRedirect ? { catchRedirect: services.catchEtronRedirect } : {}),
  });
  const fixes = new FixRunner({ admin, ...(log ? { log } : {}) });
  const lastCheck = new LastCheck();
  const retests = new RetestRunner({
    admin, demo, etronSessions, ...(services.catchEtronRedirect ? { catchRedirect: services.catchEtronRedirect } : {}), timing: services.retestTiming ?? RETEST_TIMING, ...(events ? { sendEvent: events } : {}),
    onResult: (request, result, secrets) => {
      lastCheck.remember(result, secrets);
      fixes.remember(request, result);
    },
  });
  const progress = progressOps(services.progressFolder);

  function operation<T, R>(validate: Validator<T>, run: (request: T) => Promise<Result<R>> | Result<R>) {
    return (raw: unknown): Promise<Result<R>> => guarded(() => {
      const request = validate(raw);
      return request.ok ? run(request.value) : request;
    }, log);
  }

  const table: HandlerTable = {
    getAppInfo: operation(noRequest, () => ok(readAppInfo({
      locale: services.locale ?? hostLocale,
      ...(services.versions ? { versions: services.versions } : {}),
    }))),
    startDemoSandbox: operation((raw) => {
      const request = requestObject(raw, ['scenarios']);
      return request.ok ? optionalScenarios(request.value['scenarios'], 'scenarios') : request;
    }, async (scenarios) => ok(await demo.start(scenarios ?? ['healthy']))),
    getDemoSandboxStatus: operation(noRequest, () => ok(demo.status())),
    stopDemoSandbox: operation(noRequest, async () => ok(await demo.stop())),
    getCategoryTitles: operation(noRequest, categoryTitles),
    decodeError: operation(validateDecodeRequest, decodeError),
    generatePowerShellScript: operation(validatePowerShellRequest, generatePowerShellScript),
    savePowerShellScript: operation(validateSaveScriptRequest, (request) => saveScript(request, services.chooseSavePath)),
    previewConfigFile: operation(validatePreviewRequest, previewConfig),
    exportConfigFile: operation(validateExportRequest, (request) => exportConfig(request, services.chooseSavePath)),
    importConfigFile: operation(noRequest, () => importConfig(services.chooseOpenPath)),
    runDemoCheck: operation(validateDemoCheckRequest, (request) => {
      fixes.forget();
      const run = nextRun();
      return runDemoCheck(request, log, events ? (p) => events({ kind: 'check-progress', run, progress: p }) : undefined)
        .then((result) => { lastCheck.remember(result); return result; });
    }),
    getSignInDefaults: operation(noRequest, () => signInDefaults(services.env)),
    signIn: operation(validateSignInRequest, (request) => admin.signIn(request)),
    cancelSignIn: operation(noRequest, () => ok({ cancelled: admin.cancel() })),
    signOut: operation(noRequest, async () => { etronSessions.clear(); return ok({ signedOut: await admin.signOut() }); }),
    getAccount: operation(noRequest, () => ok(admin.account())),
    runTenantCheck: operation(validateTenantCheckRequest, async (request) => {
      const { result, secrets } = await checks.checkWithSecrets(request);
      lastCheck.remember(result, secrets);
      return fixes.remember(request, result);
    }),
    cancelCheck: operation(noRequest, () => ok({ cancelled: checks.cancel() })),
    openLink: operation(linkValidator(links), (request) => openLink(request, services.openExternal, admin.sandboxTrust())),
    enableDemoScenario: operation(validateEnableScenarioRequest, (request) => {
      const status = demo.enableScenario(request.scenario);
      return status ? ok(status) : fail('not_found', 'The demo tenant is not running.');
    }),
    applyFix: operation(fixes.validate, (request) => fixes.apply(request)),
    startRetest: operation(retestValidator(Date.now), (request) => retests.run(request)),
    cancelRetest: operation(noRequest, () => ok({ cancelled: retests.cancel() })),
    saveSupportReport: operation(validateSaveReportRequest, (request) => saveSupportReport(request, lastCheck, services.chooseSavePath)),
    loadProgress: operation(noRequest, () => progress.load()),
    saveProgress: operation(validateProgressInput, (request) => progress.save(request)),
    clearProgress: operation(noRequest, () => progress.clear()),
    uploadDemoCertificate: operation(noRequest, async () => {
      const uploaded = await demo.uploadCertificate();
      return uploaded ? ok(uploaded) : fail('not_found', 'The demo tenant is not running.');
    }),
  };

  return {
    table,
    isOfferedLink: (url) => links.has(url),
    handle(name, request) {
      if (!isOperationName(name)) return Promise.resolve(fail('invalid_input', 'Unknown operation.', { field: 'operation' }));
      return (table[name] as (raw: unknown) => Promise<Result<unknown>>)(request);
    },
    async dispose() {
      retests.cancel();
      checks.cancel();
      fixes.cancel();
      admin.cancel();
      await admin.signOut();
      await demo.dispose();
    },
  };
}
