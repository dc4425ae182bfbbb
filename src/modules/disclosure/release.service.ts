import { randomUUID } from 'node:crypto';
import type { AuditTrail } from '../../platform/audit/audit-trail.ts';
import { londonDay } from '../../platform/calendar.ts';
import type { Clock } from '../../platform/clock.ts';
import type { Sealer } from '../../platform/crypto/sealer.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/app-errors.ts';
import { auditEventBy, type StaffActor } from '../access/index.ts';
import { findWard } from '../gazetteer/index.ts';
import { isUuid } from '../reports/index.ts';
import { displayNamesOf } from '../users/index.ts';
import { wardTotalsOf } from './area-totals.ts';
import { requireDisclosure } from './disclosure.policy.ts';
import {
  isReleasable,
  latestReleasableMonth,
  measureLabels,
  measures,
  monthName,
  monthStart,
  suppress,
  type DisclosureRules,
  type ReleaseStatus,
} from './disclosure.ts';
import {
  figuresOf,
  findRelease,
  insertRelease,
  listReleases,
  liveReleaseOfMonth,
  moveRelease,
} from './release.repository.ts';

export type DisclosureDeps = { db: Db; sealer: Sealer; audit: AuditTrail; clock: Clock; rules: DisclosureRules };

const subject = (id: string) => ({ type: 'disclosure_release', id });
const invalid = (field: string, message: string) => new AppError('validation_failed', undefined, [{ field, message }]);

/**
 * Monthly public releases (issue 16, ADR 0042): prepared as a frozen snapshot of ward totals,
 * approved by a supervisor who did not prepare it (four eyes), then published as a separate
 * deliberate act, or withdrawn. Every step, and every refusal, is audited.
 */
export function createReleaseService(deps: DisclosureDeps) {
  const { db, sealer, audit, clock, rules } = deps;
  const prepareOrApprove = ['disclosure.prepare', 'disclosure.approve'] as const;

  async function existing(id: string) {
    const row = isUuid(id) ? await findRelease(db, id) : undefined;
    if (!row) throw new AppError('not_found');
    return row;
  }

  type Row = NonNullable<Awaited<ReturnType<typeof findRelease>>>;
  /** Staff names for the people on these releases (one batch lookup); an unknown id stays as it is. */
  async function namesFor(rows: readonly Row[]) {
    const ids = rows.flatMap((r) => [r.prepared_by, r.approved_by, r.published_by, r.withdrawn_by]);
    return displayNamesOf(db, [...new Set(ids.filter((id): id is string => id !== null))]);
  }

  function present(row: Row, names: ReadonlyMap<string, string>) {
    const name = (id: string | null) => (id === null ? null : (names.get(id) ?? id));
    return {
      preparedByName: name(row.prepared_by) ?? row.prepared_by,
      approvedByName: name(row.approved_by),
      publishedByName: name(row.published_by),
      withdrawnByName: name(row.withdrawn_by),
      id: row.id,
      month: row.month,
      monthName: monthName(row.month),
      status: row.status,
      threshold: row.threshold,
      preparedBy: row.prepared_by,
      preparedAt: row.prepared_at.toISOString(),
      approvedBy: row.approved_by,
      approvedAt: row.approved_at?.toISOString() ?? null,
      publishedBy: row.published_by,
      publishedAt: row.published_at?.toISOString() ?? null,
      withdrawnBy: row.withdrawn_by,
      withdrawnAt: row.withdrawn_at?.toISOString() ?? null,
      withdrawalReason: row.withdrawal_reason,
    };
  }

  async function step(
    actor: StaffActor,
    id: string,
    action: 'approve' | 'publish' | 'withdraw',
    from: readonly ReleaseStatus[],
    reason?: string,
  ) {
    await requireDisclosure(deps, actor, `disclosure.release.${action}`, ['disclosure.approve']);
    const row = await existing(id);
    if (action !== 'withdraw' && row.prepared_by === actor.userId) {
      await db.transaction().execute((tx) =>
        audit.record(
          tx,
          auditEventBy(actor, 'access.denied', {
            subject: subject(id),
            details: { operation: `disclosure.release.${action}`, rule: 'four_eyes' },
          }),
        ),
      );
      throw new AppError(
        'forbidden',
        'Someone other than the person who prepared this release must approve and publish it',
      );
    }
    if (!from.includes(row.status)) {
      throw new AppError(
        'conflict',
        `A ${row.status} release cannot be ${action === 'approve' ? 'approved' : `${action}n`}`,
      );
    }
    const now = clock.now();
    const to: ReleaseStatus = action === 'approve' ? 'approved' : action === 'publish' ? 'published' : 'withdrawn';
    const changes =
      action === 'approve'
        ? { approved_by: actor.userId, approved_at: now }
        : action === 'publish'
          ? { published_by: actor.userId, published_at: now }
          : { withdrawn_by: actor.userId, withdrawn_at: now, withdrawal_reason: reason ?? null };
    await db.transaction().execute(async (tx) => {
      if (!(await moveRelease(tx, id, row.status, { status: to, ...changes }))) {
        throw new AppError('conflict', 'The release changed since you read it: reload and try again');
      }
      await audit.record(
        tx,
        auditEventBy(actor, `disclosure.release.${action}`, {
          subject: subject(id),
          details: { month: row.month, from: row.status, to },
          ...(reason === undefined ? {} : { reason }),
        }),
      );
    });
    const moved: Row = { ...row, ...changes, status: to, version: row.version + 1 };
    return present(moved, await namesFor([moved]));
  }

  return {
    /** The latest month that may be prepared today, and the rules in force. */
    rules(actor: StaffActor) {
      return requireDisclosure(deps, actor, 'disclosure.rules', prepareOrApprove).then(() => ({
        latestMonth: latestReleasableMonth(londonDay(clock.now()), rules),
        delayMonths: rules.delayMonths,
        threshold: rules.threshold,
        periodMonths: rules.periodMonths,
      }));
    },

    async prepare(actor: StaffActor, month: string) {
      await requireDisclosure(deps, actor, 'disclosure.release.prepare', ['disclosure.prepare']);
      const today = londonDay(clock.now());
      if (!isReleasable(month, today, rules)) {
        throw invalid(
          'month',
          `${monthName(month)} cannot be released yet: the latest month that can be is ${monthName(latestReleasableMonth(today, rules))}`,
        );
      }
      const id = randomUUID();
      const now = clock.now();
      const unplaced = await db.transaction().execute(async (tx) => {
        if (await liveReleaseOfMonth(tx, monthStart(month))) {
          throw new AppError('conflict', `There is already a release for ${monthName(month)}: withdraw it first`);
        }
        const { totals, unplaced } = await wardTotalsOf(tx, sealer, month);
        const figures = [...totals].flatMap(([ward_code, counts]) =>
          measures.map((measure) => ({
            release_id: id,
            ward_code,
            measure,
            ...suppress(counts[measure], rules.threshold),
          })),
        );
        await insertRelease(
          tx,
          {
            id,
            month: monthStart(month),
            status: 'draft',
            threshold: rules.threshold,
            prepared_by: actor.userId,
            prepared_at: now,
          },
          figures,
        );
        await audit.record(
          tx,
          auditEventBy(actor, 'disclosure.release.prepare', {
            subject: subject(id),
            details: { month, suppressed: figures.filter((f) => f.suppressed).length },
          }),
        );
        return unplaced;
      });
      return { id, unplaced };
    },

    async list(actor: StaffActor) {
      await requireDisclosure(deps, actor, 'disclosure.release.list', prepareOrApprove);
      const rows = await listReleases(db);
      const names = await namesFor(rows);
      return rows.map((row) => present(row, names));
    },

    /** A release with its figures, for review: which ward and measure, the value or that it was suppressed. */
    async get(actor: StaffActor, id: string) {
      await requireDisclosure(deps, actor, 'disclosure.release.read', prepareOrApprove);
      const row = await existing(id);
      const figures = await figuresOf(db, [row.id]);
      await db
        .transaction()
        .execute((tx) => audit.record(tx, auditEventBy(actor, 'disclosure.release.read', { subject: subject(id) })));
      return {
        ...present(row, await namesFor([row])),
        mayApprove: row.prepared_by !== actor.userId,
        figures: figures
          .map((f) => ({
            wardCode: f.ward_code,
            wardName: findWard(f.ward_code)?.name ?? f.ward_code,
            measure: f.measure,
            measureLabel: measureLabels[f.measure],
            value: f.value,
            suppressed: f.suppressed,
          }))
          .sort(
            (a, b) =>
              a.wardName.localeCompare(b.wardName, 'en-GB') ||
              measures.indexOf(a.measure) - measures.indexOf(b.measure),
          ),
      };
    },

    approve: (actor: StaffActor, id: string) => step(actor, id, 'approve', ['draft']),
    publish: (actor: StaffActor, id: string) => step(actor, id, 'publish', ['approved']),
    withdraw: (actor: StaffActor, id: string, reason: string) =>
      step(actor, id, 'withdraw', ['draft', 'approved', 'published'], reason),
  };
}

export type ReleaseService = ReturnType<typeof createReleaseService>;
