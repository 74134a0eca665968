/**
 * The illustrations of Microsoft screens a person must click in ("Shows it", DESIGN.md): for each
 * its SVG per language (assets/illustrations/, drawn by assets/illustrations/generate/), the alt
 * text, the numbered clicks that match the badges in the drawing, the page that opens the screen,
 * which diagnosis step it fixes and on which wizard pages it is offered. Plain data, so the unit
 * test reads it without Vite; the bundled URLs are in illustration-urls.ts.
 */
import type { CategoryId, FixStep, Profile } from '../../../electron/ipc/contract.js';
import type { Language } from '../i18n.js';
import { WizardStep } from '../wizard/steps.js';

/**
 * The illustrated screens. Every drawing keeps its text at least 13.5 of 720 units (12 px when shown
 * 640 px wide), so it stays legible in the page's column and enlarged to full width.
 */
export const ILLUSTRATION_IDS = [
  'entra-grant-admin-consent', 'entra-object-id', 'admin-center-authenticated-smtp', 'entra-redirect-uri',
  'entra-api-permissions', 'entra-client-secret', 'entra-assign-users', 'entra-new-registration',
  'odoo-general-settings', 'odoo-outgoing-server', 'odoo-incoming-server', 'odoo-system-parameters',
  'exchange-powershell-window', 'entra-grant-admin-consent-generic', 'entra-object-id-generic', 'entra-client-secret-generic',
  'entra-upload-certificate',
] as const;


/** One illustrated screen. */
export type IllustrationId = (typeof ILLUSTRATION_IDS)[number];

/** Where the illustrated screen is, for a link that opens it (the worldwide cloud's portals). */
export type PortalId = 'entra-enterprise-apps' | 'entra-app-registrations' | 'admin-center-users';

/** Start pages of the portals; documented routes only (M365-REFERENCE.md §4), the click path does the rest. */
export const PORTAL_URLS: Readonly<Record<PortalId, string>> = {
  'entra-enterprise-apps': 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview/menuId~/null',
  'entra-app-registrations': 'https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade',
  'admin-center-users': 'https://admin.microsoft.com/#/users',
};

/** The facts of one illustration. */
export interface IllustrationEntry {
  /** File names in assets/illustrations/, per language (the portal shows the user's language). */
  readonly files: Readonly<Record<Language, string>>;
  /** What the screen is for, in a few words (the folded hint's summary). */
  readonly title: Readonly<Record<Language, string>>;
  readonly alt: Readonly<Record<Language, string>>;
  /** The clicks in order; click n is the badge n in the drawing. */
  readonly clicks: Readonly<Record<Language, readonly string[]>>;
  /** The Microsoft portal page that opens the screen; null for screens outside a Microsoft portal (ETRON, PowerShell). */
  readonly portal: PortalId | null;
  /** The diagnosis step (WIZARD_STEPS of electron/core/diagnosis/types.ts) this screen fixes. */
  readonly fixStep: FixStep;
  /** The wizard pages that offer it next to their fields, and for which products. */
  readonly pages: readonly WizardStep[];
  readonly profiles: readonly Profile[];
}

function files(id: IllustrationId): Record<Language, string> {
  return { de: `${id}.de.svg`, en: `${id}.en.svg` };
}

/** Every illustration. */
export const ILLUSTRATIONS: Readonly<Record<IllustrationId, IllustrationEntry>> = {
  'entra-grant-admin-consent': {
    files: files('entra-grant-admin-consent'),
    title: { de: 'Administratorzustimmung erteilen', en: 'Grant admin consent' },
    alt: {
      de: 'Microsoft Entra Admin Center, Unternehmensanwendungen → Inventory360 → Berechtigungen: die Schaltfläche „Administratorzustimmung für Contoso erteilen“ ist markiert, darunter die Berechtigung SMTP.SendAsApp.',
      en: 'Microsoft Entra admin center, Enterprise applications → Inventory360 → Permissions: the "Grant admin consent for Contoso" button is marked, below it the SMTP.SendAsApp permission.',
    },
    clicks: {
      de: ['Unternehmensanwendungen → Inventory360 öffnen, links „Berechtigungen“.', '„Administratorzustimmung für <Ihre Organisation> erteilen“ klicken und mit dem Administratorkonto bestätigen.', 'Prüfen: SMTP.SendAsApp (Office 365 Exchange Online, Anwendung) steht in der Liste.'],
      en: ['Open Enterprise applications → Inventory360, then "Permissions" on the left.', 'Click "Grant admin consent for <your organisation>" and accept with the admin account.', 'Check: SMTP.SendAsApp (Office 365 Exchange Online, Application) is in the list.'],
    },
    portal: 'entra-enterprise-apps', fixStep: 'consent', pages: [], profiles: ['inventory360'],
  },
  'entra-object-id': {
    files: files('entra-object-id'),
    title: { de: 'Objekt-ID der Unternehmensanwendung kopieren', en: "Copy the enterprise app's Object ID" },
    alt: {
      de: 'Microsoft Entra Admin Center, Unternehmensanwendungen → Inventory360 → Übersicht: das Feld „Objekt-ID“ mit dem Symbol „In die Zwischenablage kopieren“ ist markiert; die Anwendungs-ID ist durchgestrichen.',
      en: 'Microsoft Entra admin center, Enterprise applications → Inventory360 → Overview: the "Object ID" field with its copy icon is marked; the Application ID is crossed out.',
    },
    clicks: {
      de: ['Unternehmensanwendungen → Inventory360 öffnen, links „Übersicht“.', 'Bei „Objekt-ID“ auf das Kopiersymbol klicken. Nicht die Anwendungs-ID – die Verwechslung ist der häufigste Grund für „535 5.7.3“.'],
      en: ['Open Enterprise applications → Inventory360, then "Overview" on the left.', 'Click the copy icon next to "Object ID". Not the Application ID – mixing them up is the most common cause of "535 5.7.3".'],
    },
    portal: 'entra-enterprise-apps', fixStep: 'object-id', pages: [WizardStep.PowerShell, WizardStep.Export], profiles: ['inventory360'],
  },
  'admin-center-authenticated-smtp': {
    files: files('admin-center-authenticated-smtp'),
    title: { de: '„Authentifiziertes SMTP“ einschalten', en: 'Turn on "Authenticated SMTP"' },
    alt: {
      de: 'Microsoft 365 Admin Center, Aktive Benutzer → Benutzer → E-Mail → E-Mail-Apps verwalten: das Kästchen „Authentifiziertes SMTP“ und die Schaltfläche „Änderungen speichern“ sind markiert.',
      en: 'Microsoft 365 admin center, Active users → user → Mail → Manage email apps: the "Authenticated SMTP" checkbox and the "Save changes" button are marked.',
    },
    clicks: {
      de: ['Benutzer → Aktive Benutzer, den sendenden Benutzer anklicken; rechts „E-Mail“ → „E-Mail-Apps verwalten“.', 'Haken bei „Authentifiziertes SMTP“ setzen.', '„Änderungen speichern“ klicken.'],
      en: ['Users → Active users, click the sending user; on the right "Mail" → "Manage email apps".', 'Tick "Authenticated SMTP".', 'Click "Save changes".'],
    },
    portal: 'admin-center-users', fixStep: 'smtp-auth', pages: [WizardStep.PowerShell], profiles: ['inventory360', 'generic'],
  },
  'entra-redirect-uri': {
    files: files('entra-redirect-uri'),
    title: { de: 'Umleitungs-URI eintragen', en: 'Enter the redirect URI' },
    alt: {
      de: 'Microsoft Entra Admin Center, App-Registrierungen → ETRON onRetail → Authentifizierung: die Web-Umleitungs-URI https://…wawi.onretail.eu/microsoft_outlook/confirm und „Speichern“ sind markiert.',
      en: 'Microsoft Entra admin center, App registrations → ETRON onRetail → Authentication: the Web redirect URI https://…wawi.onretail.eu/microsoft_outlook/confirm and "Save" are marked.',
    },
    clicks: {
      de: ['App-Registrierungen → ETRON onRetail öffnen, links „Authentifizierung“.', 'Unter „Web“ → „Umleitungs-URIs“ genau https://<Instanz>.wawi.onretail.eu/microsoft_outlook/confirm eintragen.', '„Speichern“ klicken.'],
      en: ['Open App registrations → ETRON onRetail, then "Authentication" on the left.', 'Under "Web" → "Redirect URIs" enter exactly https://<instance>.wawi.onretail.eu/microsoft_outlook/confirm.', 'Click "Save".'],
    },
    portal: 'entra-app-registrations', fixStep: 'app-registration', pages: [WizardStep.Export], profiles: ['etron'],
  },
  'entra-api-permissions': {
    files: files('entra-api-permissions'),
    title: { de: 'API-Berechtigungen SMTP.Send und IMAP.AccessAsUser.All', en: 'API permissions SMTP.Send and IMAP.AccessAsUser.All' },
    alt: {
      de: 'Microsoft Entra Admin Center, App-Registrierungen → ETRON onRetail → API-Berechtigungen: „Berechtigung hinzufügen“ und die delegierten Microsoft-Graph-Berechtigungen IMAP.AccessAsUser.All und SMTP.Send sind markiert.',
      en: 'Microsoft Entra admin center, App registrations → ETRON onRetail → API permissions: "Add a permission" and the delegated Microsoft Graph permissions IMAP.AccessAsUser.All and SMTP.Send are marked.',
    },
    clicks: {
      de: ['App-Registrierungen → ETRON onRetail öffnen, links „API-Berechtigungen“.', '„Berechtigung hinzufügen“ → Microsoft Graph → Delegierte Berechtigungen.', 'SMTP.Send und IMAP.AccessAsUser.All suchen, markieren und mit „Berechtigungen hinzufügen“ bestätigen; User.Read bleibt.'],
      en: ['Open App registrations → ETRON onRetail, then "API permissions" on the left.', '"Add a permission" → Microsoft Graph → Delegated permissions.', 'Search SMTP.Send and IMAP.AccessAsUser.All, tick them and confirm with "Add permissions"; User.Read stays.'],
    },
    portal: 'entra-app-registrations', fixStep: 'app-registration', pages: [], profiles: ['etron', 'generic'],
  },
  'entra-client-secret': {
    files: files('entra-client-secret'),
    title: { de: 'Geheimen Clientschlüssel erstellen und Wert kopieren', en: 'Create a client secret and copy its value' },
    alt: {
      de: 'Microsoft Entra Admin Center, App-Registrierungen → ETRON onRetail → Zertifikate & Geheimnisse: „Neuer geheimer Clientschlüssel“ und die Spalte „Wert“ mit dem Kopiersymbol sind markiert; der Wert ist nach Verlassen der Seite verborgen.',
      en: 'Microsoft Entra admin center, App registrations → ETRON onRetail → Certificates & secrets: "New client secret" and the "Value" column with its copy icon are marked; the value is hidden once you leave the page.',
    },
    clicks: {
      de: ['App-Registrierungen → ETRON onRetail öffnen, links „Zertifikate & Geheimnisse“.', '„Neuer geheimer Clientschlüssel“: Beschreibung z. B. „ETRON-OAuth“, Gültigkeit möglichst lang, „Hinzufügen“.', 'Sofort den „Wert“ kopieren (nicht die „Geheime ID“) – nach Verlassen der Seite ist er verborgen.'],
      en: ['Open App registrations → ETRON onRetail, then "Certificates & secrets" on the left.', '"New client secret": description e.g. "ETRON-OAuth", the longest validity, "Add".', 'Copy the "Value" at once (not the "Secret ID") – it is hidden once you leave the page.'],
    },
    portal: 'entra-app-registrations', fixStep: 'client-secret', pages: [WizardStep.Export], profiles: ['etron'],
  },
  'entra-assign-users': {
    files: files('entra-assign-users'),
    title: { de: 'Benutzer und Gruppen zuweisen', en: 'Assign users and groups' },
    alt: {
      de: 'Microsoft Entra Admin Center, Unternehmensanwendungen → ETRON onRetail → Benutzer und Gruppen: „Benutzer*in/Gruppe hinzufügen“ ist markiert.',
      en: 'Microsoft Entra admin center, Enterprise applications → ETRON onRetail → Users and groups: "Add user/group" is marked.',
    },
    clicks: {
      de: ['Unternehmensanwendungen → ETRON onRetail öffnen, links „Benutzer und Gruppen“.', '„Benutzer*in/Gruppe hinzufügen“ → Benutzer und Gruppen auswählen → „Auswählen“ → „Zuweisen“.'],
      en: ['Open Enterprise applications → ETRON onRetail, then "Users and groups" on the left.', '"Add user/group" → select the users and groups → "Select" → "Assign".'],
    },
    portal: 'entra-enterprise-apps', fixStep: 'assign-users', pages: [], profiles: ['etron', 'generic'],
  },
  'entra-new-registration': {
    files: files('entra-new-registration'),
    title: { de: 'Neue App-Registrierung anlegen', en: 'Create a new app registration' },
    alt: {
      de: 'Microsoft Entra Admin Center, App-Registrierungen → Neue Registrierung: markiert sind das Feld „Name“, unter „Unterstützte Kontotypen“ die Option „Konten in einem beliebigen Organisationsverzeichnis … und persönliche Microsoft-Konten“, die Umleitungs-URI mit der Plattform „Web“ und https://<Instanz>.wawi.onretail.eu/microsoft_outlook/confirm sowie die Schaltfläche „Registrieren“.',
      en: 'Microsoft Entra admin center, App registrations → New registration: marked are the "Name" field, under "Supported account types" the option "Accounts in any organizational directory … and personal Microsoft accounts", the redirect URI with platform "Web" and https://<instance>.wawi.onretail.eu/microsoft_outlook/confirm, and the "Register" button.',
    },
    clicks: {
      de: ['App-Registrierungen → „Neue Registrierung“: als Name z. B. „ETRON onRetail“ eintragen.', 'Unter „Unterstützte Kontotypen“: „Konten in einem beliebigen Organisationsverzeichnis … und persönliche Microsoft-Konten (z. B. Skype, Xbox)“ wählen.', 'Unter „Umleitungs-URI“: Plattform „Web“ wählen und https://<Instanz>.wawi.onretail.eu/microsoft_outlook/confirm eintragen.', '„Registrieren“ klicken.'],
      en: ['App registrations → "New registration": enter a name, e.g. "ETRON onRetail".', 'Under "Supported account types" choose "Accounts in any organizational directory … and personal Microsoft accounts (e.g. Skype, Xbox)".', 'Under "Redirect URI" choose the platform "Web" and enter https://<instance>.wawi.onretail.eu/microsoft_outlook/confirm.', 'Click "Register".'],
    },
    portal: 'entra-app-registrations', fixStep: 'app-registration', pages: [], profiles: ['etron'],
  },
  'odoo-general-settings': {
    files: files('odoo-general-settings'),
    title: { de: 'ETRON: Benutzerdefinierte E-Mail-Server und Outlook-Anmeldedaten', en: 'ETRON: Custom Email Servers and Outlook Credentials' },
    alt: {
      de: 'ETRON onRetail, Einstellungen → Allgemeine Einstellungen, Abschnitt Dialog: markiert sind das Kästchen „Benutzerdefinierte E-Mail-Server“, das Feld „Alias-Domain“, unter „Outlook-Anmeldedaten“ die Felder „ID“ und „Geheimnis“ sowie „Speichern“.',
      en: 'ETRON onRetail, Settings → General Settings, Discuss section: marked are the "Custom Email Servers" checkbox, the "Alias Domain" field, under "Outlook Credentials" the "ID" and "Secret" fields, and "Save".',
    },
    clicks: {
      de: ['Einstellungen → Allgemeine Einstellungen → Abschnitt „Dialog“: „Benutzerdefinierte E-Mail-Server“ ankreuzen.', '„Alias-Domain“ prüfen: die Domäne Ihrer E-Mail-Adressen (z. B. contoso.com).', '„Outlook-Anmeldedaten“ ankreuzen, bei „ID“ die Anwendungs-ID (Client-ID) und bei „Geheimnis“ den Wert des geheimen Clientschlüssels einfügen.', '„Speichern“ klicken.'],
      en: ['Settings → General Settings → "Discuss" section: tick "Custom Email Servers".', 'Check the "Alias Domain": the domain of your mail addresses (e.g. contoso.com).', 'Tick "Outlook Credentials", paste the Application (client) ID into "ID" and the client secret Value into "Secret".', 'Click "Save".'],
    },
    portal: null, fixStep: 'etron-settings', pages: [], profiles: ['etron'],
  },
  'odoo-outgoing-server': {
    files: files('odoo-outgoing-server'),
    title: { de: 'ETRON: Postausgangsserver mit Outlook', en: 'ETRON: outgoing mail server with Outlook' },
    alt: {
      de: 'ETRON onRetail, Postausgangsserver „Neu“: markiert sind „Authentifizieren mit: Outlook-OAuth-Authentifizierung“, die Felder „Name“, „Benutzername“ und „VON-Filterung“ sowie „Verbinden Sie Ihr Outlook-Konto“.',
      en: 'ETRON onRetail, outgoing mail server "New": marked are "Authenticate with: Outlook OAuth Authentication", the "Name", "Username" and "FROM Filtering" fields, and "Connect your Outlook account".',
    },
    clicks: {
      de: ['Bei „Authentifizieren mit“ „Outlook-OAuth-Authentifizierung“ wählen.', '„Name“ frei wählen, z. B. „Microsoft 365“.', '„Benutzername“: die Microsoft-365-E-Mail-Adresse des Postfachs.', '„VON-Filterung“: dieselbe Adresse (oder die Domäne); bei benutzerbezogenen Servern die persönliche Adresse.', '„Verbinden Sie Ihr Outlook-Konto“ klicken und die Microsoft-Anmeldung abschließen; danach „Verbindung testen“.'],
      en: ['Under "Authenticate with" choose "Outlook OAuth Authentication".', 'Choose any "Name", e.g. "Microsoft 365".', '"Username": the mailbox\'s Microsoft 365 address.', '"FROM Filtering": the same address (or the domain); for per-user servers the personal address.', 'Click "Connect your Outlook account" and finish the Microsoft sign-in; then "Test Connection".'],
    },
    portal: null, fixStep: 'etron-settings', pages: [], profiles: ['etron'],
  },
  'odoo-incoming-server': {
    files: files('odoo-incoming-server'),
    title: { de: 'ETRON: Posteingangsserver mit Outlook', en: 'ETRON: incoming mail server with Outlook' },
    alt: {
      de: 'ETRON onRetail, Posteingangsserver „Neu“: markiert sind „Servertyp: Outlook-OAuth-Authentifizierung“, das Feld „Benutzername“, „Verbinden Sie Ihr Outlook-Konto“ und „Testen & Bestätigen“.',
      en: 'ETRON onRetail, incoming mail server "New": marked are "Server Type: Outlook OAuth Authentication", the "Username" field, "Connect your Outlook account" and "Test & Confirm".',
    },
    clicks: {
      de: ['Bei „Servertyp“ „Outlook-OAuth-Authentifizierung“ wählen.', '„Benutzername“: die E-Mail-Adresse des Postfachs.', '„Verbinden Sie Ihr Outlook-Konto“ klicken und die Microsoft-Anmeldung abschließen.', '„Testen & Bestätigen“ klicken.'],
      en: ['Under "Server Type" choose "Outlook OAuth Authentication".', '"Username": the mailbox\'s address.', 'Click "Connect your Outlook account" and finish the Microsoft sign-in.', 'Click "Test & Confirm".'],
    },
    portal: null, fixStep: 'etron-settings', pages: [], profiles: ['etron'],
  },
  'odoo-system-parameters': {
    files: files('odoo-system-parameters'),
    title: { de: 'ETRON: Systemparameter mail.default.from und mail.catchall.domain', en: 'ETRON: system parameters mail.default.from and mail.catchall.domain' },
    alt: {
      de: 'ETRON onRetail, Einstellungen → Technisch → Systemparameter: markiert sind „Neu“ und die Zeilen mail.catchall.domain (contoso.com) und mail.default.from (notifications@contoso.com).',
      en: 'ETRON onRetail, Settings → Technical → System Parameters: marked are "New" and the rows mail.catchall.domain (contoso.com) and mail.default.from (notifications@contoso.com).',
    },
    clicks: {
      de: ['Einstellungen → Technisch → Systemparameter (nur im Entwicklermodus sichtbar); fehlt ein Eintrag: „Neu“.', 'mail.catchall.domain: die Domäne des Absenders, z. B. contoso.com.', 'mail.default.from: die Absenderadresse des gemeinsamen Postfachs (Variante A).'],
      en: ['Settings → Technical → System Parameters (visible in developer mode only); if an entry is missing: "New".', 'mail.catchall.domain: the sender\'s domain, e.g. contoso.com.', 'mail.default.from: the sender address of the shared mailbox (variant A).'],
    },
    portal: null, fixStep: 'etron-settings', pages: [], profiles: ['etron'],
  },
  'exchange-powershell-window': {
    files: files('exchange-powershell-window'),
    title: { de: 'Befehle in Exchange Online PowerShell einfügen', en: 'Paste the commands into Exchange Online PowerShell' },
    alt: {
      de: 'Windows-PowerShell-Fenster: markiert sind der Befehl Connect-ExchangeOnline und darunter die Stelle an der Eingabeaufforderung, an der die Befehle aus dem Assistenten (New-ServicePrincipal, Add-MailboxPermission) eingefügt werden.',
      en: 'Windows PowerShell window: marked are the Connect-ExchangeOnline command and, below it, the place at the prompt where the commands from the assistant (New-ServicePrincipal, Add-MailboxPermission) are pasted.',
    },
    clicks: {
      de: ['PowerShell als Administrator öffnen, Connect-ExchangeOnline eingeben, Enter, und mit dem Administratorkonto anmelden.', 'Das Skript im Assistenten kopieren, im PowerShell-Fenster mit Rechtsklick einfügen und mit Enter ausführen.'],
      en: ['Open PowerShell as administrator, type Connect-ExchangeOnline, press Enter and sign in with the admin account.', 'Copy the script in the assistant, right-click in the PowerShell window to paste it and press Enter.'],
    },
    portal: null, fixStep: 'exchange-powershell', pages: [], profiles: ['inventory360', 'generic'],
  },
  // The other application's path: the same screens for an example app, without Inventory360's name.
  'entra-grant-admin-consent-generic': {
    files: files('entra-grant-admin-consent-generic'),
    title: { de: 'Administratorzustimmung erteilen', en: 'Grant admin consent' },
    alt: {
      de: 'Microsoft Entra Admin Center, Unternehmensanwendungen → Ihre Anwendung (im Bild „Mail-App“) → Berechtigungen: die Schaltfläche „Administratorzustimmung für Contoso erteilen“ ist markiert, darunter die Berechtigung SMTP.SendAsApp.',
      en: 'Microsoft Entra admin center, Enterprise applications → your application (shown as "Mail-App") → Permissions: the "Grant admin consent for Contoso" button is marked, below it the SMTP.SendAsApp permission.',
    },
    clicks: {
      de: ['Unternehmensanwendungen → Ihre Anwendung öffnen, links „Berechtigungen“.', '„Administratorzustimmung für <Ihre Organisation> erteilen“ klicken und mit dem Administratorkonto bestätigen.', 'Prüfen: Die Berechtigungen Ihrer Anwendung (z. B. SMTP.SendAsApp) stehen in der Liste.'],
      en: ['Open Enterprise applications → your application, then "Permissions" on the left.', 'Click "Grant admin consent for <your organisation>" and accept with the admin account.', 'Check: your application\'s permissions (e.g. SMTP.SendAsApp) are in the list.'],
    },
    portal: 'entra-enterprise-apps', fixStep: 'consent', pages: [], profiles: ['generic'],
  },
  'entra-object-id-generic': {
    files: files('entra-object-id-generic'),
    title: { de: 'Objekt-ID der Unternehmensanwendung kopieren', en: "Copy the enterprise app's Object ID" },
    alt: {
      de: 'Microsoft Entra Admin Center, Unternehmensanwendungen → Ihre Anwendung (im Bild „Mail-App“) → Übersicht: das Feld „Objekt-ID“ mit dem Symbol „In die Zwischenablage kopieren“ ist markiert; die Anwendungs-ID ist durchgestrichen.',
      en: 'Microsoft Entra admin center, Enterprise applications → your application (shown as "Mail-App") → Overview: the "Object ID" field with its copy icon is marked; the Application ID is crossed out.',
    },
    clicks: {
      de: ['Unternehmensanwendungen → Ihre Anwendung öffnen, links „Übersicht“.', 'Bei „Objekt-ID“ auf das Kopiersymbol klicken. Nicht die Anwendungs-ID – die Verwechslung ist der häufigste Grund für „535 5.7.3“.'],
      en: ['Open Enterprise applications → your application, then "Overview" on the left.', 'Click the copy icon next to "Object ID". Not the Application ID – mixing them up is the most common cause of "535 5.7.3".'],
    },
    portal: 'entra-enterprise-apps', fixStep: 'object-id', pages: [WizardStep.PowerShell, WizardStep.Export], profiles: ['generic'],
  },
  'entra-client-secret-generic': {
    files: files('entra-client-secret-generic'),
    title: { de: 'Geheimen Clientschlüssel anlegen und den Wert kopieren', en: 'Create a client secret and copy its Value' },
    alt: {
      de: 'Microsoft Entra Admin Center, App-Registrierungen → Ihre Anwendung (im Bild „Mail-App“) → Zertifikate & Geheimnisse: „Neuer geheimer Clientschlüssel“ und die Spalte „Wert“ mit dem Kopiersymbol sind markiert.',
      en: 'Microsoft Entra admin center, App registrations → your application (shown as "Mail-App") → Certificates & secrets: "New client secret" and the "Value" column with its copy icon are marked.',
    },
    clicks: {
      de: ['App-Registrierungen → Ihre Anwendung öffnen, links „Zertifikate & Geheimnisse“.', '„Neuer geheimer Clientschlüssel“, Beschreibung und Gültigkeit wählen, „Hinzufügen“.', 'Den „Wert“ sofort kopieren – nicht die „Geheime ID“.'],
      en: ['Open App registrations → your application, then "Certificates & secrets" on the left.', '"New client secret", choose a description and validity, "Add".', 'Copy the "Value" at once – not the "Secret ID".'],
    },
    portal: 'entra-app-registrations', fixStep: 'client-secret', pages: [WizardStep.Export], profiles: ['generic'],
  },
  'entra-upload-certificate': {
    files: files('entra-upload-certificate'),
    title: { de: 'Zertifikat hochladen', en: 'Upload the certificate' },
    alt: {
      de: 'Microsoft Entra Admin Center, App-Registrierungen → Ihre Anwendung (im Bild „Mail-App“) → Zertifikate & Geheimnisse, Registerkarte „Zertifikate“: „Zertifikat hochladen“ und der Fingerabdruck des hochgeladenen Zertifikats sind markiert.',
      en: 'Microsoft Entra admin center, App registrations → your application (shown as "Mail-App") → Certificates & secrets, tab "Certificates": "Upload certificate" and the Thumbprint of the uploaded certificate are marked.',
    },
    clicks: {
      de: ['App-Registrierungen → Ihre Anwendung öffnen, links „Zertifikate & Geheimnisse“.', 'Registerkarte „Zertifikate“ → „Zertifikat hochladen“, die Datei mit dem öffentlichen Schlüssel (.cer, .pem, .crt) wählen, „Hinzufügen“.', 'Den „Fingerabdruck“ der neuen Zeile kopieren.'],
      en: ['Open App registrations → your application, then "Certificates & secrets" on the left.', 'Tab "Certificates" → "Upload certificate", choose the file with the public key (.cer, .pem, .crt), "Add".', 'Copy the "Thumbprint" of the new line.'],
    },
    portal: 'entra-app-registrations', fixStep: 'client-secret', pages: [WizardStep.Export], profiles: ['generic'],
  },
};

/** The diagnosis steps that are done by clicking in a Microsoft portal; each has an illustration. */
export const CLICK_STEPS: readonly FixStep[] = ['consent', 'object-id', 'smtp-auth', 'app-registration', 'client-secret', 'assign-users'];

/** The screen of a step, where one screen is the answer for every category of that step. */
const BY_STEP: Readonly<Partial<Record<FixStep, IllustrationId>>> = {
  consent: 'entra-grant-admin-consent',
  'object-id': 'entra-object-id',
  'smtp-auth': 'admin-center-authenticated-smtp',
  'app-registration': 'entra-api-permissions',
  'client-secret': 'entra-client-secret',
  'assign-users': 'entra-assign-users',
};

/**
 * Categories whose screen is not their step's usual one; null = no screen helps (SMTP AUTH off
 * for the whole organisation is a PowerShell setting, not the mailbox checkbox).
 */
const BY_CATEGORY: Readonly<Partial<Record<CategoryId, IllustrationId | null>>> = {
  redirect_uri_mismatch: 'entra-redirect-uri',
  public_vs_confidential_client: 'entra-redirect-uri',
  smtp_auth_disabled_tenant: null,
};

/** Screens drawn for the other application's path instead of Inventory360's (no Inventory360 name on that path). */
const FOR_GENERIC: Readonly<Partial<Record<IllustrationId, IllustrationId>>> = {
  'entra-grant-admin-consent': 'entra-grant-admin-consent-generic',
  'entra-object-id': 'entra-object-id-generic',
  'entra-client-secret': 'entra-client-secret-generic',
};

/**
 * Screens that fit a product's own path better than its step's usual one: the other application's path has its own drawings,
 * and ETRON's admin consent is granted on its app registration's API permissions page (the catalogue's ETRON fix: "App
 * registrations → <ETRON app> → API permissions … Grant admin consent"), not on an enterprise application's.
 */
const FOR_PRODUCT: Readonly<Record<Profile, Readonly<Partial<Record<IllustrationId, IllustrationId>>>>> = {
  inventory360: {},
  etron: { 'entra-grant-admin-consent': 'entra-api-permissions' },
  generic: FOR_GENERIC,
};

/** The other products' names, which a screen shown for this product must not carry (the other application's path: both). */
const OTHER_PRODUCT: Readonly<Record<Profile, RegExp>> = { inventory360: /ETRON/, etron: /Inventory360/, generic: /Inventory360|ETRON/ };

/** Whether a screen's drawing names the other product (its description and clicks say what the drawing shows). */
function namesOtherProduct(id: IllustrationId, profile: Profile): boolean {
  const entry = ILLUSTRATIONS[id];
  return [entry.alt.de, entry.alt.en, ...entry.clicks.de, ...entry.clicks.en].some((text) => OTHER_PRODUCT[profile].test(text));
}

/**
 * The screen that shows where to click for a cause (its category and the step it points at), for the product. A screen drawn
 * with the other product's app ("App registrations → ETRON onRetail" on Inventory360's path, Inventory360's consent page on
 * ETRON's) gives way to its drawing without a product name ("your application"), or to none: a wrong name misleads more
 * than a missing drawing.
 */
export function illustrationFor(category: CategoryId, step: FixStep, profile?: Profile): IllustrationId | undefined {
  const special = BY_CATEGORY[category];
  const usual = special !== undefined ? special ?? undefined : BY_STEP[step];
  if (!usual || !profile) return usual;
  const id = FOR_PRODUCT[profile][usual] ?? usual;
  if (!namesOtherProduct(id, profile)) return id;
  const neutral = FOR_GENERIC[id];
  return neutral && !namesOtherProduct(neutral, profile) ? neutral : undefined;
}

/** The screens a wizard page offers for a product, in catalogue order. */
export function illustrationsOn(page: WizardStep, profile: Profile): IllustrationId[] {
  return ILLUSTRATION_IDS.filter((id) => ILLUSTRATIONS[id].pages.includes(page) && ILLUSTRATIONS[id].profiles.includes(profile));
}
