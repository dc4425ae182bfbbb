import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type FieldError } from '../../api/client.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { dayOf } from '../../components/intel-labels.ts';
import { useLoad } from '../../hooks/useLoad.ts';
import { ThankYouForm } from './ThankYouForm.tsx';

/**
 * The conversation with the reporter through their receipt inbox: what the unit asked and what
 * the reporter wrote back, and a question to send, started from an approved template or free.
 */
export function MessagesPanel({ reportId }: { reportId: string }) {
  const messages = useLoad(() => api.get('/api/reports/{id}/messages', { path: { id: reportId } }), [reportId]);
  const templates = useLoad(() => api.get('/api/report-message-templates'), []);
  const [draft, setDraft] = useState('');
  const [template, setTemplate] = useState('');
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const [error, setError] = useState<string>();
  const [sent, setSent] = useState(false);

  async function handleSend(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setSent(false);
    if (draft.trim() === '') {
      setFieldErrors([{ field: 'question', message: 'Enter the question for the reporter' }]);
      return;
    }
    try {
      await api.post('/api/reports/{id}/messages', { path: { id: reportId }, body: { body: draft } });
      setFieldErrors([]);
      setError(undefined);
      setDraft('');
      setTemplate('');
      setSent(true);
      messages.reload();
    } catch (caught) {
      if (caught instanceof ApiError && caught.fieldErrors.length > 0) {
        setFieldErrors(caught.fieldErrors.map((e) => ({ ...e, field: 'question' })));
      } else {
        setError(caught instanceof ApiError ? caught.message : 'The question could not be sent. Try again.');
      }
    }
  }

  const list = messages.data?.messages ?? [];
  return (
    <section aria-labelledby="messages-heading">
      <h2 id="messages-heading">Messages with the reporter</h2>
      <p className="lb-hint">
        The reporter reads these when they sign in with their receipt code; they are not told a message is waiting.
        Never name anyone or say what is known.
      </p>
      <ErrorSummary message={messages.error ?? error} fieldErrors={fieldErrors} />
      {list.length === 0 ? (
        <p>No messages yet.</p>
      ) : (
        <ol className="lb-messages">
          {list.map((message) => (
            <li key={message.id} className={`lb-message lb-message--${message.author}`}>
              <p className="lb-hint">
                {message.author === 'staff' ? 'The unit asked' : 'The reporter wrote'} on {dayOf(message.sentOn)}
              </p>
              <p className="lb-message__body">{message.body}</p>
            </li>
          ))}
        </ol>
      )}
      {sent && (
        <p className="lb-success" role="status">
          Question sent. The reporter sees it next time they sign in.
        </p>
      )}
      <form noValidate onSubmit={(event) => void handleSend(event)}>
        <SelectField
          id="question-template"
          label="Start from an approved question (optional)"
          value={template}
          onChange={(event) => {
            const chosen = templates.data?.templates.find((t) => t.id === event.target.value);
            setTemplate(event.target.value);
            if (chosen) setDraft(chosen.text);
          }}
          options={[
            { value: '', label: 'Write my own' },
            ...(templates.data?.templates ?? []).map((t) => ({ value: t.id, label: t.label })),
          ]}
        />
        <TextAreaField
          id="question"
          label="Question for the reporter"
          hint="Up to 2,000 characters. You can change an approved question before sending it."
          maxLength={2000}
          value={draft}
          errors={fieldErrors}
          onChange={(event) => {
            setDraft(event.target.value);
          }}
        />
        <button type="submit" className="lb-button">
          Send question
        </button>
      </form>
      <ThankYouForm reportId={reportId} onSent={messages.reload} />
    </section>
  );
}
