/** Deutsche Texte. */
import type { Messages } from '../i18n.js';
import { deChecks } from './de-checks.js';
import { deExport } from './de-export.js';
import { deFix } from './de-fix.js';
import { deWaitFinish } from './de-finish.js';
import { deDecode, deFixSteps, deNav, deProfile } from './de-guide.js';
import { dePowerShell } from './de-powershell.js';
import { deSignIn } from './de-sign-in.js';
import { dePath } from './de-path.js';

/** The German UI. */
export const de: Messages = {
  appTitle: 'M365-Mail-Einrichtungsassistent',
  appTagline: 'Modern Auth (OAuth2) für E-Mail in Inventory360 und ETRON onRetail',
  languageLabel: 'Sprache',
  languageNames: { de: 'Deutsch', en: 'English' },
  stepsLabel: 'Einrichtungsschritte',
  steps: {
    welcome: 'Willkommen', profile: 'Produkt', 'sign-in': 'Anmelden', consent: 'Administratorzustimmung', 'object-id': 'Objekt-ID',
    'smtp-auth': 'Authentifiziertes SMTP', 'exchange-powershell': 'Exchange PowerShell', 'app-registration': 'App-Registrierung',
    'users-groups': 'Benutzer und Gruppen', 'client-id': 'Client-ID', 'client-secret': 'Geheimer Clientschlüssel',
    'etron-mail-servers': 'ETRON: E-Mail-Server', 'etron-credentials': 'ETRON: Client-ID und Secret',
    'etron-outgoing': 'ETRON: Postausgangsserver', 'etron-incoming': 'ETRON: Posteingangsserver', 'generic-app': 'Ihre Anwendung',
    'wait-test': 'Warten und testen', finish: 'Abschluss', checks: 'Prüfergebnisse', export: 'Einstellungsdatei',
    decode: 'Fehler erklären', about: 'Über',
  },
  // Entra's blade, as the German portal names it (confirmed for the certificate upload, see de-path.ts).
  genericCredentialStep: 'Zertifikate & Geheimnisse',
  welcome: {
    heading: 'Microsoft-365-Mail mit Modern Auth einrichten',
    intro: 'Dieser Assistent führt Sie durch die Anbindung von Inventory360 oder ETRON onRetail an Microsoft 365 mit OAuth2, prüft jede Einstellung und erklärt, was zu beheben ist.',
    sandboxHint: 'Noch nicht bereit, Ihren Mandanten zu ändern? Probieren Sie zuerst alles im Demomodus aus.',
  },
  appInfo: {
    heading: 'Über diese App', loading: 'Wird geladen …', version: 'Version', platform: 'Plattform',
    node: 'Node.js', electron: 'Electron', chrome: 'Chromium', locale: 'Systemsprache',
  },
  demo: {
    heading: 'Demomodus (Sandbox-Mandant)',
    intro: 'Startet einen lokalen Ersatz für Microsoft 365 auf diesem Computer – nicht Ihren Mandanten. Wählen Sie, wie er fehlerhaft sein soll, und sehen Sie, wie der Assistent die Ursache findet.',
    scenarioLabel: 'Szenario',
    start: 'Starten', starting: 'Wird gestartet …', stop: 'Beenden', stopping: 'Wird beendet …',
    stopped: 'Der Sandbox-Mandant läuft nicht.', running: 'Der Sandbox-Mandant läuft.',
    tenantId: 'Mandanten-ID', authority: 'Autorität (Anmelde-URL)', graph: 'Microsoft Graph', smtp: 'SMTP', imap: 'IMAP',
    mailbox: 'Postfach', scenarios: 'Szenarien',
    pendingReplication: (seconds) => `Änderungen werden in ${seconds} s wirksam.`,
  },
  scenarios: {
    healthy: 'Gesunder Mandant (alles eingerichtet)',
    'consent-missing': 'Administratorzustimmung fehlt',
    'service-principal-missing': 'Exchange-Dienstprinzipal fehlt',
    'smtp-auth-disabled-mailbox': 'SMTP AUTH für das Postfach deaktiviert',
    'smtp-auth-disabled-tenant': 'SMTP AUTH für die Organisation deaktiviert',
    'security-defaults': 'Sicherheitsstandards aktiviert',
    'mailbox-permission-missing': 'Postfachberechtigung (FullAccess) fehlt',
    'send-as-denied': 'Berechtigung „Senden als“ fehlt',
    'imap-disabled': 'IMAP für das Postfach deaktiviert',
    'user-not-assigned': 'Benutzer der ETRON-App nicht zugewiesen',
    'secret-expired': 'Geheimer Clientschlüssel abgelaufen',
    'secret-wrong': 'Falscher geheimer Clientschlüssel („Geheime ID“ kopiert)',
    'redirect-mismatch': 'Falsche Umleitungs-URI',
    'replication-delay': 'Änderungen werden verzögert wirksam',
    'shared-mailbox-smtp-login': 'Freigegebenes Postfach als SMTP-Anmeldung (ETRON Variante A)',
    'graph-lag': 'Microsoft Graph zeigt Änderungen verzögert',
  },
  nav: deNav,
  profile: deProfile,
  decode: deDecode,
  fixSteps: deFixSteps,
  powershell: dePowerShell,
  exportStep: deExport,
  checks: deChecks,
  signIn: deSignIn,
  fix: deFix,
  waitFinish: deWaitFinish,
  path: dePath,
  errors: {
    invalid_input: 'Die Anfrage war ungültig.',
    not_found: 'Nicht gefunden.',
    timeout: 'Der Vorgang hat zu lange gedauert.',
    cancelled: 'Abgebrochen.',
    internal: 'Ein unerwarteter Fehler ist aufgetreten.',
    unsupported_version: 'Diese Version wird nicht unterstützt.',
    io_error: 'Eine Datei konnte nicht gelesen oder geschrieben werden.',
    not_signed_in: 'Sie sind nicht angemeldet.',
    insufficient_privileges: 'Ihnen fehlen die nötigen Berechtigungen.',
    graph_error: 'Microsoft Graph hat einen Fehler gemeldet.',
  },
  categoryError: (code) => `Microsoft 365 hat ein Problem gemeldet (${code}).`,
  errorField: (field) => `(Feld: ${field})`,
};
