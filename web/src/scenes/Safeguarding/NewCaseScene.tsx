import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type BodyOf, type FieldError } from '../../api/client.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { formText } from '../../components/forms.ts';
import { navigate, useSearch } from '../../hooks/useRoute.ts';

// API field names → this form's field ids.
const fieldIds: Readonly<Record<string, string>> = {
  'subject.name': 'subjectName',
  'subject.dateOfBirth': 'dateOfBirth',
  subjectKind: 'subjectKind',
  source: 'source',
  sourceId: 'sourceId',
  summary: 'summary',
};

/** Opens a case, or adds the concern to the person's open case (one open case per person). */
export function NewCaseScene() {
  const search = new URLSearchParams(useSearch());
  const reportId = search.get('report') ?? '';
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    setFieldErrors([]);
    const form = new FormData(event.currentTarget);
    const source = formText(form, 'source');
    const sourceId = formText(form, 'sourceId').trim();
    api
      .post('/api/casework/cases', {
        body: {
          subjectKind: formText(form, 'subjectKind') || undefined,
          subject: { name: formText(form, 'subjectName'), dateOfBirth: formText(form, 'dateOfBirth') },
          source,
          ...(source !== 'manual' ? { sourceId: sourceId || undefined } : {}),
          summary: formText(form, 'summary'),
        } as BodyOf<'/api/casework/cases'>,
      })
      .then((created) => {
        navigate(`/safeguarding/cases/${created.id}`);
      })
      .catch((caught: unknown) => {
        setError(caught instanceof ApiError ? caught.message : 'The case could not be opened');
        setFieldErrors(
          caught instanceof ApiError
            ? caught.fieldErrors.map((f) => ({ ...f, field: fieldIds[f.field] ?? f.field }))
            : [],
        );
      });
  }

  return (
    <>
      <p>
        <Link to="/safeguarding">Back to safeguarding</Link>
      </p>
      <PageHeading title="Open a case">Open a case</PageHeading>
      <p>
        If the person already has an open case, this concern is added to it and you are taken there: a person has one
        open case at a time.
      </p>
      <ErrorSummary message={error} fieldErrors={fieldErrors} />
      <form onSubmit={submit} noValidate className="lb-narrow">
        <RadioGroup
          name="subjectKind"
          legend="Who is the case about?"
          options={[
            { value: 'child', label: 'A child (under 18)' },
            { value: 'adult', label: 'A vulnerable adult' },
          ]}
          errors={fieldErrors}
        />
        <Field
          id="subjectName"
          label="Name"
          hint="Or a description, if the name is not known yet"
          errors={fieldErrors}
        />
        <Field id="dateOfBirth" label="Date of birth (if known)" type="date" errors={fieldErrors} />
        <SelectField
          id="source"
          label="Where the concern came from"
          defaultValue={reportId ? 'report' : 'manual'}
          options={[
            { value: 'manual', label: 'Recorded by the safeguarding lead' },
            { value: 'report', label: 'A safeguarding referral (public, phone or partner report)' },
            { value: 'alert', label: 'A child exploitation or cuckooing alert' },
          ]}
          errors={fieldErrors}
        />
        <Field
          id="sourceId"
          label="Report or alert reference"
          hint="Only for a report or an alert: its id"
          defaultValue={reportId}
          errors={fieldErrors}
        />
        <TextAreaField id="summary" label="The concern" rows={4} errors={fieldErrors} />
        <button type="submit" className="lb-button">
          Open the case
        </button>
      </form>
    </>
  );
}
