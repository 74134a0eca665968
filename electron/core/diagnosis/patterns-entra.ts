/**
 * Microsoft Entra sign-in errors: every AADSTS code of Microsoft's list (aadsts-codes.ts), and
 * codes added later by range and message words (aadsts-fallback.ts). The codes come as
 * "AADSTS7000215:" in error_description, as numbers in the token endpoint's "error_codes":[7000215]
 * (MSAL Node's "errorNo"), in the error page link "login.microsoftonline.com/error?code=50058" and
 * as "Sign-in error code 50105" in the sign-in logs.
 * Reference: https://learn.microsoft.com/entra/identity-platform/reference-error-codes
 */
import { AADSTS_CODES } from './aadsts-codes.js';
import { fallbackProposals, wordProposals } from './aadsts-fallback.js';
import { p, type CodeEntry, type Proposal, type Rule, type RuleHit } from './pattern-kit.js';

/** AADSTS code (digits only) → what it proposes (Microsoft's list only; kept for the catalogue test). */
export const AADSTS_TABLE: Readonly<Record<string, CodeEntry>> = Object.fromEntries(
  [...AADSTS_CODES.values()].map((c) => [c.code, { proposals: c.proposals.map((x) => p(x.category, x.weight)) }]),
);

const SOURCES = [
  'AADSTS ?(\\d{4,9})(?!\\d)(?! \\d)',
  // Microsoft's renamed docs print the prefix as "Microsoft Entra IDSTS650052" (find-and-replace of "Azure AD").
  '\\bIDSTS ?(\\d{4,9})(?!\\d)(?! \\d)',
  // JSON and Python ("error_codes": [7000215]), Ruby's inspect ("error_codes"=>[700082]), PHP's print_r of the decoded
  // response ("[error_codes] => Array ( [0] => 700082 )").
  'error_?codes["\']? ?(?:[:=]|=>) ?\\[ ?(\\d{4,7})(?!\\d)',
  'error_?codes\\]? ?=> ?Array ?\\( ?\\[0\\] ?=> ?(\\d{4,7})(?!\\d)',
  'errorNo["\']? ?: ?(\\d{4,7})(?!\\d)',
  // MSAL.js's ServerError message: "invalid_grant: Error(s): 50135 - Timestamp: … - Description: …" (msal-common
  // src/response/ResponseHandler.ts, validateTokenResponse: `Error(s): ${serverResponse.error_codes} - Timestamp: …`).
  '\\bError\\(s\\): (\\d{4,7})(?!\\d)(?=[\\d,]{0,40} - Timestamp)',
  // The error page link, also under Entra's older hosts ("error_uri": "https://accounts.accesscontrol.windows.net/error?code=7000222",
  // as a SharePoint add-in's token request printed it; development corpus dev5).
  '(?:microsoftonline\\.(?:com|us|de)|accesscontrol\\.windows\\.net|login\\.windows\\.net|login\\.chinacloudapi\\.cn)/error\\?code=(\\d{4,7})(?!\\d)',
  'sign-?in error code:? ?(\\d{5,7})(?!\\d)',
];
const MAX_CODES = 40;

/** Resources Microsoft 365 always has: "resource principal … not found" then means the tenant lacks the service. */
/**
 * Read on the message with its spaces removed, so a line wrapped inside a word ("resource principa\nl
 * named", as pasted from fixed-width logs) reads the same as the whole message.
 */
const KNOWN_RESOURCE = /resourceprincipalnamed(?:https?:\/\/)?(?:outlook\.office(?:365)?\.com|graph\.microsoft\.com|ps\.outlook\.com|00000002-0000-0ff1-ce00-000000000000|00000003-0000-0000-c000-000000000000)\/?wasnotfound/i;
const RESOURCE_NAMED = /resourceprincipalnamed/i;
/** One of Microsoft's own apps' ids (0000000x-0000-0ff1-ce00-000000000000: Exchange Online, Yammer, SharePoint) near a message's start. */
const MICROSOFT_APP_NAMED = /^[^\n]{0,80}?\b0000000[0-9a-f]-0000-0ff1-ce00-000000000000\b/i;
const squeeze = (text: string): string => text.replace(/\s+/g, '');

/**
 * Outlook's mail scopes (IMAP.AccessAsUser.All, POP.AccessAsUser.All, SMTP.Send, "IMAP/SMTP scopes"). Microsoft:
 * they must be requested under the Outlook resource, https://outlook.office.com/IMAP.AccessAsUser.All …
 * ("Authenticate an IMAP, POP or SMTP connection using OAuth",
 * https://learn.microsoft.com/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth);
 * without the prefix they name Graph's permissions, which the app was not consented for.
 */
const MAIL_SCOPES = /\b(?:IMAP|POP|SMTP)[./](?:AccessAsUser|Send|SMTP|IMAP|POP)\b|\bIMAP\/SMTP scopes?\b/i;
/** 65001 (no consent) for mail scopes: consent first, the scope asked under the wrong resource second. */
const CONSENT_CODES = new Set(['65001', '65004']);

/**
 * MFA and sign-in-frequency codes: met in a token request (refresh token redeemed, invalid_grant, an MSAL
 * silent call), they mean the stored sign-in no longer satisfies the policy and the user must sign in
 * again interactively — MSAL classifies invalid_grant with suberror basic_action as "Issue can be
 * resolved by user interaction during the interactive authentication flow"
 * (https://learn.microsoft.com/dotnet/api/microsoft.identity.client.uirequiredexceptionclassification).
 * So the policy stays first and a fresh sign-in (token_expired_or_invalid) comes second.
 */
const MFA_CODES = new Set(['50072', '50074', '50076', '50079']);
const TOKEN_REQUEST = /invalid_grant|InvalidGrant|refresh[_ ]?token|Token request|acquireTokenSilent|AcquireTokenSilent|MsalUiRequired|InteractionRequired|basic_action/i;

/** Context of the whole text that changes what a code means (see MAIL_SCOPES and MFA_CODES). */
function inContext(code: string, view: string, proposals: readonly Proposal[]): readonly Proposal[] {
  if (CONSENT_CODES.has(code) && MAIL_SCOPES.test(view)) return [...proposals, p('wrong_scope_or_resource', 0.55)];
  if (MFA_CODES.has(code) && TOKEN_REQUEST.test(view)) return [...proposals, p('token_expired_or_invalid', 0.6)];
  return proposals;
}

/**
 * Codes whose name on Microsoft's list is only "InvalidRequest" (90023, 9002313), "MissingRequiredField" (90014) or "the
 * request body must contain the following parameter: '{name}'" (900144; 90014 says the same in the field, e.g. "AADSTS90014: The
 * request body must contain the following parameter: 'client_id'", jasonjoh/node-tutorial#23): the message that follows says what was wrong
 * ("msaredir=1 is only supported on the common tenant", "No applicable permissions were found", the
 * parameter's name), so its words decide (aadsts-fallback.ts), the code's own entry comes second.
 */
const GENERIC_CODES = new Set(['90023', '9002313', '900144', '90014']);

/**
 * A code's message with a query string's plus signs, quotes and colons read as such: the views decode one level of percent
 * encoding, so a message inside a query inside another query ("?msg=…AADSTS50001%253a+Resource+%2527…") still has them
 * encoded (normalize.ts decodeUrl). Only the message readings below that depend on that punctuation use it.
 */
const plainQuery = (message: string): string => message.replace(/%27/gi, "'").replace(/%3a/gi, ':').replace(/\+/g, ' ');

/** 500011 names the resource: a Microsoft 365 one means a missing service, anything else a wrong resource. */
function refine(code: string, message: string, proposals: readonly Proposal[]): readonly Proposal[] {
  // 700023 is "InvalidResourcelessScope" on Microsoft's page, but Entra also sends it for a client
  // assertion whose audience is wrong ("Client assertion audience claim does not match Realm issuer").
  if (code === '700023' && /^[: ]{0,3}Client assertion/i.test(message)) return [p('bad_client_secret', 0.85)];
  // The v1 endpoint wraps the real reason in 70002: "AADSTS70002: Error validating credentials. AADSTS50126: Invalid username
  // or password" / "… AADSTS70000: The provided access grant is invalid or malformed." — the inner code decides.
  if (code === '70002' && /^[: ]{0,3}Error validating credentials\.? {0,3}AADSTS ?\d/i.test(message)) {
    return proposals.map((x) => p(x.category, x.weight * 0.4));
  }
  if (GENERIC_CODES.has(code)) {
    // Its first sentence only: what follows may be another text's (a repeated log line, an unrelated call's name).
    const byWords = wordProposals(message.split(/\.\s/, 1)[0] ?? '');
    if (byWords) return [...byWords, ...proposals.map((x) => p(x.category, Math.min(x.weight, byWords[0]!.weight * 0.8)))];
  }
  // 50001 "Resource '<uri>' is disabled": the resource's own service principal is switched off in the tenant — Microsoft's
  // Power Automate article "Can't sign in to Microsoft Flow due to authentication failed" (SupportArticles-docs: the Microsoft
  // Flow Service enterprise application disabled after a licence lapsed; "Enabled for users to sign-in?" back to Yes), as
  // 500014 words it. Without those words 50001 stays a wrong resource.
  if (code === '50001' && /^[: ]{0,3}Resource '[^'\n]{1,200}' is disabled/i.test(plainQuery(message))) {
    return [p('service_principal_missing_or_wrong_id', 0.85), p('wrong_scope_or_resource', 0.45)];
  }
  // 65005 "<client> is requesting access to a resource <resource> that isn't available in your organization <tenant>": the
  // resource app has no service principal in the tenant (Microsoft Entra's "Unexpected consent error" article,
  // application-sign-in-unexpected-user-consent-error: a subscription, consent to the resource app, or the app's configuration).
  if (code === '65005' && /^[: ]{0,3}[^\n]{0,200}?requesting access to a resource[^\n]{0,200}? (?:isn't|is not) available in your organi[sz]ation/i.test(plainQuery(message))) {
    return [p('service_principal_missing_or_wrong_id', 0.8), p('consent_missing', 0.45), p('wrong_scope_or_resource', 0.4)];
  }
  // 7000112 "Application '<id>'(<name>) is disabled" naming one of Microsoft's own apps (an id ending in 0000-0ff1-ce00-
  // 000000000000: Exchange Online, Yammer, SharePoint): that app's service principal is switched off in the tenant — Microsoft's
  // "Exchange Online application service principal disabled" article (OfficeDocs-Support Microsoft365/admin/sign-in) and the
  // Alchemy Insights page "User receives error Yammer is disabled": enable it again. Another app's 7000112 stays a policy.
  if (code === '7000112' && MICROSOFT_APP_NAMED.test(message)) {
    return [p('service_principal_missing_or_wrong_id', 0.85), p('security_policy_blocks', 0.5)];
  }
  if (code !== '500011' || !RESOURCE_NAMED.test(squeeze(message))) return proposals;
  return KNOWN_RESOURCE.test(squeeze(message))
    ? [p('service_principal_missing_or_wrong_id', 0.9), p('wrong_scope_or_resource', 0.4)]
    : [p('wrong_scope_or_resource', 0.85), p('service_principal_missing_or_wrong_id', 0.45)];
}

/** One code's first occurrence: where it stands, and the 300 characters after it (its message). */
interface CodeAt { readonly code: string; readonly index: number; readonly length: number; readonly message: string }

/** Each code's first occurrence among the first MAX_CODES matches of a global regex (the code: its first group that matched). */
function firstOfEachCode(regex: RegExp, view: string): CodeAt[] {
  const found: CodeAt[] = [];
  const seen = new Set<string>();
  let count = 0;
  for (let m = regex.exec(view); m && count < MAX_CODES; m = regex.exec(view), count++) {
    const code = m.slice(1).find((g) => g !== undefined) ?? '';
    if (seen.has(code)) continue;
    seen.add(code);
    found.push({ code, index: m.index, length: m[0].length, message: view.slice(m.index + m[0].length, m.index + m[0].length + 300) });
  }
  return found;
}

/** Finds every AADSTS code once (however often and in whichever form it appears). */
const aadstsRule: Rule = {
  id: 'aadsts',
  scan(view) {
    return firstOfEachCode(new RegExp(SOURCES.map((s) => `(?:${s})`).join('|'), 'gi'), view).map(({ code, index, length, message }): RuleHit => {
      const known = AADSTS_CODES.get(code);
      const proposals = inContext(code, view, known
        ? refine(code, message, known.proposals.map((x) => p(x.category, x.weight)))
        : fallbackProposals(code, message));
      return { ruleId: `aadsts:${code}`, family: 'entra', specificity: known ? 3 : 2, index, length, proposals, protocolSensitive: false };
    });
  },
};

/**
 * Two messages as Entra sends them, with the names filled in, which differ from the wording on Microsoft's list (so
 * aadsts-messages.ts does not find them without their code) and often come without it (a client shows only the
 * description, a guide mistypes the code as "AADSTS00016"):
 * 700016 "Application with identifier '<app id>' was not found in the directory '<tenant>'. This can happen if the
 * application has not been installed by the administrator of the tenant …" (as quoted in Zammad's Microsoft 365
 * channel documentation, zammad/zammad-admin-documentation channels/microsoft365/common-errors.rst), and
 * 500011 "The resource principal named <resource> was not found in the tenant named <tenant>.", and three whose
 * service text names the URI, tenant or app where the list's wording does not (as quoted with their codes in public
 * guides and issues): 50011 "The redirect URI '<uri>' specified in the request does not match the redirect URIs
 * configured for the application '<app id>'", 90002 "Tenant '<tenant>' not found. Check to make sure you have the
 * correct tenant ID and are signing into the correct cloud." and 50105 "Your administrator has configured the
 * application <name> ('<app id>') to block users unless they are specifically granted ('assigned') access".
 */
const RESOURCE_NOT_IN_TENANT = /resourceprincipalnamed.{1,300}?wasnotfoundinthetenant/i;
const CODE_PRESENT = /AADSTS ?(?:700016|500011|50011|90002|50105)(?!\d)/i;
/** The other service texts: [regex, code, proposals]. */
const SERVICE_MESSAGES: readonly (readonly [RegExp, string, readonly Proposal[]])[] = [
  [/\bApplication with identifier '[^'\n]{1,200}' was not found in the directory\b/i, '700016', [p('wrong_tenant_or_app', 0.88)]],
  [/\bspecified in the request does not match the redirect URIs configured\b/i, '50011', [p('redirect_uri_mismatch', 0.9)]],
  [/\bTenant '[^'\n]{1,200}' not found\. Check to make sure you have the correct tenant ID\b/i, '90002', [p('wrong_tenant_or_app', 0.88)]],
  [/\bto block users unless they are specifically granted \('assigned'\) access\b/i, '50105', [p('user_not_assigned', 0.9)]],
];

const entraMessageRule: Rule = {
  id: 'entra-service-message',
  scan(view) {
    if (CODE_PRESENT.test(view)) return [];
    const hit = (ruleId: string, index: number, length: number, proposals: readonly Proposal[]): RuleHit => ({
      ruleId, family: 'entra', specificity: 3, index, length, proposals, protocolSensitive: false,
    });
    for (const [regex, code, proposals] of SERVICE_MESSAGES) {
      const m = regex.exec(view);
      if (m) return [hit(`entra-message:${code}`, m.index, m[0].length, proposals)];
    }
    const squeezed = squeeze(view);
    if (!RESOURCE_NOT_IN_TENANT.test(squeezed)) return [];
    const at = Math.max(0, view.search(/resource principal/i));
    return [hit('entra-message:500011', at, 18, KNOWN_RESOURCE.test(squeezed)
      ? [p('service_principal_missing_or_wrong_id', 0.85), p('wrong_scope_or_resource', 0.4)]
      : [p('wrong_scope_or_resource', 0.8), p('service_principal_missing_or_wrong_id', 0.45)])];
  },
};

/**
 * An Entra code without its AADSTS prefix, as the sign-in page's "More details" block shows it ("Error Code: 53003",
 * "Request Id: …, Correlation Id: …": learn.microsoft.com/entra/identity/conditional-access/troubleshoot-conditional-access)
 * and as logs copy it ("errorCode=50076", "Fehlercode: 50126", Markdown's "**Error Code:** 53003", JSON's "error_codes":[50049]). Only codes on Microsoft's list from 50000 up count — lower
 * and unknown numbers after "error code" are too often another product's — and a little below the prefixed form.
 */
const CODE_WORDS = /(?:\berror[ _]?codes?|\bFehlercode|\bcode d'erreur|\bc[óo]digo de error|\bcodice (?:di )?errore|\bfoutcode|\bkod b[łl][ęe]du)[*"']{0,2} ?[:=]?[*"']{0,2} ?\[?(\d{5,7})(?!\d)/gi;
const numberedCodeRule: Rule = {
  id: 'entra-code-number',
  scan(view) {
    if (/AADSTS ?\d/i.test(view)) return [];
    return firstOfEachCode(new RegExp(CODE_WORDS.source, CODE_WORDS.flags), view).flatMap(({ code, index, length, message }): RuleHit[] => {
      const known = AADSTS_CODES.get(code);
      if (!known || Number(code) < 50000) return [];
      return [{
        ruleId: `entra-code-number:${code}`, family: 'entra', specificity: 2, index, length,
        proposals: inContext(code, view, refine(code, message, known.proposals.map((x) => p(x.category, x.weight * 0.9)))),
        protocolSensitive: false,
      }];
    });
  },
};

/** Every AADSTS rule. */
export const ENTRA_RULES: readonly Rule[] = [aadstsRule, entraMessageRule, numberedCodeRule];
