/**
 * What German small-business software (shop systems, ERP, invoicing) says when its mail through Microsoft 365 fails
 * (issue 10): the products' own sentences, German first, around (or instead of) the mail library's and the server's
 * texts. Only texts read in the products' own source are here; each group cites its files.
 *
 * - Shopware 5 (shopware5/shopware, commit 8282f117): it sends with Zend_Mail (engine/Library/Zend/Mail, password
 *   sign-in only); the backend shows Zend's exception text after its own sentence — snippets/backend/mail/controller/
 *   main.ini (the e-mail template's test mail: message_sendmail_failure_message), snippets/backend/order/main.ini
 *   (the order status mail: sent_error_title / sent_error_message), snippets/backend/order/controller/main.ini
 *   (send_mail_failed, used in engine/Shopware/Controllers/Backend/Order.php), snippets/backend/index/view/
 *   widgets.ini (merchant/window/messages/error) and snippets/backend/mail_log/main.ini (resend_mail_error_text);
 *   each file's [en_GB] and [de_DE] sections.
 * - Shopware 6 (shopware/shopware): the mailer settings page refuses to save an SMTP (or "SMTP server with OAuth 2")
 *   agent without host or port — src/Administration/Resources/app/administration/src/module/sw-settings-mailer/page/
 *   sw-settings-mailer/index.js saveMailerSettings()/validateSmtpConfiguration(), text card-smtp.error.notificationMessage
 *   in snippet/en.json and snippet/de.json (commit 0359c15f). Its OAuth token and transport messages are in
 *   vocab-business-apps.ts and are not repeated.
 * - OXID eShop CE (OXID-eSales/oxideshop_ce, commit c6291bb1): source/Core/Email.php sendMailErrorMsg() — when sending
 *   by SMTP (PHPMailer) and then by mail() fails, the shop owner gets "eMail problem in shop!" with "Error sending
 *   eMail(<subject>) to: … Error : <PHPMailer ErrorInfo>"; the text is not translated.
 * - OpenXE (OpenXE-org/OpenXE, commit b24e9733), the open-source continuation of Xentral's open-source edition:
 *   www/lib/class.erpapi.php (sending a document: "Die E-Mail konnte nicht versendet werden! (Mailer Error: …)"),
 *   www/pages/emailbackup.php (the account's test mail: "Fehler beim Versenden der Testmail: …") and
 *   classes/Components/MailClient/Client/ImapMailClient.php (IMAP AUTHENTICATE XOAUTH2 answered NO / BAD: "OAuth access
 *   denied: <reply>", "OAuth login error: <reply>"). German only, as the product prints it.
 *
 * Not here: Gambio's source is not public and its manual (gambio/manual src/docs/08_Konfiguration_und_Einstellungen/
 * Konfiguration/5_02_E_Mail_Optionen.md) quotes no error text. JTL-Wawi / JTL-Shop, Xentral (the commercial cloud
 * edition), weclapp, Lexware (lexoffice, Warenwirtschaft, faktura), sevDesk, DATEV, orgaMAX, WISO MeinBüro,
 * plentymarkets, Sage 50/100, Haufe X360, microtech büro+, SelectLine, Agenda, Collmex, Billomat and easybill: no help
 * page or source with their mail error wording was found in the stored material, so none is added for them.
 *
 * Every sentence here only wraps the reply of the library or the server; it gives way to that reply (`yieldsTo`)
 * and alone stays weak. Only Shopware 6's settings check names its cause by itself (no host or no port entered).
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/** What fails when an SMTP send fails and the product shows no reply: the sign-in most often, else the connection. */
const SEND_FAILED = [p('smtp_auth_failed_generic', 0.3), p('network_blocked', 0.2)] as const;

/** Shopware 5 backend: the wrappers around Zend_Mail's exception text, English and German. */
const SHOPWARE5: readonly Rule[] = [
  // Mail templates → "Send test mail" (themes/Backend/ExtJs/backend/mail/controller/main.js: the default text has
  // "Errormessage:", the snippet "Error message:"); the exception text follows on the same line.
  pattern('shopware5-test-mail-failed', 'product', 1, [
    phrase('Email could not be sent. Error message:'), phrase('Email could not be sent. Errormessage:'),
    phrase('Die E-Mail konnte nicht versendet werden. Fehlermeldung:'),
  ], SEND_FAILED, { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  // Orders → status mail: title and message of the error window, then the exception text.
  pattern('shopware5-status-mail-failed', 'product', 1, [
    phrase('An error occurred while attempting to send the status mail:'),
    phrase('Es ist ein Fehler beim Senden der E-Mail aufgetreten:'),
    `^ ?${phrase('Die E-Mail konnte nicht gesendet werden')}\\.? ?$`,
    phrase('Error when sending mail. Error:'), phrase('Fehler beim Versenden der Mail. Fehler:'),
  ], SEND_FAILED, { yieldsTo: ['server-reply', 'tls', 'sign-in'], flags: 'im' }),
  // The merchant widget's reply mail and the mail log's "resend": no reply shown at all.
  pattern('shopware5-merchant-mail-failed', 'product', 1, [
    phrase('Die E-Mail konnte nicht erfolgreich versendet werden.'), `^ ?${phrase('The mail could not be sent.')} ?$`,
    phrase('No E-Mail was sent'), phrase('Es wurde keine E-Mail gesendet'),
  ], SEND_FAILED, { yieldsTo: ['server-reply', 'tls', 'sign-in'], flags: 'im' }),
];

/** Shopware 6 mailer settings: SMTP chosen, host or port left empty — nothing is saved, nothing is sent. */
const SHOPWARE6: readonly Rule[] = [
  pattern('shopware6-smtp-config-invalid', 'product', 2, [
    phrase('The SMTP configuration you entered seems to be invalid.'),
    phrase('Die eingegebene SMTP-Konfiguration scheint fehlerhaft zu sein.'),
  ], [p('network_blocked', 0.5), p('unexpected_server_reply', 0.2)]),
];

/** OXID eShop: the owner's notification after SMTP and mail() both failed; PHPMailer's ErrorInfo follows "Error :". */
const OXID: readonly Rule[] = [
  pattern('oxid-mail-problem', 'product', 1, [
    `${phrase('Error sending eMail(')}[^)\\n]{0,200}\\) ?${phrase('to:')}`, phrase('eMail problem in shop!'),
  ], SEND_FAILED, { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
];

/** OpenXE (Xentral open source): sending a document, the account's test mail, and IMAP sign-in with XOAUTH2. */
const OPENXE: readonly Rule[] = [
  pattern('openxe-document-mail-failed', 'product', 1, [
    `${phrase('Die E-Mail konnte nicht versendet werden!')} ?\\(`, phrase('Fehler beim Versenden der Testmail:'),
  ], SEND_FAILED, { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
  // AUTHENTICATE XOAUTH2 answered "NO …" / "BAD …"; Exchange's reply text follows and decides. Alone: the token was
  // refused (wrong scope, no mailbox permission, expired).
  pattern('openxe-imap-oauth-denied', 'product', 1, [phrase('OAuth access denied:'), phrase('OAuth login error:')], [
    p('imap_auth_failed_generic', 0.45), p('token_expired_or_invalid', 0.25),
  ], { yieldsTo: ['server-reply', 'sign-in'] }),
];

/** Every rule of this vocabulary. */
export const GERMAN_SMB_VOCABULARY_RULES: readonly Rule[] = [...SHOPWARE5, ...SHOPWARE6, ...OXID, ...OPENXE];
