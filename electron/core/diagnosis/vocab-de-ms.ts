/**
 * Microsoft's own error messages in German, as German-speaking admins paste them (issue 10): the Microsoft Entra sign-in
 * and consent pages, Exchange Online's non-delivery report for a restricted sender. Each rule gives
 * the German text the reading its English original has (the AADSTS code or English message named at each group); only texts
 * that decoded to nothing, to a guess or to another first cause are here. Every wording was read in Microsoft's German
 * documentation (the localized MicrosoftDocs repositories, support.office.com/de-de); each group cites it.
 *
 * Not here, not confirmed in a German Microsoft source: the Conditional Access pages' German titles ("You cannot access this
 * right now", "Your sign-in was successful but does not meet the criteria to access this resource" — their German forms were
 * found in no Microsoft text read), the consent page's title "Need admin approval" in a German form other than
 * "Administratorgenehmigung erforderlich" (patterns-signin.ts has it), the MFA registration page ("More information required"),
 * Microsoft 365 Apps' "Something went wrong [1001]" and Outlook's "The server does not support the connection encryption type
 * you have specified" in German. Left out on purpose, because their English originals decode only as a guess: the NDR headers
 * "Zustellung an folgende Empfänger oder Gruppen fehlgeschlagen" / "Ihre Nachricht konnte nicht zugestellt werden" (the
 * status code in the report decides), "Wir konnten Sie nicht anmelden", "Es gab ein Problem mit Ihrem Konto".
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/**
 * Exchange Online's NDR to a sender restricted for outbound spam (English: "Your message couldn't be delivered because you
 * weren't recognized as a valid sender …" / "550 5.1.8 Access denied, bad outbound sender", read by patterns-smtp.ts
 * smtp-outbound-blocked). German as Microsoft's German documentation quotes it:
 * MicrosoftDocs/OfficeDocs-O365SecComp-pr.de-DE SecurityCompliance/removing-user-from-restricted-users-portal-after-spam.md
 * ("Ihre Nachricht konnte nicht zugestellt werden, da Sie nicht als gültiger Absender erkannt wurden. Der häufigste Grund
 * hierfür ist, dass Ihre e-Mail-Adresse verdächtigt wird, Spam zu senden … Der Remote Server hat "550 5.1.8 Zugriff verweigert,
 * fehlerhafter Absender" zurückgegeben."); the later translation of the same article (ms.locfileid 50261549, "Entfernen von
 * blockierten Benutzern aus dem Portal "Eingeschränkte Benutzer"", in the de-DE Microsoft 365 docs) words it "Ihre Nachricht
 * konnte nicht übermittelt werden, weil Sie nicht als gültiger Absender erkannt wurden. … Der Remoteserver hat „550 5.1.8
 * Zugriff verweigert, ungültiger ausgehender Absender" zurückgegeben." An admin lifts the restriction (Restricted users).
 */
const RESTRICTED_SENDER: readonly Rule[] = [
  pattern('de-ms-ndr-restricted-sender', 'smtp-submit', 3, [
    phrase('nicht als gültiger Absender erkannt'), phrase('Zugriff verweigert, fehlerhafter Absender'),
    phrase('Zugriff verweigert, ungültiger ausgehender Absender'), phrase('verdächtigt wird, Spam zu senden'),
  ], [p('outbound_sender_blocked', 0.95), p('throttled', 0.3)]),
];

/**
 * The Entra consent errors in German (English originals AADSTS90094 "… needs permission to access resources in your
 * organization that only an admin can grant", patterns-signin.ts signin-admin-approval; AADSTS90093 "… is requesting one or
 * more permissions that you are not authorized to grant" and "An administrator of <tenant> has set a policy that prevents you
 * from granting <app> the permissions it is requesting"; AADSTS65005, aadsts-codes.ts). German as Microsoft's German
 * documentation quotes them: superfliege/azure-docs.de-de articles/active-directory/application-sign-in-unexpected-user-consent-error.md
 * (90093, 90094, 65005) and the azure-docs.de-de translation of the risky-app consent article ("<app> benötigt eine Berechtigung
 * zum Zugriff auf Ressourcen in Ihrer Organisation, die nur ein Administrator erteilen kann. Bitten Sie einen Administrator,
 * dieser App Berechtigungen zu erteilen, bevor Sie sie verwenden können."); another German Microsoft article words it "… benötigt
 * für den Zugriff auf Ressourcen in Ihrer Organisation Berechtigungen, die nur ein Administrator erteilen kann" (same ending).
 */
const CONSENT: readonly Rule[] = [
  pattern('de-ms-consent-admin-only', 'entra-ui', 3, [
    phrase('die nur ein Administrator erteilen kann'), phrase('Bitten Sie einen Administrator, dieser App Berechtigungen zu erteilen'),
    phrase('für deren Erteilung Sie nicht autorisiert sind'),
    `${phrase('hat eine Richtlinie festgelegt, die Sie')} ?(?:daran ?)?${phrase('hindert')}`,
  ], [p('consent_missing', 0.85)]),
  // AADSTS65005, "Berechtigungskonflikt": the app asks for a resource or permissions its registration does not list.
  pattern('de-ms-consent-permission-mismatch', 'entra-ui', 3, [
    phrase('da sie nicht damit übereinstimmt, wie die App während ihrer Registrierung vorkonfiguriert wurde'),
  ], [p('wrong_scope_or_resource', 0.7), p('consent_missing', 0.3)]),
  // AADSTS65005, "Ressource im Mandanten nicht verfügbar": the resource (Exchange Online) has no service principal in the tenant.
  pattern('de-ms-consent-resource-not-in-tenant', 'entra-ui', 3, [
    `${phrase('fordert den Zugriff auf')} [^\\n]{1,120}? ${phrase('an, die in')} [^\\n]{1,120}? ${phrase('Ihrer Organisation nicht verfügbar ist')}`,
  ], [p('service_principal_missing_or_wrong_id', 0.7), p('wrong_scope_or_resource', 0.4)]),
];

/**
 * The sign-in page's account pages in German. Smart lockout (AADSTS50053 IdsLocked, aadsts-codes.ts: security_policy_blocks):
 * "Ihr Konto wurde vorübergehend gesperrt, um eine unbefugte Nutzung zu verhindern. Versuchen Sie es später noch mal. Wenden
 * Sie sich an Ihren Administrator, wenn das Problem weiterhin besteht." — christophbittig/azure-docs.de-de
 * articles/active-directory/authentication/howto-password-smart-lockout.md (the page names AADSTS50053 beside it). German
 * texts whose English original has a rule of its own sit in that rule: the locked account (vocab-kb-admin-signin.ts
 * kb-account-locked), "Sie können von hier aus nicht dorthin gelangen" (patterns-signin.ts signin-page-policy-blocked) and
 * Outlook's 0x800CCC79 (vocab-outlook-codes.ts outlook-recipient-rejected). The English smart-lockout sentence ends in "Try again later" and reads as throttling by
 * that word; the lockout is the admin's (or time's) to lift, so the German keeps the code's category first, throttling second.
 */
const ACCOUNT_PAGES: readonly Rule[] = [
  pattern('de-ms-smart-lockout', 'entra-ui', 3, [phrase('vorübergehend gesperrt, um eine unbefugte Nutzung zu verhindern')], [
    p('security_policy_blocks', 0.8), p('throttled', 0.4),
  ]),
];

/** Every German Microsoft message rule (patterns.ts). */
export const DE_MS_VOCABULARY_RULES: readonly Rule[] = [...RESTRICTED_SENDER, ...CONSENT, ...ACCOUNT_PAGES];
