import { useState, type SubmitEvent } from 'react';
import { releaseStatusLabels } from '../../../../src/labels/index.ts';
import { api, ApiError, type FieldError } from '../../api/client.ts';
import type { Me } from '../../api/types.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Field } from '../../components/Field.tsx';
import { formText } from '../../components/forms.ts';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { hasPermission } from '../Shell/navigation.ts';
import { PrioritiesScene } from './PrioritiesScene.tsx';
import { ReleaseScene } from './ReleaseScene.tsx';

/** "You said, we did" (issue 16): /disclosure, /disclosure/releases/:id and /disclosure/priorities. */
export function DisclosureScene({ me, path }: { me: Me; path: string }) {
  const release = /^\/disclosure\/releases\/([0-9a-f-]{36})$/.exec(path);
  if (release?.[1]) return <ReleaseScene key={release[1]} me={me} id={release[1]} />;
  if (path === '/disclosure/priorities') return <PrioritiesScene me={me} />;
  return <ReleasesScene me={me} />;
}

export function SubNav({ current }: { current: 'releases' | 'priorities' }) {
  return (
    <nav className="lb-sub-nav" aria-label="You said, we did">
      <ul>
        <li>
          <Link to="/disclosure" current={current === 'releases'}>
            Monthly releases
          </Link>
        </li>
        <li>
          <Link to="/disclosure/priorities" current={current === 'priorities'}>
            Ward priorities
          </Link>
        </li>
      </ul>
    </nav>
  );
}

function PrepareForm({ latestMonth, onPrepared }: { latestMonth: string; onPrepared: (id: string) => void }) {
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [message, setMessage] = useState<string>();
  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const month = formText(new FormData(event.currentTarget), 'month').trim();
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
      setErrors([{ field: 'month', message: 'Give the month, like 2026-10' }]);
      return;
    }
    setErrors([]);
    try {
      const prepared = await api.post('/api/disclosure/releases', { body: { month } });
      onPrepared(prepared.id);
    } catch (caught) {
      if (caught instanceof ApiError) {
        setErrors(caught.fieldErrors);
        setMessage(caught.fieldErrors.length > 0 ? undefined : caught.message);
      } else setMessage('Something went wrong');
    }
  }
  return (
    <form noValidate onSubmit={(event) => void handleSubmit(event)} aria-label="Prepare a release">
      <ErrorSummary message={message} fieldErrors={errors} />
      <Field
        id="month"
        label="Month to release"
        hint={`Year and month, like ${latestMonth}. The latest month that can be released today is ${latestMonth}.`}
        defaultValue={latestMonth}
        errors={errors}
      />
      <button type="submit" className="lb-button">
        Prepare the release
      </button>
    </form>
  );
}

function ReleasesScene({ me }: { me: Me }) {
  const releases = useLoad(() => api.get('/api/disclosure/releases'), []);
  const rules = useLoad(() => api.get('/api/disclosure/rules'), []);
  const [opened, setOpened] = useState<string>();
  if (releases.error) return <p>{releases.error}</p>;
  if (opened) return <ReleaseScene me={me} id={opened} />;
  const items = releases.data?.items;
  return (
    <>
      <PageHeading title="You said, we did: monthly releases">You said, we did</PageHeading>
      <SubNav current="releases" />
      <p>
        Each month&apos;s ward totals are prepared by one person and approved and published by a supervisor who did not
        prepare them. Counts from 1 to {(rules.data?.threshold ?? 5) - 1} are published as &ldquo;fewer than{' '}
        {rules.data?.threshold ?? 5}&rdquo;; a month can be released only after the following{' '}
        {rules.data?.delayMonths === 1 ? 'month has' : `${String(rules.data?.delayMonths ?? 1)} months have`} ended.
      </p>
      {hasPermission(me, 'disclosure.prepare') && rules.data && (
        <div className="lb-panel">
          <h2>Prepare a release</h2>
          <PrepareForm latestMonth={rules.data.latestMonth} onPrepared={setOpened} />
        </div>
      )}
      <h2>Releases</h2>
      {!items ? (
        <p>Loading…</p>
      ) : items.length === 0 ? (
        <p>No releases have been prepared yet.</p>
      ) : (
        <table className="lb-table">
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Status</th>
              <th scope="col">Prepared by</th>
              <th scope="col">Approved by</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <td>
                  <Link to={`/disclosure/releases/${item.id}`}>{item.monthName}</Link>
                </td>
                <td>{releaseStatusLabels[item.status]}</td>
                <td>{item.preparedBy === me.id ? 'You' : item.preparedByName}</td>
                <td>{item.approvedBy === null ? '—' : item.approvedBy === me.id ? 'You' : item.approvedByName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
