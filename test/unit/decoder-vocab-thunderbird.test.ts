/**
 * Thunderbird's own messages (vocab-thunderbird.ts), in English and German as its string files word them,
 * with Microsoft 365's host names filled in.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

describe('vocabulary: Thunderbird signing in (English, German and other languages)', () => {
  expectFirst([
    ['Login to server outlook.office365.com with username max@contoso.com failed.', 'basic_auth_used'],
    ['Anmeldung auf dem Server outlook.office365.com mit Benutzernamen "max@contoso.com" fehlgeschlagen', 'basic_auth_used'],
    ['Échec de la connexion depuis le serveur outlook.office365.com avec le nom d’utilisateur max@contoso.fr.', 'basic_auth_used'],
    ['Accesso al server outlook.office365.com con nome utente max@contoso.it non riuscito.', 'basic_auth_used'],
    ['El inicio de sesión en el servidor outlook.office365.com con el nombre de usuario max@contoso.es ha fallado.', 'basic_auth_used'],
    ['Aanmelden bij server outlook.office365.com met gebruikersnaam max@contoso.nl is mislukt.', 'basic_auth_used'],
    ['Logowanie na serwerze outlook.office365.com za pomocą nazwy użytkownika „max@contoso.pl” się nie powiodło.', 'basic_auth_used'],
    ['Autenticação no servidor outlook.office365.com com o usuário max@contoso.com.br falhou.', 'basic_auth_used'],
    ['A autenticação ao servidor Outlook.office365.com com o nome de utilizador max@contoso.pt falhou', 'basic_auth_used'],
    ['Autenticazione non riuscita durante la connessione al server outlook.office365.com.', 'token_expired_or_invalid'],
    ['Authenticatiefout tijdens het verbinden met server outlook.office365.com.', 'token_expired_or_invalid'],
    ['Authentication failure while connecting to server outlook.office365.com.', 'token_expired_or_invalid'],
    ['Authentifizierungsfehler beim Verbinden mit dem Server outlook.office365.com.', 'token_expired_or_invalid'],
    ["Unable to authenticate to Outgoing server (SMTP) smtp.office365.com. Please check the password and verify the 'Authentication method' in 'Account Settings | Outgoing server (SMTP)'.", 'smtp_auth_failed_generic'],
    ['Der Postausgangs-Server (SMTP) smtp.office365.com kann nicht authentifiziert werden. Bitte überprüfen Sie das Passwort und die gewählte „Authentifizierungsmethode“ unter „Konten-Einstellungen | Postausgangs-Server (SMTP)“.', 'smtp_auth_failed_generic'],
    ["Unable to authenticate to Outgoing server (SMTP) smtp.office365.com. It does not support authentication (SMTP-AUTH) but you have chosen to use authentication.", 'tls_problem'],
    ["The IMAP server outlook.office365.com does not support the selected authentication method. Please change the 'Authentication method' in the 'Account Settings | Server settings'.", 'basic_auth_used'],
    ['Der SMTP-Server smtp.office365.com unterstützt die gewählte Authentifizierungsmethode nicht.', 'basic_auth_used'],
    ["The Outgoing server (SMTP) smtp.office365.com does not seem to support encrypted passwords. If you just set up the account, try changing the 'Authentication method'", 'basic_auth_used'],
    ['Der IMAP-Server outlook.office365.com erlaubt die ungesicherte Übertragung des Passworts im Klartext nicht.', 'basic_auth_used'],
    ['An error occurred while sending mail: Could not get password for max@contoso.com. The message was not sent.', 'token_expired_or_invalid'],
    ['Fehler beim Senden der Nachricht: Passwort für max@contoso.com ist nicht verfügbar. Die Nachricht wurde nicht gesendet.', 'token_expired_or_invalid'],
    ['Sending of password for user max@contoso.com did not succeed.', 'imap_auth_failed_generic'],
    ['Fehler beim Senden des Passworts für den Benutzer max@contoso.com.', 'imap_auth_failed_generic'],
    ['Unable to log in at server. Probably wrong configuration, username or password.', 'basic_auth_used'],
    ['Anmeldung auf dem Server fehlgeschlagen. Eventuell sind Konfiguration, Benutzername oder Passwort nicht korrekt.', 'basic_auth_used'],
  ]);
});

describe('vocabulary: Thunderbird connecting (English and German)', () => {
  expectFirst([
    ["An error occurred while sending mail: Unable to establish a secure link with Outgoing server (SMTP) smtp.office365.com using STARTTLS since it doesn't advertise that feature.", 'tls_problem'],
    ['Fehler beim Senden der Nachricht: Eine sichere Verbindung mit dem SMTP-Server smtp.office365.com kann nicht mit STARTTLS aufgebaut werden, da der Server diese Funktion nicht angibt.', 'tls_problem'],
    ['Die TLS-Verbindung zum POP3-Server kann nicht hergestellt werden. Der Server ist eventuell nicht erreichbar oder falsch konfiguriert.', 'tls_problem'],
    ['Es trat ein nicht überschreibbarer TLS-Fehler auf. Entweder handelt es sich um einen Handshake-Fehler oder wahrscheinlich ist die TLS-Version oder das Zertifiakt des Servers outlook.office365.com inkompatibel.', 'tls_problem'],
    ['Failed to connect to server outlook.office365.com.', 'network_blocked'],
    ['Verbindung mit Server outlook.office365.com konnte nicht hergestellt werden.', 'network_blocked'],
    ['Konnte keine Verbindung mit dem Mail-Server outlook.office365.com aufbauen, da sie verweigert wurde.', 'network_blocked'],
    ['The message could not be sent because the connection to Outgoing server (SMTP) smtp.office365.com was lost in the middle of the transaction. Try again.', 'network_blocked'],
    ['Verbindung mit Server outlook.office365.com wurde unterbrochen.', 'network_blocked'],
    ['Der Server outlook.office365.com hat die Verbindung abgebrochen. Der Server ist entweder ausgefallen oder es gibt Netzwerkprobleme.', 'network_blocked'],
    ['Unable to connect to your IMAP server. You may have exceeded the maximum number of connections to this server.', 'throttled'],
    ['Verbindung mit outlook.office365.com konnte nicht hergestellt werden. Bitte versuchen Sie es später erneut. Wenn das Problem weiterhin besteht, habe Sie möglicherweise die maximale Anzahl von Verbindungen zu diesem Server überschritten.', 'throttled'],
    ['The message could not be sent using Outgoing server (SMTP) smtp.office365.com for an unknown reason. Please verify that your Outgoing server (SMTP) settings are correct and try again.', 'smtp_auth_failed_generic'],
  ]);
});

describe("vocabulary: Thunderbird's wrappers give way to the server's reply", () => {
  it('"for an unknown reason" beside 5.7.139 "disabled for the Mailbox" → SMTP AUTH is off for the mailbox', () => {
    const text = 'The message could not be sent using Outgoing server (SMTP) smtp.office365.com for an unknown reason. Please verify that your Outgoing server (SMTP) settings are correct and try again.\n535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.';
    assert.equal(decode(text).causes[0]?.category, 'smtp_auth_disabled_mailbox');
  });

  it('the OAuth2 failure beside the AADSTS code it quotes → the code decides (admin consent)', () => {
    const text = 'Authentifizierungsfehler beim Verbinden mit dem Server outlook.office365.com.\nAADSTS65001: The user or administrator has not consented to use the application with ID \'9e5f94bc-e8a4-4e73-b8be-63364c29d753\' named \'Mozilla Thunderbird\'.';
    assert.equal(decode(text).causes[0]?.category, 'consent_missing');
  });
});

describe("vocabulary: Mozilla's network and certificate error names", () => {
  expectFirst([
    ['NS_ERROR_NET_TIMEOUT', 'network_blocked'],
    ['[Exception... "Component returned failure code: 0x804b000d (NS_ERROR_CONNECTION_REFUSED)"]', 'network_blocked'],
    ['NS_ERROR_UNKNOWN_HOST', 'network_blocked'],
    ['NS_ERROR_OFFLINE', 'network_blocked'],
    ['SEC_ERROR_UNKNOWN_ISSUER', 'tls_problem'],
    ['Error code: SSL_ERROR_BAD_CERT_DOMAIN', 'tls_problem'],
    ['MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT', 'tls_problem'],
  ]);

  it("OpenSSL's SSL_ERROR_SYSCALL keeps its own reading (TLS, then the connection)", () => {
    assert.deepEqual(decode('SSL_ERROR_SYSCALL').causes.map((c) => c.category).slice(0, 2), ['tls_problem', 'network_blocked']);
  });
});
