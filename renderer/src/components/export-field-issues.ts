/** Which of the preview's issues to show under which export field, in the current language. */
import type { ConfigPreview } from '../../../electron/ipc/contract.js';
import type { Language } from '../i18n.js';
import type { ExportField } from '../messages/sections.js';

/** An issue is shown once the user typed in the field, or for every field after a save attempt. */
export function issueText(
  preview: ConfigPreview | undefined, field: ExportField, language: Language, options: { readonly show: boolean; readonly line: (n: number) => string },
): string | undefined {
  if (!preview || !options.show) return undefined;
  const texts = preview.issues
    .filter((i) => i.field === field || i.field.startsWith(`${field}[`))
    .map((i) => {
      const line = /\[(\d+)\]$/.exec(i.field);
      return line ? `${options.line(Number(line[1]) + 1)} ${i[language]}` : i[language];
    });
  return texts.length > 0 ? texts.join(' · ') : undefined;
}
