/**
 * The fields of each profile's config file, built from what the check found. Kept apart from
 * the file format so the wizard and the CLI fill them from the same inputs.
 */
import type { ConfigProfile } from './config-schemas.js';

/** Cloud ids as in the cloud table. */
export type CloudId = 'global' | 'usgov-gcchigh' | 'usgov-dod' | 'china' | 'sandbox';

/** Inputs for the Inventory360 file. */
export interface Inventory360Input {
  readonly cloud: CloudId;
  readonly tenantId: string;
  readonly senderMailbox: string;
  readonly smtpHost: string;
  readonly smtpPort: number;
  /** The enterprise app's Object ID (service principal id). */
  readonly enterpriseAppObjectId: string;
}

/** Inventory360's fields. */
export function inventory360Fields(i: Inventory360Input): Record<string, unknown> {
  return {
    cloud: i.cloud, tenantId: i.tenantId, senderMailbox: i.senderMailbox, authType: 'XOAuth2',
    smtp: { host: i.smtpHost, port: i.smtpPort, encryption: 'STARTTLS' },
    enterpriseAppObjectId: i.enterpriseAppObjectId, applicationId: '15dd278a-3da9-4654-9edd-568380df74d0',
  };
}

/** Inputs for the ETRON onRetail file. */
export interface EtronInput {
  readonly cloud: CloudId;
  readonly tenantId?: string;
  readonly clientId: string;
  readonly secretExpires?: string;
  readonly aliasDomain: string;
  readonly instance: string;
  readonly smtp: { readonly host: string; readonly port: number };
  readonly imap: { readonly host: string; readonly port: number };
  /** A: one shared mailbox sends everything; B: one server per user. */
  readonly variant: 'A' | 'B';
  /** Variant A: the shared address; variant B: every user's address. */
  readonly mailboxes: readonly string[];
  /**
   * Variant A: the user who signs in with "Connect Outlook account" for the shared mailbox.
   * Exchange takes only the signed-in user as SMTP login (a shared address gets 535 5.7.3), so
   * this is the outgoing server's user name and the shared address its From filter.
   */
  readonly delegate?: string;
  /** Also set up incoming servers (Outlook OAuth) for these mailboxes. */
  readonly incoming: boolean;
}

/** Why variant A's outgoing server logs in as a user and not as the shared mailbox. */
export const VARIANT_A_SMTP_LOGIN_HINT = 'Benutzername = der Benutzer, der „Outlook-Konto verbinden“ anmeldet, nicht das gemeinsame Postfach: '
  + 'Exchange Online nimmt für SMTP nur den angemeldeten Benutzer an (sonst 535 5.7.3). Das gemeinsame Postfach steht im Von-Filter; '
  + 'der Benutzer braucht SendAs darauf (Add-RecipientPermission).';

/**
 * Where ETRON's Odoo takes the default sender ("From" when none matches a server's From filter)
 * from depends on its generation:
 * - Odoo 16 and earlier: the system parameters `mail.default.from` + `mail.catchall.domain`
 *   (odoo/odoo 16.0 odoo/addons/base/models/ir_mail_server.py `_get_default_from_address`).
 * - Odoo 17 and later: the company's alias domain, model `mail.alias.domain` ("Email Domain"):
 *   its `default_from` ("Default From Alias": a local part, or a complete address that overrides
 *   all outgoing mail) gives `default_from_email`, which addons/mail/models/ir_mail_server.py
 *   `_get_default_from_address` returns via `self.env.company.default_from_email`. The system
 *   parameters are read only once, when the alias domain is first created from them
 *   (mail_alias_domain.py `_migrate_icp_to_domain`, "Compatibility layer helping going from
 *   pre-v17 ICP to alias domains"); changing them afterwards has no effect.
 */
export function defaultSenderSettings(aliasDomain: string, variant: 'A' | 'B', sender: string): {
  readonly systemParameters: Record<string, string>;
  readonly emailDomain: Record<string, string>;
} {
  if (variant === 'B' || sender === '') return { systemParameters: {}, emailDomain: { Name: aliasDomain } };
  const [local = '', domain = ''] = sender.split('@');
  return {
    systemParameters: { 'mail.default.from': local, 'mail.catchall.domain': aliasDomain },
    // A sender outside the alias domain is given as a complete address (Odoo 17+ allows that).
    emailDomain: { Name: aliasDomain, 'Standard-Absender': domain.toLowerCase() === aliasDomain.toLowerCase() ? local : sender },
  };
}

/** ETRON's fields, named as in its settings dialogs. */
export function etronFields(i: EtronInput): Record<string, unknown> {
  const outgoing = i.mailboxes.map((m) => ({
    Name: i.variant === 'A' ? 'Microsoft 365' : `Microsoft 365 – ${m}`,
    Benutzername: i.variant === 'A' && i.delegate ? i.delegate : m,
    'Von-Filter': m,
    Server: i.smtp.host, Port: i.smtp.port, 'Verschlüsselung': 'STARTTLS',
    ...(i.variant === 'A' ? { Hinweis: VARIANT_A_SMTP_LOGIN_HINT } : {}),
  }));
  const incoming = i.incoming
    ? i.mailboxes.map((m) => ({ Name: `Posteingang ${m}`, Benutzername: m, Server: i.imap.host, Port: i.imap.port, 'SSL/TLS': true }))
    : [];
  const sender = defaultSenderSettings(i.aliasDomain, i.variant, i.mailboxes[0] ?? '');
  return {
    cloud: i.cloud,
    ...(i.tenantId ? { tenantId: i.tenantId } : {}),
    'Client-ID': i.clientId,
    ...(i.secretExpires ? { 'Client-Secret gültig bis': i.secretExpires } : {}),
    'Alias-Domain': i.aliasDomain,
    'Umleitungs-URL': `https://${i.instance}.wawi.onretail.eu/microsoft_outlook/confirm`,
    Variante: i.variant,
    Postausgangsserver: outgoing,
    Posteingangsserver: incoming,
    // Odoo 16 and earlier.
    Systemparameter: sender.systemParameters,
    // Odoo 17 and later (the system parameters are ignored there).
    'E-Mail-Domain': sender.emailDomain,
  };
}

/** Inputs for the generic file. */
export interface GenericInput {
  readonly cloud: CloudId;
  readonly tenantId: string;
  readonly clientId: string;
  readonly flow: 'app-only' | 'delegated';
  readonly mailbox: string;
  readonly tokenEndpoint: string;
  readonly scope: string;
  readonly secretExpires?: string;
  /** How the app proves itself; a certificate comes with its SHA-1 thumbprint. */
  readonly credential?: 'secret' | 'certificate';
  readonly certificateThumbprint?: string;
  readonly smtp: { readonly host: string; readonly port: number };
  readonly imap: { readonly host: string; readonly port: number };
}

/** Generic fields. */
export function genericFields(i: GenericInput): Record<string, unknown> {
  return {
    cloud: i.cloud, tenantId: i.tenantId, clientId: i.clientId, flow: i.flow, mailbox: i.mailbox,
    tokenEndpoint: i.tokenEndpoint, scope: i.scope,
    ...(i.credential === 'certificate'
      ? { credential: 'certificate', ...(i.certificateThumbprint ? { certificateThumbprint: i.certificateThumbprint } : {}) }
      : { ...(i.credential ? { credential: i.credential } : {}), ...(i.secretExpires ? { clientSecretExpires: i.secretExpires } : {}) }),
    // Only host and port: a cloud profile's endpoint carries more (its security mode) than the file has fields for.
    smtp: { host: i.smtp.host, port: i.smtp.port, encryption: 'STARTTLS' }, imap: { host: i.imap.host, port: i.imap.port, encryption: 'SSL/TLS' },
  };
}

/** Fields per profile, for callers that pick the profile at run time. */
export type ProfileFieldsInput =
  | { readonly profile: 'inventory360'; readonly input: Inventory360Input }
  | { readonly profile: 'etron'; readonly input: EtronInput }
  | { readonly profile: 'generic'; readonly input: GenericInput };

/** Builds the fields for whichever profile is given. */
export function profileFields(p: ProfileFieldsInput): { profile: ConfigProfile; fields: Record<string, unknown> } {
  switch (p.profile) {
    case 'inventory360': return { profile: p.profile, fields: inventory360Fields(p.input) };
    case 'etron': return { profile: p.profile, fields: etronFields(p.input) };
    case 'generic': return { profile: p.profile, fields: genericFields(p.input) };
  }
}
