/**
 * The Odoo labels the ETRON screens show, English as in Odoo's view/model definitions and German as in
 * Odoo's own translations (addons/<module>/i18n/de.po). Read with the search tool from odoo/odoo:
 *
 *  [MO16]  microsoft_outlook 16.0 views and models (module dump with the documentation/16.0 link;
 *          odoo/odoo's stored copies of addons/microsoft_outlook/views/*.xml are the 17+ variants:
 *          fetchmail_server_views.xml @332c117f, ir_mail_server_views.xml @0949d617 (15.0, boolean "Outlook"),
 *          res_config_settings_views.xml @2b5c595c).
 *  [MOde]  odoo/odoo addons/microsoft_outlook/i18n/de.po @01fd3102 (Odoo 18.0; same msgids as 16.0 for
 *          the strings used here).
 *  [MAILde] odoo/odoo addons/mail/i18n/de.po @000472c5 (Odoo 16.0).
 *  [BSde]  odoo/odoo addons/base_setup/i18n/de.po @0081fad8 (saas~16.4).
 *  [BASEde] odoo/odoo odoo/addons/base/i18n/de.po @004a6d21 (saas~16.1).
 *  [MAILv16] mail/views/res_config_settings_views.xml 16.0 (odoojs-odoo/odoojs transcription, read via
 *          the search tool): section "Discuss", checkbox external_email_server_default, alias_domain with
 *          "@", buttons "Incoming/Outgoing Email Servers", checkbox "Outlook Credentials" whose content
 *          microsoft_outlook replaces with "ID" / "Secret" rows.
 *  [BASEv16] base/views/ir_mail_server_views.xml 16.0 (odoojs-odoo/odoojs@167c75ef
 *          src/addons_odoo2/action/base/ir_mail_server.js): header "Test Connection"; name + from_filter;
 *          smtp_authentication as radio + smtp_authentication_info; page "Connection": smtp_encryption,
 *          smtp_host, smtp_port | smtp_user, smtp_pass. microsoft_outlook adds the connect button after smtp_user.
 *  [FETCHv] mail/views/fetchmail_views.xml (odoo/odoo @01e9403f, 17+ syntax; 16.0 has the same fields with
 *          attrs): header "Test & Confirm"; name, server_type (radio); page "Server & Login": server, port,
 *          is_ssl | user, password; microsoft_outlook adds the connect button after user.
 *
 * Odoo 17+ differences (not drawn): the alias domain moved to the mail.alias.domain model (its own
 * form, with the default "From" — default_from — per domain instead of the mail.default.from
 * parameter), General Settings uses <setting> blocks ("Use an Outlook Server"), and "Custom Email
 * Servers" became "Use Custom Email Servers" ([BSde] saas~16.4: "Benutzerdefinierte E-Mail-Server
 * verwenden"). ETRON's guide describes the 16.0 layout, so 16.0 is drawn.
 *
 * "unconfirmed" = German string not found in the stored de.po files; the wording of the ETRON guide
 * (../shared/seeds/etron-onretail-outlook-oauth.de.txt) or Odoo's usual term is used instead.
 */
export const ODOO = {
  settings: { en: 'Settings', de: 'Einstellungen' }, // [BASEde] "Settings"
  generalSettings: { en: 'General Settings', de: 'Allgemeine Einstellungen' }, // [BSde]
  usersCompanies: { en: 'Users & Companies', de: 'Benutzer & Unternehmen' }, // unconfirmed
  technical: { en: 'Technical', de: 'Technisch' }, // [BASEde]
  save: { en: 'Save', de: 'Speichern' }, // [BSde] "<strong>Save</strong> this page…" → "<strong>Speichern</strong> …"
  discard: { en: 'Discard', de: 'Verwerfen' }, // [MAILde] "Discard" → "Verwerfen"
  newRecord: { en: 'New', de: 'Neu' }, // unconfirmed (web module), the guide: "Neu anlegen"
  discuss: { en: 'Discuss', de: 'Dialog' }, // [BASEde] app "Discuss" → "Dialog"; [MAILde] 16.0 had "Diskussion"; the guide: "Abschnitt Dialog"
  customServers: { en: 'Custom Email Servers', de: 'Benutzerdefinierte E-Mail-Server' }, // the guide; [BSde] saas~16.4 "Use Custom Email Servers" → "Benutzerdefinierte E-Mail-Server verwenden"
  customServersHelp: { en: 'Configure your own email servers', de: 'E-Mail-Server konfigurieren' }, // [MAILde]
  aliasDomain: { en: 'Alias Domain', de: 'Alias-Domain' }, // [MAILde] field_res_config_settings__alias_domain
  outgoingServers: { en: 'Outgoing Email Servers', de: 'Ausgehender Mail-Server' }, // [MAILde]
  outlookCredentials: { en: 'Outlook Credentials', de: 'Outlook-Anmeldedaten' }, // [MAILde] 16.0 left it untranslated; the guide: "Outlook-Anmeldedaten"
  clientId: { en: 'ID', de: 'ID' }, // [MO16] label string="ID"; [MOde]
  clientSecret: { en: 'Secret', de: 'Geheimnis' }, // [MO16] label string="Secret"; [MOde]
  outgoingServer: { en: 'Outgoing Mail Servers', de: 'Postausgangsserver' }, // [MAILde] "Outgoing Mail Server" → "Postausgangsserver"
  incomingServer: { en: 'Incoming Mail Servers', de: 'Posteingangsserver' }, // [MOde] "Incoming Mail Server" → "Posteingangsserver"
  testConnection: { en: 'Test Connection', de: 'Verbindung testen' }, // [BASEde]
  testConfirm: { en: 'Test & Confirm', de: 'Testen & Bestätigen' }, // [MAILde]
  name: { en: 'Name', de: 'Name' }, // [BASEde] field_ir_mail_server__name; [MAILde] field_fetchmail_server__name
  fromFilter: { en: 'FROM Filtering', de: 'VON-Filterung' }, // [BASEde] field_ir_mail_server__from_filter (the guide says "Von-Filter")
  authenticateWith: { en: 'Authenticate with', de: 'Authentifizieren mit' }, // [MOde] field_ir_mail_server__smtp_authentication
  authUsername: { en: 'Username', de: 'Benutzername' }, // selection 'login'; [MAILde] "Username" → "Benutzername"
  authCertificate: { en: 'SSL Certificate', de: 'SSL-Zertifikat' }, // unconfirmed
  authCli: { en: 'Command Line Interface', de: 'Befehlszeilenschnittstelle' }, // unconfirmed
  outlookOAuth: { en: 'Outlook OAuth Authentication', de: 'Outlook-OAuth-Authentifizierung' }, // [MOde]
  smtpInfo: {
    en: ['Connect your Outlook account with', 'the OAuth Authentication process.'],
    de: ['Verbinden Sie Ihr Outlook-Konto', 'mit dem OAuth-Authentifizierungs-', 'verfahren.'],
  }, // [MOde] first sentence of _compute_smtp_authentication_info
  connection: { en: 'Connection', de: 'Verbindung' }, // unconfirmed
  smtpServer: { en: 'SMTP Server', de: 'SMTP-Server' }, // unconfirmed ([MAILde] uses "SMTP-Server" in its messages)
  username: { en: 'Username', de: 'Benutzername' }, // [MAILde] field_fetchmail_server__user; [MOde] „Benutzername“ in the Outlook error message
  connectOutlook: { en: 'Connect your Outlook account', de: 'Verbinden Sie Ihr Outlook-Konto' }, // [MOde]
  serverType: { en: 'Server Type', de: 'Servertyp' }, // [MOde] field_fetchmail_server__server_type
  imapServer: { en: 'IMAP Server', de: 'IMAP-Server' }, // unconfirmed
  popServer: { en: 'POP Server', de: 'POP Server' }, // [MAILde]
  localServer: { en: 'Local Server', de: 'Lokaler Server' }, // unconfirmed
  fetchInfo: {
    en: ['Connect your personal Outlook', 'account using OAuth.'],
    de: ['Verbinden Sie Ihr persönliches', 'Outlook-Konto über OAuth.'],
  }, // [MOde] first sentence of _compute_server_type_info
  serverLogin: { en: 'Server & Login', de: 'Server & Login' }, // unconfirmed
  serverName: { en: 'Server Name', de: 'Servername' }, // unconfirmed
  systemParameters: { en: 'System Parameters', de: 'Systemparameter' }, // [BASEde]
  key: { en: 'Key', de: 'Schlüssel' }, // [BASEde] "Key must be unique." → "Schlüssel muss eindeutig sein!"
  value: { en: 'Value', de: 'Wert' }, // unconfirmed
};

/** One label in a language. */
export function L(key, lang) {
  return ODOO[key][lang];
}
