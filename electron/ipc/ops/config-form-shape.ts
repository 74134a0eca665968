/**
 * The shape of an export form as it arrives over IPC: the right profile, field types and
 * lengths. Whether the values are valid (GUIDs, addresses…) is config-form.ts's job, which
 * answers with every issue in German and English instead of the first error.
 */
import { ok, type Result } from '../../core/result.js';
import { nestedObject, oneOf, optionalBoolean, text, textList } from '../validate.js';
import type { ConfigForm } from '../wizard-types.js';
import { MAIL_CLOUDS } from './powershell-ops.js';

const FIELD_MAX = 1024;
const MAX_MAILBOXES = 500;

const FIELDS = {
  inventory360: ['profile', 'cloud', 'tenantId', 'senderMailbox', 'enterpriseAppObjectId'],
  etron: ['profile', 'cloud', 'tenantId', 'clientId', 'secretExpires', 'aliasDomain', 'instance', 'variant', 'mailboxes', 'incoming'],
  generic: ['profile', 'cloud', 'tenantId', 'clientId', 'flow', 'mailbox', 'secretExpires', 'credential', 'certificateThumbprint'],
} as const;

function texts<const K extends string>(form: Record<string, unknown>, base: string, names: readonly K[]): Result<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const name of names) {
    const value = text(form[name], `${base}.${name}`, FIELD_MAX);
    if (!value.ok) return value;
    out[name] = value.value;
  }
  return ok(out as Record<K, string>);
}

/** Checks `raw` is a form of one of the profiles, with every field present and of its type. */
export function readConfigForm(raw: unknown, field: string): Result<ConfigForm> {
  const head = nestedObject(raw, field, ['profile', 'cloud', 'tenantId', 'senderMailbox', 'enterpriseAppObjectId', 'clientId',
    'secretExpires', 'aliasDomain', 'instance', 'variant', 'mailboxes', 'incoming', 'flow', 'mailbox', 'credential', 'certificateThumbprint']);
  if (!head.ok) return head;
  const profile = oneOf(head.value['profile'], `${field}.profile`, ['inventory360', 'etron', 'generic'] as const);
  if (!profile.ok) return profile;
  const form = nestedObject(raw, field, FIELDS[profile.value]);
  if (!form.ok) return form;
  const f = form.value;
  const cloud = oneOf(f['cloud'], `${field}.cloud`, MAIL_CLOUDS);
  if (!cloud.ok) return cloud;
  switch (profile.value) {
    case 'inventory360': {
      const t = texts(f, field, ['tenantId', 'senderMailbox', 'enterpriseAppObjectId']);
      return t.ok ? ok({ profile: 'inventory360', cloud: cloud.value, ...t.value }) : t;
    }
    case 'etron': {
      const t = texts(f, field, ['tenantId', 'clientId', 'secretExpires', 'aliasDomain', 'instance']);
      if (!t.ok) return t;
      const variant = oneOf(f['variant'], `${field}.variant`, ['A', 'B'] as const);
      if (!variant.ok) return variant;
      const mailboxes = textList(f['mailboxes'], `${field}.mailboxes`, MAX_MAILBOXES, FIELD_MAX);
      if (!mailboxes.ok) return mailboxes;
      const incoming = optionalBoolean(f['incoming'], `${field}.incoming`);
      if (!incoming.ok) return incoming;
      return ok({ profile: 'etron', cloud: cloud.value, ...t.value, variant: variant.value, mailboxes: mailboxes.value, incoming: incoming.value ?? false });
    }
    case 'generic': {
      const t = texts(f, field, ['tenantId', 'clientId', 'mailbox', 'secretExpires', 'certificateThumbprint']);
      if (!t.ok) return t;
      const flow = oneOf(f['flow'], `${field}.flow`, ['app-only', 'delegated'] as const);
      if (!flow.ok) return flow;
      const credential = oneOf(f['credential'], `${field}.credential`, ['secret', 'certificate'] as const);
      return credential.ok ? ok({ profile: 'generic', cloud: cloud.value, ...t.value, flow: flow.value, credential: credential.value }) : credential;
    }
  }
}
