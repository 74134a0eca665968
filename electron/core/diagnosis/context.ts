/**
 * Reads a DiagnosisContext from untrusted input (IPC, CLI flags parsed as JSON, a saved report):
 * keeps the fields that have the right type and drops the rest, so decode() never trusts shapes.
 */
import { PROFILES, TOKEN_CHECK_MISMATCHES, type DiagnosisContext, type Finding, type GraphFindings, type Language, type TokenCheckMismatch } from './types.js';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function finding(value: unknown): Finding | undefined {
  return typeof value === 'boolean' || value === 'unknown' ? value : undefined;
}

function readFindings(value: unknown): GraphFindings | undefined {
  if (!isRecord(value)) return undefined;
  const out: Writable<GraphFindings> = {};
  if (typeof value.consentOk === 'boolean') out.consentOk = value.consentOk;
  const sp = finding(value.servicePrincipalRegisteredInExchange);
  if (sp !== undefined) out.servicePrincipalRegisteredInExchange = sp;
  const mp = finding(value.mailboxPermission);
  if (mp !== undefined) out.mailboxPermission = mp;
  const mailbox = oneOf(value.smtpAuthMailbox, ['enabled', 'disabled', 'inherit', 'unknown'] as const);
  if (mailbox) out.smtpAuthMailbox = mailbox;
  const tenant = oneOf(value.smtpAuthTenant, ['enabled', 'disabled', 'unknown'] as const);
  if (tenant) out.smtpAuthTenant = tenant;
  if (typeof value.securityDefaultsEnabled === 'boolean') out.securityDefaultsEnabled = value.securityDefaultsEnabled;
  if (typeof value.userAssigned === 'boolean') out.userAssigned = value.userAssigned;
  if (typeof value.clientSecretExpired === 'boolean') out.clientSecretExpired = value.clientSecretExpired;
  if (typeof value.redirectUriRegistered === 'boolean') out.redirectUriRegistered = value.redirectUriRegistered;
  const imap = finding(value.imapEnabled);
  if (imap !== undefined) out.imapEnabled = imap;
  return out;
}

/** A valid DiagnosisContext from any value (never throws; unknown fields and wrong types are dropped). */
export function readDiagnosisContext(value: unknown): DiagnosisContext {
  if (!isRecord(value)) return {};
  const out: Writable<DiagnosisContext> = {};
  const profile = oneOf(value.profile, PROFILES);
  if (profile) out.profile = profile;
  const flow = oneOf(value.flow, ['app-only', 'delegated'] as const);
  if (flow) out.flow = flow;
  const protocol = oneOf(value.protocol, ['smtp', 'imap'] as const);
  if (protocol) out.protocol = protocol;
  const findings = readFindings(value.graphFindings);
  if (findings) out.graphFindings = findings;
  if (Array.isArray(value.tokenCheck)) {
    out.tokenCheck = value.tokenCheck.filter((m): m is TokenCheckMismatch => oneOf(m, TOKEN_CHECK_MISMATCHES) !== undefined);
  }
  if (typeof value.recentChangeMinutes === 'number' && Number.isFinite(value.recentChangeMinutes) && value.recentChangeMinutes >= 0) {
    out.recentChangeMinutes = value.recentChangeMinutes;
  }
  if (Array.isArray(value.languages)) {
    const languages = value.languages.filter((l): l is Language => l === 'de' || l === 'en');
    if (languages.length > 0) out.languages = [...new Set(languages)];
  }
  return out;
}
