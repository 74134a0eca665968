/**
 * The config files the assistant exports, one zod schema per profile, version 1: the TypeScript
 * types, the import's run-time check (schema-issues.ts turns zod's issues into our DE/EN
 * messages) and the published JSON Schemas (z.toJSONSchema; scripts/write-schemas.ts writes
 * assets/schemas/*.json, a test keeps them equal) come from this one definition.
 * Field names of the ETRON file are the labels of ETRON onRetail's settings dialog, so an admin
 * can copy each value into the field of the same name.
 */
import { z } from 'zod';

// Formats with our own, documented patterns (the messages name them: schema-issues.ts).
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const EMAIL = /^[A-Za-z0-9.!#%&*+/=?^_{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
const HOSTNAME = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$|^\d{1,3}(?:\.\d{1,3}){3}$/;

const uuid = () => z.guid({ error: 'format:uuid' });
const email = () => z.email({ pattern: EMAIL, error: 'format:email' }).max(254);
const host = () => z.string().regex(HOSTNAME, { error: 'format:hostname' }).meta({ format: 'hostname' });
const port = () => z.int().min(1).max(65535);
const cloud = () => z.enum(['global', 'usgov-gcchigh', 'usgov-dod', 'china', 'sandbox']);
const dateTime = () => z.iso.datetime({ offset: true, error: 'format:date-time' });
const sealed = () => z.strictObject({
  alg: z.literal('scrypt+aes-256-gcm'), N: z.int().min(1024), r: z.int().min(1), p: z.int().min(1),
  salt: z.string().min(1), iv: z.string().min(1), tag: z.string().min(1), ciphertext: z.string().min(1),
}).meta({ description: 'Encrypted with a passphrase (scrypt + AES-256-GCM)' });

/** Profile ids of the config files. */
export type ConfigProfile = 'inventory360' | 'etron' | 'generic';

/** The `format` value of each profile's file. */
export const CONFIG_FORMATS: Record<ConfigProfile, string> = {
  inventory360: 'm365-mail-assistant/inventory360',
  etron: 'm365-mail-assistant/etron-onretail',
  generic: 'm365-mail-assistant/generic',
};

/** The newest schema version this build reads and writes. */
export const CONFIG_SCHEMA_VERSION = 1;

const base = (format: string) => ({
  $schema: z.string().optional(),
  format: z.literal(format),
  schemaVersion: z.literal(1),
  exportedAt: dateTime(),
  cloud: cloud(),
});
const id = (name: string): string => `https://schemas.m365-mail-assistant.invalid/${name}.v1.schema.json`;

/** Inventory360: what its mail settings need for XOAuth2 app-only SMTP. */
export const INVENTORY360_SCHEMA = z.strictObject({
  ...base(CONFIG_FORMATS.inventory360),
  tenantId: uuid(),
  senderMailbox: email(),
  authType: z.literal('XOAuth2'),
  smtp: z.strictObject({ host: host(), port: port(), encryption: z.literal('STARTTLS') }),
  enterpriseAppObjectId: uuid().meta({ description: 'Object ID of the Inventory360 enterprise application (service principal)' }),
  applicationId: z.literal('15dd278a-3da9-4654-9edd-568380df74d0'),
}).meta({ $id: id('inventory360-config'), title: 'Inventory360 mail settings (Microsoft 365, XOAuth2)' });

const outgoing = z.strictObject({
  Name: z.string().min(1).max(128),
  Benutzername: email(),
  'Von-Filter': z.string().max(254).meta({ description: 'a domain or an address, empty for a mass-mail server' }),
  Server: host(), Port: port(), 'Verschlüsselung': z.literal('STARTTLS'),
  Hinweis: z.string().max(1000).meta({ description: 'variant A: who logs in to SMTP (the signed-in user, not the shared mailbox)' }).optional(),
});
const incoming = z.strictObject({
  Name: z.string().min(1).max(128), Benutzername: email(),
  Server: host(), Port: port(), 'SSL/TLS': z.boolean(),
});
const ETRON_REDIRECT = 'https://<instanz>.wawi.onretail.eu/microsoft_outlook/confirm';

/** ETRON onRetail: the values of its Outlook settings, named as in its dialogs. */
export const ETRON_SCHEMA = z.strictObject({
  ...base(CONFIG_FORMATS.etron),
  tenantId: uuid().optional(),
  'Client-ID': uuid(),
  'Client-Secret': sealed().optional(),
  'Client-Secret gültig bis': dateTime().optional(),
  'Alias-Domain': host(),
  'Umleitungs-URL': z.string()
    .regex(/^https:\/\/[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.wawi\.onretail\.eu\/microsoft_outlook\/confirm$/, { error: `pattern:${ETRON_REDIRECT}` })
    .meta({ description: ETRON_REDIRECT }),
  Variante: z.enum(['A', 'B']),
  Postausgangsserver: z.array(outgoing).min(1).max(500),
  Posteingangsserver: z.array(incoming).max(500),
  Systemparameter: z.strictObject({ 'mail.default.from': z.string().max(254).optional(), 'mail.catchall.domain': z.string().max(253).optional() })
    .meta({ description: 'Odoo 16 und älter: Systemparameter des Standard-Absenders. Odoo 17 und neuer liest sie nicht (siehe E-Mail-Domain).' }),
  // Optional, so files written before it still read.
  'E-Mail-Domain': z.strictObject({ Name: host(), 'Standard-Absender': z.string().min(1).max(254).optional() })
    .meta({ description: 'Odoo 17 und neuer: die E-Mail-Domain (Alias-Domain) des Unternehmens; „Standard-Absender“ ist ihr „Default From Alias“ (Teil vor dem @ oder eine vollständige Adresse).' })
    .optional(),
}).meta({ $id: id('etron-onretail-config'), title: 'ETRON onRetail Outlook settings (Microsoft 365 OAuth)' });

/** Any other application: the values an SMTP/IMAP OAuth client needs. */
export const GENERIC_SCHEMA = z.strictObject({
  ...base(CONFIG_FORMATS.generic),
  tenantId: uuid(), clientId: uuid(),
  flow: z.enum(['app-only', 'delegated']),
  mailbox: email(),
  tokenEndpoint: z.string().max(2048).regex(/^https:\/\//, { error: 'pattern:an https URL' }).meta({ description: 'an https URL' }),
  scope: z.string().min(1).max(1024),
  clientSecret: sealed().optional(),
  clientSecretExpires: dateTime().optional(),
  // Optional, so files written before them still read (absent = a client secret).
  credential: z.enum(['secret', 'certificate']).optional()
    .meta({ description: 'How the app proves itself: a client secret, or a certificate uploaded to its app registration' }),
  certificateThumbprint: z.string().regex(/^[0-9A-F]{40}$/, { error: 'pattern:40 hex digits (SHA-1, as Entra shows it)' }).optional()
    .meta({ description: 'SHA-1 thumbprint of the certificate, as Entra shows it (the private key stays with the app)' }),
  smtp: z.strictObject({ host: host(), port: port(), encryption: z.literal('STARTTLS') }),
  imap: z.strictObject({ host: host(), port: port(), encryption: z.literal('SSL/TLS') }),
}).meta({ $id: id('generic-config'), title: 'Microsoft 365 SMTP/IMAP OAuth settings' });

/** Schema per profile. */
export const CONFIG_SCHEMAS = { inventory360: INVENTORY360_SCHEMA, etron: ETRON_SCHEMA, generic: GENERIC_SCHEMA } as const;

/** The published JSON Schema (draft 2020-12) of a profile's file. */
export function configJsonSchema(profile: ConfigProfile): Record<string, unknown> {
  return z.toJSONSchema(CONFIG_SCHEMAS[profile], { target: 'draft-2020-12' }) as Record<string, unknown>;
}

/** The `$id` of a profile's published schema (the `$schema` an exported file names). */
export function configSchemaId(profile: ConfigProfile): string {
  return String(configJsonSchema(profile)['$id']);
}
