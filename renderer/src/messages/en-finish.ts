/** English texts of "Wait and test", "Finish" and the support report. */
// ETRON (Odoo) labels as Odoo shows them: "Connect your Outlook account", "Outlook Token Valid"
// (odoo/odoo addons/microsoft_outlook/views/ir_mail_server_views.xml); German ones as the vendor guide names them.
import type { WaitFinishTexts } from './wait-finish-texts.js';

/** English. */
export const enWaitFinish: WaitFinishTexts = {
  wait: {
    heading: 'Wait and test',
    intro: 'Microsoft 365 passes changes on to Exchange Online and to sign-in with a delay. The assistant tests again and again, at growing intervals, and tells you as soon as it works.',
    guidanceTitle: 'How long does it take?',
    guidance: 'Usually about 30 minutes, sometimes up to 24 hours. You may close the app: it remembers the test and continues after you sign in again.',
    needsSignIn: 'Sign in as an administrator to test. The assistant never keeps your sign-in, so after a restart you sign in again.',
    goSignIn: 'Go to sign-in',
    needsMailbox: 'First enter the sending mailbox on the check page.',
    goChecks: 'Go to the check',
    start: 'Start testing',
    resume: 'Continue testing',
    cancel: 'Stop testing',
    interrupted: (startedAt, attempts) => `A test was waiting when the app was closed (started ${startedAt}, ${attempts} ${attempts === 1 ? 'try' : 'tries'}). Continue it: the 24 hours count from its first try.`,
    trying: (attempt) => `Try ${attempt} is running …`,
    nextTry: (time, attempt) => `Not working yet (try ${attempt}). Next try at ${time}.`,
    window: (endsAt) => `The assistant keeps testing until ${endsAt}.`,
    passed: (attempt, time) => `It works: the check passed on try ${attempt} at ${time}.`,
    passedNext: 'Now send a test mail from your product — the last page says how.',
    gaveUp: (endsAt) => `It did not work within 24 hours (until ${endsAt}). Open the check results: they name the cause and how to fix it.`,
    cancelled: 'Testing stopped. You can start it again at any time.',
    lastSaved: (time, overall) => `Last check on ${time}: ${overall}.`,
    overall: { pass: 'passed', warn: 'passed with warnings', fail: 'problems found' },
    showResults: 'Show the check results',
    goFinish: 'Go to the finish',
  },
  finish: {
    heading: 'Finish',
    intro: 'Here you see what is done and what is left. Last, send a test mail from your product.',
    doneHeading: 'Done',
    leftHeading: 'Still to do',
    nothingLeft: 'Nothing is left in the assistant.',
    done: {
      profile: (product) => `Product chosen: ${product}`,
      signedIn: (user) => `Signed in as ${user}`,
      checked: (overall) => `Tenant checked: ${overall}`,
      script: (path) => `PowerShell script saved: ${path}`,
      exported: (path) => `Settings file saved: ${path}`,
      waited: 'Wait and test: passed',
    },
    left: {
      profile: 'Choose the product',
      signIn: 'Sign in as an administrator',
      check: 'Check the tenant',
      script: 'Save and run the Exchange PowerShell script',
      exportFile: 'Save the settings file',
      wait: 'Wait and test until it works',
      testMail: 'Send a test mail from the product (below)',
    },
    go: 'Open',
    testMailHeading: (product) => `Send a test mail from ${product}`,
    fileHeading: 'The settings file',
    fileSaved: (path) => `You saved it here: ${path}`,
    fileNotSaved: 'You have not saved the settings file yet.',
    fileUse: 'Open it on the computer where you set up the product, and copy each value into the field named below.',
    fieldsHeading: 'Which value goes where',
    fieldColumn: 'Value in the file',
    whereColumn: 'Where it goes',
    errorHint: 'If the test mail fails, copy the error message and paste it into "Explain an error": it names the cause and the fix.',
    products: {
      inventory360: {
        testMail: [
          'Open the mail server configuration in Inventory360.',
          'Choose XOAuth2 (Modern Auth) as the authentication type, with the Microsoft 365 backend.',
          'Enter the sending mailbox and save.',
          'Send a test message. If it fails right after a change in Microsoft 365, wait 30 minutes (at most 24 hours) and try again.',
        ],
        fields: [
          ['authType', 'Mail server configuration → Authentication type (XOAuth2 / Modern Auth)'],
          ['senderMailbox', 'Mail server configuration → sender address / user name'],
          ['smtp.host, smtp.port, smtp.encryption', 'Mail server configuration → server, port and encryption'],
          ['tenantId', 'The Microsoft 365 / Entra connection of Inventory360 (your tenant)'],
          ['enterpriseAppObjectId', 'Not in Inventory360: the PowerShell script uses it (New-ServicePrincipal, Add-MailboxPermission)'],
        ],
      },
      etron: {
        testMail: [
          'In ETRON open Settings → General Settings, turn on "Custom Email Servers", enter Client-ID and Client-Secret under the Outlook credentials, and save.',
          'Open "Outgoing Mail Servers" → New: turn on Outlook, enter name, user name (the Microsoft 365 address) and From filter.',
          'Click "Connect your Outlook account" and finish the Microsoft sign-in; the status shows "Outlook token valid".',
          'Click "Test Connection", then send yourself an e-mail from ETRON.',
        ],
        fields: [
          ['Client-ID', 'General Settings → Outlook credentials → Client-ID'],
          ['Client-Secret', 'General Settings → Outlook credentials → Client-Secret (decrypt with the passphrase)'],
          ['Alias-Domain', 'General Settings → alias domain'],
          ['Postausgangsserver (outgoing server)', 'Outgoing Mail Servers → user name and From filter'],
          ['Posteingangsserver (incoming server)', 'Incoming Mail Servers → Outlook OAuth authentication, user name'],
          ['Systemparameter mail.default.from, mail.catchall.domain', 'System parameters (variant A, one shared mailbox)'],
          ['Umleitungs-URL (redirect URL)', 'Not in ETRON: must match the app registration\'s redirect URI in Entra'],
        ],
      },
      generic: {
        testMail: [
          'Enter the values of the settings file in your application.',
          'Send a test mail (and, if it reads mail, fetch the inbox once).',
        ],
        fields: [
          ['tenantId, clientId', 'The OAuth2 settings of your application'],
          ['smtp, imap', 'Server, port and encryption of your application\'s mail settings'],
          ['mailbox', 'The user name for SMTP and IMAP (XOAUTH2)'],
        ],
      },
    },
  },
  report: {
    heading: 'Support report',
    intro: 'For support staff: the last check with every reply and diagnosis, as a page to read (HTML) and as data (JSON). Passwords, secrets and tokens are removed.',
    save: 'Save support report…',
    saving: 'Saving …',
    saved: (htmlPath, jsonPath) => `Saved: ${htmlPath} and ${jsonPath}`,
    noCheck: 'Run a check first: the report describes its result.',
  },
  progressNotice: {
    unreadable: 'The progress saved last time could not be read and was ignored. You start from the beginning.',
    'not-ours': 'The saved progress file is not from this version of the assistant and was ignored. You start from the beginning.',
  },
};
