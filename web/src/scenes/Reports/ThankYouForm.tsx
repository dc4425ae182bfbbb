import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type BodyOf } from '../../api/client.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { formText } from '../../components/forms.ts';
import { useLoad } from '../../hooks/useLoad.ts';

type ThankYouId = BodyOf<'/api/reports/{id}/thanks'>['message'];

/**
 * Thank the reporter with one of the approved messages (ADR 0041): no free text, and the
 * report's status does not change, so a thank-you never tells the reporter what happened.
 */
export function ThankYouForm({ reportId, onSent }: { reportId: string; onSent: () => void }) {
  const messages = useLoad(() => api.get('/api/report-thank-you-messages'), []);
  const [error, setError] = useState<string>();
  const [sent, setSent] = useState(false);
  const templates = messages.data?.templates ?? [];

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = formText(new FormData(event.currentTarget), 'thank-you');
    if (chosen === '') {
      setError('Choose a message to send');
      return;
    }
    try {
      await api.post('/api/reports/{id}/thanks', { path: { id: reportId }, body: { message: chosen as ThankYouId } });
      setError(undefined);
      setSent(true);
      onSent();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'The message could not be sent. Try again.');
    }
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)} aria-labelledby="thank-you-heading">
      <h3 id="thank-you-heading">Thank the reporter</h3>
      <ErrorSummary message={messages.error ?? error} fieldErrors={[]} />
      <fieldset className="lb-fieldset">
        <legend>Approved thank-you messages (they say nothing about what happened)</legend>
        {templates.map((t, index) => (
          <div className="lb-radio" key={t.id}>
            <input type="radio" id={index === 0 ? 'thank-you' : `thank-you-${t.id}`} name="thank-you" value={t.id} />
            <label htmlFor={index === 0 ? 'thank-you' : `thank-you-${t.id}`}>
              <strong>{t.label}:</strong> {t.text}
            </label>
          </div>
        ))}
      </fieldset>
      {sent && (
        <p className="lb-success" role="status">
          Thank-you sent. The reporter sees it next time they sign in.
        </p>
      )}
      <button type="submit" className="lb-button lb-button--secondary">
        Send thank-you
      </button>
    </form>
  );
}
