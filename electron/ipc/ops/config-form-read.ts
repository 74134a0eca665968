/**
 * An imported config file → the export form, so an admin can open last year's file, change a
 * mailbox and export it again. The file has passed its schema; the servers are not carried
 * over, because the form takes them from the cloud. A sealed secret stays in the file.
 */
import type { ImportedConfig } from '../../core/export/config-file.js';
import type { ConfigForm, FieldIssue, MailCloudId } from '../wizard-types.js';
import { MAIL_CLOUDS } from './powershell-ops.js';

/** The form of an imported file, whether it carried a sealed secret, or why it cannot be edited here. */
export type FormFromFile =
  | { readonly ok: true; readonly form: ConfigForm; readonly hasSealedSecret: boolean }
  | { readonly ok: false; readonly issues: readonly FieldIssue[] };

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const day = (value: unknown): string => str(value).slice(0, 10);

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null) : [];
}

function isMailCloud(value: unknown): value is MailCloudId {
  return (MAIL_CLOUDS as readonly unknown[]).includes(value);
}

/** The form for a valid imported config. */
export function formFromConfig(config: ImportedConfig): FormFromFile {
  const d = config.data;
  const cloud = d['cloud'];
  if (!isMailCloud(cloud)) {
    return {
      ok: false,
      issues: [{ field: 'cloud', en: 'is the demo sandbox; such a file cannot be edited here', de: 'ist die Demo-Sandbox; eine solche Datei kann hier nicht bearbeitet werden' }],
    };
  }
  switch (config.profile) {
    case 'inventory360':
      return {
        ok: true, hasSealedSecret: false,
        form: { profile: 'inventory360', cloud, tenantId: str(d['tenantId']), senderMailbox: str(d['senderMailbox']), enterpriseAppObjectId: str(d['enterpriseAppObjectId']) },
      };
    case 'etron': {
      const outgoing = records(d['Postausgangsserver']);
      const instance = /^https:\/\/([a-z0-9-]+)\.wawi\.onretail\.eu\//.exec(str(d['Umleitungs-URL']))?.[1] ?? '';
      return {
        ok: true, hasSealedSecret: 'Client-Secret' in d,
        form: {
          profile: 'etron', cloud, tenantId: str(d['tenantId']), clientId: str(d['Client-ID']), secretExpires: day(d['Client-Secret gültig bis']),
          aliasDomain: str(d['Alias-Domain']), instance, variant: d['Variante'] === 'B' ? 'B' : 'A',
          mailboxes: outgoing.map((server) => str(server['Benutzername'])), incoming: records(d['Posteingangsserver']).length > 0,
        },
      };
    }
    case 'generic':
      return {
        ok: true, hasSealedSecret: 'clientSecret' in d,
        form: {
          profile: 'generic', cloud, tenantId: str(d['tenantId']), clientId: str(d['clientId']),
          flow: d['flow'] === 'delegated' ? 'delegated' : 'app-only', mailbox: str(d['mailbox']), secretExpires: day(d['clientSecretExpires']),
          credential: d['credential'] === 'certificate' ? 'certificate' : 'secret', certificateThumbprint: str(d['certificateThumbprint']),
        },
      };
  }
}
