/**
 * Messages of Microsoft's Exchange Online support articles (vocab-kb-exo-articles.ts): Exchange Online PowerShell behind
 * the Web Account Manager (a RunAs or scheduled-task session, GDAP), cmdlets run against another region or forest, SMTP
 * AUTH of a federated user whose federation server is unreachable, and the relay pool's 5.7.367 — each as the article
 * prints it. The articles are in English only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

const WAM_LOGON_SESSION = 'One or more errors occurred. (Unknown Status: Unexpected    Error: 0xffffffff80070520    Context: A specified logon session does not exist. It may already have been terminated.    Tag: 0x21420087 (error code -2147023584) (internal error code 557973639))- at Microsoft.Exchange.Management.ExoPowershellSnapin.GetConnectionContext.ProcessRecord()     at System.Management.Automation.CommandProcessor.ProcessRecord();InnerException : Unknown Status: Unexpected    Error: 0xffffffff80070520    Context: A specified logon session does not exist. It may already have been terminated.    Tag: 0x21420087 (error code -2147023584) (internal error code 557973639)…;';

describe('vocabulary (Exchange Online articles): Exchange Online PowerShell cannot connect or is connected elsewhere', () => {
  expectFirst([
    [WAM_LOGON_SESSION, 'exchange_powershell_not_ready'],
    ["PS C:\\> Connect-ExchangeOnline -UserPrincipalName admin@contoso.com\nOne or more errors occurred. (Unknown Status: Unexpected    Error: 0xffffffff80070520    Context: A specified logon session does not exist. It may already have been terminated.", 'exchange_powershell_not_ready'],
    ["The role assigned to user 'userx@tenantx.onmicrosoft.com' isn't supported in this scenario.", 'exchange_powershell_not_ready'],
    ['Couldn\'t find database "NAMPR03DG123-db080". Make sure you have typed it correctly.', 'exchange_powershell_not_ready'],
    ["The mailbox '1bfe328f-3be7-4262-a19d-9b136f993e88' is not found in the local forest. Please connect to the right forest by using ConnectionUri as https://outlook.office365.com/powershell-liveid?email=pfmbx1@contoso.onmicrosoft.com while running New-PSSession.", 'exchange_powershell_not_ready'],
  ]);

  it('Windows\' logon-session sentence without the Exchange Online module is not read as PowerShell', () => {
    // No rule reads it (the answer is a guess; the guess by wording may still lean to PowerShell, where the development texts
    // met this sentence).
    assert.equal(decode('A specified logon session does not exist. It may already have been terminated.').guess, true);
  });
});

describe('vocabulary (Exchange Online articles): SMTP AUTH of a federated user', () => {
  expectFirst([
    ['535 5.7.139 Authentication unsuccessful, federated STS service was unreachable.', 'network_blocked'],
    ['Error: 535 5.7.139 Authentication unsuccessful, federated STS service was unreachable. [AM0PR10CA0001.EURPRD10.PROD.OUTLOOK.COM]', 'network_blocked'],
  ]);

  it('the other 5.7.139 texts keep their own readings', () => {
    assert.equal(first('535 5.7.139 Authentication unsuccessful, the federated STS URL does not support HTTPS.'), 'tls_problem');
    assert.equal(first('535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.'), 'smtp_auth_disabled_tenant');
  });
});

describe('vocabulary (Exchange Online articles): forwarded or relayed mail from the relay pool (5.7.367)', () => {
  expectFirst([
    ['550 5.7.367 Remote server returned not permitted to relay -> 554 5.7.1 Relaying denied', 'outbound_sender_blocked'],
    ['550 5.7.367 Remote server returned not permitted to relay', 'outbound_sender_blocked'],
  ]);

  it('a plain "Relaying denied" without 5.7.367 stays a missing sign-in', () => {
    assert.equal(first('554 5.7.1 Relaying denied'), 'not_authenticated');
  });
});
