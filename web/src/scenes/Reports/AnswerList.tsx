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

const fieldNames: Readonly<Record<string, string>> = {
  'about.otherDescription': 'What it is about',
  'where.place': 'The place',
  'where.street': 'Street',
  'where.postcode': 'Postcode',
  'home-taken-over.otherSigns': 'Signs the home has been taken over',
  'when.pattern': 'When it happens',
  'young-person.otherSigns': 'Signs a young person is exploited',
  'phones.accounts': 'Social media accounts',
  'anything-else.details': 'Anything else',
};

/** A report field's name in words: "who.people.0.names" is "Person 1: names". */
export function fieldWords(field: string): string {
  const named = fieldNames[field];
  if (named) return named;
  const item = /^(who\.people|vehicles|phones)\.(\d+)\.(\w+)$/.exec(field);
  if (item) {
    const [, list = '', index = '0', part = ''] = item;
    const noun = list === 'who.people' ? 'Person' : list === 'vehicles' ? 'Vehicle' : 'Phone';
    return `${noun} ${String(Number(index) + 1)}: ${words(part).toLowerCase()}`;
  }
  return words(field);
}
