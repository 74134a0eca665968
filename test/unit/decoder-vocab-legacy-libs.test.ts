/**
 * Mail components of Windows/desktop business software and admin scripts (vocab-legacy-libs.ts): Delphi's Indy
 * (English and the German RAD Studio ships), Rebex Secure Mail's certificate verifier, and the command-line mailers
 * sendEmail, swaks, s-nail/mailx and blat — each as the product prints it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: Indy (TIdSMTP / TIdIMAP4 with OpenSSL)', () => {
  expectFirst([
    ['Could not load SSL library.', 'tls_problem'],
    ['Project Warenwirtschaft.exe raised exception class EIdOSSLCouldNotLoadSSLLibrary with message \'Could not load SSL library.\'.', 'tls_problem'],
    ['SSL.-Bibliothek konnte nicht geladen werden.', 'tls_problem'],
    ['Failed to load libeay32.dll.', 'tls_problem'],
    ['Fehler beim Laden von ssleay32.dll.', 'tls_problem'],
    ['SSL is not available on this server.', 'tls_problem'],
    ['SSL ist auf diesem Server nicht verfügbar.', 'tls_problem'],
    ['Start SSL negotiation command failed.', 'tls_problem'],
    ['Befehl zum Starten der SSL-Aushandlung fehlgeschlagen.', 'tls_problem'],
    ['EIdTLSClientTLSHandShakeFailed: SSL negotiation failed.', 'tls_problem'],
    ['SSL IOHandler is required for this setting', 'tls_problem'],
    ['SSL IOHandler ist für diese Einstellung erforderlich', 'tls_problem'],
    ['Error connecting with SSL.', 'tls_problem'],
    ['Fehler beim Verbinden mit SSL.', 'tls_problem'],
    ['Error connecting with SSL.\r\nEOF was observed that violates the protocol', 'tls_problem'],
    ['Fehler beim Verbinden mit SSL.\r\nEOF festgestellt, das gegen das Protokoll verstößt', 'tls_problem'],
    ['SSL connection has dropped.', 'tls_problem'],
    ['Die SSL-Verbindung ging verloren.', 'tls_problem'],
    ['Connection Closed Gracefully.', 'tls_problem'],
    ['Die Verbindung wurde erfolgreich geschlossen.', 'tls_problem'],
    ["Doesn't support AUTH or the specified SASL handlers!!", 'tls_problem'],
    ['AUTH oder die angegebenen SASL-Behandlungsroutinen werden nicht unterstützt!!', 'tls_problem'],
    ['The specified SASL handlers are not ready!!', 'not_authenticated'],
    ['Die angegebenen SASL-Behandlungsroutinen sind nicht bereit!!', 'not_authenticated'],
    ['Need SASL mechanisms to login with it!!', 'not_authenticated'],
    ['SASL-Mechanismus für Anmeldung erforderlich!!', 'not_authenticated'],
    ['Unable to execute command, wrong connection state;Current connection state: Non Authenticated.', 'imap_auth_failed_generic'],
    ['Befehl kann nicht ausgeführt werden, falscher Verbindungsstatus; Aktueller Verbindungsstatus: Nicht authentifiziert.', 'imap_auth_failed_generic'],
    ['EIdSMTPReplyError', 'smtp_auth_failed_generic'],
  ]);

  it('the server\'s reply or OpenSSL\'s reason after Indy\'s text decides', () => {
    assert.equal(first('Exception class EIdSMTPReplyError with message \'5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [FR0P281CA0001.DEUP281.PROD.OUTLOOK.COM]\''), 'smtp_auth_disabled_tenant');
    assert.equal(first('EIdReplyRFCError: 5.7.139 Authentication unsuccessful, basic authentication is disabled. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]'), 'basic_auth_used');
    assert.equal(first('EIdSMTPReplyError: 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.'), 'basic_auth_used');
    assert.equal(first('Error connecting with SSL.\nerror:1409442E:SSL routines:ssl3_read_bytes:tlsv1 alert protocol version'), 'tls_problem');
  });
});

describe('vocabulary: Rebex Secure Mail', () => {
  expectFirst([
    ["Server certificate was rejected by the verifier because the certificate's common name 'outlook.office365.com' does not match the hostname 'mail.contoso.com'.", 'tls_problem'],
    ['Rebex.Net.TlsException: Server certificate was rejected by the verifier because of an unknown certificate authority.', 'tls_problem'],
  ]);
});

describe('vocabulary: sendEmail', () => {
  expectFirst([
    ['Mar 10 10:00:00 srv01 sendEmail[4711]: ERROR => ERROR => SMTP-AUTH: Authentication to smtp.office365.com:587 failed.', 'basic_auth_used'],
    ['Mar 10 10:00:00 srv01 sendEmail[4711]: ERROR => A username for SMTP authentication was specified, but no password!', 'not_authenticated'],
    ['Mar 10 10:00:00 srv01 sendEmail[4711]: ERROR => TLS setup failed: ', 'tls_problem'],
    ['ERROR => TLS not possible! Remote SMTP server, smtp.office365.com,  does not support it.', 'tls_problem'],
    ["ERROR => No TLS support!  SendEmail can't load required libraries. (try installing Net::SSLeay and IO::Socket::SSL)", 'tls_problem'],
    ['ERROR => Timeout while connecting to smtp.office365.com:587  There was no response after 60 seconds.', 'network_blocked'],
    ['ERROR => Connection attempt to smtp.office365.com:587 failed: IO::Socket::INET: connect: Connection refused', 'network_blocked'],
    ['ERROR => Timeout while reading from smtp.office365.com:465 There was no response after 60 seconds.', 'tls_problem'],
    ['ERROR => Timeout while reading from smtp.office365.com:587 There was no response after 60 seconds.', 'network_blocked'],
    ['ERROR => smtp.office365.com:587 returned a zero byte response to our query.', 'tls_problem'],
    ['ERROR => Exiting. No recipients were accepted for delivery by the mail server.', 'recipient_rejected'],
  ]);

  it('the reply after "ERROR => Received:" decides', () => {
    assert.equal(first('Mar 10 10:00:00 srv01 sendEmail[4711]: ERROR => Received: \t535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_mailbox');
    assert.equal(first('ERROR => Received: \t530 5.7.57 Client not authenticated to send mail. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]'), 'not_authenticated');
    assert.equal(first('ERROR => Received: \t535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.\nERROR => ERROR => SMTP-AUTH: Authentication to smtp.office365.com:587 failed.'), 'smtp_auth_disabled_tenant');
  });
});

describe('vocabulary: swaks', () => {
  expectFirst([
    ['*** Error connecting to smtp.office365.com:587:\n\tIO::Socket::INET: connect: timeout', 'network_blocked'],
    ['*** TLS startup failed (connect(): error:0A000102:SSL routines::unsupported protocol)', 'tls_problem'],
    ['*** Host did not advertise STARTTLS', 'tls_problem'],
    ['*** STARTTLS attempted but failed', 'tls_problem'],
    ['*** TLS requested, advertised, and locally unavailable.  Exiting', 'tls_problem'],
    ['*** Host did not advertise authentication', 'tls_problem'],
    ['*** Auth not attempted, requested type not available', 'smtp_auth_failed_generic'],
    ['*** No authentication type succeeded', 'basic_auth_used'],
    ['*** Remote host closed connection unexpectedly.', 'tls_problem'],
  ]);

  it('the server\'s reply line before swaks\'s "***" line decides', () => {
    assert.equal(first(' ~> AUTH LOGIN\n<~  334 VXNlcm5hbWU6\n ~> YWxlcnRzQGNvbnRvc28uY29t\n<~  334 UGFzc3dvcmQ6\n ~> KioqKioqKio=\n<~* 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [FR0P281CA0001.DEUP281.PROD.OUTLOOK.COM]\n*** No authentication type succeeded\n ~> QUIT'), 'smtp_auth_disabled_tenant');
  });
});

describe('vocabulary: s-nail / mailx', () => {
  expectFirst([
    ['Unexpected EOF on SMTP connection', 'tls_problem'],
  ]);

  it('the reply after "smtp-server:" / "SMTP: unexpected status from server:" decides', () => {
    assert.equal(first('smtp-server: 530 5.7.57 Client not authenticated to send mail. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]\n"/root/dead.letter" 11/345\n. . . message not sent.'), 'not_authenticated');
    assert.equal(first('s-nail: SMTP: unexpected status from server: 535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]'), 'basic_auth_used');
  });
});

describe('vocabulary: blat', () => {
  expectFirst([
    ['*** Warning ***  The SMTP server does not require AUTH LOGIN.\n*** Warning ***  Are you sure server supports AUTH?', 'tls_problem'],
    ['*** Error ***  The SMTP server did not accept Auth LOGIN PASSWD value.\n*** Error ***  Is your password correct?', 'basic_auth_used'],
    ['*** Warning ***  The SMTP server did not accept Auth PLAIN value.\n*** Warning ***  Are your login userid and password correct?', 'basic_auth_used'],
    ['*** Error ***  The SMTP server does not like the sender name.', 'not_authenticated'],
    ['*** Error ***  SMTP server error accepting message data', 'send_as_denied'],
    ['Error: Connection to server was dropped.', 'network_blocked'],
    ['Error: Server refused connection.', 'network_blocked'],
    ["Error: Can't resolve hostname (smtp.office365.cm).", 'network_blocked'],
  ]);

  it('the server\'s reply blat quotes decides', () => {
    assert.equal(first('*** Error ***  The SMTP server does not like the sender name.\n*** Error ***  Have you set your mail address correctly?\n530 5.7.57 Client not authenticated to send mail.'), 'not_authenticated');
    assert.equal(first('*** Error ***  SMTP server error accepting message data\n554 5.2.252 SendAsDenied; alerts@contoso.com not allowed to send as ceo@contoso.com; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied'), 'send_as_denied');
  });
});
