/**
 * What Exchange's and Outlook's own support articles quote when a mail client or app cannot reach, sign in to or open a
 * mailbox — the texts the decoder did not know yet after vocab-kb-outlook.ts and vocab-kb-connectivity.ts (issue 10).
 * Source: Microsoft's support articles for Outlook (Windows, Mac, mobile) and for Exchange client connectivity,
 * administration and hybrid deployments, as the MicrosoftDocs/OfficeDocs-Support repository holds them (folders
 * Outlook/Client, Outlook/Mac, Outlook/Mobile, Exchange/ExchangeServer/client-connectivity, Exchange/*\/administration and
 * Exchange/ExchangeHybrid; the MicrosoftDocs/SupportArticles-docs snapshot was too large to fetch here, and its index
 * holds no support/outlook or support/exchange folder), cited as their learn.microsoft.com/troubleshoot/… address. Each
 * message maps to the category of the fix the article gives. The articles are in English only here, so no German rows.
 *
 * Not here, because no category's fix is the article's: Outlook's RPC-encryption messages ("Unable to open your default
 * e-mail folders …", "Your Server or Mailbox names could not be resolved" — generic Outlook sentences with many causes;
 * exchange/client-connectivity/outlook-connection-issue-caused-by-rpc-encryption-requirement), the stale Autodiscover
 * server after a migration ("The Microsoft Exchange information service in your profile is missing required
 * information"; outlook/profiles-and-accounts/cannot-connect-web-service-not-working-migrated-to-office-365), hybrid
 * public folders' "[LoginPermException] … can't act as owner of a MailUser object" (two articles, two fixes: public
 * folder client access, an expired on-premises password), Outlook on the web's "Can't complete your request. You might
 * not have permission to perform this action." (WrongServerVersionException across versions, not a permission),
 * "Internal MAPI error: The profile does not contain the requested service." (an Office update), mailbox moves'
 * MRSProxy errors ("MRS proxy service is disabled", "The HTTP request was forbidden with client authentication scheme
 * 'Negotiate'", "Access is denied" for …/EWS/mrsproxy.svc: the hybrid server's settings), the Hybrid Configuration
 * wizard's federation and organization-relationship errors, and Exchange Server setup, database and cmdlet errors.
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/**
 * Exchange's EWS log: "AuthError=User not allowed to access EWS;,FaultInnerException=…ServiceAccessDeniedException:
 * Access is denied. Check credentials and try again." — EWS is blocked at the organization level and only the
 * applications on the allow list may use it (Set-OrganizationConfig -EwsAllowList / EwsApplicationAccessPolicy); the
 * fix is to let the client in (learn.microsoft.com/troubleshoot/exchange/administration/403-forbidden-view-free-busy-
 * information). Read like EWS switched off for the mailbox (vocab-cloud-services.ts 'dynamics-ews-forbidden'), the
 * organization's access policy second. The exact reason outranks "Access is denied. Check credentials" (Graph's
 * ErrorAccessDenied reading, patterns-graph.ts).
 */
const EWS_ACCESS: readonly Rule[] = [
  pattern('kb-ews-user-not-allowed', 'graph', 3, [phrase('User not allowed to access EWS')], [
    p('imap_disabled_or_not_connected', 0.7), p('security_policy_blocks', 0.5),
  ]),
];

/**
 * Exchange Server's POP3/IMAP4 test (Microsoft.Exchange.Monitoring): "ProtocolException: Authentication failed. The
 * connection is being closed. Unable to read data from the transport connection: An existing connection was forcibly
 * closed by the remote host.Server response while making connection:[]." — the PopProxy and ImapProxy server components
 * are inactive (telnet to the port shows no banner); the fix is Set-ServerComponentState … -State Active
 * (learn.microsoft.com/troubleshoot/exchange/client-connectivity/cannot-connect-to-pop3-or-imap4). The protocol is
 * off, not the TLS: the empty server response and the test's sentence outrank "forcibly closed" (tls/network).
 */
const POP_IMAP_PROXY: readonly Rule[] = [
  pattern('kb-popimap-proxy-inactive', 'imap', 3, [
    `${phrase('Server response while making connection:')} ?\\[ ?\\]`,
    `ProtocolException: ?${phrase('Authentication failed. The connection is being closed')}`,
  ], [p('imap_disabled_or_not_connected', 0.8), p('network_blocked', 0.3)]),
];

// Exchange 2010's store session limit (TooManyObjectsOpenedException, event 9646 "… exceeded the maximum of 16 objects of type
// "session"", the same article) is read by vocab-kb-office-articles.ts kb-exchange-too-many-sessions.

/**
 * Outlook for Windows set up with the Exchange ActiveSync account type against Exchange: "Log onto Exchange ActiveSync
 * mail server (EAS): The server cannot be found." — Outlook does not support EAS connections to Exchange; add the
 * account with the standard Exchange settings (learn.microsoft.com/troubleshoot/outlook/profiles-and-accounts/
 * outlook-cannot-use-activesync-connect-exchange). A protocol the server does not answer for this client; the server
 * name second.
 */
const OUTLOOK_EAS: readonly Rule[] = [
  pattern('kb-outlook-eas-server-not-found', 'client', 3, [
    `${phrase('Log onto Exchange ActiveSync mail server')} ?\\(EAS\\): ?${phrase('The server cannot be found')}`,
  ], [p('unexpected_server_reply', 0.6), p('network_blocked', 0.35)]),
];

/**
 * .NET's WebException "The underlying connection was closed: An unexpected error occurred on a receive." — Exchange's
 * hybrid set-up (Set-FederatedOrganizationIdentifier "An error occurred accessing Windows Live", New-AuthServer "Cannot
 * acquire auth metadata document") fails so when TLS 1.2 is not fully enabled on the Exchange servers
 * (learn.microsoft.com/troubleshoot/exchange/hybrid-configuration-wizard-errors/free-busy-sharing-issues-tls12). The
 * "on a send" form is in vocab-os-tls.ts. "On a receive" alone is not read here: it also ends other connections (an
 * Exchange Online PowerShell session that never opened), so only the two hybrid sentences the article quotes carry it;
 * the network stays close.
 */
const HYBRID_TLS_WRAPPER = `(?:${phrase('An error occurred accessing Windows Live')}|${phrase('Cannot acquire auth metadata document from')})`;
const DOTNET_RECEIVE: readonly Rule[] = [
  pattern('kb-hybrid-closed-on-receive', 'tls', 3, [
    `${HYBRID_TLS_WRAPPER}[^\\n]{0,300}?${phrase('An unexpected error occurred on a receive')}`,
  ], [p('tls_problem', 0.6), p('network_blocked', 0.4)]),
];

/**
 * Hybrid Configuration wizard: "HCW8057 Office 365 was unable to communicate with your on-premises Autodiscover
 * endpoint. This is typically due to incorrect DNS or firewall configuration." — a perimeter device's
 * pre-authentication, a firewall blocking Microsoft 365's addresses, or a missing Autodiscover DNS record
 * (learn.microsoft.com/troubleshoot/exchange/hybrid-configuration-wizard-errors/hcw8034-or-hcw8057-error-when-
 * runninghybrid-configuration-wizard).
 */
const HYBRID_AUTODISCOVER: readonly Rule[] = [
  pattern('kb-hcw8057-autodiscover-unreachable', 'network', 3, [
    phrase('was unable to communicate with your on-premises Autodiscover endpoint'), '\\bHCW8057\\b',
  ], [p('network_blocked', 0.75)]),
];

/** Every rule from Microsoft's Outlook, Exchange client-connectivity, administration and hybrid articles (patterns.ts). */
export const KB_OUTLOOK_ARTICLES_VOCABULARY_RULES: readonly Rule[] = [
  ...EWS_ACCESS, ...POP_IMAP_PROXY, ...OUTLOOK_EAS, ...DOTNET_RECEIVE, ...HYBRID_AUTODISCOVER,
];
