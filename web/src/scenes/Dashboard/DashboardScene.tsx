import type { SubmitEvent } from 'react';
import { api } from '../../api/client.ts';
import { Field } from '../../components/Field.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { navigate, useSearch } from '../../hooks/useRoute.ts';
import { paramsOf, queryOf } from '../Maps/period-form.ts';
import { TrendChart } from './TrendChart.tsx';
import './Dashboard.css';

const buckets = [
  { value: 'week', label: 'By week' },
  { value: 'month', label: 'By month' },
] as const;

/** The tactical assessment dashboard: each part the reader's role covers, a chart with its table, CSV and print. */
export function DashboardScene() {
  const params = paramsOf(useSearch());
  const bucket = params.get('bucket') === 'month' ? 'month' : 'week';
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const loaded = useLoad(() => api.get('/api/dashboard', { query: { bucket, from, to } }), [bucket, from, to]);
  const data = loaded.data;
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate(`/dashboard${queryOf(event.currentTarget)}`);
  };
  const exportHref = (section: string) => {
    const query = new URLSearchParams({ bucket, section, ...(data ? { from: data.from, to: data.to } : {}) });
    return `/api/dashboard/export?${query.toString()}`;
  };
  return (
    <>
      <PageHeading title="Tactical assessment dashboard">Tactical assessment dashboard</PageHeading>
      <p>
        Counts for the tactical assessment, over the weeks or months you choose. You see the parts your role works on;
        every chart has its figures in a table beside it.
      </p>
      <form className="lb-filters" onSubmit={submit} aria-label="Period">
        <Field
          id="from"
          name="from"
          type="date"
          label="From"
          defaultValue={data?.from ?? from}
          key={`f${data?.from ?? ''}`}
        />
        <Field id="to" name="to" type="date" label="To" defaultValue={data?.to ?? to} key={`t${data?.to ?? ''}`} />
        <SelectField id="bucket" name="bucket" label="Trend" options={buckets} defaultValue={bucket} />
        <button type="submit" className="lb-button">
          Show
        </button>
      </form>
      {loaded.error && <p role="alert">{loaded.error}</p>}
      {data && (
        <>
          <p className="lb-print-only">
            Period: {data.from} to {data.to}, {data.bucket === 'week' ? 'by week (weeks start on Monday)' : 'by month'}.
          </p>
          <p className="lb-no-print">
            <a href={exportHref('all')} download>
              Export CSV (all parts)
            </a>{' '}
            ·{' '}
            <button
              type="button"
              className="lb-link-button"
              onClick={() => {
                window.print();
              }}
            >
              Print
            </button>
          </p>
          {data.sections.map((section) => (
            <section key={section.id} className="lb-dashboard-section" aria-labelledby={`section-${section.id}`}>
              <h2 id={`section-${section.id}`}>{section.title}</h2>
              <p>{section.description}</p>
              {section.now.length > 0 && (
                <dl className="lb-figures">
                  {section.now.map((figure) => (
                    <div key={figure.key}>
                      <dt>{figure.label}</dt>
                      <dd>{figure.value}</dd>
                    </div>
                  ))}
                </dl>
              )}
              {section.series.length === 0 ? (
                <p>Nothing recorded in this period.</p>
              ) : (
                <div className="lb-dashboard-pair">
                  <TrendChart periods={data.periods} series={section.series} title={section.title} />
                  <div className="lb-table-scroll" tabIndex={0} role="region" aria-label={`${section.title}: figures`}>
                    <table className="lb-table lb-table--compact">
                      <caption>
                        {section.title}, {data.bucket === 'week' ? 'week starting' : 'month'}
                      </caption>
                      <thead>
                        <tr>
                          <th scope="col">Period</th>
                          {section.series.map((s) => (
                            <th scope="col" key={s.key}>
                              {s.label}
                            </th>
                          ))}
                        </tr>
                      </thead>
                      <tbody>
                        {data.periods.map((period, i) => (
                          <tr key={period}>
                            <th scope="row">{period}</th>
                            {section.series.map((s) => (
                              <td key={s.key}>{s.values[i] ?? 0}</td>
                            ))}
                          </tr>
                        ))}
                      </tbody>
                      <tfoot>
                        <tr>
                          <th scope="row">Total</th>
                          {section.series.map((s) => (
                            <td key={s.key}>{s.total}</td>
                          ))}
                        </tr>
                      </tfoot>
                    </table>
                  </div>
                </div>
              )}
              <p className="lb-no-print">
                <a href={exportHref(section.id)} download>
                  Export CSV<span className="lb-visually-hidden"> of {section.title.toLowerCase()}</span>
                </a>
              </p>
            </section>
          ))}
        </>
      )}
    </>
  );
}
