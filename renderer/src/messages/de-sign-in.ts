/** Deutsche Texte des Schritts „Anmelden“. */
import type { SignInTexts } from './sections.js';

/** Anmelden. */
export const deSignIn: SignInTexts = {
  intro: 'Melden Sie sich als Administrator Ihres Microsoft-365-Mandanten an. Der Assistent liest dann die Einstellungen, die der E-Mail-Versand braucht, und zeigt, was fehlt.',
  readOnlyNote: 'Der Assistent bittet nur um Leserechte. Ihr Kennwort geben Sie auf der Seite von Microsoft ein, nie in dieser App.',
  demoHeading: 'Demo-Mandant',
  demoIntro: 'Der Demo-Mandant läuft auf diesem Computer. Seine Anmeldeseite nennt die Demo-Konten; melden Sie sich als Administrator an und akzeptieren Sie die Berechtigungen.',
  demoButton: 'Beim Demo-Mandant anmelden',
  tenantHeading: 'Ihr Microsoft-365-Mandant',
  tenantIntro: 'Wählen Sie, wo Ihr Mandant betrieben wird. Die meisten Mandanten liegen in der weltweiten Cloud.',
  labels: { cloud: 'Microsoft-Cloud', tenant: 'Mandant (Domäne oder ID)', mode: 'Art der Anmeldung', clientId: 'Client-ID des Assistenten' },
  help: {
    tenant: 'Zum Beispiel contoso.onmicrosoft.com. Leer lassen, um sich mit einem beliebigen Geschäfts- oder Schulkonto anzumelden.',
    clientId: 'Leer lassen, um die Voreinstellung zu verwenden.',
  },
  clouds: {
    global: 'Weltweit (auch GCC)',
    'usgov-gcchigh': 'US Government GCC High',
    'usgov-dod': 'US Government DoD',
    china: 'China (betrieben von 21Vianet)',
  },
  modes: {
    browser: { name: 'Im Browser', line: 'Öffnet die Anmeldeseite von Microsoft in Ihrem Browser.' },
    'device-code': { name: 'Mit einem Code', line: 'Für ein anderes Gerät oder eine Fernwartung: eine Webseite irgendwo öffnen und einen Code eingeben.' },
  },
  signIn: 'Anmelden',
  waiting: {
    browser: 'Warte auf die Anmeldung in Ihrem Browser …',
    demo: 'Warte auf die Anmeldung im Fenster des Demo-Mandanten …',
    'device-code': 'Warte auf die Eingabe des Codes …',
  },
  cancel: 'Abbrechen',
  deviceCodeHeading: 'Mit einem Code anmelden',
  deviceCodeStep1: 'Öffnen Sie auf einem beliebigen Gerät diese Seite:',
  deviceCodeStep2: 'Geben Sie diesen Code ein und melden Sie sich als Administrator an:',
  deviceCodeOpen: 'Seite hier öffnen',
  signedInHeading: 'Angemeldet',
  signedInAs: (name, username) => (name ? `Angemeldet als ${name} (${username})` : `Angemeldet als ${username}`),
  tenantId: 'Mandanten-ID',
  where: 'Wo',
  demoTenant: 'Demo-Mandant auf diesem Computer',
  signOut: 'Abmelden',
  settingsHeading: 'Einstellungen: App-Registrierung des Assistenten',
  settingsIntro: 'Der Assistent meldet sich als öffentlicher Client an (Umleitungs-URI http://localhost) und fragt nur nach Microsoft-Graph-Berechtigungen. Lassen Sie das Feld leer für die Voreinstellung; eine Client-ID tragen Sie nur ein, wenn Ihre Organisation eine eigene App-Registrierung nutzen will.',
  defaultClientId: (clientId, fromEnvironment) => `Voreinstellung: ${clientId}${fromEnvironment ? ' (aus M365_ASSISTANT_CLIENT_ID)' : ''}`,
  graphCliNote: 'Voreingestellt ist Microsoft Graph Command Line Tools, Microsofts eigene App für Microsoft Graph PowerShell: Sie brauchen keine App-Registrierung, und Zustimmungsseite und Anmeldeprotokolle zeigen diesen Namen.',
  fieldErrors: {
    cloud: 'Wählen Sie die Microsoft-Cloud.',
    tenant: 'Geben Sie eine Domäne wie contoso.onmicrosoft.com oder die Mandanten-ID ein – oder lassen Sie das Feld leer.',
    mode: 'Wählen Sie die Art der Anmeldung.',
    clientId: 'Die Client-ID ist eine GUID wie 1b2c3d4e-0000-4000-8000-123456789abc – oder lassen Sie das Feld leer.',
  },
};
