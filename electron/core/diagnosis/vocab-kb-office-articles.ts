/**
 * What Microsoft 365 Apps (Office), Outlook and Exchange show when their sign-in, activation or mailbox connection
 * fails, as Microsoft's own support articles quote it (issue 10). Source: the articles of MicrosoftDocs/OfficeDocs-Support,
 * folders Office/Client/activation, Office/Client/office-suite-issues, Office/OfficeExperts/authentication,
 * Outlook/Client/authentication, Outlook/Client/security and Exchange/ExchangeServer/client-connectivity, each cited as
 * its learn.microsoft.com page (published as …/office/troubleshoot/…, …/outlook/troubleshoot/…, …/exchange/troubleshoot/…).
 * Each message is the article's own quotation, mapped to the category of what the article says fixes it. The repository
 * holds no translations, so English only.
 *
 * Already read as the articles say by other files (no rule here): "Your organization has disabled this device"
 * (security policy), "Sorry, we can't connect to your account" (network), AADSTS9002313 and the 0xCAA… numbers
 * (aadsts-codes.ts, vocab-office-signin.ts), "We couldn't connect to one of the services we needed to sign you in"
 * together with 0xCAA70007; the folders the earlier harvests of this repository read (vocab-kb-connectivity.ts,
 * vocab-kb-outlook.ts, vocab-kb-mailflow.ts, vocab-kb-admin-signin.ts, vocab-kb-adfs.ts) are not repeated.
 *
 * Not here, because no category names their fix: Office licensing and activation-state messages ("You currently have
 * not been assigned an office license …", "The products we found in your account can't be used to activate", "Your
 * account doesn't allow editing on a Mac", "LICENSE REQUIRED", "Microsoft Office cannot verify the license for this
 * product", "We've run into a problem with your Office 365 subscription", "Office 365 Enterprise E3 setup is
 * incomplete"), "Invalid provider specified." (Office 2016 run as administrator), Office Mobile's "You don't have
 * permission to access this content" / "We're having trouble locating your account" (a federation server, left out by
 * vocab-kb-admin-signin.ts too), Exchange 2010's RPC-encryption and mailbox-move dialogs, and NDRs about message format,
 * loops or delegates (see vocab-kb-mailflow.ts).
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/**
 * Microsoft 365 Apps' sign-in during activation refuses the account the user entered or keeps a stale one.
 * - "That Microsoft account doesn't exist": a personal Microsoft account was expected and a work or school account was
 *   typed (or the reverse); the fix is to sign in with the Work or School account that has the licence.
 *   learn.microsoft.com/en-us/office/troubleshoot/activation/account-doesnt-exist
 * - "Sorry, another account from your organization is already signed in on this computer": Windows' and Office's
 *   account stores (OneAuth, IdentityCache, the Mac's ResetOneAuthCreds) hold another or a stale account of the same
 *   tenant; the fix is to sign out and clear those stored sign-ins.
 *   learn.microsoft.com/en-us/office/troubleshoot/activation/another-account-already-signed-in,
 *   learn.microsoft.com/en-us/microsoft-365/troubleshoot/sign-in/sign-in-to-office-2016-for-mac-fail
 * - "There's a problem with your account" / "Account error … sign in again to resolve the issue": sign out of Office
 *   and back in with the Work or School account, reset the activation state.
 *   learn.microsoft.com/en-us/office/troubleshoot/activation/problem-with-your-account
 *   "… please try again later" alone reads as throttling (patterns-smtp.ts 'throttled-word'): the weight stays above it.
 * - "Trusted Platform Module malfunctioned": the device's stored sign-in keys — remove Office's credentials, the
 *   BrokerPlugin token folders, clear the TPM, re-join Microsoft Entra ID.
 *   learn.microsoft.com/en-us/office/troubleshoot/activation/tpm-malfunctioned
 */
const OFFICE_ACCOUNT: readonly Rule[] = [
  pattern('kb-office-msa-doesnt-exist', 'entra-ui', 3, [
    `${phrase("That Microsoft account doesn't exist.")} ?${phrase('Enter a different account or get a new one')}`,
  ], [p('wrong_tenant_or_app', 0.65)]),
  pattern('kb-office-another-account-signed-in', 'entra-ui', 3, [
    phrase('another account from your organization is already signed in on this computer'),
  ], [p('token_expired_or_invalid', 0.55), p('wrong_tenant_or_app', 0.4)]),
  pattern('kb-office-problem-with-account', 'entra-ui', 3, [
    phrase("There's a problem with your account, please try again later"),
    `${phrase('There is a problem with your account.')} ?${phrase('To fix this, sign in again')}`,
  ], [p('token_expired_or_invalid', 0.65), p('wrong_tenant_or_app', 0.3)]),
  pattern('kb-office-tpm-malfunctioned', 'entra-ui', 3, [phrase('Trusted Platform Module malfunctioned')], [
    p('token_expired_or_invalid', 0.5), p('security_policy_blocks', 0.25),
  ]),
];

/**
 * Activation and sign-in of Microsoft 365 Apps that cannot reach Microsoft.
 * - On Windows 7 SP1 / Server 2008 R2 / 2012 these "typically occur if TLS 1.2 is not enabled": "We're having trouble
 *   activating Office … This might be due to a network or temporary service issue", "Sorry, we are having some
 *   temporary server issues". learn.microsoft.com/en-us/office/troubleshoot/activation/errors-activating-on-older-windows,
 *   …/activation/temporary-server-issues, …/activation/network-connection-issues (TLS 1.2 first, then proxy and firewall).
 * - "We are unable to connect right now. Please check your network and try again later.": the computer cannot reach
 *   *.microsoftonline-p.net (a firewall or proxy rule) or the Network Connectivity Status Indicator's active probe is
 *   off. learn.microsoft.com/en-us/office/troubleshoot/activation/issue-when-activate-office-365-proplus
 *   ("… try again later" alone reads as throttling: the weight stays above it.)
 * - "You'll need the internet for this." and the sentence "We couldn't connect to one of the services we needed to
 *   sign you in" without its 0xCAA number: a firewall, proxy or TLS setting in front of the sign-in broker.
 *   learn.microsoft.com/en-us/microsoft-365/troubleshoot/authentication/connection-issue-when-sign-in-office-2016
 * - Office's account dialogs when the Network List Service is stopped ("No Internet Connection", "There are problems
 *   with your account. To fix them, please sign in again", "There are network issues stopping us from opening your
 *   document"): the fix is to start that service, so Office sees the network.
 *   learn.microsoft.com/en-us/office/troubleshoot/office-suite-issues/files-fail-to-open
 */
const OFFICE_NETWORK: readonly Rule[] = [
  pattern('kb-office-activation-older-windows', 'network', 3, [
    `${phrase("We're having trouble activating Office")}[\\s\\S]{0,80}?${phrase('This might be due to a network or temporary service issue')}`,
    phrase('Sorry, we are having some temporary server issues'),
  ], [p('tls_problem', 0.55), p('network_blocked', 0.45), p('throttled', 0.2)]),
  pattern('kb-office-trouble-activating', 'network', 2, [phrase("We're having trouble activating Office")], [
    p('network_blocked', 0.45), p('tls_problem', 0.4),
  ]),
  pattern('kb-office-unable-to-connect', 'network', 3, [
    `${phrase('We are unable to connect right now.')} ?${phrase('Please check your network')}`,
  ], [p('network_blocked', 0.7), p('tls_problem', 0.2)]),
  pattern('kb-office-need-internet', 'network', 3, [
    phrase("You'll need the internet for this"),
    `${phrase("We couldn't connect to one of the services we needed to sign you in.")} ?${phrase('Please check your connection')}`,
  ], [p('network_blocked', 0.6), p('tls_problem', 0.35)]),
  pattern('kb-office-no-internet-connection', 'network', 3, [
    `${phrase('No Internet Connection')} ?${phrase('Connect to the Internet to add or manage services')}`,
    phrase('It looks like you are not connected to the Internet. You may not be able to access these folders until you go online'),
    phrase('There are network issues stopping us from opening your document'),
  ], [p('network_blocked', 0.7)]),
  pattern('kb-office-account-error-sign-in-again', 'network', 3, [
    `${phrase('There are problems with your account.')} ?${phrase('To fix them, please sign in again')}`,
    `${phrase("Sorry, we can't get to your account right now.")} ?${phrase('To fix this, please sign in again')}`,
  ], [p('network_blocked', 0.5), p('token_expired_or_invalid', 0.4)]),
];

/**
 * Outlook and Office blocking a sign-in or a send by their own security settings.
 * - "A program is trying to send an e-mail message on your behalf": another program sends through Outlook's object
 *   model while Outlook finds no valid antivirus; the fix is the antivirus or the Programmatic Access policy.
 *   learn.microsoft.com/en-us/outlook/troubleshoot/security/a-program-is-trying-to-send-an-email-message-on-your-behalf
 * - "Your organization's policies are preventing us from completing this action for you": Office's sign-in window
 *   refuses a non-https page inside the identity provider's custom (DUO) sign-in page; the fix is on that page.
 *   learn.microsoft.com/en-us/office/troubleshoot/authentication/not-render-a-custom-duo-api-multi-factor-authentication-login-page
 * - "This feature has been disabled by your administrator." behind Outlook's "Need Password": Office may not connect to
 *   online services (Trust Center → Privacy Options, or its policy), so the modern sign-in cannot run. A short sentence
 *   Office shows for other switched-off features too: modest weight.
 *   learn.microsoft.com/en-us/outlook/troubleshoot/authentication/password-prompt-at-every-start-or-cannot-create-profile;
 *   the same sentence (and "We are unable to connect right now") when Skype for Business is activated, fixed by the
 *   UseOnlineContent registry value that lets Office use online content:
 *   learn.microsoft.com/en-us/office/troubleshoot/office-suite-issues/office-365-activates-skype
 */
const OFFICE_POLICY: readonly Rule[] = [
  pattern('kb-outlook-program-sending-on-behalf', 'client', 3, [
    phrase('A program is trying to send an e-mail message on your behalf'),
  ], [p('security_policy_blocks', 0.55)]),
  pattern('kb-office-org-policies-preventing', 'entra-ui', 3, [
    phrase("Your organization's policies are preventing us from completing this action for you"),
  ], [p('security_policy_blocks', 0.55)]),
  pattern('kb-outlook-feature-disabled-by-admin', 'client', 2, [phrase('This feature has been disabled by your administrator')], [
    p('network_blocked', 0.35), p('security_policy_blocks', 0.3),
  ]),
];

/**
 * Exchange's mailbox store refusing more sessions for one user: Outlook on the web's "A problem occurred while you were
 * trying to use your mailbox" with TooManyObjectsOpenedException, event 9646 "Mapi session … exceeded the maximum of 16
 * objects of type "session"" (POP3/IMAP4 over Telnet then answer "No Server Unavailable 15"). Too many open sessions —
 * a limit; the fix is to close them (or raise the limit).
 * learn.microsoft.com/en-us/exchange/troubleshoot/client-connectivity/cannot-connect-to-mailbox-via-owa
 */
const EXCHANGE_SESSIONS: readonly Rule[] = [
  pattern('kb-exchange-too-many-sessions', 'throttle', 3, [
    '\\bTooManyObjectsOpenedException\\b',
    `${phrase('exceeded the maximum of')} ?\\d{1,4} ?${phrase('objects of type')}`,
  ], [p('throttled', 0.7)]),
];

/** Microsoft's support articles on Microsoft 365 Apps sign-in and activation, Outlook's security prompts and Exchange sessions. */
export const KB_OFFICE_ARTICLE_VOCABULARY_RULES: readonly Rule[] = [
  ...OFFICE_ACCOUNT, ...OFFICE_NETWORK, ...OFFICE_POLICY, ...EXCHANGE_SESSIONS,
];
