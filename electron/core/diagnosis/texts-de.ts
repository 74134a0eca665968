/**
 * Deutsche Katalogtexte, im Ton der Herstelleranleitungen (seeds/): Microsoft-365-Admin-Center mit
 * den englischen Menünamen wie in der Inventory360-Anleitung, Entra mit den deutschen wie in der
 * ETRON-Anleitung. <Spitze Klammern> = einzusetzende Werte (der Assistent zeigt die echten).
 */
import type { CategoryId } from './categories.js';
import type { CategoryText } from './types.js';

const WAIT = 'Microsoft 365 übernimmt diese Änderung erfahrungsgemäß nach etwa 30 Minuten, teilweise erst nach bis zu 24 Stunden. Wurde die Einstellung gerade erst geändert, warten Sie und testen Sie erneut, bevor Sie weitere Änderungen vornehmen.';
/** The closing step of most fixes. */
export const RETEST_DE = 'Warten Sie 30 Minuten (maximal 24 Stunden) und senden Sie dann erneut eine Testnachricht.';

/** Deutsche Texte für jede Kategorie. */
export const TEXTS_DE: Readonly<Record<CategoryId, CategoryText>> = {
  consent_missing: {
    title: 'Administratorzustimmung fehlt',
    cause: 'Der Anwendung wurde die Berechtigung zum Senden bzw. Lesen von E-Mails nicht erteilt (SMTP.SendAsApp / IMAP.AccessAsApp ohne angemeldeten Benutzer, SMTP.Send / IMAP.AccessAsUser.All mit Benutzeranmeldung), oder ein Administrator hat noch nicht zugestimmt.',
    fix: [
      'Microsoft Entra Admin Center → Unternehmensanwendungen → <App> → Sicherheit → Berechtigungen.',
      'Auf „Administratorzustimmung für <Organisation> erteilen“ klicken und als Globaler Administrator, Cloudanwendungs- oder Anwendungsadministrator anmelden.',
      'Prüfen, dass die benötigte Berechtigung (z. B. SMTP.SendAsApp) als erteilt aufgeführt ist.',
      RETEST_DE,
    ],
    waitHint: WAIT,
  },
  service_principal_missing_or_wrong_id: {
    title: 'Exchange kennt die Anwendung nicht (Dienstprinzipal fehlt oder falsche Objekt-ID)',
    cause: 'Exchange Online braucht einen eigenen Eintrag für die Anwendung, angelegt mit New-ServicePrincipal und der Objekt-ID der Unternehmensanwendung. Der Eintrag fehlt, oder es wurde die Objekt-ID der App-Registrierung verwendet – die häufigste Ursache für „535 5.7.3“.',
    fix: [
      'Microsoft Entra Admin Center → Unternehmensanwendungen → <App> → Übersicht: Objekt-ID kopieren (nicht die unter App-Registrierungen).',
      'PowerShell öffnen und ausführen: Connect-ExchangeOnline',
      'Prüfen: Get-ServicePrincipal | Format-List DisplayName,AppId,ObjectId – steht dort eine andere ObjectId, den Eintrag mit Remove-ServicePrincipal -Identity <falsche Objekt-ID> entfernen.',
      'New-ServicePrincipal -AppId <Anwendungs-ID> -ObjectId <Objekt-ID> -DisplayName "<Name>"',
      'Add-MailboxPermission -Identity <Postfach> -User <Objekt-ID> -AccessRights FullAccess',
      RETEST_DE,
    ],
    waitHint: WAIT,
  },
  smtp_auth_disabled_mailbox: {
    title: 'SMTP-Authentifizierung ist für dieses Postfach deaktiviert',
    cause: 'Exchange Online lehnt SMTP-Anmeldungen für das sendende Postfach ab, weil „Authenticated SMTP“ dort ausgeschaltet ist (SmtpClientAuthenticationDisabled ist $true).',
    fix: [
      'Microsoft 365 Admin Center → Users → Active users → <Benutzer> → Mail → Manage email apps → Haken bei „Authenticated SMTP“ setzen → Save changes.',
      'Oder in Exchange Online PowerShell: Set-CASMailbox -Identity <Postfach> -SmtpClientAuthenticationDisabled $false',
      RETEST_DE,
    ],
    waitHint: WAIT,
  },
  smtp_auth_disabled_tenant: {
    title: 'SMTP-Authentifizierung ist für die ganze Organisation deaktiviert',
    cause: 'Das Postfach übernimmt die Einstellung der Organisation, und dort ist SMTP AUTH ausgeschaltet (Standard für Organisationen, die nach Januar 2020 angelegt wurden).',
    fix: [
      'Empfohlen, nur für das sendende Postfach: Microsoft 365 Admin Center → Users → Active users → <Benutzer> → Mail → Manage email apps → Haken bei „Authenticated SMTP“ → Save changes.',
      'Dasselbe per PowerShell: Set-CASMailbox -Identity <Postfach> -SmtpClientAuthenticationDisabled $false',
      'Nur wenn alle Postfächer es brauchen: Set-TransportConfig -SmtpClientAuthenticationDisabled $false',
      RETEST_DE,
    ],
    waitHint: WAIT,
  },
  // SMTP AUTH timeline as Microsoft states it (Message center MC786329, update of 27 January 2026,
  // linked from the Exchange Team blog post "Exchange Online to retire Basic auth for Client
  // Submission (SMTP AUTH)"): unchanged until December 2026, disabled by default for existing
  // tenants at the end of December 2026 (admins can enable it again), the final removal date to be
  // announced in the second half of 2027. Say no more than that.
  basic_auth_used: {
    title: 'Die Anwendung meldet sich noch mit Passwort an (Standardauthentifizierung)',
    cause: 'Für IMAP nimmt Exchange Online seit Ende 2022 kein Passwort mehr an. Für SMTP AUTH schaltet Microsoft die Anmeldung mit Passwort (Standardauthentifizierung) Ende Dezember 2026 standardmäßig ab; ein Administrator kann sie vorübergehend wieder einschalten, den endgültigen Termin will Microsoft in der zweiten Hälfte 2027 bekanntgeben. Mit OAuth2 (XOAUTH2, „Modern Auth“) anmelden, dann spielt keiner dieser Termine eine Rolle.',
    fix: [
      'In der sendenden Anwendung OAuth2 / XOAUTH2 (Modern Auth) statt Passwort auswählen.',
      'SMTP: smtp.office365.com, Port 587, STARTTLS. IMAP: outlook.office365.com, Port 993, SSL/TLS.',
      'Gespeichertes Passwort entfernen, speichern und eine Testnachricht senden.',
    ],
  },
  security_policy_blocks: {
    title: 'Eine Sicherheitsrichtlinie blockiert die Anmeldung',
    cause: 'Sicherheitsstandards oder eine Richtlinie für bedingten Zugriff (z. B. „MFA erforderlich“ oder „Legacy-Authentifizierung blockieren“) verhindern diese Anmeldung, oder das Konto ist für die Anmeldung gesperrt.',
    fix: [
      'Sicherheitsstandards blockieren die Anmeldung mit Passwort (Standardauthentifizierung), nicht OAuth: Mit XOAUTH2 können sie eingeschaltet bleiben. Wird eine Anmeldung mit Passwort abgewiesen, die Anwendung auf OAuth2 umstellen, statt die Sicherheitsstandards abzuschalten.',
      'Microsoft Entra Admin Center → Anmeldeprotokolle → fehlgeschlagene Anmeldung → Bedingter Zugriff: Richtlinie ermitteln und, falls vertretbar, das sendende Konto bzw. die App dort ausnehmen.',
      'Microsoft 365 Admin Center → Users → Active users → <Benutzer>: „Block sign-in“ darf nicht aktiv sein.',
      'Steht in der Meldung „Application … is disabled“ (AADSTS7000112): Microsoft Entra Admin Center → Unternehmensanwendungen → <App> → Eigenschaften: „Enabled for users to sign-in?“ auf „Ja“ stellen.',
      RETEST_DE,
    ],
    waitHint: WAIT,
  },
  mailbox_permission_missing: {
    title: 'Keine Berechtigung auf das Postfach',
    cause: 'Die Anmeldung hat funktioniert, aber Exchange konnte das Postfach nicht öffnen („mailbox logon failure“): Die Anwendung bzw. der angemeldete Benutzer hat keine Vollzugriff-Berechtigung (FullAccess).',
    fix: [
      'PowerShell öffnen und ausführen: Connect-ExchangeOnline',
      'Für eine Anwendung: Add-MailboxPermission -Identity <Postfach> -User <Objekt-ID> -AccessRights FullAccess (Objekt-ID der Unternehmensanwendung).',
      'Für einen Benutzer, der ein anderes (freigegebenes) Postfach nutzt: Add-MailboxPermission -Identity <Postfach> -User <Benutzer> -AccessRights FullAccess',
      RETEST_DE,
    ],
    waitHint: WAIT,
  },
  send_as_denied: {
    title: 'Keine Berechtigung, unter dieser Absenderadresse zu senden',
    cause: 'Die Absenderadresse („Von“) ist nicht das angemeldete Postfach, und die Anwendung bzw. der Benutzer hat für diese Adresse kein „Senden als“-Recht.',
    fix: [
      'Mit der Adresse des angemeldeten Postfachs senden oder „Senden als“ erteilen:',
      'Add-RecipientPermission -Identity <Absenderadresse> -Trustee <Objekt-ID oder Benutzer> -AccessRights SendAs',
      'Oder: Exchange Admin Center → Empfänger → Postfächer → <Absender> → Delegierung → Senden als → Benutzer hinzufügen.',
      RETEST_DE,
    ],
    waitHint: WAIT,
  },
  not_authenticated: {
    title: 'Die Anwendung hat sich nicht angemeldet',
    cause: 'Der Mailserver hat vor der Nachricht keine gültige Anmeldung erhalten: Die Anwendung sendet ohne Authentifizierung, oder Benutzername bzw. Passwort waren falsch.',
    fix: [
      'In den Mail-Einstellungen die Authentifizierung einschalten: OAuth2 / XOAUTH2, Benutzername = Postfachadresse.',
      'smtp.office365.com, Port 587, STARTTLS verwenden (nicht Port 25 ohne Anmeldung, nicht Port 465).',
      'Speichern und eine Testnachricht senden.',
    ],
  },
  throttled: {
    title: 'Microsoft 365 drosselt die Anfragen',
    cause: 'Zu viele Nachrichten, Verbindungen oder Anfragen in kurzer Zeit – z. B. mehr als 3 gleichzeitige SMTP-Verbindungen pro Postfach oder das tägliche Sendelimit. Microsoft lehnt weitere Versuche eine Zeit lang ab.',
    fix: [
      'Warten: bei Verbindungslimits einige Minuten, beim täglichen Sendelimit bis zu 24 Stunden. Dann erneut versuchen.',
      'Höchstens 3 gleichzeitige Verbindungen pro Postfach verwenden und schnelle automatische Wiederholungen vermeiden.',
      'Wurde das Postfach für den Versand gesperrt: Microsoft Defender Portal → E-Mail & Zusammenarbeit → Überprüfen → Eingeschränkte Entitäten.',
    ],
  },
  redirect_uri_mismatch: {
    title: 'Die Umleitungs-URI stimmt nicht überein',
    cause: 'Die Adresse, zu der Microsoft nach der Anmeldung zurückleitet, ist in der App-Registrierung nicht genau so eingetragen.',
    fix: [
      'Microsoft Entra Admin Center → App-Registrierungen → <App> → Authentifizierung.',
      'Unter „Web“ → Umleitungs-URIs genau die Adresse aus der Fehlermeldung eintragen (https, Hostname, Pfad; auch ein abschließender Schrägstrich zählt).',
      'Speichern und erneut anmelden.',
    ],
  },
  wrong_tenant_or_app: {
    title: 'Falsche Organisation, falsches Konto oder falsche App',
    cause: 'Die Anmeldung ging an die falsche Organisation (Mandant), nutzte ein persönliches Microsoft-Konto oder ein Konto einer anderen Organisation, oder die Client-ID der App gibt es dort nicht.',
    fix: [
      'Mit dem Geschäftskonto der Organisation anmelden, der das Postfach gehört (name@ihrefirma.de), nicht mit einem persönlichen Microsoft-Konto.',
      'Client-ID in der Anwendung mit Microsoft Entra Admin Center → App-Registrierungen → <App> → Übersicht → Anwendungs-ID (Client) vergleichen.',
      'Mandanten-ID bzw. Domain in den Einstellungen prüfen (Microsoft Entra Admin Center → Übersicht → Mandanten-ID).',
    ],
  },
  bad_client_secret: {
    title: 'Das Client-Secret ist falsch oder abgelaufen',
    cause: 'Microsoft akzeptiert das Client-Secret nicht: Es ist abgelaufen, wurde falsch übernommen, oder es wurde die ID des Geheimnisses statt seines Werts kopiert.',
    fix: [
      'Microsoft Entra Admin Center → App-Registrierungen → <App> → Zertifikate & Geheimnisse → Neuer geheimer Clientschlüssel.',
      'Die Spalte „Wert“ sofort kopieren (nicht die „Geheime ID“) – sie wird nach Verlassen der Seite verborgen.',
      'Den neuen Wert in der Anwendung eintragen und speichern. Ablaufdatum notieren.',
    ],
  },
  public_vs_confidential_client: {
    title: 'Der Typ der App-Registrierung passt nicht (Secret erwartet bzw. nicht erlaubt)',
    cause: 'Die App-Registrierung erwartet ein Client-Secret, es wurde aber keins gesendet – oder sie ist als öffentlicher Client (Desktop/Mobil) eingerichtet, es wurde aber ein Secret gesendet.',
    fix: [
      'Microsoft Entra Admin Center → App-Registrierungen → <App> → Authentifizierung.',
      'Webanwendungen wie ETRON onRetail: Umleitungs-URI unter „Web“ (nicht „Mobilgerät- und Desktopanwendungen“), Client-Secret in der Anwendung eintragen.',
      'Desktop-Apps ohne Secret: Umleitungs-URI unter „Mobilgerät- und Desktopanwendungen“ und „Öffentliche Clientflows zulassen“ = Ja.',
      'Speichern und erneut anmelden.',
    ],
  },
  user_not_assigned: {
    title: 'Der Benutzer ist der App nicht zugewiesen',
    cause: 'Die Unternehmensanwendung lässt nur zugewiesene Benutzer zu, und dieser Benutzer (oder seine Gruppe) ist nicht zugewiesen.',
    fix: [
      'Microsoft Entra Admin Center → Unternehmensanwendungen → <App> → Benutzer und Gruppen → Benutzer/Gruppe hinzufügen.',
      'Benutzer oder Gruppen auswählen, die E-Mails über die App versenden sollen → Zuweisen.',
      'Erneut anmelden.',
    ],
    waitHint: WAIT,
  },
  wrong_scope_or_resource: {
    title: 'Das Token gilt für den falschen Dienst oder die falsche Berechtigung',
    cause: 'Die Anwendung hat ein Token für den falschen Dienst angefordert – z. B. ein Microsoft-Graph-Token statt eines für Outlook/Exchange, oder eine App-Anfrage ohne „/.default“.',
    fix: [
      'Mit Benutzeranmeldung: https://outlook.office.com/SMTP.Send und https://outlook.office.com/IMAP.AccessAsUser.All (plus offline_access) anfordern, keine Microsoft-Graph-Bereiche.',
      'Ohne Benutzer (Clientanmeldeinformationen): genau https://outlook.office365.com/.default anfordern.',
      'Berechtigungen der App prüfen: Microsoft Entra Admin Center → App-Registrierungen → <App> → API-Berechtigungen.',
    ],
  },
  imap_disabled_or_not_connected: {
    title: 'IMAP ist deaktiviert oder das Postfach lässt sich nicht öffnen',
    cause: 'Die Anmeldung hat funktioniert, aber Exchange konnte keine Verbindung zum Postfach herstellen: IMAP ist dafür ausgeschaltet, oder (ohne Benutzer) die Anwendung hat keine Berechtigung auf das Postfach.',
    fix: [
      'Microsoft 365 Admin Center → Users → Active users → <Benutzer> → Mail → Manage email apps → Haken bei „IMAP“ → Save changes.',
      'Oder per PowerShell: Set-CASMailbox -Identity <Postfach> -ImapEnabled $true',
      'Anwendung ohne Benutzer: Add-MailboxPermission -Identity <Postfach> -User <Objekt-ID> -AccessRights FullAccess',
      RETEST_DE,
    ],
    waitHint: WAIT,
  },
  imap_auth_failed_generic: {
    title: 'IMAP-Anmeldung fehlgeschlagen',
    cause: 'Der IMAP-Server hat die OAuth-Anmeldung ohne Begründung abgelehnt. Übliche Ursachen: fehlende Zustimmung für IMAP, fehlender Dienstprinzipal oder fehlende Postfachberechtigung (Anwendung ohne Benutzer), ein Token für den falschen Dienst oder ein Benutzername, der nicht zum Token passt.',
    fix: [
      'Die Prüfung des Assistenten starten: Sie testet Zustimmung, Token und Postfach einzeln.',
      'Anwendung ohne Benutzer: Zustimmung für IMAP.AccessAsApp, New-ServicePrincipal mit der Objekt-ID der Unternehmensanwendung, Add-MailboxPermission … -AccessRights FullAccess.',
      'Mit Benutzeranmeldung: erneut mit dem Konto des Postfachs anmelden; der Benutzername muss diese Postfachadresse sein.',
      RETEST_DE,
    ],
    waitHint: WAIT,
  },
  smtp_auth_failed_generic: {
    title: 'SMTP-Anmeldung fehlgeschlagen',
    cause: 'Exchange Online hat die OAuth-Anmeldung ohne Begründung abgelehnt („535 5.7.3 Authentication unsuccessful“). Ohne Benutzer sind die üblichen Ursachen ein fehlender oder falscher Dienstprinzipal (Objekt-ID) und die fehlende Zustimmung für SMTP.SendAsApp; mit Benutzeranmeldung ein Microsoft-Graph-Token statt eines Outlook-Tokens.',
    fix: [
      'Administratorzustimmung für SMTP.SendAsApp prüfen: Microsoft Entra Admin Center → Unternehmensanwendungen → <App> → Sicherheit → Berechtigungen.',
      'Prüfen, dass New-ServicePrincipal die Objekt-ID der Unternehmensanwendung erhalten hat: Get-ServicePrincipal | Format-List DisplayName,AppId,ObjectId',
      'Prüfen, dass „Authenticated SMTP“ für das Postfach aktiv ist und Add-MailboxPermission … -AccessRights FullAccess ausgeführt wurde.',
      'Prüfen, dass als Authentifizierungs-Typ XOAUTH2 gewählt und der Benutzername die Postfachadresse ist.',
      RETEST_DE,
    ],
    waitHint: WAIT,
  },
  network_blocked: {
    title: 'Keine Verbindung zu Microsoft 365',
    cause: 'Dieser Rechner erreicht den Microsoft-Server nicht: Firewall, Proxy, Namensauflösung (DNS) oder ein falscher Port verhindern die Verbindung.',
    fix: [
      'Ausgehende Verbindungen freigeben: smtp.office365.com Port 587 (SMTP), outlook.office365.com Port 993 (IMAP) und login.microsoftonline.com Port 443 (Anmeldung).',
      'Auf dem sendenden Rechner in PowerShell testen: Test-NetConnection smtp.office365.com -Port 587',
      'Wird ein Proxy verwendet, diesen in der Anwendung eintragen oder die Adressen am Proxy vorbei freigeben.',
      'Port 465 unterstützt Microsoft 365 nicht: Port 587 mit STARTTLS verwenden.',
    ],
  },
  tls_problem: {
    title: 'Die sichere Verbindung (TLS) ist fehlgeschlagen',
    cause: 'Die verschlüsselte Verbindung kam nicht zustande: Der Client beherrscht nur TLS 1.0/1.1, eine Firewall oder ein Virenscanner ersetzt das Zertifikat von Microsoft, die Uhrzeit des Rechners stimmt nicht, oder für den Port ist die falsche Verschlüsselung eingestellt.',
    fix: [
      'TLS 1.2 oder neuer verwenden: Anwendung und Betriebssystem aktualisieren.',
      'Port 587 = STARTTLS (nicht SSL/TLS von Beginn an); Port 993 = SSL/TLS.',
      'Prüft eine Firewall oder ein Virenscanner verschlüsselte Verbindungen („self signed certificate in certificate chain“), smtp.office365.com, outlook.office365.com und login.microsoftonline.com ausnehmen oder dessen Stammzertifikat auf diesem Rechner installieren.',
      'Datum und Uhrzeit des Rechners prüfen.',
    ],
  },
  token_expired_or_invalid: {
    title: 'Die Anmeldung ist abgelaufen oder ungültig',
    cause: 'Die gespeicherte Anmeldung (Token) ist abgelaufen, wurde widerrufen – z. B. nach einer Passwortänderung – oder passt nicht zu dieser Anfrage.',
    fix: [
      'Erneut anmelden (Konto neu verbinden).',
      'Passiert das wiederholt: Ablaufdatum des Client-Secrets prüfen (App-Registrierungen → <App> → Zertifikate & Geheimnisse).',
      'Anschließend erneut testen.',
    ],
  },
  user_cancelled_or_consent_declined: {
    title: 'Anmeldung abgebrochen oder Berechtigung abgelehnt',
    cause: 'Das Anmeldefenster wurde geschlossen, oder bei der Berechtigungsanfrage wurde „Abbrechen“ gewählt.',
    fix: [
      'Die Anmeldung erneut starten und die Berechtigungsanfrage annehmen.',
      'Steht dort „Administratorgenehmigung erforderlich“: Ein Administrator muss die Zustimmung für die Organisation erteilen (Unternehmensanwendungen → <App> → Sicherheit → Berechtigungen → Administratorzustimmung erteilen).',
    ],
  },
  shared_mailbox_smtp_login: {
    title: 'Ein freigegebenes Postfach wird als SMTP-Anmeldung verwendet',
    cause: 'Für SMTP nimmt Exchange Online als Anmeldung (user=) nur den angemeldeten Benutzer an. Ein freigegebenes Postfach hat keine eigene Anmeldung; mit seiner Adresse schlägt die SMTP-Anmeldung mit „535 5.7.3 Authentication unsuccessful“ fehl – auch mit Vollzugriff und eingeschaltetem SMTP AUTH. IMAP nimmt das freigegebene Postfach als Anmeldung dagegen an.',
    fix: [
      'In der sendenden Anwendung für SMTP mit dem Benutzer anmelden, der sich anmeldet (dem Stellvertreter), nicht mit dem freigegebenen Postfach.',
      'Die Adresse des freigegebenen Postfachs als Absender (Von) eintragen.',
      'PowerShell öffnen: Connect-ExchangeOnline, dann Add-RecipientPermission -Identity <freigegebenes Postfach> -Trustee <Benutzer> -AccessRights SendAs',
      'SMTP AUTH für das Postfach des Benutzers einschalten: Set-CASMailbox -Identity <Benutzer> -SmtpClientAuthenticationDisabled $false',
      RETEST_DE,
    ],
  },
  unexpected_server_reply: {
    title: 'Server und Anwendung verstehen sich nicht',
    cause: 'Der Server hat eine Antwort geschickt, die Exchange Online nie sendet – die Begrüßung eines anderen Mailservers, eine viel zu lange Zeile oder Antwort, endlos viele Zeilen oder gar kein Mailprotokoll (z. B. die Seite eines Web-Proxys) –, oder Exchange Online hat abgelehnt, was die Anwendung geschickt hat, weil es das Mailprotokoll verletzt (Befehle in falscher Reihenfolge, eine Nachricht mit einzelnen Zeilenvorschüben ohne Wagenrücklauf). Meist antwortet ein Proxy, eine Firewall oder ein anderer Server an Microsofts Stelle, Adresse oder Port sind falsch, oder die Anwendung hat einen Fehler.',
    fix: [
      'Serveradresse und Port prüfen: SMTP smtp.office365.com Port 587 (STARTTLS), IMAP outlook.office365.com Port 993 (SSL/TLS).',
      'Prüfen, ob ein Proxy, eine Firewall oder ein Virenscanner Mailverbindungen abfängt, und diese Adressen unverändert durchlassen.',
      'Auf dem sendenden Rechner in PowerShell testen: Test-NetConnection smtp.office365.com -Port 587',
      'Nennt Microsofts Antwort einen Fehler der Anwendung selbst (5.5.x, 5.6.x, „bare line feeds“): die Anwendung aktualisieren oder den Fehler ihrem Hersteller melden.',
    ],
  },
  outbound_sender_blocked: {
    title: 'Microsoft 365 sperrt E-Mails dieses Mandanten oder Absenders',
    cause: 'Exchange Online lehnt die Nachricht wegen der Absender-Reputation ab („550 5.7.708 … traffic not accepted from this IP“, „5.1.8 bad outbound sender“): häufig bei neuen oder Test-Mandanten oder nachdem ein kompromittiertes Konto Spam verschickt hat.',
    fix: [
      'Microsoft Defender Portal → E-Mail & Zusammenarbeit → Überprüfen → Eingeschränkte Entitäten: Steht der sendende Benutzer dort, das Konto absichern (Kennwort zurücksetzen, Sitzungen widerrufen) und dann freigeben.',
      'Microsoft Defender Portal → E-Mail & Zusammenarbeit → Richtlinien & Regeln → Bedrohungsrichtlinien → Antispam → Ausgehende Richtlinie: Sendelimits prüfen.',
      'Bei einem neuen oder Test-Mandanten: den Microsoft-Support bitten, die Sperre für ausgehende E-Mails aufzuheben; ein Mandant mit bezahltem Abonnement und verifizierter Domäne behebt es meist.',
      'Meldet die Antwort, die sendende Domäne erfülle das erforderliche Authentifizierungsniveau nicht (550 5.7.515, von Outlook.com) oder bestehe die DMARC-Prüfung des Empfängers nicht (550 5.7.509, bei Gmail 5.7.26): SPF-, DKIM- und DMARC-Einträge für die sendende Domäne veröffentlichen (Microsoft Defender Portal → E-Mail-Authentifizierungseinstellungen → DKIM).',
      'Danach erneut eine Testnachricht senden.',
    ],
  },
  exchange_powershell_not_ready: {
    title: 'Exchange Online PowerShell ist nicht bereit',
    cause: 'PowerShell kennt den Exchange-Online-Befehl nicht: Das Modul ExchangeOnlineManagement ist nicht installiert, oder dieses PowerShell-Fenster ist noch nicht mit Exchange Online verbunden.',
    fix: [
      'Ein neues PowerShell-Fenster öffnen (Windows PowerShell oder PowerShell 7).',
      'Nur einmal pro Computer: Set-ExecutionPolicy RemoteSigned -Scope CurrentUser, danach Install-Module -Name ExchangeOnlineManagement',
      'Mit einem Administratorkonto verbinden: Connect-ExchangeOnline -UserPrincipalName <Administrator-Adresse>',
      'Den Befehl im selben Fenster erneut ausführen.',
    ],
  },
  recipient_rejected: {
    title: 'Der Empfänger hat die Nachricht abgelehnt – Anmeldung und Versand funktionieren',
    cause: 'Die Nachricht hat Exchange Online erreicht, aber die Empfängerseite hat sie abgelehnt: Die Adresse gibt es nicht (550 5.1.1 / 5.1.10 „Recipient not found“), die Gruppe oder das Postfach nimmt nur Mail aus der eigenen Organisation oder von zugelassenen Absendern an (5.7.12, 5.7.124, 5.7.133–5.7.136), oder eine Sperrliste Ihres Mandanten blockiert den Empfänger (5.7.703). An der Einrichtung von Anmeldung und Versand liegt es nicht.',
    fix: [
      'Die Empfängeradresse auf Tippfehler prüfen und die Nachricht erneut senden.',
      'Ist der Empfänger eine Gruppe oder ein Postfach, das nur interne oder zugelassene Absender annimmt: den Besitzer bzw. Administrator bitten, Ihren Absender zuzulassen.',
      'Für eine Testmail: an eine Adresse senden, die es sicher gibt, zum Beispiel an Ihr eigenes Postfach.',
    ],
  },
  message_too_large: {
    title: 'Die Nachricht ist größer als erlaubt',
    cause: 'Der Server hat die Nachricht wegen ihrer Größe abgelehnt („552 5.3.4 Message size exceeds fixed maximum message size“, „5.2.12 RESOLVER.RST.SendSizeLimit“, „it’s too large. The limit is … MB“): Das sendende Postfach, die Organisation oder der empfangende Server erlaubt weniger. Exchange Online erlaubt standardmäßig 35 MB pro Nachricht, höchstens 150 MB; Microsoft Graph nimmt Anlagen über 3 MB nur über eine Upload-Sitzung an.',
    fix: [
      'Kleinere Anlagen senden oder sie auf mehrere Nachrichten verteilen.',
      'Administrator: das Limit des Postfachs erhöhen (bis 150 MB) im Exchange Admin Center → Empfänger → Postfächer → das Postfach → Einstellungen für den Nachrichtenfluss → Beschränkungen der Nachrichtengröße, oder in Exchange Online PowerShell: Set-Mailbox <Adresse> -MaxSendSize 150MB',
      'Hat der empfangende Server die Größe abgelehnt: den Empfänger bitten, sein Limit zu erhöhen, oder einen Link statt der Datei senden.',
    ],
  },
};

/** Wird angezeigt, wenn im Text keine bekannte Meldung gefunden wurde. */
export const UNKNOWN_HINT_DE = 'In diesem Text wurde keine bekannte Microsoft-365-Fehlermeldung gefunden. Fügen Sie die vollständige Fehlermeldung mit Code ein (z. B. „535 5.7.3“ oder „AADSTS7000215“) oder starten Sie die Prüfung.';

/** Shown with guessed causes (no known error message in the text). */
export const GUESS_NOTE_DE = 'Dies ist eine Vermutung: Der Text enthält keine bekannte Microsoft-365-Fehlermeldung. Genannt sind die häufigsten Ursachen für das, was er erwähnt. Für eine sichere Antwort die vollständige Fehlermeldung mit Code einfügen oder die Prüfung starten.';
/** Shown when a very long input was shortened. */
export const TRUNCATED_NOTE_DE = 'Der Text war sehr lang; gelesen wurden nur sein Anfang und sein Ende (200.000 Zeichen).';
