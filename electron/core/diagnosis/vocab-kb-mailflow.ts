/**
 * What Microsoft's own mail-flow support articles quote when mail through Microsoft 365 / Exchange is refused or stuck
 * (issue 10): the non-delivery reports, SMTP replies, queue and connector-log lines of the articles under
 * learn.microsoft.com/troubleshoot/exchange/email-delivery/ and …/exchange/mailflow/ (source: the MicrosoftDocs/
 * OfficeDocs-Support repository, Exchange/ExchangeOnline/email-delivery and Exchange/ExchangeServer/mailflow). Each
 * message maps to the category of what the article says fixes it; each group cites its article.
 *
 * Only messages the decoder did not know (no cause, a guess) or read as another cause than the article's fix are here;
 * the rest of these articles' messages (5.7.57, 5.7.64, 5.7.12/124/133–136, 5.1.1/5.1.10, the DANE and MTA-STS 4.7.32x
 * codes, 5.7.60, TLS negotiation failures, 5.2.11 SendSizeLimit …) the decoder already reads as the articles do.
 * Wording the articles give only with placeholders ("The group <group name> isn't set up …") is matched without them.
 *
 * 5.1.20 multiple From addresses, 5.6.11 bare line feeds and 5.7.512 RFC 5322 From are read by patterns-smtp.ts.
 *
 * Not here, because no category names their fix (see the session report): 5.0.350 "x-dg-ref header is too long" and
 * "policy violation detected (AS345)" (message format), 5.6.0 "Invalid message content" / "Corrupt message content",
 * 5.4.6/5.4.14 hop count (routing loop), 5.3.190 journaling, 5.7.506 Bad HELO, Exchange Server's "412 4.3.2 Service not active" (maintenance
 * mode) and "431 4.3.1 STOREDRV; disk is full", 535 5.7.139 "federated STS service was unreachable" (the customer's
 * federation server), and the admin-centre errors about connectors and transport rules.
 */
import { enhanced, p, pattern, phrase, type Rule } from './pattern-kit.js';

/**
 * The recipient's side refuses or cannot take the message; the sender's sign-in and set-up are not the cause.
 * - learn.microsoft.com/troubleshoot/exchange/email-delivery/ndr/550-5-6-0-approval-invalidexpiry-cannot-read-expiry-poilcy-error
 *   (moderated group without a retention tag for moderation: the recipient organization's admin fixes it)
 * - …/email-delivery/ndr/badprimary-ndr ("550 5.2.0 RESOLVER.ADR.BadPrimary", the contact's address; the NDR's user text
 *   "There's a problem with the recipient's mailbox.")
 * - …/email-delivery/ndr/cannot-send-mail-mepf ("554 5.2.2 mailbox full", public folder quota) and
 *   …/email-delivery/ndr/ndr-received-send-emails-microsoft365-groups ("AggregateGroupMailbox … mailbox is full")
 * - …/email-delivery/ndr/mapiexceptionnotfound-ndr ("Cannot get ID from name": the recipient's Clutter folder is missing)
 * - …/email-delivery/ndr/remote-server-returned-mailbox-busy ("554 4.3.2 mailbox busy … MapiExceptionMaxObjsExceeded":
 *   a folder of the recipient holds a million items — not the 4.3.2 connection limit)
 * - …/email-delivery/ndr/fix-error-code-550-5-7-1-in-exchange-online ("Your message couldn't be delivered to the recipient
 *   because you don't have permission to send to it.": the recipient's accept list)
 * - …/email-delivery/ndr-when-external-users-send-email-to-microsoft-365-group (550 5.7.193 UnifiedGroupAgent)
 * - …/email-delivery/ndr/non-delivery-reports-in-exchange-online (the NDR text "Your message wasn't delivered due to a
 *   permission or security issue. It might have been rejected by a moderator, the address might only accept email from
 *   certain senders …")
 * - …/email-delivery/ndr/fix-error-code-550-5-1-0-in-exchange-online ("5.1.0 Sender denied": the recipient blocks you)
 * - …/email-delivery/ndr/recipientnotfound-ndr (the NDR's "User wasn't found at <contoso.com>") and
 *   …/email-delivery/imceaex-ndr (an "IMCEAEX-…" recipient: a stale LegacyExchangeDN, fixed with an X500 address)
 * - …/email-delivery/ndr/non-delivery-reports-in-exchange-online (5.7.505 banned recipient, 5.7.507 rejected by recipient,
 *   5.7.510 no IPv6, 5.7.513 the recipient domain's own Customer Block list: "contact the recipient")
 */
const RECIPIENT_SIDE: readonly Rule[] = [
  pattern('kb-approval-invalid-expiry', 'smtp-submit', 3, [phrase('APPROVAL.InvalidExpiry'), phrase('Cannot read expiry policy')], [
    p('recipient_rejected', 0.65),
  ]),
  pattern('kb-bad-primary', 'smtp-submit', 3, [
    phrase('RESOLVER.ADR.BadPrimary'), phrase('recipient primary SMTP address is missing or invalid'),
  ], [p('recipient_rejected', 0.8)]),
  // Exchange Online's NDR heading when a server outside Microsoft 365 refused the message ("<host> rejected your message to the
  // following email addresses:", then "… an email server outside Office 365 reported an error …"), and Outlook's older
  // heading "The following recipient(s) cannot be reached:". As the NDRs print them in English, German, Spanish and Dutch
  // (captured NDRs in the development data, pastebin.com/7uyQfD4d, /qSHqkmLq, /27RYDbGs, /9LAaRhhi, /mig48MuG). The
  // receiving side's reply below the heading decides (same family, more specific); alone, the recipient's server refused.
  pattern('kb-ndr-remote-rejected', 'smtp-submit', 2, [
    phrase('rejected your message to the following email addresses'), phrase('rejected your message to the following e-mail addresses'),
    phrase('hat Ihre Nachricht an die folgenden E-Mail-Adressen zurückgewiesen'),
    phrase('rechazó tus mensajes a las siguientes direcciones de correo'),
    phrase('heeft uw bericht naar de volgende e-mailadressen geweigerd'),
    `${phrase('The following recipient')}(?:\\(s\\)|s)? ${phrase('cannot be reached')}`, phrase('No se puede localizar a los destinatarios siguientes'),
  ], [p('recipient_rejected', 0.6), p('outbound_sender_blocked', 0.3)]),
  pattern('kb-recipient-mailbox-problem', 'smtp-submit', 2, [
    phrase("There's a problem with the recipient's mailbox. Please try resending the message"),
  ], [p('recipient_rejected', 0.6)]),
  // The NDR's user text for 5.7.x refusals (the article's example): the server's own reply below it decides (same family, more specific).
  pattern('kb-ndr-permission-or-security', 'smtp-submit', 2, [
    phrase("Your message wasn't delivered due to a permission or security issue"),
  ], [p('recipient_rejected', 0.6)]),
  pattern('kb-mailbox-full', 'smtp-submit', 3, [
    `${enhanced('5.2.2')} ?${phrase('mailbox full')}`, phrase('QuotaExceededException.MapiExceptionQuotaExceeded'),
    phrase("the recipient's mailbox is full and can't accept messages now"),
    // The same in other NDRs' and clients' words ("… because the recipient's mailbox is full", "Postfach des Empfängers ist voll").
    phrase("recipient's mailbox is full"), phrase('recipient mailbox is full'), phrase('Postfach des Empfängers ist voll'),
  ], [p('recipient_rejected', 0.8)]),
  pattern('kb-cannot-get-id-from-name', 'smtp-submit', 3, [
    phrase('ObjectNotFoundException.MapiExceptionNotFound'), phrase('permanent exception with message Cannot get ID from name'),
  ], [p('recipient_rejected', 0.6)]),
  // Above the 4.3.2 connection-limit rule's 0.92 (patterns-smtp.ts 'smtp-4.3.2-concurrent'): this 4.3.2 is the item limit.
  pattern('kb-mailbox-busy-max-objs', 'smtp-submit', 3, [
    phrase('MapiExceptionMaxObjsExceeded'), phrase('permanent exception with message Cannot complete delivery-time processing'),
  ], [p('recipient_rejected', 0.95)]),
  pattern('kb-no-permission-to-send-to-recipient', 'smtp-submit', 3, [
    phrase("couldn't be delivered to the recipient because you don't have permission to send to it"),
    // The same article's list of causes: "You don't have permission to send to the recipient." / "The recipient is a group,
    // and you don't have permission to send to the group".
    `(?:do not|don't) ${phrase('have permission to send to the')} (?:recipient|group)\\b`,
  ], [p('recipient_rejected', 0.8)]),
  // The 5.1.0 article's cause in English and German ("The destination email server that generated the error 5.1.0 doesn't
  // accept messages from you (the sender) or for the recipient." / "… akzeptiert keine Nachrichten von Ihnen (dem Absender) oder
  // Nachrichten für den Empfänger."): the recipient's side refuses this sender.
  pattern('kb-5.1.0-destination-refuses', 'smtp-submit', 3, [
    phrase("doesn't accept messages from you (the sender)"), phrase('akzeptiert keine Nachrichten von Ihnen (dem Absender)'),
  ], [p('recipient_rejected', 0.6), p('outbound_sender_blocked', 0.3)]),
  pattern('kb-group-not-set-up-for-sender', 'smtp-submit', 3, [
    enhanced('5.7.193'), phrase('UnifiedGroupAgent; Delivery failed because the sender isn'),
    `${phrase('The group')} ?[^\\n]{1,120}? ?${phrase("isn't set up to receive messages from")}`,
    // The reply's own words without its code or agent, as a client quotes them (the same page).
    phrase("Delivery failed because the sender isn't a group member"), phrase("external senders aren't permitted to send to this group"),
  ], [p('recipient_rejected', 0.85)]),
  pattern('kb-sender-denied', 'smtp-submit', 3, [`${enhanced('5.1.0')} ?${phrase('Sender denied')}`], [p('recipient_rejected', 0.65)]),
  pattern('kb-user-not-found-at', 'smtp-submit', 3, [`${phrase("User wasn't found at")} ?<?[a-z0-9.-]{1,255}`], [p('recipient_rejected', 0.75)]),
  // The address the NDR prints for an X.500 recipient Exchange cannot resolve.
  pattern('kb-imceaex-recipient', 'smtp-submit', 3, ['\\bIMCEAEX-_?O='], [p('recipient_rejected', 0.7)], { flags: '' }),
  pattern('kb-recipient-refuses', 'smtp-submit', 3, [
    `${enhanced('5.7.505')} ?${phrase('Access denied, banned recipient')}`,
    `${enhanced('5.7.507')} ?${phrase('Access denied, rejected by recipient')}`,
    phrase('does not accept email over IPv6'),
  ], [p('recipient_rejected', 0.8)]),
  // Above the generic "Client host [IP] blocked" (patterns-smtp.ts, outbound_sender_blocked 0.95): here the recipient's
  // domain blocks the sender, and only the recipient can lift it.
  pattern('kb-customer-block-list', 'smtp-submit', 3, [
    `${phrase('blocked by')} ?[a-z0-9.-]{1,255} ?${phrase('using Customer Block list')}`, enhanced('5.7.513'),
  ], [p('recipient_rejected', 0.97)]),
];

/**
 * The sender's own set-up or reputation.
 * - …/email-delivery/ndr/unable-to-relay-blocked-by-allow-list ("5.7.1. Unable To Relay: Blocked by Customer Allow list":
 *   the sending server's IP is on a block list; the generic "Unable to relay" reads as relaying without sign-in)
 * - …/email-delivery/ndr/fix-error-for-submission-quota-exceeded-in-exchange-online (recipient rate limit: wait a day)
 * - …/email-delivery/wrong-office-365-region-exo and …/email-delivery/fix-issues-with-printers-scanners-and-lob-applications-
 *   that-send-email-using-off: "451 4.4.62 Mail sent to the wrong Office 365 region. ATTR35." — mail not attributed to the
 *   tenant: a wrong smart host, or no inbound connector for the device (the printers article groups it with 5.7.64)
 * - …/email-delivery/ndr/non-delivery-reports-in-exchange-online: 4.5.3 "Too many recipients" (more than 200 envelope
 *   recipients of one domain: send in smaller batches)
 */
const SENDER_SIDE: readonly Rule[] = [
  pattern('kb-blocked-by-customer-allow-list', 'smtp-submit', 3, [phrase('Unable To Relay: Blocked by Customer Allow list')], [
    p('outbound_sender_blocked', 0.85),
  ]),
  pattern('kb-submission-quota-exceeded', 'smtp-submit', 3, [phrase("The message can't be submitted because the sender's submission quota was exceeded")], [
    p('throttled', 0.9),
  ]),
  pattern('kb-attr35-wrong-region', 'smtp-submit', 3, [phrase('Mail sent to the wrong Office 365 region'), `${enhanced('4.4.62')}[^\\n]{0,60}ATTR35`], [
    p('not_authenticated', 0.6), p('network_blocked', 0.45),
  ]),
  pattern('kb-too-many-recipients', 'smtp-submit', 3, [`${enhanced('4.5.3')} ?${phrase('Too many recipients')}`], [p('throttled', 0.6)]),
];

/**
 * TLS and delivery to the destination.
 * - …/email-delivery/ndr/non-delivery-reports-in-exchange-online: 4.7.5/5.7.5 "Remote certificate failed MTA-STS
 *   validation", 4.4.8/5.4.8 "MX hosts of <domain> failed MTA-STS validation" (the destination's TLS policy), and
 *   "#550 4.4.7 QUEUE.Expired; message expired" with …/email-delivery/ndr/fix-error-code-550-4-4-7-in-exchange-online
 *   (the destination is offline or unreachable; the decoder reads 5.4.300 "Message expired" the same way)
 * - …/email-delivery/fix-issues-with-printers-scanners-and-lob-applications-that-send-email-using-off:
 *   "535 5.7.139 Authentication unsuccessful, the federated STS URL does not support HTTPS." (federation server without TLS 1.2)
 */
const DELIVERY_TLS: readonly Rule[] = [
  pattern('kb-mta-sts-certificate', 'smtp-submit', 3, [phrase('Remote certificate failed MTA-STS validation')], [p('tls_problem', 0.75)]),
  pattern('kb-mta-sts-mx', 'smtp-submit', 3, [`${phrase('MX hosts of')} ?[^\\s]{1,255} ?${phrase('failed MTA-STS validation')}`], [p('tls_problem', 0.6)]),
  pattern('kb-queue-expired', 'smtp-submit', 3, [phrase('QUEUE.Expired; message expired'), `${enhanced('4.4.7')} ?${phrase('Message expired')}`], [
    p('network_blocked', 0.5),
  ]),
  // Silences the generic 5.7.139 (patterns-smtp.ts 'smtp-5.7.139', same family, less specific).
  pattern('kb-federated-sts-https', 'smtp-auth', 3, [phrase('the federated STS URL does not support HTTPS')], [p('tls_problem', 0.7)]),
];

/**
 * Size limits in Outlook on the web (Exchange Server): learn.microsoft.com/troubleshoot/exchange/mailflow/cannot-add-attachment-outlook-web
 * and …/mailflow/owa-cannot-attach-large-files (both: raise the message size limits). "… Please try again later." is no
 * throttling here, so the weight stays above patterns-smtp.ts 'throttled-word'.
 */
const OWA_SIZE: readonly Rule[] = [
  pattern('kb-owa-attachment-size-limit', 'client', 3, [
    phrase("The following files weren't attached because adding them would cause the message to exceed the maximum size limit"),
  ], [p('message_too_large', 0.85)]),
  pattern('kb-owa-attachment-failed', 'client', 2, [phrase("The following files couldn't be attached:")], [p('message_too_large', 0.65)]),
];

/**
 * A Cisco PIX/ASA firewall's SMTP inspection (Mailguard) between the mail client or server and Exchange:
 * learn.microsoft.com/troubleshoot/exchange/mailflow/cannot-send-receive-email-behind-cisco-firewall — it masks the
 * greeting ("220****…", old versions "220 SMTP/cmap____ read"), strips AUTH and garbles BINARYMIME ("554 5.6.1 Body type
 * not supported by Remote Host"). Turning Mailguard off (the firewall answering in the server's place) fixes it.
 */
const FIREWALL_SMTP_INSPECTION: readonly Rule[] = [
  pattern('kb-mailguard-banner', 'smtp-submit', 3, ['(?:^|\\s)220\\*{10,80}[0-9*]{0,80}', '\\b220 SMTP/cmap_{3,80}'], [
    p('unexpected_server_reply', 0.7), p('network_blocked', 0.3),
  ], { flags: '' }),
  pattern('kb-mailguard-body-type', 'smtp-submit', 3, [`${enhanced('5.6.1')} ?${phrase('Body type not supported by Remote Host')}`], [
    p('unexpected_server_reply', 0.5), p('network_blocked', 0.3),
  ]),
];

/** Every rule from Microsoft's mail-flow support articles (patterns.ts). */
export const KB_MAILFLOW_VOCABULARY_RULES: readonly Rule[] = [
  ...RECIPIENT_SIDE, ...SENDER_SIDE, ...DELIVERY_TLS, ...OWA_SIZE, ...FIREWALL_SMTP_INSPECTION,
];
