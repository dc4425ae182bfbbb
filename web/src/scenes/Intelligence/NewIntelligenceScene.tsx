import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type FieldError, type BodyOf } from '../../api/client.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { formText } from '../../components/forms.ts';
import { priorityLabels, shortId, sourceTypeLabels } from '../../components/intel-labels.ts';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { navigate } from '../../hooks/useRoute.ts';
import { fieldWords } from '../Reports/AnswerList.tsx';

const optionsOf = (labels: Readonly<Record<string, string>>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** A new intelligence report, from a public report (?report=id) or typed in. */
export function NewIntelligenceScene() {
  const reportId = new URLSearchParams(window.location.search).get('report');
  const source = useLoad(
    () => (reportId ? api.get('/api/reports/{id}', { path: { id: reportId } }) : Promise.resolve(undefined)),
    [reportId],
  );
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (formText(form, 'originalText').trim() === '') {
      setFieldErrors([{ field: 'originalText', message: 'Enter what was reported' }]);
      return;
    }
    setBusy(true);
    try {
      const created = await api.post('/api/intelligence', {
        body: {
          submissionId: reportId,
          sourceType: formText(form, 'sourceType') as BodyOf<'/api/intelligence'>['sourceType'],
          originalText: formText(form, 'originalText'),
          priority: formText(form, 'priority') as BodyOf<'/api/intelligence'>['priority'],
        },
      });
      navigate(`/intelligence/${created.id}`);
    } catch (caught) {
      if (caught instanceof ApiError && caught.fieldErrors.length > 0) setFieldErrors(caught.fieldErrors);
      else setMessage(caught instanceof Error ? caught.message : 'The report could not be created');
      setBusy(false);
    }
  }

  if (reportId && source.loading) return <p>Loading the report…</p>;
  const report = source.data;
  const urgent = report ? report.flags.child || report.flags.threatToLife || report.flags.vulnerableAdult : false;
  const original = report ? report.texts.map((t) => `${fieldWords(t.field)}: ${t.text}`).join('\n\n') : '';
  return (
    <>
      <PageHeading title="New intelligence report">New intelligence report</PageHeading>
      {report && (
        <p>
          From <Link to={`/inbox/reports/${report.id}`}>report {shortId(report.id)}</Link>. The original words are kept
          sealed and restricted; you write the sanitised version when you grade it.
        </p>
      )}
      <ErrorSummary message={message ?? source.error} fieldErrors={fieldErrors} />
      <form className="lb-narrow" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <SelectField
          id="sourceType"
          label="Source"
          defaultValue={report?.suggestedSourceType ?? 'public_anonymous'}
          options={optionsOf(sourceTypeLabels)}
          errors={fieldErrors}
        />
        <SelectField
          id="priority"
          label="Priority"
          defaultValue={urgent ? 'high' : 'medium'}
          options={optionsOf(priorityLabels)}
          errors={fieldErrors}
        />
        <TextAreaField
          id="originalText"
          label="What was reported (original)"
          rows={10}
          defaultValue={original}
          errors={fieldErrors}
        />
        <button type="submit" className="lb-button" disabled={busy}>
          Create intelligence report
        </button>
      </form>
    </>
  );
}
