import { useState, type SubmitEvent } from 'react';
import { api, ApiError, type FieldError, type BodyOf } from '../../../api/client.ts';
import type { DealLineProfile } from '../../../api/network-types.ts';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { formText } from '../../../components/forms.ts';
import { dealLineRoleLabels } from '../../../../../src/labels/index.ts';

/** The roles as options, in the order and words of the shared labels. */
export const lineRoles = (Object.keys(dealLineRoleLabels) as (keyof typeof dealLineRoleLabels)[]).map((value) => ({
  value,
  label: dealLineRoleLabels[value],
}));

/** Gives a person linked to the line a role; "exploited" can be ticked beside any role. */
export function AddRoleForm({ line, onChanged }: { line: DealLineProfile; onChanged: () => void }) {
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const candidates = new Map<string, string>();
  for (const p of line.linkedPeopleWithoutRole) candidates.set(p.id, p.label);
  for (const p of line.people) if (p.removedAt === null) candidates.set(p.personEntityId, p.name);

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(undefined);
    setFieldErrors([]);
    api
      .post('/api/deal-lines/{id}/people', {
        path: { id: line.id },
        body: {
          personEntityId: formText(form, 'personEntityId'),
          role: formText(form, 'role') as BodyOf<'/api/deal-lines/{id}/people'>['role'],
          victim: form.get('victim') === 'yes',
        },
      })
      .then(onChanged)
      .catch((caught: unknown) => {
        setError(caught instanceof ApiError ? caught.message : 'The role could not be recorded');
        setFieldErrors(caught instanceof ApiError ? caught.fieldErrors : []);
      });
  }

  if (candidates.size === 0) return null;
  return (
    <form onSubmit={handleSubmit} noValidate aria-labelledby="add-role-heading">
      <h3 id="add-role-heading">Give a person a role</h3>
      <ErrorSummary message={error} fieldErrors={fieldErrors} />
      <div className="lb-filters">
        <div className="lb-field">
          <label htmlFor="personEntityId">Person</label>
          <select id="personEntityId" name="personEntityId" defaultValue="">
            <option value="">Choose a person</option>
            {[...candidates].map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="lb-field">
          <label htmlFor="role">Role</label>
          <select id="role" name="role" defaultValue="runner">
            {lineRoles.map((role) => (
              <option key={role.value} value={role.value}>
                {role.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="lb-checkbox">
        <input type="checkbox" id="victim" name="victim" value="yes" />
        <label htmlFor="victim">Also exploited by the line (a victim as well as a suspect)</label>
      </div>
      <button type="submit" className="lb-button lb-button--secondary">
        Give the role
      </button>
    </form>
  );
}
