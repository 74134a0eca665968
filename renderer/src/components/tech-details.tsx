/** The folded "Technical details": raw server replies, Graph's evidence and internal codes, never the main text. */
import type { ReactNode } from 'react';
import { useMessages } from '../use-messages.js';

/** Props of TechDetails. */
export interface TechDetailsProps {
  readonly testId: string;
  readonly children: ReactNode;
}

/** A closed disclosure; its content is English where the server or Graph said it in English. */
export function TechDetails({ testId, children }: TechDetailsProps) {
  const t = useMessages().path;
  return (
    <details className="tech-details" data-testid={testId} data-technical="true">
      <summary>{t.technicalDetails}</summary>
      <div lang="en">{children}</div>
    </details>
  );
}
