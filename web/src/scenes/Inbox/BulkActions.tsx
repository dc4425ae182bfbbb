import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type BodyOf, type FieldError } from '../../api/client.ts';
import type { DeskPerson, InboxItem } from '../../api/intel-types.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { formText } from '../../components/forms.ts';
import { shortId } from '../../components/intel-labels.ts';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';

const apiFields: Readonly<Record<string, string>> = {
  assigneeId: 'bulk-assignee',
  duplicateOf: 'bulk-duplicate',
  reason: 'bulk-reason',
};

/**
 * One action over the selected reports: assign, unassign, mark as duplicates of another report,
 * or archive with a reason. The server does all of them or none, and audits each report.
 */
export function BulkActions({
  selected,
  items,
  assignees,
  onDone,
}: {
  selected: readonly string[];
  items: readonly InboxItem[];
  assignees: readonly DeskPerson[];
  onDone: (message: string) => void;
}) {
  const [action, setAction] = useState('assign');
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  const count = `${String(selected.length)} ${selected.length === 1 ? 'report' : 'reports'}`;

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const assigneeId = formText(form, 'bulk-assignee');
    const duplicateOf = formText(form, 'bulk-duplicate');
    const reason = formText(form, 'bulk-reason').trim();
    const problems: FieldError[] = [];
    if (action === 'assign' && assigneeId === '') {
      problems.push({ field: 'bulk-assignee', message: 'Choose an analyst' });
    }
    if (action === 'duplicate' && duplicateOf === '') {
      problems.push({ field: 'bulk-duplicate', message: 'Choose the report they repeat' });
    }
    if (action === 'archive' && reason.length < 5) {
      problems.push({ field: 'bulk-reason', message: 'Give a reason for archiving, of at least 5 characters' });
    }
    setFieldErrors(problems);
    setMessage(undefined);
    if (problems.length > 0) return;
    setBusy(true);
    try {
      // The server checks the action and its fields; the form's text is cast to the contract's body.
      await api.post('/api/inbox/bulk', {
        body: {
          action,
          reportIds: [...selected],
          ...(action === 'assign' ? { assigneeId } : {}),
          ...(action === 'duplicate' ? { duplicateOf } : {}),
          ...(action === 'archive' ? { reason } : {}),
        } as BodyOf<'/api/inbox/bulk'>,
      });
      const done: Record<string, string> = {
        assign: `${count} assigned to ${assignees.find((a) => a.id === assigneeId)?.name ?? 'the analyst'}.`,
        unassign: `${count} no longer assigned.`,
        duplicate: `${count} marked as duplicates of report ${shortId(duplicateOf)} and closed.`,
        archive: `${count} archived.`,
      };
      onDone(done[action] ?? 'Done.');
    } catch (caught) {
      if (caught instanceof ApiError && caught.fieldErrors.length > 0) {
        setFieldErrors(caught.fieldErrors.map((e) => ({ ...e, field: apiFields[e.field] ?? 'bulk-action' })));
      } else {
        setMessage(caught instanceof Error ? `Nothing was changed: ${caught.message}` : 'Nothing was changed');
      }
    } finally {
      setBusy(false);
    }
  }

  const others = items.filter((item) => !selected.includes(item.id));
  return (
    <section className="lb-bulk" aria-labelledby="bulk-heading">
      <h2 id="bulk-heading">{count} selected</h2>
      <ErrorSummary fieldErrors={fieldErrors} message={message} />
      <form noValidate onSubmit={(event) => void handleSubmit(event)} aria-label="Act on the selected reports">
        <SelectField
          id="bulk-action"
          label="Action"
          value={action}
          onChange={(event) => {
            setAction(event.target.value);
            setFieldErrors([]);
          }}
          options={[
            { value: 'assign', label: 'Assign to an analyst' },
            { value: 'unassign', label: 'Unassign' },
            { value: 'duplicate', label: 'Mark as duplicates of another report' },
            { value: 'archive', label: 'Archive with a reason' },
          ]}
        />
        {action === 'assign' && (
          <SelectField
            id="bulk-assignee"
            label="Analyst"
            errors={fieldErrors}
            defaultValue=""
            options={[
              { value: '', label: 'Choose an analyst' },
              ...assignees.map((a) => ({ value: a.id, label: a.isMe === true ? `${a.name} (me)` : a.name })),
            ]}
          />
        )}
        {action === 'duplicate' && (
          <SelectField
            id="bulk-duplicate"
            label="The report they repeat"
            hint="One of the other reports on this page"
            errors={fieldErrors}
            defaultValue=""
            options={[
              { value: '', label: 'Choose a report' },
              ...others.map((item) => ({
                value: item.id,
                label: `Report ${shortId(item.id)}${item.gist ? `: ${item.gist}` : ''}`,
              })),
            ]}
          />
        )}
        {action === 'archive' && (
          <TextAreaField
            id="bulk-reason"
            label="Why are these reports being archived?"
            hint="Recorded in the audit trail with each report"
            rows={3}
            errors={fieldErrors}
          />
        )}
        <button type="submit" className="lb-button" disabled={busy}>
          Apply to {count}
        </button>
      </form>
    </section>
  );
}
