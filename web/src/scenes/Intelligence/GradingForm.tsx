import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type FieldError, type BodyOf } from '../../api/client.ts';
import type { IntelligenceReport } from '../../api/intel-types.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { formText } from '../../components/forms.ts';
import {
  actionDecisionLabels,
  assessmentLabels,
  handlingLabels,
  priorityLabels,
  sourceEvaluationLabels,
} from '../../components/intel-labels.ts';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';

const optionsOf = (labels: Readonly<Record<string, string>>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** The API's field names, as this form's field ids. */
const formFieldOf: Readonly<Record<string, string>> = {
  'grade.source': 'sourceEvaluation',
  'grade.assessment': 'intelligenceAssessment',
  'grade.handling': 'handling',
  'grade.conditions': 'conditions',
};

/** What the form must have before the API is asked (the API checks again). */
function problemsOf(form: FormData): FieldError[] {
  const problems: FieldError[] = [];
  const need = (field: string, message: string) => {
    if (formText(form, field).trim() === '') problems.push({ field, message });
  };
  need('sourceEvaluation', 'Choose the source evaluation (1, 2 or 3)');
  need('intelligenceAssessment', 'Choose the intelligence assessment (A to E)');
  need('handling', 'Choose the handling code (P or C)');
  if (formText(form, 'handling') === 'C' && formText(form, 'conditions').trim().length < 10) {
    problems.push({ field: 'conditions', message: 'Handling code C needs the conditions recipients must follow' });
  }
  need('sourceEvaluationReason', 'Say why the source is graded so');
  need('sanitisedText', 'Write the sanitised text');
  return problems;
}

/** The 3x5x2 evaluation: grade, sanitised text and the analyst's assessment, kept apart. */
export function GradingForm({ report, onSaved }: { report: IntelligenceReport; onSaved: () => void }) {
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const [message, setMessage] = useState<string>();
  const [handling, setHandling] = useState(report.grade?.handling ?? '');
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const problems = problemsOf(form);
    if (problems.length > 0) {
      setMessage(undefined);
      setFieldErrors(problems);
      return;
    }
    setBusy(true);
    try {
      await api.post('/api/intelligence/{id}/evaluate', {
        path: { id: report.id },
        body: {
          grade: {
            source: formText(form, 'sourceEvaluation') as BodyOf<'/api/intelligence/{id}/evaluate'>['grade']['source'],
            assessment: formText(
              form,
              'intelligenceAssessment',
            ) as BodyOf<'/api/intelligence/{id}/evaluate'>['grade']['assessment'],
            handling: formText(form, 'handling') as BodyOf<'/api/intelligence/{id}/evaluate'>['grade']['handling'],
            conditions: formText(form, 'handling') === 'C' ? formText(form, 'conditions') : null,
          },
          sourceEvaluationReason: formText(form, 'sourceEvaluationReason'),
          sanitisedText: formText(form, 'sanitisedText'),
          assessment: formText(form, 'assessment'),
          priority: formText(form, 'priority') as BodyOf<'/api/intelligence/{id}/evaluate'>['priority'],
          actionDecision: formText(
            form,
            'actionDecision',
          ) as BodyOf<'/api/intelligence/{id}/evaluate'>['actionDecision'],
          expectedVersion: report.version,
        },
      });
      setFieldErrors([]);
      setMessage(undefined);
      onSaved();
    } catch (caught) {
      if (caught instanceof ApiError && caught.fieldErrors.length > 0) {
        setMessage(undefined);
        setFieldErrors(caught.fieldErrors.map((e) => ({ ...e, field: formFieldOf[e.field] ?? e.field })));
      } else {
        setFieldErrors([]);
        setMessage(caught instanceof Error ? caught.message : 'The grading could not be saved');
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="lb-grading" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <h2>Grade and sanitise (3x5x2)</h2>
      <ErrorSummary message={message} fieldErrors={fieldErrors} />
      <RadioGroup
        name="sourceEvaluation"
        legend="Source evaluation"
        hint="How reliable is the source?"
        options={optionsOf(sourceEvaluationLabels)}
        defaultValue={report.grade?.source}
        errors={fieldErrors}
      />
      <TextAreaField
        id="sourceEvaluationReason"
        label="Why the source is graded so"
        rows={2}
        defaultValue={report.sourceEvaluationReason ?? ''}
        errors={fieldErrors}
      />
      <RadioGroup
        name="intelligenceAssessment"
        legend="Intelligence assessment"
        hint="How does the source know this?"
        options={optionsOf(assessmentLabels)}
        defaultValue={report.grade?.assessment}
        errors={fieldErrors}
      />
      <RadioGroup
        name="handling"
        legend="Handling code"
        options={optionsOf(handlingLabels)}
        defaultValue={report.grade?.handling}
        errors={fieldErrors}
        onChange={setHandling}
      />
      {handling === 'C' && (
        <TextAreaField
          id="conditions"
          label="Conditions recipients must follow"
          hint="Required with handling code C. A supervisor must approve code C."
          rows={3}
          defaultValue={report.grade?.conditions ?? ''}
          errors={fieldErrors}
        />
      )}
      <SelectField
        id="priority"
        label="Priority"
        defaultValue={report.priority}
        options={optionsOf(priorityLabels)}
        errors={fieldErrors}
      />
      <TextAreaField
        id="sanitisedText"
        label="Sanitised text"
        hint="The facts as reported, with anything that could identify the source removed. This is what may be disseminated."
        rows={6}
        defaultValue={report.sanitisedText ?? ''}
        errors={fieldErrors}
      />
      <TextAreaField
        id="assessment"
        label="Analyst’s assessment"
        hint="Your interpretation, kept apart from the reported facts. It stays within the intelligence unit."
        rows={4}
        defaultValue={report.assessment ?? ''}
        errors={fieldErrors}
      />
      <SelectField
        id="actionDecision"
        label="Recommended action"
        defaultValue={report.actionDecision ?? 'develop'}
        options={optionsOf(actionDecisionLabels)}
        errors={fieldErrors}
      />
      <button type="submit" className="lb-button" disabled={busy}>
        Save grading
      </button>
    </form>
  );
}
