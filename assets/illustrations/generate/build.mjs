#!/usr/bin/env node
/**
 * Writes assets/illustrations/*.svg from the screen definitions (node assets/illustrations/generate/build.mjs).
 * The SVGs are committed; this script only exists so a label change is one edit, not fourteen.
 * The <title> of each file is the German/English alt text's short form.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { smtpAuth } from './admin-center-screens.mjs';
import { powershellWindow } from './powershell-screen.mjs';
import { apiPermissions, assignUsers, clientSecret, consent, GENERIC_APP, objectId, redirectUri, uploadCertificate } from './entra-screens.mjs';
import { newRegistration } from './entra-registration-screen.mjs';
import { odooGeneralSettings, odooIncomingServer, odooOutgoingServer, odooSystemParameters } from './odoo-screens.mjs';

const out = path.resolve(import.meta.dirname, '..');
const SCREENS = {
  'entra-grant-admin-consent': [consent, { de: 'Unternehmensanwendung Inventory360, Berechtigungen: „Administratorzustimmung für Contoso erteilen“', en: 'Inventory360 enterprise app, Permissions: "Grant admin consent for Contoso"' }],
  'entra-object-id': [objectId, { de: 'Unternehmensanwendung Inventory360, Übersicht: Objekt-ID kopieren, nicht die Anwendungs-ID', en: 'Inventory360 enterprise app, Overview: copy the Object ID, not the Application ID' }],
  // The "other application" path shows no Inventory360 names: the same screens for an example app.
  'entra-grant-admin-consent-generic': [(lang, title) => consent(lang, title, GENERIC_APP), { de: 'Unternehmensanwendung Ihrer Anwendung, Berechtigungen: „Administratorzustimmung für Contoso erteilen“', en: 'Your application\'s enterprise app, Permissions: "Grant admin consent for Contoso"' }],
  'entra-object-id-generic': [(lang, title) => objectId(lang, title, GENERIC_APP), { de: 'Unternehmensanwendung Ihrer Anwendung, Übersicht: Objekt-ID kopieren, nicht die Anwendungs-ID', en: 'Your application\'s enterprise app, Overview: copy the Object ID, not the Application ID' }],
  'entra-client-secret-generic': [(lang, title) => clientSecret(lang, title, GENERIC_APP), { de: 'App-Registrierung Ihrer Anwendung, Zertifikate & Geheimnisse: Wert des geheimen Clientschlüssels kopieren', en: 'Your application\'s app registration, Certificates & secrets: copy the client secret Value' }],
  'entra-upload-certificate': [uploadCertificate, { de: 'App-Registrierung Ihrer Anwendung, Zertifikate & Geheimnisse → Zertifikate: „Zertifikat hochladen“ und den Fingerabdruck kopieren', en: 'Your application\'s app registration, Certificates & secrets → Certificates: "Upload certificate" and copy the Thumbprint' }],
  'admin-center-authenticated-smtp': [smtpAuth, { de: 'Microsoft 365 Admin Center: E-Mail-Apps verwalten, „Authentifiziertes SMTP“ und „Änderungen speichern“', en: 'Microsoft 365 admin center: Manage email apps, "Authenticated SMTP" and "Save changes"' }],
  'entra-redirect-uri': [redirectUri, { de: 'App-Registrierung ETRON onRetail, Authentifizierung: Web-Umleitungs-URI', en: 'ETRON onRetail app registration, Authentication: Web redirect URI' }],
  'entra-api-permissions': [apiPermissions, { de: 'App-Registrierung ETRON onRetail, API-Berechtigungen: SMTP.Send und IMAP.AccessAsUser.All (Delegiert)', en: 'ETRON onRetail app registration, API permissions: SMTP.Send and IMAP.AccessAsUser.All (Delegated)' }],
  'entra-client-secret': [clientSecret, { de: 'App-Registrierung ETRON onRetail, Zertifikate & Geheimnisse: Wert des geheimen Clientschlüssels kopieren', en: 'ETRON onRetail app registration, Certificates & secrets: copy the client secret Value' }],
  'entra-new-registration': [newRegistration, { de: 'App-Registrierungen → Neue Registrierung: Name, Unterstützte Kontotypen (mehrinstanzenfähig und persönliche Microsoft-Konten), Umleitungs-URI „Web“, „Registrieren“', en: 'App registrations → New registration: Name, Supported account types (multitenant and personal Microsoft accounts), "Web" redirect URI, "Register"' }],
  'entra-assign-users': [assignUsers, { de: 'Unternehmensanwendung ETRON onRetail, Benutzer und Gruppen: „Benutzer*in/Gruppe hinzufügen“', en: 'ETRON onRetail enterprise app, Users and groups: "Add user/group"' }],
  'odoo-general-settings': [odooGeneralSettings, { de: 'ETRON onRetail, Einstellungen → Allgemeine Einstellungen → Dialog: „Benutzerdefinierte E-Mail-Server“, Alias-Domain und Outlook-Anmeldedaten (ID, Geheimnis)', en: 'ETRON onRetail, Settings → General Settings → Discuss: "Custom Email Servers", Alias Domain and Outlook Credentials (ID, Secret)' }],
  'odoo-outgoing-server': [odooOutgoingServer, { de: 'ETRON onRetail, Postausgangsserver: Outlook-OAuth-Authentifizierung, Name, VON-Filterung, Benutzername, „Verbinden Sie Ihr Outlook-Konto“', en: 'ETRON onRetail, outgoing mail server: Outlook OAuth Authentication, Name, FROM Filtering, Username, "Connect your Outlook account"' }],
  'odoo-incoming-server': [odooIncomingServer, { de: 'ETRON onRetail, Posteingangsserver: Servertyp Outlook-OAuth-Authentifizierung, Benutzername, Outlook-Konto verbinden, „Testen & Bestätigen“', en: 'ETRON onRetail, incoming mail server: Server Type Outlook OAuth Authentication, Username, connect the Outlook account, "Test & Confirm"' }],
  'odoo-system-parameters': [odooSystemParameters, { de: 'ETRON onRetail, Einstellungen → Technisch → Systemparameter: mail.catchall.domain und mail.default.from', en: 'ETRON onRetail, Settings → Technical → System Parameters: mail.catchall.domain and mail.default.from' }],
  'exchange-powershell-window': [powershellWindow, { de: 'Windows PowerShell: Connect-ExchangeOnline, dann die Befehle aus dem Assistenten an der Eingabeaufforderung einfügen', en: 'Windows PowerShell: Connect-ExchangeOnline, then paste the commands from the assistant at the prompt' }],
};

for (const [name, [draw, titles]] of Object.entries(SCREENS)) {
  for (const lang of ['de', 'en']) {
    const file = path.join(out, `${name}.${lang}.svg`);
    writeFileSync(file, draw(lang, titles[lang]));
    console.log(path.relative(process.cwd(), file));
  }
}
