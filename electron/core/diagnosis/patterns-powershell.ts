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
import { eitherOrder, p, pattern, phrase, type Rule } from './pattern-kit.js';

/**
 * Exchange Online cmdlets (a cmdlet of another module says nothing about Exchange): the guides' own, the older
 * session cmdlets (Connect-EXOPSSession / New-ExoPSSession of the EXO V1/V2 module, Connect-IPPSSession), the EXO V2
 * Get-EXO* cmdlets, and common Exchange nouns; a remote session imported with Import-PSSession -Prefix adds its
 * prefix to the noun ("Get-o365DynamicDistributionGroup"), so the usual prefixes are allowed (o365, EXO, EXOL, Cloud, EOL).
 */
const EXCHANGE_NOUN = '(?:CASMailbox|ServicePrincipalAuthorization|ServicePrincipal|MailboxPermission|MailboxFolderPermission|RecipientPermission|TransportConfig|TransportRule|Mailbox|MailboxStatistics|ApplicationAccessPolicy|ManagementScope|ManagementRoleAssignment|ManagementRole|RoleGroupMember|RoleGroup|AuthenticationPolicy|OrganizationConfig|AcceptedDomain|InboundConnector|OutboundConnector|DistributionGroupMember|DistributionGroup|DynamicDistributionGroup|UnifiedGroup|MailUser|MailContact|Recipient|MessageTrace|MessageTraceDetail|SharedMailbox)';
const EXCHANGE_CMDLET = `(?:Connect-ExchangeOnline|Connect-EXOPSSession|New-EXOPSSession|Connect-IPPSSession|Get-EXO[A-Za-z]{3,40}|(?:Get|Set|New|Add|Remove|Test|Enable|Disable)-(?:o365|O365|EXOL?|Exo|Cloud|EOL)?${EXCHANGE_NOUN})`;
/** Exchange Online's remote PowerShell hosts (worldwide, Germany, 21Vianet). */
const EXO_PS_HOST = '(?:outlook\\.office365\\.com|ps\\.outlook\\.com|outlook\\.office\\.de|partner\\.outlook\\.cn)';
const QUOTE = "['\"“”„‚‘’]?";
const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** Exchange Online PowerShell rules (patterns.ts). */
export const POWERSHELL_RULES: readonly Rule[] = [
  pattern('ps-exchange-cmdlet-unknown', 'client', 3, [
    `${EXCHANGE_CMDLET}${QUOTE} ?is not recognized as (?:the|a) name of a cmdlet`,
    `${EXCHANGE_CMDLET}${QUOTE} ?wurde nicht als Name eines Cmdlet`,
    // The same message cut short where a tool quotes it ("The term 'Get-Mailbox' is not recognized..."): its own opening.
    `The term ${QUOTE}${EXCHANGE_CMDLET}${QUOTE} ?is not recognized\\b`,
  ], [p('exchange_powershell_not_ready', 0.9)]),
  // The EXO V1/V2 module's own session failing (New-ExoPSSession over WinRM Basic/remote PowerShell, retired by
  // Microsoft — "Deprecation of Remote PowerShell in Exchange Online", techcommunity.microsoft.com 2023): the fix is the
  // current ExchangeOnlineManagement module and Connect-ExchangeOnline. PowerShell prints the cmdlet before the error.
  pattern('ps-exo-session-failed', 'client', 3, [
    `(?:New-ExoPSSession|Connect-EXOPSSession) ?: ?Connecting to remote server [A-Za-z0-9.-]{1,120} failed`,
  ], [p('exchange_powershell_not_ready', 0.8), p('security_policy_blocks', 0.3)]),
  // The ExchangeOnlineManagement module failing in its own code: PowerShell names the module's file in the error's
  // position ("…\\ExchangeOnlineManagement\\2.0.5\\netFramework\\ExchangeOnlineManagement.psm1:475", where the module's
  // sources on powershellgallery.com/packages/ExchangeOnlineManagement open the session), or the V2 module's own message
  // "Create Powershell Session is failed using OAuth" (its warning: "we couldn't establish a Remote PowerShell session as
  // basic auth is disabled in your client machine"). A cmdlet-specific message (an AADSTS code, a missing role) outranks it.
  pattern('ps-exo-module-failed', 'client', 2, [
    'ExchangeOnlineManagement(?:Beta)?\\.psm1', phrase('Create Powershell Session is failed using OAuth'),
    '(?:New-ExoPSSession|Connect-EXOPSSession|Connect-IPPSSession) ?: ',
  ], [p('exchange_powershell_not_ready', 0.7)]),
  // The old remote PowerShell to Exchange Online (New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri
  // https://outlook.office365.com/powershell-liveid, Basic authentication) refused: PowerShell remoting prefixes its error
  // with the host in brackets, in any language ("[outlook.office365.com] Connecting to remote server … failed … Access is
  // denied"). Microsoft retired it ("Deprecation of Remote PowerShell in Exchange Online", Exchange Team Blog, 2022–2023):
  // the fix is the ExchangeOnlineManagement module's Connect-ExchangeOnline. A network reason the text names (a name that
  // cannot be resolved) outranks it.
  pattern('ps-exo-remote-powershell', 'client', 3, [
    `\\[${EXO_PS_HOST}\\] ?(?:Connecting to remote server|(?:Beim )?Verbinden mit dem Remoteserver|Die Verbindung mit dem Remoteserver|La connexion au serveur distant|リモート サーバー)`,
  ], [p('exchange_powershell_not_ready', 0.65), p('basic_auth_used', 0.3)]),
  // WinRM refusing the remote session's authentication: "The authentication mechanism requested by the client is not supported
  // by the server or unencrypted traffic is disabled in the service configuration" (PowerShell/PowerShell#21290; the WinRM
  // client's AllowBasic / AllowUnencrypted settings that the retired remote PowerShell to Exchange needed). The Exchange
  // session is what fails; Connect-ExchangeOnline (REST) needs neither.
  pattern('ps-winrm-auth-mechanism', 'client', 3, [
    phrase('The authentication mechanism requested by the client is not supported by the server or unencrypted traffic is disabled'),
  ], [p('exchange_powershell_not_ready', 0.65), p('basic_auth_used', 0.3)]),
  // WinRM naming the network as the reason ("The WinRM client cannot process the request because the server name cannot
  // be resolved", learn.microsoft.com/troubleshoot/exchange/administration/winrm-cannot-process-request: the name
  // resolution, a proxy or firewall on the way).
  pattern('ps-winrm-name-unresolved', 'network', 3, [phrase('WinRM client cannot process the request because the server name cannot be resolved')], [
    p('network_blocked', 0.8),
  ]),
  // The remote PowerShell session to Exchange broke off ("[FailureCategory=WSMan-InvalidShellID] The request for the Windows
  // Remote Shell … failed because the shell was not found on the server", learn.microsoft.com/troubleshoot/exchange/
  // administration/invalidshellid-error-in-rps: connect again) or came back unusable ("Import-PSSession : Data returned by
  // the remote Get-FormatData command is not in the expected format", MicrosoftDocs/office-docs-powershell#6120).
  pattern('ps-remote-session-broken', 'client', 3, [
    '\\[FailureCategory=WSMan-[A-Za-z]{3,40}\\]', phrase('Data returned by the remote Get-FormatData command is not in the expected format'),
  ], [p('exchange_powershell_not_ready', 0.75)]),
  // PowerShell 7 on Linux or macOS has no WSMan client for remote PowerShell sessions ("This parameter set requires WSMan,
  // and no supported WSMan client library was found", PowerShell/PowerShell#4592, #12674): the module's REST-based
  // Connect-ExchangeOnline (version 3) needs none.
  pattern('ps-wsman-missing', 'client', 3, [phrase('no supported WSMan client library was found')], [p('exchange_powershell_not_ready', 0.8)]),
  // A cmdlet of an older module version without the parameter ("Connect-IPPSSession : A parameter cannot be found that
  // matches parameter name 'CertificateThumbprint'"): update ExchangeOnlineManagement (learn.microsoft.com/powershell/exchange/
  // app-only-auth-powershell-v2 names the version each parameter needs).
  pattern('ps-exo-parameter-unknown', 'client', 3, [
    `${EXCHANGE_CMDLET} ?: ?A parameter cannot be found that matches parameter name`,
    `${EXCHANGE_CMDLET} ?: ?Es wurde kein Parameter gefunden, der dem Parameternamen`,
  ], [p('exchange_powershell_not_ready', 0.85)]),
  // The same without the cmdlet's name, where the text says it is Exchange Online's PowerShell (a Japanese troubleshooting page
  // for Exchange Online certificate sign-in quotes "A parameter cannot be found that matches parameter name
  // 'CertificateThumbprint'" under "Exchange Online PowerShell認証エラー"). Another module's cmdlet says nothing of Exchange.
  pattern('ps-exo-parameter-unknown-context', 'client', 2, [
    ...eitherOrder(phrase('Exchange Online'), phrase('A parameter cannot be found that matches parameter name'), 300),
  ], [p('exchange_powershell_not_ready', 0.7)]),
  // Two modules in one PowerShell session bringing different versions of MSAL ("Could not load file or assembly
  // 'Microsoft.Identity.Client, Version=4.44.0.0'" after Connect-MgGraph or Import-Module Az.*, PowerShell/vscode-powershell#4982,
  // Azure/azure-powershell#14416): connect to Exchange Online first, or in a new window.
  pattern('ps-exo-msal-assembly', 'client', 3, [
    "(?:Connect-ExchangeOnline|ExchangeOnlineManagement|New-ExoPSSession)[^]{0,600}?Could not load file or assembly ['\"]?Microsoft\\.Identity\\.Client",
  ], [p('exchange_powershell_not_ready', 0.8)]),
  // The same conflict since ExchangeOnlineManagement 3.7.2 signs in through the broker: "Method not found:
  // 'Microsoft.Identity.Client.PublicClientApplicationBuilder Microsoft.Identity.Client.Broker.BrokerExtension.WithBroker(…)'"
  // after Connect-AzAccount or Connect-MgGraph loaded an older MSAL (microsoftgraph/msgraph-sdk-powershell#3331,
  // Microsoft365DSC/Microsoft365DSC#6106 and #6139, System-Admins/m365assessment#21): Exchange Online first, a new window, or
  // the module version that matches. Any other MSAL method missing is the same conflict ("Connect-MgGraph:
  // ClientCertificateCredential authentication failed: Method not found: '!0 Microsoft.Identity.Client.BaseAbstractApplicationBuilder`1
  // .WithLogging(…)'" after Connect-ExchangeOnline, msgraph-sdk-powershell#3394: connect to Graph first; all 6 development texts
  // with "Method not found" were fixed by the modules' order or versions).
  pattern('ps-exo-msal-method-missing', 'client', 3, [
    "Method not found: ?'Microsoft\\.Identity\\.Client\\.[^'\\n]{0,300}?WithBroker",
    "Method not found: ?'[^'\\n]{0,40}?Microsoft\\.Identity\\.Client\\.",
  ], [
    p('exchange_powershell_not_ready', 0.8),
  ]),
  // Exchange's REST cmdlets answering 401 "User is not allowed to call Get-Mailbox" (app-only Get-EXOMailbox,
  // MicrosoftDocs/office-docs-powershell#7970): the signed-in account or the app has no Exchange role for the cmdlet
  // (learn.microsoft.com/powershell/exchange/app-only-auth-powershell-v2: assign a supported Entra role).
  // The message is often cut off after "call" (office-docs-powershell#7365), the cmdlet named in front ("Get-EXORecipientPermission :
  // … HttpStatusCode=401 … User is not allowed to call").
  pattern('ps-exo-cmdlet-not-allowed', 'client', 3, ['is not allowed to call (?:Get|Set|New|Add|Remove)-[A-Za-z]{3,40}', `${EXCHANGE_CMDLET} ?:[^]{0,300}?User is not allowed to call`], [
    p('exchange_powershell_not_ready', 0.75), p('consent_missing', 0.35),
  ]),
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
  // Tools that open an Exchange Online PowerShell session for their report and say only that it failed: Microsoft365DSC
  // writes "Connecting to {ExchangeOnline}..." and a red cross (Modules/Microsoft365DSC/Modules/M365DSCReverse.psm1:
  // Write-Host "Connecting to {$Workload}..." -NoNewline), ORCA throws "ORCA was unable to connect to Exchange Online."
  // (cammurray/orca ORCA.psm1). The session is what failed (module, app-only certificate, role); a firewall second.
  pattern('ps-tool-exo-connect-failed', 'client', 2, ['Connecting to \\{ExchangeOnline\\}\\.{3} ?❌'], [
    p('exchange_powershell_not_ready', 0.6), p('network_blocked', 0.35),
  ]),
  // Exchange Online PowerShell's throttling warning: 'You might see "Micro delay applied" warnings or delays when you run scripts
  // and cmdlets in Exchange Online' (Microsoft's AlchemyInsights article "Micro delays or throttling in Exchange Online
  // PowerShell": run the diagnostic that relaxes the tenant's PowerShell throttling, or spread the script's calls), and its
  // localized wordings from the same article's translations (de "Mikroverzögerung angewendet", pt "Micro atraso aplicado",
  // zh-CN "已应用微延迟", zh-TW "已套用微延遲").
  pattern('ps-exo-micro-delay', 'throttle', 3, [
    phrase('Micro delay applied'), phrase('Mikroverzögerung angewendet'), phrase('Micro atraso aplicado'), '已(?:应用|套用)微延[迟遲]',
  ], [p('throttled', 0.85), p('exchange_powershell_not_ready', 0.2)]),
  // Microsoft's CAMP tool (OfficeDev/CAMP#13): "There was an issue in connecting to Security & Compliance Center. Please try
  // running the tool again after some time." — its Connect-IPPSSession failed (there: WinRM Basic off by policy; the thread's
  // way out is the module's REST connection). The PowerShell session, not the mail set-up.
  pattern('ps-camp-connect-issue', 'client', 3, [phrase('There was an issue in connecting to') + ' (?:Security (?:&|and) Compliance|Exchange Online)'], [
    p('exchange_powershell_not_ready', 0.8), p('network_blocked', 0.3),
  ]),
  // ORCA's sentence names the session it could not open (its maintainer: connect Connect-ExchangeOnline first), not the network.
  pattern('ps-orca-exo-connect-failed', 'client', 3, [phrase('ORCA was unable to connect to Exchange Online')], [
    p('exchange_powershell_not_ready', 0.9), p('network_blocked', 0.3),
  ]),
  // Connect-ExchangeOnline with app-only authentication failing after the token was fetched: the module removes its connection
  // ("VERBOSE: ConnectionContext Removed", the module's own Write-Verbose when Connect-ExchangeOnline fails; its psm1 on
  // powershellgallery.com) and rethrows Exchange's bare "UnAuthorized" — in a product that runs the module, as
  // "[System.Management.Automation.RuntimeException] UnAuthorized". One Identity's KB 4381137: the app registration lacked the
  // application permission Office 365 Exchange Online > Exchange.ManageAsApp (with admin consent); Microsoft365DSC#4380 the
  // same connection. The spelling with the capital A is the module's; a plain "Unauthorized" is any HTTP 401.
  pattern('ps-exo-app-only-unauthorized', 'client', 3, [
    '(?:\\bRuntimeException\\]|\\bUnauthorizedAccessException\\]|ConnectionContext Removed)[ \\n]{0,8}UnAuthorized\\b',
  ], [p('consent_missing', 0.65), p('exchange_powershell_not_ready', 0.5)], { flags: '' }),
  // Connect-ExchangeOnline failing in its own token handling with IdentityModel's "IDX12729: Unable to decode the header …"
  // (the module's AdminApiProvider.Authentication classes or ExoPowershellSnapin in the stack): a module version that does not
  // work with the MSAL/IdentityModel already loaded — timmcmic/DLConversionV2#183 (ExchangeOnlineManagement 3.5.1 beside
  // Microsoft.Graph: pin 3.4.0), smcavinue/Tenant-Migration-Assessment-V2#4 (another module version). Alone, the code names a
  // token that is no JWT (patterns-libraries.ts identitymodel-not-a-jwt).
  pattern('ps-exo-idx12729', 'token', 3, [
    '(?:ExoPowershellSnapin|AdminApiProvider\\.Authentication|ExchangeOnlineManagement|Connect-ExchangeOnline)[^]{0,600}?\\bIDX12729\\b',
    '\\bIDX12729\\b[^]{0,600}?(?:ExoPowershellSnapin|AdminApiProvider\\.Authentication|ExchangeOnlineManagement\\.psm1)',
  ], [p('exchange_powershell_not_ready', 0.75), p('token_expired_or_invalid', 0.35)]),
  // An access token handed to the module as a password (a PSCredential built from the token, Connect-ExchangeOnline
  // -Credential): Entra refuses it as a password longer than 256 characters, AADSTS50052 (MicrosoftDocs/office-docs-powershell
  // #5817, #6077, #6171 with the app-only example of the V2 preview). The module takes a token only through -AccessToken
  // (version 3.1.0 or later, as Microsoft Learn documents it with -Organization / -DelegatedOrganization).
  pattern('ps-exo-token-as-password', 'client', 3, [
    '(?:New-ExoPSSession|Connect-ExchangeOnline|ExchangeOnlineManagement)[^]{0,600}?\\bAADSTS50052\\b',
    '\\bAADSTS50052\\b[^]{0,600}?(?:New-ExoPSSession|Connect-ExchangeOnline|ExchangeOnlineManagement\\.psm1)',
  ], [p('exchange_powershell_not_ready', 0.75), p('basic_auth_used', 0.3)]),
  // App-only sign-in with a certificate whose private key the process cannot use: "The certificate certificate does not have a
  // private key." (as Connect-ExchangeOnline -Certificate and tools that wrap it print it: Microsoft365DSC#7345; a certificate
  // read from Key Vault without its key, a PEM without the key file) — the app's credential, not the session.
  pattern('ps-certificate-without-key', 'client', 3, [phrase('The certificate certificate does not have a private key')], [
    p('bad_client_secret', 0.65), p('exchange_powershell_not_ready', 0.3),
  ]),
  // MSAL.NET cannot sign the client assertion with the certificate's private key: "Could not use the certificate for signing.
  // See inner exception for details. Possible cause: this may be a known issue with apps build against .NET Desktop 4.6 or lower
  // … or use a different certificate type (non-CNG)" — a CNG key under Windows PowerShell 5.1, or a key the account may not
  // read (a non-elevated session). The certificate is the app's credential; inside PowerShell (the module's
  // "[System.Management.Automation.RuntimeException]" lines, Connect-ExchangeOnline) the usual fix is the shell: PowerShell 7
  // (PsCustomObject's post "Exchange Online Management Module - Could not use the certificate for signing": run it in
  // PowerShell 7, or convert the key to a non-CNG one).
  pattern('msal-certificate-signing', 'client', 2, [phrase('Could not use the certificate for signing')], [
    p('bad_client_secret', 0.55), p('exchange_powershell_not_ready', 0.3),
  ]),
  pattern('ps-exo-certificate-signing', 'client', 3, [
    '(?:\\bRuntimeException\\]|Connect-ExchangeOnline|ExchangeOnlineManagement)[^]{0,400}?Could not use the certificate for signing',
  ], [p('exchange_powershell_not_ready', 0.6), p('bad_client_secret', 0.45)]),
  pattern('ps-exchange-object-guid-not-found', 'client', 3, [
    `couldn't be performed because object ${QUOTE}${GUID}${QUOTE} ?couldn't be found`,
  ], [p('service_principal_missing_or_wrong_id', 0.7), p('wrong_tenant_or_app', 0.2)]),
];
