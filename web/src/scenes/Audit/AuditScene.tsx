import { formText } from '../../components/forms.ts';
import { useState, type SubmitEvent } from 'react';
import { api, ApiError } from '../../api/client.ts';
import type { AuditEvent, Me } from '../../api/types.ts';
import { Field } from '../../components/Field.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { hasPermission } from '../Shell/navigation.ts';
import { AuditTable } from './components/AuditTable.tsx';
import { ExportForm } from './components/ExportForm.tsx';
import { VerifyChain } from './components/VerifyChain.tsx';

export type AuditFilters = Record<string, string>;

const filterFields = [
  { id: 'action', label: 'Action', hint: 'For example report.read_sensitive or auth.sign_in_failure' },
  { id: 'actorId', label: 'Who (staff id)' },
  { id: 'subjectType', label: 'Record type', hint: 'For example report, intelligence, person, staff_user' },
  { id: 'subjectId', label: 'Record id' },
] as const;

/** Search the audit trail; with a record type and id, the full history of that record. */
export function AuditScene({ me }: { me: Me }) {
  const [filters, setFilters] = useState<AuditFilters>({});
  const [events, setEvents] = useState<AuditEvent[]>();
  const [error, setError] = useState<string>();
  const [more, setMore] = useState(false);

  async function load(next: AuditFilters, beforeSeq?: string) {
    setError(undefined);
    try {
      const page =
        next.subjectType && next.subjectId && !beforeSeq
          ? await api.get('/api/audit/records/{type}/{id}', { path: { type: next.subjectType, id: next.subjectId } })
          : await api.get('/api/audit/events', {
              query: { ...next, limit: 50, ...(beforeSeq ? { beforeSeq } : {}) },
            });
      setEvents((current) => (beforeSeq ? [...(current ?? []), ...page] : page));
      setMore(page.length === 50);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Could not search the audit trail');
    }
  }

  function handleSearch(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next: AuditFilters = {};
    for (const field of [...filterFields.map((f) => f.id), 'from', 'to']) {
      const value = formText(form, field).trim();
      if (value !== '') next[field] = field === 'from' || field === 'to' ? new Date(value).toISOString() : value;
    }
    setFilters(next);
    void load(next);
  }

  return (
    <>
      <PageHeading title="Audit trail">Audit trail</PageHeading>
      <p>
        Every sign-in, change and access to a sensitive record, with who, when and why. Searching is itself recorded.
      </p>
      <form onSubmit={handleSearch} className="lb-filters">
        {filterFields.map((field) => (
          <Field key={field.id} id={field.id} label={field.label} {...('hint' in field ? { hint: field.hint } : {})} />
        ))}
        <Field id="from" label="From" type="datetime-local" />
        <Field id="to" label="Before" type="datetime-local" />
        <button type="submit" className="lb-button">
          Search
        </button>
      </form>
      {error && <p role="alert">{error}</p>}
      {events && <AuditTable events={events} />}
      {events && more && (
        <button
          type="button"
          className="lb-button lb-button--secondary"
          onClick={() => void load(filters, events[events.length - 1]?.seq)}
        >
          Show older events
        </button>
      )}
      {hasPermission(me, 'audit.export') && (
        <>
          <ExportForm filters={filters} />
          <VerifyChain />
        </>
      )}
    </>
  );
}
