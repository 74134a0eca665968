/** Deutsche Texte von „Für mich beheben“. */
import type { FixChange, FixTexts } from './fix-texts.js';

function change(c: FixChange): string {
  const inTenant = `im Mandanten ${c.tenant}`;
  switch (c.action) {
    case 'grant-admin-consent':
      return `SMTP.SendAsApp (Office 365 Exchange Online) für Inventory360 ${inTenant} erteilen.`;
    case 'grant-app-role':
      return `${c.findingId.includes('imap') ? 'IMAP.AccessAsApp' : 'SMTP.SendAsApp'} (Office 365 Exchange Online) für die App ${c.appId ?? ''} ${inTenant} erteilen.`;
    case 'create-app-registration':
      return `Die App-Registrierung „ETRON onRetail“ ${inTenant} anlegen: Umleitungs-URI https://${c.instance ?? ''}.wawi.onretail.eu/microsoft_outlook/confirm, Berechtigungen SMTP.Send, IMAP.AccessAsUser.All und User.Read, für Geschäfts- und persönliche Konten.`;
    case 'repair-app-registration':
      return `Die ETRON-App-Registrierung ${inTenant} wie in der Anleitung korrigieren (Umleitungs-URI, Berechtigungen, unterstützte Konten).`;
    case 'create-service-principal':
      return `Die Unternehmensanwendung der ETRON-App-Registrierung ${inTenant} anlegen.`;
    case 'assign-users':
      return `${c.mailbox} der ETRON-Unternehmensanwendung ${inTenant} zuweisen.`;
    case 'grant-delegated-consent':
      return `Administratorzustimmung für alle Benutzer ${inTenant} erteilen: ETRON darf für jeden Benutzer, der sein Konto verbindet, Mails senden und lesen (SMTP.Send, IMAP.AccessAsUser.All).`;
    case 'create-client-secret':
      return `Einen neuen geheimen Clientschlüssel „ETRON-OAuth“ für die ETRON-App-Registrierung ${inTenant} erstellen, mit der längsten erlaubten Gültigkeit.`;
    default:
      return `Die Änderung „${c.action}“ ${inTenant} vornehmen.`;
  }
}

/** Die deutschen Texte. */
export const deFix: FixTexts = {
  button: 'Für mich beheben',
  working: 'Die Änderung wird vorgenommen… Öffnet sich eine Microsoft-Seite, melden Sie sich an und stimmen Sie zu.',
  confirmHeading: 'Diese Änderung in Ihrem Mandanten vornehmen?',
  change,
  consentNote: (permission) => `Beim ersten Mal bittet Microsoft Sie, dem Assistenten genau diese Berechtigung zu erlauben: ${permission}.`,
  confirm: 'Ja, Änderung vornehmen',
  cancel: 'Abbrechen',
  done: 'Erledigt.',
  unchanged: 'Nichts zu ändern: Es war bereits so eingerichtet.',
  waitNote: 'Microsoft Entra und Exchange Online brauchen 30 Minuten, manchmal bis zu 24 Stunden, bis die Änderung überall wirkt. Prüfen Sie erneut, um zu sehen, was Microsoft Graph jetzt zeigt.',
  checkAgain: 'Erneut prüfen',
  secretHeading: 'Ihr neuer geheimer Clientschlüssel',
  secretNote: 'Kopieren Sie ihn jetzt und tragen Sie ihn in ETRON ein: Er wird nur einmal angezeigt. Der Assistent speichert ihn nicht, und Microsoft Entra zeigt später nur seine ersten Zeichen.',
  secretLabel: 'Geheimer Clientschlüssel (Wert)',
  secretExpires: (date) => `Gültig bis ${date}.`,
  copy: 'Kopieren',
  copied: 'Kopiert.',
  copyFailed: 'Kopieren nicht möglich – markieren Sie den Wert und kopieren Sie ihn von Hand.',
  secretDone: 'Ich habe ihn kopiert',
  otherFindingsHeading: 'Was der Assistent noch für Sie erledigen kann',
};
