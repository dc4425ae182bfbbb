import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type FieldError } from '../../api/client.ts';
import type { Flags } from '../../api/intel-types.ts';
import type { Me } from '../../api/types.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { formText } from '../../components/forms.ts';
import { categoryLabels, channelLabels, labelFor, shortId } from '../../components/intel-labels.ts';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { PriorityFlags } from '../../components/PriorityFlags.tsx';
import { ReasonPrompt } from '../../components/ReasonPrompt.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { hasPermission } from '../Shell/navigation.ts';

type DueReport = {
  id: string;
  channel: string;
  status: string;
  categories: string[];
  flags: Flags;
  submittedOn: string;
  reviewOn: string;
  flaggedOn: string;
};

/** Keep a report for longer: how many days, and why (both required). */
function KeepForm({ report, onDone }: { report: DueReport; onDone: () => void }) {
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [message, setMessage] = useState<string>();
  const daysId = `keep-days-${report.id}`;
  const reasonId = `keep-reason-${report.id}`;

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const days = Number(formText(form, daysId));
    const reason = formText(form, reasonId).trim();
    const found: FieldError[] = [];
    if (!Number.isInteger(days) || days < 1 || days > 3650) {
      found.push({ field: daysId, message: 'Enter a whole number of days from 1 to 3650' });
    }
    if (reason === '') found.push({ field: reasonId, message: 'Enter why the report is still needed' });
    setErrors(found);
    if (found.length > 0) return;
    try {
      await api.post('/api/retention/{id}/keep', { path: { id: report.id }, body: { keepDays: days, reason } });
      onDone();
    } catch (caught) {
      setMessage(caught instanceof ApiError ? caught.message : 'Something went wrong');
    }
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)} aria-label={`Keep report ${shortId(report.id)}`}>
      <ErrorSummary message={message} fieldErrors={errors} />
      <Field id={daysId} label="Keep it for (days)" inputMode="numeric" defaultValue="365" errors={errors} />
      <TextAreaField id={reasonId} label="Why is it still needed?" rows={2} errors={errors} />
      <button type="submit" className="lb-button lb-button--secondary">
        Keep the report
      </button>
    </form>
  );
}

/**
 * The intelligence supervisor's review list (issue 8, retention): reports whose review date has
 * come, each kept for longer or erased, with a reason that goes to the audit trail.
 */
export function RetentionScene({ me }: { me: Me }) {
  const loaded = useLoad(() => api.get('/api/retention/due'), []);
  const [notice, setNotice] = useState<string>();
  const done = (text: string) => {
    setNotice(text);
    loaded.reload();
  };
  if (loaded.error) return <p>{loaded.error}</p>;
  const items = loaded.data?.items;
  return (
    <>
      <PageHeading title="Reports due for review">Reports due for review</PageHeading>
      <p>
        Each report has a review date set by its type. When it comes, decide whether the report is still needed: keep it
        for a set time, or erase it with what was derived from it alone. Both need a reason, which is audited.
      </p>
      {notice && (
        <p className="lb-panel" role="status">
          {notice}
        </p>
      )}
      {!items ? (
        <p>Loading…</p>
      ) : items.length === 0 ? (
        <p>No reports are due for review.</p>
      ) : (
        <ul className="lb-plain-list">
          {items.map((report) => (
            <li key={report.id} className="lb-panel">
              <h2>
                {hasPermission(me, 'report.read') ? (
                  <Link to={`/inbox/reports/${report.id}`}>Report {shortId(report.id)}</Link>
                ) : (
                  `Report ${shortId(report.id)}`
                )}
              </h2>
              <PriorityFlags flags={report.flags} />
              <p>
                {report.categories.map((c) => labelFor(categoryLabels, c)).join(', ')} · by{' '}
                {labelFor(channelLabels, report.channel).toLowerCase()} · received {report.submittedOn} · review due{' '}
                {report.reviewOn}
              </p>
              <div className="lb-actions">
                <KeepForm
                  report={report}
                  onDone={() => {
                    done(`Report ${shortId(report.id)} is kept and off the list.`);
                  }}
                />
                <ReasonPrompt
                  id={`erase-${report.id}`}
                  openLabel="Erase this report"
                  submitLabel="Erase it now"
                  label="Why is it no longer needed?"
                  emptyMessage="Enter why the report is no longer needed"
                  onReason={async (reason) => {
                    await api.post('/api/retention/{id}/erase', { path: { id: report.id }, body: { reason } });
                    done(`Report ${shortId(report.id)} has been erased.`);
                  }}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
