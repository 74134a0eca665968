/**
 * What Exchange Online PowerShell answers while the admin runs the guide's commands (Connect-ExchangeOnline,
 * New-ServicePrincipal, Add-MailboxPermission, Set-CASMailbox …). Written by hand: the wordings are
 * PowerShell's and Exchange's own.
 * - PowerShell's CommandNotFoundException: "The term 'Set-CASMailbox' is not recognized as the name of a cmdlet,
 *   function, script file, or operable program." (Windows PowerShell 5.1; PowerShell 7: "as a name of a cmdlet,
 *   … executable program"); German Windows: "Die Benennung "Set-CASMailbox" wurde nicht als Name eines Cmdlet,
 *   einer Funktion, einer Skriptdatei oder eines ausführbaren Programms erkannt." (older: "Der Ausdruck '…'").
 *   For an Exchange cmdlet it means the ExchangeOnlineManagement module is missing or not connected (the
 *   Inventory360 guide: "Sollte das Kommando nicht gefunden werden, installieren Sie zunächst das notwendige
 *   PowerShell Modul").
 * - Exchange's ManagementObjectNotFoundException: "The operation couldn't be performed because object '<id>'
 *   couldn't be found on '<DC>.PROD.OUTLOOK.COM'." With a GUID as the object (Add-MailboxPermission -User
 *   <object id>), Exchange does not know that service principal: New-ServicePrincipal is missing or used
 *   another id. (A mailbox address not found is a typo or another tenant; not read here.)
 */
import { p, pattern, type Rule } from './pattern-kit.js';

/** The Exchange Online cmdlets the guides use (a cmdlet of another module says nothing about Exchange). */
const EXCHANGE_CMDLET = "(?:Connect-ExchangeOnline|Get-EXOMailbox|(?:Get|Set|New|Add|Remove|Test)-(?:CASMailbox|ServicePrincipalAuthorization|ServicePrincipal|MailboxPermission|RecipientPermission|TransportConfig|Mailbox|ApplicationAccessPolicy|ManagementScope|ManagementRoleAssignment))";
const QUOTE = "['\"“”„‚‘’]?";
const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** Exchange Online PowerShell rules (patterns.ts). */
export const POWERSHELL_RULES: readonly Rule[] = [
  pattern('ps-exchange-cmdlet-unknown', 'client', 3, [
    `${EXCHANGE_CMDLET}${QUOTE} ?is not recognized as (?:the|a) name of a cmdlet`,
    `${EXCHANGE_CMDLET}${QUOTE} ?wurde nicht als Name eines Cmdlet`,
  ], [p('exchange_powershell_not_ready', 0.9)]),
  pattern('ps-exchange-object-guid-not-found', 'client', 3, [
    `couldn't be performed because object ${QUOTE}${GUID}${QUOTE} ?couldn't be found`,
  ], [p('service_principal_missing_or_wrong_id', 0.7), p('wrong_tenant_or_app', 0.2)]),
];
