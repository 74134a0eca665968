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
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/**
 * Exchange Online cmdlets (a cmdlet of another module says nothing about Exchange): the guides' own, the older
 * session cmdlets (Connect-EXOPSSession / New-ExoPSSession of the EXO V1/V2 module, Connect-IPPSSession), the EXO V2
 * Get-EXO* cmdlets, and common Exchange nouns; a remote session imported with Import-PSSession -Prefix adds its
 * prefix to the noun ("Get-o365DynamicDistributionGroup"), so the usual prefixes are allowed (o365, EXO, EXOL, Cloud, EOL).
 */
const EXCHANGE_NOUN = '(?:CASMailbox|ServicePrincipalAuthorization|ServicePrincipal|MailboxPermission|MailboxFolderPermission|RecipientPermission|TransportConfig|TransportRule|Mailbox|MailboxStatistics|ApplicationAccessPolicy|ManagementScope|ManagementRoleAssignment|ManagementRole|RoleGroupMember|RoleGroup|AuthenticationPolicy|OrganizationConfig|AcceptedDomain|InboundConnector|OutboundConnector|DistributionGroupMember|DistributionGroup|DynamicDistributionGroup|UnifiedGroup|MailUser|MailContact|Recipient|MessageTrace|MessageTraceDetail|SharedMailbox)';
const EXCHANGE_CMDLET = `(?:Connect-ExchangeOnline|Connect-EXOPSSession|New-EXOPSSession|Connect-IPPSSession|Get-EXO[A-Za-z]{3,40}|(?:Get|Set|New|Add|Remove|Test|Enable|Disable)-(?:o365|O365|EXOL?|Exo|Cloud|EOL)?${EXCHANGE_NOUN})`;
const QUOTE = "['\"“”„‚‘’]?";
const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** Exchange Online PowerShell rules (patterns.ts). */
export const POWERSHELL_RULES: readonly Rule[] = [
  pattern('ps-exchange-cmdlet-unknown', 'client', 3, [
    `${EXCHANGE_CMDLET}${QUOTE} ?is not recognized as (?:the|a) name of a cmdlet`,
    `${EXCHANGE_CMDLET}${QUOTE} ?wurde nicht als Name eines Cmdlet`,
  ], [p('exchange_powershell_not_ready', 0.9)]),
  // The EXO V1/V2 module's own session failing (New-ExoPSSession over WinRM Basic/remote PowerShell, retired by
  // Microsoft — "Deprecation of Remote PowerShell in Exchange Online", techcommunity.microsoft.com 2023): the fix is the
  // current ExchangeOnlineManagement module and Connect-ExchangeOnline. PowerShell prints the cmdlet before the error.
  pattern('ps-exo-session-failed', 'client', 3, [
    `(?:New-ExoPSSession|Connect-EXOPSSession) ?: ?Connecting to remote server [A-Za-z0-9.-]{1,120} failed`,
  ], [p('exchange_powershell_not_ready', 0.8), p('security_policy_blocks', 0.3)]),
  // Get-TransportConfig / Get-CASMailbox output showing SMTP AUTH switched off ("SmtpClientAuthenticationDisabled : True"):
  // the tenant-wide setting when Get-TransportConfig shows it, the mailbox's when Get-CASMailbox does
  // (learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission).
  pattern('ps-smtp-auth-disabled-tenant', 'client', 3, ['TransportConfig[^]{0,400}?SmtpClientAuthenticationDisabled ?: ?True'], [
    p('smtp_auth_disabled_tenant', 0.85),
  ]),
  pattern('ps-smtp-auth-disabled-mailbox', 'client', 3, ['CASMailbox[^]{0,400}?SmtpClientAuthenticationDisabled ?: ?True'], [
    p('smtp_auth_disabled_mailbox', 0.85),
  ]),
  pattern('ps-smtp-auth-disabled', 'client', 2, ['SmtpClientAuthenticationDisabled ?: ?True'], [
    p('smtp_auth_disabled_tenant', 0.6), p('smtp_auth_disabled_mailbox', 0.5),
  ]),
  // Connect-ExchangeOnline with app-only authentication (a certificate) when the app has no Entra role Exchange accepts:
  // "The role assigned to application <id> isn't supported in this scenario. Please check online documentation for
  // assigning correct Directory Roles to Azure AD Application for EXO App-Only Authentication." (ExchangeOnlineManagement,
  // as Microsoft365DSC's users quote it; learn.microsoft.com/powershell/exchange/app-only-auth-powershell-v2: assign a
  // supported role such as Exchange Administrator, and the Exchange.ManageAsApp permission with admin consent).
  pattern('ps-exo-app-only-role', 'client', 3, [
    "role assigned to application [^\\s]{1,100} isn[’']?t supported in this scenario", phrase('assigning correct Directory Roles'),
  ], [p('exchange_powershell_not_ready', 0.75), p('consent_missing', 0.5)]),
  pattern('ps-exchange-object-guid-not-found', 'client', 3, [
    `couldn't be performed because object ${QUOTE}${GUID}${QUOTE} ?couldn't be found`,
  ], [p('service_principal_missing_or_wrong_id', 0.7), p('wrong_tenant_or_app', 0.2)]),
];
