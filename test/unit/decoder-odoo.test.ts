/**
 * Odoo's own texts (vocab-odoo.ts): what an ETRON onRetail admin sees on the mail server form, in the
 * connection test and in the mail queue, in English and in Odoo's German wording, names the right first
 * cause; Odoo's sentence around a server's or Microsoft's reply gives way to the reply; and a text in
 * Odoo's words is read as ETRON's (its fix steps, the delegated flow) without being told.
 * The strings are Odoo's (sources in vocab-odoo.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

describe('Odoo microsoft_outlook, English and German', () => {
  expectFirst([
    ['Please connect with your Outlook account before using it.', 'not_authenticated'],
    ['Bitte verbinden Sie Ihr Outlook-Konto, bevor Sie es verwenden.', 'not_authenticated'],
    ['Please login your Outlook mail server before using it.', 'not_authenticated'],
    ['Please configure your Outlook credentials.', 'wrong_tenant_or_app'],
    ['Bitte konfigurieren Sie Ihre Outlook-Anmeldedaten.', 'wrong_tenant_or_app'],
    ['An error occurred when fetching the access token. Unknown error.', 'network_blocked'],
    ['Beim Abrufen des Zugriffstokens ist ein Fehler aufgetreten. Unbekannter Fehler.', 'network_blocked'],
    ["Oops, you're creating an authorization to send from info@contoso.com but your address is shop@contoso.com. Make sure your addresses match!", 'send_as_denied'],
    ['Hoppla! Beachten Sie, dass Sie eine Berechtigung zum Senden von info@contoso.com erstellen, Ihre Adresse jedoch shop@contoso.com lautet. Stellen Sie sicher, dass Ihre Adressen übereinstimmen.', 'send_as_denied'],
    ['Oops, we could not authenticate you. Please try again later.', 'network_blocked'],
    ['Hoppla! Es ist uns leider nicht möglich, Sie zu authentifizieren. Versuchen Sie es später erneut.', 'network_blocked'],
    ['Please leave the password field empty for Outlook mail server “Microsoft 365”. The OAuth process does not require it', 'basic_auth_used'],
    ['Bitte lassen Sie das Passwortfeld für den Outlook-Mailserver „Microsoft 365“ leer. Der OAuth-Prozess benötigt es nicht', 'basic_auth_used'],
    ['Incorrect Connection Security for Outlook mail server “Microsoft 365”. Please set it to "TLS (STARTTLS)".', 'tls_problem'],
    ['Falsche Verbindungssicherheit für Outlook-Mailserver „Microsoft 365“. Bitte setzen Sie sie auf „TLS (STARTTLS)“.', 'tls_problem'],
    ['Please fill the "Username" field with your Outlook/Office365 username (your email address). This should be the same account as the one used for the Outlook OAuthentication Token.', 'not_authenticated'],
    ['Bitte geben Sie in das Feld „Benutzername“ Ihren Outlook/Office365-Benutzernamen (Ihre E-Mail-Adresse) ein.', 'not_authenticated'],
    ['SSL is required for server “Outlook”.', 'tls_problem'],
    ['SSL ist für den Server „Outlook“ erforderlich.', 'tls_problem'],
  ]);
});

describe('Odoo mail server test and queue', () => {
  expectFirst([
    ['No response received. Check server address and port number.\n timed out', 'network_blocked'],
    ["Invalid server name !\n encoding with 'idna' codec failed (UnicodeError: label empty or too long)", 'network_blocked'],
    // Odoo's own rule names the security setting for the port first; smtplib's disconnect below it now agrees (twenty-fifth
    // session: development texts TLS 4 of 11, the network 2).
    ['The server has closed the connection unexpectedly. Check configuration served on this port number.\n Connection unexpectedly closed', 'tls_problem'],
    ['An SSL exception occurred. Check connection security type.\n [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1129)', 'tls_problem'],
    ['An SMTP exception occurred. Check port number and connection security type.\n SMTP AUTH extension not supported by server.', 'tls_problem'],
    ['General failure when trying to fetch mail from outlook server Outlook.', 'imap_auth_failed_generic'],
    ['Keine Antwort erhalten. Überprüfen Sie die Serveradresse und die Portnummer. \n[Errno -3] Temporary failure in name resolution', 'network_blocked'],
    ['Ungültiger Servername!\n encoding with \'idna\' codec failed (UnicodeError: label empty or too long)', 'network_blocked'],
    ['Der Server hat die Verbindung unerwartet geschlossen. Überprüfen Sie die Konfiguration für diese Portnummer.\n Connection unexpectedly closed', 'tls_problem'], // as the English one above
    ['Eine SSL-Ausnahme ist aufgetreten. Überprüfen Sie den Sicherheitstyp der Verbindung.\n[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)', 'tls_problem'],
    ['Eine SMTP-Ausnahme ist aufgetreten. Überprüfen Sie die Portnummer und den Sicherheitstyp der Verbindung.\nSMTP AUTH extension not supported by server.', 'tls_problem'],
  ]);
});

describe("Odoo's sentence around a reply: the reply decides", () => {
  expectFirst([
    ['An error occurred when fetching the access token. AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.', 'bad_client_secret'],
    ['Beim Abrufen des Zugriffstokens ist ein Fehler aufgetreten. AADSTS50011: The redirect URI specified in the request does not match the redirect URIs configured for the application.', 'redirect_uri_mismatch'],
    ["The server refused the sender address (info@contoso.com) with error b'5.7.60 SMTP; Client does not have permissions to send as this sender'", 'send_as_denied'],
    ["Server replied with following exception:\n (535, b'5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.')", 'smtp_auth_disabled_tenant'],
    ["Mail Delivery Failed\nMail delivery failed via SMTP server 'smtp.outlook.com'.\nSMTPDataError: 554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception", 'send_as_denied'],
    ['Connection Test Failed! Here is what we got instead:\n Please connect with your Outlook account before using it.', 'not_authenticated'],
    ["Der Server hat die Absenderadresse (info@contoso.com) mit dem Fehler b'5.7.60 SMTP; Client does not have permissions to send as this sender' abgelehnt", 'send_as_denied'],
    ["Der Server antwortete mit folgender Ausnahme:\n (535, b'5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.')", 'smtp_auth_disabled_mailbox'],
    ["E-Mail-Zustellung via SMTP-Server „smtp.outlook.com“ fehlgeschlagen.\nSMTPDataError: 554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied", 'send_as_denied'],
  ]);

  it('the sentence alone stays a weak answer', () => {
    for (const text of [
      'The server refused the sender address (info@contoso.com) with error', 'Connection Test Failed! Here is what we got instead:',
      "Couldn't get your emails. Check out the error message below for more info:", 'Verbindungstest fehlgeschlagen! Hier sehen Sie, was wir an Stelle dessen bekommen haben:',
      'Ihre E-Mails konnten nicht empfangen werden. Sehen Sie sich die Fehlermeldung unten an, um mehr zu erfahren:',
    ]) {
      const first = decode(text).causes[0];
      assert.ok(first === undefined || first.confidence <= 0.35, `${text}: ${first?.category} ${first?.confidence}`);
    }
  });
});

describe("a text in Odoo's words is ETRON's", () => {
  it("shows ETRON's fix steps without being told the product", () => {
    const first = decode('Bitte verbinden Sie Ihr Outlook-Konto, bevor Sie es verwenden.').causes[0];
    assert.match(first?.texts.de?.fix.join(' ') ?? '', /ETRON onRetail/);
    assert.match(first?.texts.en?.fix.join(' ') ?? '', /Connect Outlook account/);
  });

  it("reads Odoo's German test dialog as ETRON's too", () => {
    const text = "Der Server antwortete mit folgender Ausnahme:\n b'AUTHENTICATE failed.'";
    assert.equal(decode(text).ask, undefined);
  });

  it('does not ask how the application signs in (ETRON signs users in)', () => {
    const text = "Server replied with following exception:\n b'AUTHENTICATE failed.'";
    assert.equal(decode(text).ask, undefined);
    assert.equal(decode("b'AUTHENTICATE failed.'").ask, 'flow', 'the bare reply asks');
  });
});
