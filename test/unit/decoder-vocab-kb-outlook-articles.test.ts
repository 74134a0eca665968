/**
 * Exchange's and Outlook's sign-in, connection and mailbox-access messages as Microsoft's own support articles for Outlook,
 * Exchange client connectivity, administration and hybrid deployments quote them (vocab-kb-outlook-articles.ts): EWS
 * blocked by the organization's allow list, POP3/IMAP4 proxy components switched off, the store's session limit, Outlook
 * with the ActiveSync account type against Exchange, the hybrid set-up's "unexpected error occurred on a receive"
 * (TLS 1.2), and the Hybrid Configuration wizard's unreachable Autodiscover endpoint. Microsoft's German article texts
 * are not in the source.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decode } from '../../electron/core/diagnosis/decode.js';
import { expectFirst } from '../helpers/decoder-scenarios.js';

const first = (text: string) => decode(text).causes[0]?.category;

describe('vocabulary (support articles): EWS not allowed for the client', () => {
  expectFirst([
    ['AuthError=User not allowed to access EWS;,FaultInnerException=Microsoft.Exchange.Services.Core.Types.ServiceAccessDeniedException: Access is denied. Check credentials and try again.;ExceptionHandlerBase_ProvideFault_FaultException=System.ServiceModel.FaultException: Access is denied. Check credentials and try again.    at Microsoft.Exchange.Services.Wcf.MessageInspectorManager.InternalAfterReceiveRequest(Message& request  IClientChann', 'imap_disabled_or_not_connected'],
  ]);

  it('the EWS log\'s reason outranks the bare "Access is denied. Check credentials" reading', () => {
    assert.notEqual(first('Access is denied. Check credentials and try again.'), 'imap_disabled_or_not_connected');
    assert.equal(first('AuthError=User not allowed to access EWS;'), 'imap_disabled_or_not_connected');
  });
});

describe('vocabulary (support articles): POP3 / IMAP4 proxy components inactive', () => {
  expectFirst([
    ['Microsoft.Exchange.Monitoring.ProtocolException: Authentication failed.  \nThe connection is being closed. Unable to read data from the transport connection: An  \nexisting connection was forcibly closed by the remote host.Server response while making  \nconnection:[]. ---> System.IO.IOException: Unable to read data from the transport  \nconnection: An existing connection was forcibly closed by the remote host. --->  \nSystem.Net.Sockets.SocketException: An existing connection was forcibly closed by the  \nremote host', 'imap_disabled_or_not_connected'],
  ]);
});

describe('vocabulary (support articles): the store\'s limit of service sessions per user', () => {
  expectFirst([
    ['A problem occurred while you were trying to use your mailbox.\nMicrosoft.Exchange.Data.Storage.TooManyObjectsOpenedException', 'throttled'],
    ['Description:\nMapi session "/o=First Organization/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=E-mailUser" exceeded the maximum of 16 objects of type "session".', 'throttled'],
  ]);
});

describe('vocabulary (support articles): Outlook with the Exchange ActiveSync account type', () => {
  expectFirst([
    ['Log onto Exchange ActiveSync mail server (EAS): The server cannot be found.', 'unexpected_server_reply'],
  ]);
});

describe('vocabulary (support articles): TLS 1.2 not enabled on the hybrid Exchange servers', () => {
  expectFirst([
    ['PowerShell failed to invoke \'Set-FederatedOrganizationIdentifier\': An error occurred while attempting to provision Exchange to the Partner STS. Detailed Information "An error occurred accessing Windows Live. Detailed information: "The underlying connection was closed: An unexpected error occurred on a receive."."', 'tls_problem'],
    ['New-AuthServer -Name "WindowsAzureACS" -AuthMetadataUrl "https://accounts.accesscontrol.windows.net/contoso.com/metadata/json/1" Cannot acquire auth metadata document from \'https://accounts.accesscontrol.windows.net/contoso.com/metadata/json/1\'. Error: The underlying connection was closed: An unexpected error occurred on a receive.', 'tls_problem'],
  ]);

  it('a name-resolution failure after the same wrapper decides', () => {
    assert.equal(first('Cannot acquire auth metadata document from \'https://accounts.accesscontrol.windows.net/contoso.com/metadata/json/1\'. Error: The remote name could not be resolved: \'accounts.accesscontrol.windows.net\''), 'network_blocked');
  });
});

describe('vocabulary (support articles): Hybrid Configuration wizard cannot reach Autodiscover', () => {
  expectFirst([
    ['HCW8057 Office 365 was unable to communicate with your on-premises Autodiscover endpoint. This is typically due to incorrect DNS or firewall configuration. The Office 365 tenant is currently configured to use the following URL for Autodiscover queries from the Office 365 tenant to the on-premises organization - {0}.', 'network_blocked'],
  ]);
});
