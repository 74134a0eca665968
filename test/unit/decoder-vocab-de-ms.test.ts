/**
 * Microsoft's own messages in German (vocab-de-ms.ts): Exchange Online's NDR to a restricted sender, the Entra consent
 * errors, the sign-in page's lockout pages and "You can't get there from here", Outlook's 0x800CCC79 — each as Microsoft's
 * German documentation quotes it, read like its English original.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: Exchange Online NDR to a restricted sender, German', () => {
  expectFirst([
    ['Ihre Nachricht konnte nicht zugestellt werden, da Sie nicht als gültiger Absender erkannt wurden. Der häufigste Grund hierfür ist, dass Ihre e-Mail-Adresse verdächtigt wird, Spam zu senden, und dass keine e-Mails mehr gesendet werden dürfen.  Wenden Sie sich zur Unterstützung an Ihren e-Mail-Administrator.', 'outbound_sender_blocked'],
    ['„Ihre Nachricht konnte nicht übermittelt werden, weil Sie nicht als gültiger Absender erkannt wurden. Der häufigste Grund dafür ist, dass der Verdacht besteht, dass von Ihrer E-Mail-Adresse Spam versandt wurde, und dass deshalb das Senden von E-Mails nicht mehr zugelassen wird.', 'outbound_sender_blocked'],
    ['Der Remoteserver hat „550 Zugriff verweigert, ungültiger ausgehender Absender“ zurückgegeben.', 'outbound_sender_blocked'],
  ]);

  it('reads like the English NDR', () => {
    assert.equal(first("Your message couldn't be delivered because you weren't recognized as a valid sender. The most common reason for this is that your email address is suspected of sending spam and it's no longer allowed to send email."), 'outbound_sender_blocked');
  });
});

describe('vocabulary: Entra consent errors, German', () => {
  expectFirst([
    ['Contoso Mail benötigt eine Berechtigung zum Zugriff auf Ressourcen in Ihrer Organisation, die nur ein Administrator erteilen kann. Bitten Sie einen Administrator, dieser App Berechtigungen zu erteilen, bevor Sie sie verwenden können.', 'consent_missing'],
    ['Contoso Mail benötigt für den Zugriff auf Ressourcen in Ihrer Organisation Berechtigungen, die nur ein Administrator erteilen kann.', 'consent_missing'],
    ['Contoso Mail fordert mindestens eine Berechtigung an, für deren Erteilung Sie nicht autorisiert sind. Wenden Sie sich an einen Administrator, der diese Anwendung in Ihrem Auftrag genehmigen kann.', 'consent_missing'],
    ['Ein Administrator von Contoso hat eine Richtlinie festgelegt, die Sie hindert, Contoso Mail die angeforderten Berechtigungen zu erteilen. Wenden Sie sich an einen Administrator von Contoso, der Berechtigungen für diese App in Ihrem Auftrag erteilen kann.', 'consent_missing'],
    ['Die App hat die Genehmigung für den Zugriff auf Office 365 Exchange Online angefordert. Diese Anforderung ist fehlgeschlagen, da sie nicht damit übereinstimmt, wie die App während ihrer Registrierung vorkonfiguriert wurde. Wenden Sie sich an den App-Hersteller.', 'wrong_scope_or_resource'],
    ['Contoso Mail fordert den Zugriff auf Office 365 Exchange Online an, die in Contoso Ihrer Organisation nicht verfügbar ist.', 'service_principal_missing_or_wrong_id'],
  ]);

  it('the AADSTS code in front still decides', () => {
    assert.equal(first('AADSTS65001: Contoso Mail benötigt eine Berechtigung zum Zugriff auf Ressourcen in Ihrer Organisation, die nur ein Administrator erteilen kann.'), 'consent_missing');
    assert.equal(first('AADSTS50105: Der angemeldete Benutzer ist keiner Rolle für die Anwendung zugewiesen. Ein Administrator von Contoso hat eine Richtlinie festgelegt, die Sie hindert, Contoso Mail die angeforderten Berechtigungen zu erteilen.'), 'user_not_assigned');
  });
});

describe('vocabulary: Entra sign-in page, German account and access pages', () => {
  expectFirst([
    ['Ihr Konto wurde vorübergehend gesperrt, um eine unbefugte Nutzung zu verhindern. Versuchen Sie es später noch mal. Wenden Sie sich an Ihren Administrator, wenn das Problem weiterhin besteht.', 'security_policy_blocks'],
    ['Ihr Konto wurde gesperrt. Wenden Sie sich an einen Supportmitarbeiter, um die Sperre aufheben zu lassen, und wiederholen Sie den Vorgang.', 'security_policy_blocks'],
    ['Sie können von hier aus nicht dorthin gelangen', 'security_policy_blocks'],
  ]);

  it('reads like the English pages', () => {
    assert.equal(first('Your account has been locked. Contact your support person to unlock it, then try again.'), 'security_policy_blocks');
    assert.equal(first("You can't get there from here"), 'security_policy_blocks');
  });
});

describe('vocabulary: Outlook 0x800CCC79, German', () => {
  expectFirst([
    ['Die Nachricht konnte nicht gesendet werden, da einer der Empfänger vom Server nicht akzeptiert wurde. Die nicht akzeptierte E-Mail-Adresse ist "jemand@beispiel.com".', 'not_authenticated'],
  ]);

  it('the server reply Outlook quotes decides over its sentence', () => {
    assert.equal(first('Die Nachricht konnte nicht gesendet werden, da einer der Empfänger vom Server nicht akzeptiert wurde. Die nicht akzeptierte E-Mail-Adresse ist "info@fabrikam.com". Betreff: "Test", Konto: "info@contoso.com", Server: "smtp.office365.com", Protokoll: SMTP, Serverantwort: "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.", Anschluss: 587, Secure (SSL): Nein, Serverfehler: 550, Fehlernummer: 0x800CCC79.'), 'outbound_sender_blocked');
    assert.equal(first('Die Nachricht konnte nicht gesendet werden, da einer der Empfänger vom Server nicht akzeptiert wurde. Serverantwort: "554 5.2.252 SendAsDenied; scanner@contoso.com not allowed to send as info@contoso.com", Fehlernummer: 0x800CCC79.'), 'send_as_denied');
  });
});
