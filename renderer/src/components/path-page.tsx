/**
 * The frame of every page of a product's path: the heading (focused and scrolled to when the
 * page opens, so keyboard and screen-reader users start there), what to do and why in two
 * sentences, the page's own content, and Back / Next along the product's path.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { PageTexts, PathPage } from '../messages/path-texts.js';
import { useAssistantStore } from '../store.js';
import { useMessages } from '../use-messages.js';
import { useStepNames } from '../use-step-names.js';
import { focusFirstProblem, formProblems, type FormField } from '../wizard/form-check.js';
import type { WizardStep } from '../wizard/steps.js';
import { FormSummary } from './form-summary.js';
import { StepFooter } from './step-footer.js';

/** The two sentences of a page for the chosen product. */
export function usePageTexts(page: PathPage): PageTexts {
  const t = useMessages().path;
  const profile = useAssistantStore((s) => s.profile);
  return (profile ? t.byProduct[`${page}.${profile}`] : undefined) ?? t.pages[page];
}

/** Moves focus to the page's heading and scrolls to the top when the page opens. */
export function useFocusOnOpen(): React.RefObject<HTMLHeadingElement | null> {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
    window.scrollTo({ top: 0, behavior: 'instant' });
  }, []);
  return heading;
}

/** Props of PathPageFrame. */
export interface PathPageFrameProps {
  readonly step: WizardStep;
  /** The page whose two sentences are shown; none for pages with their own lead. */
  readonly page?: PathPage;
  readonly children: ReactNode;
  /** False while the page is not ready to be left forward. */
  readonly canAdvance?: boolean;
  /**
   * The page's own fields (form-check.ts): "Next" shows every problem at once and moves focus to
   * the first field with one instead of going on; `onShown` tells the page to show them all.
   */
  readonly fields?: readonly FormField[];
  readonly onShown?: () => void;
}

/** The page. */
export function PathPageFrame({ step, page, children, canAdvance, fields = [], onShown }: PathPageFrameProps) {
  const t = useMessages();
  const steps = useStepNames();
  const heading = useFocusOnOpen();
  const [shown, setShown] = useState(false);
  const problems = formProblems(fields, t.path);
  const beforeNext = (): boolean => {
    setShown(true);
    onShown?.();
    return !focusFirstProblem(fields, problems);
  };
  return (
    <div className="page path-page" data-testid={`page-${step}`}>
      <h2 className="page-heading" ref={heading} tabIndex={-1} data-testid="page-heading">{steps[step]}</h2>
      {page && <PageSentences page={page} />}
      {children}
      <FormSummary problems={problems} shown={shown} testId="path-problems" />
      <StepFooter step={step} beforeNext={beforeNext} {...(canAdvance === undefined ? {} : { canAdvance })} />
    </div>
  );
}

function PageSentences({ page }: { readonly page: PathPage }) {
  const texts = usePageTexts(page);
  return (
    <div className="page-sentences" data-testid="page-sentences">
      <p className="lead">{texts.what}</p>
      <p className="muted">{texts.why}</p>
    </div>
  );
}
