import type { ReactNode } from 'react';
import { api } from '../../api/client.ts';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { drugLabel } from './labels.ts';

function Box({ n, title, children }: { n: number; title: string; children: ReactNode }) {
  return (
    <section className="lb-form-box" aria-labelledby={`box-${String(n)}`}>
      <h2 id={`box-${String(n)}`}>
        {n}. {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * The application laid out like the court's "Application for search warrant" (CrimPR r.47.32,
 * PACE ss.15 and 16): boxes 1-8, the declaration (9) and the authorisation (10).
 */
export function WarrantPrintScene({ id }: { id: string }) {
  const loaded = useLoad(() => api.get('/api/operations/warrants/{id}', { path: { id } }), [id]);
  const w = loaded.data;
  if (loaded.error) return <p role="alert">{loaded.error}</p>;
  if (!w) return <p>Loading…</p>;
  return (
    <article className="lb-print">
      <p className="lb-no-print">
        <Link to={`/operations/warrants/${w.id}`}>Back to the warrant</Link>. Use your browser’s print command.
      </p>
      <PageHeading title={`Application for search warrant ${w.reference}`}>
        Application for a search warrant {w.reference}
      </PageHeading>
      <p>Misuse of Drugs Act 1971, section 23(3); Police and Criminal Evidence Act 1984, sections 15 and 16.</p>
      <p>OFFICIAL-SENSITIVE when complete.</p>
      <Box n={1} title="Applicant">
        <p>The constable named on the warrant file (reference {w.reference}).</p>
      </Box>
      <Box n={2} title="Power and its terms">
        <p>
          Section 23(3) Misuse of Drugs Act 1971: to enter, by force if need be, and search the premises
          {w.searchPersonsFound ? ' and any persons found there' : ''}, and to seize controlled drugs and documents.
        </p>
      </Box>
      <Box n={3} title="Premises to be searched">
        <p>{w.premises}</p>
      </Box>
      <Box n={4} title="Articles and persons sought">
        <p>Controlled drugs: {w.drugsSought.map(drugLabel).join(', ')}.</p>
        <p>Persons found on the premises may be searched: {w.searchPersonsFound ? 'yes' : 'no'}.</p>
      </Box>
      <Box n={5} title="Grounds, and the intelligence they rest on">
        <p className="lb-report-text">{w.grounds}</p>
        <table className="lb-table lb-table--compact">
          <caption>Graded intelligence (3x5x2)</caption>
          <thead>
            <tr>
              <th scope="col">Reference</th>
              <th scope="col">Grade</th>
            </tr>
          </thead>
          <tbody>
            {w.intelligence.map((i) => (
              <tr key={i.id}>
                <td>{i.reference}</td>
                <td>{i.grade}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {w.warning && <p>Corroboration of anonymous information: {w.corroborationNote ?? 'none recorded'}</p>}
      </Box>
      <Box n={6} title="Number of entries">
        <p>
          {w.entriesSought}
          {w.multipleEntryGrounds ? `: ${w.multipleEntryGrounds}` : ''}
        </p>
      </Box>
      <Box n={7} title="Anything that might undermine this application">
        <p className="lb-report-text">{w.undermining}</p>
      </Box>
      <Box n={8} title="Planned execution">
        <p>{w.plannedExecutionOn}</p>
      </Box>
      <Box n={9} title="Declaration">
        <p>
          To the best of my knowledge and belief this application discloses all the information that is material to what
          the court must decide, including anything that might reasonably be considered capable of undermining any of
          the grounds of the application.
        </p>
        <p>Signed: ____________________ Date: __________</p>
      </Box>
      <Box n={10} title="Authorisation">
        <p>
          {w.authorisation
            ? `Authorised by an inspector on ${w.authorisation.at?.slice(0, 10) ?? ''}: ${w.authorisation.note ?? ''}`
            : 'Not yet authorised by an inspector.'}
        </p>
      </Box>
    </article>
  );
}
