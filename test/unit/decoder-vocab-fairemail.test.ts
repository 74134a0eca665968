/**
 * FairEmail's own messages about an Outlook.com / Office 365 account (vocab-fairemail.ts): OAuth sign-in and token
 * refresh, the hints under a server error in the Outlook/Office 365 wizard and the quick setup, connection and
 * certificate sentences — each as the app prints it, in English and (where FairEmail ships it translated) German.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: FairEmail OAuth sign-in and token refresh', () => {
  expectFirst([
    ['javax.mail.MessagingException: OAuth refresh provider=office365:oauth', 'token_expired_or_invalid'],
    ["The email server said: 'AUTHENTICATE failed.\nAccess token expired at Mon Sep 16 10:00:00 GMT+02:00 2024'", 'token_expired_or_invalid'],
    ['Token refresh required. Is there a VPN based app running?', 'token_expired_or_invalid'],
    ['The Android account manager could be blocked by a VPN, firewall, ad blocker, etc., preventing it from obtaining an access token', 'network_blocked'],
    ['Die Android-Kontoverwaltung könnte durch ein VPN, eine Firewall, einen Werbeblocker usw. gesperrt sein, sodass diese keinen Zugriffstoken abrufen kann.', 'network_blocked'],
    ['java.lang.InterruptedException: Timeout getting token id=office365', 'network_blocked'],
    ['java.lang.IllegalStateException: No refresh token', 'wrong_scope_or_resource'],
    ['java.lang.SecurityException: Session expired Mon Sep 16 10:00:00 GMT+02:00 2024 < Mon Sep 16 10:30:00 GMT+02:00 2024', 'token_expired_or_invalid'],
    ['This account needs to be authenticated again, which can be done via the quick setup wizard A2 BAD Command Error. 10', 'token_expired_or_invalid'],
    ['Dieses Konto muss erneut authentifiziert werden. Die Authentifizierung kann über den Assistenten für die Schnelleinrichtung erfolgen A2 BAD Command Error. 10', 'token_expired_or_invalid'],
    ["The email server said: 'A2 BAD Command Error. 10'", 'token_expired_or_invalid'],
    ['Run wizard to authenticate again', 'token_expired_or_invalid'],
    ['Assistent zur erneuten Authentifizierung ausführen', 'token_expired_or_invalid'],
    ['The email provider has approved OAuth only for the Play Store and GitHub version', 'wrong_tenant_or_app'],
    ['Der E-Mail-Anbieter hat OAuth nur für die Play-Store- und GitHub-Version freigegeben', 'wrong_tenant_or_app'],
  ]);

  it('Microsoft\'s AADSTS message after FairEmail\'s refresh lines decides', () => {
    assert.equal(first("The email server said: 'AUTHENTICATE failed.\nOAuth refresh provider=office365:oauth\nAADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '00000002-0000-0ff1-ce00-000000000000'.'\nThe error 'AUTHENTICATE failed' can be caused by IMAP/SMTP being disabled by the system administrator"), 'security_policy_blocks');
    assert.equal(first('Token refresh failed provider=office365:oauth error={"type":2,"code":2002,"error":"invalid_grant","errorDescription":"AADSTS700082: The refresh token has expired due to inactivity."}'), 'token_expired_or_invalid');
  });
});

describe('vocabulary: FairEmail hints for Outlook / Office 365', () => {
  expectFirst([
    ["The email server said: 'AUTHENTICATE failed.'\nThe error 'AUTHENTICATE failed' can be caused by IMAP/SMTP being disabled by the system administrator", 'imap_disabled_or_not_connected'],
    ['Der E-Mail-Server meldete: »AUTHENTICATE failed.«\nDer Fehler »AUTHENTICATE failed« kann dadurch verursacht werden, dass IMAP/SMTP vom Systemverwalter deaktiviert wurde', 'imap_disabled_or_not_connected'],
    ["A1 BAD User is authenticated but not connected.\nThe error 'User is authenticated but not connected' mostly means that IMAP is disabled.", 'imap_disabled_or_not_connected'],
    ['A1 BAD User is authenticated but not connected.\nDie Fehlermeldung »User is authenticated but not connected« bedeutet meistens, dass IMAP deaktiviert ist.', 'imap_disabled_or_not_connected'],
    ["The email server said: 'AUTHENTICATE failed.'\nYou must use the Outlook / Office 365 quick setup wizard for this account (required by Microsoft)", 'basic_auth_used'],
    ['Der E-Mail-Server meldete: »AUTHENTICATE failed.«\nSie müssen den Assistenten »Outlook/Office 365« für dieses Konto verwenden (wird von Microsoft vorausgesetzt)', 'basic_auth_used'],
    ['Please double check your email address and password and make sure external access (IMAP/SMTP) is enabled for your account', 'basic_auth_used'],
    ['Bitte überprüfen Sie Ihre E-Mail-Adresse und Ihr Passwort und stellen Sie sicher, dass der externe Zugriff (IMAP/SMTP) für Ihr Konto aktiviert ist', 'basic_auth_used'],
    ['You might need to use an app password', 'basic_auth_used'],
    ['Möglicherweise müssen Sie ein App-Passwort verwenden', 'basic_auth_used'],
    ["Due to changes in Microsoft's security policies, from September 16, 2024, only the Outlook/Hotmail/Live wizard will work.", 'basic_auth_used'],
    ['Ab dem 16. September 2024 wird nur noch der Assistent für Outlook/Hotmail/Live funktionieren. Grund dafür sind Änderungen an den Sicherheitsrichtlinien von Microsoft.', 'basic_auth_used'],
    ['Some of your Outlook/Hotmail/Live accounts will stop working after September 16, 2024', 'basic_auth_used'],
    ['Einige Ihrer Outlook-/Hotmail-/Live-Konten funktionieren nach dem 16. September 2024 möglicherweise nicht mehr', 'basic_auth_used'],
    ['* BYE Too many simultaneous connections. (Failure)', 'throttled'],
    ['A1 NO Too many concurrent connections to this mailbox', 'throttled'],
  ]);

  it('the server\'s reply above FairEmail\'s hint decides', () => {
    assert.equal(first("The email server said: '535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]'\nThe error 'AUTHENTICATE failed' can be caused by IMAP/SMTP being disabled by the system administrator"), 'basic_auth_used');
    assert.equal(first("The email server said: '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.'\nPlease try the 'Outlook/Hotmail/Live' quick setup wizard."), 'smtp_auth_disabled_tenant');
    assert.equal(first('Der E-Mail-Server meldete: »535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.«\nBitte probieren Sie den Assistenten »Outlook/Hotmail/Live« für die Schnelleinrichtung.'), 'smtp_auth_disabled_mailbox');
    assert.equal(first("The email server said: '535 5.7.3 Authentication unsuccessful [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]'\nPlease try the 'Other provider' quick setup wizard."), 'smtp_auth_failed_generic');
  });
});

describe('vocabulary: FairEmail connection and certificate messages', () => {
  expectFirst([
    ["Couldn't connect to host, port: outlook.office365.com, 993; timeout 20000; This might be caused by the VPN that is being used", 'network_blocked'],
    ['Dies kann durch das verwendete VPN verursacht werden', 'network_blocked'],
    ['E-mail servers sometimes block connections through a VPN. If this happens, only the e-mail provider can resolve this.', 'network_blocked'],
    ['Manchmal werden Verbindungen über ein VPN vom E-Mail-Server gesperrt. Nur der E-Mail-Anbieter kann dieses Problem lösen.', 'network_blocked'],
    ["EACCES Please check 'Restrict data usage' in the Android app settings", 'network_blocked'],
    ['No response received from email server', 'network_blocked'],
    ['Email server address lookup failed', 'network_blocked'],
    ['The server or network actively disconnected the connection', 'network_blocked'],
    ['No or no suitable internet connection', 'network_blocked'],
    ['Keine oder keine passende Internetverbindung', 'network_blocked'],
    ['Please double check the port number', 'network_blocked'],
    ['Bitte überprüfen Sie die Portnummer', 'network_blocked'],
    ['Please double check the protocol (SSL/TLS or STARTTLS) Got bad greeting from SMTP host: outlook.office365.com, port: 993, response: * OK The Microsoft Exchange IMAP4 service is ready.', 'tls_problem'],
    ['Bitte überprüfen Sie das Protokoll (SSL/TLS oder STARTTLS)', 'tls_problem'],
    ["Due to Google's Play Store policies, it is no longer possible to support insecure connections to email servers with certificate issues for the version of FairEmail distributed in the Play Store.", 'tls_problem'],
    ['Unsichere Verbindungen zu E-Mail-Servern mit Zertifikatsproblemen werden beim Verwenden der FairEmail-Version aus dem Play Store nicht mehr unterstützt.', 'tls_problem'],
    ['Trust server certificate with fingerprint 3A:4B:5C:6D', 'tls_problem'],
    ['Serverzertifikat mit Fingerabdruck 3A:4B:5C:6D vertrauen', 'tls_problem'],
    ["The email server said: 'xyz'", 'unexpected_server_reply'],
    ['Der E-Mail-Server meldete: »xyz«', 'unexpected_server_reply'],
  ]);

  it('the nested TLS error or the quoted reply decides over FairEmail\'s sentence', () => {
    assert.equal(first("No response received from email server Couldn't connect to host, port: outlook.office365.com, 993; timeout 20000 javax.net.ssl.SSLHandshakeException: java.security.cert.CertPathValidatorException: Trust anchor for certification path not found."), 'tls_problem');
    assert.equal(first("The email server said: '554 5.2.252 SendAsDenied; user@contoso.com not allowed to send as info@contoso.com; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied'"), 'send_as_denied');
    assert.equal(first("The email server said: '550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance.'"), 'outbound_sender_blocked');
  });
});
