/** Report ids behind a link or a finding, as a compact list (the full id, for searching). */
export function ReportIds({ ids, empty = 'None recorded' }: { ids: readonly string[]; empty?: string }) {
  if (ids.length === 0) return <span className="lb-hint">{empty}</span>;
  return (
    <ul className="lb-report-ids">
      {ids.map((id) => (
        <li key={id}>
          <code className="lb-break">{id}</code>
        </li>
      ))}
    </ul>
  );
}
