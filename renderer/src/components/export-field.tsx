/** One field of the hand-over form: a TextField with the export texts and the preview's issue for it. */
import type { HTMLInputTypeAttribute } from 'react';
import type { MailCloudId } from '../../../electron/ipc/contract.js';
import type { ExportField as ExportFieldName } from '../messages/sections.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { issueText } from './export-field-issues.js';
import { TextField } from './text-field.js';

/** The issue text for a field (with its label), or undefined when nothing is to be shown yet. */
export function useExportIssue(): (field: ExportFieldName, value: string) => string | undefined {
  const preview = useAssistantStore((s) => s.exportPreview);
  const showAll = useAssistantStore((s) => s.profile !== undefined && s.exportIssuesShownFor === s.profile);
  const language = useAssistantStore((s) => s.language);
  const e = useMessages().exportStep;
  return (field, value) => {
    const text = issueText(preview, field, language, { show: showAll || value.trim() !== '', line: e.line });
    return text ? `${e.labels[field]} ${text}` : undefined;
  };
}

/** Props of ExportField. */
export interface ExportFieldProps {
  readonly field: ExportFieldName;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly type?: HTMLInputTypeAttribute;
  readonly mono?: boolean;
  readonly optional?: boolean;
}

/** A text field of the export form. */
export function ExportField({ field, value, onChange, type = 'text', mono = false, optional = false }: ExportFieldProps) {
  const e = useMessages().exportStep;
  const issue = useExportIssue();
  return (
    <TextField
      id={`export-${field}`}
      label={e.labels[field]}
      value={value}
      type={type}
      mono={mono}
      help={e.help[field]}
      error={issue(field, value)}
      onChange={onChange}
      {...(optional ? { optionalNote: e.optional } : {})}
    />
  );
}

const CLOUDS: readonly MailCloudId[] = ['global', 'usgov-gcchigh', 'usgov-dod', 'china'];

/** Props of CloudSelect. */
export interface CloudSelectProps {
  readonly value: MailCloudId;
  readonly onChange: (value: MailCloudId) => void;
}

/** The Microsoft cloud of the file; its servers, token endpoint and scopes follow from it. */
export function CloudSelect({ value, onChange }: CloudSelectProps) {
  const t = useMessages();
  return (
    <div className="field">
      <label htmlFor="export-cloud">{t.exportStep.labels.cloud}</label>
      <select id="export-cloud" data-testid="export-cloud" value={value} onChange={(ev) => onChange(ev.target.value as MailCloudId)}>
        {CLOUDS.map((c) => <option key={c} value={c}>{t.powershell.clouds[c]}</option>)}
      </select>
    </div>
  );
}
