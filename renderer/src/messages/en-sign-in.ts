/** English texts of the "Sign in" step. */
import type { SignInTexts } from './sections.js';

/** Sign in. */
export const enSignIn: SignInTexts = {
  intro: 'Sign in as an administrator of your Microsoft 365 tenant. The assistant then reads the settings that mail needs and shows what is missing.',
  readOnlyNote: 'The assistant only asks for permission to read. Your password is entered on Microsoft\'s page, never in this app.',
  demoHeading: 'Demo tenant',
  demoIntro: 'The demo tenant runs on this computer. Its sign-in page lists the demo accounts; sign in as the administrator and accept the permissions.',
  demoButton: 'Sign in to the demo tenant',
  tenantHeading: 'Your Microsoft 365 tenant',
  tenantIntro: 'Choose where your tenant is hosted. Most tenants are in the worldwide cloud.',
  labels: { cloud: 'Microsoft cloud', tenant: 'Tenant (domain or ID)', mode: 'How to sign in', clientId: 'Client ID of the assistant' },
  help: {
    tenant: 'For example contoso.onmicrosoft.com. Leave empty to sign in with any work or school account.',
    clientId: 'Leave empty to use the default.',
  },
  clouds: {
    global: 'Worldwide (also GCC)',
    'usgov-gcchigh': 'US Government GCC High',
    'usgov-dod': 'US Government DoD',
    china: 'China (operated by 21Vianet)',
  },
  modes: {
    browser: { name: 'In the browser', line: 'Opens Microsoft\'s sign-in page in your browser.' },
    'device-code': { name: 'With a code', line: 'For another device or a remote session: open a web page anywhere and enter a code.' },
  },
  signIn: 'Sign in',
  waiting: {
    browser: 'Waiting for the sign-in in your browser…',
    demo: 'Waiting for the sign-in in the demo tenant\'s window…',
    'device-code': 'Waiting for the code to be entered…',
  },
  cancel: 'Cancel',
  deviceCodeHeading: 'Sign in with a code',
  deviceCodeStep1: 'On any device, open this page:',
  deviceCodeStep2: 'Enter this code and sign in as an administrator:',
  deviceCodeOpen: 'Open the page here',
  signedInHeading: 'Signed in',
  signedInAs: (name, username) => (name ? `Signed in as ${name} (${username})` : `Signed in as ${username}`),
  tenantId: 'Tenant ID',
  where: 'Where',
  demoTenant: 'Demo tenant on this computer',
  signOut: 'Sign out',
  settingsHeading: 'Settings: the assistant\'s app registration',
  settingsIntro: 'The assistant signs in as a public client (redirect URI http://localhost) and asks only for Microsoft Graph permissions. Leave the field empty to use the default; enter a client ID only if your organisation wants its own app registration.',
  defaultClientId: (clientId, fromEnvironment) => `Default: ${clientId}${fromEnvironment ? ' (from M365_ASSISTANT_CLIENT_ID)' : ''}`,
  graphCliNote: 'The default is Microsoft Graph Command Line Tools, Microsoft\'s own app for Microsoft Graph PowerShell: no app registration is needed, and the consent page and the sign-in logs show that name.',
  fieldErrors: {
    cloud: 'Choose the Microsoft cloud.',
    tenant: 'Enter a domain such as contoso.onmicrosoft.com or the tenant ID — or leave the field empty.',
    mode: 'Choose how to sign in.',
    clientId: 'The client ID is a GUID such as 1b2c3d4e-0000-4000-8000-123456789abc — or leave the field empty.',
  },
};
