/**
 * Exchange's response codes as EWS and Graph's mail API return them (vocab-ews-codes.ts), in the error bodies
 * applications print.
 */
import { describe } from 'node:test';
import { expectFirst } from '../helpers/decoder-scenarios.js';

describe('vocabulary: Exchange response codes from EWS and Microsoft Graph', () => {
  expectFirst([
    ["{\"error\":{\"code\":\"ErrorInvalidUser\",\"message\":\"The requested user 'info@contoso.com' is invalid.\"}}", 'wrong_tenant_or_app'],
    ["Error in /Mail/SendMessage: The requested user 'max@outlook.com' is invalid.", 'wrong_tenant_or_app'],
    ['Microsoft.Exchange.WebServices.Data.ServiceResponseException: Mailbox does not exist. ErrorNonExistentMailbox', 'imap_disabled_or_not_connected'],
    ["ErrorInvalidLicense: User doesn't have a valid license.", 'imap_disabled_or_not_connected'],
    ['ErrorAccountDisabled: Account is disabled. Contact the account administrator.', 'security_policy_blocks'],
    ['ErrorServerBusy: The server cannot service this request right now. Try again later.', 'throttled'],
    ['"ResponseCode": "ErrorInternalServerError", "Message": "An internal server error occurred. The operation failed."', 'unexpected_server_reply'],
    ['{"error":{"code":"ErrorMailboxStoreUnavailable","message":"The mailbox database is temporarily unavailable."}}', 'throttled'],
    ['Status: 403 (Forbidden) ErrorCode: ErrorExceededMessageLimit', 'throttled'],
    ['{"error":{"code":"ErrorMessageSubmissionBlocked"}}', 'outbound_sender_blocked'],
    ['ServiceResponseException: ErrorExceededConnectionCount', 'throttled'],
    ['HTTP/1.1 400 Bad Request\n{"error":{"code":"ErrorIncorrectRoutingHint","message":"The x-anchor mailbox \'jason@contoso.com\' does not match the target of the request."}}', 'unexpected_server_reply'],
    ['{"error":{"code":"ErrorInvalidRecipients","message":"At least one recipient isn\'t valid., Recipient \'x@contoso\' is not resolved. All recipients must be resolved before a message can be submitted."}}', 'recipient_rejected'],
  ]);
});
