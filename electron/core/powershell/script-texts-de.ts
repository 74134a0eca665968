/**
 * The German words of the generated Exchange Online scripts: comments, the header and the
 * messages the script prints. The generators write English; buildScript puts each text through
 * this catalogue when the script is for a German-speaking admin (gettext's way: the English text
 * is the key). A text with values (the title, the app's ids) has a pattern instead.
 *
 * Only words change, never code: commands, parameters and values stay as the generator quoted
 * them. A German text that goes inside a single-quoted PowerShell string must not contain a
 * single quote of any kind (PowerShell also ends strings at ‘ ’ ‚ ‛), which scriptTranslator checks.
 */

/** Whole texts: a comment line's text, a header line, or the inside of a printed string. */
const TEXTS_DE: Readonly<Record<string, string>> = {
  // Header.
  'Review before running. Run it as an Exchange administrator; it signs in interactively.':
    'Vor dem Ausführen durchlesen. Als Exchange-Administrator ausführen; die Anmeldung erfolgt interaktiv.',
  'If the ExchangeOnlineManagement module is missing, run once:': 'Fehlt das Modul ExchangeOnlineManagement, einmalig ausführen:',
  // Cloud names (clouds.ts) as the header shows them.
  'Microsoft 365 (worldwide, also GCC)': 'Microsoft 365 weltweit (auch GCC)',
  'Microsoft 365 operated by 21Vianet (China)': 'Microsoft 365, betrieben von 21Vianet (China)',
  'Sandbox tenant (demo)': 'Sandbox-Mandant (Demo)',
  // Titles and explanations without values.
  'Enable SMTP AUTH (authenticated SMTP) in Exchange Online': 'SMTP AUTH (Authentifiziertes SMTP) in Exchange Online einschalten',
  'OAuth (XOAUTH2) logins need SMTP AUTH enabled for the sending mailbox; otherwise Exchange':
    'Anmeldungen mit OAuth (XOAUTH2) brauchen SMTP AUTH für das sendende Postfach; sonst antwortet Exchange',
  'answers "535 5.7.139 ... SmtpClientAuthentication is disabled". Retest after about 30 minutes.':
    'mit „535 5.7.139 ... SmtpClientAuthentication is disabled“. Nach etwa 30 Minuten erneut testen.',
  'Check the Exchange Online settings for app-only mail (changes nothing)':
    'Exchange-Online-Einstellungen für App-Mail ohne Benutzer prüfen (ändert nichts)',
  'Shows the service principal, the mailbox permissions and the SMTP AUTH switches.':
    'Zeigt den Dienstprinzipal, die Postfachberechtigungen und die SMTP-AUTH-Schalter.',
  'and gives it access to the mailbox. Afterwards wait 30 minutes, sometimes up to 24 hours,':
    'und gibt ihr Zugriff auf das Postfach. Danach 30 Minuten warten, manchmal bis zu 24 Stunden,',
  'before sending a test mail.': 'bevor Sie eine Testnachricht senden.',
  'Use this INSTEAD of FullAccess when the app may only use this one mailbox.':
    'Verwenden Sie dies STATT FullAccess, wenn die App nur dieses eine Postfach nutzen darf.',
  'The app registration then needs no SMTP.SendAsApp API permission in Entra: with it, Exchange':
    'Die App-Registrierung braucht dann keine API-Berechtigung SMTP.SendAsApp in Entra: mit ihr würde Exchange',
  'would also check mailbox permissions. The app still requests the Exchange Online .default scope.':
    'zusätzlich Postfachberechtigungen prüfen. Die App fordert weiter den Bereich .default von Exchange Online an.',
  'Run as a member of Organization Management.': 'Als Mitglied von „Organization Management“ ausführen.',
  // Steps.
  'Let the app open the mailbox (without it: "430 4.2.0 STOREDRV; mailbox logon failure").':
    'Die App darf das Postfach öffnen (ohne das: „430 4.2.0 STOREDRV; mailbox logon failure“).',
  'Let the app send as the From address (without it: "550 5.7.60" / "SendAsDenied").':
    'Die App darf als Absenderadresse senden (ohne das: „550 5.7.60“ / „SendAsDenied“).',
  'Register the app in Exchange Online. -ObjectId is the Object ID of the ENTERPRISE APPLICATION':
    'Die App in Exchange Online registrieren. -ObjectId ist die Objekt-ID der UNTERNEHMENSANWENDUNG',
  '(Entra: Enterprise applications -> app -> Overview), not the one of the app registration.':
    '(Entra: Unternehmensanwendungen -> App -> Übersicht), nicht die der App-Registrierung.',
  'An earlier attempt used another Object ID. Remove that entry, then run this script again:':
    'Ein früherer Versuch hat eine andere Objekt-ID verwendet. Diesen Eintrag entfernen und das Skript erneut ausführen:',
  'Enable SMTP AUTH for this mailbox only ($true = disabled, $false = enabled, $null = inherit the':
    'SMTP AUTH nur für dieses Postfach einschalten ($true = aus, $false = ein, $null = übernimmt die',
  'organization setting). Same as admin center: user -> Mail -> Manage email apps -> Authenticated SMTP.':
    'Einstellung der Organisation). Wie im Admin Center: Benutzer -> E-Mail -> E-Mail-Apps verwalten -> Authentifiziertes SMTP.',
  'Allow IMAP for this mailbox (needed for incoming mail over IMAP).': 'IMAP für dieses Postfach erlauben (nötig für eingehende Mail über IMAP).',
  'WARNING: this enables SMTP AUTH for EVERY mailbox that inherits the organization setting':
    'ACHTUNG: Dies schaltet SMTP AUTH für JEDES Postfach ein, das die Einstellung der Organisation übernimmt',
  '(SmtpClientAuthenticationDisabled empty). Prefer the per-mailbox setting above; use this only':
    '(SmtpClientAuthenticationDisabled leer). Besser die Einstellung pro Postfach oben; dies nur verwenden,',
  'when many mailboxes must send with SMTP AUTH.': 'wenn viele Postfächer mit SMTP AUTH senden müssen.',
  'The mailbox after the change: expect SmtpClientAuthenticationDisabled False.':
    'Das Postfach nach der Änderung: erwartet wird SmtpClientAuthenticationDisabled False.',
  'The app as Exchange Online knows it: ObjectId must be the enterprise application\'s Object ID.':
    'Die App, wie Exchange Online sie kennt: ObjectId muss die Objekt-ID der Unternehmensanwendung sein.',
  'Expect AccessRights {FullAccess}; nothing means "430 4.2.0 STOREDRV; mailbox logon failure".':
    'Erwartet: AccessRights {FullAccess}; keine Ausgabe bedeutet „430 4.2.0 STOREDRV; mailbox logon failure“.',
  'Expect AccessRights {SendAs}; without it Exchange answers "550 5.7.60" or "SendAsDenied".':
    'Erwartet: AccessRights {SendAs}; ohne das antwortet Exchange mit „550 5.7.60“ oder „SendAsDenied“.',
  'SmtpClientAuthenticationDisabled: False = SMTP AUTH enabled for this mailbox, True = disabled,':
    'SmtpClientAuthenticationDisabled: False = SMTP AUTH für dieses Postfach ein, True = aus,',
  'empty ($null) = the mailbox follows the organization setting (Get-TransportConfig).':
    'leer ($null) = das Postfach folgt der Einstellung der Organisation (Get-TransportConfig).',
  'The organization default: True (disabled) for organizations created after January 2020.':
    'Die Vorgabe der Organisation: True (aus) bei Organisationen, die nach Januar 2020 angelegt wurden.',
  'Expect the role "Application SMTP.SendAsApp" with InScope True (new assignments can take a while to show).':
    'Erwartet: die Rolle „Application SMTP.SendAsApp“ mit InScope True (neue Zuweisungen erscheinen teils erst nach einer Weile).',
  'A management scope that contains only this mailbox.': 'Ein Verwaltungsbereich, der nur dieses Postfach enthält.',
  'Give the app SMTP.SendAsApp within that scope. -App takes the service principal\'s Object ID.':
    'Der App SMTP.SendAsApp in diesem Bereich geben. -App erwartet die Objekt-ID des Dienstprinzipals.',
  'Only this role works for SMTP; "Application Mail.Send" is for Microsoft Graph, not SMTP AUTH.':
    'Nur diese Rolle wirkt für SMTP; „Application Mail.Send“ gilt für Microsoft Graph, nicht für SMTP AUTH.',
  // Printed by the script (inside single-quoted strings).
  'Done. Exchange Online needs about 30 minutes (sometimes up to 24 hours) before the app can send.':
    'Fertig. Exchange Online braucht etwa 30 Minuten (manchmal bis zu 24 Stunden), bis die App senden kann.',
  'The app is already registered in Exchange Online with the right Object ID.':
    'Die App ist in Exchange Online bereits mit der richtigen Objekt-ID registriert.',
  'Exchange Online already has this app with Object ID ': 'Exchange Online kennt diese App bereits mit der Objekt-ID ',
  ', not ': ', nicht ',
};

/** Texts with values: the header's labels, titles and explanations that name the app. */
const PATTERNS_DE: ReadonlyArray<readonly [RegExp, string]> = [
  [/^Tenant: {7}(.*)$/, 'Mandant:      $1'],
  [/^Cloud: {8}(.*)$/, 'Cloud:        $1'],
  [/^Mailbox: {6}(.*)$/, 'Postfach:     $1'],
  [/^Generated by: (.*)$/, 'Erstellt von: $1'],
  [/^Exchange Online access for the app "(.*)" \(app-only SMTP\/IMAP\)$/, 'Exchange-Online-Zugriff für die App „$1“ (SMTP/IMAP ohne Benutzer)'],
  [/^Registers the app (\S+) \(enterprise application Object ID (\S+)\) in Exchange Online$/,
    'Registriert die App $1 (Objekt-ID der Unternehmensanwendung $2) in Exchange Online'],
  [/^RBAC for Applications: let "(.*)" send as one mailbox over SMTP$/, 'RBAC für Anwendungen: „$1“ darf als ein Postfach über SMTP senden'],
];

const SINGLE_QUOTES = /['\u2018\u2019\u201A\u201B]/;

/** The script's language. */
export type ScriptLanguage = 'de' | 'en';

/** Puts a text through the catalogue of `language`; English and unknown texts stay as they are. */
export function scriptTranslator(language: ScriptLanguage | undefined): (text: string) => string {
  if (language !== 'de') return (text) => text;
  return (text) => {
    const whole = TEXTS_DE[text];
    if (whole !== undefined) return whole;
    for (const [pattern, replacement] of PATTERNS_DE) if (pattern.test(text)) return text.replace(pattern, replacement);
    return text;
  };
}

/**
 * A message line (Write-Host '…', throw ('…' + …)) with its single-quoted literals translated;
 * other code lines stay as they are. A literal is replaced only by a catalogue text without
 * quotes, so the code around it cannot change.
 */
export function translateLiterals(line: string, say: (text: string) => string): string {
  if (!/^\s*(Write-Host|throw)\b/.test(line)) return line;
  return line.replace(/'([^'\n]*)'/g, (literal, inside: string) => {
    const said = say(inside);
    if (said === inside) return literal;
    if (SINGLE_QUOTES.test(said)) throw new Error('a translated PowerShell string must not contain a single quote');
    return `'${said}'`;
  });
}
