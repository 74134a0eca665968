/** A large radio card (the product choice, the decoder's question): a title and up to two lines. */
interface ChoiceCardProps {
  readonly name: string;
  readonly value: string;
  readonly checked: boolean;
  readonly onChoose: () => void;
  readonly title: string;
  readonly line?: string;
  /** A second, quieter line. */
  readonly mutedLine?: string;
  readonly testId: string;
}

/** One card of a radio group; the group's fieldset and legend belong to the caller. */
export function ChoiceCard({ name, value, checked, onChoose, title, line, mutedLine, testId }: ChoiceCardProps) {
  return (
    <label className={checked ? 'choice chosen' : 'choice'} data-testid={testId}>
      <input type="radio" name={name} value={value} checked={checked} onChange={onChoose} />
      <span className="choice-body">
        <span className="choice-title">{title}</span>
        {line !== undefined && <span className="choice-line">{line}</span>}
        {mutedLine !== undefined && <span className="choice-line muted-line">{mutedLine}</span>}
      </span>
    </label>
  );
}
