/**
 * Outlook's (classic and mobile) and Exchange ActiveSync's connection and sign-in messages as Microsoft's own support
 * articles quote them (vocab-kb-connectivity.ts): MAPI switched off for the mailbox, Outlook's EWS features behind a
 * wrong WinHTTP proxy, attachments over the size limit, a stale token broker after a domain migration, Outlook mobile's
 * certificate and TLS warnings, ActiveSync's quarantine mail. Microsoft's German article texts are not in the source.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary (support articles): Outlook with MAPI switched off for the mailbox, or made to sign in with a password', () => {
  it("'The connection to Microsoft Exchange is unavailable': a password sign-in first (two articles), MAPI switched off second", () => {
    const causes = decode('The action cannot be completed. The connection to Microsoft Exchange is unavailable. Outlook must be online or connected to complete this action.').causes;
    assert.deepEqual(causes.slice(0, 2).map((c) => c.category), ['basic_auth_used', 'imap_disabled_or_not_connected']);
  });
  expectFirst([
    ['Cannot expand the folder. Microsoft Exchange is not available. Either there are network problems or the Exchange server is down for maintenance.', 'imap_disabled_or_not_connected'],
  ]);

  it('the older on-premises wording (RPC encryption of Exchange 2010–2016) stays a guess', () => {
    assert.ok(decode('The connection to the Microsoft Exchange Server is unavailable. Outlook must be online or connected to complete this action.').guess);
  });
});

describe('vocabulary (support articles): Outlook EWS features behind a wrong WinHTTP proxy', () => {
  expectFirst([
    ['Your automatic reply settings cannot be displayed because the server is currently unavailable. Try again later.', 'network_blocked'],
    ["We can't show MailTips right now.", 'network_blocked'],
    ['No information. No free/busy information could be retrieved. Your server location could not be determined. Contact your administrator.', 'network_blocked'],
  ]);
});

describe('vocabulary (support articles): attachments over the size limit', () => {
  expectFirst([
    ['MAPISendMail: Failed to submit message. Attachments to the message exceeded the size limit set by your Administrator', 'message_too_large'],
    ["The file you're attaching is bigger than the server allows. Try putting the file in a shared location and sending a link instead.", 'message_too_large'],
    ['The attachment size exceeds the allowable limit.', 'message_too_large'],
    ['Command: SendMail Status: AttachmentTooBig', 'message_too_large'],
  ]);
});

describe('vocabulary (support articles): the token broker after a domain migration (event 1098)', () => {
  expectFirst([
    ['Error: 2147943712\nErrorMessage: A specified logon session does not exist. It may already have been terminated. A specified logon session does not exist. It may already have been terminated.\nAdditionalInformation: Exception of type \'class WinRTException\' at webaccountprocessor.cpp, line: 190, method: Microsoft Entra ID::Core::WebAccountProcessor::ProcessBrokerRequest::<lambda_>::operator (). Log: 0xcaa5001c Token broker operation failed. Operation name: RequestToken Logged at webaccountprocessor.cpp, line: 520, method: Microsoft Entra ID::Core::WebAccountProcessor::ReportException.', 'token_expired_or_invalid'],
    ['Log: 0xcaa5001c Token broker operation failed. Operation name: RequestToken', 'token_expired_or_invalid'],
  ]);

  it('Microsoft\'s sign-in error in the broker\'s log decides over its number', () => {
    assert.equal(first('Log: 0xcaa5001c Token broker operation failed. Operation name: RequestToken\nError: AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.'), 'security_policy_blocks');
  });

  it('Windows\' "logon session does not exist" alone is not the token broker', () => {
    assert.ok(decode('The task could not start: A specified logon session does not exist. It may already have been terminated. (0x80070520)').guess);
  });
});

describe('vocabulary (support articles): Outlook mobile and Outlook on the web certificates', () => {
  expectFirst([
    ['Insecure connection. Would you like to log in anyway?', 'tls_problem'],
    ['Secure connection unavailable. Would you like to log in anyway?', 'tls_problem'],
    ['The connection to your mail server timed out.', 'tls_problem'],
    ["There is a problem with this website's security certificate.", 'tls_problem'],
  ]);
});

describe('vocabulary (support articles): Exchange ActiveSync quarantine', () => {
  expectFirst([
    ["Your mobile device is temporarily blocked from accessing content via Exchange ActiveSync because the mobile device has been quarantined. You don't need to take any action. Content will automatically be downloaded as soon as access is granted by your administrator.", 'security_policy_blocks'],
    ['Information about your mobile device:\nDevice model:Virtual\nDevice access state:Quarantined\nDevice access state reason:Global', 'security_policy_blocks'],
  ]);
});

describe('vocabulary (support articles): Outlook\'s MAPI layer failing, POX Autodiscover with an app-only token', () => {
  expectFirst([
    ['The operation failed. The messaging interfaces have returned an unknown error. If the problem persists, restart Outlook.', 'unexpected_server_reply'],
    ['Response : The email address can\'t be found\n<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006"><Response><Error><ErrorCode>500</ErrorCode><Message>The email address can\'t be found.</Message></Error></Response></Autodiscover>', 'unexpected_server_reply'],
  ]);
});
