/**
 * Admin scripting modules, e-commerce mail extensions, helpdesks and automation modules (vocab-admin-tools.ts): the
 * Mailozaurr PowerShell module (1.x and 2.x), SMTP Pro for Magento, UVdesk's Microsoft apps and mailboxes, and Ansible's
 * community.general.mail — each as the product prints it, in English and (where the product ships one) German.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: Mailozaurr (Send-EmailMessage, Connect-IMAP/POP, Graph)', () => {
  expectFirst([
    ["WARNING: Send-EmailMessage - Error during connect: \nWARNING: Send-EmailMessage - Possible issue: Port? (587 was used), Using SSL? (Auto, was used). You can also try 'SkipCertificateValidation' or 'SkipCertificateRevocation'.", 'network_blocked'],
    ['WARNING: Send-EmailMessage - Error: No such host is known.\nWARNING: Send-EmailMessage - Possible issue: Port? (587 was used), Using SSL? (Auto was used). You can also try SkipCertificateValidation or SkipCertificateRevocation.', 'network_blocked'],
    ['WARNING: Send-EmailMessage - Error during authentication (oAuth): \nWARNING: Send-EmailMessage - Possible issue: OAuth? (True was used), ICredentials? (, was used).', 'token_expired_or_invalid'],
    ['WARNING: Send-EmailMessage - Error during authentication: Authentication failed.\nWARNING: Send-EmailMessage - Possible issue: Username? (alerts@contoso.com was used), Password?.', 'smtp_auth_failed_generic'],
    ['WARNING: Send-EmailMessage - Could not authenticate using default credentials. Error: ', 'smtp_auth_failed_generic'],
    ['WARNING: Send-EmailMessage - Error during connection using Graph API: No such host is known. (login.microsoftonline.com:443)', 'network_blocked'],
    ['WARNING: Send-EmailMessage - Error during sending using Graph API: Error code: InvalidAuthenticationToken, message: Access token is empty., request ID: 4a43e743-e897-4758-8d7d-21858c198e1d, date: 2024-06-15T09:51:54', 'bad_client_secret'],
    ['WARNING: Connect-O365Graph - Error: The remote server returned an error: (401) Unauthorized.', 'bad_client_secret'],
    ['WARNING: Connect-oAuthO365 - Error: Exception calling "Build" with "0" argument(s): "tenantId"', 'wrong_tenant_or_app'],
    ['WARNING: Connect-IMAP - Unable to connect No such host is known.', 'network_blocked'],
    ['WARNING: Connect-POP - Unable to authenticate via oAuth Authentication failed.', 'imap_auth_failed_generic'],
    ['WARNING: Connect-IMAP - Unable to authenticate Authentication failed.', 'imap_auth_failed_generic'],
    ['WARNING: Send-EmailMessage - Error: ', 'smtp_auth_failed_generic'],
    ['WARNING: Send-GraphMailMessage - Error: The remote server returned an error: (403) Forbidden.', 'consent_missing'],
    ['WARNING: Send-GraphMailMessage - Error: The remote server returned an error: (401) Unauthorized.', 'token_expired_or_invalid'],
    ['WARNING: Send-EmailMessage - Error during sending using Graph API: ', 'consent_missing'],
  ]);

  it('MailKit\'s or Graph\'s error after Mailozaurr\'s warning decides', () => {
    assert.equal(first('WARNING: Send-EmailMessage - Error: 535: 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [FR0P281CA0001.DEUP281.PROD.OUTLOOK.COM]'), 'smtp_auth_disabled_tenant');
    assert.equal(first('WARNING: Send-EmailMessage - Error during sending: 5.2.252 SendAsDenied; alerts@contoso.com not allowed to send as it@contoso.com; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied'), 'send_as_denied');
    assert.equal(first('WARNING: Send-EmailMessage - Error during authentication: 535: 5.7.139 Authentication unsuccessful, basic authentication is disabled. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]\nWARNING: Send-EmailMessage - Possible issue: Username? (alerts@contoso.com was used), Password?.'), 'basic_auth_used');
    assert.equal(first('WARNING: Send-EmailMessage - Error during sending using Graph API: Error code: InvalidAuthenticationToken, message: Lifetime validation failed, the token is expired., request ID: 4a43e743-e897-4758-8d7d-21858c198e1d, date: 2024-06-15T09:51:54'), 'token_expired_or_invalid');
    assert.equal(first('WARNING: Connect-O365Graph - Error: {"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID."}'), 'bad_client_secret');
  });
});

describe('vocabulary: SMTP Pro for Magento (self test)', () => {
  expectFirst([
    ['SMTP Pro Self Test Results\nRaw connection test for SMTP options.\nFailed to connect to SMTP server. Reason: Connection timed out(110)\nThis extension requires an outbound SMTP connection on port: 587', 'network_blocked'],
    ['Verbindung zum SMTP-Server fehlgeschlagen. Ursache: Connection timed out(110)\nDiese Erweiterung benötigt eine ausgehende SMTP-Verbindung auf Port: 587', 'network_blocked'],
    ['Unable to send test email.\nException message was: \nPlease check the user guide for frequent error messages and their solutions.', 'smtp_auth_failed_generic'],
    ['Test email was not sent successfully: ', 'smtp_auth_failed_generic'],
    ['Die Testmail konnte nicht gesendet werden.\nFehlermeldung: ', 'smtp_auth_failed_generic'],
  ]);

  it('Exchange\'s reply in the exception message decides', () => {
    assert.equal(first('Unable to send test email.\nException message was: 5.7.139 Authentication unsuccessful, basic authentication is disabled. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]'), 'basic_auth_used');
    assert.equal(first('Die Testmail konnte nicht gesendet werden: 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_mailbox');
  });
});

describe('vocabulary: UVdesk (Microsoft apps, mailboxes)', () => {
  expectFirst([
    ['Microsoft app settings could not be verifired successfully. Please check your settings and try again later.', 'bad_client_secret'],
    ['Die Microsoft-App-Einstellungen konnten nicht erfolgreich überprüft werden. Bitte überprüfen Sie Ihre Einstellungen und versuchen Sie es später erneut.', 'bad_client_secret'],
    ['Microsoft app settings were verifired successfully but was unable to retrieve user information. Please check your settings and try again later.', 'wrong_scope_or_resource'],
    ['An unexpected error occurred while trying to send email. Please try again later.\nNo associated microsoft account was found for configured mailbox.', 'not_authenticated'],
    ["No microsoft account was found with email 'support@contoso.com' for configured client id '8c5b1f2e-0000-4a1b-9c1d-123456789abc'.", 'not_authenticated'],
    ['ERROR Failed to retrieve a valid access token.', 'token_expired_or_invalid'],
    ['  - Failed to establish connection with mailbox', 'imap_auth_failed_generic'],
    ['An unexpected error occurred while trying to send email. Please try again later.', 'smtp_auth_failed_generic'],
    ['Warning! Swiftmailer not working. An error has occurred while sending emails!', 'smtp_auth_failed_generic'],
    ['Warnung ! Swiftmailer funktioniert nicht. Beim Senden von E-Mails ist ein Fehler aufgetreten!', 'smtp_auth_failed_generic'],
  ]);

  it('the server\'s or Graph\'s own words after UVdesk\'s sentence decide', () => {
    assert.equal(first('An unexpected error occurred while trying to send email. Please try again later.\nExpected response code "235" but got code "535", with message "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect."'), 'basic_auth_used');
    assert.equal(first("  - Failed to establish connection with mailbox\n\n  imap_open(): Couldn't open stream {outlook.office365.com:993/imap/ssl}INBOX\n  0: AUTHENTICATE failed."), 'imap_auth_failed_generic');
    assert.equal(first("ERROR An unexpected api error occurred of type 'ErrorAccessDenied'."), 'mailbox_permission_missing');
  });
});

describe('vocabulary: Ansible community.general.mail', () => {
  expectFirst([
    ['fatal: [localhost]: FAILED! => {"changed": false, "msg": "Authentication to smtp.office365.com:587 failed, please check your username and/or password", "rc": 1}', 'smtp_auth_failed_generic'],
    ['No Authentication on the server at smtp.office365.com:587', 'tls_problem'],
    ['No Suitable authentication method was found on smtp.office365.com:587', 'smtp_auth_failed_generic'],
    ['StartTLS is not offered on server smtp.office365.com:587', 'tls_problem'],
    ['Unable to start an encrypted session to smtp.office365.com:465: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1129)', 'tls_problem'],
    ['Unable to Connect smtp.office365.com:587: [Errno 110] Connection timed out', 'network_blocked'],
    ['Helo failed for host smtp.office365.com:587: Connection unexpectedly closed', 'network_blocked'],
    ["Failed to send mail to 'ansible@contoso.com': ", 'send_as_denied'],
    ['Failed to send mail to at least one recipient', 'recipient_rejected'],
  ]);

  it('the SMTP reply after the module\'s message decides', () => {
    assert.equal(first("Failed to send mail to 'admin@contoso.com': (554, b'5.2.252 SendAsDenied; ansible@contoso.com not allowed to send as alerts@contoso.com; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied', 'alerts@contoso.com')"), 'send_as_denied');
    assert.equal(first("Failed to send mail to 'admin@contoso.com': (550, b'5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.', 'ansible@contoso.com')"), 'outbound_sender_blocked');
  });
});
