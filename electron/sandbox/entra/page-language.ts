/**
 * The language of the sandbox's sign-in pages. Microsoft's sign-in page follows the browser's
 * language (the Accept-Language header); the sandbox does the same, and lets the request's
 * `ui_locales` (OpenID Connect; not confirmed from a Microsoft source that Entra honours it)
 * come first, so the app's own language wins over the browser's. German or English. The German words are those of Microsoft's German sign-in and
 * consent pages as far as known; the error sentences are not confirmed word for word.
 */
import type { IncomingMessage } from 'node:http';

/** A sign-in page's language. */
export type PageLanguage = 'de' | 'en';

/** The request's ui_locales when it names a language, else the browser's first language: German or English. */
export function pageLanguage(req: Pick<IncomingMessage, 'headers'>, uiLocales?: string): PageLanguage {
  const first = uiLocales?.trim() ? uiLocales : String(req.headers['accept-language'] ?? '').slice(0, 200);
  return /^\s*de\b/i.test(first) ? 'de' : 'en';
}

/**
 * Every word the sign-in, consent and approval pages show, and the error and device code pages.
 * The error page's AADSTS line stays Microsoft's English text in both languages: Entra's
 * messages exist in English only (Microsoft Learn de-de lists them untranslated:
 * https://learn.microsoft.com/de-de/entra/identity-platform/reference-error-codes); that the
 * German error page shows it English as well is not confirmed from a Microsoft screenshot.
 * NOT CONFIRMED word for word (no German capture of these Microsoft pages found): the German
 * error page sentence and its "Troubleshooting details" labels, and the German device code
 * page's sentences; they follow Microsoft's German wording where known ("Anmelden", "Weiter",
 * "Fehlercode", "Code").
 */
export const PAGE_TEXTS = {
  en: {
    banner: 'Sandbox tenant — simulated Microsoft Entra sign-in (not Microsoft)',
    signInTitle: 'Sign in to your account', signIn: 'Sign in', continueTo: (app: string) => `to continue to ${app}`,
    userPlaceholder: 'Email, phone, or Skype', passwordPlaceholder: 'Password', cancel: 'Cancel', errorCode: 'Error code',
    demoAccounts: 'Demo accounts', sandboxOnly: '(sandbox only)', userName: 'User name', password: 'Password', admin: 'admin',
    deviceHeading: (app: string) => `Are you trying to sign in to ${app}?`,
    permissionsRequested: 'Permissions requested', acceptForOrganization: 'Accept for your organization',
    adminIntro: (app: string) => `${app} needs permission to access resources in your organization that only an admin can grant. Accepting grants these permissions for all users in your organization.`,
    wantsTo: (app: string) => `${app} wants to:`,
    consentForOrganization: 'Consent on behalf of your organization',
    acceptNote: 'Accepting these permissions means that you allow this app to use your data as specified in their terms of service and privacy statement. You can change these permissions at https://myapps.microsoft.com.',
    accept: 'Accept',
    needAdminApproval: 'Need admin approval',
    approvalIntro: (app: string) => `${app} needs permission to access resources in your organization that only an admin can grant. Please ask an admin to grant permission to this app before you can use it.`,
    haveAdminAccount: 'Have an admin account? Sign in with that account.',
    returnWithoutConsent: 'Return to the application without granting consent',
    signInAndReadProfile: 'Sign you in and read your profile',
    usernameIncorrect: 'This username may be incorrect. Make sure you typed it correctly. Otherwise, contact your admin.',
    passwordIncorrect: "Your account or password is incorrect. If you don't remember your password, reset it now.",
    accountDisabled: 'Your account has been disabled by an administrator. Contact your administrator.',
    errorHeading: 'Sign in', errorSorry: 'Sorry, but we’re having trouble signing you in.',
    troubleshootingDetails: 'Troubleshooting details', requestId: 'Request Id', correlationId: 'Correlation Id',
    timestamp: 'Timestamp', message: 'Message',
    enterCode: 'Enter code', enterCodeIntro: 'Enter the code displayed on your app or device.', codePlaceholder: 'Code', next: 'Next',
    codeWrong: "That code didn't work. Check the code and try again.",
    codeExpired: "The code that you entered has expired. Get a new code from the device you're trying to sign in to and try again.",
    deviceApproved: (app: string) => `You have signed in to the ${app} application on your device. You may now close this window.`,
    deviceDeclined: (app: string) => `You have declined to sign in to ${app} on your device. You may now close this window.`,
  },
  de: {
    banner: 'Sandbox-Mandant – nachgebildete Microsoft-Entra-Anmeldung (nicht Microsoft)',
    signInTitle: 'Bei Ihrem Konto anmelden', signIn: 'Anmelden', continueTo: (app: string) => `um mit ${app} fortzufahren`,
    userPlaceholder: 'E-Mail, Telefon oder Skype', passwordPlaceholder: 'Kennwort', cancel: 'Abbrechen', errorCode: 'Fehlercode',
    demoAccounts: 'Demokonten', sandboxOnly: '(nur Sandbox)', userName: 'Benutzername', password: 'Kennwort', admin: 'Administrator',
    deviceHeading: (app: string) => `Versuchen Sie, sich bei ${app} anzumelden?`,
    permissionsRequested: 'Angeforderte Berechtigungen', acceptForOrganization: 'Für Ihre Organisation akzeptieren',
    adminIntro: (app: string) => `${app} benötigt eine Berechtigung für den Zugriff auf Ressourcen in Ihrer Organisation, die nur ein Administrator erteilen kann. Wenn Sie akzeptieren, werden diese Berechtigungen für alle Benutzer in Ihrer Organisation erteilt.`,
    wantsTo: (app: string) => `${app} möchte Folgendes:`,
    consentForOrganization: 'Im Namen Ihrer Organisation zustimmen',
    acceptNote: 'Wenn Sie diese Berechtigungen akzeptieren, darf diese App Ihre Daten gemäß ihren Nutzungsbedingungen und ihrer Datenschutzerklärung verwenden. Sie können diese Berechtigungen unter https://myapps.microsoft.com ändern.',
    accept: 'Akzeptieren',
    needAdminApproval: 'Administratorgenehmigung erforderlich',
    approvalIntro: (app: string) => `${app} benötigt eine Berechtigung für den Zugriff auf Ressourcen in Ihrer Organisation, die nur ein Administrator erteilen kann. Bitten Sie einen Administrator, dieser App die Berechtigung zu erteilen, bevor Sie sie verwenden.`,
    haveAdminAccount: 'Sie haben ein Administratorkonto? Melden Sie sich mit diesem Konto an.',
    returnWithoutConsent: 'Ohne Zustimmung zur Anwendung zurückkehren',
    signInAndReadProfile: 'Sie anmelden und Ihr Profil lesen',
    usernameIncorrect: 'Dieser Benutzername ist möglicherweise falsch. Stellen Sie sicher, dass Sie ihn richtig eingegeben haben. Wenden Sie sich andernfalls an Ihren Administrator.',
    passwordIncorrect: 'Ihr Konto oder Kennwort ist falsch. Wenn Sie sich nicht an Ihr Kennwort erinnern, setzen Sie es jetzt zurück.',
    accountDisabled: 'Ihr Konto wurde von einem Administrator deaktiviert. Wenden Sie sich an Ihren Administrator.',
    errorHeading: 'Anmelden', errorSorry: 'Bei der Anmeldung ist leider ein Problem aufgetreten.',
    troubleshootingDetails: 'Details zur Problembehandlung', requestId: 'Anforderungs-ID', correlationId: 'Korrelations-ID',
    timestamp: 'Zeitstempel', message: 'Meldung',
    enterCode: 'Code eingeben', enterCodeIntro: 'Geben Sie den Code ein, der in Ihrer App oder auf Ihrem Gerät angezeigt wird.', codePlaceholder: 'Code', next: 'Weiter',
    codeWrong: 'Dieser Code hat nicht funktioniert. Überprüfen Sie den Code, und versuchen Sie es erneut.',
    codeExpired: 'Der eingegebene Code ist abgelaufen. Fordern Sie auf dem Gerät, bei dem Sie sich anmelden möchten, einen neuen Code an, und versuchen Sie es erneut.',
    deviceApproved: (app: string) => `Sie haben sich auf Ihrem Gerät bei der Anwendung ${app} angemeldet. Sie können dieses Fenster jetzt schließen.`,
    deviceDeclined: (app: string) => `Sie haben die Anmeldung bei ${app} auf Ihrem Gerät abgelehnt. Sie können dieses Fenster jetzt schließen.`,
  },
} as const;

/** The words of one language. */
export type PageTexts = (typeof PAGE_TEXTS)[PageLanguage];
