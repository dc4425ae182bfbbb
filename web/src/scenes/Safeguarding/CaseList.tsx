import { api } from '../../api/client.ts';
import { Link } from '../../components/Link.tsx';
import { useLoad } from '../../hooks/useLoad.ts';

/**
 * Open safeguarding cases the reader may see, with any overdue statutory clock or action
 * escalated at the top of the safeguarding home (GET /api/casework/cases).
 */
export function CaseList() {
  const cases = useLoad(() => api.get('/api/casework/cases'));
  const items = cases.data?.items;
  const overdue = items?.filter((item) => item.overdueClocks.length > 0 || item.overdueActions > 0) ?? [];
  return (
    <section aria-labelledby="cases-heading">
      <h2 id="cases-heading">Cases</h2>
      <p>
        <Link to="/safeguarding/cases/new">Open a case</Link>
      </p>
      {cases.loading && <p>Loading…</p>}
      {cases.error && <p role="alert">{cases.error}</p>}
      {overdue.length > 0 && (
        <div className="lb-error-summary" role="note" aria-labelledby="overdue-heading">
          <h3 id="overdue-heading">Overdue: escalated to the safeguarding lead</h3>
          <ul>
            {overdue.map((item) => (
              <li key={item.id}>
                <Link to={`/safeguarding/cases/${item.id}`}>{item.subjectName}</Link>:{' '}
                {[
                  ...item.overdueClocks,
                  ...(item.overdueActions > 0
                    ? [`${String(item.overdueActions)} action${item.overdueActions === 1 ? '' : 's'} overdue`]
                    : []),
                ].join('; ')}
              </li>
            ))}
          </ul>
        </div>
      )}
      {items?.length === 0 && <p>There are no open cases.</p>}
      {items && items.length > 0 && (
        <table className="lb-table">
          <caption className="lb-visually-hidden">Open cases, oldest referral first</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Referral received</th>
              <th scope="col">Decision</th>
              <th scope="col">Next clock</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const next = item.clocks.find((c) => c.state !== 'met' && c.state !== 'met_late');
              return (
                <tr key={item.id}>
                  <td>
                    <Link to={`/safeguarding/cases/${item.id}`}>{item.subjectName}</Link> (
                    {item.subjectKind === 'child' ? 'child' : 'adult'})
                  </td>
                  <td>{item.referralReceivedAt.slice(0, 10)}</td>
                  <td>{item.referralDecisionLabel ?? 'Not yet decided'}</td>
                  <td>
                    {next ? `${next.label}: due ${next.dueOn}${next.state === 'overdue' ? ' (overdue)' : ''}` : '—'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
