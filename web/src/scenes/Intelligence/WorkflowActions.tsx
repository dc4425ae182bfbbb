import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type FieldError, type BodyOf } from '../../api/client.ts';
import type { IntelligenceReport } from '../../api/intel-types.ts';
import type { Me } from '../../api/types.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { formText } from '../../components/forms.ts';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { hasPermission } from '../Shell/navigation.ts';

type Props = { me: Me; report: IntelligenceReport; onChanged: (done: string) => void };

function useAction(onChanged: (done: string) => void) {
  const [message, setMessage] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  async function run(action: () => Promise<unknown>, done: string) {
    setBusy(true);
    try {
      await action();
      setMessage(undefined);
      setFieldErrors([]);
      onChanged(done);
    } catch (caught) {
      setMessage(caught instanceof Error ? caught.message : 'That did not work');
      setFieldErrors(caught instanceof ApiError ? caught.fieldErrors : []);
    } finally {
      setBusy(false);
    }
  }
  return { message, fieldErrors, busy, run, setFieldErrors };
}

/** An evaluated report goes to a supervisor before anything leaves the unit. */
export function SubmitForReview({ report, onChanged }: Props) {
  const action = useAction(onChanged);
  return (
    <section aria-labelledby="submit-heading">
      <h2 id="submit-heading">Supervisor review</h2>
      <ErrorSummary message={action.message} />
      <p>When the grading is right, send it to a supervisor. Another supervisor must approve a report you graded.</p>
      <button
        type="button"
        className="lb-button"
        disabled={action.busy}
        onClick={() =>
          void action.run(
            () => api.post('/api/intelligence/{id}/submit', { path: { id: report.id } }),
            'Sent for supervisor review.',
          )
        }
      >
        Submit for supervisor review
      </button>
    </section>
  );
}

/** Four eyes: the API refuses a supervisor's approval of their own grading, and says so here. */
export function ReviewForm({ report, onChanged }: Props) {
  const action = useAction(onChanged);
  const [approve, setApprove] = useState(true);
  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const note = formText(new FormData(event.currentTarget), 'reviewNote');
    void action.run(
      () => api.post('/api/intelligence/{id}/review', { path: { id: report.id }, body: { approve, note } }),
      approve ? 'Approved for dissemination.' : 'Returned to the analyst.',
    );
  }
  return (
    <form aria-labelledby="review-heading" onSubmit={handleSubmit}>
      <h2 id="review-heading">Supervisor review</h2>
      <ErrorSummary message={action.message} fieldErrors={action.fieldErrors} />
      <TextAreaField id="reviewNote" label="Review note" hint="Optional when approving." rows={3} />
      <div className="lb-button-group">
        <button
          type="submit"
          className="lb-button"
          disabled={action.busy}
          onClick={() => {
            setApprove(true);
          }}
        >
          Approve
        </button>
        <button
          type="submit"
          className="lb-button lb-button--secondary"
          disabled={action.busy}
          onClick={() => {
            setApprove(false);
          }}
        >
          Return to the analyst
        </button>
      </div>
    </form>
  );
}

/** Each recipient is a recorded disclosure with its justification. */
export function DisseminateForm({ report, onChanged }: Props) {
  const action = useAction(onChanged);
  const directory = useLoad(
    () => Promise.all([api.get('/api/admin/teams'), api.get('/api/admin/partner-organisations')]),
    [],
  );
  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const recipients = form
      .getAll('recipient')
      .filter((value): value is string => typeof value === 'string')
      .map((value) => {
        const [type = '', id = ''] = value.split(':');
        return { type, id };
      });
    const justification = formText(form, 'justification').trim();
    const problems: FieldError[] = [];
    if (recipients.length === 0) problems.push({ field: 'recipient', message: 'Choose at least one recipient' });
    if (justification.length < 5) problems.push({ field: 'justification', message: 'Say why each recipient needs it' });
    if (problems.length > 0) {
      action.setFieldErrors(problems);
      return;
    }
    void action.run(
      () =>
        api.post('/api/intelligence/{id}/disseminate', {
          path: { id: report.id },
          body: { recipients: recipients as BodyOf<'/api/intelligence/{id}/disseminate'>['recipients'], justification },
        }),
      'Disseminated.',
    );
  }
  const [teams = [], organisations = []] = directory.data ?? [];
  const recipientError = action.fieldErrors.find((e) => e.field === 'recipient' || e.field === 'recipients');
  return (
    <form aria-labelledby="disseminate-heading" noValidate onSubmit={handleSubmit}>
      <h2 id="disseminate-heading">Disseminate</h2>
      <ErrorSummary message={action.message ?? directory.error} fieldErrors={action.fieldErrors} />
      <fieldset className={recipientError ? 'lb-fieldset lb-field--error' : 'lb-fieldset'}>
        <legend>Recipients</legend>
        {recipientError && (
          <p className="lb-field-error">
            <span className="lb-visually-hidden">Error: </span>
            {recipientError.message}
          </p>
        )}
        {teams.length + organisations.length === 0 && <p>No teams or partner organisations exist yet.</p>}
        {[
          ...teams.map((t) => ({ value: `team:${t.id}`, label: `Team: ${t.name}` })),
          ...organisations.map((o) => ({ value: `partner_organisation:${o.id}`, label: `Partner: ${o.name}` })),
        ].map((option, index) => (
          <div className="lb-checkbox" key={option.value}>
            <input
              type="checkbox"
              id={index === 0 ? 'recipient' : `recipient-${option.value}`}
              name="recipient"
              value={option.value}
            />
            <label htmlFor={index === 0 ? 'recipient' : `recipient-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </fieldset>
      <TextAreaField
        id="justification"
        label="Why they need it"
        hint="Recorded with each disclosure."
        rows={3}
        errors={action.fieldErrors}
      />
      <button type="submit" className="lb-button" disabled={action.busy}>
        Disseminate
      </button>
    </form>
  );
}

/** Archived reports wait for their retention review. */
export function ArchiveButton({ report, onChanged }: Props) {
  const action = useAction(onChanged);
  return (
    <section aria-labelledby="archive-heading">
      <h2 id="archive-heading">Archive</h2>
      <ErrorSummary message={action.message} />
      <p>Archived reports are kept until their review date ({report.reviewDate}).</p>
      <button
        type="button"
        className="lb-button lb-button--warning"
        disabled={action.busy}
        onClick={() =>
          void action.run(() => api.post('/api/intelligence/{id}/archive', { path: { id: report.id } }), 'Archived.')
        }
      >
        Archive this report
      </button>
    </section>
  );
}

export function canArchive(me: Me, report: IntelligenceReport): boolean {
  return (
    hasPermission(me, 'intelligence.review') && ['new', 'evaluated', 'approved', 'disseminated'].includes(report.status)
  );
}
