/** English texts. */
import type { Messages } from '../i18n.js';
import { enChecks } from './en-checks.js';
import { enExport } from './en-export.js';
import { enFix } from './en-fix.js';
import { enWaitFinish } from './en-finish.js';
import { enDecode, enFixSteps, enNav, enProfile } from './en-guide.js';
import { enPowerShell } from './en-powershell.js';
import { enSignIn } from './en-sign-in.js';
import { enPath } from './en-path.js';

/** The English UI. */
export const en: Messages = {
  appTitle: 'M365 Mail Setup Assistant',
  appTagline: 'Modern Auth (OAuth2) mail for Inventory360 and ETRON onRetail',
  languageLabel: 'Language',
  languageNames: { de: 'Deutsch', en: 'English' },
  stepsLabel: 'Setup steps',
  steps: {
    welcome: 'Welcome', profile: 'Product', 'sign-in': 'Sign in', consent: 'Admin consent', 'object-id': 'Object ID',
    'smtp-auth': 'Authenticated SMTP', 'exchange-powershell': 'Exchange PowerShell', 'app-registration': 'App registration',
    'users-groups': 'Users and groups', 'client-id': 'Client ID', 'client-secret': 'Client secret',
    'etron-mail-servers': 'ETRON: mail servers', 'etron-credentials': 'ETRON: Client-ID and Secret',
    'etron-outgoing': 'ETRON: outgoing server', 'etron-incoming': 'ETRON: incoming server', 'generic-app': 'Your application',
    'wait-test': 'Wait and test', finish: 'Finish', checks: 'Check results', export: 'Settings file',
    decode: 'Explain an error', about: 'About',
  },
  genericCredentialStep: 'Certificates & secrets',
  welcome: {
    heading: 'Set up Microsoft 365 mail with Modern Auth',
    intro: 'This assistant guides you through connecting Inventory360 or ETRON onRetail to Microsoft 365 with OAuth2, checks every setting and explains what to fix.',
    sandboxHint: 'Not ready to touch your tenant yet? Try everything first in demo mode.',
  },
  appInfo: {
    heading: 'About this app', loading: 'Loading…', version: 'Version', platform: 'Platform',
    node: 'Node.js', electron: 'Electron', chrome: 'Chromium', locale: 'System language',
  },
  demo: {
    heading: 'Demo mode (sandbox tenant)',
    intro: 'Starts a local stand-in for Microsoft 365 on this computer — not your tenant. Pick how it should be broken to see how the assistant finds the cause.',
    scenarioLabel: 'Scenario',
    start: 'Start', starting: 'Starting…', stop: 'Stop', stopping: 'Stopping…',
    stopped: 'The sandbox tenant is not running.', running: 'The sandbox tenant is running.',
    tenantId: 'Tenant ID', authority: 'Authority', graph: 'Microsoft Graph', smtp: 'SMTP', imap: 'IMAP',
    mailbox: 'Mailbox', scenarios: 'Scenarios',
    pendingReplication: (seconds) => `Changes take effect in ${seconds} s.`,
  },
  scenarios: {
    healthy: 'Healthy tenant (everything configured)',
    'consent-missing': 'Admin consent missing',
    'service-principal-missing': 'Exchange service principal missing',
    'smtp-auth-disabled-mailbox': 'SMTP AUTH disabled for the mailbox',
    'smtp-auth-disabled-tenant': 'SMTP AUTH disabled for the organization',
    'security-defaults': 'Security defaults enabled',
    'mailbox-permission-missing': 'Mailbox permission (FullAccess) missing',
    'send-as-denied': 'Send As permission missing',
    'imap-disabled': 'IMAP disabled for the mailbox',
    'user-not-assigned': 'User not assigned to the ETRON app',
    'secret-expired': 'Client secret expired',
    'secret-wrong': 'Wrong client secret (secret ID copied)',
    'redirect-mismatch': 'Wrong redirect URI',
    'replication-delay': 'Changes take effect with a delay',
    'shared-mailbox-smtp-login': 'Shared mailbox used as SMTP login (ETRON variant A)',
    'graph-lag': 'Microsoft Graph shows changes late',
  },
  nav: enNav,
  profile: enProfile,
  decode: enDecode,
  fixSteps: enFixSteps,
  powershell: enPowerShell,
  exportStep: enExport,
  checks: enChecks,
  signIn: enSignIn,
  fix: enFix,
  waitFinish: enWaitFinish,
  path: enPath,
  errors: {
    invalid_input: 'The request was not valid.',
    not_found: 'Not found.',
    timeout: 'The operation took too long.',
    cancelled: 'Cancelled.',
    internal: 'An unexpected error occurred.',
    unsupported_version: 'This version is not supported.',
    io_error: 'A file could not be read or written.',
    not_signed_in: 'You are not signed in.',
    insufficient_privileges: 'You do not have the required permissions.',
    graph_error: 'Microsoft Graph reported an error.',
  },
  categoryError: (code) => `Microsoft 365 reported a problem (${code}).`,
  errorField: (field) => `(field: ${field})`,
};
