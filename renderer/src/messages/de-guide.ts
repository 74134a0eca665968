/** Deutsche Texte: Navigation, Produktwahl, „Fehlermeldung erklären“ und die Namen der Schritte. */
import type { FixStep } from '../../../electron/ipc/contract.js';
import type { DecodeTexts, NavTexts, ProfileTexts } from './sections.js';

/** Navigation. */
export const deNav: NavTexts = {
  back: 'Zurück',
  next: 'Weiter',
  toolsLabel: 'Werkzeuge',
  done: 'erledigt',
  chooseProductFirst: 'Wählen Sie zuerst aus, welches Produkt E-Mails über Microsoft 365 senden soll.',
  chooseProduct: 'Produkt wählen',
};

/** Produktwahl. */
export const deProfile: ProfileTexts = {
  heading: 'Welches Produkt richten Sie ein?',
  intro: 'Die Schritte, Prüfungen und die Datei am Ende richten sich nach dem Produkt. Sie können die Wahl jederzeit ändern.',
  legend: 'Produkt',
  options: {
    inventory360: {
      name: 'Inventory360',
      lines: [
        'Inventory360 sendet E-Mails als App über seine Unternehmensanwendung in Ihrem Microsoft 365 (App-only, SMTP.SendAsApp).',
        'Sie brauchen: Administratorzustimmung, die Objekt-ID der Unternehmensanwendung, SMTP AUTH für das Absenderpostfach und ein PowerShell-Skript.',
      ],
    },
    etron: {
      name: 'ETRON onRetail',
      lines: [
        'ETRON onRetail meldet sich über eine eigene App-Registrierung als Benutzer an und sendet und empfängt per SMTP und IMAP (delegiert).',
        'Sie brauchen: eine App-Registrierung mit Umleitungs-URI, einen geheimen Clientschlüssel, zugewiesene Benutzer und die Server in ETRON.',
      ],
    },
    generic: {
      name: 'Andere Anwendung',
      lines: [
        'Jede andere Anwendung, die mit OAuth2 per SMTP sendet oder per IMAP liest – als App oder im Namen eines Benutzers.',
        'Dieselben Prüfungen wie für die beiden Produkte, nur ohne herstellerspezifische Felder.',
      ],
    },
  },
  chosen: (name) => `Gewählt: ${name}`,
};

/** Fehlermeldung erklären. */
export const deDecode: DecodeTexts = {
  heading: 'Fehlermeldung erklären',
  intro: 'Fügen Sie eine Fehlermeldung ein – aus Inventory360, ETRON, einem Mailprogramm, einem Protokoll oder einer Anmeldeseite. Der Assistent nennt die wahrscheinlichen Ursachen und was zu tun ist.',
  label: 'Fehlermeldung',
  placeholder: 'z. B. 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox …',
  explain: 'Erklären',
  explaining: 'Wird untersucht …',
  clear: 'Leeren',
  forProduct: (name) => `Die Hinweise gelten für ${name}.`,
  resultsHeading: (count) => (count === 1 ? 'Eine mögliche Ursache' : `${count} mögliche Ursachen`),
  mostLikely: 'Am wahrscheinlichsten',
  bestGuess: 'Beste Vermutung',
  alsoPossible: 'Ebenfalls möglich',
  confidence: (percent) => `Wahrscheinlichkeit ${percent} %`,
  fixHeading: 'So beheben Sie es',
  evidenceHeading: 'Gefunden in der Meldung',
  waitHeading: 'Geduld kann die Lösung sein',
  waitFallback: 'Wenn Sie gerade etwas geändert haben: warten Sie 30 Minuten bis 24 Stunden und testen Sie dann erneut.',
  fixedInStep: 'Behoben wird das im Schritt',
  goToStep: 'Zu diesem Schritt',
  nothingFoundHeading: 'Keine bekannte Fehlermeldung gefunden',
  undecided: {
    text: 'Diese Meldung allein legt die Ursache nicht fest: Sie kommt bei mehreren der Ursachen unten vor. Die Prüfung testet Anmeldung, Berechtigungen und Versand mit Ihrem Mandanten und zeigt, welche es ist.',
    action: 'Zur Prüfung',
  },
  askFlow: {
    heading: 'Eine Frage entscheidet über die Ursache',
    question: 'Wie meldet sich die Anwendung bei Microsoft 365 an? Dieselbe Meldung hat je nach Anmeldeart eine andere Ursache.',
    appOnly: ['Als Anwendung selbst', 'Mit geheimem Clientschlüssel oder Zertifikat, ohne Benutzer – z. B. Inventory360, ein Dienst oder Server.'],
    delegated: ['Als Benutzer', 'Jemand hat sich mit seinem Microsoft-Konto angemeldet – z. B. ETRON onRetail oder ein Mailprogramm.'],
    answered: 'Die Ursachen sind nach Ihrer Antwort geordnet.',
  },
};

/** Die Schritte, auf die eine Ursache verweist. */
export const deFixSteps: Record<FixStep, string> = {
  consent: 'Administratorzustimmung',
  'object-id': 'Objekt-ID der Unternehmensanwendung',
  'smtp-auth': 'SMTP AUTH einschalten',
  'exchange-powershell': 'Exchange-PowerShell',
  'app-registration': 'App-Registrierung',
  'client-secret': 'Geheimer Clientschlüssel',
  'assign-users': 'Benutzer zuweisen',
  'etron-settings': 'Einstellungen in ETRON onRetail',
  'inventory360-settings': 'Einstellungen in Inventory360',
  'client-settings': 'Einstellungen der Anwendung',
  'security-policy': 'Sicherheitsrichtlinien in Entra',
  network: 'Netzwerk und Firewall',
  'sign-in': 'Anmelden',
  wait: 'Warten und erneut prüfen',
};
