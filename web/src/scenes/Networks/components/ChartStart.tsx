import { useState, type SubmitEvent } from 'react';
import { api, ApiError } from '../../../api/client.ts';
import type { EntityKind } from '../../../api/network-types.ts';
import { formText } from '../../../components/forms.ts';
import { navigate } from '../../../hooks/useRoute.ts';
import { normalisePhone } from '../format.ts';

/** Starts a chart from a phone number, registration or e-mail (found through the blind index). */
export function ChartStart() {
  const [error, setError] = useState<string>();

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const kind = formText(form, 'startKind');
    const raw = formText(form, 'startValue').trim();
    const value =
      kind === 'phone'
        ? normalisePhone(raw)
        : kind === 'vehicle'
          ? raw.replace(/\s/g, '').toUpperCase()
          : raw.toLowerCase();
    setError(undefined);
    api
      .get('/api/entities', { query: { kind: kind as EntityKind, value } })
      .then(({ id }) => {
        navigate(`/networks/chart?entity=${id}`);
      })
      .catch((caught: unknown) => {
        setError(
          caught instanceof ApiError && caught.status === 404 ? 'Nothing is known about that.' : 'The search failed.',
        );
      });
  }

  return (
    <form onSubmit={handleSubmit} aria-labelledby="start-heading" className="lb-narrow">
      <h2 id="start-heading">Start a chart</h2>
      <p>Start from a deal line’s profile, or from something known about:</p>
      <div className="lb-field">
        <label htmlFor="startKind">What it is</label>
        <select id="startKind" name="startKind" defaultValue="phone">
          <option value="phone">Phone number</option>
          <option value="vehicle">Vehicle registration</option>
          <option value="email">Email address</option>
        </select>
      </div>
      <div className="lb-field">
        <label htmlFor="startValue">Number, registration or address</label>
        <input
          id="startValue"
          name="startValue"
          autoComplete="off"
          aria-describedby={error ? 'startValue-error' : undefined}
        />
        {error && (
          <p className="lb-field-error" id="startValue-error">
            {error}
          </p>
        )}
      </div>
      <button type="submit" className="lb-button">
        Start the chart
      </button>
    </form>
  );
}
