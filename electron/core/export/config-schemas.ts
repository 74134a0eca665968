/**
 * The published JSON Schemas of the config files the assistant exports, one per profile,
 * version 1. `npm run build` (scripts/build.mjs) and the tests keep assets/schemas/*.json equal
 * to these objects. Field names of the ETRON file are the labels of ETRON onRetail's settings
 * dialog, so an admin can copy each value into the field of the same name.
 */
import type { JsonSchema } from './mini-schema.js';

const uuid: JsonSchema = { type: 'string', format: 'uuid' };
const email: JsonSchema = { type: 'string', format: 'email', maxLength: 254 };
const host: JsonSchema = { type: 'string', format: 'hostname' };
const port: JsonSchema = { type: 'integer', minimum: 1, maximum: 65535 };
const cloud: JsonSchema = { type: 'string', enum: ['global', 'usgov-gcchigh', 'usgov-dod', 'china', 'sandbox'] };
const dateTime: JsonSchema = { type: 'string', format: 'date-time' };
const sealed: JsonSchema = {
  type: 'object', additionalProperties: false,
  required: ['alg', 'N', 'r', 'p', 'salt', 'iv', 'tag', 'ciphertext'],
  description: 'Encrypted with a passphrase (scrypt + AES-256-GCM)',
  properties: {
    alg: { type: 'string', const: 'scrypt+aes-256-gcm' }, N: { type: 'integer', minimum: 1024 },
    r: { type: 'integer', minimum: 1 }, p: { type: 'integer', minimum: 1 },
    salt: { type: 'string', minLength: 1 }, iv: { type: 'string', minLength: 1 },
    tag: { type: 'string', minLength: 1 }, ciphertext: { type: 'string', minLength: 1 },
  },
};
const base = (format: string): Record<string, JsonSchema> => ({
  $schema: { type: 'string' },
  format: { type: 'string', const: format },
  schemaVersion: { type: 'integer', const: 1 },
  exportedAt: dateTime,
  cloud,
});

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

/** Inventory360: what its mail settings need for XOAuth2 app-only SMTP. */
export const INVENTORY360_SCHEMA: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://schemas.m365-mail-assistant.invalid/inventory360-config.v1.schema.json',
  title: 'Inventory360 mail settings (Microsoft 365, XOAuth2)',
  type: 'object', additionalProperties: false,
  required: ['format', 'schemaVersion', 'exportedAt', 'cloud', 'tenantId', 'senderMailbox', 'authType', 'smtp', 'enterpriseAppObjectId', 'applicationId'],
  properties: {
    ...base(CONFIG_FORMATS.inventory360),
    tenantId: uuid,
    senderMailbox: email,
    authType: { type: 'string', const: 'XOAuth2' },
    smtp: {
      type: 'object', additionalProperties: false, required: ['host', 'port', 'encryption'],
      properties: { host, port, encryption: { type: 'string', const: 'STARTTLS' } },
    },
    enterpriseAppObjectId: { ...uuid, description: 'Object ID of the Inventory360 enterprise application (service principal)' },
    applicationId: { type: 'string', const: '15dd278a-3da9-4654-9edd-568380df74d0' },
  },
};

const outgoing: JsonSchema = {
  type: 'object', additionalProperties: false,
  required: ['Name', 'Benutzername', 'Von-Filter', 'Server', 'Port', 'Verschlüsselung'],
  properties: {
    Name: { type: 'string', minLength: 1, maxLength: 128 },
    Benutzername: email,
    'Von-Filter': { type: 'string', maxLength: 254, description: 'a domain or an address, empty for a mass-mail server' },
    Server: host, Port: port, 'Verschlüsselung': { type: 'string', const: 'STARTTLS' },
    Hinweis: { type: 'string', maxLength: 1000, description: 'variant A: who logs in to SMTP (the signed-in user, not the shared mailbox)' },
  },
};
const incoming: JsonSchema = {
  type: 'object', additionalProperties: false,
  required: ['Name', 'Benutzername', 'Server', 'Port', 'SSL/TLS'],
  properties: {
    Name: { type: 'string', minLength: 1, maxLength: 128 }, Benutzername: email,
    Server: host, Port: port, 'SSL/TLS': { type: 'boolean' },
  },
};

/** ETRON onRetail: the values of its Outlook settings, named as in its dialogs. */
export const ETRON_SCHEMA: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://schemas.m365-mail-assistant.invalid/etron-onretail-config.v1.schema.json',
  title: 'ETRON onRetail Outlook settings (Microsoft 365 OAuth)',
  type: 'object', additionalProperties: false,
  required: ['format', 'schemaVersion', 'exportedAt', 'cloud', 'Client-ID', 'Alias-Domain', 'Umleitungs-URL', 'Variante', 'Postausgangsserver', 'Posteingangsserver', 'Systemparameter'],
  properties: {
    ...base(CONFIG_FORMATS.etron),
    tenantId: uuid,
    'Client-ID': uuid,
    'Client-Secret': sealed,
    'Client-Secret gültig bis': dateTime,
    'Alias-Domain': host,
    'Umleitungs-URL': { type: 'string', pattern: '^https://[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.wawi\\.onretail\\.eu/microsoft_outlook/confirm$', description: 'https://<instanz>.wawi.onretail.eu/microsoft_outlook/confirm' },
    Variante: { type: 'string', enum: ['A', 'B'] },
    Postausgangsserver: { type: 'array', items: outgoing, minItems: 1, maxItems: 500 },
    Posteingangsserver: { type: 'array', items: incoming, maxItems: 500 },
    Systemparameter: {
      type: 'object', additionalProperties: false,
      properties: { 'mail.default.from': { type: 'string', maxLength: 254 }, 'mail.catchall.domain': { type: 'string', maxLength: 253 } },
    },
  },
};

/** Any other application: the values an SMTP/IMAP OAuth client needs. */
export const GENERIC_SCHEMA: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://schemas.m365-mail-assistant.invalid/generic-config.v1.schema.json',
  title: 'Microsoft 365 SMTP/IMAP OAuth settings',
  type: 'object', additionalProperties: false,
  required: ['format', 'schemaVersion', 'exportedAt', 'cloud', 'tenantId', 'clientId', 'flow', 'mailbox', 'tokenEndpoint', 'scope', 'smtp', 'imap'],
  properties: {
    ...base(CONFIG_FORMATS.generic),
    tenantId: uuid, clientId: uuid,
    flow: { type: 'string', enum: ['app-only', 'delegated'] },
    mailbox: email,
    tokenEndpoint: { type: 'string', pattern: '^https://', description: 'an https URL' },
    scope: { type: 'string', minLength: 1, maxLength: 1024 },
    clientSecret: sealed,
    clientSecretExpires: dateTime,
    smtp: { type: 'object', additionalProperties: false, required: ['host', 'port', 'encryption'], properties: { host, port, encryption: { type: 'string', const: 'STARTTLS' } } },
    imap: { type: 'object', additionalProperties: false, required: ['host', 'port', 'encryption'], properties: { host, port, encryption: { type: 'string', const: 'SSL/TLS' } } },
  },
};

/** Schema per profile. */
export const CONFIG_SCHEMAS: Record<ConfigProfile, JsonSchema> = {
  inventory360: INVENTORY360_SCHEMA, etron: ETRON_SCHEMA, generic: GENERIC_SCHEMA,
};
