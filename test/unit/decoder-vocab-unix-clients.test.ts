/**
 * Linux/Unix mail clients and fetchers (vocab-unix-clients.ts): Evolution, KMail/Akonadi, Claws Mail, getmail6,
 * OfflineIMAP and isync/mbsync, in the wording their sources (and German translations) print, with Microsoft 365
 * host names and accounts filled in.
 */
import { describe } from 'node:test';
import { expectFirst } from '../helpers/decoder-scenarios.js';

describe('vocabulary: GNOME Evolution (English and German)', () => {
  expectFirst([
    ['Failed to refresh access token. Sign to the server again, please.', 'token_expired_or_invalid'],
    ['Zugriffstoken konnte nicht erneuert werden. Bitte melden Sie sich erneut beim Server an.', 'token_expired_or_invalid'],
    ['The access token is expired and it failed to refresh it. Sign to the server again, please.', 'token_expired_or_invalid'],
    ['Der Zugriffs-Token ist abgelaufen und die Erneuerung ist fehlgeschlagen. Bitte melden Sie sich erneut am Server an.', 'token_expired_or_invalid'],
    ['Failed to obtain access token. Sign to the server again, please.', 'token_expired_or_invalid'],
    ['Zugriffs-Token für »max@contoso.com« konnte nicht erlangt werden: ', 'token_expired_or_invalid'],
    ['Plaintext authentication disallowed on insecure connections. Change encryption to STARTTLS or TLS for account “max@contoso.com”.', 'tls_problem'],
    ['Unverschlüsselte Authentifizierung ist auf unsicheren Verbindungen nicht erlaubt. Ändern Sie die Verschlüsselung für das Konto »max@contoso.com« auf STARTTLS oder TLS.', 'tls_problem'],
    ['Failed to connect to SMTP server smtp.office365.com in secure mode: STARTTLS not supported', 'tls_problem'],
    ['Verbindung mit IMAP-Server outlook.office365.com im sicheren Modus ist gescheitert: STARTTLS nicht unterstützt', 'tls_problem'],
    ['SSL/TLS certificate for “outlook.office365.com” is not trusted. Do you wish to accept it?', 'tls_problem'],
    ['SSL/TLS-Zertifikat für »outlook.office365.com« ist nicht vertrauenswürdig. Möchten Sie es akzeptieren?', 'tls_problem'],
    ['Your login to your server “outlook.office365.com” as “max@contoso.com” failed.\nCheck to make sure your password is spelled correctly.', 'basic_auth_used'],
    ['Failed to query server for a list of supported authentication mechanisms.\n', 'network_blocked'],
    ['Failed to connect account “max@contoso.com”.\nThe reported error was “Failed to connect to IMAP server outlook.office365.com in secure mode: STARTTLS not supported”.', 'tls_problem'],
  ]);
});

describe('vocabulary: KDE KMail / Akonadi (English and German)', () => {
  expectFirst([
    ['Login failed, TLS negotiation failed.', 'tls_problem'],
    ['Anmeldung fehlgeschlagen, TLS-Aushandlung fehlgeschlagen.', 'tls_problem'],
    ['STARTTLS is not supported by the server, try using SSL/TLS instead.', 'tls_problem'],
    ['Login failed, plain login is disabled by the server.', 'tls_problem'],
    ['Anmeldung fehlgeschlagen, PLAIN-Anmeldung wird von diesem Server abgelehnt.', 'tls_problem'],
    ['Could not authenticate to the SMTP server because no matching authentication method has been found', 'tls_problem'],
    ['The IMAP server for account Contoso refused the supplied username and password.\nDo you want to try again, or open the settings?\n\n', 'basic_auth_used'],
    ['Der IMAP-Server für den Zugang „Contoso“ hat den angegebenen Benutzernamen und das Passwort zurückgewiesen.', 'basic_auth_used'],
    ['Could not connect to the IMAP-server outlook.office365.com.\n', 'network_blocked'],
    ['Die Verbindung zum IMAP-Server outlook.office365.com kann nicht hergestellt werden.\n', 'network_blocked'],
    ['Disconnected from server during login.', 'network_blocked'],
    ['Funktionstest fehlgeschlagen. Geben Sie bitte den Port und die Authentifizierungsmethode an.', 'network_blocked'],
    ['Es kann keine Verbindung mit dem Server hergestellt werden. Überprüfen Sie die Serveradresse.', 'network_blocked'],
    ['Could not login to outlook.office365.com. The password may be wrong.\n\n', 'basic_auth_used'],
    ['Die Anmeldung mit SASL (PLAIN) ist fehlgeschlagen. Möglicherweise unterstützt der Server PLAIN nicht oder Sie haben ein falsches Passwort eingegeben.\n\n', 'basic_auth_used'],
    ['Login failed, authentication mode XOAuth2 is not supported by the server.', 'tls_problem'],
  ]);
});

describe('vocabulary: Claws Mail', () => {
  expectFirst([
    ['Connection to outlook.office365.com failed: login refused.\n\nOAuth2 error. Check and correct your OAuth2 account preferences.', 'token_expired_or_invalid'],
    ['Verbindung zu outlook.office365.com schlug fehl: Login abgelehnt.\n\nOAuth2 error. Check and correct your OAuth2 account preferences.', 'token_expired_or_invalid'],
    ['Connection to outlook.office365.com failed: login refused.', 'imap_auth_failed_generic'],
    ['OAuth2 access token not obtained', 'token_expired_or_invalid'],
    ['OAuth2 TLS connection error', 'tls_problem'],
    ['Connection to outlook.office365.com:993 failed.', 'network_blocked'],
    ['Verbindung zu smtp.office365.com:587 verfallen.', 'network_blocked'],
    ['Connection to smtp.office365.com:587 closed by the remote host.', 'tls_problem'],
    ['Authorisation NOT completed\nYour OAuth2 authorisation code was not received by Claws Mail', 'bad_client_secret'],
    ['OAuth2 connection error', 'network_blocked'],
    ['error occurred on authentication', 'smtp_auth_failed_generic'],
    ["couldn't start STARTTLS session", 'tls_problem'],
    ['STARTTLS-Sitzung kann nicht gestartet werden', 'tls_problem'],
  ]);
});

describe('vocabulary: getmail6', () => {
  expectFirst([
    ['getmailrc: credential/login error (AUTHENTICATE command error: BAD [b\'User is authenticated but not connected.\'])', 'imap_disabled_or_not_connected'],
    ["getmailrc: IMAP login failed with: LOGIN command error: BAD ['Command Argument Error. 12'].\n                        Tried IMAP authenticate, which also failed with: AUTHENTICATE command error: BAD ['Command Argument Error. 12']", 'basic_auth_used'],
    ['getmailrc: operation error (SSLError during connect ([SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed))', 'tls_problem'],
    ['getmailrc: operation error (error resolving name outlook.office365.com during connect ([Errno -3] Temporary failure in name resolution))', 'network_blocked'],
  ]);
});

describe('vocabulary: OfflineIMAP', () => {
  expectFirst([
    ["No remote oauth2_request_url for repository 'Remote' specified.", 'wrong_tenant_or_app'],
    ['Failed to start TLS connection: [SSL: WRONG_VERSION_NUMBER] wrong version number', 'tls_problem'],
    ["Could not resolve name 'outlook.office365.com' for repository 'Remote'. Make sure you have configured the server name correctly and that you are online.", 'network_blocked'],
    ["Connection to host 'outlook.office365.com:993' for repository 'Remote' was refused. Make sure you have the right host and port configured and that you are actually able to access the network.", 'network_blocked'],
    ["Unknown SSL protocol connecting to host 'outlook.office365.com' for repository 'Remote'. OpenSSL responded:\n[SSL: UNKNOWN_PROTOCOL]", 'tls_problem'],
  ]);
});

describe('vocabulary: isync / mbsync', () => {
  expectFirst([
    ["Note: not using LOGIN because connection is not encrypted;\n      use 'AuthMechs LOGIN' explicitly to force it.", 'tls_problem'],
    ["IMAP command 'AUTHENTICATE XOAUTH2' returned an error: NO", 'token_expired_or_invalid'],
    ["IMAP command 'LOGIN <user> <pass>' returned an error: NO LOGIN failed.", 'basic_auth_used'],
    // Cyrus SASL missing a callback the mechanism needs: the client's SASL set-up, not the token.
    ['Error performing SASL authentication step: SASL(-1): generic failure: Unable to find a callback: 18948', 'imap_auth_failed_generic'],
    ['Error: IMAP wants more steps despite successful SASL authentication.', 'unexpected_server_reply'],
  ]);
});

describe('vocabulary: Unix clients give way to the reply they wrap', () => {
  expectFirst([
    ['Failed to refresh access token. Sign to the server again, please.\n\nDetailed error: AADSTS700082: The refresh token has expired due to inactivity.', 'token_expired_or_invalid'],
    ['Zugriffs-Token konnte nicht von Adresse »https://login.microsoftonline.com/common/oauth2/v2.0/token« erlangt werden: AADSTS7000215: Invalid client secret provided.', 'bad_client_secret'],
    ['Legitimierung gescheitert: AUTHENTICATE failed.', 'imap_auth_failed_generic'],
    ['AUTH command failed: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.', 'smtp_auth_disabled_tenant'],
    ['Login failed, server replied: A000003 NO AUTHENTICATE failed.\nUser is authenticated but not connected.', 'imap_disabled_or_not_connected'],
    ['All authentication types failed:\n\tXOAUTH2: AUTHENTICATE command error: BAD [b\'User is authenticated but not connected.\']', 'imap_disabled_or_not_connected'],
    ["xoauth2handler got: {'error': 'invalid_client', 'error_description': 'AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.'}", 'bad_client_secret'],
    ['error occurred on authentication\n535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.', 'smtp_auth_disabled_mailbox'],
  ]);
});
