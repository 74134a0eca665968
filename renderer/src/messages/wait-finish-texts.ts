/** The shape of the texts of "Wait and test", "Finish" and the support report (one object per language). */
import type { ProgressNotice } from '../../../electron/ipc/contract.js';

/** A product's part of the finish page. */
export interface FinishProductTexts {
  /** How to send the test mail from the product, step by step. */
  readonly testMail: readonly string[];
  /** Where the settings file's values go: [field of the file, where it goes in the product]. */
  readonly fields: readonly (readonly [string, string])[];
}

/** Texts of the wait-and-test page, the finish page and the support report button. */
export interface WaitFinishTexts {
  readonly wait: {
    readonly heading: string;
    readonly intro: string;
    readonly guidanceTitle: string;
    readonly guidance: string;
    readonly needsSignIn: string;
    readonly goSignIn: string;
    readonly needsMailbox: string;
    readonly goChecks: string;
    readonly start: string;
    readonly again: string;
    readonly resume: string;
    readonly cancel: string;
    readonly interrupted: (startedAt: string, attempts: number) => string;
    readonly trying: (attempt: number) => string;
    readonly nextTry: (time: string, attempt: number) => string;
    /** What the last try still found (category titles), and that this is expected while Microsoft passes a change on. */
    readonly stillOpen: (causes: string) => string;
    readonly window: (endsAt: string) => string;
    readonly passed: (attempt: number, time: string) => string;
    readonly passedNext: string;
    readonly gaveUp: (endsAt: string) => string;
    readonly cancelled: string;
    readonly lastSaved: (time: string, overall: string) => string;
    readonly overall: Record<'pass' | 'warn' | 'fail', string>;
    readonly showResults: string;
    readonly goFinish: string;
  };
  readonly finish: {
    readonly heading: string;
    readonly intro: string;
    readonly doneHeading: string;
    readonly leftHeading: string;
    readonly nothingLeft: string;
    readonly done: {
      readonly profile: (product: string) => string;
      readonly signedIn: (user: string) => string;
      readonly checked: (overall: string) => string;
      readonly script: (path: string) => string;
      readonly exported: (path: string) => string;
      readonly waited: string;
    };
    readonly left: {
      readonly profile: string;
      readonly signIn: string;
      readonly check: string;
      readonly fixProblems: string;
      readonly script: string;
      readonly exportFile: string;
      readonly wait: string;
      readonly testMail: string;
    };
    readonly go: string;
    /** The product's name, or undefined for the Other application ("your application"). */
    readonly testMailHeading: (product: string | undefined) => string;
    readonly fileHeading: string;
    readonly fileSaved: (path: string) => string;
    readonly fileNotSaved: string;
    readonly fileUse: string;
    readonly fieldsHeading: string;
    readonly fieldColumn: string;
    readonly whereColumn: string;
    readonly errorHint: string;
    /** Generic: which credential the app proves itself with (as chosen on its credential page). */
    readonly credential: { readonly secret: string; readonly certificate: (thumbprint: string) => string };
    readonly products: Record<'inventory360' | 'etron' | 'generic', FinishProductTexts>;
  };
  readonly report: {
    readonly heading: string;
    readonly intro: string;
    readonly save: string;
    readonly saving: string;
    readonly saved: (htmlPath: string, jsonPath: string) => string;
    readonly noCheck: string;
  };
  /** Why kept progress from an earlier run was not used. */
  readonly progressNotice: Record<ProgressNotice, string>;
}
