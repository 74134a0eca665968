/**
 * The German texts of the Windows runtime a German-speaking admin sees when mail to Microsoft 365 fails: .NET's German
 * resource strings (System.Net.Mail SmtpException, SslStream's AuthenticationException/IOException, WebException,
 * HttpRequestException) and the German Windows Sockets/PowerShell texts around them. Each rule gives the German text the
 * reading its English original has (named per group; the English rules live in patterns-smtp.ts, vocab-mail-runtimes.ts,
 * patterns-libraries.ts, vocab-os-tls.ts). Only texts that decoded to nothing, to a guess or to another first cause are here.
 *
 * Where the strings were read (the stored copies of public GitHub files, found by their exact German wording):
 * - Microsoft's German documentation (the localized MicrosoftDocs repositories): the ATA troubleshooting page "Behandlung von
 *   bekannten Problemen bei ATA" (ATADocs, de-DE), the SQL Server Reporting Services e-mail pages ("E-Mail-Übermittlung in
 *   Reporting Services", the SSRS log-file examples), the ASP.NET Web Pages troubleshooting guide, the ASP.NET Core gRPC
 *   troubleshooting page, the SQL Server BACKUP TO URL page, the Azure AD Connect connectivity page, the EWS Managed API
 *   pages, the Intune Certificate Connector page; support.microsoft.com KB 915599 in German (machine-translated).
 * - German users' code and logs that quote the exception text verbatim (PowerShell scripts, C#/VB, Python and Rust logs).
 *
 * Not here: "Der Server unterstützt keine sicheren Verbindungen" (= "Server does not support secure connections.") and the
 * SmtpFailedRecipientsException texts — no German source quoting them was found; Outlook's German send/receive dialogs
 * ("Die Verbindung mit dem Server ist fehlgeschlagen … Fehlernummer: 0x800CCC0E") and Connect-ExchangeOnline's German
 * errors — not found in the stored sources (the Outlook numbers are read by vocab-outlook-codes.ts). Left out because their
 * English originals decode only as a guess too: "Der Remoteserver hat einen Fehler zurückgegeben: (401) Nicht autorisiert.",
 * "… der Server hat eine HTTP-Protokollverletzung ausgeführt", "… Eine Verbindung, deren Aufrechterhaltung erwartet wurde,
 * wurde vom Server geschlossen."
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/**
 * System.Net.Mail.SmtpException in German.
 * - "Für den SMTP-Server ist eine sichere Verbindung erforderlich, oder der Client wurde nicht authentifiziert. Die
 *   Serverantwort war: 5.7.1 Client wurde nicht authentifiziert" (= "The SMTP server requires a secure connection or the client
 *   was not authenticated", patterns-smtp.ts dotnet-secure-connection): the SSRS e-mail pages of the German SQL Server docs
 *   ("Fehler beim Senden von E-Mail: Für den SMTP-Server ist eine sichere Verbindung erforderlich …"; the fix given there is
 *   SMTPAuthenticate = 2, i.e. signing in), a German Office 365 SMTP blog page ("… Die Serverantwort war: 5.7.57 SMTP.") and a
 *   German WPF app's message box ("… 5.7.0 Authentication Required."). Exchange's German reply "Client wurde nicht
 *   authentifiziert" (= "Client was not authenticated") names the cause by itself.
 * - "Postfach nicht verfügbar. Die Serverantwort war: …" (= "Mailbox unavailable. The server response was", vocab-mail-runtimes.ts
 *   dotnet-status-submit; weak, the server's reply decides): SSRS log example ("Ausnahme: System.Net.Mail.SmtpException:
 *   Postfach nicht verfügbar. Die Serverantwort war: 5.7.1 Client ist nicht berechtigt, als dieser Absender zu senden"), the
 *   ASP.NET Web Pages troubleshooting guide ("… 5.1.0 <someuser@invaliddomain> Absender abgelehnt: Ungültige Absender-Domäne")
 *   and a PowerShell script ("Ausnahme beim Aufrufen von Send mit 1 Argument(en): Postfach nicht verfügbar. Die Serverantwort
 *   war: Please use a fully-qualified domain name for HELO/EHLO"). Exchange's German "Client ist nicht berechtigt, als dieser
 *   Absender zu senden" (= "Client does not have permissions to send as this sender") is the Send As right.
 * - "Fehler beim Senden von E-Mail." (= "Failure sending mail.", the wrapper SmtpException; English read as network first):
 *   the SSRS log example ("**Fehler beim Senden von E-Mail.** Ausnahme: System.Net.Mail.SmtpException: …") and the ASP.NET Web
 *   Pages guide ("Fehler beim Senden von e-Mail."). The SSRS page's own "Fehler beim Senden von E-Mail: Transportfehler beim
 *   Verbinden mit dem Server." (CDO's "The transport failed to connect to the server") is, per that page, "the report server
 *   did not connect to the mail server".
 */
const SMTP_CLIENT: readonly Rule[] = [
  pattern('de-dotnet-smtp-secure-or-auth', 'smtp-submit', 2, [
    `${phrase('Für den SMTP-Server ist eine sichere Verbindung erforderlich')},? ?${phrase('oder der Client wurde nicht authentifiziert')}`,
  ], [p('not_authenticated', 0.55), p('tls_problem', 0.3)]),
  pattern('de-exchange-client-not-authenticated', 'smtp-submit', 3, [phrase('Client wurde nicht authentifiziert')], [
    p('not_authenticated', 0.8), p('smtp_auth_failed_generic', 0.3),
  ]),
  pattern('de-exchange-send-as-denied', 'smtp-submit', 3, [phrase('Client ist nicht berechtigt, als dieser Absender zu senden')], [
    p('send_as_denied', 0.9),
  ]),
  pattern('de-dotnet-mailbox-unavailable', 'smtp-submit', 1, [phrase('Postfach nicht verfügbar. Die Serverantwort')], [
    p('send_as_denied', 0.25), p('outbound_sender_blocked', 0.15),
  ]),
  pattern('de-dotnet-failure-sending-mail', 'network', 2, [`${phrase('Fehler beim Senden von E-Mail')}(?![a-zäöüß])`], [
    p('network_blocked', 0.5), p('tls_problem', 0.35),
  ]),
  pattern('de-ssrs-transport-connect-failed', 'network', 3, [phrase('Transportfehler beim Verbinden mit dem Server')], [
    p('network_blocked', 0.75), p('tls_problem', 0.25),
  ]),
];

/**
 * SslStream in German.
 * - "System.IO.IOException: Fehler bei der Authentifizierung, da die Gegenseite den Transportstream geschlossen hat."
 *   (= "Authentication failed because the remote party has closed the transport stream.", patterns-libraries.ts): the German
 *   ATA troubleshooting page — cause "TLS 1.0 ist auf dem ATA-Gateway deaktiviert, .NET ist aber für die Verwendung von TLS 1.2
 *   eingerichtet", fix: SystemDefaultTlsVersions / TLS 1.2 for .NET; its later translation words it "bei der Authentifizierung ist
 *   ein Fehler aufgetreten, da die Remote Seite den Transportstream geschlossen hat oder keinen sicheren SSL/TLS-Kanal erstellen
 *   konnte". The TLS versions, as the English rule reads it.
 * - "System.Net.Http.HttpRequestException: Die SSL-Verbindung konnte nicht hergestellt werden, siehe innere Ausnahme."
 *   (= "The SSL connection could not be established, see inner exception."): the German ASP.NET Core gRPC troubleshooting page
 *   ("Die SSL-Verbindung konnte nicht hergestellt werden. siehe innere Ausnahme." / "… Weitere Informationen finden Sie unter
 *   innere Ausnahme.") and the German Cosmos DB emulator page.
 */
const SSL_STREAM: readonly Rule[] = [
  pattern('de-dotnet-transport-stream-closed', 'tls', 3, [
    `${phrase('da die')} ?(?:Gegenseite|Remote ?[Ss]eite|Remotepartei) ?${phrase('den Transportstream geschlossen hat')}`,
  ], [p('tls_problem', 0.72), p('smtp_auth_failed_generic', 0.4)]),
  pattern('de-dotnet-ssl-connection-not-established', 'tls', 3, [
    `${phrase('Die SSL-Verbindung konnte nicht hergestellt werden')}[.,]? ?(?:${phrase('siehe innere Ausnahme')}|${phrase('Weitere Informationen finden Sie unter innere Ausnahme')})`,
  ], [p('tls_problem', 0.85)]),
];

/**
 * WebException / HttpRequestException in German.
 * - "Die zugrunde liegende Verbindung wurde geschlossen: …" with the send/receive and secure-channel endings (= "The underlying
 *   connection was closed: An unexpected error occurred on a send." / "… Could not establish secure channel for SSL/TLS.",
 *   vocab-os-tls.ts; the TLS version first, per Microsoft's TLS 1.2 guidance): German KB 915599 ("Die zugrunde liegende
 *   Verbindung wurde geschlossen: ein Unerwarteter Fehler senden." / "… konnte keine stellen Sie sicheren Kanal für SSL/TLS
 *   her.", machine-translated) and the German Microsoft 365 self-service purchase page ("die zugrunde liegende Verbindung wurde
 *   geschlossen: ein unerwarteter Fehler ist bei einem senden aufgetreten."); the ordinary .NET wording "Unerwarteter Fehler beim
 *   Senden." is the form the decoder already half-read. "Die zugrunde liegende Verbindung wurde geschlossen: die Verbindung zum
 *   remote-Server." (KB 915599, = "Unable to connect to the remote server") is the network.
 * - "(407) Proxyauthentifizierung erforderlich" (= "(407) Proxy Authentication Required"): the German ATA page ("System.Net.Http.
 *   HttpRequestException: Fehler beim Senden der Anforderung. ---> System.Net.WebException: Der Remoteserver hat einen Fehler
 *   ausgegeben: (407) Proxyauthentifizierung erforderlich." — fix: the proxy), the SQL Server BACKUP TO URL page ("Der
 *   Remoteserver hat einen Fehler zurückgegeben: (407) Proxyauthentifizierung erforderlich.").
 * - "Die Verbindung mit dem Remoteserver kann nicht hergestellt werden." (= "Unable to connect to the remote server"): the German
 *   Azure AD Connect connectivity page (PowerShell Invoke-WebRequest; "… versucht PowerShell entweder gerade einen direkten
 *   Aufruf durchzuführen, ohne den Proxy zu verwenden, oder das DNS ist nicht richtig konfiguriert"), the German Data Management
 *   Gateway and Salesforce connector pages.
 * - "Timeout für Vorgang überschritten" (= "The operation has timed out", as the German Intune Certificate Connector page pairs
 *   them): the German PowerShell ISE object-model pages. Short and generic: a lower weight than the English rule.
 */
const WEB_EXCEPTION: readonly Rule[] = [
  pattern('de-dotnet-underlying-closed-send', 'tls', 3, [
    `${phrase('Die zugrunde liegende Verbindung wurde geschlossen:')} ?(?:(?:ein )?${phrase('Unerwarteter Fehler')} ?(?:beim )?senden|${phrase('ein unerwarteter Fehler ist bei einem senden aufgetreten')})`,
  ], [p('tls_problem', 0.55), p('network_blocked', 0.35)]),
  pattern('de-dotnet-underlying-closed-secure-channel', 'tls', 3, [
    `${phrase('Die zugrunde liegende Verbindung wurde geschlossen:')} ?${phrase('konnte keine')} [^\\n]{0,30}?${phrase('sicheren Kanal für SSL/TLS')}`,
  ], [p('tls_problem', 0.8)]),
  pattern('de-dotnet-underlying-closed-connect', 'network', 3, [
    `${phrase('Die zugrunde liegende Verbindung wurde geschlossen:')} ?${phrase('die Verbindung zum remote-Server')}`,
  ], [p('network_blocked', 0.75), p('tls_problem', 0.15)]),
  pattern('de-dotnet-proxy-407', 'network', 3, [`\\(?407\\)? ?${phrase('Proxyauthentifizierung erforderlich')}`], [
    p('network_blocked', 0.85),
  ]),
  pattern('de-dotnet-unable-to-connect', 'network', 3, [phrase('Die Verbindung mit dem Remoteserver kann nicht hergestellt werden')], [
    p('network_blocked', 0.75), p('tls_problem', 0.15),
  ]),
  pattern('de-dotnet-operation-timed-out', 'network', 2, [phrase('Timeout für Vorgang überschritten')], [p('network_blocked', 0.6)]),
];

/** Every German .NET runtime rule (patterns.ts). */
export const GERMAN_RUNTIME_VOCABULARY_RULES: readonly Rule[] = [...SMTP_CLIENT, ...SSL_STREAM, ...WEB_EXCEPTION];
