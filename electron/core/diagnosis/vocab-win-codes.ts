/**
 * Bare numeric and hexadecimal error codes that Windows, Office, Teams and Outlook show when mail or the Microsoft sign-in
 * fails, pasted with few or no words around them ("Error code: CAA20003", "0x80072EFD", "Socket Error # 10060",
 * "Something went wrong [1001]", "HResult: -2146893019"). Each code is matched as a whole token (not inside a longer hex
 * number or word), hexadecimal case-insensitively, and maps to the category of what fixes it per Microsoft's page. A code
 * names the layer that failed more than the reason: weights stay modest (specificity 2), and a message of its own
 * (specificity 3 in the same family) or the sign-in service's AADSTS error in the same text decides over it.
 *
 * Already read by other files (not repeated here): 0xCAA70004/70007/80000/82EE2/82EE7/20004 and 0x8004DE40/DE88
 * (vocab-office-signin.ts — here only their form without "0x", as the Office dialog prints "Error Code: CAA70007");
 * 0xcaa5001c (vocab-kb-connectivity.ts — here only "CAA5001C"); the 0x800CCCxx and 0x8004210x Outlook numbers
 * (vocab-outlook-codes.ts); 0x80040217 / 80040213 (CDO, patterns-network.ts); 80041317 / 80043431 (vocab-kb-adfs.ts);
 * 0x800488EE (vocab-kb-m365-admin.ts); SEC_E_UNTRUSTED_ROOT 0x80090325, SEC_E_WRONG_PRINCIPAL 0x80090322,
 * SEC_E_ALGORITHM_MISMATCH 0x80090331 (patterns-libraries.ts) and the SEC_E/CERT_E/CRYPT_E codes of vocab-os-tls.ts
 * (0x80090327/28/26/02/04/30/0F/08, 0x800B0109/0F/01, 0x80092010/12/13 — here only their negative decimal forms); the
 * Winsock numbers after "WinError"/"Socket error"/"Errno"/"error code" for 10050/10051/10065/11001/11002/11004 and
 * "WinError 10060/10061" (vocab-os-tls.ts, patterns-libraries.ts) and the WSAE* names those files list.
 *
 * Not here (no Microsoft page saying what fixes them was found in the stored sources, or no category fits):
 * 0xCAA20002 (ADAL invalid_request), 0xCAA2000B, 0xCAA90014, 0xCAA90018 and the other CAA9xxxx WS-Trust/realm codes;
 * the Windows Mail and Calendar numbers 0x8019019a (FACILITY_HTTP 410), 0x80c8043e, 0x8000000b (E_BOUNDS), 0x80070490
 * (ERROR_NOT_FOUND) — Microsoft's "Fix sync issues in the Mail and Calendar apps" page is not in the stored pages, and
 * only third-party sites say what fixes them; Outlook's 0x8004060C (the data file reached its maximum size),
 * 0x8004010F and 0x80040119 (data file / offline address book) — no category fits. German wordings of the Office
 * dialogs ("Fehlercode: …") are matched only through the code itself; no German dialog text was confirmed.
 */
import { codeTable, p, pattern, phrase, type CodeEntry, type Rule } from './pattern-kit.js';

/** A code as a whole token: no letter or digit before (so not "0x" + code, nor inside a longer number), none after. */
const BEFORE = '(?<![0-9A-Za-z])';
const AFTER = '(?![0-9A-Za-z])';

const network = (weight: number, tls = 0): CodeEntry => ({
  family: 'network', proposals: tls ? [p('network_blocked', weight), p('tls_problem', tls)] : [p('network_blocked', weight)],
});
const tls = (weight: number, network = 0): CodeEntry => ({
  family: 'tls', proposals: network ? [p('tls_problem', weight), p('network_blocked', network)] : [p('tls_problem', weight)],
});

/**
 * Microsoft 365 apps and Teams sign-in (Web Account Manager / ADAL, "0xCAA…"), new codes:
 * - 0xCAA20003 "You ran into an authorization problem." — "Make sure your date and time are set up correctly. If your date
 *   and time are incorrect, you won't be able to connect to secure sites (https)." (support.microsoft.com "Why am I having
 *   trouble signing in to Microsoft Teams?", a02f683b-61a3-4008-9447-ee60c5593b0f): the clock, which tls_problem names.
 * - 0xCAA50021 "Microsoft 365 Apps activation error" (MicrosoftDocs/OfficeDocs-Support Office/Client/activation/
 *   activation-error-0xcaa50021.md, learn.microsoft.com/office/troubleshoot/activation/activation-error-0xcaa50021): reset the
 *   activation state, remove the stored Office credentials, recover the device, and check that antivirus/proxy/firewall does
 *   not block Microsoft.AAD.BrokerPlugin — a stale sign-in first, the network second.
 * - The WinINet errors inside facility 0xAA8 (0xCAA8 + the WinINet number): Microsoft's Teams page gives 0xCAA82EE2 "The
 *   request has timed out" (WinINet 12002 ERROR_INTERNET_TIMEOUT) and 0xCAA82EE7 "The server name couldn't be resolved"
 *   (12007). The same layout gives 0xCAA82EFD = 12029 ERROR_INTERNET_CANNOT_CONNECT "The attempt to connect to the server
 *   failed", 0xCAA82F7D = 12157 ERROR_INTERNET_SECURITY_CHANNEL_ERROR and 0xCAA82F8F = 12175 ERROR_WINHTTP_SECURE_FAILURE
 *   (MicrosoftDocs/win32 desktop-src/WinInet/wininet-errors.md, desktop-src/WinHttp/error-messages.md). These three are
 *   derived from the layout, not read on a Microsoft page with the 0xCAA prefix: weights stay lower.
 */
const WAM_CODES: Readonly<Record<string, CodeEntry>> = {
  CAA20003: { family: 'tls', proposals: [p('tls_problem', 0.55), p('token_expired_or_invalid', 0.35)] },
  CAA50021: { family: 'token', proposals: [p('token_expired_or_invalid', 0.45), p('network_blocked', 0.35)] },
  CAA82EFD: network(0.55),
  CAA82F7D: tls(0.5, 0.3),
  CAA82F8F: tls(0.5, 0.3),
};

/**
 * The codes other files know in their "0x" form, as the Office sign-in dialog prints them without it ("Error Code:
 * CAA70007"): the same causes as there (vocab-office-signin.ts: Microsoft365/admin/authentication/
 * connection-issue-when-sign-in-office-2016.md, Office/Client/activation/0xcaa70007-and-0xcaa80000.md,
 * Teams/teams-sign-in/resolve-sign-in-errors.md; vocab-kb-connectivity.ts: 0xCAA5001C in
 * Outlook/Client/profiles-and-accounts/event-1098-and-cannot-create-new-profiles.md — delete the token broker's accounts).
 */
const WAM_CODES_WITHOUT_0X: Readonly<Record<string, CodeEntry>> = {
  CAA70004: network(0.55, 0.45), CAA70007: network(0.55, 0.45), CAA80000: network(0.55, 0.45),
  CAA82EE2: network(0.7), CAA82EE7: network(0.7),
  CAA20004: { family: 'entra-ui', proposals: [p('security_policy_blocks', 0.7)] },
  CAA5001C: { family: 'token', proposals: [p('token_expired_or_invalid', 0.5)] },
};

/**
 * Win32 errors as HRESULTs (0x8007 + the Win32 number, [MS-ERREF] 2.1 "HRESULT_FROM_WIN32"), as Windows Mail, Office
 * activation and Outlook print them.
 * WinINet / WinHTTP (learn.microsoft.com/windows/win32/wininet/wininet-errors, …/winhttp/error-messages):
 * 12002 TIMEOUT "The request has timed out", 12007 NAME_NOT_RESOLVED "The server name cannot be resolved", 12029
 * CANNOT_CONNECT "The attempt to connect to the server failed", 12030 CONNECTION_ABORTED "The connection with the server
 * has been terminated" (WinHTTP 12030 CONNECTION_ERROR: "… or an incompatible SSL protocol was encountered"), 12031
 * CONNECTION_RESET, 12037 SEC_CERT_DATE_INVALID, 12038 SEC_CERT_CN_INVALID, 12045 INVALID_CA (WinHTTP
 * SECURE_INVALID_CA), 12157 SECURITY_CHANNEL_ERROR, 12175 WinHTTP SECURE_FAILURE "One or more errors were found in the
 * Secure Sockets Layer (SSL) certificate sent by the server". 0x80072F0D beside Microsoft's own "The security certificate on
 * the server is not valid" is vocab-kb-rca.ts's; alone it is the same certificate failure.
 * Winsock (learn.microsoft.com/windows/win32/winsock/windows-sockets-error-codes-2): 10013 WSAEACCES, 10053
 * WSAECONNABORTED, 10054 WSAECONNRESET, 10060 WSAETIMEDOUT, 10061 WSAECONNREFUSED, 10064 WSAEHOSTDOWN, 10065
 * WSAEHOSTUNREACH, 11001 WSAHOST_NOT_FOUND, 11004 WSANO_DATA.
 * Not 0x80070520 (ERROR_NO_SUCH_LOGON_SESSION) alone: beside Outlook's token broker it is a stale broker account
 * (vocab-kb-connectivity.ts, with the broker's words), but Connect-ExchangeOnline in a host without a usable broker window
 * prints it too, and no Microsoft page says what fixes the number by itself.
 */
const WIN32_HRESULTS: Readonly<Record<string, CodeEntry>> = {
  '80072EE2': network(0.6), '80072EE7': network(0.75), '80072EFD': network(0.7),
  '80072EFE': network(0.45, 0.35), '80072EFF': network(0.45, 0.3),
  '80072F05': tls(0.75), '80072F06': tls(0.75), '80072F0D': tls(0.75), '80072F7D': tls(0.7, 0.25), '80072F8F': tls(0.7, 0.25),
  '8007271D': network(0.6), '80072745': network(0.45, 0.3), '80072746': network(0.45, 0.3),
  '8007274C': network(0.65), '8007274D': network(0.7), '80072750': network(0.65), '80072751': network(0.7),
  '80072AF9': network(0.75), '80072AFC': network(0.7),
};

/**
 * Schannel / SSPI and certificate-chain HRESULTs not yet known by their number ([MS-ERREF] 2.1, Microsoft's Windows error
 * code specification; learn.microsoft.com/windows/win32/secauthn/sspi-status-codes and
 * learn.microsoft.com/windows/win32/com/com-error-codes-4): SEC_E_CERT_WRONG_USAGE 0x80090349, SEC_E_ISSUING_CA_UNTRUSTED
 * 0x80090352, SEC_E_INCOMPLETE_MESSAGE 0x80090318 (the handshake broke off: TLS, or the connection), SEC_E_NO_CREDENTIALS
 * 0x8009030E (no credentials available in the security package), SEC_E_LOGON_DENIED 0x8009030C ("The logon attempt
 * failed": a Windows-integrated sign-in refused — read as its text is in vocab-os-tls.ts, a password sign-in the server
 * refused), CERT_E_CHAINING 0x800B010A, CERT_E_REVOKED 0x800B010C,
 * CERT_E_REVOCATION_FAILURE 0x800B010E, CERT_E_WRONG_USAGE 0x800B0110, CERT_E_UNTRUSTEDCA 0x800B0112, CERT_E_INVALID_NAME
 * 0x800B0114, TRUST_E_CERT_SIGNATURE 0x80096004.
 */
const SSPI_CODES: Readonly<Record<string, CodeEntry>> = {
  '80090349': tls(0.8), '80090352': tls(0.85), '80090318': tls(0.45, 0.35),
  '8009030E': tls(0.45), '8009030C': { family: 'client', proposals: [p('smtp_auth_failed_generic', 0.45), p('basic_auth_used', 0.35)] },
  '800B010A': tls(0.85), '800B010C': tls(0.85), '800B010E': tls(0.75), '800B0110': tls(0.8), '800B0112': tls(0.85),
  '800B0114': tls(0.8), '80096004': tls(0.8),
};

/** The same codes by name (flags '': the names are upper case). */
const SSPI_NAMES = [
  'SEC_E_CERT_WRONG_USAGE', 'SEC_E_ISSUING_CA_UNTRUSTED', 'CERT_E_CHAINING', 'CERT_E_REVOKED', 'CERT_E_REVOCATION_FAILURE',
  'CERT_E_WRONG_USAGE', 'CERT_E_UNTRUSTEDCA', 'CERT_E_INVALID_NAME', 'TRUST_E_CERT_SIGNATURE',
];

/**
 * The negative decimal forms (.NET's HResult, PowerShell, VBScript's Err.Number: "-2146893019") of the codes above and of
 * the Schannel/certificate codes other files know only in hex (vocab-os-tls.ts, patterns-libraries.ts).
 */
const KNOWN_TLS_HEX = [
  '80090325', '80090322', '80090331', '80090327', '80090328', '80090326', '80090302', '80090304', '80090330', '8009030F',
  '80090308', '800B0109', '800B010F', '800B0101', '80092010', '80092012', '80092013',
];
const signedDecimal = (hex: string): string => String(Number.parseInt(hex, 16) - 0x1_0000_0000);
const DECIMAL_CODES: Readonly<Record<string, CodeEntry>> = Object.fromEntries([
  ...Object.entries({ ...WIN32_HRESULTS, ...SSPI_CODES }).map(([hex, entry]) => [signedDecimal(hex), entry] as const),
  ...KNOWN_TLS_HEX.map((hex) => [signedDecimal(hex), tls(0.8)] as const),
]);

/**
 * MAPI (Outlook classic): MAPI_E_NETWORK_ERROR 0x80040115 (MAKE_MAPI_E(0x115), mapicode.h of the Outlook MAPI reference,
 * learn.microsoft.com/office/client-developer/outlook/mapi/mapi-constants) — Outlook could not reach the mail server;
 * MAPI_E_LOGON_FAILED 0x80040111 — the logon to the message store failed. Family 'client', so that Outlook's own sentence
 * beside the number (vocab-kb-connectivity.ts: "The connection to Microsoft Exchange is unavailable", which Microsoft's
 * article connection-issues-mapi-disabled reads as MAPI switched off for the mailbox) decides over it.
 */
const MAPI_CODES: Readonly<Record<string, CodeEntry>> = {
  '80040115': { family: 'client', proposals: [p('network_blocked', 0.5)] },
  '80040111': { family: 'client', proposals: [p('not_authenticated', 0.45)] },
};

/**
 * Winsock numbers written bare after a word that says they are an error, or in parentheses: "error code 10061", Indy's
 * "Socket Error # 10060" (IndySockets/Indy Lib/Core/IdResourceStringsCore.pas RSStackError = 'Socket Error # %d' + #13#10 +
 * '%s'), "Fehlercode: 10054", "(10054)". Meanings: learn.microsoft.com/windows/win32/winsock/windows-sockets-error-codes-2.
 * A reset or abort (10053/10054) is what a proxy or security software that cuts the connection leaves; Microsoft 365
 * also resets a TLS 1.0/1.1 handshake, hence TLS second.
 */
const WINSOCK_NUMBERS: Readonly<Record<string, CodeEntry>> = {
  10013: network(0.6), 10050: network(0.7), 10051: network(0.7), 10053: network(0.45, 0.3), 10054: network(0.45, 0.3),
  10060: network(0.65), 10061: network(0.7), 10064: network(0.65), 10065: network(0.7), 11001: network(0.75), 11004: network(0.7),
};
// "errno 10054" / "errno=10060": a C runtime's or PHP's errno beside a Windows socket number.
const WINSOCK_CONTEXT = '(?:\\bSocket ?Error ?#?|\\bWinsock ?error|\\bWSA ?error|\\berror ?code|\\bFehlercode|\\bError ?#|\\bError|\\bFehler|\\berrno)';

/**
 * The WinINet / WinHTTP numbers of WIN32_HRESULTS' comment written bare, as Windows components and Outlook print them ("WinHttp
 * error 12029", "Error 12175", "Internet error 12002"): the connection, or the certificate and TLS channel.
 */
const INET_NUMBERS: Readonly<Record<string, CodeEntry>> = {
  12002: network(0.6), 12007: network(0.75), 12029: network(0.7), 12030: network(0.45, 0.35), 12031: network(0.45, 0.3),
  12037: tls(0.75), 12038: tls(0.75), 12045: tls(0.75), 12157: tls(0.7, 0.25), 12175: tls(0.7, 0.25),
};
const INET_CONTEXT = '(?:\\bWin(?:HTTP|INet)[ _-]?(?:error|Fehler)?|\\bInternet ?error|\\berror ?code|\\bFehlercode|\\bError|\\bFehler)';

/**
 * HTTP statuses as HRESULTs (FACILITY_HTTP 0x19: 0x8019 + the status in hex, e.g. 0x80190197 BG_E_HTTP_ERROR_407 of bitsmsg.h,
 * "The error being reported is an HTTP 407-Proxy Authentication issue": learn.microsoft.com/archive/blogs/dgoldman/
 * oab-downloads-fail-with-0x80190197), as Outlook's address book download, BITS and Windows Mail print them: read as the
 * status they carry, as a known code (a little above guess.ts's bare "401 Unauthorized" and the like).
 */
const HTTP_HRESULTS: Readonly<Record<string, CodeEntry>> = {
  80190190: { family: 'client', proposals: [p('token_expired_or_invalid', 0.3), p('wrong_scope_or_resource', 0.2)] },
  80190191: { family: 'client', proposals: [p('token_expired_or_invalid', 0.4), p('wrong_scope_or_resource', 0.3)] },
  80190193: { family: 'client', proposals: [p('consent_missing', 0.35), p('mailbox_permission_missing', 0.3)] },
  80190197: network(0.6),
  '801901AD': { family: 'client', proposals: [p('throttled', 0.6)] },
  '801901F6': network(0.4), '801901F7': { family: 'client', proposals: [p('throttled', 0.4), p('network_blocked', 0.3)] }, '801901F8': network(0.4),
};

const RULES: readonly Rule[] = [
  codeTable('win-wam-code', 'network', 2, `${BEFORE}(?:0x)?(CAA[0-9A-F]{5})${AFTER}`, WAM_CODES),
  codeTable('win-wam-code-bare', 'network', 2, `${BEFORE}(CAA[0-9A-F]{5})${AFTER}`, WAM_CODES_WITHOUT_0X),
  codeTable('win-hresult', 'network', 2, `${BEFORE}(?:0x)?(8007[0-9A-F]{4})${AFTER}`, WIN32_HRESULTS),
  codeTable('win-sspi-code', 'tls', 2, `${BEFORE}(?:0x)?(8009[0-9A-F]{4}|800B[0-9A-F]{4})${AFTER}`, SSPI_CODES),
  codeTable('win-hresult-decimal', 'network', 2, '(?<![0-9.])(-214[0-9]{7})(?![0-9])', DECIMAL_CODES),
  codeTable('win-mapi-code', 'network', 2, `${BEFORE}(?:0x)?(8004011[15])${AFTER}`, MAPI_CODES),
  codeTable('win-winsock-number', 'network', 2, `(?:${WINSOCK_CONTEXT}[ :=#]{0,3}|\\()(100[1-6][0-9]|1100[1-4])(?![0-9])`, WINSOCK_NUMBERS),
  codeTable('win-inet-number', 'network', 2, `${INET_CONTEXT}[ :=#]{0,3}(120[0-4][0-9]|121[5-7][0-9])(?![0-9])`, INET_NUMBERS),
  codeTable('win-http-hresult', 'client', 2, `${BEFORE}(?:0x)?(80190[0-9A-F]{3})${AFTER}`, HTTP_HRESULTS),
  pattern('win-sspi-name', 'tls', 2, [`\\b(?:${SSPI_NAMES.join('|')})\\b`], [p('tls_problem', 0.8)], { flags: '' }),
  // MAPI's names as Outlook-side tools and MFCMAPI print them.
  pattern('win-mapi-network-name', 'client', 2, ['\\bMAPI_E_NETWORK_ERROR\\b'], [p('network_blocked', 0.5)], { flags: '' }),
  pattern('win-mapi-logon-name', 'client', 2, ['\\bMAPI_E_LOGON_FAILED\\b'], [p('not_authenticated', 0.45)], { flags: '' }),
  // WSAEHOSTDOWN (10064, "A socket operation failed because the destination host was down"); the other WSAE names are
  // in vocab-os-tls.ts and patterns-libraries.ts.
  pattern('win-wsa-host-down', 'network', 3, ['\\bWSAEHOSTDOWN\\b'], [p('network_blocked', 0.8)], { flags: '' }),
  // WinINet / WinHTTP error names (wininet-errors, winhttp error-messages): the connection, or the certificate.
  pattern('win-inet-connect-name', 'network', 2, [
    '\\bERROR_(?:INTERNET|WINHTTP)_(?:CANNOT_CONNECT|NAME_NOT_RESOLVED|TIMEOUT|SERVER_UNREACHABLE|PROXY_SERVER_UNREACHABLE|DISCONNECTED)\\b',
  ], [p('network_blocked', 0.75)], { flags: '' }),
  pattern('win-inet-reset-name', 'network', 2, ['\\bERROR_(?:INTERNET|WINHTTP)_(?:CONNECTION_ABORTED|CONNECTION_RESET|CONNECTION_ERROR)\\b'], [
    p('network_blocked', 0.45), p('tls_problem', 0.35),
  ], { flags: '' }),
  pattern('win-inet-cert-name', 'tls', 2, [
    '\\bERROR_INTERNET_(?:SEC_CERT_[A-Z_]{3,20}|INVALID_CA|SEC_INVALID_CERT|SECURITY_CHANNEL_ERROR)\\b',
    '\\bERROR_WINHTTP_SECURE_[A-Z_]{3,30}\\b',
  ], [p('tls_problem', 0.8)], { flags: '' }),
  /**
   * "Something went wrong … To fix this, contact your system administrator and provide the error code 135011." — the device
   * was disabled or deleted in Microsoft Entra ID; an administrator enables it (Microsoft365/admin/access-management/
   * error-135011-activate-m365-apps.md). The sentence "Your organization has disabled this device" is vocab-kb-admin-signin.ts's;
   * this is the code alone.
   */
  pattern('win-office-135011', 'entra-ui', 2, [`(?:${phrase('error code')}|Fehlercode|\\bcode)[: ]{0,3}135011(?![0-9])`], [
    p('security_policy_blocks', 0.65),
  ]),
  /**
   * "Something went wrong [1001]" signing in to Microsoft 365 desktop apps: Microsoft's support article of that title
   * (support.microsoft.com/office/error-something-went-wrong-1001-signing-in-to-microsoft-365-desktop-applications-
   * 6f63238d-d83c-437c-a929-de72fe819793) points to "Can't sign in to Microsoft 365 desktop applications"
   * (Microsoft365/admin/authentication/cannot-sign-in-microsoft-365-desktop-apps.md): security software or its WFP drivers
   * block the network communication of the Web Account Manager plug-ins or break them; exclude them, reinstall the plug-ins.
   * The number is shown only in brackets after the dialog's title; the German title is not confirmed, so English only.
   */
  pattern('win-office-1001', 'network', 2, [`${phrase('Something went wrong')}[^\\n]{0,80}?\\[1001\\]`], [
    p('network_blocked', 0.5), p('token_expired_or_invalid', 0.3),
  ]),
];

/** Every bare Windows, Office and Outlook error code rule (patterns.ts). */
export const WIN_CODE_VOCABULARY_RULES: readonly Rule[] = RULES;
