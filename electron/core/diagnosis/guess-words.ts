/**
 * The wording the decoder's guesses read (guess.ts): the words and reply shapes of a failed connection, TLS, a sign-in, a
 * refusal, a limit, PowerShell and the mail APIs, in the languages users paste. guess.ts weighs what each names; this file
 * only says how it is written. Every regex is anchored on a word and bounded.
 */
import { NETWORK_MORE, SIGNIN_MORE, TOKEN_MORE } from './guess-languages.js';

/** OAuth named by its error values (RFC 6749 §5.2, OpenID Connect's prompt errors) or by Entra's app registration. */
const OAUTH_NAMED = String.raw`\b(?:invalid_grant|invalid_client|unauthorized_client|invalid_scope|consent_required|interaction_required|login_required)\b|\bApp registrations?\b|\bAzure Portal\b`;

/** Signs that the client signs in with OAuth (then a refused sign-in is not a password one); a JWT is an OAuth access token, and
 *  Microsoft Graph takes nothing else (learn.microsoft.com/graph/auth/: every call carries an access token from Entra). */
export const OAUTH_IN_SIGHT = new RegExp(`${/\bgraph\.microsoft\.com|\bMicrosoft Graph\b|\bGraph API\b|\bOAuth|(?<!25\d[- ]AUTH[ A-Z0-9=-]{0,40})XOAUTH|token|Bearer|\bJWT\b|MSAL|client_id|AADSTS|\bscopes?\b|offline_access|AccessAsUser/.source}|${OAUTH_NAMED}|${TOKEN_MORE}`, 'i');

/** A password that expired or must be changed (English, German). */
export const PASSWORD_CHANGE = /\b(?:password|passwort|kennwort)\b[^\n.]{0,30}?\b(?:(?:has |is )?expired|abgelaufen|must be changed|needs to be changed|muss geändert werden)/i;

/** A shared mailbox named in English or German. */
export const SHARED_MAILBOX = /\bshared[ -](?:mailbox|inbox|e-?mail|account)|\b(?:freigegebene|gemeinsame)s? (?:Postfach|Mailbox)|\bSharedMailbox\b/i;

/** Reading a mailbox (IMAP or POP); sending mail, and a text that says nothing about it. */
export const MAILBOX_PROTOCOL = /\b(?:IMAP|POP3?)\b/i;
/** Sending mail named (SMTP, send, German versenden/senden). */
export const SENDING = /\b(?:SMTP|send(?:ing)?|versende\w*|senden)\b/i;

/** The TLS layer named: SSL/TLS (Python's "_ssl.c" too), a certificate (not an app's certificate credential: "certificate auth", CertificateThumbprint), the handshake, Windows' TLS (Schannel, SSPI), a "secure connection" (English, German, Polish, Russian), STARTTLS
 *  failing (a server's "250-STARTTLS" in a transcript that went on is no such sign); .NET's SslStream failing its handshake
 *  ("Authentication failed because the remote party has closed the transport stream" — its "authentication" is TLS's), the
 *  certificate's name not matching ("Mutual Authentication could not be established", Microsoft's Remote Connectivity
 *  Analyzer), a connection said to be unencrypted. Development texts naming these: 11 of 12 fixed by TLS. */
export const TLS_WORDS = /\b(?:SSL|TLS|STARTTLS\b[^\n.]{0,30}?(?:not supported|nicht unterstützt|failed|fehlgeschlagen|required|erforderlich|error|Fehler|first|zuerst)|certifica(?!te[ -]?(?:auth|based|thumbprint|credential|FilePath|Password))|certyfikat|handshake|revocation|Schannel|SSPI|secure connection|sichere Verbindung|untrusted|not trusted|nicht vertrauenswürdig|remote party has closed the transport stream|mutual authentication could not be established|gegenseitige Authentifizierung|unencrypted connection|decryption operation failed)|_ssl\.c\b|zertifikat|verschlüssel|сертификат|sertifika|证书|證書|証明書|인증서/i;

/** "connect" in English (PowerShell's Connect-* cmdlets are no such word): alone, the weakest of the connection's words. */
export const CONNECT_WORD = /\bconnect(?!-(?:ExchangeOnline|IPPSSession|EXOPSSession|MgGraph|AzureAD|MsolService))/i;
/** Words of a connection that failed (a server that did not respond too), in the languages users paste, besides English "connect". */
export const NETWORK_FAILED = new RegExp(`${/\bE(?:CONN[A-Z]*|TIMEDOUT|HOSTUNREACH|NETUNREACH|NETDOWN|HOSTDOWN|ADDRNOTAVAIL|AI_[A-Z]+)\b|\bnot listening\b|\b(?:timeout|timed out|network (?:error|failure|is unreachable)|Netzwerkfehler|deadline (?:has )?(?:elapsed|exceeded)|refused|unreachable|(?<!reverse )DNS(?! ?;)|proxy|firewall|socket|unknown host|host (?:is )?unknown|(?:server|host) (?:was |could )?not (?:be )?found|(?:did not|didn't|does not|doesn't|is not) respond(?:ing)?|not responding|no response from|nicht geantwortet|antwortet nicht|keine Antwort vom|(?:could not|couldn't|cannot|can't|unable to|failed to) resolve|getaddrinfo|ENOTFOUND|Name or service not known|Name ist unbekannt|Zeitlimit|connexion|conexi[oó]n|conex[aã]o|connessione|verbinding|po[lł][aą]czeni|d[ée]lai d'attente|tiempo de espera|tempo limite)|verbindung|conectar|connett|połącz|соедин|подключ|接続|连接|連線|연결/.source}|${NETWORK_MORE}`, 'i');
/** A connection the other side closed or reset after it was made (the 'network-dropped' signal). */
export const CONNECTION_DROPPED = /\b(?:connection|Verbindung)\b[^\n.]{0,40}?\b(?:closed|reset|dropped|aborted|geschlossen|getrennt|abgebrochen)\b|\bforcibly closed\b|\b(?:closed|reset) by (?:the )?(?:remote|peer)\b/i;
/** Words of a connection, "connect" too. */
export const NETWORK_WORDS = new RegExp(`${CONNECT_WORD.source}|${NETWORK_FAILED.source}`, 'i');

/** SMTP AUTH named as switched off (English, German), either order: "SMTP AUTH is disabled", "turn off authenticated SMTP". */
const SMTP_AUTH_WORDS = '(?:SMTP[ -]?AUTH(?:entication)?|authenticated SMTP|SmtpClientAuthentication(?:Disabled)?|Authentifiziertes SMTP|SMTP-Authentifizierung)';
const OFF_WORDS = '(?:disabled|turned off|switched off|not enabled|deaktiviert|ausgeschaltet|abgeschaltet|nicht aktiviert)';
/** SMTP AUTH said to be switched off. */
export const SMTP_AUTH_OFF = new RegExp(`${SMTP_AUTH_WORDS}[^\\n.]{0,40}?${OFF_WORDS}|\\b(?:disabl|turn(?:ed)? off|deaktivier)\\w*[^\\n.]{0,30}?${SMTP_AUTH_WORDS}`, 'i');
/** IMAP or POP named as switched off ("IMAP ist für das Postfach deaktiviert"). */
export const IMAP_OFF = new RegExp(`${MAILBOX_PROTOCOL.source}[^\\n.]{0,40}?${OFF_WORDS}`, 'i');
/** The organization as a whole (tenant, organization, "Mandant", the security defaults that switch SMTP AUTH off tenant-wide). */
export const ORGANIZATION = /\b(?:tenant|organi[sz]ation|org-wide|Mandant|Organisation|security defaults|Sicherheitsstandards|TransportConfig)/i;

/** An SMTP, IMAP or POP3 server's greeting. */
export const SERVER_GREETING = /\b220[ -][A-Za-z0-9][A-Za-z0-9.-]{2,99} (?:Microsoft )?E?SMTP\b|\* OK\b[^\n]{0,80}IMAP4|\+OK\b[^\n]{0,80}POP3/;

/** Access refused or a right missing (English, German, the Romance languages, Dutch, Polish, Turkish, Russian, Ukrainian, Chinese,
 *  Japanese, Korean). */
export const PERMISSION_WORDS = /AccessDenied\b|RequestDenied\b|\b(?:permission|Berechtigung|insufficient (?:privileges|access rights|rights)|nicht berechtigt|full ?access|Vollzugriff|access (?:to the (?:mailbox|folder) )?(?:is |was )?denied|Zugriff\b[^\n.]{0,40}?verweigert|keine?n? Zugriff|no access|not authori[sz]ed\b(?! to relay)|forbidden|\b403\b|accès refusé|acceso denegado|accesso negato|acesso negado|permiso denegado|permissão negada|permesso negato|toegang geweigerd|brak dostępu|odmowa dostępu|erişim reddedildi)|доступ запрещ|отказано в доступе|доступ заборон|权限|未授权|未授權|拒绝访问|访问被拒|拒絕存取|存取被拒|無權|无权|權限|アクセス拒否|アクセスが拒否|権限|접근이 거부|액세스가 거부|권한이 없|무단 액세스/i;
/** A mailbox or a folder named, or the protocols that read one. */
export const MAILBOX_WORDS = /\b(?:IMAP|POP3?|mailbox|Postfach|folder|Ordner)\b/i;

/** PowerShell remoting, the old way into Exchange (New-PSSession to …/powershell-liveid, the Exchange Management Shell): WinRM's
 *  words ("For more information, see the about_Remote_Troubleshooting Help topic", PSRemotingTransportException,
 *  PSSessionOpenFailed, "WS-Management service"), and Import-PSSession's "Cannot validate argument on parameter 'Session'. The
 *  argument is null." after New-PSSession failed. Its "Connecting to remote server … failed" is the session, not the network. */
export const PS_REMOTING = /\b(?:Starting a command on the remote server failed|about_Remote_Troubleshooting|PSRemotingTransportException|PSSessionOpenFailed|WS-Management|WinRM|WSMan|powershell-liveid|ConfigurationName Microsoft\.Exchange|Exchange Management Shell|Exchange-Verwaltungsshell|attempting to connect to the specified Exchange server)\b|\bon parameter 'Session'/i;
/** A connection limit reached ("Number of simultaneous connections … exceeded maximum", "The maximum number of connections
 *  allowed by the user has been reached", EWS's ErrorExceededConnectionCount): the service throttles, the network is fine. */
export const CONNECTION_LIMIT = /\b(?:(?:simultaneous|concurrent) connections|max(?:imum)? number of (?:[a-z]{1,20} ){0,3}connections|connection (?:limit|count)|ExceededConnectionCount|zu viele (?:gleichzeitige )?Verbindungen)\b/i;

/** Exchange Online PowerShell named: the module, its connect cmdlets, its own verbose lines and classes ("VERBOSE:
 *  ConnectionContext Removed", "Failed to fetch banner content from server", …ExoPowershellSnapin.NewExoPSSession in a stack trace). */
export const EXO_MODULE = /\btmpEXO_|\b(?:Exchange Online PowerShell|Exchange-Online-PowerShell|ExchangeOnlineManagement|Connect-ExchangeOnline|Connect-IPPSSession|ConnectionContext Removed|fetch banner content|ExoPowershellSnapin|NewExoPSSession|Exchange object version|Microsoft\.Exchange\.Management\.(?:AdminApiProvider|RestApiClient|ExoPowershellGalleryModule))\b/i;

/** PowerShell's credential object ("PSCredential credentials" in a stack trace, "-Credential $UserCredential"): no password sign-in. */
export const PS_CREDENTIAL = /\bPSCredential\b|-Credential \$/i;

/** PowerShell's approved verbs that Exchange, Graph and Entra cmdlets use (Get-Verb). */
export const PS_VERBS = '(?:Get|Set|New|Remove|Add|Connect|Disconnect|Import|Export|Install|Update|Enable|Disable|Test|Invoke|Start|Stop|Grant|Revoke|Register|Unregister|Search|Clear|Find|Move|Copy|Resolve|Restore|Initialize|Open|Close|Wait|Publish|Sync|Suspend|Resume|Reset|Repair|Request|Confirm|Show|Hide|Lock|Unlock|Rename|Complete|Block|Unblock|Convert|ConvertTo|ConvertFrom|Expand)';

/** PowerShell sending mail over SMTP (not the Exchange module). */
export const SEND_MAIL_CMDLET = /\bSend-MailMessage\b/i;
/** PowerShell's CommandNotFoundException (English, German). */
export const COMMAND_NOT_FOUND = /is not recognized as (?:the|a) name of a cmdlet|wurde nicht als Name eines Cmdlet/i;

/** MSAL.js prints its error class before the code ("ClientAuthError: state_mismatch: …", msal-common/msal-browser src/error/*.ts):
 *  the class alone says the text is about an OAuth sign-in. */
const MSAL_ERROR_CLASS = '(?:Browser|Client|InteractionRequired|Node|Native)AuthError|ClientConfigurationError|ManagedIdentityError';
/** Sign-in words in the languages users paste. NTLM and Kerberos are Windows' password-based sign-ins, which Exchange Online
 *  does not take for its mail protocols (without OAuth in sight they count as a password sign-in). */
export const SIGNIN_WORDS = new RegExp(String.raw`XOAUTH2|OAUTHBEARER|AADSTS|\bIDX\d{5}\b|\bAD ?FS\b|\bauthori[sz]ation (?:fail|error|denied)|\bJWT\b|\bNTLM\b|\bKerberos\b|\b(?:add(?:ing)?|set(?:ting)? up) (?:the |an |my |your )?(?:e-?mail )?account\b|\baccount (?:can't|cannot|couldn't|could not) be (?:added|set up|verified)|\baccount setup failed|\bproblem verifying (?:your |the )?account|\b(?:invalid|incorrect|wrong) user (?:details|data|info(?:rmation)?)\b|\bKonto\b[^\n.]{0,30}?(?:hinzugefügt|hinzufügen|eingerichtet|einrichten)|\b(?:work (?:or school )?account|Geschäfts- oder Schulkonto|Arbeitskonto|Organisationskonto|${MSAL_ERROR_CLASS}|OAuth|(?:access|refresh|id)_token|sign(?:ing)?(?:-| | you )?in\b|login|log-?on|authenticat|authentifi|credential|MSAL|Entra|Azure AD|microsoftonline|onmicrosoft|log(?:ging|ged)? you in|endpoint|autentica|aanmeld|inlog|logowan|uwierzytelni|verificatie|Microsoft account|Microsoft-Konto)|token|anmeld|authentifizier|авториз|аутентиф|인증|로그인|认证|验证|登录|登入|授权|認証|ログイン|サインイン|授權|添加(?:账|帐|帳)[户戶号號]|新增帳[戶號]|アカウント(?:の追加|を追加)|계정 추가|${SIGNIN_MORE}|${TOKEN_MORE}|${OAUTH_NAMED}`, 'i');
/** OAuth in sight: a token, MSAL (its error classes too), AADSTS, Entra, OpenID Connect, the web sign-in page's "sign you in". */
export const SIGNIN_OAUTH = new RegExp(`${OAUTH_IN_SIGHT.source}|\\bIDX\\d{5}\\b|\\bEntra\\b|Azure AD|microsoftonline|\\bconsent|OpenID|\\bOIDC\\b|${MSAL_ERROR_CLASS}|sign(?:ing)? you in`, 'i');

/** An SMTP reply: its reply code and the class and subject of its enhanced status code, e.g. smtpReply('535', '5\\.7'). */
export const smtpReply = (code: string, classSubject: string): RegExp => new RegExp(String.raw`(?<![\d.])${code}[ -]${classSubject}\.\d{1,3}(?!\d)`);
/** SMTP replies by reply code: a refused AUTH (535), AUTH needed first (530), a policy refusal (550–554 with 5.7.x). */
export const SMTP_535 = smtpReply('535', String.raw`5\.7`);
/** A 530 5.7.x reply: AUTH (or STARTTLS) needed first. */
export const SMTP_530 = smtpReply('530', String.raw`5\.7`);
/** A 550–554 5.7.x reply: a policy refusal. */
export const SMTP_55X_POLICY = smtpReply('55[0-4]', String.raw`5\.7`);

/** Any SMTP reply with an enhanced status code ("550 5.7.68", "451 4.7.500"). */
export const SMTP_ENHANCED_REPLY = smtpReply(String.raw`[245]\d\d`, String.raw`[245]\.\d{1,2}`);

/**
 * An HTTP status given as a number in a client's words: axios's "Request failed with status code 500", .NET's "Response status
 * code does not indicate success: 503", "StatusCode: 429", "status=400", a JSON "status": 401, "Error 401", German "Fehler 401" /
 * "Statuscode 401". Wordings: axios's settle() rejects with "Request failed with status code " + status (quoted as "axios generic
 * 'Request failed with status code 400'" in users' code); .NET's EnsureSuccessStatusCode throws "Response status code does not
 * indicate success: {0} ({1})." (HttpRequestException, as code re-throwing it copies it). The codes are alternatives
 * ("50[24]").
 */
export function httpStatus(codes: string): string {
  return `(?:\\bstatus(?:[ _]?code)?|\\bStatusCode|does not indicate success|\\bHTTP(?:-| )?(?:Error|status|Fehler|response)?(?: ?code)?|\\berror(?: ?code)?|\\bFehler(?:code)?|\\bStatuscode)"?[ :=]{0,3}\\(?(?:${codes})\\b`;
}

/** A server answered: an HTTP status line or status code with its reason, or an SMTP reply with an enhanced status code. */
export const SERVER_ANSWERED = new RegExp(`${/\bHTTP\/\d(?:\.\d)? [1-5]\d\d\b|\bstatus(?: code)?:? ?\(?[1-5]\d\d\b|\b[45]0\d \(?(?:Unauthorized|Forbidden|Bad Request|Not Found)\b|\b(?:Unauthorized|Forbidden|Insufficient privileges|Nicht autorisiert|Verboten)\b|\((?:401|403)\)/.source}|${SMTP_ENHANCED_REPLY.source}`, 'i');

/** An EWS response code (ResponseCodeType: "ErrorItemNotFound", "ErrorImpersonateUserDenied", "ErrorServerBusy" …) by its nouns;
 *  a log's own "ErrorMessage"/"ErrorCode" fields are no such code. */
export const EWS_RESPONSE_CODE = /\bError(?:Item|Folder|Mailbox|Impersonat|Invalid(?:Exchange|Recipient|Sender|Subscription|User|Impersonation)|AccessDenied|ServerBusy|Quota|SendAs|Recipient|Exchange|Subscription|Connection|NonExistent|Organization|Proxy|Schema|Autodiscover|MessageSize|Move|Batch|Calendar)[A-Za-z]{0,40}\b/;

/** Exchange Online's 451 4.7.500–699 rate limits (with or without the 451: "4.7.500 Server busy" as its NDR pages head it), and
 *  the permanent codes of a refused submission (5.2.0) and of size (5.2.3, 5.3.4). */
export const SMTP_4_7_BUSY = /(?<![\d.])(?:4\d\d[ -])?4\.7\.[56]\d\d(?!\d)/;
/** A permanent 5.2.0: a submission the store refused. */
export const SMTP_5_2_0 = /(?<![\d.])5\d\d[ -]5\.2\.0(?![\d.])/;
/** A permanent 5.2.3 or 5.3.4: a message over the size limit. */
export const SMTP_SIZE = /(?<![\d.])5\d\d[ -]5\.(?:2\.3|3\.4)(?![\d.])/;
/** A permanent 5.2.2: RFC 3463's X.2.2 "Mailbox full" — the recipient's, unless the store refused the sender's own submission. */
export const SMTP_5_2_2 = /(?<![\d.])5\d\d[ -]5\.2\.2(?![\d.])(?![^\n]{0,120}STOREDRV\.Submission)/;

/** A recipient refused in words (English, German, Italian, French, Spanish): "refused" there is no connection refused. */
export const RECIPIENT_REFUSED = new RegExp([
  /\b(?:recipient|Empfänger|destinatari|destinataire|destinatario)\w*\b[^\n.]{0,40}?\b(?:rejected|refused|abgelehnt|zurückgewiesen|rifiutat\w|rejeté|refusé|rechazad\w)/.source,
  // Exchange's NDR wording for a refusal by the receiving side ("because the recipient's email system wasn't able to confirm
  // that your message came from a trusted location"; German "da das E-Mail-System des Empfängers nicht bestätigen konnte").
  /\brecipient['’]s (?:e-?mail )?(?:system|server)\b[^\n.]{0,20}?\b(?:wasn['’]t|was not|couldn['’]t|could not|didn['’]t|did not)\b/.source,
  /\b(?:E-?Mail-?System|Mailserver|Server) des Empfängers\b[^\n.]{0,40}?\b(?:konnte|hat|lehnt)\b/.source,
].join('|'), 'i');

/** Sending as or on behalf of another address named (English, German). */
export const SEND_AS_WORDS = /\b(?:send(?:ing)? (?:(?:mail|e-?mail|messages?) )?(?:as|on behalf)|Senden als|(?:im Namen|im Auftrag) (?:von|des|dieses|der)|Senden im (?:Auftrag|Namen)|SendAs)\b/i;
/** STARTTLS asked for before anything else (English, German), and the server not offering AUTH or IMAP's LOGIN (before STARTTLS;
 *  MailKit's and lettre's "No compatible authentication mechanism(s) found": 4 of 5 development texts fixed by TLS). */
export const STARTTLS_FIRST = /\bSTARTTLS\b[^\n.]{0,30}?\b(?:required|first|erforderlich|zuerst)\b|\bMust issue a STARTTLS\b/i;
/** The server not offering AUTH or IMAP's LOGIN. */
export const AUTH_NOT_OFFERED = /\bAUTH(?:entication)? (?:extension|mechanisms?|command) (?:is )?not (?:supported|available|advertised|offered|enabled)\b|\bserver does(?: not|n't) support (?:the )?(?:SMTP )?AUTH\b|\bno compatible authentication mechanisms? (?:was |were )?found|\bLOGINDISABLED\b/i;

/** A token's resource or scope said to be wrong or missing (Entra's messages, OAuth's error codes, an API's audience check). */
export const RESOURCE_NOT_FOUND = /\binvalid_resource\b|\bresource principal\b[^\n]{0,80}?\bnot found/i;
/** A token's scope or resource said to be wrong, missing or not found. */
export const SCOPE_OR_RESOURCE_WRONG = new RegExp(`${RESOURCE_NOT_FOUND.source}|${/\binvalid[ _]?scope|\bscope\b[^\n]{0,80}?\b(?:is not|isn't) valid|(?:must (?:contain|include)|requires?)[^\n.]{0,60}?'scope'|\binvalid audience|\baudience\b[^\n.]{0,30}?\b(?:invalid|mismatch|not valid)/.source}`, 'i');

/** A client secret or key named as expired. */
export const SECRET_EXPIRED = /\b(?:client[ _-]?secret|secret keys?|key used)\b[^\n.]{0,40}?\bexpired|\bexpired client secret/i;
/** The app not found in the directory by its identifier, or a single-tenant app asked for at /common. */
export const APP_WRONG_DIRECTORY = /\bApplication with identifier\b[^\n]{0,120}?\bnot found|\bnot configured as a multi-?tenant application|\btenant-specific endpoint/i;

/** A client secret or assertion said to be required or not allowed, or the client named public or confidential. */
export const PUBLIC_CLIENT = /\b(?:must (?:contain|include)|requires?|required|missing|nor)\b[^\n.]{0,60}?\bclient[ _](?:secret|assertion)\b|\bclient[ _](?:secret|assertion)\b[^\n.]{0,60}?\b(?:should(?: not)? be presented|is required|required)\b|\b(?:client is public|public clients?\b[^\n.]{0,30}?\b(?:secret|assertion|can't|cannot)|confidential client)/i;

/** An SMTP server's refusal of the message or its sender: 55x with an enhanced status code of class 5 and subject 1 or 7. */
export const SMTP_REFUSAL = /(?<![\d.])55\d[ -]5\.[17]\.\d{1,3}(?!\d)/;
/** An SMTP server's refusal on routing (55x 5.4.x: "550 5.4.1 Recipient address rejected: Access denied", "Relay Access Denied"): its
 *  "access denied" is the server's, not a right of the app or the mailbox. */
export const SMTP_ROUTING_REFUSAL = /(?<![\d.])55\d[ -]5\.4\.\d{1,3}(?!\d)/;

/** A reply the client could not read, or a command the server refused as out of step (the 'words-protocol-parse' signal). */
export const PROTOCOL_OUT_OF_STEP = /\b(?:unexpected (?:character|token|atom|response|reply|end of (?:file|stream|input)|tagged response)|syntax error|parse error|(?:failed to|unable to|could not|couldn't|cannot|can't) parse|Unsupported option|ProtocolException|JSONDecodeError|(?:invalid|bad|malformed) (?:response|reply)|(?:Command|Befehl) (?:is )?not valid in this state|protocol error|invalid greeting|send hello first|command not implemented|(?:unrecognized|unknown) command|command unrecognized)\b/i;

/**
 * What shows that a connection word is not a blocked network: a server answered (its greeting, an HTTP status, an SMTP reply),
 * the TLS layer is named, PowerShell's session or the Exchange module is the topic, a connection limit was reached, a
 * recipient was refused, or the client could not read the reply (the server did answer).
 */
export const NOT_THE_NETWORK: readonly RegExp[] = [SERVER_GREETING, SERVER_ANSWERED, TLS_WORDS, PS_REMOTING, CONNECTION_LIMIT, EXO_MODULE, RECIPIENT_REFUSED, PROTOCOL_OUT_OF_STEP];

/** Consent named as missing, or a token that carries no permission at all (the 'words-consent-missing' signal). */
export const CONSENT_MISSING = /\b(?:has not|hasn't|have not|haven't) (?:yet )?(?:been )?consented|\bnot consented\b|\bgrant the client application access|\bcan only be performed by an administrator|\btoken contains no permissions/i;
