// A report's answers as nested description lists. The answers are the reporter's words and
// codes; codes and keys are shown by their labels (report-labels.ts, shared with the server),
// and every value is rendered as text.
import { answerKeyLabel, answerValueLabel, fieldLabel } from '../../../../src/labels/index.ts';

function Value({ name, value }: { name: string; value: unknown }) {
  if (value === null || value === undefined || value === '') return <>—</>;
  if (Array.isArray(value)) {
    const items: unknown[] = value;
    if (items.every((item) => typeof item !== 'object' || item === null)) {
      return <>{items.map((item) => answerValueLabel(name, String(item))).join('; ')}</>;
    }
    return (
      <ol className="lb-answer-items">
        {items.map((item, index) => (
          // The answers never reorder while shown, so the position is a stable key.
          <li key={index}>
            <Value name={name} value={item} />
          </li>
        ))}
      </ol>
    );
  }
  if (typeof value === 'object') return <AnswerList answers={value as Record<string, unknown>} />;
  if (typeof value === 'boolean') return <>{value ? 'Yes' : 'No'}</>;
  return <>{typeof value === 'string' ? answerValueLabel(name, value) : JSON.stringify(value)}</>;
}

export function AnswerList({ answers }: { answers: Record<string, unknown> }) {
  return (
    <dl className="lb-summary lb-answers">
      {Object.entries(answers).map(([key, value]) => (
        <div key={key} className="lb-answer-row">
          <dt>{answerKeyLabel(key)}</dt>
          <dd>
            <Value name={key} value={value} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A report field's name in words: "who.people.0.names" is "Person 1: names or nicknames". */
export function fieldWords(field: string): string {
  return fieldLabel(field);
}
