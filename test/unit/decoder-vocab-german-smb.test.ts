/**
 * German small-business software's own messages about its mail (vocab-german-smb.ts): Shopware 5's backend, Shopware 6's
 * mailer settings, OXID eShop's owner notification and OpenXE (Xentral open source) — each as the product prints it, in
 * German and (where the product ships one) English.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: Shopware 5 backend mail errors', () => {
  expectFirst([
    ['Die E-Mail konnte nicht versendet werden. Fehlermeldung:', 'smtp_auth_failed_generic'],
    ['Email could not be sent. Error message:', 'smtp_auth_failed_generic'],
    ['Die E-Mail konnte nicht gesendet werden\nEs ist ein Fehler beim Senden der E-Mail aufgetreten:', 'smtp_auth_failed_generic'],
    ['Email could not be sent.\nAn error occurred while attempting to send the status mail:', 'smtp_auth_failed_generic'],
    ['Fehler beim Versenden der Mail. Fehler: ', 'smtp_auth_failed_generic'],
    ['Die E-Mail konnte nicht erfolgreich versendet werden.', 'smtp_auth_failed_generic'],
    ['The mail could not be sent.', 'smtp_auth_failed_generic'],
    ['Fehler\nEs wurde keine E-Mail gesendet', 'smtp_auth_failed_generic'],
    ['Error\nNo E-Mail was sent', 'smtp_auth_failed_generic'],
  ]);

  it('the server\'s reply after Shopware\'s sentence decides', () => {
    assert.equal(first('Die E-Mail konnte nicht versendet werden. Fehlermeldung: 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_tenant');
    assert.equal(first('Email could not be sent. Error message: 5.7.139 Authentication unsuccessful, basic authentication is disabled.'), 'basic_auth_used');
    assert.equal(first('Die E-Mail konnte nicht gesendet werden\nEs ist ein Fehler beim Senden der E-Mail aufgetreten: 550 5.7.60 SMTP; Client does not have permissions to send as this sender'), 'send_as_denied');
    assert.equal(first('Fehler beim Versenden der Mail. Fehler: Unable to connect via TLS'), 'tls_problem');
    assert.equal(first('Error when sending mail. Error: Connection could not be established with host smtp.office365.com :stream_socket_client(): unable to connect to tcp://smtp.office365.com:587 (Connection timed out)'), 'network_blocked');
  });
});

describe('vocabulary: Shopware 6 mailer settings', () => {
  expectFirst([
    ['Die eingegebene SMTP-Konfiguration scheint fehlerhaft zu sein.', 'network_blocked'],
    ['Error\nThe SMTP configuration you entered seems to be invalid.', 'network_blocked'],
  ]);
});

describe('vocabulary: OXID eShop owner notification', () => {
  expectFirst([
    ['eMail problem in shop!\nError sending eMail(Ihre Bestellung Nr. 10023) to: \n\nkunde@example.de (Max Mustermann) \n \n\nError : ', 'smtp_auth_failed_generic'],
  ]);

  it('PHPMailer\'s error after "Error :" decides', () => {
    assert.equal(first('Error sending eMail(Ihre Bestellung Nr. 10023) to: \n\nkunde@example.de \n \n\nError : SMTP Error: Could not connect to SMTP host. Failed to connect to server'), 'network_blocked');
    assert.equal(first('Error sending eMail(Ihre Bestellung) to: \n\nkunde@example.de \n \n\nError : SMTP Error: data not accepted. SMTP server error: DATA END command failed Detail: 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception'), 'send_as_denied');
  });
});

describe('vocabulary: OpenXE (Xentral open source)', () => {
  expectFirst([
    ['Die E-Mail konnte nicht versendet werden! (Mailer Error: SMTP Error: Could not authenticate.)', 'smtp_auth_failed_generic'],
    ['Fehler beim Versenden der Testmail: Mailer Error: ', 'smtp_auth_failed_generic'],
    ['OAuth access denied: ', 'imap_auth_failed_generic'],
  ]);

  it('the mailer\'s or Exchange\'s reply decides', () => {
    assert.equal(first('Fehler beim Versenden der Testmail: Mailer Error: SMTP Error: Could not connect to SMTP host.'), 'network_blocked');
    assert.equal(first('Die E-Mail konnte nicht versendet werden! (Mailer Error: SMTP Error: Could not authenticate. 535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.)'), 'basic_auth_used');
    assert.equal(first('OAuth access denied: AUTHENTICATE failed.'), 'imap_auth_failed_generic');
  });
});
