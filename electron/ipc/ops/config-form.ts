/**
 * An export form → the profile's config fields. Every field is checked on its own, so the UI
 * can show each problem next to its input, in German and English; the servers, token endpoint
 * and scopes follow from the cloud (clouds.ts), so an admin never types a host name.
 */
import { cloudProfile } from '../../core/clouds.js';
import { INVENTORY360_APP_ID } from '../../core/powershell/inventory360.js';
import { etronFields, genericFields, inventory360Fields } from '../../core/export/profile-configs.js';
import type { ConfigForm, EtronForm, FieldIssue, GenericForm, Inventory360Form } from '../wizard-types.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// The same address rule as the published schema's `email` format (config-schemas.ts).
const EMAIL = /^[A-Za-z0-9.!#%&*+/=?^_{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
const DOMAIN = /^(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;
const INSTANCE = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The suggested file name of each profile's config file. */
export const CONFIG_FILE_NAMES: Record<ConfigForm['profile'], string> = {
  inventory360: 'inventory360-mail-settings.json',
  etron: 'etron-onretail-outlook-settings.json',
  generic: 'm365-mail-settings.json',
};

type Check = (value: string) => FieldIssue | undefined;

function issue(field: string, en: string, de: string): FieldIssue {
  return { field, en, de };
}

const required = (field: string, check: Check) => (value: string): FieldIssue | undefined =>
  (value.trim() === '' ? issue(field, 'is required', 'fehlt noch') : check(value.trim()));
const optional = (check: Check) => (value: string): FieldIssue | undefined => (value.trim() === '' ? undefined : check(value.trim()));

const guid = (field: string): Check => (v) => (GUID.test(v) ? undefined
  : issue(field, 'must be a GUID like 0a1b2c3d-0000-4000-8000-0123456789ab', 'muss eine GUID wie 0a1b2c3d-0000-4000-8000-0123456789ab sein'));
const email = (field: string): Check => (v) => (EMAIL.test(v) && v.length <= 254 ? undefined
  : issue(field, 'must be an e-mail address like info@contoso.com', 'muss eine E-Mail-Adresse wie info@contoso.de sein'));
const date = (field: string): Check => (v) => (DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) ? undefined
  : issue(field, 'must be a date (YYYY-MM-DD)', 'muss ein Datum sein (JJJJ-MM-TT)'));

function inventory360Issues(form: Inventory360Form): FieldIssue[] {
  const objectId = (v: string): FieldIssue | undefined => guid('enterpriseAppObjectId')(v) ?? (v.toLowerCase() === INVENTORY360_APP_ID
    ? issue('enterpriseAppObjectId', 'is the Application ID of Inventory360 — enter the Object ID of its enterprise application',
      'ist die Anwendungs-ID von Inventory360 – tragen Sie die Objekt-ID der Unternehmensanwendung ein')
    : undefined);
  return [
    required('tenantId', guid('tenantId'))(form.tenantId),
    required('senderMailbox', email('senderMailbox'))(form.senderMailbox),
    required('enterpriseAppObjectId', objectId)(form.enterpriseAppObjectId),
  ].filter((i) => i !== undefined);
}

function etronIssues(form: EtronForm): FieldIssue[] {
  const mailboxes = form.mailboxes.map((m, i) => required(`mailboxes[${i}]`, email(`mailboxes[${i}]`))(m));
  const count = form.mailboxes.length === 0
    ? issue('mailboxes', 'needs at least one mailbox', 'braucht mindestens ein Postfach')
    : form.variant === 'A' && form.mailboxes.length > 1
      ? issue('mailboxes', 'must be exactly one shared mailbox in variant A', 'muss in Variante A genau ein gemeinsames Postfach sein')
      : undefined;
  return [
    optional(guid('tenantId'))(form.tenantId),
    required('clientId', guid('clientId'))(form.clientId),
    optional(date('secretExpires'))(form.secretExpires),
    required('aliasDomain', (v) => (DOMAIN.test(v) ? undefined : issue('aliasDomain', 'must be a domain like contoso.com', 'muss eine Domain wie contoso.de sein')))(form.aliasDomain),
    required('instance', (v) => (INSTANCE.test(v) ? undefined
      : issue('instance', 'must be the first part of your ETRON address, e.g. "contoso" for contoso.wawi.onretail.eu',
        'muss der erste Teil Ihrer ETRON-Adresse sein, z. B. „contoso“ für contoso.wawi.onretail.eu')))(form.instance),
    count,
    ...mailboxes,
  ].filter((i) => i !== undefined);
}

/** A SHA-1 thumbprint as Entra shows it; spaces, colons and Windows' invisible mark are dropped. */
const thumbprintOf = (v: string): string => v.replace(/[\s:\u200e\u200f\ufeff]/g, '').toUpperCase();
const thumbprint = (field: string): Check => (v) => (/^[0-9A-F]{40}$/.test(thumbprintOf(v)) ? undefined
  : issue(field, 'must be the certificate\'s thumbprint: 40 characters 0–9 and A–F', 'muss der Fingerabdruck des Zertifikats sein: 40 Zeichen 0–9 und A–F'));

function genericIssues(form: GenericForm): FieldIssue[] {
  const certificate = form.credential === 'certificate';
  return [
    required('tenantId', guid('tenantId'))(form.tenantId),
    required('clientId', guid('clientId'))(form.clientId),
    required('mailbox', email('mailbox'))(form.mailbox),
    certificate ? undefined : optional(date('secretExpires'))(form.secretExpires),
    certificate ? required('certificateThumbprint', thumbprint('certificateThumbprint'))(form.certificateThumbprint) : undefined,
  ].filter((i) => i !== undefined);
}

/** Every problem of the form, in field order (empty = valid). */
export function formIssues(form: ConfigForm): FieldIssue[] {
  switch (form.profile) {
    case 'inventory360': return inventory360Issues(form);
    case 'etron': return etronIssues(form);
    case 'generic': return genericIssues(form);
  }
}

const expires = (d: string): string | undefined => (d.trim() === '' ? undefined : `${d.trim()}T00:00:00Z`);

/** The config file's fields for a valid form. */
export function formFields(form: ConfigForm): Record<string, unknown> {
  const cloud = cloudProfile(form.cloud);
  const smtp = { host: cloud.smtp.host, port: cloud.smtp.port };
  const imap = { host: cloud.imap.host, port: cloud.imap.port };
  switch (form.profile) {
    case 'inventory360':
      return inventory360Fields({
        cloud: form.cloud, tenantId: form.tenantId.trim().toLowerCase(), senderMailbox: form.senderMailbox.trim(),
        smtpHost: smtp.host, smtpPort: smtp.port, enterpriseAppObjectId: form.enterpriseAppObjectId.trim().toLowerCase(),
      });
    case 'etron': {
      const secretExpires = expires(form.secretExpires);
      const tenantId = form.tenantId.trim().toLowerCase();
      return etronFields({
        cloud: form.cloud, clientId: form.clientId.trim().toLowerCase(), aliasDomain: form.aliasDomain.trim().toLowerCase(),
        instance: form.instance.trim(), smtp, imap, variant: form.variant, mailboxes: form.mailboxes.map((m) => m.trim()),
        incoming: form.incoming, ...(tenantId === '' ? {} : { tenantId }), ...(secretExpires ? { secretExpires } : {}),
      });
    }
    case 'generic': {
      const tenantId = form.tenantId.trim().toLowerCase();
      const secretExpires = expires(form.secretExpires);
      const scopes = form.flow === 'app-only' ? cloud.scopes.appOnly : [...new Set([...cloud.scopes.delegatedSmtp, ...cloud.scopes.delegatedImap])];
      return genericFields({
        cloud: form.cloud, tenantId, clientId: form.clientId.trim().toLowerCase(), flow: form.flow, mailbox: form.mailbox.trim(),
        tokenEndpoint: `${cloud.authorityHost}/${tenantId}/oauth2/v2.0/token`, scope: scopes.join(' '), smtp, imap,
        credential: form.credential,
        ...(form.credential === 'certificate' ? { certificateThumbprint: thumbprintOf(form.certificateThumbprint) } : {}),
        ...(secretExpires && form.credential !== 'certificate' ? { secretExpires } : {}),
      });
    }
  }
}
