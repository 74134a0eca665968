/**
 * Bare Windows, Office, Teams and Outlook error codes (vocab-win-codes.ts): Web Account Manager numbers (0xCAA…), Win32
 * HRESULTs of WinINet/WinHTTP and Winsock (0x80072…), Schannel/certificate HRESULTs and their negative decimal forms,
 * MAPI numbers, Winsock numbers after "Socket Error #" / "error code", Office's 135011 and "[1001]" — each as it is pasted,
 * often alone; a code is matched only as a whole token, and the sign-in service's or server's own reply beside it decides.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;
/** Some rule read the text (not only guessed from its wording). */
const recognized = (text: string) => {
  const result = decode(text);
  return result.guess === undefined && result.causes.length > 0;
};

describe('vocabulary: Microsoft 365 apps and Teams sign-in numbers (0xCAA…)', () => {
  expectFirst([
    ['Status code: 0xCAA20003\nYou ran into an authorization problem.', 'tls_problem'],
    ['Error Code: CAA20003', 'tls_problem'],
    ['ERROR: 0xCAA50021', 'token_expired_or_invalid'],
    ['Fehlercode: caa50021', 'token_expired_or_invalid'],
    ["You'll need the internet for this.\nWe couldn't connect to one of the services we needed to sign you in. Please check your connection and try again.\nError Code: CAA70007", 'network_blocked'],
    ['Error code: CAA82EE7', 'network_blocked'],
    ['Error code: CAA82EE2', 'network_blocked'],
    ['Error code: CAA20004', 'security_policy_blocks'],
    ['Error code: CAA5001C', 'token_expired_or_invalid'],
    ['Status code: 0xCAA82EFD', 'network_blocked'],
    ['Status code: 0xCAA82F8F', 'tls_problem'],
  ]);

  it('a code inside a longer hex number or word is not read', () => {
    assert.equal(recognized('Received: from inva024 (Postfix) with ESMTP id 30CAA200030;'), false);
    assert.equal(recognized('img/73a7ce2c53d8b5f107b5caa20003601e.png'), false);
  });

  it("Microsoft's sign-in error beside the number decides", () => {
    assert.equal(first('Token provider error code: 0xCAA20003\nAADSTS50126: Error validating credentials due to invalid username or password.'), 'not_authenticated');
    assert.equal(first('Something went wrong [1001]\nAADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.'), 'security_policy_blocks');
  });
});

describe('vocabulary: Office sign-in dialogs (135011, [1001])', () => {
  expectFirst([
    ['Something went wrong\nTo fix this, contact your system administrator and provide the error code 135011.', 'security_policy_blocks'],
    ['Fehlercode: 135011', 'security_policy_blocks'],
    ['Something went wrong [1001]', 'network_blocked'],
  ]);
});

describe('vocabulary: WinINet, WinHTTP and Winsock HRESULTs (0x80072…)', () => {
  expectFirst([
    ['Error code: 0x80072EFD', 'network_blocked'],
    ['Fehlercode: 0x80072efd', 'network_blocked'],
    ['Something went wrong. 0x80072EE7', 'network_blocked'],
    ['[0x80072EE2-00000000-00000000]', 'network_blocked'],
    ['Error code: 0x80072F8F', 'tls_problem'],
    ['0x80072F0D', 'tls_problem'],
    ['0x80072F06', 'tls_problem'],
    ['0x80072746', 'network_blocked'],
    ['0x8007274D', 'network_blocked'],
    ['HRESULT: -2147012867', 'network_blocked'],
    ['ERROR_WINHTTP_CANNOT_CONNECT', 'network_blocked'],
    ['WinHttpSendRequest failed: ERROR_WINHTTP_SECURE_FAILURE', 'tls_problem'],
    ['ERROR_INTERNET_SEC_CERT_DATE_INVALID', 'tls_problem'],
  ]);

  it("the server's reply after the number decides", () => {
    assert.equal(first('The connection to the server was interrupted. Error code 0x80072EFD.\n535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_tenant');
  });
});

describe('vocabulary: Winsock numbers written bare', () => {
  expectFirst([
    ['Socket Error # 10060\r\nConnection timed out.', 'network_blocked'],
    ['Socket Error # 10061', 'network_blocked'],
    ['error code 10061', 'network_blocked'],
    ['Fehlercode: 10054', 'network_blocked'],
    ['The connection failed (10054)', 'network_blocked'],
    ['Socket Error # 11001\r\nHost not found.', 'network_blocked'],
    ['Socket Error # 11004', 'network_blocked'],
    ['WSAEHOSTDOWN', 'network_blocked'],
  ]);

  it('a number that is not an error is not read', () => {
    assert.equal(recognized('Build 16.0.10061.20000'), false);
    assert.equal(recognized('order 100610 shipped'), false);
  });

  it("Microsoft's sign-in error beside the number decides", () => {
    assert.equal(first('error code 10061\nAADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.'), 'bad_client_secret');
  });
});

describe('vocabulary: Schannel and certificate HRESULTs', () => {
  expectFirst([
    ['0x800B010C', 'tls_problem'],
    ['Fehlercode: 0x800b010a', 'tls_problem'],
    ['0x80090352', 'tls_problem'],
    ['0x80090349', 'tls_problem'],
    ['CERT_E_REVOKED', 'tls_problem'],
    ['SEC_E_ISSUING_CA_UNTRUSTED', 'tls_problem'],
    ['HResult: -2146893019', 'tls_problem'],
    ['Exception calling "AuthenticateAsClient": HResult -2146762487', 'tls_problem'],
    ['0x8009030C', 'smtp_auth_failed_generic'],
  ]);
});

describe('vocabulary: MAPI numbers (Outlook classic)', () => {
  expectFirst([
    ["Task 'Microsoft Exchange - Receiving' reported error (0x80040115)", 'network_blocked'],
    ['MAPI_E_NETWORK_ERROR', 'network_blocked'],
    ['0x80040111', 'not_authenticated'],
  ]);

  it("Outlook's own sentence beside the number decides", () => {
    assert.equal(first("Task 'Microsoft Exchange' reported error (0x80040115) : 'The connection to Microsoft Exchange is unavailable.'"), 'basic_auth_used');
  });
});

describe('vocabulary: WinINet / WinHTTP numbers, errno, HTTP statuses as HRESULTs', () => {
  expectFirst([
    ['WinHttp error 12029', 'network_blocked'],
    ['Error 12175', 'tls_problem'],
    ['Internet error 12002', 'network_blocked'],
    ['errno 10054', 'network_blocked'],
    ['errno=10060', 'network_blocked'],
    // FACILITY_HTTP: 0x8019 + the status — 400, 401, 403, 407 (proxy), 429, 503.
    ['Code: 0x80190190', 'token_expired_or_invalid'],
    ['Fehler 0x80190191', 'token_expired_or_invalid'],
    ['0x80190193', 'consent_missing'],
    ['The Offline Address Book download failed: 0x80190197', 'network_blocked'],
    ['0x801901AD', 'throttled'],
    ['0x801901F7', 'throttled'],
  ]);

  it('another number after "error" is none of these', () => {
    assert.deepEqual(decode('Error 12999').causes, []);
    assert.deepEqual(decode('0x80190123').causes, []);
  });
});
