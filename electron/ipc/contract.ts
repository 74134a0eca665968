/**
 * The one IPC contract between the renderer and the main process.
 *
 * These files change together: electron/ipc/contract.ts, electron/ipc/handlers.ts,
 * electron/preload.ts (and the browser test bridge derives its names from OPERATION_NAMES).
 * Besides the request/answer operations there is one event channel, main → renderer
 * (EVENT_CHANNEL): progress and device codes, which arrive while an operation still runs.
 *
 * Every operation returns `Promise<Result<T>>`: errors cross the boundary as data with a code
 * from the one catalogue, because Electron keeps only `message` of an error thrown through
 * `ipcMain.handle`. This file has no runtime imports, so the renderer and the sandboxed preload
 * may import it.
 */
import type { AppInfo } from '../core/app-info.js';
import type { CheckResult } from '../core/check/check-types.js';
import type { DemoSandboxStatus } from '../demo/demo-sandbox.js';
import type { UploadedCertificate as DemoCertificate } from '../sandbox/demo-certificate.js';
import type { DecodeResult } from '../core/diagnosis/types.js';
import type { Result } from '../core/result.js';
import type { AppliedFix, ApplyFixRequest } from './fix-types.js';
import type {
  LoadProgressResult, ProgressInput, ProgressState, RetestOutcomeView, SavedSupportReport, SaveSupportReportRequest, StartRetestRequest,
} from './wait-types.js';
import type {
  AssistantEventListener, EnableDemoScenarioRequest, OpenLinkRequest, RunTenantCheckRequest, SignedInAccount, SignInDefaults,
  SignInRequest,
} from './tenant-types.js';
import type {
  CategoryTitles, ConfigImport, ConfigPreview, DecodeErrorRequest, ExportConfigRequest, PowerShellScript,
  PowerShellScriptRequest, PreviewConfigRequest, RunDemoCheckRequest, SavedFile, SavePowerShellScriptRequest,
} from './wizard-types.js';

export type { AppInfo, RuntimeVersions } from '../core/app-info.js';
export type { DemoSandboxStatus, DemoSandboxView, Endpoint } from '../demo/demo-sandbox.js';
export type { UploadedCertificate as DemoCertificate } from '../sandbox/demo-certificate.js';
export type { AppError, ErrorCode, OperationalCode, Result } from '../core/result.js';
export type { ScenarioName } from '../sandbox/scenarios.js';
export type { CategoryId } from '../core/diagnosis/categories.js';
export type {
  CategoryText, DecodeResult, Flow, Profile, RankedCause, Severity, WizardStep as FixStep,
} from '../core/diagnosis/types.js';
export type * from './wizard-types.js';
export type * from './tenant-types.js';
export type * from './fix-types.js';
export type * from './wait-types.js';
export type { AccountDisplay } from '../core/auth/auth-session.js';
export type { CheckFacts, CheckProgress, CheckResult, CheckStepId, CheckStepResult, StepStatus } from '../core/check/check-types.js';
export type { Finding, FindingStatus, FixAction, FixStep as FindingFixStep } from '../core/tenant/findings.js';

/** Request of startDemoSandbox; the names are checked in the main process, not trusted. */
export interface StartDemoSandboxRequest {
  /** Scenario names (electron/sandbox/scenarios.ts); none = `healthy`. */
  readonly scenarios?: readonly string[];
}

/** Operation name → request and result type. `void` = the operation takes no request. */
export interface IpcContract {
  getAppInfo: { request: void; result: AppInfo };
  startDemoSandbox: { request: StartDemoSandboxRequest; result: DemoSandboxStatus };
  getDemoSandboxStatus: { request: void; result: DemoSandboxStatus };
  stopDemoSandbox: { request: void; result: DemoSandboxStatus };
  getCategoryTitles: { request: void; result: CategoryTitles };
  decodeError: { request: DecodeErrorRequest; result: DecodeResult };
  generatePowerShellScript: { request: PowerShellScriptRequest; result: PowerShellScript };
  savePowerShellScript: { request: SavePowerShellScriptRequest; result: SavedFile };
  previewConfigFile: { request: PreviewConfigRequest; result: ConfigPreview };
  exportConfigFile: { request: ExportConfigRequest; result: SavedFile };
  importConfigFile: { request: void; result: ConfigImport };
  runDemoCheck: { request: RunDemoCheckRequest; result: CheckResult };
  getSignInDefaults: { request: void; result: SignInDefaults };
  signIn: { request: SignInRequest; result: SignedInAccount };
  cancelSignIn: { request: void; result: { readonly cancelled: boolean } };
  signOut: { request: void; result: { readonly signedOut: boolean } };
  getAccount: { request: void; result: SignedInAccount | null };
  runTenantCheck: { request: RunTenantCheckRequest; result: CheckResult };
  cancelCheck: { request: void; result: { readonly cancelled: boolean } };
  openLink: { request: OpenLinkRequest; result: { readonly opened: true } };
  enableDemoScenario: { request: EnableDemoScenarioRequest; result: DemoSandboxStatus };
  /** Demo tenant only: a certificate uploaded to the generic app (its thumbprint, name and end). */
  uploadDemoCertificate: { request: void; result: DemoCertificate };
  applyFix: { request: ApplyFixRequest; result: AppliedFix };
  startRetest: { request: StartRetestRequest; result: RetestOutcomeView };
  cancelRetest: { request: void; result: { readonly cancelled: boolean } };
  saveSupportReport: { request: SaveSupportReportRequest; result: SavedSupportReport };
  loadProgress: { request: void; result: LoadProgressResult };
  saveProgress: { request: ProgressInput; result: ProgressState };
  clearProgress: { request: void; result: { readonly cleared: boolean } };
}

/** The name of an operation. */
export type OperationName = keyof IpcContract;

/** The request type of an operation. */
export type RequestOf<K extends OperationName> = IpcContract[K]['request'];

/** The success value of an operation. */
export type ResultOf<K extends OperationName> = IpcContract[K]['result'];

/** Every operation name, in the order the API lists them. */
export const OPERATION_NAMES = [
  'getAppInfo', 'startDemoSandbox', 'getDemoSandboxStatus', 'stopDemoSandbox',
  'getCategoryTitles', 'decodeError', 'generatePowerShellScript', 'savePowerShellScript',
  'previewConfigFile', 'exportConfigFile', 'importConfigFile', 'runDemoCheck',
  'getSignInDefaults', 'signIn', 'cancelSignIn', 'signOut', 'getAccount', 'runTenantCheck', 'cancelCheck', 'openLink',
  'enableDemoScenario', 'applyFix', 'startRetest', 'cancelRetest', 'saveSupportReport', 'loadProgress', 'saveProgress',
  'clearProgress', 'uploadDemoCertificate',
] as const satisfies readonly OperationName[];

// Fails to compile when an operation is added to IpcContract but not to OPERATION_NAMES.
type MissingFromList = Exclude<OperationName, (typeof OPERATION_NAMES)[number]>;
const everyOperationListed: [MissingFromList] extends [never] ? true : MissingFromList = true;
void everyOperationListed;

/** Every IPC channel starts with this; the main process refuses all others. */
export const CHANNEL_PREFIX = 'assistant:';

/** The IPC channel of an operation. */
export function channelOf<K extends OperationName>(operation: K): `assistant:${K}` {
  return `${CHANNEL_PREFIX}${operation}` as `assistant:${K}`;
}

/** Narrows a string to an operation name. */
export function isOperationName(value: string): value is OperationName {
  return (OPERATION_NAMES as readonly string[]).includes(value);
}

/** One function of the renderer's API. */
export type ApiFunction<K extends OperationName> = [RequestOf<K>] extends [void]
  ? () => Promise<Result<ResultOf<K>>>
  : (request: RequestOf<K>) => Promise<Result<ResultOf<K>>>;

/** The channel of the events main → renderer (not an operation: the renderer only listens on it). */
export const EVENT_CHANNEL = 'assistant:event';

/** The name of the API function that subscribes to the events. */
export const EVENT_API_NAME = 'onEvent';

/**
 * `window.assistant`: one named function per operation (exposed by the preload), and `onEvent`,
 * which subscribes to the events and returns the function that unsubscribes.
 */
export type AssistantApi = { readonly [K in OperationName]: ApiFunction<K> } & {
  readonly onEvent: (listener: AssistantEventListener) => () => void;
};

/** The global name under which the preload exposes the API. */
export const API_GLOBAL = 'assistant';

/**
 * Longest text an "Explain an error" request carries. The decoder reads at most 200,000 characters of it (its beginning and its
 * end, and says so), so a pasted log of a few megabytes is read as the CLI reads one from standard input; beyond this bound the
 * renderer sends the paste's beginning and end (renderer/src/paste-limit.ts, which keeps its own copy of the number: the renderer
 * takes only types from here), and the main process refuses anything longer.
 */
export const MAX_PASTE_CHARS = 4_000_000;
