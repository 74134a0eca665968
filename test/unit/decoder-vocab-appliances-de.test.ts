/**
 * Automation devices' own messages about their notification mail (vocab-appliances-de.ts): the Node-RED e-mail nodes,
 * openHAB's mail binding, FHEM's EMail module and the HomeMatic / RaspberryMatic e-mail add-on — each as the product
 * prints it, in German (where the product ships it) and English.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: Node-RED e-mail nodes', () => {
  expectFirst([
    ['No token property set', 'not_authenticated'],
    ['No SMTP transport. See info panel.', 'not_authenticated'],
    ['Kein SMTP-Transport. Siehe Info-Anzeige.', 'not_authenticated'],
    ['No e-mail userid set', 'not_authenticated'],
    ['No e-mail password set', 'not_authenticated'],
    ['Kein E-Mail-Benutzer-ID angegeben', 'not_authenticated'],
    ['Kein E-Mail-Passwort angegeben', 'not_authenticated'],
    ['send failed', 'smtp_auth_failed_generic'],
    ['Senden fehlgeschlagen', 'smtp_auth_failed_generic'],
    ['Failed to fetch folder: INBOX.  Folders - Archive, Drafts, Sent Items', 'mailbox_permission_missing'],
    ['Verzeichnisabruf fehlgeschlagen: Posteingang', 'mailbox_permission_missing'],
  ]);

  it('nodemailer\'s error beside the node\'s status decides', () => {
    assert.equal(first('send failed\nInvalid login: 535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [FR2P281CA0164.DEUP281.PROD.OUTLOOK.COM]'), 'basic_auth_used');
    assert.equal(first('Senden fehlgeschlagen\nInvalid login: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_tenant');
  });
});

describe('vocabulary: openHAB mail binding', () => {
  expectFirst([
    ["Thing mail:smtp:m365 is not ONLINE, can't send mail", 'smtp_auth_failed_generic'],
  ]);

  it('the SMTP thing\'s status (Jakarta Mail\'s message) decides', () => {
    assert.equal(first("Thing mail:smtp:m365 is not ONLINE, can't send mail\nmail:smtp:m365 OFFLINE (CONFIGURATION_ERROR): 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information."), 'smtp_auth_disabled_mailbox');
  });
});

describe('vocabulary: FHEM EMail module', () => {
  expectFirst([
    ['Error: Password is missing.', 'not_authenticated'],
    ['Error: Username is missing.', 'not_authenticated'],
    ['Error: SMTPServer not defined.', 'network_blocked'],
    ['Error: SMTPPort not defined.', 'network_blocked'],
    ['Unsupported SMTP protocol: STARTTLS. Only TLS or SSL are supported.', 'tls_problem'],
    ['Failed to create Net::SMTP object: ', 'network_blocked'],
    ['Failed to create Net::SMTP::SSL object: ', 'network_blocked'],
    ['Failed to set sender (fhem@contoso.com): ', 'not_authenticated'],
    ['Failed to set recipient (alarm@contoso.de): ', 'recipient_rejected'],
    ['Failed to send email data: ', 'send_as_denied'],
  ]);

  it('Exchange\'s reply after the step decides', () => {
    assert.equal(first('Failed to set sender (fhem@contoso.com): 530 5.7.57 Client not authenticated to send mail. [FR0P281CA0001.DEUP281.PROD.OUTLOOK.COM]'), 'not_authenticated');
    assert.equal(first('Failed to set recipient (alarm@contoso.de): 550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.'), 'outbound_sender_blocked');
    assert.equal(first('Failed to send email data: 554 5.2.252 SendAsDenied; fhem@contoso.com not allowed to send as alarm@contoso.com; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied'), 'send_as_denied');
    assert.equal(first('Authentication failed: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_tenant');
  });
});

describe('vocabulary: HomeMatic / RaspberryMatic e-mail add-on', () => {
  expectFirst([
    ['Fehler beim Senden der Email (child process exited abnormally)!', 'smtp_auth_failed_generic'],
  ]);

  it('msmtp\'s output inside the alert decides', () => {
    assert.equal(first('Fehler beim Senden der Email (msmtp: authentication failed (method LOGIN)\nmsmtp: server message: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.\nmsmtp: could not send mail (account default from /etc/config/addons/email/msmtp.conf))!'), 'smtp_auth_disabled_tenant');
    assert.equal(first('Fehler beim Senden der Email (msmtp: cannot connect to smtp.office365.com, port 587: Network is unreachable\nmsmtp: could not send mail (account default from /etc/config/addons/email/msmtp.conf))!'), 'network_blocked');
  });
});
