/**
 * Deutsche Behebungsschritte, wo ein Produkt von den allgemeinen Schritten abweicht:
 * Inventory360 (Galerie-App, Mailserver Konfiguration) und die Einstellungen von ETRON onRetail.
 * Sie ersetzen die allgemeinen Schritte.
 */
import type { ProfileFixes } from './types.js';
import { RETEST_DE } from './texts-de.js';

const INV360_APP = '15dd278a-3da9-4654-9edd-568380df74d0';

/** Produktspezifische Behebungsschritte (Deutsch). */
export const PROFILE_FIXES_DE: ProfileFixes = {
  consent_missing: {
    inventory360: [
      'Microsoft Entra Admin Center → Unternehmensanwendungen → Inventory360 → Sicherheit → Berechtigungen.',
      'Klicken Sie erneut auf den blauen Button „Administratorzustimmung für <Organisation> erteilen“ – Bestandskunden müssen das wiederholen, weil SMTP.SendAsApp nachträglich hinzugekommen ist.',
      'Prüfen Sie, dass SMTP.SendAsApp jetzt in der Liste steht.',
      RETEST_DE,
    ],
    etron: [
      'Microsoft Entra Admin Center → App-Registrierungen → <ETRON-App> → API-Berechtigungen.',
      'Prüfen, dass Microsoft Graph → Delegierte Berechtigungen → SMTP.Send, IMAP.AccessAsUser.All und User.Read vorhanden sind; fehlende über „Berechtigung hinzufügen“ ergänzen.',
      'Auf „Administratorzustimmung für <Organisation> erteilen“ klicken.',
      'In ETRON onRetail erneut „Outlook-Konto verbinden“ wählen und anmelden.',
    ],
  },
  service_principal_missing_or_wrong_id: {
    inventory360: [
      'Microsoft Entra Admin Center → Unternehmensanwendungen → Inventory360 → Übersicht: Objekt-ID kopieren.',
      'PowerShell öffnen und ausführen: Connect-ExchangeOnline',
      'Prüfen: Get-ServicePrincipal | Format-List DisplayName,AppId,ObjectId – hat Inventory360_Mail_Notification eine andere ObjectId, den Eintrag mit Remove-ServicePrincipal -Identity <falsche Objekt-ID> entfernen.',
      `New-ServicePrincipal -AppId ${INV360_APP} -ObjectId <Objekt-ID> -DisplayName "Inventory360_Mail_Notification"`,
      'Add-MailboxPermission -Identity <Postfach> -User <Objekt-ID> -AccessRights FullAccess',
      RETEST_DE,
    ],
  },
  basic_auth_used: {
    inventory360: [
      'Inventory360 → Mailserver Konfiguration: als Authentifizierungs-Typ XOAuth2 (Modern Auth) und das zugehörige Microsoft-365-/Entra-Backend auswählen.',
      'Gespeichertes Passwort entfernen und speichern.',
      'Eine Testnachricht aus Inventory360 senden.',
    ],
    etron: [
      'ETRON onRetail → Einstellungen → Allgemeine Einstellungen → Postausgangsserver → <Server>: „Outlook“ aktivieren statt Anmeldung mit Passwort.',
      'Posteingangsserver: „Outlook OAuth-Authentifizierung“ aktivieren.',
      '„Outlook-Konto verbinden“, anmelden und „Verbindung testen“.',
    ],
  },
  send_as_denied: {
    etron: [
      'ETRON onRetail → Einstellungen → Allgemeine Einstellungen → Postausgangsserver → <Server> → „Von-Filter“: Adresse oder Domäne eintragen, unter der dieser Server sendet.',
      'Variante A (ein gemeinsames Postfach): Benutzername des Postausgangsservers ist der Benutzer, der „Outlook-Konto verbinden“ anmeldet, nicht das gemeinsame Postfach: Exchange nimmt für SMTP nur den angemeldeten Benutzer an.',
      'Variante A, Odoo 16 und älter: Die Systemparameter mail.default.from und mail.catchall.domain müssen zum gemeinsamen Postfach passen – beim ETRON Support anfragen.',
      'Odoo 17 und neuer lesen diese Systemparameter nicht mehr: Dort bestimmt die E-Mail-Domain (Alias-Domain) des Unternehmens mit ihrem „Default From Alias“ den Standard-Absender – auf die Adresse des gemeinsamen Postfachs setzen.',
      'Sendet eine andere Adresse: Add-RecipientPermission -Identity <Absenderadresse> -Trustee <Benutzer> -AccessRights SendAs',
      'Die DNS-Einträge der Domain (SPF) für Microsoft 365 prüfen.',
    ],
  },
  not_authenticated: {
    inventory360: [
      'Inventory360 → Mailserver Konfiguration: Authentifizierungs-Typ XOAuth2 (Modern Auth), das Microsoft-365-/Entra-Backend und die Postfachadresse als Benutzer.',
      'Server smtp.office365.com, Port 587, STARTTLS.',
      'Speichern und eine Testnachricht aus Inventory360 senden.',
    ],
    etron: [
      'ETRON onRetail → Einstellungen → Allgemeine Einstellungen → Postausgangsserver → <Server>: „Outlook“ aktivieren, Benutzername = Microsoft-365-E-Mail-Adresse.',
      '„Outlook-Konto verbinden“; der Status muss „Outlook-Token gültig“ zeigen.',
      '„Verbindung testen“.',
    ],
  },
  redirect_uri_mismatch: {
    etron: [
      'Microsoft Entra Admin Center → App-Registrierungen → <ETRON-App> → Authentifizierung.',
      'Unter „Web“ → Umleitungs-URIs: https://<Instanz>.wawi.onretail.eu/microsoft_outlook/confirm (genau Ihre ETRON-Adresse).',
      'Speichern und in ETRON onRetail erneut „Outlook-Konto verbinden“.',
    ],
  },
  wrong_tenant_or_app: {
    inventory360: [
      'Inventory360 mit der Microsoft-365-Organisation verbinden, der das sendende Postfach gehört.',
      'Mit einem Administratorkonto dieser Organisation anmelden (kein persönliches Microsoft-Konto) und die Zustimmung erteilen.',
    ],
    etron: [
      'Microsoft Entra Admin Center → App-Registrierungen → <ETRON-App> → Authentifizierung → Unterstützte Kontotypen: „Konten in einem beliebigen Organisationsverzeichnis und persönliche Microsoft-Konten“.',
      'Client-ID in ETRON onRetail (Einstellungen → Allgemeine Einstellungen → Outlook-Anmeldedaten) mit der Anwendungs-ID (Client) der App-Registrierung vergleichen.',
      'Mit der Microsoft-365-Adresse des Postfachs anmelden.',
    ],
  },
  bad_client_secret: {
    etron: [
      'Microsoft Entra Admin Center → App-Registrierungen → <ETRON-App> → Zertifikate & Geheimnisse → Neuer geheimer Clientschlüssel (Gültigkeitsdauer möglichst lang).',
      'Die Spalte „Wert“ sofort kopieren (nicht die „Geheime ID“).',
      'ETRON onRetail → Einstellungen → Allgemeine Einstellungen → Outlook-Anmeldedaten → Client-Secret: Wert einfügen → Speichern.',
      'Am Postausgangs- und Posteingangsserver erneut „Outlook-Konto verbinden“.',
    ],
  },
  smtp_auth_failed_generic: {
    etron: [
      'ETRON onRetail → Postausgangsserver → „Outlook-Konto verbinden“ und mit dem Konto des Postfachs anmelden; Benutzername = diese Adresse.',
      'Microsoft Entra Admin Center → App-Registrierungen → <ETRON-App> → API-Berechtigungen: SMTP.Send muss vorhanden und erteilt sein.',
      'Microsoft 365 Admin Center → Users → Active users → <Benutzer> → Mail → Manage email apps → „Authenticated SMTP“ angehakt.',
      RETEST_DE,
    ],
  },
  token_expired_or_invalid: {
    etron: [
      'ETRON onRetail → Postausgangs- bzw. Posteingangsserver → „Outlook-Konto verbinden“ und erneut anmelden; der Status muss „Outlook-Token gültig“ zeigen.',
      'Ist das Client-Secret abgelaufen: neues erstellen (App-Registrierungen → <ETRON-App> → Zertifikate & Geheimnisse) und unter Einstellungen → Allgemeine Einstellungen → Outlook-Anmeldedaten eintragen.',
    ],
  },
  shared_mailbox_smtp_login: {
    etron: [
      'ETRON onRetail → Einstellungen → Allgemeine Einstellungen → Postausgangsserver → <Server> → Benutzername: die Adresse des Benutzers, der „Outlook-Konto verbinden“ anmeldet – nicht das gemeinsame Postfach (Variante A).',
      '„Von-Filter“: die Adresse des gemeinsamen Postfachs, damit ETRON mit ihr als Absender sendet.',
      'PowerShell: Add-RecipientPermission -Identity <gemeinsames Postfach> -Trustee <Benutzer> -AccessRights SendAs',
      'Der Posteingangsserver darf das gemeinsame Postfach als Benutzername behalten (IMAP nimmt es mit Vollzugriff an).',
      '„Outlook-Konto verbinden“ erneut anmelden und „Verbindung testen“.',
    ],
  },
};
