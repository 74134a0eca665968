/**
 * What vocab-office-addins-rpa.ts reads: Office.js single sign-on (getAccessToken, codes 13000–13013, English and German as
 * office.js ships them), Outlook add-ins' legacy Exchange tokens, MSAL.NET's invalid_client sentence as UiPath's Microsoft 365
 * Scope shows it, Power Automate for desktop's e-mail and Exchange actions, Pentaho's Mail and Get Mails job entries —
 * each message as the product prints it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: Office.js single sign-on (getAccessToken)', () => {
  expectFirst([
    ['{"code":13000,"message":"The identity API is not supported for this add-in.","name":"API Not Supported"}', 'wrong_tenant_or_app'],
    ['{"code":13001,"message":"No user is signed into Office.","name":"No user is signed into Office."}', 'not_authenticated'],
    ['Kein Benutzer ist bei Office angemeldet.', 'not_authenticated'],
    ['{"code":13002,"message":"The user did not consent the add-in permissions.","name":"User aborted the consent request."}', 'user_cancelled_or_consent_declined'],
    ['Der Benutzer hat den Add-In-Berechtigungen nicht zugestimmt.', 'user_cancelled_or_consent_declined'],
    ['User identity type is not supported. The identity type of the user is not supported.', 'wrong_tenant_or_app'],
    ['Der Identitätstyp des Benutzers wird nicht unterstützt.', 'wrong_tenant_or_app'],
    ['Error 13004: Invalid resource Url specified in the manifest.', 'wrong_scope_or_resource'],
    ['Ungültige Ressourcen-URL im Manifest angegeben.', 'wrong_scope_or_resource'],
    ['{"code":13005,"message":"Missing grant for this add-in.","name":"Preauthorization missing."}', 'consent_missing'],
    ['Gewährung für dieses Add-In fehlt.', 'consent_missing'],
    ['{"code":13006,"message":"An unexpected error occurred in the client.","name":"Error occurred in the authentication request from Office."}', 'token_expired_or_invalid'],
    ['Fehler in der Authentifizierungsanforderung von Office.', 'token_expired_or_invalid'],
    ['{"code":13007,"message":"An unexpected error occurred on the server.","name":"Error occurred in the authentication provider."}', 'wrong_tenant_or_app'],
    ['The operation failed because this add-in is already requesting an access token.', 'user_cancelled_or_consent_declined'],
    ['The operation failed because this add-in does not support user consent in this category', 'consent_missing'],
    ['A connection was lost during the sign in process, and the user may not be signed in. This was likely due to the user\'s browser configuration settings, such as security zones.', 'network_blocked'],
    ['Während der Anmeldung wurde die Verbindung unterbrochen, und der Benutzer ist möglicherweise nicht angemeldet.', 'network_blocked'],
    ['{"code":13012,"message":"API is not supported in this platform.","name":"API Not Supported"}', 'consent_missing'],
    ['{"code":13013,"message":"This API has been throttled to slow the call frequency.","name":"API Call Failed"}', 'throttled'],
    ['Diese API wurde eingeschränkt, um die Anrufhäufigkeit herabzusetzen.', 'throttled'],
  ]);

  describe('the code with getAccessToken or SSO on the same line', () => {
    expectFirst([
      ['Office.auth.getAccessToken failed with error code 13005', 'consent_missing'],
      ['SSO error 13002 – falling back to the dialog sign-in', 'user_cancelled_or_consent_declined'],
      ['Error 13003 from OfficeRuntime.auth.getAccessToken()', 'wrong_tenant_or_app'],
      ['getAccessToken: 13013', 'throttled'],
    ]);
  });

  it('a bare number without the call beside it is not an SSO code', () => {
    assert.equal(decode('Invoice 13005 was paid on 2024-01-02').causes.length, 0);
  });
});

describe('vocabulary: Outlook add-ins and legacy Exchange tokens', () => {
  expectFirst([
    ['{"status":"failed","error":{"name":"GenericTokenError","message":"An internal error has occurred.","code":9018}}', 'security_policy_blocks'],
    ['OSF.DDA.Error {name: \'GenericTokenError\', message: \'Ein interner Fehler ist aufgetreten.\', code: 9018}', 'security_policy_blocks'],
    ['InternalServerError: The Exchange server returned an error. Please look at the diagnostics object for more information.', 'security_policy_blocks'],
    ['{"name":"InternalServerError","message":"Der Exchange-Server hat einen Fehler zurückgegeben. Weitere Informationen finden Sie im Diagnoseobjekt.","code":9042}', 'security_policy_blocks'],
    ['"Internal protocol error: \'-2147467259\'." and "AccessRestricted".', 'security_policy_blocks'],
    ['TokenAccessDenied: A REST token is only available with ReadWriteMailbox permission when there is no item context.', 'wrong_scope_or_resource'],
    ['The request exceeds the 1 MB size limit. Please modify your EWS request.', 'message_too_large'],
  ]);
});

describe('vocabulary: MSAL.NET invalid_client (UiPath Microsoft 365 Scope)', () => {
  expectFirst([
    ['Microsoft.Identity.Client.MsalServiceException: A configuration issue is preventing authentication - check the error message from the server for details. You can modify the configuration in the application registration portal. See https://aka.ms/msal-net-invalid-client for details.  Original exception: ', 'bad_client_secret'],
  ]);

  it('the AADSTS code after MSAL.NET\'s sentence decides', () => {
    assert.equal(first('A configuration issue is preventing authentication - check the error message from the server for details. You can modify the configuration in the application registration portal. See https://aka.ms/msal-net-invalid-client for details.  Original exception: AADSTS7000218: The request body must contain the following parameter: \'client_assertion\' or \'client_secret\'.'), 'public_vs_confidential_client');
  });
});

describe('vocabulary: Power Automate for desktop e-mail and Exchange actions', () => {
  expectFirst([
    ['Failed to authenticate to the IMAP server', 'basic_auth_used'],
    ['Failed to connect to IMAP server', 'network_blocked'],
    ['Failed to connect to the Exchange server', 'basic_auth_used'],
  ]);

  it('the server\'s reply after the action\'s sentence decides', () => {
    assert.equal(first('Failed to authenticate to the IMAP server. MailKit.Security.AuthenticationException: AUTHENTICATE failed.'), 'imap_auth_failed_generic');
  });
});

describe('vocabulary: Pentaho Mail and Get Mails job entries', () => {
  expectFirst([
    ['Problem while sending message: ', 'smtp_auth_failed_generic'],
    ['Error while connecting to host [outlook.office365.com] with username [etl@contoso.com] on port [993].', 'imap_auth_failed_generic'],
  ]);

  it('Jakarta Mail\'s exception after Pentaho\'s line decides', () => {
    assert.equal(first('Problem while sending message: jakarta.mail.AuthenticationFailedException: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_tenant');
    assert.equal(first('org.pentaho.di.core.exception.KettleException: Error while connecting to host [outlook.office365.com] with username [etl@contoso.com] on port [993].\nCaused by: jakarta.mail.MessagingException: connect timed out;\n  nested exception is:\n\tjava.net.SocketTimeoutException: connect timed out'), 'network_blocked');
  });
});

describe("vocabulary: OWA's GetClientAccessToken reply under an add-in's token error (users' network captures)", () => {
  expectFirst([
    ['{"__type": "GetClientAccessTokenResponseMessage:#Exchange", "Token": null, "MessageText": "Token retrieval is not supported for this organization.", "ResponseCode": "ErrorForbiddenClientAccessTokenRequest", "ResponseClass": "Error"}', 'security_policy_blocks'],
    ['{"Items": [{"__type": "GetClientAccessTokenResponseMessage:#Exchange", "Token": null, "MessageText": "An internal server error occurred. The operation failed., One or more errors occurred.", "ResponseCode": "ErrorInternalServerError", "ResponseClass": "Error"}]}', 'unexpected_server_reply'],
  ]);
  it('GenericTokenError names an intermittent failure on Exchange\'s side second', () => {
    const causes = decode('{"status": "failed", "error": {"name": "GenericTokenError", "message": "An internal error has occurred.", "code": 9018}}').causes;
    assert.deepEqual(causes.slice(0, 2).map((c) => c.category), ['security_policy_blocks', 'unexpected_server_reply']);
  });
});
