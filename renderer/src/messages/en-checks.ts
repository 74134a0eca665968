/** English texts of the "Checks" step. */
import type { CheckTexts } from './sections.js';

/** Checks. */
export const enChecks: CheckTexts = {
  intro: 'The check goes through every part that mail needs: sign-in, tenant settings, access token, DNS, ports, SMTP and IMAP — and explains every failure.',
  demoHeading: 'Trial run with the demo tenant',
  demoIntro: 'In this build the check runs against a demo tenant on this computer. Choose how it should be broken and see what the assistant finds.',
  scenarioLabel: 'Scenario',
  run: 'Run the check',
  running: 'Checking…',
  realTenantLater: 'Checking your own tenant follows as soon as sign-in is available in this build.',
  overall: {
    pass: 'Everything works.',
    warn: 'It works — with notes.',
    fail: 'Something does not work yet. The causes and what to do are below.',
    skipped: 'Nothing was checked.',
  },
  steps: {
    'sign-in': 'Sign-in',
    tenant: 'Tenant settings (Microsoft Graph)',
    'app-credential': 'App credentials',
    token: 'Access token',
    dns: 'DNS lookup',
    reachability: 'Servers reachable (ports)',
    smtp: 'Sending over SMTP',
    imap: 'Receiving over IMAP',
  },
  status: { pass: 'OK', warn: 'Note', fail: 'Failed', skipped: 'Skipped' },
  serverReply: 'Server reply',
  stepsHeading: 'The individual checks',
  diagnosisHeading: 'Causes and fixes',
  languageNote: 'The explanations come from the last run; run the check again to see them in the other language.',
};
