/**
 * Internal identifiers pasted alone (vocab-exch-internals.ts): Exchange's store-driver exceptions and an EWS response code,
 * Outlook.com's WASCL verdicts, imapsync's exit and error-type names, and Swift Mailer's / Symfony Mailer's "Expected response
 * code … but got code "…"" read by the reply code when the quoted message says nothing known — and the server's own reply
 * deciding whenever it is there.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: Exchange store-driver exceptions', () => {
  expectFirst([
    ['554 5.2.2 mailbox full; STOREDRV.Submission.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded', 'outbound_sender_blocked'],
    ['554 5.2.2 mailbox full; STOREDRV.Submission.Exception:QuotaExceededException.MapiExceptionQuotaExceeded', 'outbound_sender_blocked'],
    ['STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded', 'recipient_rejected'],
    ['MapiExceptionShutoffQuotaExceeded', 'recipient_rejected'],
    ['STOREDRV.Deliver.Exception:MessageSubmissionExceededException.MapiExceptionMaxSubmissionExceeded; Failed to process message due to a permanent exception with message Cannot save changes made to an item to store.', 'message_too_large'],
    ['MapiExceptionPermanentImportFailure: Data import failed (hr=0x80004005, ec=0) --> Cannot save changes made to an item to store. --> MapiExceptionMaxSubmissionExceeded: Unable to save changes. (hr=0x80004005, ec=1242)', 'message_too_large'],
    ['Cannot save changes made to an item to store. --> MapiExceptionMessagePerFolderCountQuotaExceeded: Unable to save changes. (hr=0x80004005, ec=1252)', 'recipient_rejected'],
    ['RecipientThreadLimitExceeded', 'throttled'],
    ['#550 5.2.0 STOREDRV.Deliver: The Microsoft Exchange Information Store service reported an error. The following information should help identify the cause of this error: "MapiExceptionNotAuthorized:16.18969:57080000', 'recipient_rejected'],
    ['Cannot save changes made to an item to store.', 'message_too_large'],
  ]);

  it('the sending mailbox being full outranks the delivery-side "mailbox full" reading', () => {
    const causes = decode('554 5.2.2 mailbox full; STOREDRV.Submission.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded').causes;
    assert.equal(causes[0]?.category, 'outbound_sender_blocked');
    assert.ok(causes.some((c) => c.category === 'recipient_rejected'));
  });

  it('a known exception beside "Cannot save changes …" decides', () => {
    assert.equal(first('554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message.'), 'send_as_denied');
  });
});

describe('vocabulary: Outlook.com WASCL verdicts', () => {
  expectFirst([
    ['554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; Failed to process message due to a permanent exception with message WASCL UserAction verdict is not None. Actual verdict is RefuseQuota, ShowTierUpgrade.', 'outbound_sender_blocked'],
    ['554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; Failed to process message due to a permanent exception with message [BeginDiagnosticData]WASCL UserAction verdict is not None. Actual verdict is Suspend, ShowTierUpgrade.', 'outbound_sender_blocked'],
    ['WASCL UserAction verdict is not None. Actual verdict is HipSend, ShowTierUpgrade.', 'outbound_sender_blocked'],
  ]);
  it('a quota verdict reads the sending limit second', () => {
    const causes = decode('WASCL UserAction verdict is not None. Actual verdict is RefuseQuota, ShowTierUpgrade.').causes.map((c) => c.category);
    assert.deepEqual(causes.slice(0, 2), ['outbound_sender_blocked', 'throttled']);
  });
});

describe('vocabulary: EWS response code without its message', () => {
  expectFirst([
    ['ErrorInvalidExchangeImpersonationHeaderData', 'mailbox_permission_missing'],
    ['Microsoft.Exchange.WebServices.Data.ServiceResponseException: ErrorInvalidExchangeImpersonationHeaderData', 'mailbox_permission_missing'],
    // Its other message: a user's token sent with the header only app-only tokens take.
    ['<faultcode>a:ErrorInvalidExchangeImpersonationHeaderData</faultcode><faultstring xml:lang="en-US">ExchangeImpersonation SOAP header must not exist for this type of OAuth token.</faultstring>', 'unexpected_server_reply'],
  ]);
});

describe('vocabulary: imapsync exit values and error types', () => {
  expectFirst([
    ['Exiting with return value 161 (EXIT_AUTHENTICATION_FAILURE_USER1) 1/50 nb_errors/max_errors PID 4242', 'imap_auth_failed_generic'],
    ['Exiting with return value 162 (EXIT_AUTHENTICATION_FAILURE_USER2) 1/50 nb_errors/max_errors PID 4242', 'imap_auth_failed_generic'],
    ['Exiting with return value 16 (EXIT_AUTHENTICATION_FAILURE) 1/50 nb_errors/max_errors PID 4242', 'imap_auth_failed_generic'],
    ['Exiting with return value 101 (EXIT_CONNECTION_FAILURE_HOST1) 1/50 nb_errors/max_errors PID 4242', 'network_blocked'],
    ['Exiting with return value 10 (EXIT_CONNECTION_FAILURE) 1/50 nb_errors/max_errors PID 4242', 'network_blocked'],
    ['Exiting with return value 12 (EXIT_TLS_FAILURE) 1/50 nb_errors/max_errors PID 4242', 'tls_problem'],
    ['The most frequent error is ERR_AUTHENTICATION_FAILURE_USER2. Check the credentials for migration@contoso.com.', 'imap_auth_failed_generic'],
    ['The most frequent error is ERR_CONNECTION_FAILURE_HOST2. Check that host2 outlook.office365.com on port 993 is the right IMAP server to be contacted for your mailbox.', 'network_blocked'],
    ['The most frequent error is ERR_APPEND_SIZE. The destination server refuses too big messages. Use --truncmess option. Read https://imapsync.lamiral.info/FAQ.d/FAQ.Messages_Too_Big.txt', 'message_too_large'],
  ]);

  it('the server reply imapsync quotes above its exit line decides', () => {
    assert.equal(first('Host2 failure: Error login on [outlook.office365.com] with user [migration@contoso.com] auth [PLAIN]: 2 NO AUTHENTICATE failed.\nExiting with return value 162 (EXIT_AUTHENTICATION_FAILURE_USER2) 1/50 nb_errors/max_errors PID 4242'), 'basic_auth_used');
  });
});

describe('vocabulary: Swift Mailer / Symfony Mailer reply codes', () => {
  expectFirst([
    ['Expected response code "235" but got code "535"', 'smtp_auth_failed_generic'],
    ['Expected response code 235 but got code "535", with message ""', 'smtp_auth_failed_generic'],
    ['Expected response code "250" but got code "530", with message "530 Access denied"', 'not_authenticated'],
    ['Expected response code "250/251/252" but got code "550", with message "550 Access denied".', 'send_as_denied'],
    ['Expected response code 354 but got code "554", with message "554 Transaction failed"', 'send_as_denied'],
    ['Expected response code "334" but got code "504", with message "504 Unrecognized"', 'smtp_auth_failed_generic'],
    ['Expected response code "250" but got code "552", with message "552 Too much"', 'message_too_large'],
    ['Expected response code "220" but got code "421", with message "421 Service not available"', 'throttled'],
    ['Expected response code 220 but got code "", with message "HTTP/1.1 400 Bad Request"', 'unexpected_server_reply'],
    ['Beim Versand der Test-Mail ist ein Fehler aufgetreten.\nExpected response code "250" but got code "530"', 'not_authenticated'],
    ['Failed to authenticate on SMTP server with username "scanner@contoso.com" using the following authenticators: "LOGIN", "PLAIN", "XOAUTH2". Authenticator "LOGIN" returned "Expected response code "235" but got code "535", with message "535 Authentication failed".".', 'smtp_auth_failed_generic'],
  ]);

  it('the quoted server message decides over the reply code', () => {
    assert.equal(first('Expected response code "250" but got code "550", with message "550 5.7.60 SMTP; Client does not have permissions to send as this sender [AM0PR10MB1234.EURPRD10.PROD.OUTLOOK.COM]".'), 'send_as_denied');
    assert.equal(first('Expected response code "250" but got code "550", with message "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP."'), 'outbound_sender_blocked');
    assert.equal(first('Expected response code 235 but got code "535", with message "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information."'), 'smtp_auth_disabled_tenant');
    assert.equal(first('Expected response code "250" but got code "554", with message "554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception with message Cannot submit message."'), 'throttled');
    assert.equal(first('Beim Versand der Test-Mail ist ein Fehler aufgetreten.\nExpected response code "250" but got code "530", with message "530 5.7.57 Client not authenticated to send mail. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]"'), 'not_authenticated');
  });
});
