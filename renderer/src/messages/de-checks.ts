/** Deutsche Texte des Schritts „Prüfen“. */
import type { CheckTexts } from './sections.js';

/** Prüfen. */
export const deChecks: CheckTexts = {
  intro: 'Die Prüfung geht jeden Teil durch, den der E-Mail-Versand braucht: Anmeldung, Einstellungen im Tenant, Zugriffstoken, DNS, Ports, SMTP und IMAP – und erklärt jeden Fehler.',
  demoHeading: 'Probelauf mit dem Demo-Tenant',
  demoIntro: 'In dieser Version läuft die Prüfung gegen einen Demo-Tenant auf diesem Computer. Wählen Sie, wie er fehlerhaft sein soll, und sehen Sie, was der Assistent findet.',
  scenarioLabel: 'Szenario',
  run: 'Prüfung starten',
  running: 'Wird geprüft …',
  realTenantLater: 'Die Prüfung Ihres eigenen Tenants folgt, sobald die Anmeldung in dieser Version verfügbar ist.',
  overall: {
    pass: 'Alles funktioniert.',
    warn: 'Es funktioniert – mit Hinweisen.',
    fail: 'Etwas funktioniert noch nicht. Die Ursachen und was zu tun ist stehen unten.',
    skipped: 'Nichts geprüft.',
  },
  steps: {
    'sign-in': 'Anmeldung',
    tenant: 'Einstellungen im Tenant (Microsoft Graph)',
    'app-credential': 'Zugangsdaten der App',
    token: 'Zugriffstoken',
    dns: 'DNS-Auflösung',
    reachability: 'Server erreichbar (Ports)',
    smtp: 'Senden per SMTP',
    imap: 'Empfangen per IMAP',
  },
  status: { pass: 'In Ordnung', warn: 'Hinweis', fail: 'Fehler', skipped: 'Übersprungen' },
  serverReply: 'Antwort des Servers',
  stepsHeading: 'Die einzelnen Prüfungen',
  diagnosisHeading: 'Ursachen und Lösungen',
  languageNote: 'Die Erklärungen stammen aus dem letzten Lauf; starten Sie die Prüfung erneut, um sie in der anderen Sprache zu sehen.',
};
