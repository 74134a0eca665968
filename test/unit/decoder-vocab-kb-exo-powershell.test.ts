/**
 * Exchange Online PowerShell's set-up and connection messages as Microsoft's Exchange PowerShell documentation quotes
 * them (vocab-kb-exo-powershell.ts): PowerShellGet missing or too old, the module not found in the repository, the
 * execution policy, a module conflict over the JWT library, a Security & Compliance session without
 * -EnableSearchOnlySession, a closed runspace, and the remote shell lost behind an SNAT pool. Microsoft's German page
 * texts are not in the source; PowerShell's own German texts are.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary (Exchange PowerShell docs): PowerShellGet missing for REST connections', () => {
  expectFirst([
    ["The term 'Update-ModuleManifest' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.", 'exchange_powershell_not_ready'],
    ["The term 'Update-ModuleManifest' is not recognized as a name of a cmdlet, function, script file, or executable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.", 'exchange_powershell_not_ready'],
    ['Die Benennung "Update-ModuleManifest" wurde nicht als Name eines Cmdlet, einer Funktion, einer Skriptdatei oder eines ausführbaren Programms erkannt.', 'exchange_powershell_not_ready'],
    ['Cannot find a cmdlet Update-Manifest', 'exchange_powershell_not_ready'],
  ]);
});

describe('vocabulary (Exchange PowerShell docs): installing the module', () => {
  expectFirst([
    ["The specified module 'ExchangeOnlineManagement' with PowerShellGetFormatVersion '2.0' isn't supported by the current version of PowerShellGet. Get the latest version of the PowerShellGet module to install this module, 'ExchangeOnlineManagement'.", 'exchange_powershell_not_ready'],
    ["WARNING: Unable to download from URI 'https://go.microsoft.com/fwlink/?LinkID=627338&clcid=0x409' to ''.", 'exchange_powershell_not_ready'],
    ['WARNING: Unable to download the list of available providers. Check your internet connection.', 'exchange_powershell_not_ready'],
    ["No match was found for the specified search criteria and module name 'ExchangeOnlineManagement'. Try running Get-PSRepository to see all available registered module repositories.", 'exchange_powershell_not_ready'],
  ]);

  it('another module not found in the repository says nothing about Exchange', () => {
    assert.notEqual(first("No match was found for the specified search criteria and module name 'MSOnline'. Try Get-PSRepository to see all available registered module repositories."), 'exchange_powershell_not_ready');
  });
});

describe('vocabulary (Exchange PowerShell docs): the execution policy', () => {
  expectFirst([
    ['Files cannot be loaded because running scripts is disabled on this system. Provide a valid certificate with which to sign the files.', 'exchange_powershell_not_ready'],
    ['Import-Module : File C:\\Users\\admin\\AppData\\Local\\Temp\\tmpEXO_oo1e12vi.htt\\tmpEXO_oo1e12vi.htt.psm1 cannot be loaded because running scripts is disabled on this system. For more information, see about_Execution_Policies at https:/go.microsoft.com/fwlink/?LinkID=135170.', 'exchange_powershell_not_ready'],
    ['Import-Module : Die Datei "C:\\Users\\admin\\AppData\\Local\\Temp\\tmpEXO_oo1e12vi.htt\\tmpEXO_oo1e12vi.htt.psm1" kann nicht geladen werden, da die Ausführung von Skripts auf diesem System deaktiviert ist.', 'exchange_powershell_not_ready'],
  ]);

  it('any other script blocked by the execution policy is not read as Exchange PowerShell', () => {
    assert.notEqual(first('.\\venv\\Scripts\\activate : File C:\\proj\\venv\\Scripts\\Activate.ps1 cannot be loaded because running scripts is disabled on this system.'), 'exchange_powershell_not_ready');
  });
});

describe('vocabulary (Exchange PowerShell docs): a module conflict over the JWT library', () => {
  expectFirst([
    ["Could not load file or assembly 'System.IdentityModel.Tokens.Jwt, Version=6.22.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35'. Could not find or load a specific file. (0x80131621)", 'exchange_powershell_not_ready'],
    ["Connect-ExchangeOnline : Could not load file or assembly 'System.IdentityModel.Tokens.Jwt, Version=6.22.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35' or one of its dependencies.", 'exchange_powershell_not_ready'],
  ]);

  it("a sign-in error in the same output decides over the module's own failure", () => {
    assert.equal(first("Connect-ExchangeOnline : Could not load file or assembly 'System.IdentityModel.Tokens.Jwt'\nAADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID."), 'bad_client_secret');
  });
});

describe('vocabulary (Exchange PowerShell docs): sessions that cannot be used', () => {
  expectFirst([
    ['Please close the current PowerShell session and open a new session using Connect-IPPSSession with the -EnableSearchOnlySession flag. This requires using ExchangeOnlineManagement v3.9.0 or higher.', 'exchange_powershell_not_ready'],
    ["Cannot invoke the pipeline because the runspace isn't in the Opened state. Current state of the runspace is 'Closed'.", 'exchange_powershell_not_ready'],
    ["Cannot invoke the pipeline because the runspace is not in the Opened state. Current state of the runspace is 'Closed'.", 'exchange_powershell_not_ready'],
  ]);
});

describe('vocabulary (Exchange PowerShell docs): the remote shell lost behind an SNAT pool', () => {
  expectFirst([
    ['The request for the Windows Remote Shell with ShellId 5B5D6A3C-1234-4E5F-8A9B-0C1D2E3F4A5B failed because the shell was not found on the server. Possible causes are: the specified ShellId is incorrect or the shell no longer exists on the server. Provide the correct ShellId or create a new shell and retry the operation.', 'network_blocked'],
  ]);

  it("WinRM's InvalidShellID failure category in front keeps it the broken remote session", () => {
    assert.equal(first('[outlook.office365.com] Processing data from remote server outlook.office365.com failed with the following error message: [FailureCategory=WSMan-InvalidShellID] The request for the Windows Remote Shell with ShellId 5B5D6A3C-1234-4E5F-8A9B-0C1D2E3F4A5B failed because the shell was not found on the server. Possible causes are: the specified ShellId is incorrect or the shell no longer exists on the server.'), 'exchange_powershell_not_ready');
  });
});
