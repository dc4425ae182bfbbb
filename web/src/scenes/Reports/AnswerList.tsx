// A report's answers as nested description lists. The answers are the reporter's words and
// codes; every value is rendered as text.

function words(key: string): string {
  const spaced = key
    .replace(/[-_.]/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

function Value({ value }: { value: unknown }) {
  if (value === null || value === undefined || value === '') return <>—</>;
  if (Array.isArray(value)) {
    const items: unknown[] = value;
    if (items.every((item) => typeof item !== 'object' || item === null)) {
      return <>{items.map((item) => String(item)).join(', ')}</>;
    }
    return (
      <ol className="lb-answer-items">
        {items.map((item, index) => (
          // The answers never reorder while shown, so the position is a stable key.
          <li key={index}>
            <Value value={item} />
          </li>
        ))}
      </ol>
    );
  }
  if (typeof value === 'object') return <AnswerList answers={value as Record<string, unknown>} />;
  if (typeof value === 'boolean') return <>{value ? 'Yes' : 'No'}</>;
  return <>{typeof value === 'string' ? value : JSON.stringify(value)}</>;
}

export function AnswerList({ answers }: { answers: Record<string, unknown> }) {
  return (
    <dl className="lb-summary lb-answers">
      {Object.entries(answers).map(([key, value]) => (
        <div key={key} className="lb-answer-row">
          <dt>{words(key)}</dt>
          <dd>
            <Value value={value} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

export { words as fieldWords };
