import { useEffect, useMemo, useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import type { InboxItem } from '../../api/intel-types.ts';
import type { Me } from '../../api/types.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Link } from '../../components/Link.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useLoad } from '../../hooks/useLoad.ts';
import { navigate, replaceAddress, useSearch } from '../../hooks/useRoute.ts';
import { hasPermission } from '../Shell/navigation.ts';
import { BulkActions } from './BulkActions.tsx';
import { addressOf, filterFrom, listKeyOf, pageSize, queryOf, sortWords } from './inbox-address.ts';
import { InboxFilters } from './InboxFilters.tsx';
import { InboxTable } from './InboxTable.tsx';
import { ShortcutsDialog } from './ShortcutsDialog.tsx';
import { useInboxKeys } from './useInboxKeys.ts';

/** How often the inbox asks for new arrivals (and who is looking at what). */
const refreshEveryMs = 30_000;

// The intelligence unit's queue: people at risk first (flagged in words), then the longest waiting.
export function InboxScene({ me }: { me: Me }) {
  const search = useSearch();
  const filter = filterFrom(search);
  const listKey = listKeyOf(filter);
  const inbox = useLoad(() => api.get('/api/inbox', { query: queryOf(filter) }), [listKey]);
  const choices = useLoad(() => Promise.all([api.get('/api/inbox/wards'), api.get('/api/inbox/assignees')]), []);
  const { reload } = inbox;
  const [current, setCurrent] = useState(-1);
  const [helpOpen, setHelpOpen] = useState(false);
  const [done, setDone] = useState<string>();
  const [failed, setFailed] = useState<string>();
  const canTriage = hasPermission(me, 'report.triage');

  useEffect(() => {
    const timer = window.setInterval(reload, refreshEveryMs);
    return () => {
      window.clearInterval(timer);
    };
  }, [reload]);

  const items = useMemo(() => inbox.data?.items ?? [], [inbox.data]);
  const total = inbox.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const toPage = (page: number) => `/inbox${addressOf({ ...filter, page, selected: [] })}`;
  const setSelected = (selected: readonly string[]) => {
    replaceAddress(`/inbox${addressOf({ ...filter, selected })}`);
  };
  const toggle = (id: string) => {
    setSelected(filter.selected.includes(id) ? filter.selected.filter((s) => s !== id) : [...filter.selected, id]);
  };

  async function assignToMe(item: InboxItem) {
    try {
      await api.post('/api/inbox/bulk', { body: { action: 'assign', reportIds: [item.id], assigneeId: me.id } });
      setFailed(undefined);
      setDone(`Report ${item.id.slice(0, 8).toUpperCase()} assigned to you.`);
      reload();
    } catch (caught) {
      setFailed(caught instanceof ApiError ? caught.message : 'The report could not be assigned');
    }
  }

  const focusRow = (index: number) => {
    document
      .querySelector<HTMLAnchorElement>(`tr[data-report-id="${items[index]?.id ?? ''}"] a`)
      ?.focus({ preventScroll: false });
  };
  useInboxKeys(
    useMemo(
      () => ({
        move: (by: 1 | -1) => {
          const next = Math.min(Math.max(current + by, 0), items.length - 1);
          setCurrent(next);
          focusRow(next);
        },
        open: () => {
          const item = items[current];
          if (item) navigate(`/inbox/reports/${item.id}`);
        },
        assignToMe: () => {
          const item = items[current];
          if (item && canTriage) void assignToMe(item);
        },
        toggle: () => {
          const item = items[current];
          if (item && canTriage) toggle(item.id);
        },
        help: () => {
          setHelpOpen(true);
        },
      }),
      // Rebuilt when what the keys act on changes.
      [current, items, search, canTriage],
    ),
    !helpOpen,
  );

  const caption =
    inbox.loading && !inbox.data
      ? 'Loading reports…'
      : `${total.toLocaleString('en-GB')} ${total === 1 ? 'report' : 'reports'}${
          pages > 1 ? `, page ${String(filter.page)} of ${String(pages)}` : ''
        }, ${sortWords[filter.sort] ?? sortWords['']}`;
  return (
    <>
      <PageHeading title="Inbox">Inbox</PageHeading>
      <p>
        Reports from the public site, the phone line and partner agencies. A threat to life, a child or a vulnerable
        adult at risk comes first; then the longest waiting. The list refreshes every 30 seconds.
      </p>
      <p>
        <button
          type="button"
          className="lb-button lb-button--secondary"
          onClick={() => {
            setHelpOpen(true);
          }}
        >
          Keyboard shortcuts <kbd>?</kbd>
        </button>
      </p>
      <ShortcutsDialog
        open={helpOpen}
        onClose={() => {
          setHelpOpen(false);
        }}
      />
      <InboxFilters
        filter={filter}
        wards={choices.data?.[0].wards ?? []}
        assignees={choices.data?.[1].assignees ?? []}
      />
      <ErrorSummary message={inbox.error ?? failed} />
      {done && (
        <p className="lb-success" role="status">
          {done}
        </p>
      )}
      {canTriage && filter.selected.length > 0 && (
        <BulkActions
          key={filter.selected.join(',')}
          selected={filter.selected}
          items={items}
          assignees={choices.data?.[1].assignees ?? []}
          onDone={(message) => {
            setDone(message);
            setSelected([]);
            reload();
          }}
        />
      )}
      <InboxTable items={items} caption={caption} current={current} selected={filter.selected} onToggle={toggle} />
      {!inbox.loading && items.length === 0 && <p>No reports match these filters.</p>}
      {pages > 1 && (
        <nav className="lb-pagination" aria-label="Inbox pages">
          {filter.page > 1 && <Link to={toPage(filter.page - 1)}>Previous page</Link>}
          <span>
            Page {filter.page} of {pages}
          </span>
          {filter.page < pages && <Link to={toPage(filter.page + 1)}>Next page</Link>}
        </nav>
      )}
    </>
  );
}
