/**
 * Exchange Online PowerShell's answers while the admin runs the guide's commands (patterns-powershell.ts):
 * an unknown Exchange cmdlet means the module is not installed or not connected; an object id Exchange does
 * not know means the service principal is missing. The sandbox's PowerShell prints the same texts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { PS_MESSAGES } from '../../electron/sandbox/exchange/powershell-messages.js';

const first = (text: string): string | undefined => decode(text).causes[0]?.category;

describe('Exchange Online PowerShell errors', () => {
  it('an Exchange cmdlet PowerShell does not know: Windows PowerShell, PowerShell 7, German Windows', () => {
    for (const text of [
      "Set-CASMailbox : The term 'Set-CASMailbox' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.",
      "New-ServicePrincipal: The term 'New-ServicePrincipal' is not recognized as a name of a cmdlet, function, script file, or executable program.",
      'Connect-ExchangeOnline : Die Benennung "Connect-ExchangeOnline" wurde nicht als Name eines Cmdlet, einer Funktion, einer Skriptdatei oder eines ausführbaren Programms erkannt.',
      `Add-MailboxPermission: ${PS_MESSAGES.notRecognized('Add-MailboxPermission')}`,
    ]) {
      assert.equal(first(text), 'exchange_powershell_not_ready', text);
    }
  });

  it("every Exchange cmdlet the assistant's scripts use", () => {
    for (const cmdlet of [
      'Add-MailboxPermission', 'Add-RecipientPermission', 'Connect-ExchangeOnline', 'Get-CASMailbox', 'Get-MailboxPermission',
      'Get-RecipientPermission', 'Get-ServicePrincipal', 'Get-TransportConfig', 'New-ManagementRoleAssignment', 'New-ManagementScope',
      'New-ServicePrincipal', 'Set-CASMailbox', 'Set-TransportConfig', 'Test-ServicePrincipalAuthorization',
    ]) {
      const text = PS_MESSAGES.notRecognized(cmdlet);
      assert.equal(first(text), 'exchange_powershell_not_ready', text);
    }
  });

  it('says how to install and connect, in German and English', () => {
    const cause = decode("The term 'Connect-ExchangeOnline' is not recognized as the name of a cmdlet").causes[0];
    assert.match(cause?.texts.de?.fix.join(' ') ?? '', /Install-Module -Name ExchangeOnlineManagement/);
    assert.match(cause?.texts.en?.fix.join(' ') ?? '', /Connect-ExchangeOnline -UserPrincipalName/);
    assert.equal(cause?.step, 'exchange-powershell');
  });

  it('another program PowerShell does not know is not about Exchange', () => {
    assert.deepEqual(decode("docker : The term 'docker' is not recognized as the name of a cmdlet").causes, []);
    assert.deepEqual(decode("Get-AzureADUser : The term 'Get-AzureADUser' is not recognized as the name of a cmdlet").causes, []);
  });

  it('the older EXO session cmdlets and nouns imported with a prefix are Exchange cmdlets too', () => {
    assert.equal(first("Connect-EXOPSSession: The term 'Connect-EXOPSSession' is not recognized as a name of a cmdlet, function, script file, or executable program."), 'exchange_powershell_not_ready');
    assert.equal(first("invoke-command : The term 'Get-o365DynamicDistributionGroup' is not recognized as the name of a cmdlet, function,"), 'exchange_powershell_not_ready');
    assert.equal(first('New-ExoPSSession : Connecting to remote server outlook.office365.com failed with the following error message : Access is denied.'), 'exchange_powershell_not_ready');
  });

  it('app-only Connect-ExchangeOnline without a role Exchange accepts', () => {
    assert.equal(first("The role assigned to application 6f1c2d3e-0000-4000-8000-000000000001 isn't supported in this scenario. Please check online documentation for assigning correct Directory Roles to Azure AD Application for EXO App-Only Authentication."), 'exchange_powershell_not_ready');
  });

  it('SmtpClientAuthenticationDisabled : True in the output: the tenant for Get-TransportConfig, the mailbox for Get-CASMailbox', () => {
    assert.equal(first('PS> Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled\n\nSmtpClientAuthenticationDisabled : True'), 'smtp_auth_disabled_tenant');
    assert.equal(first('PS> Get-CASMailbox -Identity info@contoso.com | Format-List SmtpClientAuthenticationDisabled\nSmtpClientAuthenticationDisabled : True'), 'smtp_auth_disabled_mailbox');
    assert.deepEqual(decode('SmtpClientAuthenticationDisabled : True').causes.slice(0, 2).map((c) => c.category), ['smtp_auth_disabled_tenant', 'smtp_auth_disabled_mailbox']);
    assert.equal(decode('SmtpClientAuthenticationDisabled : False').guess, true);
  });

  it('an object id Exchange cannot find: the service principal is missing or has another id', () => {
    assert.equal(first("Write-ErrorMessage : ||The operation couldn't be performed because object '9259c75c-1172-4e5b-a0f1-3c2d1e0f9a8b' couldn't be found on 'AM0PR01A001DC01.EURPRD01.PROD.OUTLOOK.COM'."), 'service_principal_missing_or_wrong_id');
    assert.equal(first(PS_MESSAGES.objectNotFound('9259c75c-1172-4e5b-a0f1-3c2d1e0f9a8b')), 'service_principal_missing_or_wrong_id');
  });
  it("the module's own session failing, the retired remote PowerShell, WSMan and MSAL conflicts, an old module's parameter", () => {
    for (const text of [
      'New-ExoPSSession : One or more errors occurred.\nAt C:\\Program Files\\WindowsPowerShell\\Modules\\ExchangeOnlineManagement\\2.0.5\\netFramework\\ExchangeOnlineManagement.psm1:475 char:30',
      'New-ExoPSSession : Create Powershell Session is failed using OAuth',
      'New-PSSession : [outlook.office365.com] Connecting to remote server outlook.office365.com failed with the following error message : Access is denied. For more information, see the about_Remote_Troubleshooting Help topic.',
      'New-PSSession : [outlook.office365.com] Beim Verbinden mit dem Remoteserver "outlook.office365.com" ist folgender Fehler aufgetreten: Zugriff verweigert',
      'New-PSSession : This parameter set requires WSMan, and no supported WSMan client library was found. WSMan is either not installed or unavailable for this system.',
      "Connect-IPPSSession : A parameter cannot be found that matches parameter name 'CertificateThumbprint'.",
      "Connect-ExchangeOnline -UserPrincipalName admin@contoso.com\nOperationStopped: Could not load file or assembly 'Microsoft.Identity.Client, Version=4.44.0.0, Culture=neutral, PublicKeyToken='.",
      "OperationStopped: Method not found: 'Microsoft.Identity.Client.PublicClientApplicationBuilder\nMicrosoft.Identity.Client.Broker.BrokerExtension.WithBroker(Microsoft.Identity.Client.PublicClientApplicationBuilder, Microsoft.Identity.Client.BrokerOptions)'.",
      'Starting a command on the remote server failed with the following error message : The I/O operation has been aborted because of either a thread exit or an application request.',
      'Get-EXOMailbox: Error while querying REST service. HttpStatusCode=401 ErrorMessage={"error":{"code":"Unauthorized","message":"User is not allowed to call Get-Mailbox"}}',
      '[ClientAccessServer=Server1,BackEndServer=Server2,RequestId=<>] [FailureCategory=WSMan-InvalidShellID] The request for the Windows Remote Shell with ShellId <> failed because the shell was not found on the server.',
    ]) {
      assert.equal(first(text), 'exchange_powershell_not_ready', text);
    }
  });

  it('WinRM naming the network stays a network problem; an IMAP log naming the host in brackets is no PowerShell', () => {
    assert.equal(first('[outlook.office365.com] Connecting to remote server failed with the following error message:\nThe WinRM client cannot process the request because the server name cannot be resolved.'), 'network_blocked');
    assert.notEqual(first('Host2 failure: Error login on [outlook.office365.com] with user [a@b.ch] auth [LOGIN]: 2 NO LOGIN failed.'), 'exchange_powershell_not_ready');
  });
});
