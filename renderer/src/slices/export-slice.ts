/**
 * The hand-over step: one form per product (switching products keeps what was typed), the live
 * preview with its issues, saving through the main process's dialog, and importing a file back.
 * The client secret and passphrase are not kept here: the page holds them only while it is open.
 */
import type { StateCreator } from 'zustand';
import type {
  AppError, ConfigForm, ConfigImport, ConfigPreview, EtronForm, GenericForm, Inventory360Form, Profile,
} from '../../../electron/ipc/contract.js';
import { api } from '../api.js';
import type { KnownFacts } from '../known-facts.js';
import type { AssistantState } from '../store.js';

/** The ETRON form as edited: the mailboxes as the text of the textarea, one per line. */
export type EtronFormState = Omit<EtronForm, 'mailboxes'> & { readonly mailboxesText: string };

/** The forms of all products. */
export interface ExportForms {
  readonly inventory360: Inventory360Form;
  readonly etron: EtronFormState;
  readonly generic: GenericForm;
}

/** What the step is doing right now. */
export type ExportActivity = 'idle' | 'saving' | 'importing';

/** A client secret to seal into the file. */
export interface SecretToSeal {
  readonly value: string;
  readonly passphrase: string;
}

/** Export state and its actions. */
export interface ExportSlice {
  readonly exportForms: ExportForms;
  readonly exportPreview: ConfigPreview | undefined;
  /** After a save attempt, every issue of that product's form is shown, also for untouched fields. */
  readonly exportIssuesShownFor: Profile | undefined;
  readonly exportActivity: ExportActivity;
  readonly exportSavedPath: string | undefined;
  readonly exportError: AppError | undefined;
  readonly exportImport: ConfigImport | undefined;
  setExportField<P extends Profile, K extends keyof ExportForms[P]>(profile: P, key: K, value: ExportForms[P][K]): void;
  prefillExport(facts: KnownFacts): void;
  refreshExportPreview(): Promise<void>;
  /** Shows every issue, e.g. when Save is pressed while the secret inputs are not complete. */
  revealExportIssues(): void;
  saveConfig(secret: SecretToSeal | undefined): Promise<void>;
  importConfig(): Promise<void>;
}

const INITIAL_FORMS: ExportForms = {
  inventory360: { profile: 'inventory360', cloud: 'global', tenantId: '', senderMailbox: '', enterpriseAppObjectId: '' },
  etron: {
    profile: 'etron', cloud: 'global', tenantId: '', clientId: '', secretExpires: '', aliasDomain: '', instance: '',
    variant: 'A', mailboxesText: '', incoming: true,
  },
  generic: { profile: 'generic', cloud: 'global', tenantId: '', clientId: '', flow: 'app-only', mailbox: '', secretExpires: '', credential: 'secret', certificateThumbprint: '' },
};

/** The request form of a product: the ETRON textarea becomes a list without blank lines. */
export function requestForm(forms: ExportForms, profile: Profile): ConfigForm {
  if (profile !== 'etron') return forms[profile];
  const { mailboxesText, ...rest } = forms.etron;
  return { ...rest, mailboxes: mailboxesText.split(/\r?\n/).map((m) => m.trim()).filter((m) => m !== '') };
}

function formState(form: ConfigForm): Partial<ExportForms> {
  if (form.profile !== 'etron') return { [form.profile]: form };
  const { mailboxes, ...rest } = form;
  return { etron: { ...rest, mailboxesText: mailboxes.join('\n') } };
}

/** Creates the export slice. */
export const createExportSlice: StateCreator<AssistantState, [], [], ExportSlice> = (set, get) => {
  // Answers can overtake each other while the user types: only the newest preview is shown.
  let previewRequest = 0;
  return {
    exportForms: INITIAL_FORMS,
    exportPreview: undefined,
    exportIssuesShownFor: undefined,
    exportActivity: 'idle',
    exportSavedPath: undefined,
    exportError: undefined,
    exportImport: undefined,
    setExportField: (profile, key, value) => set((s) => ({
      exportForms: { ...s.exportForms, [profile]: { ...s.exportForms[profile], [key]: value } },
      exportSavedPath: undefined,
    })),
    prefillExport: (facts) => set((s) => {
      const f = s.exportForms;
      const tenantId = (current: string) => (current === '' && facts.tenantId ? facts.tenantId : current);
      const mailbox = (current: string) => (current === '' && facts.mailbox ? facts.mailbox : current);
      return {
        exportForms: {
          inventory360: {
            ...f.inventory360, tenantId: tenantId(f.inventory360.tenantId), senderMailbox: mailbox(f.inventory360.senderMailbox),
            enterpriseAppObjectId: f.inventory360.enterpriseAppObjectId === '' && facts.servicePrincipalObjectId
              ? facts.servicePrincipalObjectId : f.inventory360.enterpriseAppObjectId,
          },
          etron: {
            ...f.etron, tenantId: tenantId(f.etron.tenantId),
            // The path's sending mailboxes and variant, while the form has none of its own: variant B
            // one outgoing server per mailbox, variant A the one shared mailbox.
            ...(f.etron.mailboxesText.trim() === '' && facts.etronMailboxes
              ? { variant: facts.etronVariant ?? f.etron.variant,
                mailboxesText: (facts.etronVariant ?? f.etron.variant) === 'B' ? facts.etronMailboxes.join('\n') : facts.etronMailboxes[0] ?? '' }
              : { mailboxesText: mailbox(f.etron.mailboxesText) }),
          },
          generic: {
            ...f.generic, tenantId: tenantId(f.generic.tenantId), mailbox: mailbox(f.generic.mailbox),
            clientId: f.generic.clientId === '' && facts.appId ? facts.appId : f.generic.clientId,
            // The credential chosen on the path's credential page, until the admin changes it here.
            ...(facts.certificateThumbprint && f.generic.certificateThumbprint === ''
              ? { credential: 'certificate' as const, certificateThumbprint: facts.certificateThumbprint } : {}),
          },
        },
      };
    }),
    refreshExportPreview: async () => {
      const { profile, exportForms } = get();
      if (!profile) return;
      const request = ++previewRequest;
      const result = await api.previewConfigFile({ form: requestForm(exportForms, profile) });
      if (request !== previewRequest) return;
      set(result.ok ? { exportPreview: result.value, exportError: undefined } : { exportPreview: undefined, exportError: result.error });
    },
    revealExportIssues: () => set((s) => ({ exportIssuesShownFor: s.profile })),
    saveConfig: async (secret) => {
      const { profile, exportForms } = get();
      if (!profile) return;
      set({ exportActivity: 'saving', exportIssuesShownFor: profile, exportSavedPath: undefined, exportError: undefined, exportImport: undefined });
      const form = requestForm(exportForms, profile);
      const result = await api.exportConfigFile(secret ? { form, secret } : { form });
      if (result.ok) set({ exportActivity: 'idle', exportSavedPath: result.value.path });
      else set({ exportActivity: 'idle', exportError: result.error.code === 'cancelled' ? undefined : result.error });
    },
    importConfig: async () => {
      set({ exportActivity: 'importing', exportSavedPath: undefined, exportError: undefined, exportImport: undefined });
      const result = await api.importConfigFile();
      if (!result.ok) {
        set({ exportActivity: 'idle', exportError: result.error.code === 'cancelled' ? undefined : result.error });
        return;
      }
      const outcome = result.value;
      if (outcome.status === 'imported') {
        set((s) => ({
          exportActivity: 'idle', exportImport: outcome, profile: outcome.form.profile, exportIssuesShownFor: outcome.form.profile,
          exportForms: { ...s.exportForms, ...formState(outcome.form) },
        }));
      } else {
        set({ exportActivity: 'idle', exportImport: outcome });
      }
    },
  };
};
