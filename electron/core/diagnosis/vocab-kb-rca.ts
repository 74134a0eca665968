/**
 * What the Microsoft Remote Connectivity Analyzer (testconnectivity.microsoft.com, "ExRCA") and the Microsoft
 * Connectivity Analyzer print when a test of Exchange Online / Microsoft 365 or of an Exchange server fails: Exchange
 * ActiveSync, Autodiscover, EWS, Outlook connectivity (RPC over HTTP, MAPI), inbound/outbound SMTP and single sign-on
 * (AD FS federation) — as Microsoft's own articles on those errors quote them (issue 10). Source: MicrosoftDocs/
 * OfficeDocs-ConnectivityAnalyzer, folder connectivity-analyzer/ (every article read; each group cites its files).
 * Each message maps to the category of the fix its article gives. The articles are in English only (no translations
 * in the source), so there is no German here. The Microsoft Support and Recovery Assistant's own messages are not in
 * that source, and two searches of the stored documentation and pages found none of them: no rule for it (unconfirmed).
 *
 * A sentence that only carries another reply behind it (the analyzer's "A Web exception occurred because an HTTP …
 * response was received", "Testing of the … failed. For more information, see Additional Details", "The Outlook
 * Autodiscover provider returned an error status in the XML response") stays weak and gives way to that reply.
 *
 * Already read right by other files (no rule here): "ErrorImpersonateUserDenied …" (patterns-graph.ts, FullAccess /
 * impersonation); "Mutual Authentication could not be established." and "The target principal name is incorrect"
 * (TLS words, patterns-network.ts / patterns-libraries.ts); "There is a problem with this website's security
 * certificate." (vocab-kb-connectivity.ts); "An encrypted connection to your mail server is not available …"
 * (vocab-kb-outlook.ts reads it from the Microsoft 365 F-plan article; the analyzer's mutual-authentication article
 * quotes it as one more symptom).
 *
 * Not here — the article's fix fits no category (a setting of an on-premises Exchange or IIS server, an Exchange
 * update, a federation trust) or the text is no error: "Access is denied error (0x5) was thrown by the RPC runtime."
 * (LAN Manager authentication level, DC replication; access-denied-error-thrown-rpc-runtime.md); "ActiveSync URL was in
 * an Invalid format …" (activesync-externalurl-not-expected-format.md); "All Required Authentication Methods could not
 * be found." (all-required-authentication-methods-could-not-be-found.md), 'Authentication method "…" is enabled but is
 * not an allowed Authentication method for this service.' (an-unsupported-authentication-method-found.md) and
 * "Anonymous authentication enabled for virtual directory." (anonymous-authentication-enabled-virtual-directory.md) —
 * the virtual directories' authentication settings; "The client and server versions are not compatible …" (a registry
 * value on the server; client-and-server-versions-are-not-compatible.md); "Could not negotiate an appropriate Airsync
 * version with server." (Exchange 2003 SP2; could-not-negotiate-appropriate-airsync-version-with-server.md); "Exchange
 * ActiveSync returned an HTTP 451 response. (Device Misconfigured)." and "… an HTTP 500 response." (ExternalUrl,
 * a dismounted store, Kerberos or AD permissions between Exchange servers; exchange-activesync-returned-http-451-error.md,
 * -500-error.md, -503-error.md); "1007 AccessDenied: Access Denied." (the on-premises server's clock against the
 * Microsoft Federation Gateway; error-with-system-time.md — too bare to read alone); "Missing AuthPackage element …" and
 * "Missing EXPR element in Autodiscover XML Response" (Outlook provider settings; missing-authpackage-element-…md,
 * missing-expr-element-…md); "Client mailboxes must be on Exchange 2007 Server or later." and "Active Directory
 * currently not available" (Autodiscover of Exchange 2007); "Open relay test message delivered successfully …" (no
 * failure); AD FS's own pages "There was a problem accessing the site …" and "Your organization could not sign you in
 * to this service." (general-issues-that-may-occur-one-all-users.md, token-signing-certificate-expired.md: stale
 * federation data or an expired token-signing certificate — the federation trust, no category); the Outlook 2003
 * messages of rpc-encryption-required.md (vocab-kb-connectivity.ts keeps them a guess). No quoted message:
 * adfs-token-not-accepted-…, ews-endpoint-directed-premises-legacy-server.md, firewall-pre-authentication-check.md,
 * upn-issues-when-authenticating.md, must-uninstall-all-interim-updates-…md, message-header-analyzer.md,
 * mismatching-soa-and-ns-zone-names.md, the Teams and Skype for Business diagnostics pages.
 */
import { p, pattern, phrase, type Rule } from './pattern-kit.js';

/** An IPv4/IPv6 address as the analyzer prints it (the articles write "X.X.X.X"). */
const IP = '[0-9A-Fa-fXx.:]{3,45}';

/**
 * Exchange Web Services: the account the test acts as (the signed-in account, or the impersonated one) has no right
 * on the folder or mailbox. Fix: Add-MailboxPermission (FullAccess) or folder permissions; for impersonation, the
 * ApplicationImpersonation right. act-as-account-does-not-have-permissions-create-items-this-folder.md,
 * act-as-account-may-not-have-permission-delete-items-this-folder.md, act-as-account-may-not-have-permissions-access-
 * this-folder.md, service-account-specified-does-not-have-impersonation-rights-client-access-server.md.
 */
const EWS_PERMISSIONS: readonly Rule[] = [
  pattern('rca-ews-act-as-folder', 'product', 3, [
    phrase('the Act As Account does not have permissions to create items'),
    phrase('the Act As account may not have permission to delete items'),
    phrase('the Act As Account may not have permissions to access this folder'),
  ], [p('mailbox_permission_missing', 0.75)]),
  pattern('rca-ews-impersonation-denied', 'product', 3, [
    `\\bErrorImpersonationDenied\\b`, phrase('does not have the ms-Exch-EPI-Impersonation right'),
  ], [p('mailbox_permission_missing', 0.75)]),
];

/**
 * Signing in to Microsoft 365 (the analyzer's Office 365 and Single Sign-On tests).
 * "To authenticate to Office 365, you must enter your Microsoft account. This is your User Principal Name …": enter the
 * work account's UPN (also: an expired password, an account never activated, a locked account) — error-when-run-
 * exchange-remote-connectivity-analyzer-tool-test-connectivity-office-365-to-authenticate-office-365-must-enter-your-
 * microsoft-account.md. "The Security Token Service indicated that the authentication failed. Check the username and
 * password and try again.": a wrong password or user name, or a UPN outside the federated domain at AD FS
 * (unknown-username-bad-password.md). "The domain is a federated domain but the user … is not known by Office 365":
 * the user's UPN was not synchronized to Microsoft 365 (domain-federated-domain-but-user-user-contoso-com-not-known-
 * office-365.md). "The domain is not a federated domain.": a mistyped UPN, or no federation (name-space-not-federated.md).
 * Exchange ActiveSync's "An HTTP 401 Unauthorized response was received from the remote IIS server. This is usually the
 * result of an incorrect username or password …": the user name and password, the full UPN for Office 365
 * (activesync-options-command-returned-http-401-error.md).
 */
const SIGN_IN: readonly Rule[] = [
  pattern('rca-o365-enter-microsoft-account', 'product', 3, [phrase('To authenticate to Office 365, you must enter your Microsoft account')], [
    p('wrong_tenant_or_app', 0.6), p('not_authenticated', 0.45), p('security_policy_blocks', 0.2),
  ]),
  pattern('rca-sts-authentication-failed', 'product', 3, [phrase('The Security Token Service indicated that the authentication failed')], [
    p('not_authenticated', 0.65), p('wrong_tenant_or_app', 0.35),
  ]),
  pattern('rca-federated-user-unknown', 'product', 3, [
    `${phrase('The domain is a federated domain but the user')} ?\\S{1,254} ?${phrase('is not known by Office 365')}`,
  ], [p('wrong_tenant_or_app', 0.55)]),
  pattern('rca-domain-not-federated', 'product', 3, [phrase('The domain is not a federated domain')], [p('wrong_tenant_or_app', 0.45)]),
  pattern('rca-eas-401-credentials', 'product', 3, [
    `${phrase('An HTTP 401 Unauthorized response was received from the remote')} ?\\S{0,20} ?${phrase('server.')} ?${phrase('This is usually the result of an incorrect username or password')}`,
  ], [p('not_authenticated', 0.6), p('wrong_tenant_or_app', 0.35), p('basic_auth_used', 0.3)]),
];

/**
 * The AD FS server does not answer: "Failed to retreive ADFS metadata" (sic) — start the AD FS services on the server
 * and the proxy (active-directory-federated-services-ad-fs-server-down-unreachable.md). The analyzer's line under it,
 * "A Web exception occurred because an HTTP 503 - ServiceUnavailable response was received from Unknown", only repeats
 * the HTTP status it got: weak, and it gives way to any reply or TLS error found beside it.
 */
const ADFS: readonly Rule[] = [
  pattern('rca-adfs-metadata', 'network', 3, [phrase('Failed to retreive ADFS metadata'), phrase('Failed to retrieve ADFS metadata')], [
    p('network_blocked', 0.6),
  ]),
  pattern('rca-web-exception', 'product', 1, [phrase('A Web exception occurred because an HTTP')], [
    p('network_blocked', 0.25), p('unexpected_server_reply', 0.2),
  ], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
];

/**
 * Certificates → tls_problem. "SSL Certificate Name Mismatch" and Outlook's / Windows Mobile's "The name of the security
 * certificate is invalid or does not match the name of the site", "The security certificate on the server is not valid.
 * Support code: 0x80072f0d" (ssl-certificate-name-mismatch.md, adfs-ssl-certificate-name-mismatch.md,
 * windows-mobile-root-certificates.md); Windows Mobile's "The security certificate on the server is invalid. Contact
 * your Exchange Server administrator or ISP …" and "Synchronization failed. The security certificate on the server has
 * expired. Check that the date and time on the device is correct …" (missing-intermediate-certificates-chain.md: install
 * the intermediate CA certificates); "An HTTP 500 was returned to ISA because the certificate on the published server
 * doesn't match the name in the publishing rule." (an-http-500-returned-is-because-certificate-published-server-doesn-
 * t-match-name-publishing-rule.md); "The certificate common name doesn't match the mutual authentication string
 * provided; however, a match was found in the subject alternative name extension." (only clients before Windows Vista
 * SP1 fail; mutual-authentication-established-subject-alternative-name.md). "An HTTP 403.4 was returned because SSL was
 * required on the virtual directory.": connect with https:// (an-http-403-4-returned-because-ssl-required-virtual-
 * directory.md). "Store logon returned ecNotEncrypted 2416. The Server requires RPC Encryption.": tick "Encrypt data
 * between Microsoft Outlook and Microsoft Exchange" (rpc-encryption-required.md).
 */
const CERTIFICATES: readonly Rule[] = [
  pattern('rca-certificate', 'tls', 3, [
    phrase('SSL Certificate Name Mismatch'),
    phrase('The name of the security certificate is invalid or does not match the name of the site'),
    phrase('The security certificate on the server is not valid'),
    phrase('The security certificate on the server is invalid'),
    phrase('The security certificate on the server has expired'),
    phrase("because the certificate on the published server doesn't match the name in the publishing rule"),
  ], [p('tls_problem', 0.8)]),
  pattern('rca-mutual-auth-san', 'tls', 3, [phrase("The certificate common name doesn't match the mutual authentication string provided")], [
    p('tls_problem', 0.55),
  ]),
  pattern('rca-ssl-required', 'tls', 3, [
    phrase('An HTTP 403.4 was returned because SSL was required'),
    phrase('Store logon returned ecNotEncrypted'), phrase('The Server requires RPC Encryption'),
  ], [p('tls_problem', 0.65)]),
];

/**
 * The connection does not get through → network_blocked. "The host name could not be resolved in DNS." (add the host's
 * A record; host-name-could-not-be-resolved-dns.md, active-directory-federated-services-ad-fs-https-endpoint-name-could-
 * not-be-resolved.md); "RPC Server Unavailable error (1722) was thrown by the RPC Runtime" (DNS, ValidPorts, firewalls;
 * rpc-server-unavailable-error-thrown-rpc-runtime.md); "The email server is not available." (the Microsoft Connectivity
 * Analyzer's mobile test, pointing to the same article; email-server-not-available.md); "Expected Service Banner was not
 * received when connecting." (an SMTP filter or firewall in the way, or nothing listening on port 25;
 * expected-service-banner-not-received-when-connecting.md); "Could not find MS-Server-ActiveSync header in OPTIONS
 * response." (a firewall or reverse proxy that blocks the OPTIONS verb; could-not-find-ms-server-activesync-header-
 * options-response.md); "The server denied the specified Uniform Resource Locator (URL)." (the ISA publishing rule;
 * an-http-403-received-because-is-denied-specified-url.md). Two DNS records the analyzer looks up: "Failed to find
 * Autodiscover SRV record in DNS." — an error only if Autodiscover is meant to be found by SRV record, so weak
 * (could-not-find-autodiscover-service-location-srv-record-dns.md); "No MX records found in DNS for SMTP domain …"
 * (add the MX record; no-mx-records-were-found-specified-smtp-domain.md).
 * "A network connection error occurred while communicating with the remote host: '…'" (server down, port not listening,
 * a firewall or proxy; network-error-occurred-while-communicating-with-remote-host.md): the reason in the quotes may be a
 * TLS error, which then decides.
 */
const NETWORK: readonly Rule[] = [
  pattern('rca-network-unreachable', 'network', 3, [
    phrase('The host name could not be resolved in DNS'),
    phrase('RPC Server Unavailable error (1722) was thrown by the RPC Runtime'),
    phrase('Expected Service Banner was not received when connecting'),
    phrase('Could not find MS-Server-ActiveSync header in OPTIONS response'),
    phrase('The server denied the specified Uniform Resource Locator (URL)'),
    phrase('No MX records found in DNS for SMTP domain'),
  ], [p('network_blocked', 0.65)]),
  pattern('rca-email-server-not-available', 'network', 2, [phrase('The email server is not available.')], [p('network_blocked', 0.55)]),
  pattern('rca-autodiscover-srv', 'network', 2, [phrase('Failed to find Autodiscover SRV record in DNS')], [p('network_blocked', 0.4)]),
  pattern('rca-network-error', 'product', 2, [phrase('A network connection error occurred while communicating with the remote host')], [
    p('network_blocked', 0.6),
  ], { yieldsTo: ['tls'] }),
];

/**
 * Outlook's connection to the mailbox is switched off for this mailbox → the mailbox's protocol setting, read like IMAP
 * switched off (as vocab-kb-connectivity.ts reads MAPI switched off). "The server disallows the user to access the server
 * via the MAPI protocol interface." (Set-CASMailbox -MapiEnabled $true; mapi-connections-are-not-allowed.md); "Missing
 * EXCH element in Autodiscover XML Response" (MAPI may be off for the user; missing-exch-element-autodiscover-xml-
 * response.md); "RPC/HTTP connections for this client are prohibited" (-MAPIBlockOutlookRpcHTTP $false;
 * rpc-over-http-connection-not-allowed.md); "Store logon returned ecCachedModeRequired 1249. Cached Mode is required for
 * this mailbox." (-MapiBlockOutlookNonCachedMode $false, or Cached Exchange Mode; cached-mode-required-this-mailbox.md).
 * Outlook's own "Your Exchange Server administrator has blocked the version of Outlook that you are using." is quoted by
 * three articles: cached mode or MAPI required by the mailbox's settings (two) and RPC encryption (one), hence TLS second.
 */
const MAILBOX_PROTOCOLS: readonly Rule[] = [
  pattern('rca-mapi-not-allowed', 'product', 3, [
    phrase('The server disallows the user to access the server via the MAPI protocol interface'),
    phrase('RPC/HTTP connections for this client are prohibited'),
    phrase('Store logon returned ecCachedModeRequired'), phrase('Cached Mode is required for this mailbox'),
  ], [p('imap_disabled_or_not_connected', 0.65)]),
  pattern('rca-autodiscover-missing-exch', 'product', 3, [phrase('Missing EXCH element in Autodiscover XML Response')], [
    p('imap_disabled_or_not_connected', 0.45),
  ]),
  pattern('rca-outlook-version-blocked', 'client', 3, [phrase('Your Exchange Server administrator has blocked the version of Outlook that you are using')], [
    p('imap_disabled_or_not_connected', 0.5), p('tls_problem', 0.3),
  ]),
];

/**
 * Autodiscover or the address book does not find a mailbox for the address: "confirm that the account you are using has
 * an Exchange mailbox and is stamped with a valid e-mail address" — outlook-autodiscover-provider-returned-error-status-
 * xml-response.md ("Autodiscover cannot process the given e-mail address. Only mailboxes and contacts are allowed.",
 * "The e-mail address cannot be found."), mobilesync-autodiscover-provider-returned-error-status-xml-response.md
 * ("Cannot find mobile mailbox", "Autodiscover cannot process the given e-mail address. Only mailboxes and contacts can
 * be used for MobileSync.", "Cannot find the e-mail address"); name-could-not-be-matched-name-address-list.md ("The name
 * could not be matched to a name in the address list.": no mailbox for the account, or hidden from the address list),
 * read like EWS's ErrorNonExistentMailbox (vocab-cloud-services.ts). The mobile test's "The user name provided could not
 * be matched to a name in the email server's address list. Please check that you are using the correct user name." asks
 * for the right user name first (user-name-provided-could-not-be-matched-name-email-server-address-list.md).
 * The analyzer's "The Outlook / MobileSync Autodiscover provider returned an error status in the XML response." only
 * announces these: weak.
 */
const MAILBOX_NOT_FOUND: readonly Rule[] = [
  pattern('rca-autodiscover-no-mailbox', 'product', 3, [
    phrase('Autodiscover cannot process the given e-mail address'),
    phrase('The e-mail address cannot be found'), phrase('Cannot find the e-mail address'), phrase('Cannot find mobile mailbox'),
    phrase('The name could not be matched to a name in the address list'),
  ], [p('imap_disabled_or_not_connected', 0.5), p('wrong_tenant_or_app', 0.45)]),
  pattern('rca-user-name-not-matched', 'product', 3, [phrase("The user name provided could not be matched to a name in the email server's address list")], [
    p('wrong_tenant_or_app', 0.55), p('imap_disabled_or_not_connected', 0.35),
  ]),
  pattern('rca-autodiscover-provider-error', 'product', 1, [
    `${phrase('The')} ?(?:Outlook|MobileSync) ?${phrase('Autodiscover provider returned an error status in the XML response')}`,
  ], [p('wrong_tenant_or_app', 0.3), p('imap_disabled_or_not_connected', 0.25)], { yieldsTo: ['server-reply', 'sign-in'] }),
];

/**
 * The server answers something the test does not expect → unexpected_server_reply. "An unexpected Redirect Response was
 * received." (an HTTP redirect configured in IIS for an Exchange application; an-unexpected-redirect-response-received.md);
 * "A positive HTTP response other than a redirect response was received." (the Autodiscover HTTP-redirect method got
 * another answer — one of several methods the analyzer tries, so weak; positive-http-response-other-than-redirect-
 * response-received.md); "Invalid XML response, unable to retrieve Availability or OOF Settings." (a fix for the Client
 * Access server; invalid-xml-response-unable-retrieve-availability-oof-settings.md); "No supported Authentication Methods
 * found in Response" (a 401 without WWW-Authenticate headers: the virtual directory's authentication or an ISA
 * publishing rule that lets no authentication through; no-supported-authentication-methods-found-response.md) — the
 * analyzer's words with "in Response" are not PHPMailer's STARTTLS-less "No supported authentication methods found".
 * The step lines "Testing of the … failed. For more information, see Additional Details." and "Errors were encountered
 * while testing the …" only announce the details below them: weak.
 */
const UNEXPECTED_REPLY: readonly Rule[] = [
  pattern('rca-unexpected-response', 'product', 3, [
    phrase('An unexpected Redirect Response was received'),
    phrase('Invalid XML response, unable to retrieve Availability or OOF Settings'),
  ], [p('unexpected_server_reply', 0.6)]),
  pattern('rca-no-auth-methods-in-response', 'product', 3, [phrase('No supported Authentication Methods found in Response')], [
    p('unexpected_server_reply', 0.6), p('network_blocked', 0.35),
  ]),
  pattern('rca-positive-not-redirect', 'product', 2, [phrase('A positive HTTP response other than a redirect response was received')], [
    p('unexpected_server_reply', 0.35), p('network_blocked', 0.3),
  ]),
  pattern('rca-test-step-failed', 'product', 1, [
    `${phrase('Testing of the')} [^.\\n]{1,80} ?${phrase('failed. For more information, see Additional Details')}`,
    phrase('Errors were encountered while testing the'),
  ], [p('network_blocked', 0.2), p('unexpected_server_reply', 0.15)], { yieldsTo: ['server-reply', 'tls', 'sign-in'] }),
];

/**
 * Outbound SMTP test: the sending IP's reputation, read like Exchange Online's own refusals for it (patterns-smtp.ts:
 * 5.7.25 reverse DNS, 5.7.606-649 / "Client host [IP] blocked using …" block lists). "IP Address X.X.X.X does not have a
 * PTR record in DNS" (the ISP's reverse zone; ip-address-does-not-have-ptr-record-dns.md); "The IP X.X.X.X was found on
 * the block list. Status code: X" (ask the list's provider to remove it; ip-address-found-rbl.md).
 */
const OUTBOUND_REPUTATION: readonly Rule[] = [
  pattern('rca-outbound-ip-reputation', 'product', 3, [
    `${phrase('IP Address')} ?${IP} ?${phrase('does not have a PTR record in DNS')}`,
    `${phrase('The IP')} ?${IP} ?${phrase('was found on the block list')}`,
  ], [p('outbound_sender_blocked', 0.65)]),
];

/** Every rule from the Remote Connectivity Analyzer's error articles (patterns.ts). */
export const KB_RCA_VOCABULARY_RULES: readonly Rule[] = [
  ...EWS_PERMISSIONS, ...SIGN_IN, ...ADFS, ...CERTIFICATES, ...NETWORK, ...MAILBOX_PROTOCOLS, ...MAILBOX_NOT_FOUND, ...UNEXPECTED_REPLY,
  ...OUTBOUND_REPUTATION,
];
