/**
 * What Microsoft's Exchange PowerShell documentation quotes when the admin's Exchange Online PowerShell cannot be set up
 * or connected — the shell the guide's commands (Connect-ExchangeOnline, New-ServicePrincipal, Add-MailboxPermission,
 * Set-CASMailbox …) run in (issue 10). Source: the MicrosoftDocs/office-docs-powershell repository, folder
 * exchange/docs-conceptual (cited as learn.microsoft.com/powershell/exchange/<page>) and the cmdlet pages of
 * exchange/exchange-ps/ExchangePowerShell (learn.microsoft.com/powershell/module/exchangepowershell/<cmdlet>): every
 * docs-conceptual page, the release notes (exchange-online-powershell-v2 "Release notes", whats-new-in-the-exo-module,
 * which the PowerShell Gallery's release notes repeat) and the pages of Connect-ExchangeOnline, Disconnect-ExchangeOnline,
 * Get-ConnectionInformation, New-/Get-ServicePrincipal, Add-MailboxPermission, Add-RecipientPermission, Set-/Get-CASMailbox,
 * Set-/Get-TransportConfig, New-/Test-ApplicationAccessPolicy, New-ManagementRoleAssignment, New-ManagementScope,
 * Test-ServicePrincipalAuthorization, Set-Mailbox, Get-EXOMailbox, Set-/New-AuthenticationPolicy. Each message maps to the
 * category of what the page says fixes it. Microsoft's German page texts are not in the source, so English only (one
 * German PowerShell text, the execution policy's, as PowerShell prints it in users' quotes).
 *
 * The cmdlet pages quote almost no error texts: their parameters' notes (UseRPSSession deprecated in 3.9.2, -ServiceId of
 * New-ServicePrincipal "being deprecated", CertificateThumbprint "supported only in Microsoft Windows") are no messages;
 * an older module's missing parameter is read already (patterns-powershell.ts 'ps-exo-parameter-unknown').
 *
 * Not here, because no category names their fix: "A positional parameter cannot be found that accepts argument '…'"
 * (an unquoted value with spaces: exchange-cmdlet-syntax), New-ApplicationAccessPolicy's "The total size of App Access
 * Policies exceeded the limit." (shorter policy descriptions: module/exchangepowershell/new-applicationaccesspolicy), and
 * the release notes' loose "Cmdlet not found" (a reconnect bug fixed in version 1.0.1: too loose a text to read).
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/**
 * Where the Exchange Online module runs: its name, its connect cmdlets, its temporary proxy module
 * (%TEMP%\tmpEXO_<random>\tmpEXO_<random>.psm1; the "\t" of the path may have been read as a tab, so the "t" is optional).
 */
const EXO_CONTEXT = '(?:ExchangeOnlineManagement|Connect-ExchangeOnline|Connect-IPPSSession|(?:\\btmp|\\bmp)EXO_[A-Za-z0-9.]{1,40})';

/**
 * The module's REST connections need the PowerShellGet module (and PackageManagement): without it Connect-ExchangeOnline
 * stops at "The term 'Update-ModuleManifest' is not recognized as the name of a cmdlet …" (PowerShell 7: "as a name of a
 * cmdlet, … executable program"; with the Windows PowerShell SDK the fix is the -SkipLoadingFormatData switch) or
 * "Cannot find a cmdlet Update-Manifest". Install or update PowerShellGet, then reopen PowerShell.
 * learn.microsoft.com/powershell/exchange/connect-to-exchange-online-powershell ("How do you know you connected
 * successfully?"), learn.microsoft.com/powershell/exchange/connect-to-scc-powershell,
 * learn.microsoft.com/powershell/exchange/app-only-auth-powershell-v2, learn.microsoft.com/powershell/exchange/
 * exchange-online-powershell-v2 ("PowerShellGet required in Windows").
 */
const POWERSHELLGET_MISSING: readonly Rule[] = [
  pattern('kb-exo-ps-powershellget-missing', 'client', 3, [
    "Update-ModuleManifest['\"“”‘’]? ?is not recognized as (?:the|a) name of a cmdlet",
    "Update-ModuleManifest['\"“”‘’]? ?wurde nicht als Name eines Cmdlet",
    phrase('Cannot find a cmdlet Update-Manifest'),
  ], [p('exchange_powershell_not_ready', 0.85)]),
];

/**
 * Installing the module fails: an old PowerShellGet ("The specified module 'ExchangeOnlineManagement' with
 * PowerShellGetFormatVersion '…' isn't supported by the current version of PowerShellGet", "WARNING: Unable to download
 * from URI 'https://go.microsoft.com/fwlink/?LinkID=627338&clcid=0x409' to ''", "WARNING: Unable to download the list of
 * available providers. Check your internet connection.") — update PowerShellGet and reopen the window; or the default
 * repository is not PSGallery ("No match was found for the specified search criteria and module name
 * 'ExchangeOnlineManagement'") — Register-PSRepository -Default. The page adds that Windows PowerShell 5.1 on older Windows
 * fails to install because the PowerShell Gallery requires TLS 1.2: the TLS stays the second cause of the download warnings.
 * learn.microsoft.com/powershell/exchange/exchange-online-powershell-v2 ("Troubleshoot installing the Exchange Online
 * PowerShell module"). Another module's name in these texts says nothing about Exchange; the two download warnings are
 * PackageManagement's own, met while installing any module, so they weigh less.
 */
const MODULE_INSTALL: readonly Rule[] = [
  pattern('kb-exo-ps-install-module', 'client', 3, [
    `${phrase("The specified module 'ExchangeOnlineManagement' with PowerShellGetFormatVersion")}`,
    `${phrase('No match was found for the specified search criteria and module name')} ?['"“”‘’]?ExchangeOnlineManagement`,
  ], [p('exchange_powershell_not_ready', 0.85)]),
  pattern('kb-exo-ps-install-provider-download', 'client', 3, [
    `${phrase('Unable to download from URI')} ?['"“”‘’]?https://go\\.microsoft\\.com/fwlink/\\?LinkID=627338`,
    phrase('Unable to download the list of available providers'),
  ], [p('exchange_powershell_not_ready', 0.65), p('tls_problem', 0.35)]),
];

/**
 * PowerShell's execution policy forbids scripts, so the module (and the temporary module Connect-ExchangeOnline creates)
 * cannot be loaded: "Files cannot be loaded because running scripts is disabled on this system. Provide a valid
 * certificate with which to sign the files." — Set-ExecutionPolicy RemoteSigned.
 * learn.microsoft.com/powershell/exchange/exchange-online-powershell-v2 ("Set the PowerShell execution policy to
 * RemoteSigned"), learn.microsoft.com/powershell/exchange/connect-to-exchange-servers-using-remote-powershell.
 * PowerShell's own wording names the file ("File C:\…\tmpEXO_….psm1 cannot be loaded because running scripts is disabled
 * on this system"; German "Die Datei "…" kann nicht geladen werden, da die Ausführung von Skripts auf diesem System
 * deaktiviert ist"). It is printed for any script (npm.ps1, a venv's Activate.ps1), so it counts only with the Exchange
 * module named before it; the page's own sentence counts alone.
 */
const EXECUTION_POLICY: readonly Rule[] = [
  pattern('kb-exo-ps-execution-policy', 'client', 3, [
    `${phrase('running scripts is disabled on this system.')} ?${phrase('Provide a valid certificate with which to sign the files')}`,
    `${EXO_CONTEXT}[^]{0,400}?${phrase('cannot be loaded because running scripts is disabled on this system')}`,
    `${EXO_CONTEXT}[^]{0,400}?${phrase('kann nicht geladen werden, da die Ausführung von Skripts auf diesem System deaktiviert ist')}`,
  ], [p('exchange_powershell_not_ready', 0.8)]),
];

/**
 * The module conflicts with another module already imported into the session (another version of the JWT library):
 * "Could not load file or assembly 'System.IdentityModel.Tokens.Jwt, Version=…, Culture=neutral, PublicKeyToken=…'.
 * Could not find or load a specific file." — connect in a new PowerShell window before importing other modules.
 * learn.microsoft.com/powershell/exchange/connect-to-exchange-online-powershell ("How do you know you connected
 * successfully?"). Any .NET program can fail to load this library, so the text counts with .NET's "Could not find or
 * load a specific file" (an assembly already loaded in another version) or with the Exchange module named before it.
 */
const JWT_ASSEMBLY: readonly Rule[] = [
  pattern('kb-exo-ps-jwt-assembly-conflict', 'client', 3, [
    `${phrase('Could not load file or assembly')} ?['"]?System\\.IdentityModel\\.Tokens\\.Jwt[^]{0,200}?${phrase('Could not find or load a specific file')}`,
    `${EXO_CONTEXT}[^]{0,600}?${phrase('Could not load file or assembly')} ?['"]?System\\.IdentityModel\\.Tokens\\.Jwt`,
  ], [p('exchange_powershell_not_ready', 0.75)]),
];

/**
 * The session itself is not usable:
 * - Security & Compliance PowerShell's eDiscovery cmdlets need module 3.9.0 or later and a session opened with
 *   -EnableSearchOnlySession: "Please close the current PowerShell session and open a new session using
 *   Connect-IPPSSession with the -EnableSearchOnlySession flag. This requires using ExchangeOnlineManagement v3.9.0 or
 *   higher." (learn.microsoft.com/powershell/exchange/connect-to-scc-powershell).
 * - Piped cmdlets of the early EXO V2 module failing with "Cannot invoke the pipeline because the runspace isn't in the
 *   Opened state. Current state of the runspace is 'Closed'." — a bug fixed in version 0.3555.1: update the module and
 *   connect again (learn.microsoft.com/powershell/exchange/exchange-online-powershell-v2, "Release notes"). PowerShell's
 *   own wording says "is not in the Opened state"; it is PowerShell's for any closed runspace, so it weighs less.
 */
const SESSION_NOT_USABLE: readonly Rule[] = [
  pattern('kb-exo-ps-search-only-session', 'client', 3, [
    `${phrase('open a new session using Connect-IPPSSession with the')} ?-?EnableSearchOnlySession`,
  ], [p('exchange_powershell_not_ready', 0.85)]),
  pattern('kb-exo-ps-runspace-closed', 'client', 3, [
    `${phrase('Cannot invoke the pipeline because the runspace')} ?(?:is ?n[’']?t|is ?not) ?${phrase('in the Opened state')}`,
  ], [p('exchange_powershell_not_ready', 0.65)]),
];

/**
 * "The request for the Windows Remote Shell with ShellId <ID> failed because the shell was not found on the server.
 * Possible causes are: the specified ShellId is incorrect or the shell no longer exists on the server. …": the client's
 * IP address changed during the connection — the organization's source NAT (SNAT) pool has several addresses. Fix: an
 * SNAT pool with a single IP address, or one fixed address for the connections to the PowerShell endpoint — the network
 * on the way. learn.microsoft.com/powershell/exchange/connect-to-scc-powershell ("How do you know you connected
 * successfully?"). With WinRM's "[FailureCategory=WSMan-InvalidShellID]" in front the text stays the broken remote
 * session's (patterns-powershell.ts 'ps-remote-session-broken', after learn.microsoft.com/troubleshoot/exchange/
 * administration/invalidshellid-error-in-rps: connect again), so the session stays this rule's second cause.
 */
const SHELL_NOT_FOUND: readonly Rule[] = [
  pattern('kb-exo-ps-shell-not-found', 'network', 3, [
    `${phrase('Windows Remote Shell with ShellId')}[^]{0,80}?${phrase('failed because the shell was not found on the server')}`,
  ], [p('network_blocked', 0.6), p('exchange_powershell_not_ready', 0.45)]),
];

/** Every rule from Microsoft's Exchange PowerShell documentation (patterns.ts). */
export const KB_EXO_POWERSHELL_VOCABULARY_RULES: readonly Rule[] = [
  ...POWERSHELLGET_MISSING, ...MODULE_INSTALL, ...EXECUTION_POLICY, ...JWT_ASSEMBLY, ...SESSION_NOT_USABLE, ...SHELL_NOT_FOUND,
];
