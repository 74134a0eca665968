/**
 * The messages Microsoft's mail-flow support articles quote (vocab-kb-mailflow.ts): non-delivery reports, SMTP replies
 * and Outlook on the web errors, each as the article prints it (placeholders filled in), read as the cause the article
 * fixes. Microsoft publishes these articles' NDR texts in English only (the NDRs themselves are localised by Exchange,
 * but the articles quote the English ones), so English only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: Microsoft mail-flow articles — the recipient side refuses', () => {
  expectFirst([
    ['OrgExtensionProperties0_LONG_GUID@contoso.onmicrosoft.com\nRemote Server returned \'550 5.6.0 APPROVAL.InvalidExpiry; Cannot read expiry policy. [Stage: OnCreatedEvent][Agent: Approval Processing Agent]"', 'recipient_rejected'],
    ['Delivery has failed to these recipients or groups:\n\nadam@contoso.com\n\nThere\'s a problem with the recipient\'s mailbox. Please try resending the message. If the problem continues, please contact your email admin.\n\nRemote Server returned \'550 5.2.0 RESOLVER.ADR.BadPrimary; recipient primary SMTP address is missing or invalid\'', 'recipient_rejected'],
    ['The recipient\'s mailbox is full and can\'t accept messages now. Please try resending this message later or contact the recipient directly.\n\nDiagnostic information for administrators\nRemote Server returned \'554 5.2.2 mailbox full;\nSTOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionQuotaExceeded\'', 'recipient_rejected'],
    ['Delivery has failed to these recipients or groups:\nAggregateGroupMailbox.A.201708181918@contoso.onmicrosoft.com the recipient\'s mailbox is full and can\'t accept messages now. Please try resending your message later, or contact the recipient directly.', 'recipient_rejected'],
    ['554 5.2.0 STOREDRV.Deliver.Exception:ObjectNotFoundException.MapiExceptionNotFound; Failed to process message due to a permanent exception with message Cannot get ID from name', 'recipient_rejected'],
    ['Remote Server returned \'554 4.3.2 mailbox busy; STOREDRV.Deliver.Exception:StoragePermanentException.MapiExceptionMaxObjsExceeded; Failed to process message due to a permanent exception with message Cannot complete delivery-time processing.', 'recipient_rejected'],
    ['Your message couldn\'t be delivered to the recipient because you don\'t have permission to send to it.', 'recipient_rejected'],
    ['The group Sales Team isn\'t set up to receive messages from Adele Vance.\nMore Info for Email Admins\nStatus code: 550 5.7.193\n550 5.7.193 UnifiedGroupAgent; Delivery failed because the sender isn\'t a group member\nor external senders aren\'t permitted to send to this group.', 'recipient_rejected'],
    // The reply's words alone, without code or agent (a client quoting only its last line).
    ['Delivery failed because the sender isn\'t a group member or external senders aren\'t permitted to send to this group.', 'recipient_rejected'],
    ['external senders aren\'t permitted to send to this group.', 'recipient_rejected'],
    ['The group Sales Team isn\'t set up to receive messages from Adele Vance.', 'recipient_rejected'],
    ['550 5.1.0 Sender denied', 'recipient_rejected'],
    ['Your message wasn\'t delivered due to a permission or security issue. It might have been rejected by a moderator, the address might only accept email from certain senders, or another restriction might be preventing delivery.', 'recipient_rejected'],
    ['Your message to <User@contoso.com> couldn\'t be delivered.\nUser wasn\'t found at <contoso.com>', 'recipient_rejected'],
    ['IMCEAEX-_O=MMS_OU=EXCHANGE+20ADMINISTRATIVE+20GROUP+20+28FYDIBOHF23SPDLT+29_CN=RECIPIENTS_CN=User6ed4e168-addd-4b03-95f5-b9c9a421957358d@mgd.domain.com', 'recipient_rejected'],
    ['550 5.7.505 Access denied, banned recipient', 'recipient_rejected'],
    ['550 5.7.507 Access denied, rejected by recipient', 'recipient_rejected'],
    ['550 5.7.510 Access denied, [contoso.com] does not accept email over IPv6', 'recipient_rejected'],
    ['550 5.7.513 Service unavailable, Client host [203.0.113.25] blocked by fabrikam.com using Customer Block list (AS16012607)', 'recipient_rejected'],
  ]);
});

describe('vocabulary: Microsoft mail-flow articles — the sender\'s set-up, limits and reputation', () => {
  expectFirst([
    ['5.7.1. Unable To Relay: Blocked by Customer Allow list', 'outbound_sender_blocked'],
    ['The message can\'t be submitted because the sender\'s submission quota was exceeded.', 'throttled'],
    ['451 4.4.62 Mail sent to the wrong Office 365 region. ATTR35.', 'not_authenticated'],
    ['452 4.5.3 Too many recipients', 'throttled'],
  ]);
});

describe('vocabulary: Microsoft mail-flow articles — TLS policy and delivery', () => {
  expectFirst([
    ['451 4.7.5 Remote certificate failed MTA-STS validation. Reason: CertificateExpired', 'tls_problem'],
    ['550 5.7.5 Remote certificate failed MTA-STS validation. Reason: NameMismatch', 'tls_problem'],
    ['451 4.4.8 MX hosts of fabrikam.com failed MTA-STS validation', 'tls_problem'],
    ['#550 4.4.7 QUEUE.Expired; message expired ##', 'network_blocked'],
    ['535 5.7.139 Authentication unsuccessful, the federated STS URL does not support HTTPS.', 'tls_problem'],
  ]);
});

describe('vocabulary: Microsoft mail-flow articles — Outlook on the web attachments and a firewall\'s SMTP inspection', () => {
  expectFirst([
    ['The following files weren\'t attached because adding them would cause the message to exceed the maximum size limit of 10 MB: report.pdf.', 'message_too_large'],
    ['The following files couldn\'t be attached: report.pdf. Please try again later.', 'message_too_large'],
    ['220*******************************************************0*2******0***********************', 'unexpected_server_reply'],
    ['220 SMTP/cmap_________________________________________ read', 'unexpected_server_reply'],
    ['C:\\> telnet mail.contoso.com 25\n220*******************************************************0*2******0***********************\n2002*******2***0*00', 'unexpected_server_reply'],
    ['554 5.6.1 Body type not supported by Remote Host', 'unexpected_server_reply'],
  ]);
});

describe('vocabulary: Microsoft mail-flow articles — what stays as it was', () => {
  it('the exact text decides over the code\'s general reading', () => {
    // 4.3.2 alone is the connection limit; with MapiExceptionMaxObjsExceeded it is the recipient's full folder.
    assert.equal(first('421 4.3.2 The maximum number of concurrent connections has exceeded a limit, closing transmission channel'), 'throttled');
    // 5.7.139 alone stays a refused SMTP sign-in; the federated STS wording names the TLS fault.
    assert.equal(first('535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.'), 'smtp_auth_disabled_tenant');
    // "Unable to relay" without the allow-list words is still relaying without sign-in.
    assert.equal(first('550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain'), 'not_authenticated');
    // A client host on Microsoft's own block list is still the sender's reputation.
    assert.equal(first('5.7.1 Service unavailable; Client host [203.0.113.25] blocked using Blocklist 1; To request removal from this list please forward this message to delist@microsoft.com'), 'outbound_sender_blocked');
  });

  it('the server\'s reply inside an NDR decides over the NDR\'s wrapper sentence', () => {
    // The article's own example: the receiving server wanted a signed-in sender.
    assert.equal(first('Delivery has failed to these recipients or groups:\nronald@contoso.com\nYour message wasn\'t delivered due to a permission or security issue. It might have been rejected by a moderator, the address might only accept email from certain senders, or another restriction might be preventing delivery. The following organization rejected your message: mail.contoso.com.\n\nDiagnostic information for administrators:\nGenerating server: alpineskihouse.com\nronald@contoso.com\nmail.contoso.com #<exchange.contoso.com #5.7.1 smtp;530 5.7.1 Client was not authenticated> #SMTP#'), 'not_authenticated');
    assert.equal(first('Delivery has failed to these recipients or groups:\nprinter@contoso.com\nRemote Server returned \'550 5.7.60 SMTP; Client does not have permissions to send as this sender\''), 'send_as_denied');
    assert.equal(first('Remote Server returned \'554 4.3.2 mailbox busy; STOREDRV.Deliver.Exception:StoragePermanentException.MapiExceptionMaxObjsExceeded\''), 'recipient_rejected');
  });
});
