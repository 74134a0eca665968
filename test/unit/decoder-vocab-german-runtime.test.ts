/**
 * The German texts of the Windows .NET runtime (vocab-german-runtime.ts): SmtpException, SslStream, WebException and
 * HttpRequestException as Microsoft's German documentation and German users' logs quote them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

describe('vocabulary: German .NET runtime texts (mail, TLS, network)', () => {
  expectFirst([
    // System.Net.Mail.SmtpException
    ['Ausnahme: System.Net.Mail.SmtpException: Für den SMTP-Server ist eine sichere Verbindung erforderlich, oder der Client wurde nicht authentifiziert. Die Serverantwort war: 5.7.1 Client wurde nicht authentifiziert', 'not_authenticated'],
    ['Für den SMTP-Server ist eine sichere Verbindung erforderlich, oder der Client wurde nicht authentifiziert. Die Serverantwort war: 5.7.0 Authentication Required.', 'not_authenticated'],
    ['Fehler beim Senden von E-Mail: Für den SMTP-Server ist eine sichere Verbindung erforderlich, oder der Client wurde nicht authentifiziert. Die Serverantwort war: „5.7.1 Client wurde nicht authentifiziert. E-Mails werden nicht erneut gesendet“.', 'not_authenticated'],
    ['Fehler beim Senden von E-Mail. Ausnahme: System.Net.Mail.SmtpException: Postfach nicht verfügbar. Die Serverantwort war: 5.7.1 Client ist nicht berechtigt, als dieser Absender zu senden  an System.Net.Mail.DataStopCommand.CheckResponse(SmtpStatusCode statusCode, String serverResponse)', 'send_as_denied'],
    ['Ausnahme beim Aufrufen von "Send" mit 1 Argument(en):  "Postfach nicht verfügbar. Die Serverantwort war: Please use a fully-qualified domain name for HELO/EHLO"', 'send_as_denied'],
    ['Postfach nicht verfügbar. Die Serverantwort war: 5.1.0 <someuser@invaliddomain> Absender abgelehnt: Ungültige Absender-Domäne', 'send_as_denied'],
    ['Fehler beim Senden von e-Mail.', 'network_blocked'],
    ['Fehler beim Senden von E-Mail: Transportfehler beim Verbinden mit dem Server.', 'network_blocked'],
    // SslStream
    ['System.IO.IOException: Fehler bei der Authentifizierung, da die Gegenseite den Transportstream geschlossen hat.', 'tls_problem'],
    ['System. IO. IOException: bei der Authentifizierung ist ein Fehler aufgetreten, da die Remote Seite den Transportstream geschlossen hat oder keinen sicheren SSL/TLS-Kanal erstellen konnte.', 'tls_problem'],
    ['System.Net.Http.HttpRequestException: Die SSL-Verbindung konnte nicht hergestellt werden. siehe innere Ausnahme.', 'tls_problem'],
    ['System .net. http. httprequestexception: die SSL-Verbindung konnte nicht hergestellt werden. Weitere Informationen finden Sie unter innere Ausnahme.', 'tls_problem'],
    // WebException / HttpRequestException
    ['Die zugrunde liegende Verbindung wurde geschlossen: ein Unerwarteter Fehler senden.', 'tls_problem'],
    ['HandleError: Fehler beim Abrufen einer Richtlinie mit der Richtlinien-Nr "AllowSelfServicePurchase", ErrorMessage – die zugrunde liegende Verbindung wurde geschlossen: ein unerwarteter Fehler ist bei einem senden aufgetreten.', 'tls_problem'],
    ['Die zugrunde liegende Verbindung wurde geschlossen: konnte keine stellen Sie sicheren Kanal für SSL/TLS her.', 'tls_problem'],
    ['Die zugrunde liegende Verbindung wurde geschlossen: die Verbindung zum remote-Server.', 'network_blocked'],
    ['System.Net.Http.HttpRequestException: Fehler beim Senden der Anforderung.---> System.NET.WebException: Der Remoteserver hat einen Fehler zurückgegeben: (407) Proxyauthentifizierung erforderlich.', 'network_blocked'],
    ['BACKUP TO URL hat eine Ausnahme vom Remoteendpunkt empfangen. Ausnahmemeldung: Der Remoteserver hat einen Fehler zurückgegeben: (407) Proxyauthentifizierung erforderlich.', 'network_blocked'],
    ['Portal-Fehler: Die Verbindung mit dem Remoteserver kann nicht hergestellt werden.', 'network_blocked'],
    ['Timeout für Vorgang überschritten.', 'network_blocked'],
  ]);

  // Negative: a German Microsoft article title about blocked outbound mail ("E-Mails", plural) is not .NET's
  // "Fehler beim Senden von E-Mail." (Failure sending mail), so it must not be read as the network.
  it('"Fehler beim Senden von E-Mails, die von SpamHaus blockiert wurden" is not the .NET send wrapper', () => {
    const result = decode('Fehler beim Senden von E-Mails, die von SpamHaus blockiert wurden');
    assert.notEqual(result.causes[0]?.category, 'network_blocked');
    assert.notEqual(result.causes[0]?.category, 'tls_problem');
  });
});
