/**
 * What Microsoft Graph answers when an app sends or reads mail through it, as Microsoft's Graph documentation quotes it
 * (vocab-kb-graph.ts): ErrorSendAsDenied's message without its code, Conditional Access's insufficient_claims, the basic
 * codes accessDenied / unauthenticated / extensionError with their words, 413 and 509, invalid MIME content in sendMail,
 * and a hybrid mailbox's "REST APIs for this mailbox are currently in preview". Graph's messages are not localized.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary (Graph documentation): sending from another user', () => {
  expectFirst([
    ['The user account which was used to submit this request does not have the right to send mail on behalf of the specified sending account. Cannot submit message.', 'send_as_denied'],
    ['{"error":{"code":"ErrorSendAsDenied","message":"The user account which was used to submit this request does not have the right to send mail on behalf of the specified sending account. Cannot submit message.","innerError":{"request-id":"24e7991e-01ae-4cc2-8e06-532a96fd8948","date":"2019-01-16T18:53:25"}}}', 'send_as_denied'],
  ]);
});

describe('vocabulary (Graph documentation): Conditional Access claims challenge', () => {
  expectFirst([
    ['HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000", error="insufficient_claims", claims="eyJhY2Nlc3MiOnsiYWNycyI6eyJlc3NlbnRpYWwiOnRydWUsInZhbHVlIjoiYzEifX19"', 'security_policy_blocks'],
    ['HTTP 403; Forbidden error=insufficient_claims', 'security_policy_blocks'],
  ]);
});

describe('vocabulary (Graph documentation): basic error codes', () => {
  expectFirst([
    ['{"error":{"code":"accessDenied","message":"The caller doesn\'t have permission to perform the action."}}', 'consent_missing'],
    ['{"error":{"code":"unauthenticated","message":"The caller is not authenticated."}}', 'token_expired_or_invalid'],
    ['{"error":{"code":"extensionError","message":"Error occurred while processing the request."}}', 'mailbox_permission_missing'],
    ['Microsoft.Graph.ServiceException: Code: extensionError', 'mailbox_permission_missing'],
  ]);

  it('Graph\'s exact message for the application access policy stays first beside extensionError', () => {
    assert.equal(first('{"error":{"code":"extensionError","message":"x","innerError":{"code":"ErrorAccessDenied","message":"Access to OData is disabled."}}}'), 'mailbox_permission_missing');
  });

  it('a browser extension\'s ExtensionError is not Graph\'s code', () => {
    assert.notEqual(first('ExtensionError: Invalid extension ID'), 'mailbox_permission_missing');
  });
});

describe('vocabulary (Graph documentation): HTTP statuses 413 and 509', () => {
  expectFirst([
    ['HTTP/1.1 413 Request Entity Too Large', 'message_too_large'],
    ['Response status code does not indicate success: 413 (Request Entity Too Large).', 'message_too_large'],
    ['{"Error":{"code":"BadRequest","message":"The maximum request length supported is 4MB."}}', 'message_too_large'],
    ['{"error": {"code": "BadRequest", "message": "Maximum request length exceeded.", "innerError": {"request-id": "dab8c18c"}}}', 'message_too_large'],
    ['HTTP 509 Bandwidth Limit Exceeded', 'throttled'],
  ]);
});

describe('vocabulary (Graph documentation): sendMail with MIME content', () => {
  expectFirst([
    ['HTTP/1.1 400 Bad Request\n{"error":{"code":"ErrorMimeContentInvalidBase64String","message":"Invalid base64 string for MIME content."}}', 'unexpected_server_reply'],
    ['{"error":{"code":"BadRequest","message":"MIME content does not contain all required information, malformed formatting, or empty."}}', 'unexpected_server_reply'],
  ]);
});

describe('vocabulary (Graph documentation): a mailbox in an Exchange hybrid deployment', () => {
  expectFirst([
    ['REST APIs for this mailbox are currently in preview. You can find more information about the preview REST APIs at https://dev.outlook.com.', 'imap_disabled_or_not_connected'],
  ]);
});
