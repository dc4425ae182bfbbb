import { Link } from '../../../components/Link.tsx';
import { shortId } from '../format.ts';

/** Reports behind a link or a finding, each linking to the report's page in the inbox. */
export function ReportIds({ ids, empty = 'None recorded' }: { ids: readonly string[]; empty?: string }) {
  if (ids.length === 0) return <span className="lb-hint">{empty}</span>;
  return (
    <ul className="lb-report-ids">
      {ids.map((id) => (
        <li key={id}>
          <Link to={`/inbox/reports/${id}`}>Report {shortId(id)}</Link>
        </li>
      ))}
    </ul>
  );
}
