/**
 * Messages quoted by Microsoft's support articles on Exchange Online administration, shared mailboxes and Microsoft 365
 * sign-in (vocab-kb-admin-signin.ts): Exchange Online PowerShell errors and the Microsoft 365 sign-in pages, each as the
 * article quotes it (English only: the articles' source holds no translations).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary: Exchange Online PowerShell as Microsoft\'s support articles quote it', () => {
  expectFirst([
    ['Connecting to remote server eur01b.ps.compliance.protection.outlook.com failed with the following error message: For more information, see the about_Remote_Troubleshooting Help topic.', 'exchange_powershell_not_ready'],
    ['WARNING: Your connection has been redirected to the following URI: "https://eur01b.ps.compliance.protection.outlook.com/Powershell-LiveId?BasicAuthToOAuthConversion=true;PSVersion=5.1.19041.2364"\nConnecting to remote server eur01b.ps.compliance.protection.outlook.com failed with the following error message: For more information, see the about_Remote_Troubleshooting Help topic.\nAt C:\\Program Files\\WindowsPowerShell\\Modules\\ExchangeOnlineManagement\\3.1.0\\netFramework\\ExchangeOnlineManagement.psm1:733 char:21\n+ FullyQualifiedErrorId : System.Management.Automation.Remoting.PSRemotingDataStructureException', 'exchange_powershell_not_ready'],
    ['Processing data for a remote command failed with the following error message:\n+ CategoryInfo : OperationStopped: (mail.contoso.com:String) [], PSRemotingTransportException\n+ FullyQualifiedErrorId : JobFailure\n+ PSComputerName : mail.contoso.com', 'exchange_powershell_not_ready'],
    ['[ClientAccessServer=DB3PR01CA014,BackEndServer=db3pr01mb294.eurprd01.prod.outlook.com,RequestId=2d8c3d6e-0000-4a1b-9c1d-123456789abc,TimeStamp=1/1/2024 10:00:00 AM] The data in the command exceeded the maximum permitted by the session configuration. The allowed maximum is 500MB. Change the input, use a different session configuration, or change the "PSMaximumReceivedObjectSizeMB" and "PSMaximumReceivedDataSizePerCommandMB" properties of the session configuration on the remote computer', 'throttled'],
    ["Can't connect to the mailbox of user Mailbox database guid 2d8c3d6e-0000-4a1b-9c1d-123456789abc because the ExchangePrincipal object contains outdated information. The mailbox may have been moved recently.", 'exchange_powershell_not_ready'],
  ]);

  it('a reason named after "Processing data for a remote command failed" decides', () => {
    assert.equal(first('Processing data for a remote command failed with the following error message: The WinRM client cannot process the request because the server name cannot be resolved. For more information, see the about_Remote_Troubleshooting Help topic.'), 'network_blocked');
  });
});

describe('vocabulary: Microsoft 365 sign-in pages and admin tools as Microsoft\'s support articles quote them', () => {
  expectFirst([
    ['Your account has been locked. Contact your support person to unlock it, then try again.', 'security_policy_blocks'],
    ['Connect-MsolService : The user name or password is incorrect. Verify your user name, and then type your password again.', 'not_authenticated'],
    ['To authenticate to Microsoft 365, you must enter your Microsoft account. This is your User Principal Name and in many cases will be something like user@contoso.com.', 'not_authenticated'],
    ['Application configuration incomplete.\nThe information required to configure your computer for Microsoft 365 could not be downloaded. If the issue persists, contact Microsoft 365 Support.\nLearn More.', 'not_authenticated'],
    ["We don't recognize this user ID or password\nMake sure you typed the user ID assigned to you by your organization. It usually looks like someone@example.com or someone@example.onmicrosoft.com. And check to make sure you typed the correct password.", 'not_authenticated'],
    ["You've tried to sign in too many times with an incorrect user ID or password.", 'not_authenticated'],
    ["Sorry, that didn't work. This doesn't look like a valid user ID. Make sure you typed the user ID assigned to you by your organization. It usually looks like someone@example.com or someone@example.onmicrosoft.com.", 'wrong_tenant_or_app'],
    ["We're having trouble signing you in\nYou're currently signed in with a Microsoft account as john@outlook.com, but that account can't be used with Outlook Web App.\nPlease sign out of your Microsoft account, then sign in to Outlook Web App with the account you use to read your organization's email. Click here to sign out. Learn more.", 'wrong_tenant_or_app'],
    ['Something went wrong\nYour organization has disabled this device.\nTo fix this, contact your system administrator and provide the error code 135011.\nMore information:\nhttps://wmv.microsoft.com/wamerrors', 'security_policy_blocks'],
  ]);

  it('the AADSTS code on the same page decides', () => {
    assert.equal(first("We don't recognize this user ID or password\nAADSTS50034: The user account {EUII Hidden} does not exist in the contoso.onmicrosoft.com directory. To sign into this application, the account must be added to the directory."), 'wrong_tenant_or_app');
  });
});
