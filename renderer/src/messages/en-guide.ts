/** English texts: navigation, product choice, "Explain an error" and the names of the steps. */
import type { FixStep } from '../../../electron/ipc/contract.js';
import type { DecodeTexts, NavTexts, ProfileTexts } from './sections.js';

/** Navigation. */
export const enNav: NavTexts = {
  back: 'Back',
  next: 'Next',
  toolsLabel: 'Tools',
  done: 'done',
  chooseProductFirst: 'First choose which product should send mail through Microsoft 365.',
  chooseProduct: 'Choose the product',
};

/** Product choice. */
export const enProfile: ProfileTexts = {
  heading: 'Which product are you setting up?',
  intro: 'The steps, the checks and the file at the end depend on the product. You can change your choice at any time.',
  legend: 'Product',
  options: {
    inventory360: {
      name: 'Inventory360',
      lines: [
        'Inventory360 sends mail as an app through its enterprise application in your Microsoft 365 (app-only, SMTP.SendAsApp).',
        'You need: admin consent, the enterprise application\'s Object ID, SMTP AUTH for the sending mailbox and one PowerShell script.',
      ],
    },
    etron: {
      name: 'ETRON onRetail',
      lines: [
        'ETRON onRetail signs in as a user through its own app registration and sends and receives over SMTP and IMAP (delegated).',
        'You need: an app registration with the redirect URL, a client secret, assigned users and the servers in ETRON.',
      ],
    },
    generic: {
      name: 'Other application',
      lines: [
        'Any other application that sends over SMTP or reads over IMAP with OAuth2 — as an app or on behalf of a user.',
        'The same checks as for the two products, just without vendor-specific fields.',
      ],
    },
  },
  chosen: (name) => `Chosen: ${name}`,
};

/** Explain an error. */
export const enDecode: DecodeTexts = {
  heading: 'Explain an error',
  intro: 'Paste an error message — from Inventory360, ETRON, a mail program, a log or a sign-in page. The assistant names the likely causes and what to do.',
  label: 'Error message',
  placeholder: 'e.g. 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox …',
  explain: 'Explain',
  explaining: 'Looking into it…',
  clear: 'Clear',
  forProduct: (name) => `The advice is for ${name}.`,
  resultsHeading: (count) => (count === 1 ? 'One possible cause' : `${count} possible causes`),
  mostLikely: 'Most likely',
  bestGuess: 'Best guess',
  alsoPossible: 'Also possible',
  confidence: (percent) => `Confidence ${percent}%`,
  fixHeading: 'How to fix it',
  evidenceHeading: 'Found in the message',
  waitHeading: 'Patience may be the answer',
  waitFallback: 'If you have just changed something: wait 30 minutes to 24 hours, then test again.',
  fixedInStep: 'This is fixed in the step',
  goToStep: 'Go to this step',
  nothingFoundHeading: 'No known error message found',
  undecided: {
    text: 'This message alone does not settle the cause: it comes with several of the causes below. The check tests sign-in, permissions and sending against your tenant and shows which one it is.',
    action: 'Go to the check',
  },
  askFlow: {
    heading: 'One question decides the cause',
    question: 'How does the application sign in to Microsoft 365? The same message has a different cause for each way of signing in.',
    appOnly: ['As the application itself', 'With a client secret or certificate, no user – e.g. Inventory360, a service or a server.'],
    delegated: ['As a user', 'Someone signed in with their Microsoft account – e.g. ETRON onRetail or a mail program.'],
    answered: 'The causes are ordered by your answer.',
  },
};

/** The steps a cause points at. */
export const enFixSteps: Record<FixStep, string> = {
  consent: 'Admin consent',
  'object-id': 'Object ID of the enterprise application',
  'smtp-auth': 'Turn on SMTP AUTH',
  'exchange-powershell': 'Exchange PowerShell',
  'app-registration': 'App registration',
  'client-secret': 'Client secret',
  'assign-users': 'Assign users',
  'etron-settings': 'Settings in ETRON onRetail',
  'inventory360-settings': 'Settings in Inventory360',
  'client-settings': 'Settings of the application',
  'security-policy': 'Security policies in Entra',
  network: 'Network and firewall',
  'sign-in': 'Sign in',
  wait: 'Wait and check again',
};
