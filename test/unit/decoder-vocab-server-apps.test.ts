/**
 * Self-hosted server applications' own messages (vocab-server-apps.ts): Nextcloud (admin test mail, Mail app),
 * Keycloak's realm SMTP (password and XOAUTH2 token), Grafana, Gitea/Forgejo, Moodle, Roundcube — each as the
 * product prints it, in English and (where the product ships one) German.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: Nextcloud (admin test mail and Mail app)', () => {
  expectFirst([
    ['A problem occurred while sending the email. Please revise your settings. (Error: )', 'smtp_auth_failed_generic'],
    // Symfony's "Connection refused" inside counts together with the sentence.
    ['A problem occurred while sending the email. Please revise your settings. (Error: Connection could not be established with host "smtp.office365.com:587": stream_socket_client(): Unable to connect to smtp.office365.com:587 (Connection refused))', 'network_blocked'],
    ['Beim Senden der E-Mail ist ein Problem aufgetreten. Bitte überprüfen Sie Ihre Einstellungen. (Fehler: )', 'smtp_auth_failed_generic'],
    ['Email could not be sent. Check your mail server log', 'unexpected_server_reply'],
    ['E-Mail konnte nicht versandt werden. Prüfe Dein E-Mail-Server-Protokoll', 'unexpected_server_reply'],
    ['IMAP authentication error', 'imap_auth_failed_generic'],
    ['SMTP-Authentifizierungsfehler', 'smtp_auth_failed_generic'],
    ['IMAP-Verbindung fehlgeschlagen', 'network_blocked'],
    ['Connection failed. Please verify your information and try again', 'imap_auth_failed_generic'],
    ['Dieses Konto kann keine Verbindung herstellen', 'imap_auth_failed_generic'],
    ['Could not refresh Microsoft OAuth token for account 12: Server error', 'token_expired_or_invalid'],
    ['Could not link Microsoft account: Client error: `POST https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token` resulted in a `400 Bad Request` response', 'bad_client_secret'],
    ['Can not finish Microsoft account linking due to missing client secrets', 'wrong_tenant_or_app'],
    ['Horde_Imap_Client_Exception: Mail server denied authentication.', 'imap_auth_failed_generic'],
    ['Connection to IMAP at outlook.office365.com:993 failed. Error connecting to mail server.', 'network_blocked'],
    ['Connection to IMAP at outlook.office365.com:993 failed. Mail server denied authentication.', 'imap_auth_failed_generic'],
  ]);

  it('the server reply or Microsoft error inside decides over Nextcloud\'s sentence', () => {
    assert.equal(first('A problem occurred while sending the email. Please revise your settings. (Error: Failed to authenticate on SMTP server with username "info@contoso.com" using the following authenticators: "LOGIN". Authenticator "LOGIN" returned "Expected response code "235" but got code "535", with message "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.".")'), 'smtp_auth_disabled_tenant');
    assert.equal(first('Could not link Microsoft account: Client error: `POST https://login.microsoftonline.com/common/oauth2/v2.0/token` resulted in a `400 Bad Request` response: {"error":"invalid_grant","error_description":"AADSTS70008: The provided authorization code or refresh token has expired due to inactivity."}'), 'token_expired_or_invalid');
  });
});

describe('vocabulary: Keycloak realm SMTP', () => {
  expectFirst([
    ['org.keycloak.email.EmailException: Error when attempting to send the email to the server. More information is available in the server log.', 'smtp_auth_failed_generic'],
    ['org.keycloak.email.EmailException: Password based SMTP connect failed', 'smtp_auth_failed_generic'],
    ['org.keycloak.email.EmailException: Retry after AuthenticationFailed-Exception for SMTP failed.', 'service_principal_missing_or_wrong_id'],
    ['org.keycloak.email.EmailException: Connect failed for SMTP contoso', 'network_blocked'],
    ['org.keycloak.email.EmailException: No access token found in token-response for SMTP', 'bad_client_secret'],
    ['org.keycloak.email.EmailException: Failed to gather valid token for SMTP', 'network_blocked'],
  ]);

  it('the token endpoint\'s AADSTS error in the log decides, and app-only SMTP points at the service principal', () => {
    assert.equal(first('Got no access_token from response for SMTP auth in realm contoso, response was {"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided."}'), 'bad_client_secret');
    assert.equal(first('Retry after AuthenticationFailed-Exception for SMTP in realm contoso failed response was jakarta.mail.AuthenticationFailedException: 535 5.7.3 Authentication unsuccessful'), 'service_principal_missing_or_wrong_id');
  });
});

describe('vocabulary: Grafana and Gitea/Forgejo', () => {
  expectFirst([
    ['Failed to send notification to email addresses: admin@contoso.com', 'smtp_auth_failed_generic'],
    ['SMTP server does not support AUTH, but credentials provided', 'tls_problem'],
    ['failed to probe SMTP capabilities: dial tcp 52.97.1.1:587: i/o timeout', 'network_blocked'],
    ['Failed to send a testing email to \'admin@contoso.com\': failed to send message via SMTP: ', 'smtp_auth_failed_generic'],
    ['Das Senden der Test-E-Mail an „admin@contoso.com“ ist fehlgeschlagen: ', 'smtp_auth_failed_generic'],
    ['failed to establish network connection to SMTP server: dial tcp: lookup smtp.office365.com: no such host', 'network_blocked'],
    ['could not initiate SMTP session: EOF', 'tls_problem'],
    ['failed to start TLS connection: tls: failed to verify certificate', 'tls_problem'],
    ['failed to authenticate SMTP: ', 'smtp_auth_failed_generic'],
    // Exchange's reply inside decides: AUTH before STARTTLS.
    ['failed to authenticate SMTP: 504 5.7.4 Unrecognized authentication type', 'smtp_auth_failed_generic'],
    ['failed to issue MAIL command: 530 5.7.57 Client not authenticated to send mail', 'not_authenticated'],
  ]);

  it('Exchange\'s reply inside the wrapper decides', () => {
    assert.equal(first('failed to send email: gomail: could not send email 1: 535 5.7.139 Authentication unsuccessful, basic authentication is disabled.'), 'basic_auth_used');
    assert.equal(first("Failed to send a testing email to 'admin@contoso.com': failed to send message via SMTP: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox."), 'smtp_auth_disabled_mailbox');
  });
});

describe('vocabulary: Moodle', () => {
  expectFirst([
    ["Your site couldn't communicate with your mail server. Please check your outgoing mail configuration.", 'network_blocked'],
    ['Die Website kann nicht mit dem E-Mail-Server kommunizieren. Überprüfen Sie die Konfiguration für die ausgehenden E-Mails.', 'network_blocked'],
    ['OAuth refresh token expired for Microsoft on your site https://moodle.contoso.com.', 'token_expired_or_invalid'],
    ['Das OAuth-Aktualisierungstoken für Microsoft auf der Website https://moodle.contoso.com ist abgelaufen.', 'token_expired_or_invalid'],
    ['The system account was not connected for offline access', 'consent_missing'],
    ['Systemaccount nicht verbunden', 'not_authenticated'],
    ["Unable to connect to IMAP server. Failed with 'Mail server denied authentication.'", 'imap_auth_failed_generic'],
    ["Unable to connect to IMAP server. Failed with 'Authentication failed.'", 'imap_auth_failed_generic'],
    ["Unable to connect to IMAP server. Failed with 'Error connecting to mail server.'", 'network_blocked'],
  ]);
});

describe('vocabulary: Roundcube', () => {
  expectFirst([
    ['SMTP Error (535): Authentication failed.', 'smtp_auth_failed_generic'],
    ['SMTP Fehler (535): Die Authentisierung ist fehlgeschlagen.', 'smtp_auth_failed_generic'],
    ['SMTP Error (-1): Connection to server failed.', 'network_blocked'],
    ['SMTP Fehler (-1): Die Verbindung ist fehlgeschlagen.', 'network_blocked'],
    ['SMTP Error: STARTTLS failed:  (Code: )', 'tls_problem'],
    ['SMTP Error (530): Failed to set sender "info@contoso.com" (Authentication required).', 'send_as_denied'],
    ['Connection to storage server failed.', 'network_blocked'],
    ['Verbindung zum Speicherserver fehlgeschlagen.', 'network_blocked'],
    ['IMAP Error: Login failed for info@contoso.com against outlook.office365.com from 203.0.113.7. in rcube_imap.php on line 211', 'imap_auth_failed_generic'],
    ['OAuth login failed. Please try again.', 'bad_client_secret'],
    ['OAuth-Anmeldung fehlgeschlagen. Bitte versuchen Sie es erneut.', 'bad_client_secret'],
    ['OAuth refresh token request failed: Client error: `POST https://login.microsoftonline.com/organizations/oauth2/v2.0/token` resulted in a `400 Bad Request` response', 'token_expired_or_invalid'],
    ['Authorization server or the user denied the request.', 'user_cancelled_or_consent_declined'],
    ['Der Autorisierungsserver oder Benutzer hat die Anfrage abgelehnt.', 'user_cancelled_or_consent_declined'],
    ['Authorization request was invalid or incomplete.', 'wrong_tenant_or_app'],
  ]);

  it('the server reply inside Roundcube\'s message decides', () => {
    assert.equal(first('SMTP Error (535): Authentication failed. SMTP Error: Authentication failure: 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. (Code: 535)'), 'smtp_auth_disabled_mailbox');
    assert.equal(first('IMAP Error: Login failed for info@contoso.com against outlook.office365.com from 203.0.113.7. AUTHENTICATE XOAUTH2: A0001 NO AUTHENTICATE failed.'), 'imap_auth_failed_generic');
  });
});
