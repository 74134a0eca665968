/**
 * The sign-in error numbers of Microsoft 365 apps and OneDrive on Windows (Web Account Manager, "0xCAA…"; OneDrive's
 * "0x8004de40"), as users paste them beside a mail problem. Written by hand as a table because no library carries it;
 * each number with the cause Microsoft's support article gives (MicrosoftDocs/OfficeDocs-Support):
 * - 0x8004de40 / 0x8004de88 "OneDrive is having trouble connecting to the cloud": no internet, TLS 1.0/1.1 deprecation,
 *   cipher suites (SharePoint/OneDrive/sync/error-0x8004de40-in-onedrive.md).
 * - 0xCAA70007 / 0xCAA70004 "We couldn't connect to one of the services we needed to sign you in": a firewall, proxy or
 *   antivirus blocking the sign-in broker, or TLS 1.2 off on older Windows (Microsoft365/admin/authentication/
 *   connection-issue-when-sign-in-office-2016.md; Office/Client/activation/0xcaa70007-and-0xcaa80000.md, also 0xCAA80000).
 * - 0xCAA82EE2 / 0xCAA82EE7: no internet access or a network element in the way; 0xCAA20004: a Conditional Access policy
 *   (Teams/teams-sign-in/resolve-sign-in-errors.md).
 */
import { codeTable, p, type CodeEntry, type Rule } from './pattern-kit.js';

const CLOUD_UNREACHABLE: CodeEntry = { family: 'tls', proposals: [p('tls_problem', 0.55), p('network_blocked', 0.5)] };
const BROKER_BLOCKED: CodeEntry = { family: 'network', proposals: [p('network_blocked', 0.55), p('tls_problem', 0.45)] };
const NO_INTERNET: CodeEntry = { family: 'network', proposals: [p('network_blocked', 0.7)] };

const OFFICE_SIGNIN_CODES: Readonly<Record<string, CodeEntry>> = {
  '8004DE40': CLOUD_UNREACHABLE, '8004DE88': CLOUD_UNREACHABLE,
  CAA70007: BROKER_BLOCKED, CAA70004: BROKER_BLOCKED, CAA80000: BROKER_BLOCKED,
  CAA82EE2: NO_INTERNET, CAA82EE7: NO_INTERNET,
  CAA20004: { family: 'entra-ui', proposals: [p('security_policy_blocks', 0.7)] },
};

/** Every Microsoft 365 apps sign-in number rule (patterns.ts). */
export const OFFICE_SIGNIN_CODE_RULES: readonly Rule[] = [
  codeTable('office-signin-code', 'network', 2, '\\b0x(8004DE[48][08]|CAA[0-9A-F]{5})\\b', OFFICE_SIGNIN_CODES),
];
